package org.evidencecatalogue.study;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.evidencecatalogue.shared.InvalidValueException;

/** An arm's mean with its standard deviation, where a source reports them. */
@Embeddable
public record MeanSd(@Column(name = "mean") BigDecimal mean, @Column(name = "sd") BigDecimal sd) {

    public MeanSd {
        if (sd != null && sd.signum() < 0) {
            throw new InvalidValueException("value.meanSd.negative", "A standard deviation cannot be negative: " + sd);
        }
        if (sd != null && mean == null) {
            throw new InvalidValueException("value.meanSd.sdWithoutMean", "A standard deviation needs a mean");
        }
    }

}
