package org.evidencecatalogue.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.discussion.DiscussionCatalogue;
import org.evidencecatalogue.drug.Drug;
import org.evidencecatalogue.drug.DrugCatalogue;
import org.evidencecatalogue.shared.NotFoundException;
import org.evidencecatalogue.study.Study;
import org.evidencecatalogue.study.StudyCatalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DrugPages {

    private final DrugCatalogue drugs;

    private final StudyCatalogue studies;

    private final DiscussionCatalogue discussion;

    DrugPages(DrugCatalogue drugs, StudyCatalogue studies, DiscussionCatalogue discussion) {
        this.drugs = drugs;
        this.studies = studies;
        this.discussion = discussion;
    }

    @GetMapping("/drugs")
    String list(Model model) {
        model.addAttribute("drugs", this.drugs.all());
        return "drug/list";
    }

    @GetMapping("/drugs/{slug}")
    String show(@PathVariable String slug, Model model) {
        Drug drug = this.drugs.findForPage(slug).orElseThrow(() -> new NotFoundException("Drug", slug));
        model.addAttribute("drug", drug);
        model.addAttribute("studiesByCondition", byCondition(this.studies.listedForDrug(slug)));
        model.addAttribute("excerpts", this.discussion.aboutDrug(slug));
        return "drug/show";
    }

    /** Studies grouped under each condition they were done in, conditions in alphabetical order. */
    static Map<Condition, List<Study>> byCondition(List<Study> studies) {
        Map<Condition, List<Study>> groups = new TreeMap<>(
                Comparator.comparing(Condition::getName).thenComparing(Condition::getSlug));
        for (Study study : studies) {
            for (Condition condition : study.getConditions()) {
                groups.computeIfAbsent(condition, (key) -> new ArrayList<>()).add(study);
            }
        }
        return new LinkedHashMap<>(groups);
    }

}
