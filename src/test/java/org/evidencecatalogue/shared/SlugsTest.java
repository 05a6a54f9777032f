package org.evidencecatalogue.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void derivesReadableSlugsFromNames() {
        assertThat(Slugs.derive("Still's disease", 120)).isEqualTo("stills-disease");
        assertThat(Slugs.derive("Behçet’s disease", 120)).isEqualTo("behcets-disease");
        assertThat(Slugs.derive("  ME/CFS — (2024) ", 120)).isEqualTo("me-cfs-2024");
        assertThat(Slugs.derive("a b c d", 5)).isEqualTo("a-b-c");
        assertThat(Slugs.derive("<script>", 120)).isEqualTo("script");
    }

    @Test
    void validSlugsAreLowerCaseWordsJoinedByHyphens() {
        assertThat(Slugs.isValid("roerink-2017-anakinra-me-cfs")).isTrue();
        assertThat(Slugs.isValid("Anakinra")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
        assertThat(Slugs.isValid("-a")).isFalse();
        assertThat(Slugs.isValid(null)).isFalse();
    }

}
