package org.evidencecatalogue.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the results cache gives back: kept results only while the generation they were read at is current. */
class SearchCacheTest {

    private final AtomicInteger searches = new AtomicInteger();

    private final SearchCache cache = new SearchCache(100, Duration.ofMinutes(10));

    @Test
    void aRepeatedSearchAtTheSameGenerationIsAnsweredFromTheCache() {
        SearchResults first = this.cache.get(request("fatigue", null), () -> 7, () -> results("fatigue", 12));
        SearchResults again = this.cache.get(request("fatigue", null), () -> 7, () -> results("fatigue", 99));
        assertThat(again).isSameAs(first);
        assertThat(again.matched()).isEqualTo(12);
        assertThat(this.searches).hasValue(1);
    }

    @Test
    void aNewGenerationIsSearchedAgainAndKept() {
        this.cache.get(request("fatigue", null), () -> 7, () -> results("fatigue", 12));
        assertThat(this.cache.get(request("fatigue", null), () -> 8, () -> results("fatigue", 13)).matched()).isEqualTo(13);
        assertThat(this.cache.get(request("fatigue", null), () -> 8, () -> results("fatigue", 99)).matched()).isEqualTo(13);
        assertThat(this.searches).hasValue(2);
    }

    @Test
    void resultsReadAtAnOlderGenerationDoNotReplaceNewerOnes() {
        this.cache.get(request("fatigue", null), () -> 8, () -> results("fatigue", 13));
        // A search that read generation 7 before the change, and finished after a newer search was kept.
        assertThat(this.cache.get(request("fatigue", null), () -> 7, () -> results("fatigue", 12)).matched()).isEqualTo(12);
        assertThat(this.cache.get(request("fatigue", null), () -> 8, () -> results("fatigue", 99)).matched()).isEqualTo(13);
    }

    @Test
    void everyParameterIsPartOfTheKey() {
        this.cache.get(request("fatigue", null), () -> 1, () -> results("fatigue", 1));
        assertThat(this.cache.get(request("fatigue", "2"), () -> 1, () -> results("fatigue page 2", 2)).matched()).isEqualTo(2);
        assertThat(this.cache.get(request("Fatigue", null), () -> 1, () -> results("Fatigue", 3)).matched()).isEqualTo(3);
        SearchRequest exact = SearchRequest.parse("fatigue", "true", null, null, null, null, null, null, null, null,
                null);
        assertThat(this.cache.get(exact, () -> 1, () -> results("exact", 4)).matched()).isEqualTo(4);
        // A parameter that was ignored is named on the page, so it is part of the key too.
        SearchRequest ignored = SearchRequest.parse("fatigue", null, "everything", null, null, null, null, null, null,
                null, null);
        assertThat(ignored.ignored()).containsExactly("kind");
        assertThat(this.cache.get(ignored, () -> 1, () -> results("ignored", 5)).matched()).isEqualTo(5);
        assertThat(this.cache.get(request("fatigue", null), () -> 1, () -> results("fatigue", 99)).matched()).isEqualTo(1);
        assertThat(this.searches).hasValue(5);
    }

    @Test
    void theSameSearchAskedAtOnceRunsOnce() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Future<SearchResults> first = readers.submit(() -> this.cache.get(request("fatigue", null), () -> 7, () -> {
                running.countDown();
                await(release);
                return results("fatigue", 12);
            }));
            running.await(10, TimeUnit.SECONDS);
            Future<SearchResults> second = readers.submit(
                    () -> this.cache.get(request("fatigue", null), () -> 7, () -> results("fatigue", 99)));
            Thread.sleep(100);
            assertThat(second).as("the second reader waits for the first one's search").isNotDone();
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).matched()).isEqualTo(12);
            assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get());
            assertThat(this.searches).hasValue(1);
        }
        finally {
            readers.shutdownNow();
        }
    }

    @Test
    void aFailedSearchIsNotKept() {
        IllegalStateException failure = new IllegalStateException("database gone");
        assertThatThrownBy(() -> this.cache.get(request("fatigue", null), () -> 7, () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(this.cache.get(request("fatigue", null), () -> 7, () -> results("fatigue", 12)).matched())
            .isEqualTo(12);
    }

    @Test
    void sizeZeroTurnsTheCacheOff() {
        SearchCache off = new SearchCache(0, Duration.ofMinutes(10));
        off.get(request("fatigue", null), this::generationNotToRead, () -> results("fatigue", 1));
        assertThat(off.get(request("fatigue", null), this::generationNotToRead, () -> results("fatigue", 2))
            .matched()).isEqualTo(2);
        assertThat(this.searches).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
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
