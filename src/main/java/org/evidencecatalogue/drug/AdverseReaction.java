package org.evidencecatalogue.drug;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import org.evidencecatalogue.source.Source;

/** An adverse reaction of a drug with its frequency in the words of the source. */
@Audited
@Entity
@Table(name = "drug_adverse_reaction")
public class AdverseReaction extends DrugPart {

    private String reaction;

    private String frequency;

    protected AdverseReaction() {
    }

    public String getReaction() {
        return this.reaction;
    }

    public String getFrequency() {
        return this.frequency;
    }

    void update(String reaction, String frequency, Source source) {
        this.reaction = reaction;
        this.frequency = frequency;
        setSource(source);
    }

}
