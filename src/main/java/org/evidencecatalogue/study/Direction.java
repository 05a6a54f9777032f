package org.evidencecatalogue.study;

public enum Direction {

    FAVOURS_INTERVENTION("Favours intervention"),
    NO_DIFFERENCE("No difference"),
    FAVOURS_COMPARATOR("Favours comparator"),
    INCONCLUSIVE("Inconclusive"),
    NOT_COMPARED("No comparison");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
