package org.evidencecatalogue.web;

import org.evidencecatalogue.discussion.DiscussionCatalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DiscussionPages {

    private final DiscussionCatalogue discussion;

    DiscussionPages(DiscussionCatalogue discussion) {
        this.discussion = discussion;
    }

    @GetMapping("/discussions")
    String list(Model model) {
        model.addAttribute("excerpts", this.discussion.all());
        return "discussion/list";
    }

}
