package org.evidencecatalogue.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidencecatalogue.condition.ConditionCatalogue;
import org.evidencecatalogue.condition.ConditionCatalogue.ConditionPage;
import org.evidencecatalogue.discussion.DiscussionCatalogue;
import org.evidencecatalogue.drug.Drug;
import org.evidencecatalogue.drug.DrugCatalogue;
import org.evidencecatalogue.drug.DrugUse;
import org.evidencecatalogue.shared.NotFoundException;
import org.evidencecatalogue.study.Study;
import org.evidencecatalogue.study.StudyCatalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ConditionPages {

    private final ConditionCatalogue conditions;

    private final StudyCatalogue studies;

    private final DrugCatalogue drugs;

    private final DiscussionCatalogue discussion;

    ConditionPages(ConditionCatalogue conditions, StudyCatalogue studies, DrugCatalogue drugs,
            DiscussionCatalogue discussion) {
        this.conditions = conditions;
        this.studies = studies;
        this.drugs = drugs;
        this.discussion = discussion;
    }

    @GetMapping("/conditions")
    String list(Model model) {
        model.addAttribute("conditions", this.conditions.all());
        return "condition/list";
    }

    @GetMapping("/conditions/{slug}")
    String show(@PathVariable String slug, Model model) {
        ConditionPage page = this.conditions.findForPage(slug)
            .orElseThrow(() -> new NotFoundException("Condition", slug));
        List<Study> studies = this.studies.listedForConditions(page.subtreeIds());
        List<DrugUse> uses = this.drugs.usesInConditions(page.subtreeIds());
        model.addAttribute("page", page);
        model.addAttribute("condition", page.condition());
        model.addAttribute("studies", studies);
        model.addAttribute("drugsTried", drugsTried(studies, uses));
        model.addAttribute("excerpts", this.discussion.aboutCondition(slug));
        return "condition/show";
    }

    /** Every drug studied in the condition or used for it, with the uses the sources record. */
    static Map<Drug, List<DrugUse>> drugsTried(List<Study> studies, List<DrugUse> uses) {
        Map<Drug, List<DrugUse>> drugs = new LinkedHashMap<>();
        for (Study study : studies) {
            study.getDrugs().forEach((drug) -> drugs.computeIfAbsent(drug, (key) -> new ArrayList<>()));
        }
        for (DrugUse use : uses) {
            drugs.computeIfAbsent(use.getDrug(), (key) -> new ArrayList<>()).add(use);
        }
        return drugs;
    }

}
