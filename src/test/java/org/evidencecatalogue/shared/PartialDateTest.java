package org.evidencecatalogue.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTest {

    @Test
    void showsOnlyWhatIsKnown() {
        assertThat(PartialDate.ofYear(2001).display()).isEqualTo("2001");
        assertThat(PartialDate.of(2021, 12).display()).isEqualTo("December 2021");
        assertThat(PartialDate.of(2021, 12).iso()).isEqualTo("2021-12");
        assertThat(new PartialDate(null, null).display()).isEmpty();
    }

    @Test
    void ordersByYearThenMonthWithYearOnlyFirst() {
        assertThat(PartialDate.ofYear(2021)).isLessThan(PartialDate.of(2021, 1));
        assertThat(PartialDate.of(2020, 12)).isLessThan(PartialDate.ofYear(2021));
    }

    @Test
    void refusesImpossibleMonths() {
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2021, 13));
        assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(null, 3));
    }

}
