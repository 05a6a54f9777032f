package org.evidencecatalogue.web;

import java.math.BigDecimal;

import org.evidencecatalogue.study.Dose;
import org.evidencecatalogue.study.EffectEstimate;
import org.evidencecatalogue.study.EffectMeasure;
import org.evidencecatalogue.study.MeanSd;
import org.evidencecatalogue.study.Proportion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceFormatTest {

    final EvidenceFormat format = new EvidenceFormat();

    @Test
    void effectsPrintWithTheirIntervalAndATypographicMinus() {
        assertThat(this.format.effect(EffectEstimate.of(EffectMeasure.MD, "1.5000", "-4.1000", "7.2000")))
            .isEqualTo("MD 1.5 (95% CI −4.1 to 7.2)");
        assertThat(this.format.effect(null)).isEmpty();
    }

    @Test
    void proportionsPrintAsTheSourcesDo() {
        assertThat(this.format.proportion(Proportion.of(2, 25))).isEqualTo("2/25 (8%)");
        assertThat(this.format.proportion(Proportion.of(16, 17))).isEqualTo("16/17 (94%)");
        assertThat(this.format.proportion(new Proportion(3, null))).isEmpty();
    }

    @Test
    void dosesAndMeansPrintPlainly() {
        assertThat(this.format.dose(new Dose(new BigDecimal("2400.000"), "mg/day", true))).isEqualTo("up to 2,400 mg/day");
        assertThat(this.format.dose(Dose.of("100.000", "mg"))).isEqualTo("100 mg");
        assertThat(this.format.meanSd(new MeanSd(new BigDecimal("12.50"), new BigDecimal("4")))).isEqualTo("mean 12.5 (SD 4)");
        assertThat(this.format.number(new BigDecimal("-0.25"))).isEqualTo("−0.25");
    }

}
