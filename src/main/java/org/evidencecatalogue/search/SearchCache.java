package org.evidencecatalogue.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recent searches' results, kept for as long as nothing that search finds has changed. Results are kept under the
 * search and the generation of the search tables they were read at (table {@code search_generation}, moved by
 * every transaction that changes a searchable record: see db/migration/V14), and looked up under the current one:
 * after a change every search is read again, and results of older generations are simply never asked for again
 * until they age out. So a curator's save is searchable at once on every instance, and a popular search (a
 * condition's name, a common word) costs one single-row read instead of ranking a thousand candidates. The same
 * search asked by several readers at once runs once; the others wait for its results (or its failure, which is not
 * kept). {@code evidence.search.cache.size} entries at most (0 turns the cache off), each for at most
 * {@code evidence.search.cache.ttl}.
 */
@Component
class SearchCache {

    private final Cache<Key, CompletableFuture<SearchResults>> entries;

    private final boolean enabled;

    SearchCache(@Value("${evidence.search.cache.size:5000}") long size,
            @Value("${evidence.search.cache.ttl:10m}") Duration ttl) {
        this.enabled = size > 0;
        this.entries = Caffeine.newBuilder().maximumSize(Math.max(size, 0)).expireAfterWrite(ttl).build();
    }

    /**
     * The results of a search at the current generation: kept ones, those another reader's identical search is
     * reading, or those {@code search} gives, then kept. With the cache off, {@code search} alone, without reading
     * the generation.
     */
    SearchResults get(SearchRequest request, LongSupplier currentGeneration, Supplier<SearchResults> search) {
        if (!this.enabled) {
            return search.get();
        }
        Key key = new Key(request, currentGeneration.getAsLong());
        CompletableFuture<SearchResults> mine = new CompletableFuture<>();
        // Not Cache.get(key, loader): that would run the search inside the map's lock, holding up other searches.
        CompletableFuture<SearchResults> kept = this.entries.asMap().putIfAbsent(key, mine);
        if (kept != null) {
            return resultOf(kept);
        }
        try {
            SearchResults results = search.get();
            mine.complete(results);
            return results;
        }
        catch (RuntimeException | Error failure) {
            this.entries.asMap().remove(key, mine);
            mine.completeExceptionally(failure);
            throw failure;
        }
    }

    /** Another reader's search: its results, or the exception it failed with, as that reader got it. */
    private static SearchResults resultOf(CompletableFuture<SearchResults> search) {
        try {
            return search.join();
        }
        catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failure.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failure;
        }
    }

    private record Key(SearchRequest request, long generation) {
    }

}
