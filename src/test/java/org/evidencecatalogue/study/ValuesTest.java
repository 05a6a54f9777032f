package org.evidencecatalogue.study;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The domain rules that hold by construction. */
class ValuesTest {

    @Test
    void effectEstimateLiesWithinItsConfidenceInterval() {
        EffectEstimate effect = EffectEstimate.of(EffectMeasure.MD, "1.5", "-4.1", "7.2");
        assertThat(effect.hasInterval()).isTrue();
        assertThat(effect.noEffect()).isEqualByComparingTo("0");
        assertThatIllegalArgumentException().isThrownBy(() -> EffectEstimate.of(EffectMeasure.MD, "8", "-4.1", "7.2"))
            .withMessageContaining("within its confidence interval");
        assertThatIllegalArgumentException().isThrownBy(() -> EffectEstimate.of(EffectMeasure.MD, "-5", "-4.1", "7.2"));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new EffectEstimate(EffectMeasure.MD, BigDecimal.ONE, BigDecimal.ZERO, null, null))
            .withMessageContaining("both bounds");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new EffectEstimate(null, BigDecimal.ONE, null, null, null))
            .withMessageContaining("measure");
    }

    @Test
    void ratiosArePositiveAndCentredOnOne() {
        EffectEstimate ratio = EffectEstimate.of(EffectMeasure.RR, "0.5", "0.2", "1.1");
        assertThat(ratio.noEffect()).isEqualByComparingTo("1");
        assertThatIllegalArgumentException().isThrownBy(() -> EffectEstimate.of(EffectMeasure.OR, "0.5", "-0.2", "1.1"));
    }

    @Test
    void proportionNeverHasMoreEventsThanParticipants() {
        assertThat(Proportion.of(17, 25).fraction()).isEqualTo(0.68);
        assertThat(Proportion.of(25, 25).isComplete()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> Proportion.of(26, 25)).withMessageContaining("cannot exceed");
        assertThatIllegalArgumentException().isThrownBy(() -> Proportion.of(-1, 25));
        assertThatIllegalArgumentException().isThrownBy(() -> Proportion.of(0, 0));
    }

    @Test
    void doseNeedsAPositiveAmountWithAUnit() {
        assertThat(Dose.of("100", "mg").isKnown()).isTrue();
        assertThat(new Dose(null, null, false).isKnown()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Dose.of("0", "mg"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Dose(BigDecimal.TEN, " ", false));
    }

    @Test
    void registrationsKeepTheirRegistrysFormat() {
        assertThat(new Registration(Registry.CLINICALTRIALS_GOV, " NCT02108210 ").url())
            .isEqualTo("https://clinicaltrials.gov/study/NCT02108210");
        assertThat(new Registration(Registry.CCMO, "NL47571.091.14").url()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new Registration(Registry.CLINICALTRIALS_GOV, "NCT123"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Registration(Registry.EUDRACT, "2013-5466-19"));
    }

    @Test
    void populationAgesAreOrdered() {
        assertThat(new Population(50, null, Sex.FEMALE, 18, 59, null, null, false).ageRange()).isEqualTo("18–59 years");
        assertThatIllegalArgumentException().isThrownBy(() -> new Population(0, null, null, null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Population(5, null, null, 60, 40, null, null, null));
    }

    @Test
    void citationLocatorReadsLikeAReference() {
        assertThat(new Citation("T", "J", 2017, "166", "8", "557-564", null, null).locator()).isEqualTo("166(8):557-564");
        assertThat(new Citation("T", "J", 2015, "10", "10", null, "e0139684", null).locator()).isEqualTo("10(10):e0139684");
        assertThat(new Citation("T", "J", 2015, null, null, null, null, null).locator()).isEmpty();
    }

}
