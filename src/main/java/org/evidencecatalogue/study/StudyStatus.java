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

    /** The workflow runs one way: a draft is published, a published study may be retracted. */
    public boolean canBecome(StudyStatus next) {
        return next == this || (this == DRAFT && next == PUBLISHED) || (this == PUBLISHED && next == RETRACTED);
    }

}
