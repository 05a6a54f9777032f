package org.evidencecatalogue.study;

import jakarta.validation.constraints.Size;

/** The six summary sections; findings, conclusions and questions hold one statement a line. */
public class SummaryPart {

    @Size(max = 10000)
    private String quickSummary;

    @Size(max = 10000)
    private String whyItMatters;

    @Size(max = 10000)
    private String observedFindings;

    @Size(max = 10000)
    private String inferredConclusions;

    @Size(max = 10000)
    private String remainingQuestions;

    @Size(max = 10000)
    private String whatItDoesNotProve;

    static SummaryPart from(Study study) {
        SummaryPart part = new SummaryPart();
        StructuredSummary summary = study.getSummary();
        if (summary != null) {
            part.quickSummary = summary.quickSummary();
            part.whyItMatters = summary.whyItMatters();
            part.observedFindings = summary.observedFindings();
            part.inferredConclusions = summary.inferredConclusions();
            part.remainingQuestions = summary.remainingQuestions();
            part.whatItDoesNotProve = summary.whatItDoesNotProve();
        }
        return part;
    }

    StructuredSummary toSummary() {
        return new StructuredSummary(this.quickSummary, this.whyItMatters, this.observedFindings,
                this.inferredConclusions, this.remainingQuestions, this.whatItDoesNotProve);
    }

    public String getQuickSummary() {
        return this.quickSummary;
    }

    public void setQuickSummary(String quickSummary) {
        this.quickSummary = quickSummary;
    }

    public String getWhyItMatters() {
        return this.whyItMatters;
    }

    public void setWhyItMatters(String whyItMatters) {
        this.whyItMatters = whyItMatters;
    }

    public String getObservedFindings() {
        return this.observedFindings;
    }

    public void setObservedFindings(String observedFindings) {
        this.observedFindings = observedFindings;
    }

    public String getInferredConclusions() {
        return this.inferredConclusions;
    }

    public void setInferredConclusions(String inferredConclusions) {
        this.inferredConclusions = inferredConclusions;
    }

    public String getRemainingQuestions() {
        return this.remainingQuestions;
    }

    public void setRemainingQuestions(String remainingQuestions) {
        this.remainingQuestions = remainingQuestions;
    }

    public String getWhatItDoesNotProve() {
        return this.whatItDoesNotProve;
    }

    public void setWhatItDoesNotProve(String whatItDoesNotProve) {
        this.whatItDoesNotProve = whatItDoesNotProve;
    }

}
