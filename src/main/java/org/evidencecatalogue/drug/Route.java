package org.evidencecatalogue.drug;

public enum Route {

    SUBCUTANEOUS("Subcutaneous"), INTRAVENOUS("Intravenous"), ORAL("Oral"), INTRAMUSCULAR("Intramuscular"),
    OTHER("Other");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
