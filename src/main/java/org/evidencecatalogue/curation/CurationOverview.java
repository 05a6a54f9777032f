package org.evidencecatalogue.curation;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The curators' start page: every record of every kind, drafts and deleted ones included, with the way to
 * create, edit, see the history of and restore each. It is the only place sources and deleted records are listed.
 */
@Controller
class CurationOverview {

    private final List<RecordEditor<?>> editors;

    CurationOverview(List<RecordEditor<?>> editors) {
        this.editors = editors.stream().sorted(Comparator.comparing((editor) -> editor.kind().path())).toList();
    }

    @GetMapping("/curation")
    String overview(Model model) {
        model.addAttribute("sections", this.editors.stream()
            .map((editor) -> new Section(editor.kind(), editor.summaries()))
            .toList());
        return "curation/overview";
    }

    record Section(RecordKind kind, List<RecordSummary> records) {
    }

}
