package org.evidencecatalogue.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the results cache gives back: kept results only while the generation they were read at is current. */
class SearchCacheTest {

    private final AtomicInteger searches = new AtomicInteger();

    @Test
    void aRepeatedSearchAtTheSameGenerationIsAnsweredFromTheCache() {
        SearchCache cache = new SearchCache(100, Duration.ofMinutes(10));
        SearchResults first = cache.get(request("fatigue", null), () -> 7, () -> results("fatigue", 12));
        SearchResults again = cache.get(request("fatigue", null), () -> 7, () -> results("fatigue", 99));
        assertThat(again).isSameAs(first);
        assertThat(again.matched()).isEqualTo(12);
        assertThat(this.searches).hasValue(1);
    }

    @Test
    void aNewGenerationIsSearchedAgainAndKept() {
        SearchCache cache = new SearchCache(100, Duration.ofMinutes(10));
        cache.get(request("fatigue", null), () -> 7, () -> results("fatigue", 12));
        assertThat(cache.get(request("fatigue", null), () -> 8, () -> results("fatigue", 13)).matched()).isEqualTo(13);
        assertThat(cache.get(request("fatigue", null), () -> 8, () -> results("fatigue", 99)).matched()).isEqualTo(13);
        assertThat(this.searches).hasValue(2);
    }

    @Test
    void resultsReadAtAnOlderGenerationDoNotReplaceNewerOnes() {
        SearchCache cache = new SearchCache(100, Duration.ofMinutes(10));
        cache.get(request("fatigue", null), () -> 8, () -> results("fatigue", 13));
        // A search that read generation 7 before the change, and finished after a newer search was kept.
        assertThat(cache.get(request("fatigue", null), () -> 7, () -> results("fatigue", 12)).matched()).isEqualTo(12);
        assertThat(cache.get(request("fatigue", null), () -> 8, () -> results("fatigue", 99)).matched()).isEqualTo(13);
    }

    @Test
    void everyParameterIsPartOfTheKey() {
        SearchCache cache = new SearchCache(100, Duration.ofMinutes(10));
        cache.get(request("fatigue", null), () -> 1, () -> results("fatigue", 1));
        assertThat(cache.get(request("fatigue", "2"), () -> 1, () -> results("fatigue page 2", 2)).matched()).isEqualTo(2);
        assertThat(cache.get(request("Fatigue", null), () -> 1, () -> results("Fatigue", 3)).matched()).isEqualTo(3);
        SearchRequest exact = SearchRequest.parse("fatigue", "true", null, null, null, null, null, null, null, null,
                null);
        assertThat(cache.get(exact, () -> 1, () -> results("exact", 4)).matched()).isEqualTo(4);
        // A parameter that was ignored is named on the page, so it is part of the key too.
        SearchRequest ignored = SearchRequest.parse("fatigue", null, "everything", null, null, null, null, null, null,
                null, null);
        assertThat(ignored.ignored()).containsExactly("kind");
        assertThat(cache.get(ignored, () -> 1, () -> results("ignored", 5)).matched()).isEqualTo(5);
        assertThat(cache.get(request("fatigue", null), () -> 1, () -> results("fatigue", 99)).matched()).isEqualTo(1);
        assertThat(this.searches).hasValue(5);
    }

    @Test
    void sizeZeroTurnsTheCacheOff() {
        SearchCache cache = new SearchCache(0, Duration.ofMinutes(10));
        cache.get(request("fatigue", null), this::generationNotToRead, () -> results("fatigue", 1));
        assertThat(cache.get(request("fatigue", null), this::generationNotToRead, () -> results("fatigue", 2))
            .matched()).isEqualTo(2);
        assertThat(this.searches).hasValue(2);
    }

    /** With the cache off, the generation is never read (it costs a round trip). */
    private long generationNotToRead() {
        throw new AssertionError("the generation was read with the cache off");
    }

    private static SearchRequest request(String text, String page) {
        return SearchRequest.parse(text, null, null, null, null, null, null, null, null, null, page);
    }

    private SearchResults results(String text, int matched) {
        this.searches.incrementAndGet();
        SearchRequest request = request(text, null);
        Interpretation interpretation = new Interpretation(null, null, List.of(), null, null, List.of());
        return new SearchResults(request, interpretation, matched, false, List.of(), SearchResults.Facets.NONE, null,
                List.of());
    }

}
