package org.evidencecatalogue.drug;

public enum UseStatus {

    APPROVED("Approved use"), OFF_LABEL("Off-label use"), RESEARCH("Research");

    private final String label;

    UseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
