package org.evidencecatalogue.discussion;

public enum DiscussionKind {

    QUESTION("Question"), CLINICIAN_OPINION("Clinician's opinion"), PATIENT_VIEW("Patient's view or experience"),
    CRITIQUE("Critique"), OPINION("Opinion");

    private final String label;

    DiscussionKind(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
