package org.evidencecatalogue.web;

import org.evidencecatalogue.study.EvidenceOverview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final int RECENT = 6;

    private final EvidenceOverview overview;

    HomeController(EvidenceOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("counts", this.overview.counts());
        model.addAttribute("map", this.overview.map());
        model.addAttribute("recent", this.overview.recentlyChanged(RECENT));
        return "home/index";
    }

}
