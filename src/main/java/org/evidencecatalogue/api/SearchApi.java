package org.evidencecatalogue.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.evidencecatalogue.search.Interpretation;
import org.evidencecatalogue.search.Search;
import org.evidencecatalogue.search.SearchRequest;
import org.evidencecatalogue.search.SearchResults;
import org.evidencecatalogue.search.SearchResults.FacetValue;
import org.evidencecatalogue.search.SearchResults.Segment;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search of {@code /search} as JSON: the same parameters, the same hits in the same order. */
@RestController
@RequestMapping(path = "/api/v1/search", produces = "application/json")
@Tag(name = "Search", description = "One search over drugs, conditions, studies and discussion excerpts")
class SearchApi {

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Search, as on /search: ranked hits with highlighted snippets, facets and how the text was read; "
            + "20 a page, at most 1,000 results paged")
    SearchView search(@Parameter(description = "words; \"double quotes\" for a phrase; at most 500 characters") @RequestParam(required = false) String q,
            @Parameter(description = "true: no other names, aliases or synonyms") @RequestParam(required = false) String exact,
            @Parameter(description = "study, drug, condition or discussion") @RequestParam(required = false) String kind,
            @Parameter(description = "condition slug; includes its sub-conditions") @RequestParam(required = false) String condition,
            @Parameter(description = "drug slug") @RequestParam(required = false) String drug,
            @Parameter(description = "study design, e.g. RANDOMISED_CONTROLLED_TRIAL") @RequestParam(required = false) String design,
            @Parameter(description = "first year") @RequestParam(required = false) String from,
            @Parameter(description = "last year") @RequestParam(required = false) String to,
            @Parameter(description = "required or not-required: whether studies required post-exertional malaise") @RequestParam(required = false) String pem,
            @Parameter(description = "relevance (default) or newest") @RequestParam(required = false) String sort,
            @Parameter(description = "page, from 1") @RequestParam(required = false) String page) {
        SearchRequest request = SearchRequest.parse(q, exact, kind, condition, drug, design, from, to, pem, sort,
                page);
        return SearchView.of(this.search.search(request));
    }

    @GetMapping("/suggestions")
    @Operation(summary = "Drugs and conditions whose name, alias or synonym is or starts with the text, to go to as one types")
    List<Suggestion> suggestions(@RequestParam(required = false) String q,
            @RequestParam(required = false, defaultValue = "8") String limit) {
        int count = limit.matches("[0-9]{1,2}") ? Integer.parseInt(limit) : 8;
        return this.search.suggest(q, count).stream().map(Suggestion::of).toList();
    }

    record SearchView(Query query, String tsquery, List<Expansion> expansions, Correction correction, int total,
            boolean more, int page, int pageSize, int pageCount, List<Hit> hits, Facets facets,
            List<Suggestion> suggestions) {

        static SearchView of(SearchResults results) {
            SearchRequest request = results.request();
            Interpretation interpretation = results.interpretation();
            return new SearchView(Query.of(request), interpretation.query(),
                    interpretation.expansions()
                        .stream()
                        .map((e) -> new Expansion(e.words(), Suggestion.of(e.record())))
                        .toList(),
                    (results.correction() != null)
                            ? new Correction(results.correction().typed(), results.correction().corrected()) : null,
                    results.matched(), results.more(), request.page(), SearchRequest.PAGE_SIZE, results.pageCount(),
                    results.hits().stream().map(Hit::of).toList(),
                    new Facets(results.facets().kinds(), results.facets().conditions(), results.facets().drugs(),
                            results.facets().designs(), results.facets().pem(), results.facets().decades()),
                    results.suggestions().stream().map(Suggestion::of).toList());
        }

    }

    /** The parameters as they were read; {@code ignored} names those that could not be. */
    record Query(String q, boolean exact, String kind, String condition, String drug, String design, Integer from,
            Integer to, String pem, String sort, List<String> ignored) {

        static Query of(SearchRequest request) {
            return new Query(request.text(), request.exact(),
                    (request.kind() != null) ? request.kind().parameter() : null, request.condition(), request.drug(),
                    (request.design() != null) ? request.design().name() : null, request.fromYear(),
                    request.toYear(), request.pem(), request.newestFirst() ? "newest" : "relevance",
                    request.ignored());
        }

    }

    record Expansion(String words, Suggestion record) {
    }

    record Correction(String typed, String corrected) {
    }

    /**
     * A hit; {@code title} and {@code snippet} are plain text, and the {@code …Parts} split them into pieces
     * marked {@code match} where the search's words were found.
     */
    record Hit(String kind, String slug, String url, String title, List<Segment> titleParts, String snippet,
            List<Segment> snippetParts, Integer year, String design, Boolean pemRequired, boolean retracted,
            double score) {

        static Hit of(SearchResults.Hit hit) {
            return new Hit(hit.kind().parameter(), hit.slug(), hit.path(), text(hit.title()), hit.title(),
                    text(hit.snippet()), hit.snippet(), hit.year(),
                    (hit.design() != null) ? hit.design().name() : null, hit.pemRequired(), hit.retracted(),
                    hit.score());
        }

        private static String text(List<Segment> segments) {
            StringBuilder text = new StringBuilder();
            segments.forEach((segment) -> text.append(segment.text()));
            return text.toString();
        }

    }

    record Facets(List<FacetValue> kind, List<FacetValue> condition, List<FacetValue> drug,
            List<FacetValue> design, List<FacetValue> pem, List<FacetValue> decade) {
    }

    record Suggestion(String kind, String slug, String name, String url) {

        static Suggestion of(Interpretation.NamedRecord record) {
            return new Suggestion(record.kind().parameter(), record.slug(), record.name(), record.path());
        }

    }

}
