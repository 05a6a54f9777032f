package org.evidencecatalogue.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.evidencecatalogue.search.SearchResults.Facets;
import org.evidencecatalogue.search.SearchResults.FacetValue;
import org.evidencecatalogue.search.SearchResults.Hit;
import org.evidencecatalogue.study.Design;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Repository;

/** Runs the statements in {@code search/*.sql}. */
@Repository
class SearchRepository {

    static final int FACET_SIZE = 12;

    private final SearchStatements statements;

    private final JsonMapper json;

    private final String relevanceSql;

    private final String newestSql;

    private final String correctionsSql;

    private final String suggestionsSql;

    SearchRepository(SearchStatements statements, JsonMapper json) {
        this.statements = statements;
        this.json = json;
        String results = SqlResources.read("search/results.sql");
        // Relevance ranks by titles and names (title_document, small and inline; db/migration/V16's search_rank)
        // while reading the candidates, in whatever order the plan reads them, unless a lexeme's postings give them
        // best first. Newest first needs no rank, which would otherwise be computed for every match before the
        // sort by year.
        this.relevanceSql = results.replace("/*order*/", "")
            .replace("/*score*/", "search_rank(d.kind, d.title_document, cast(:textQuery as tsquery))")
            .replace("/*rank*/", "order by c.score desc, c.year desc nulls last, c.kind, c.record_id");
        this.newestSql = results.replace("/*order*/", "order by d.year desc nulls last, d.kind, d.record_id")
            .replace("/*score*/", "0::real")
            .replace("/*rank*/", "order by c.year desc nulls last, c.kind, c.record_id");
        this.correctionsSql = SqlResources.read("search/corrections.sql");
        this.suggestionsSql = SqlResources.read("search/suggestions.sql");
    }

    /** The search tables' generation now (db/migration/V14): it grows with every change to what search finds. */
    long generation() {
        return this.statements.prepare("select value from search_generation").query(Long.class).single();
    }

    Page find(Interpretation interpretation, SearchRequest request) {
        boolean newest = request.newestFirst() || interpretation.textQuery() == null;
        // One lexeme and nothing else (no filter lexemes, no years): its postings may hold the best candidates.
        String lexeme = (newest || !interpretation.textQuery().equals(interpretation.query())
                || request.fromYear() != null || request.toYear() != null) ? null
                        : singleLexeme(interpretation.textQuery());
        return this.statements
            .prepareForValues(newest ? this.newestSql : this.relevanceSql, "query", interpretation.query(),
                    "textQuery", SearchStatements.text(interpretation.textQuery()), "lexeme",
                    SearchStatements.text(lexeme), "yearFrom", SearchStatements.integer(request.fromYear()), "yearTo",
                    SearchStatements.integer(request.toYear()), "candidates", SearchRequest.MAX_RESULTS, "pageSize", SearchRequest.PAGE_SIZE,
                    "offset", (request.page() - 1) * SearchRequest.PAGE_SIZE, "facetSize", FACET_SIZE)
            .query((rs, row) -> {
                int matched = rs.getInt("matched");
                Highlighter highlighter = Highlighter.forQuery(interpretation.textQuery());
                List<Hit> hits = new ArrayList<>();
                for (JsonNode hit : this.json.readTree(rs.getString("hits"))) {
                    hits.add(hit(hit, highlighter));
                }
                Facets facets = new Facets(values(rs.getString("kinds"), "kind"),
                        values(rs.getString("designs"), "design"), values(rs.getString("pem"), "pem"),
                        values(rs.getString("decades"), "decade"), named(rs.getString("conditions")),
                        named(rs.getString("drugs")));
                return new Page(Math.min(matched, SearchRequest.MAX_RESULTS), matched > SearchRequest.MAX_RESULTS,
                        List.copyOf(hits), facets);
            })
            .single();
    }

    /** The lexeme of a tsquery that is one quoted lexeme and nothing else ({@code 'fatigu'}), else null. */
    static String singleLexeme(String tsquery) {
        Set<String> lexemes = Highlighter.lexemes(tsquery);
        if (lexemes.size() != 1) {
            return null;
        }
        String lexeme = lexemes.iterator().next();
        return tsquery.equals("'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'") ? lexeme : null;
    }

    /** For words that found nothing: names of drugs and conditions that look alike, best first. */
    List<Correction> corrections(List<QueryInterpreter.Gram> grams) {
        return this.statements.prepare(this.correctionsSql, "grams", this.statements.json(grams))
            .query((rs, row) -> new Correction(rs.getInt("first_word"), rs.getInt("last_word"), rs.getString("name"),
                    rs.getDouble("similarity")))
            .list();
    }

    /** Drugs and conditions whose name, alias or synonym is or starts with the text. */
    List<Interpretation.NamedRecord> suggestions(String text, int limit) {
        return this.statements.prepare(this.suggestionsSql, "text", text, "limit", limit)
            .query((rs, row) -> new Interpretation.NamedRecord(SearchKind.valueOf(rs.getString("kind")),
                    rs.getLong("record_id"), rs.getString("slug"), rs.getString("name")))
            .list();
    }

    private Hit hit(JsonNode hit, Highlighter highlighter) {
        SearchKind kind = SearchKind.valueOf(hit.get("kind").asString());
        String slug = hit.get("slug").asString();
        JsonNode year = hit.get("year");
        JsonNode design = hit.get("design");
        JsonNode pem = hit.get("pem");
        return new Hit(kind, slug, kind.path(slug), highlighter.title(hit.get("title").asString()),
                highlighter.snippet(hit.get("text").asString(), hit.get("cut").asBoolean()), year.isNull() ? null : year.asInt(),
                design.isNull() ? null : Design.valueOf(design.asString()), pem.isNull() ? null : pem.asBoolean(),
                hit.get("retracted").asBoolean(), hit.get("score").asDouble());
    }

    private List<FacetValue> values(String array, String facet) {
        List<FacetValue> values = new ArrayList<>();
        for (JsonNode value : this.json.readTree(array)) {
            String key = value.get(0).asString();
            String label = switch (facet) {
                case "design" -> Design.valueOf(key).label();
                case "decade" -> key + "s";
                default -> key;
            };
            String parameter = switch (facet) {
                case "design" -> key;
                case "kind" -> key.toLowerCase(Locale.ROOT);
                default -> key;
            };
            values.add(new FacetValue(parameter, label, value.get(1).asInt()));
        }
        return List.copyOf(values);
    }

    private List<FacetValue> named(String array) {
        List<FacetValue> values = new ArrayList<>();
        for (JsonNode value : this.json.readTree(array)) {
            values.add(new FacetValue(value.get(0).asString(), value.get(1).asString(), value.get(2).asInt()));
        }
        return List.copyOf(values);
    }

    record Page(int matched, boolean more, List<Hit> hits, Facets facets) {
    }

    /** A run of words (counted from 1) and a name it may have been meant to be. */
    record Correction(int first, int last, String name, double similarity) {
    }

}
