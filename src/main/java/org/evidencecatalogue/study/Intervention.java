package org.evidencecatalogue.study;

import jakarta.persistence.Embedded;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.evidencecatalogue.drug.Drug;
import org.evidencecatalogue.drug.Route;

/** What an arm received: a drug (or placebo), its dose, route, frequency and duration. */
@Embeddable
public class Intervention {

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "drug_id")
    private Drug drug;

    @Embedded
    private Dose dose;

    @Enumerated(EnumType.STRING)
    private Route route;

    private String frequency;

    private String duration;

    private String description;

    protected Intervention() {
    }

    public String getName() {
        return this.name;
    }

    public Drug getDrug() {
        return this.drug;
    }

    public Dose getDose() {
        return this.dose;
    }

    public Route getRoute() {
        return this.route;
    }

    public String getFrequency() {
        return this.frequency;
    }

    public String getDuration() {
        return this.duration;
    }

    public String getDescription() {
        return this.description;
    }

}
