package org.evidencecatalogue.study;

public enum OutcomeKind {

    PRIMARY("Primary"),
    SECONDARY("Secondary"),
    SAFETY("Safety"),
    OTHER("Reported outcome");

    private final String label;

    OutcomeKind(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
