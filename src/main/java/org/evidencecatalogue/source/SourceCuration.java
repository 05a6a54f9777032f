package org.evidencecatalogue.source;

import org.evidencecatalogue.curation.CurationViews;
import org.evidencecatalogue.curation.RecordCurationController;

import org.springframework.stereotype.Controller;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.RequestMapping;

/** Curator pages for sources: {@code /sources/new}, {@code /sources/{slug}/edit}, {@code /sources/{slug}/history}. */
@Controller
@RequestMapping("/sources")
class SourceCuration extends RecordCurationController<SourceForm> {

    SourceCuration(SourceEditor editor, CurationViews views, SmartValidator validator) {
        super(editor, views, validator);
    }

}
