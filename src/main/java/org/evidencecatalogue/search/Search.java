package org.evidencecatalogue.search;

import java.util.ArrayList;
import java.util.List;

import org.evidencecatalogue.search.Interpretation.NamedRecord;
import org.evidencecatalogue.search.QueryInterpreter.Gram;
import org.evidencecatalogue.search.QueryInterpreter.Word;
import org.evidencecatalogue.search.SearchResults.Correction;
import org.evidencecatalogue.search.SearchResults.Facets;

import org.springframework.stereotype.Service;

/**
 * One search over everything: the pages and the JSON API both call {@link #search(SearchRequest)}. A search reads
 * the search tables' generation, and answers from {@link SearchCache} when it holds this search at that
 * generation; otherwise it runs its statements on search's own read-only sessions ({@link SearchStatements}): the
 * reading of the text (with the names to suggest), one statement for the hits, facets and count, and, only when
 * nothing matched, the corrections and the corrected search.
 */
@Service
public class Search {

    /** Runs of words shorter than this are not corrected: too many names look like them. */
    private static final int MIN_CORRECTED_LENGTH = 4;

    private static final int SUGGESTIONS = 6;

    private final QueryInterpreter interpreter;

    private final SearchRepository repository;

    private final SearchCache cache;

    Search(QueryInterpreter interpreter, SearchRepository repository, SearchCache cache) {
        this.interpreter = interpreter;
        this.repository = repository;
        this.cache = cache;
    }

    public SearchResults search(SearchRequest request) {
        return this.cache.get(request, this.repository::generation, () -> run(request));
    }

    private SearchResults run(SearchRequest request) {
        SearchRequest effective = request;
        Interpretation interpretation = this.interpreter.interpret(effective, suggestionsFor(effective));
        // A filter that names no record is dropped and reported, as any other unreadable parameter.
        if (effective.condition() != null && interpretation.condition() == null) {
            effective = effective.withoutUnknown("condition");
        }
        if (effective.drug() != null && interpretation.drug() == null) {
            effective = effective.withoutUnknown("drug");
        }
        if (effective != request) {
            interpretation = this.interpreter.interpret(effective, suggestionsFor(effective));
        }
        if (interpretation.query() == null) {
            return new SearchResults(effective, interpretation, 0, false, List.of(), Facets.NONE, null,
                    List.of());
        }
        SearchRepository.Page page = this.repository.find(interpretation, effective);
        Correction correction = null;
        if (page.matched() == 0 && !effective.exact() && !effective.text().isEmpty()) {
            String corrected = corrected(effective.text());
            if (corrected != null) {
                SearchRequest retry = effective.withText(corrected);
                Interpretation retried = this.interpreter.interpret(retry, suggestionsFor(retry));
                SearchRepository.Page found = this.repository.find(retried, retry);
                if (found.matched() > 0) {
                    correction = new Correction(effective.text(), corrected);
                    effective = retry;
                    interpretation = retried;
                    page = found;
                }
            }
        }
        return new SearchResults(effective, interpretation, page.matched(), page.more(), page.hits(), page.facets(),
                correction, interpretation.suggestions());
    }

    /** Names to go to are offered on a search's first page, once two characters are typed. */
    private static int suggestionsFor(SearchRequest request) {
        return (request.text().length() >= 2 && request.page() == 1) ? SUGGESTIONS : 0;
    }

    /** Drugs and conditions whose name, alias or synonym is or starts with the text, for typing ahead. */
    public List<NamedRecord> suggest(String text, int limit) {
        String cleaned = SearchRequest.parse(text, null, null, null, null, null, null, null, null, null, null).text();
        return cleaned.isEmpty() ? List.of() : this.repository.suggestions(cleaned, Math.clamp(limit, 1, 20));
    }

    /** The text with each misspelt run of words replaced by the name it most looks like, or null if none does. */
    private String corrected(String text) {
        List<Word> words = QueryInterpreter.split(text);
        List<Gram> grams = QueryInterpreter.grams(words)
            .stream()
            .filter((gram) -> gram.text().length() >= MIN_CORRECTED_LENGTH && gram.last() - gram.first() < 3)
            .toList();
        if (grams.isEmpty()) {
            return null;
        }
        String[] replaced = new String[words.size()];
        boolean[] taken = new boolean[words.size()];
        boolean any = false;
        for (SearchRepository.Correction correction : this.repository.corrections(grams)) {
            boolean free = true;
            for (int k = correction.first() - 1; k < correction.last(); k++) {
                free &= !taken[k];
            }
            if (free) {
                for (int k = correction.first() - 1; k < correction.last(); k++) {
                    taken[k] = true;
                }
                replaced[correction.first() - 1] = correction.name();
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            if (replaced[k] != null) {
                parts.add(replaced[k]);
            }
            else if (!taken[k]) {
                parts.add(words.get(k).text());
            }
        }
        return String.join(" ", parts);
    }

}
