package org.evidencecatalogue.drug;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

import org.evidencecatalogue.source.Source;

/** What every ordered, sourced part of a drug record has: its drug, its place in the list, its source. */
@Audited
@MappedSuperclass
abstract class DrugPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "drug_id")
    private Drug drug;

    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    public Long getId() {
        return this.id;
    }

    public Drug getDrug() {
        return this.drug;
    }

    public int getPosition() {
        return this.position;
    }

    public Source getSource() {
        return this.source;
    }

    void placeIn(Drug drug, int position) {
        this.drug = drug;
        this.position = position;
    }

    protected void setSource(Source source) {
        this.source = source;
    }

}
