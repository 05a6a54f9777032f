package org.evidencecatalogue.study;

import org.evidencecatalogue.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class StudyController {

    private final StudyRepository studies;

    StudyController(StudyRepository studies) {
        this.studies = studies;
    }

    @GetMapping("/studies/{slug}")
    String show(@PathVariable String slug, Model model) {
        Study study = this.studies.findBySlug(slug).orElseThrow(() -> new NotFoundException("Study", slug));
        model.addAttribute("study", study);
        return "study/show";
    }

}
