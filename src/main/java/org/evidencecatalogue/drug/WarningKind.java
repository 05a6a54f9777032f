package org.evidencecatalogue.drug;

public enum WarningKind {

    CONTRAINDICATION("Contraindication"), WARNING("Warning");

    private final String label;

    WarningKind(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
