package org.evidencecatalogue.study;

public enum Design {

    RANDOMISED_CONTROLLED_TRIAL("Randomised controlled trial"),
    NON_RANDOMISED_CONTROLLED_TRIAL("Non-randomised controlled trial"),
    SINGLE_ARM_TRIAL("Single-arm trial"),
    COHORT("Cohort study"),
    CASE_CONTROL("Case-control study"),
    RETROSPECTIVE_CASE_SERIES("Retrospective case series"),
    CASE_REPORT("Case report"),
    SYSTEMATIC_REVIEW("Systematic review"),
    OTHER("Other design");

    private final String label;

    Design(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
