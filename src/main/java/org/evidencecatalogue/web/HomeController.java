package org.evidencecatalogue.web;

import org.evidencecatalogue.study.StudyCatalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final StudyCatalogue studies;

    HomeController(StudyCatalogue studies) {
        this.studies = studies;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("studies", this.studies.listed());
        return "home/index";
    }

}
