package org.evidencecatalogue.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evidencecatalogue.study.ArmResult;
import org.evidencecatalogue.study.EffectEstimate;
import org.evidencecatalogue.study.Outcome;
import org.evidencecatalogue.study.Proportion;

import org.springframework.stereotype.Component;

/**
 * Geometry for the server-rendered SVG charts of a study page: a forest plot row for an effect with its
 * confidence interval, and bars for per-arm proportions where only events are known. Templates draw what
 * this computes ({@code @charts}); every chart also has a text alternative built here.
 */
@Component("charts")
public class Charts {

    static final int WIDTH = 360;

    static final int PLOT_LEFT = 20;

    static final int PLOT_RIGHT = 340;

    /** Length of a full (100%) bar; each arm's label sits on its own line above its bar. */
    static final int BAR_TRACK = 250;

    /** Height of one arm in the bar chart: label line, then bar. */
    static final int BAR_ROW = 40;

    private final EvidenceFormat format;

    Charts(EvidenceFormat format) {
        this.format = format;
    }

    /** A forest plot of one outcome's effect, or null when it has no confidence interval. */
    public Forest forest(Outcome outcome) {
        EffectEstimate effect = outcome.getEffect();
        if (effect == null || !effect.hasInterval()) {
            return null;
        }
        boolean ratio = effect.measure().isRatio();
        double lower = scaled(effect.lower(), ratio);
        double upper = scaled(effect.upper(), ratio);
        double value = scaled(effect.value(), ratio);
        double none = scaled(effect.noEffect(), ratio);
        double min = Math.min(lower, none);
        double max = Math.max(upper, none);
        double pad = (max - min) * 0.1;
        Scale scale = new Scale(min - pad, max + pad);
        boolean crossesNoEffect = effect.lower().compareTo(effect.noEffect()) <= 0
                && effect.upper().compareTo(effect.noEffect()) >= 0;
        String description = String.format(Locale.ENGLISH, "%s: %s %s (%s). The line of no effect at %s %s the interval.",
                outcome.getName(), effect.measure().label(), this.format.number(effect.value()),
                this.format.interval(effect), this.format.number(effect.noEffect()),
                crossesNoEffect ? "lies inside" : "lies outside");
        return new Forest(scale.x(lower), scale.x(value), scale.x(upper), scale.x(none),
                this.format.number(effect.lower()), this.format.number(effect.value()),
                this.format.number(effect.upper()), this.format.number(effect.noEffect()), ratio, description);
    }

    /** Bars of each arm's events out of its total, or null when no arm has a complete n/N. */
    public Bars bars(Outcome outcome) {
        List<Bar> bars = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int y = 0;
        for (ArmResult result : outcome.getResults()) {
            Proportion proportion = result.getProportion();
            if (proportion == null || !proportion.isComplete()) {
                continue;
            }
            double width = round(BAR_TRACK * proportion.fraction());
            String label = result.getArm().getLabel();
            String value = this.format.proportion(proportion);
            bars.add(new Bar(label, value, y, width));
            parts.add(label + " " + value);
            y += BAR_ROW;
        }
        if (bars.isEmpty()) {
            return null;
        }
        return new Bars(bars, y, outcome.getName() + ": " + String.join("; ", parts) + ".");
    }

    private static double scaled(BigDecimal value, boolean ratio) {
        return ratio ? Math.log(value.doubleValue()) : value.doubleValue();
    }

    private record Scale(double min, double max) {

        double x(double value) {
            return round(PLOT_LEFT + (value - this.min) / (this.max - this.min) * (PLOT_RIGHT - PLOT_LEFT));
        }

    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** x positions on a 360-wide canvas, labels for the ends, the estimate and no effect, and a text alternative. */
    public record Forest(double lowerX, double valueX, double upperX, double noEffectX, String lowerLabel,
            String valueLabel, String upperLabel, String noEffectLabel, boolean logScale, String description) {

        public int width() {
            return WIDTH;
        }

    }

    public record Bar(String label, String value, int y, double width) {
    }

    public record Bars(List<Bar> bars, int height, String description) {
    }

}
