package org.evidencecatalogue.study;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.curation.ValueRules;
import org.evidencecatalogue.drug.Route;

/** What an arm received, as a row of the study's form; the drug is chosen by slug, the dose is a {@link Dose}. */
@ValueRules
public class InterventionRow implements ValueRules.Checked {

    @NotBlank
    @Size(max = 200)
    private String name;

    private String drug;

    @Digits(integer = 9, fraction = 3)
    private BigDecimal doseAmount;

    @Size(max = 40)
    private String doseUnit;

    private boolean doseUpTo;

    private Route route;

    @Size(max = 200)
    private String frequency;

    @Size(max = 200)
    private String duration;

    @Size(max = 4000)
    private String description;

    static InterventionRow from(Intervention intervention) {
        InterventionRow row = new InterventionRow();
        row.name = intervention.getName();
        row.drug = (intervention.getDrug() != null) ? intervention.getDrug().getSlug() : null;
        Dose dose = intervention.getDose();
        if (dose != null) {
            row.doseAmount = (dose.amount() != null) ? dose.amount().stripTrailingZeros() : null;
            row.doseUnit = dose.unit();
            row.doseUpTo = dose.upTo();
        }
        row.route = intervention.getRoute();
        row.frequency = intervention.getFrequency();
        row.duration = intervention.getDuration();
        row.description = intervention.getDescription();
        return row;
    }

    Dose dose() {
        return new Dose(this.doseAmount, this.doseUnit, this.doseUpTo);
    }

    @Override
    public void checkValues(ValueRules.Check check) {
        check.that("doseAmount", this::dose);
    }

    public String getName() {
        return this.name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDrug() {
        return this.drug;
    }

    public void setDrug(String drug) {
        this.drug = drug;
    }

    public BigDecimal getDoseAmount() {
        return this.doseAmount;
    }

    public void setDoseAmount(BigDecimal doseAmount) {
        this.doseAmount = doseAmount;
    }

    public String getDoseUnit() {
        return this.doseUnit;
    }

    public void setDoseUnit(String doseUnit) {
        this.doseUnit = doseUnit;
    }

    public boolean isDoseUpTo() {
        return this.doseUpTo;
    }

    public void setDoseUpTo(boolean doseUpTo) {
        this.doseUpTo = doseUpTo;
    }

    public Route getRoute() {
        return this.route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    public String getFrequency() {
        return this.frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String getDuration() {
        return this.duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public String getDescription() {
        return this.description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

}
