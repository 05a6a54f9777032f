package org.evidencecatalogue.drug;

import org.evidencecatalogue.curation.CurationViews;
import org.evidencecatalogue.curation.RecordCurationController;

import org.springframework.stereotype.Controller;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.RequestMapping;

/** Curator pages for drugs, beside {@code /drugs/{slug}}. */
@Controller
@RequestMapping("/drugs")
class DrugCuration extends RecordCurationController<DrugForm> {

    DrugCuration(DrugEditor editor, CurationViews views, SmartValidator validator) {
        super(editor, views, validator);
    }

}
