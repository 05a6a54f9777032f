package org.evidencecatalogue.study;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The six sections a reader scans first. Each is written only where a source supports it; findings,
 * conclusions and questions hold one statement a line.
 */
@Embeddable
public record StructuredSummary(@Column(name = "summary_quick") String quickSummary,
        @Column(name = "summary_why") String whyItMatters, @Column(name = "summary_findings") String observedFindings,
        @Column(name = "summary_conclusions") String inferredConclusions,
        @Column(name = "summary_questions") String remainingQuestions,
        @Column(name = "summary_not_proven") String whatItDoesNotProve) {

    public boolean isEmpty() {
        return sections().isEmpty();
    }

    /** The sections present, in reading order, as (message key, lines). */
    public List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        add(sections, "summary.quick", this.quickSummary, false);
        add(sections, "summary.why", this.whyItMatters, false);
        add(sections, "summary.findings", this.observedFindings, true);
        add(sections, "summary.conclusions", this.inferredConclusions, true);
        add(sections, "summary.questions", this.remainingQuestions, true);
        add(sections, "summary.notProven", this.whatItDoesNotProve, false);
        return sections;
    }

    private static void add(List<Section> sections, String key, String text, boolean list) {
        if (text != null && !text.isBlank()) {
            List<String> lines = text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
            sections.add(new Section(key, lines, list));
        }
    }

    public record Section(String key, List<String> lines, boolean list) {
    }

}
