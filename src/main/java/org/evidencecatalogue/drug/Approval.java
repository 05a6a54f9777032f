package org.evidencecatalogue.drug;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.shared.PartialDate;
import org.evidencecatalogue.source.Source;

/** A regulatory or commissioning decision about a drug, dated as precisely as its source allows. */
@Audited
@Entity
@Table(name = "drug_approval")
public class Approval extends DrugPart {

    @Enumerated(EnumType.STRING)
    private ApprovalKind kind;

    private String agency;

    private String region;

    @Embedded
    @AttributeOverride(name = "year", column = @Column(name = "decided_year"))
    @AttributeOverride(name = "month", column = @Column(name = "decided_month"))
    private PartialDate decided;

    private String indication;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "condition_id")
    private Condition condition;

    protected Approval() {
    }

    public ApprovalKind getKind() {
        return this.kind;
    }

    public String getAgency() {
        return this.agency;
    }

    public String getRegion() {
        return this.region;
    }

    public PartialDate getDecided() {
        return this.decided;
    }

    public String getIndication() {
        return this.indication;
    }

    public Condition getCondition() {
        return this.condition;
    }

    void update(ApprovalKind kind, String agency, String region, PartialDate decided, String indication,
            Condition condition, Source source) {
        this.kind = kind;
        this.agency = agency;
        this.region = region;
        this.decided = decided;
        this.indication = indication;
        this.condition = condition;
        setSource(source);
    }

}
