package org.evidencecatalogue.drug;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An adverse reaction with its frequency in the source's words, as a row of the drug's form. */
public class ReactionRow {

    @NotBlank
    @Size(max = 300)
    private String reaction;

    @Size(max = 500)
    private String frequency;

    @NotNull
    private String source;

    static ReactionRow from(AdverseReaction reaction) {
        ReactionRow row = new ReactionRow();
        row.reaction = reaction.getReaction();
        row.frequency = reaction.getFrequency();
        row.source = reaction.getSource().getSlug();
        return row;
    }

    public void setReaction(String reaction) {
        this.reaction = reaction;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getReaction() {
        return this.reaction;
    }

    public String getFrequency() {
        return this.frequency;
    }

    public String getSource() {
        return this.source;
    }

}
