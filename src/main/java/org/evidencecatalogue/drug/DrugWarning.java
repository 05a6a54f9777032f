package org.evidencecatalogue.drug;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "drug_warning")
public class DrugWarning extends DrugPart {

    @Enumerated(EnumType.STRING)
    private WarningKind kind;

    private String text;

    protected DrugWarning() {
    }

    public WarningKind getKind() {
        return this.kind;
    }

    public String getText() {
        return this.text;
    }

}
