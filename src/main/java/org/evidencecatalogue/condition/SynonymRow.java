package org.evidencecatalogue.condition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.shared.NameKind;

/** One other name of a condition, as a row of its form. */
public class SynonymRow {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private NameKind kind;

    static SynonymRow from(Synonym synonym) {
        SynonymRow row = new SynonymRow();
        row.name = synonym.name();
        row.kind = synonym.kind();
        return row;
    }

    Synonym toSynonym() {
        return new Synonym(this.name, this.kind);
    }

    public String getName() {
        return this.name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public NameKind getKind() {
        return this.kind;
    }

    public void setKind(NameKind kind) {
        this.kind = kind;
    }

}
