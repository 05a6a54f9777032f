package org.evidencecatalogue.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.evidencecatalogue.api.ApiViews.ConditionSummary;
import org.evidencecatalogue.api.ApiViews.ConditionView;
import org.evidencecatalogue.api.ApiViews.DrugSummary;
import org.evidencecatalogue.api.ApiViews.DrugView;
import org.evidencecatalogue.api.ApiViews.ExcerptView;
import org.evidencecatalogue.api.ApiViews.Page;
import org.evidencecatalogue.api.ApiViews.Ref;
import org.evidencecatalogue.api.ApiViews.StudySummary;
import org.evidencecatalogue.api.ApiViews.StudyView;
import org.evidencecatalogue.condition.ConditionCatalogue;
import org.evidencecatalogue.condition.ConditionCatalogue.ConditionPage;
import org.evidencecatalogue.discussion.DiscussionCatalogue;
import org.evidencecatalogue.discussion.DiscussionKind;
import org.evidencecatalogue.drug.DrugCatalogue;
import org.evidencecatalogue.shared.NotFoundException;
import org.evidencecatalogue.study.Design;
import org.evidencecatalogue.study.StudyBrowser;
import org.evidencecatalogue.study.StudyCatalogue;
import org.evidencecatalogue.study.StudyCriteria;
import org.evidencecatalogue.study.StudySort;
import org.evidencecatalogue.study.StudyStatus;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON of the catalogue's records, the same ones the pages show (drafts never appear). */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Catalogue", description = "Drugs, conditions, studies and discussion excerpts")
class CatalogueApi {

    private final StudyCatalogue studies;

    private final StudyBrowser browser;

    private final DrugCatalogue drugs;

    private final ConditionCatalogue conditions;

    private final DiscussionCatalogue discussion;

    CatalogueApi(StudyCatalogue studies, StudyBrowser browser, DrugCatalogue drugs, ConditionCatalogue conditions,
            DiscussionCatalogue discussion) {
        this.studies = studies;
        this.browser = browser;
        this.drugs = drugs;
        this.conditions = conditions;
        this.discussion = discussion;
    }

    @GetMapping("/studies")
    @Operation(summary = "Studies, filtered and sorted as on /studies; 20 a page")
    Page<StudySummary> studies(@Parameter(description = "condition slug; includes its sub-conditions") @RequestParam(required = false) String condition,
            @Parameter(description = "drug slug") @RequestParam(required = false) String drug,
            @RequestParam(required = false) Design design, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            @Parameter(description = "true: PEM was a required criterion; false: it was not") @RequestParam(required = false) Boolean pemRequired,
            @RequestParam(defaultValue = "NEWEST") StudySort sort, @RequestParam(defaultValue = "1") int page) {
        List<Long> conditionIds = null;
        if (condition != null) {
            conditionIds = this.conditions.subtreeIds(condition)
                .orElseThrow(() -> new NotFoundException("Condition", condition));
        }
        StudyCriteria criteria = new StudyCriteria(conditionIds, drug, design, from, to, pemRequired);
        return Page.of(this.browser.find(criteria, sort, page - 1).map(StudySummary::of));
    }

    @GetMapping("/studies/{slug}")
    @Operation(summary = "One study's whole record: citation, design, arms, outcomes with results and effects, sources")
    StudyView study(@PathVariable String slug) {
        return this.studies.findForPage(slug)
            .filter((study) -> study.getStatus() != StudyStatus.DRAFT)
            .map(StudyView::of)
            .orElseThrow(() -> new NotFoundException("Study", slug));
    }

    @GetMapping("/drugs")
    @Operation(summary = "Every drug with its other names")
    List<DrugSummary> drugs() {
        return this.drugs.all().stream().map(DrugSummary::of).toList();
    }

    @GetMapping("/drugs/{slug}")
    @Operation(summary = "One drug: names, approvals, uses, safety and sources")
    DrugView drug(@PathVariable String slug) {
        return this.drugs.findForPage(slug).map(DrugView::of).orElseThrow(() -> new NotFoundException("Drug", slug));
    }

    @GetMapping("/conditions")
    @Operation(summary = "Every condition with its synonyms and parent")
    List<ConditionSummary> conditions() {
        return this.conditions.all().stream().map(ConditionSummary::of).toList();
    }

    @GetMapping("/conditions/{slug}")
    @Operation(summary = "One condition with its place in the hierarchy and the studies in it or below it")
    ConditionView condition(@PathVariable String slug) {
        ConditionPage page = this.conditions.findForPage(slug)
            .orElseThrow(() -> new NotFoundException("Condition", slug));
        var condition = page.condition();
        return new ConditionView(condition.getSlug(), condition.getName(), condition.getDescription(),
                condition.getSynonyms().stream().map(ApiViews.NameView::of).toList(),
                page.ancestors().stream().map((c) -> new Ref(c.getSlug(), c.getName())).toList(),
                page.children().stream().map((c) -> new Ref(c.getSlug(), c.getName())).toList(),
                this.studies.listedForConditions(page.subtreeIds()).stream().map(StudySummary::of).toList());
    }

    @GetMapping("/discussions")
    @Operation(summary = "Forum excerpts, quoted verbatim: opinions, not evidence; 25 a page")
    Page<ExcerptView> discussions(@RequestParam(required = false) String drug,
            @RequestParam(required = false) String study, @RequestParam(required = false) String condition,
            @RequestParam(required = false) DiscussionKind kind, @RequestParam(defaultValue = "1") int page) {
        return Page.of(this.discussion.filtered(drug, study, condition, kind, page - 1).map(ExcerptView::of));
    }

}
