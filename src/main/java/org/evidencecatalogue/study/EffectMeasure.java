package org.evidencecatalogue.study;

public enum EffectMeasure {

    MD("Mean difference"),
    SMD("Standardised mean difference"),
    RR("Risk ratio"),
    OR("Odds ratio"),
    HR("Hazard ratio"),
    RD("Risk difference");

    private final String label;

    EffectMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

    /** Ratios have no effect at 1 and are drawn on a log scale; differences have no effect at 0. */
    public boolean isRatio() {
        return this == RR || this == OR || this == HR;
    }

}
