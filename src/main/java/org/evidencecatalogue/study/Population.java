package org.evidencecatalogue.study;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.evidencecatalogue.shared.InvalidValueException;

/**
 * Who took part: how many, who, and by which case definition. {@code pemRequired} says whether
 * post-exertional malaise was a required criterion for inclusion; null where the question does not apply.
 */
@Embeddable
public record Population(Integer enrolled, String population, @Enumerated(EnumType.STRING) Sex sex, Integer ageMin,
        Integer ageMax, String eligibility, String caseDefinition, Boolean pemRequired) {

    public Population {
        if (enrolled != null && enrolled < 1) {
            throw new InvalidValueException("value.population.enrolled", "A study enrols at least one participant: " + enrolled);
        }
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw new InvalidValueException("value.population.ageOrder", "The youngest age cannot exceed the oldest: " + ageMin + " > " + ageMax);
        }
    }

    /** "18–59 years", "from 18 years", or null. */
    public String ageRange() {
        if (this.ageMin != null && this.ageMax != null) {
            return this.ageMin + "–" + this.ageMax + " years";
        }
        if (this.ageMin != null) {
            return "from " + this.ageMin + " years";
        }
        return (this.ageMax != null) ? "up to " + this.ageMax + " years" : null;
    }

}
