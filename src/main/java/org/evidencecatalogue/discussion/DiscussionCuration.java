package org.evidencecatalogue.discussion;

import org.evidencecatalogue.curation.CurationViews;
import org.evidencecatalogue.curation.RecordCurationController;

import org.springframework.stereotype.Controller;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.RequestMapping;

/** Curator pages for discussion excerpts: {@code /discussions/new}, {@code /discussions/{slug}/edit}, …/history. */
@Controller
@RequestMapping("/discussions")
class DiscussionCuration extends RecordCurationController<DiscussionForm> {

    DiscussionCuration(DiscussionEditor editor, CurationViews views, SmartValidator validator) {
        super(editor, views, validator);
    }

}
