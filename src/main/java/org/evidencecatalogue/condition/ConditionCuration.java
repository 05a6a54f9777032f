package org.evidencecatalogue.condition;

import org.evidencecatalogue.curation.CurationViews;
import org.evidencecatalogue.curation.RecordCurationController;

import org.springframework.stereotype.Controller;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.RequestMapping;

/** Curator pages for conditions, beside {@code /conditions/{slug}}. */
@Controller
@RequestMapping("/conditions")
class ConditionCuration extends RecordCurationController<ConditionForm> {

    ConditionCuration(ConditionEditor editor, CurationViews views, SmartValidator validator) {
        super(editor, views, validator);
    }

}
