package org.evidencecatalogue.web;

import jakarta.servlet.http.HttpServletRequest;

import org.evidencecatalogue.discussion.DiscussionCatalogue;
import org.evidencecatalogue.shared.NotFoundException;
import org.evidencecatalogue.study.Study;
import org.evidencecatalogue.study.StudyCatalogue;
import org.evidencecatalogue.study.StudyStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public study pages; they live here because a study page also quotes discussion of the study. */
@Controller
class StudyPages {

    private final StudyCatalogue studies;

    private final DiscussionCatalogue discussion;

    StudyPages(StudyCatalogue studies, DiscussionCatalogue discussion) {
        this.studies = studies;
        this.discussion = discussion;
    }

    @GetMapping("/studies")
    String list(Model model) {
        model.addAttribute("studies", this.studies.listed());
        return "study/list";
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

}
