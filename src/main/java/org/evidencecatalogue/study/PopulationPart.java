package org.evidencecatalogue.study;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.curation.ValueRules;

/** Who took part; the {@link Population}'s own rules (N ≥ 1, ages in order) apply. */
@ValueRules
public class PopulationPart implements ValueRules.Checked {

    private Integer enrolled;

    @Size(max = 4000)
    private String population;

    private Sex sex;

    @Min(0)
    @Max(150)
    private Integer ageMin;

    @Min(0)
    @Max(150)
    private Integer ageMax;

    @Size(max = 4000)
    private String eligibility;

    @Size(max = 4000)
    private String caseDefinition;

    private Boolean pemRequired;

    static PopulationPart from(Study study) {
        PopulationPart part = new PopulationPart();
        Population population = study.getPopulation();
        if (population != null) {
            part.enrolled = population.enrolled();
            part.population = population.population();
            part.sex = population.sex();
            part.ageMin = population.ageMin();
            part.ageMax = population.ageMax();
            part.eligibility = population.eligibility();
            part.caseDefinition = population.caseDefinition();
            part.pemRequired = population.pemRequired();
        }
        return part;
    }

    Population toPopulation() {
        return new Population(this.enrolled, this.population, this.sex, this.ageMin, this.ageMax, this.eligibility,
                this.caseDefinition, this.pemRequired);
    }

    /** Each of the population's rules is reported on its own field, so each is checked with only its fields. */
    @Override
    public void checkValues(ValueRules.Check check) {
        check.that("enrolled", () -> new Population(this.enrolled, null, null, null, null, null, null, null));
        check.that("ageMax", () -> new Population(null, null, null, this.ageMin, this.ageMax, null, null, null));
    }

    public Integer getEnrolled() {
        return this.enrolled;
    }

    public void setEnrolled(Integer enrolled) {
        this.enrolled = enrolled;
    }

    public String getPopulation() {
        return this.population;
    }

    public void setPopulation(String population) {
        this.population = population;
    }

    public Sex getSex() {
        return this.sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Integer getAgeMin() {
        return this.ageMin;
    }

    public void setAgeMin(Integer ageMin) {
        this.ageMin = ageMin;
    }

    public Integer getAgeMax() {
        return this.ageMax;
    }

    public void setAgeMax(Integer ageMax) {
        this.ageMax = ageMax;
    }

    public String getEligibility() {
        return this.eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }

    public String getCaseDefinition() {
        return this.caseDefinition;
    }

    public void setCaseDefinition(String caseDefinition) {
        this.caseDefinition = caseDefinition;
    }

    public Boolean getPemRequired() {
        return this.pemRequired;
    }

    public void setPemRequired(Boolean pemRequired) {
        this.pemRequired = pemRequired;
    }

}
