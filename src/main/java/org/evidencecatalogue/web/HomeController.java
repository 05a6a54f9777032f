package org.evidencecatalogue.web;

import org.evidencecatalogue.study.StudyRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final StudyRepository studies;

    HomeController(StudyRepository studies) {
        this.studies = studies;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("studies", this.studies.findAllByOrderByPublicationYearDescTitleAsc());
        return "home/index";
    }

}
