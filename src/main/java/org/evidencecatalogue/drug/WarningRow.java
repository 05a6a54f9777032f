package org.evidencecatalogue.drug;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contraindication or warning, as a row of the drug's form. */
public class WarningRow {

    @NotNull
    private WarningKind kind;

    @NotBlank
    @Size(max = 4000)
    private String text;

    @NotNull
    private String source;

    static WarningRow from(DrugWarning warning) {
        WarningRow row = new WarningRow();
        row.kind = warning.getKind();
        row.text = warning.getText();
        row.source = warning.getSource().getSlug();
        return row;
    }

    public void setKind(WarningKind kind) {
        this.kind = kind;
    }

    public void setText(String text) {
        this.text = text;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public WarningKind getKind() {
        return this.kind;
    }

    public String getText() {
        return this.text;
    }

    public String getSource() {
        return this.source;
    }

}
