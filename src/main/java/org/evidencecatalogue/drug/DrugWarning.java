package org.evidencecatalogue.drug;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import org.evidencecatalogue.source.Source;

@Audited
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

    void update(WarningKind kind, String text, Source source) {
        this.kind = kind;
        this.text = text;
        setSource(source);
    }

}
