package org.evidencecatalogue.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.evidencecatalogue.search.Candidates.Candidate;
import org.evidencecatalogue.search.Interpretation.NamedRecord;
import org.evidencecatalogue.search.SearchResults.Facets;
import org.evidencecatalogue.search.SearchResults.FacetValue;
import org.evidencecatalogue.search.SearchResults.Hit;
import org.evidencecatalogue.study.Design;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import static org.evidencecatalogue.search.SearchStatements.bigint;
import static org.evidencecatalogue.search.SearchStatements.bool;
import static org.evidencecatalogue.search.SearchStatements.integer;
import static org.evidencecatalogue.search.SearchStatements.text;

/**
 * Runs the statements in {@code search/*.sql}. A search's results take two or three: the candidates, from postings
 * (driven.sql) or else from the documents (matches.sql), which {@link Candidates} ranks, pages and counts by facet,
 * then the text of the page's hits and the names of the facets' records (page.sql).
 */
@Repository
class SearchRepository {

    static final int FACET_SIZE = 12;

    /** The most characters (code points) of a hit's text that its snippet is picked from; page.sql reads one more. */
    static final int SNIPPET_SOURCE_LENGTH = 1_200;

    /**
     * The most postings of a driving word that driven.sql reads, when their own columns tell whether they
     * match (about 0.1 ms a thousand), and when each must also be looked up in the documents (about 3 ms a
     * thousand): what a driver that does not find enough candidates costs before the documents are searched.
     */
    static final int DRIVER_POSTINGS = 20_000;

    static final int DRIVER_PROBES = 2_000;

    /** A row of driven.sql or matches.sql, by position: a thousand rows a search. */
    private static final RowMapper<Candidate> CANDIDATE = (rs, row) -> {
        int year = rs.getInt(3);
        Integer knownYear = rs.wasNull() ? null : year;
        String design = rs.getString(4);
        boolean pem = rs.getBoolean(5);
        Boolean knownPem = rs.wasNull() ? null : pem;
        return new Candidate(SearchKind.valueOf(rs.getString(1)), rs.getLong(2), knownYear,
                (design != null) ? Design.valueOf(design) : null, knownPem, ids(rs.getArray(6)), ids(rs.getArray(7)),
                rs.getDouble(8));
    };

    // The statements, from search/*.sql; the tests of their plans explain these same texts.
    static final String DRIVEN_SQL = SqlResources.read("search/driven.sql");

    private static final String MATCHES_SQL = SqlResources.read("search/matches.sql");

    // Relevance ranks by titles and names (title_document, small and inline; db/migration/V16's search_rank) while
    // reading the matches, in whatever order the plan reads them. Newest first needs no rank, which would otherwise
    // be computed for every match before the sort by year.
    static final String RELEVANCE_SQL = MATCHES_SQL
        .replace("/*order*/", "")
        .replace("/*score*/", "search_rank(d.kind, d.title_document, cast(:textQuery as tsquery))");

    private static final String NEWEST_SQL = MATCHES_SQL
        .replace("/*order*/", "order by d.year desc nulls last, d.kind, d.record_id")
        .replace("/*score*/", "0::double precision");

    private static final String PAGE_SQL = SqlResources.read("search/page.sql");

    private static final String CORRECTIONS_SQL = SqlResources.read("search/corrections.sql");

    private static final String SUGGESTIONS_SQL = SqlResources.read("search/suggestions.sql");

    private final SearchStatements statements;

    SearchRepository(SearchStatements statements) {
        this.statements = statements;
    }

    /** The search tables' generation now (db/migration/V14): it grows with every change to what search finds. */
    long generation() {
        return this.statements.prepare("select value from search_generation").query(Long.class).single();
    }

