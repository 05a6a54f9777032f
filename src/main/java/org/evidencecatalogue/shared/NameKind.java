package org.evidencecatalogue.shared;

/** What another name of a drug or condition is; every kind of name feeds search. */
public enum NameKind {

    BRAND("Brand name"), ABBREVIATION("Abbreviation"), SYNONYM("Synonym"), CODE("Code name");

    private final String label;

    NameKind(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
