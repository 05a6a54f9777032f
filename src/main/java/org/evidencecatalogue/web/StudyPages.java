package org.evidencecatalogue.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.evidencecatalogue.condition.ConditionCatalogue;
import org.evidencecatalogue.discussion.DiscussionCatalogue;
import org.evidencecatalogue.drug.DrugCatalogue;
import org.evidencecatalogue.shared.Choice;
import org.evidencecatalogue.shared.NotFoundException;
import org.evidencecatalogue.study.Design;
import org.evidencecatalogue.study.Study;
import org.evidencecatalogue.study.StudyBrowser;
import org.evidencecatalogue.study.StudyCatalogue;
import org.evidencecatalogue.study.StudyCriteria;
import org.evidencecatalogue.study.StudySort;
import org.evidencecatalogue.study.StudyStatus;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** The public study pages; they live here because a study page also quotes discussion of the study. */
@Controller
class StudyPages {

    private final StudyCatalogue studies;

    private final StudyBrowser browser;

    private final ConditionCatalogue conditions;

    private final DrugCatalogue drugs;

    private final DiscussionCatalogue discussion;

    StudyPages(StudyCatalogue studies, StudyBrowser browser, ConditionCatalogue conditions, DrugCatalogue drugs,
            DiscussionCatalogue discussion) {
        this.studies = studies;
        this.browser = browser;
        this.conditions = conditions;
        this.drugs = drugs;
        this.discussion = discussion;
    }

    @GetMapping("/studies")
    String list(@ModelAttribute("query") StudyListQuery query, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        List<Long> conditionIds = null;
        if (query.getCondition() != null) {
            conditionIds = this.conditions.subtreeIds(query.getCondition()).orElse(null);
            if (conditionIds == null) {
                query.rejectCondition();
            }
        }
        List<Choice> allDrugs = this.drugs.choices();
        if (query.getDrug() != null && allDrugs.stream().noneMatch((drug) -> drug.slug().equals(query.getDrug()))) {
            query.rejectDrug();
        }
        Integer from = query.fromYear();
        Integer to = query.toYear();
        if (from != null && to != null && from > to) {
            Integer swap = from;
            from = to;
            to = swap;
        }
        StudyCriteria criteria = new StudyCriteria(conditionIds, query.getDrug(), query.designValue().orElse(null), from,
                to, query.pemRequired());
        StudySort sort = query.sortValue();
        Page<Study> page = this.browser.find(criteria, sort, query.pageIndex());
        model.addAttribute("page", page);
        model.addAttribute("sort", sort);
        List<Choice> allConditions = this.conditions.choices();
        model.addAttribute("conditionOptions", allConditions);
        model.addAttribute("drugOptions", allDrugs);
        model.addAttribute("designOptions", Design.values());
        model.addAttribute("sortOptions", StudySort.values());
        model.addAttribute("yearBounds", this.browser.yearBounds());
        model.addAttribute("conditionName", nameOf(allConditions, query.getCondition()));
        model.addAttribute("drugName", nameOf(allDrugs, query.getDrug()));
        return (htmx != null) ? "study/list :: results" : "study/list";
    }

    /** Drafts are shown to curators only; to everyone else they do not exist. */
    @GetMapping("/studies/{slug}")
    String show(@PathVariable String slug, Model model, HttpServletRequest request) {
        Study study = this.studies.findForPage(slug)
            .filter((found) -> found.getStatus() != StudyStatus.DRAFT || request.isUserInRole("CURATOR"))
            .orElseThrow(() -> new NotFoundException("Study", slug));
        model.addAttribute("study", study);
        model.addAttribute("excerpts", this.discussion.aboutStudy(slug));
        return "study/show";
    }

    private static String nameOf(List<Choice> choices, String slug) {
        return choices.stream().filter((choice) -> choice.slug().equals(slug)).map(Choice::name).findFirst().orElse(null);
    }

}