    Page find(Interpretation interpretation, SearchRequest request) {
        boolean newest = request.newestFirst() || interpretation.textQuery() == null;
        Candidates candidates = candidates(interpretation, request, newest);
        List<Candidate> page = candidates.page(newest ? Candidates.NEWEST : Candidates.RELEVANCE,
                (request.page() - 1) * SearchRequest.PAGE_SIZE, SearchRequest.PAGE_SIZE);
        List<Candidates.Count> conditions = candidates.conditions(FACET_SIZE);
        List<Candidates.Count> drugs = candidates.drugs(FACET_SIZE);
        Map<Key, Shown> shown = new HashMap<>();
        Map<Key, NamedRecord> names = new HashMap<>();
        if (!page.isEmpty() || !conditions.isEmpty() || !drugs.isEmpty()) {
            this.statements
                .prepare(PAGE_SQL, "kinds", arrayLiteral(page.stream().map((c) -> c.kind().name())),
                        "ids", arrayLiteral(page.stream().map((c) -> String.valueOf(c.recordId()))),
                        "conditionIds", arrayLiteral(conditions.stream().map((c) -> String.valueOf(c.id()))),
                        "drugIds", arrayLiteral(drugs.stream().map((c) -> String.valueOf(c.id()))), "textLength",
                        SNIPPET_SOURCE_LENGTH)
                .query((rs) -> {
                    Key key = new Key(SearchKind.valueOf(rs.getString("kind")), rs.getLong("record_id"));
                    if (rs.getString("row_kind").equals("hit")) {
                        String text = rs.getString("text");
                        boolean cut = text.codePointCount(0, text.length()) > SNIPPET_SOURCE_LENGTH;
                        shown.put(key, new Shown(rs.getString("slug"), rs.getString("title"),
                                cut ? text.substring(0, text.offsetByCodePoints(0, SNIPPET_SOURCE_LENGTH)) : text, cut,
                                rs.getBoolean("retracted")));
                    }
                    else {
                        names.put(key, new NamedRecord(key.kind(), key.id(), rs.getString("slug"),
                                rs.getString("title")));
                    }
                });
        }
        Highlighter highlighter = Highlighter.forQuery(interpretation.textQuery());
        List<Hit> hits = new ArrayList<>();
        for (Candidate candidate : page) {
            Shown hit = shown.get(new Key(candidate.kind(), candidate.recordId()));
            // A record changed since its candidate was read may be gone: the page shows the others.
            if (hit != null) {
                hits.add(new Hit(candidate.kind(), hit.slug(), candidate.kind().path(hit.slug()),
                        highlighter.title(hit.title()), highlighter.snippet(hit.text(), hit.cut()), candidate.year(),
                        candidate.design(), candidate.pemRequired(), hit.retracted(), rounded(candidate.score())));
            }
        }
        Facets facets = new Facets(candidates.kinds(), candidates.designs(), candidates.pem(), candidates.decades(),
                named(conditions, SearchKind.CONDITION, names), named(drugs, SearchKind.DRUG, names));
        return new Page(candidates.matched(), candidates.more(), List.copyOf(hits), facets);
    }

    private Candidates candidates(Interpretation interpretation, SearchRequest request, boolean newest) {
        String textQuery = interpretation.textQuery();
        // Postings are in order of relevance: they can drive only a search ranked by it.
        List<String> drivers = newest ? List.of() : RequiredLexemes.of(textQuery);
        if (!drivers.isEmpty()) {
            boolean probe = singleLexeme(textQuery) == null;
            List<Candidate> driven = this.statements
                .prepare(DRIVEN_SQL, "drivers", textArray(drivers), "textQuery", textQuery, "probe", probe,
                        "scanned", probe ? DRIVER_PROBES : DRIVER_POSTINGS, "kind",
                        text((request.kind() != null) ? request.kind().name() : null), "conditionId",
                        bigint((interpretation.condition() != null) ? interpretation.condition().id() : null),
                        "drugId", bigint((interpretation.drug() != null) ? interpretation.drug().id() : null),
                        "design", text((request.design() != null) ? request.design().name() : null), "pem",
                        bool(request.pemRequired()), "yearFrom", integer(request.fromYear()), "yearTo",
                        integer(request.toYear()), "candidates", SearchRequest.MAX_RESULTS)
                .query(CANDIDATE)
                .list();
            if (driven.size() > SearchRequest.MAX_RESULTS) {
                return new Candidates(driven);
            }
        }
        return new Candidates(this.statements
            .prepareForValues(newest ? NEWEST_SQL : RELEVANCE_SQL, "query", interpretation.query(),
                    "textQuery", text(textQuery), "yearFrom", integer(request.fromYear()), "yearTo",
                    integer(request.toYear()), "candidates", SearchRequest.MAX_RESULTS)
            .query(CANDIDATE)
            .list());
    }

