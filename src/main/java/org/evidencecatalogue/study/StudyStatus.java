package org.evidencecatalogue.study;

public enum StudyStatus {

    DRAFT("Draft"),
    PUBLISHED("Published"),
    RETRACTED("Retracted");

    private final String label;

    StudyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
