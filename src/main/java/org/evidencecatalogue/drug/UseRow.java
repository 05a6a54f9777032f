package org.evidencecatalogue.drug;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An approved, off-label or research use of a drug, as a row of its form. */
public class UseRow {

    @NotNull
    private UseStatus status;

    @NotBlank
    @Size(max = 4000)
    private String description;

    private String condition;

    @NotNull
    private String source;

    static UseRow from(DrugUse use) {
        UseRow row = new UseRow();
        row.status = use.getStatus();
        row.description = use.getDescription();
        row.condition = (use.getCondition() != null) ? use.getCondition().getSlug() : null;
        row.source = use.getSource().getSlug();
        return row;
    }

    public void setStatus(UseStatus status) {
        this.status = status;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public UseStatus getStatus() {
        return this.status;
    }

    public String getDescription() {
        return this.description;
    }

    public String getCondition() {
        return this.condition;
    }

    public String getSource() {
        return this.source;
    }

}
