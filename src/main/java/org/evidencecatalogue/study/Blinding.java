package org.evidencecatalogue.study;

public enum Blinding {

    OPEN_LABEL("Open label"),
    SINGLE_BLIND("Single blind"),
    DOUBLE_BLIND("Double blind"),
    BLINDED("Blinded (details not reported)"),
    NOT_APPLICABLE("Not applicable"),
    NOT_REPORTED("Not reported");

    private final String label;

    Blinding(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
