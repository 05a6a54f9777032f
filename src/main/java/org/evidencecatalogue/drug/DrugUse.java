package org.evidencecatalogue.drug;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.source.Source;

/** A use of a drug: approved, off-label, or under research. */
@Audited
@Entity
@Table(name = "drug_use")
public class DrugUse extends DrugPart {

    @Enumerated(EnumType.STRING)
    private UseStatus status;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "condition_id")
    private Condition condition;

    protected DrugUse() {
    }

    public UseStatus getStatus() {
        return this.status;
    }

    public String getDescription() {
        return this.description;
    }

    public Condition getCondition() {
        return this.condition;
    }

    void update(UseStatus status, String description, Condition condition, Source source) {
        this.status = status;
        this.description = description;
        this.condition = condition;
        setSource(source);
    }

}
