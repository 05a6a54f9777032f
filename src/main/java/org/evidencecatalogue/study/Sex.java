package org.evidencecatalogue.study;

public enum Sex {

    FEMALE("Women only"),
    MALE("Men only"),
    ALL("Women and men");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
