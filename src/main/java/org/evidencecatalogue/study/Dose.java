package org.evidencecatalogue.study;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.evidencecatalogue.shared.InvalidValueException;

/** An amount with its unit ("100 mg"), or a ceiling ("up to 2,400 mg/day") where doses were escalated. */
@Embeddable
public record Dose(@Column(name = "dose_amount") BigDecimal amount, @Column(name = "dose_unit") String unit,
        @Column(name = "dose_up_to") boolean upTo) {

    public Dose {
        if ((amount == null) != (unit == null || unit.isBlank())) {
            throw new InvalidValueException("value.dose.amountAndUnit", "A dose needs both an amount and a unit");
        }
        if (amount != null && amount.signum() <= 0) {
            throw new InvalidValueException("value.dose.positive", "A dose must be positive: " + amount);
        }
        unit = (unit == null) ? null : unit.strip();
    }

    public static Dose of(String amount, String unit) {
        return new Dose(new BigDecimal(amount), unit, false);
    }

    public boolean isKnown() {
        return this.amount != null;
    }

}