    /** The lexeme of a tsquery that is one quoted lexeme and nothing else ({@code 'fatigu'}), else null. */
    static String singleLexeme(String tsquery) {
        List<String> lexemes = TsqueryText.lexemes(tsquery);
        if (lexemes.size() != 1) {
            return null;
        }
        String lexeme = lexemes.get(0);
        return tsquery.equals("'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'") ? lexeme : null;
    }

    /** For words that found nothing: names of drugs and conditions that look alike, best first. */
    List<Correction> corrections(List<QueryInterpreter.Gram> grams) {
        return this.statements.prepare(CORRECTIONS_SQL, "grams", this.statements.json(grams))
            .query((rs, row) -> new Correction(rs.getInt("first_word"), rs.getInt("last_word"), rs.getString("name"),
                    rs.getDouble("similarity")))
            .list();
    }

    /** Drugs and conditions whose name, alias or synonym is or starts with the text. */
    List<Interpretation.NamedRecord> suggestions(String text, int limit) {
        return this.statements.prepare(SUGGESTIONS_SQL, "text", text, "limit", limit)
            .query((rs, row) -> new Interpretation.NamedRecord(SearchKind.valueOf(rs.getString("kind")),
                    rs.getLong("record_id"), rs.getString("slug"), rs.getString("name")))
            .list();
    }

    /** The facet of linked records: their slugs and names, most often first, then by name. */
    private static List<FacetValue> named(List<Candidates.Count> counts, SearchKind kind,
            Map<Key, NamedRecord> names) {
        List<FacetValue> values = new ArrayList<>();
        for (Candidates.Count count : counts) {
            NamedRecord record = names.get(new Key(kind, count.id()));
            if (record != null) {
                values.add(new FacetValue(record.slug(), record.name(), count.n()));
            }
        }
        values.sort(Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::label));
        return List.copyOf(values);
    }

    /** Scores as the JSON shows them: six decimals, as PostgreSQL's round(numeric, 6) wrote them. */
    private static double rounded(double score) {
        return BigDecimal.valueOf(score).setScale(6, RoundingMode.HALF_UP).doubleValue();
    }

    private static long[] ids(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        long[] ids = new long[values.length];
        for (int k = 0; k < values.length; k++) {
            ids[k] = ((Number) values[k]).longValue();
        }
        return ids;
    }

    /** Any text values as a PostgreSQL array literal: each element quoted, quotes and backslashes escaped. */
    static String textArray(List<String> values) {
        return values.stream()
            .map((value) -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
            .collect(Collectors.joining(",", "{", "}"));
    }

    /** Values known to need no quoting (names of enum constants, numbers) as a PostgreSQL array literal. */
    private static String arrayLiteral(Stream<String> values) {
        return values.collect(Collectors.joining(",", "{", "}"));
    }

    /** A record of a search's: what page.sql's rows are looked up by. */
    private record Key(SearchKind kind, long id) {
    }

    /** What a hit shows beyond its candidate's columns. */
    private record Shown(String slug, String title, String text, boolean cut, boolean retracted) {
    }

    record Page(int matched, boolean more, List<Hit> hits, Facets facets) {
    }

    /** A run of words (counted from 1) and a name it may have been meant to be. */
    record Correction(int first, int last, String name, double similarity) {
    }

}
