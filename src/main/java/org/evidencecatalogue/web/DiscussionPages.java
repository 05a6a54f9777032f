package org.evidencecatalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evidencecatalogue.condition.ConditionCatalogue;
import org.evidencecatalogue.discussion.DiscussionCatalogue;
import org.evidencecatalogue.discussion.DiscussionExcerpt;
import org.evidencecatalogue.discussion.DiscussionKind;
import org.evidencecatalogue.drug.DrugCatalogue;
import org.evidencecatalogue.shared.NotFoundException;
import org.evidencecatalogue.study.StudyCatalogue;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Forum excerpts, filterable by drug, study, condition and kind; the state lives in the URL. */
@Controller
class DiscussionPages {

    private final DiscussionCatalogue discussion;

    private final DrugCatalogue drugs;

    private final StudyCatalogue studies;

    private final ConditionCatalogue conditions;

    DiscussionPages(DiscussionCatalogue discussion, DrugCatalogue drugs, StudyCatalogue studies,
            ConditionCatalogue conditions) {
        this.discussion = discussion;
        this.drugs = drugs;
        this.studies = studies;
        this.conditions = conditions;
    }

    @GetMapping("/discussions")
    String list(@RequestParam(required = false) String drug, @RequestParam(required = false) String study,
            @RequestParam(required = false) String condition, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String page, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        List<String> ignored = new ArrayList<>();
        DiscussionKind kindValue = parseKind(kind, ignored);
        int pageIndex = parsePage(page, ignored);
        Page<DiscussionExcerpt> excerpts = this.discussion.filtered(blankToNull(drug), blankToNull(study),
                blankToNull(condition), kindValue, pageIndex);
        model.addAttribute("excerptPage", excerpts);
        model.addAttribute("excerpts", excerpts.getContent());
        model.addAttribute("selected", new Selection(blankToNull(drug), blankToNull(study), blankToNull(condition),
                (kindValue != null) ? kindValue.name() : null));
        model.addAttribute("ignored", ignored);
        model.addAttribute("drugOptions", this.drugs.choices());
        model.addAttribute("studyOptions", this.studies.choices());
        model.addAttribute("conditionOptions", this.conditions.choices());
        model.addAttribute("kindOptions", DiscussionKind.values());
        return (htmx != null) ? "discussion/list :: results" : "discussion/list";
    }

    /** One excerpt on a page of its own: where search links to, and a stable address to cite a quotation by. */
    @GetMapping("/discussions/{slug}")
    String excerpt(@PathVariable String slug, Model model) {
        DiscussionExcerpt excerpt = this.discussion.findPublic(slug)
            .orElseThrow(() -> new NotFoundException("Discussion excerpt", slug));
        model.addAttribute("excerpt", excerpt);
        model.addAttribute("excerpts", List.of(excerpt));
        return "discussion/show";
    }

    private static DiscussionKind parseKind(String kind, List<String> ignored) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return DiscussionKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            ignored.add("kind");
            return null;
        }
    }

    private static int parsePage(String page, List<String> ignored) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            return Math.max(Integer.parseInt(page.strip()) - 1, 0);
        }
        catch (NumberFormatException ex) {
            ignored.add("page");
            return 0;
        }
    }

    private static String blankToNull(String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }

    /** The filters in force, and the address of any page of the list with them. */
    record Selection(String drug, String study, String condition, String kind) {

        public String pageUrl(int pageNumber) {
            UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/discussions");
            add(builder, "drug", this.drug);
            add(builder, "study", this.study);
            add(builder, "condition", this.condition);
            add(builder, "kind", this.kind);
            if (pageNumber > 1) {
                builder.queryParam("page", pageNumber);
            }
            return builder.build().encode().toUriString();
        }

        private static void add(UriComponentsBuilder builder, String name, String value) {
            if (value != null) {
                builder.queryParam(name, value);
            }
        }

    }

}
