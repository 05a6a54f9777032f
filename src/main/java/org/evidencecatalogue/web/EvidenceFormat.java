package org.evidencecatalogue.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.evidencecatalogue.study.Dose;
import org.evidencecatalogue.study.EffectEstimate;
import org.evidencecatalogue.study.MeanSd;
import org.evidencecatalogue.study.Proportion;

import org.springframework.stereotype.Component;

/**
 * The one place numbers become text: effects with their confidence intervals, proportions, doses.
 * Templates call it as {@code @evidenceFormat}. Minus signs are typographic (−), as in print.
 */
@Component("evidenceFormat")
public class EvidenceFormat {

    private static final String MINUS = "\u2212";

    /** "1.5", "−4.1", "2,400": as many decimals as the value was stored with, never trailing zeros. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMinimumFractionDigits(Math.max(0, stripped.scale()));
        format.setMaximumFractionDigits(Math.max(0, stripped.scale()));
        String text = format.format(stripped.abs());
        return (stripped.signum() < 0) ? MINUS + text : text;
    }

    /** "MD 1.5 (95% CI −4.1 to 7.2)". */
    public String effect(EffectEstimate effect) {
        if (effect == null || !effect.hasEstimate()) {
            return "";
        }
        StringBuilder text = new StringBuilder(effect.measure().name()).append(' ').append(number(effect.value()));
        if (effect.hasInterval()) {
            text.append(" (").append(interval(effect)).append(')');
        }
        return text.toString();
    }

    /** "95% CI −4.1 to 7.2". */
    public String interval(EffectEstimate effect) {
        if (effect == null || !effect.hasInterval()) {
            return "";
        }
        return "95% CI " + number(effect.lower()) + " to " + number(effect.upper());
    }

    /** "2/25 (8%)"; the percentage is rounded to a whole number, as the sources print them. */
    public String proportion(Proportion proportion) {
        if (proportion == null || !proportion.isComplete()) {
            return "";
        }
        return proportion.events() + "/" + proportion.total() + " (" + percent(proportion) + ")";
    }

    public String percent(Proportion proportion) {
        if (proportion == null || !proportion.isComplete()) {
            return "";
        }
        BigDecimal percent = BigDecimal.valueOf(proportion.events() * 100L)
            .divide(BigDecimal.valueOf(proportion.total()), 0, RoundingMode.HALF_UP);
        return percent + "%";
    }

    /** "mean 12.3 (SD 4.5)". */
    public String meanSd(MeanSd meanSd) {
        if (meanSd == null || meanSd.mean() == null) {
            return "";
        }
        String text = "mean " + number(meanSd.mean());
        return (meanSd.sd() != null) ? text + " (SD " + number(meanSd.sd()) + ")" : text;
    }

    /** "100 mg", "up to 2,400 mg/day". */
    public String dose(Dose dose) {
        if (dose == null || !dose.isKnown()) {
            return "";
        }
        return (dose.upTo() ? "up to " : "") + number(dose.amount()) + " " + dose.unit();
    }

}
