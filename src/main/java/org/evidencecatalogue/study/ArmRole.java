package org.evidencecatalogue.study;

public enum ArmRole {

    EXPERIMENTAL("Experimental"),
    PLACEBO_COMPARATOR("Placebo comparator"),
    ACTIVE_COMPARATOR("Active comparator"),
    NO_INTERVENTION("No intervention"),
    HISTORICAL_CONTROL("Historical control");

    private final String label;

    ArmRole(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
