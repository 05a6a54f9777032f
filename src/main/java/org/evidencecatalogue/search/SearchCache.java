package org.evidencecatalogue.search;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recent searches' results, kept for as long as nothing that search finds has changed. Each entry remembers the
 * generation of the search tables it was read at (table {@code search_generation}, moved by every transaction that
 * changes a searchable record: see db/migration/V14); an entry of an older generation is read again. So a curator's
 * save is searchable at once on every instance, and a popular search (a condition's name, a common word) costs one
 * single-row read instead of ranking a thousand candidates. {@code evidence.search.cache.size} entries at most
 * (0 turns the cache off), each for at most {@code evidence.search.cache.ttl}.
 */
@Component
class SearchCache {

    private final Cache<SearchRequest, Entry> entries;

    private final boolean enabled;

    SearchCache(@Value("${evidence.search.cache.size:5000}") long size,
            @Value("${evidence.search.cache.ttl:10m}") Duration ttl) {
        this.enabled = size > 0;
        this.entries = Caffeine.newBuilder().maximumSize(Math.max(size, 0)).expireAfterWrite(ttl).build();
    }

    /**
     * The results of a search at the current generation: kept ones, or those {@code search} gives, then kept.
     * With the cache off, {@code search} alone, without reading the generation.
     */
    SearchResults get(SearchRequest request, LongSupplier currentGeneration, Supplier<SearchResults> search) {
        if (!this.enabled) {
            return search.get();
        }
        long generation = currentGeneration.getAsLong();
        Entry entry = this.entries.getIfPresent(request);
        if (entry != null && entry.generation() == generation) {
            return entry.results();
        }
        SearchResults results = search.get();
        Entry kept = new Entry(generation, results);
        // A slower search read at an older generation never replaces a newer one.
        this.entries.asMap().merge(request, kept, (old, fresh) -> (old.generation() > fresh.generation()) ? old : fresh);
        return results;
    }

    private record Entry(long generation, SearchResults results) {
    }

}
