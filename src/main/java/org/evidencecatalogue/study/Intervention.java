package org.evidencecatalogue.study;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.evidencecatalogue.drug.Drug;
import org.evidencecatalogue.drug.Route;
import org.evidencecatalogue.shared.InvalidValueException;

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

    public Intervention(String name, Drug drug, Dose dose, Route route, String frequency, String duration,
            String description) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("value.name.required", "An intervention needs a name");
        }
        this.name = name;
        this.drug = drug;
        this.dose = dose;
        this.route = route;
        this.frequency = frequency;
        this.duration = duration;
        this.description = description;
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

    /** Equal when every value is; amounts compare by value, as the database stores them at its own scale. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Intervention that)) {
            return false;
        }
        return Objects.equals(this.name, that.name) && Records.same(this.drug, that.drug)
                && sameDose(this.dose, that.dose) && this.route == that.route
                && Objects.equals(this.frequency, that.frequency) && Objects.equals(this.duration, that.duration)
                && Objects.equals(this.description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.name, this.route, this.frequency, this.duration);
    }

    private static boolean sameDose(Dose one, Dose other) {
        boolean oneKnown = one != null && one.isKnown();
        boolean otherKnown = other != null && other.isKnown();
        if (!oneKnown || !otherKnown) {
            return oneKnown == otherKnown && ((one != null && one.upTo()) == (other != null && other.upTo()));
        }
        return one.amount().compareTo(other.amount()) == 0 && one.unit().equals(other.unit()) && one.upTo() == other.upTo();
    }

}
