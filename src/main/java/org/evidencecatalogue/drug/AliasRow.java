package org.evidencecatalogue.drug;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.shared.NameKind;

/** One other name of a drug, as a row of its form. */
public class AliasRow {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private NameKind kind;

    static AliasRow from(Alias alias) {
        AliasRow row = new AliasRow();
        row.name = alias.name();
        row.kind = alias.kind();
        return row;
    }

    Alias toAlias() {
        return new Alias(this.name, this.kind);
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
