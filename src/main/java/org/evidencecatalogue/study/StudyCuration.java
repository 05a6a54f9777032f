package org.evidencecatalogue.study;

import org.evidencecatalogue.curation.CurationViews;
import org.evidencecatalogue.curation.RecordCurationController;

import org.springframework.stereotype.Controller;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.RequestMapping;

/** Curator pages for studies, beside {@code /studies/{slug}}; arms, outcomes and adverse events are edited here too. */
@Controller
@RequestMapping("/studies")
class StudyCuration extends RecordCurationController<StudyForm> {

    StudyCuration(StudyEditor editor, CurationViews views, SmartValidator validator) {
        super(editor, views, validator);
    }

}
