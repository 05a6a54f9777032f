package org.evidencecatalogue.study;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.evidencecatalogue.shared.InvalidValueException;

/**
 * A between-arm effect: its measure, point estimate, optional 95% confidence interval and p value as the
 * source states it ("0.03", "not significant"). A confidence interval always contains its estimate.
 */
@Embeddable
public record EffectEstimate(@Enumerated(EnumType.STRING) @Column(name = "effect_measure") EffectMeasure measure,
        @Column(name = "effect_value") BigDecimal value, @Column(name = "ci_lower") BigDecimal lower,
        @Column(name = "ci_upper") BigDecimal upper, @Column(name = "p_value") String pValue) {

    public EffectEstimate {
        if ((measure == null) != (value == null)) {
            throw new InvalidValueException("value.effect.measureAndValue", "An effect needs both a measure and a value");
        }
        if ((lower == null) != (upper == null)) {
            throw new InvalidValueException("value.effect.bothBounds", "A confidence interval needs both bounds");
        }
        if (lower != null && value == null) {
            throw new InvalidValueException("value.effect.intervalNeedsEstimate", "A confidence interval needs an estimate");
        }
        if (lower != null && (lower.compareTo(value) > 0 || value.compareTo(upper) > 0)) {
            throw new InvalidValueException("value.effect.outsideInterval",
                    "The estimate must lie within its confidence interval: " + lower + " ≤ " + value + " ≤ " + upper);
        }
        if (measure != null && measure.isRatio() && value.signum() <= 0) {
            throw new InvalidValueException("value.effect.ratioPositive", "A ratio must be positive: " + value);
        }
        if (lower != null && measure.isRatio() && lower.signum() <= 0) {
            throw new InvalidValueException("value.effect.ratioIntervalPositive", "A ratio's confidence interval must be positive: " + lower);
        }
        pValue = (pValue == null || pValue.isBlank()) ? null : pValue.strip();
    }

    public static EffectEstimate of(EffectMeasure measure, String value, String lower, String upper) {
        return new EffectEstimate(measure, new BigDecimal(value), new BigDecimal(lower), new BigDecimal(upper), null);
    }

    public boolean hasEstimate() {
        return this.value != null;
    }

    public boolean hasInterval() {
        return this.lower != null;
    }

    /** The value that means "no effect" on this measure's scale. */
    public BigDecimal noEffect() {
        return (this.measure != null && this.measure.isRatio()) ? BigDecimal.ONE : BigDecimal.ZERO;
    }

}
