package org.evidencecatalogue.search;

import java.util.List;

import org.evidencecatalogue.search.SearchResults.Hit;
import org.evidencecatalogue.search.SearchResults.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A hit's title and snippet as the results page writes them. */
class SearchResultsTest {

    @Test
    void aHitsTextIsEscapedAndOnlyItsMatchedWordsAreMarked() {
        Hit hit = new Hit(SearchKind.DISCUSSION, "x", "/discussions/x",
                List.of(new Segment("A <b>bold</b> ", false), new Segment("Fatigue", true)),
                List.of(new Segment("… \"quoted\" & 'single' ", false), new Segment("<fatigue>", true),
                        new Segment(" </mark>", false)),
                2020, null, null, false, 1.0);
        assertThat(hit.titleHtml()).isEqualTo("A &lt;b&gt;bold&lt;/b&gt; <mark>Fatigue</mark>");
        assertThat(hit.snippetHtml())
            .isEqualTo("… &quot;quoted&quot; &amp; &#39;single&#39; <mark>&lt;fatigue&gt;</mark> &lt;/mark&gt;");
    }

    @Test
    void aHitWithoutTextHasNoMarkup() {
        Hit hit = new Hit(SearchKind.DRUG, "x", "/drugs/x", List.of(), List.of(), null, null, null, false, 0.0);
        assertThat(hit.titleHtml()).isEmpty();
        assertThat(hit.snippetHtml()).isEmpty();
    }

}
