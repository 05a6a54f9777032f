package org.evidencecatalogue.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.evidencecatalogue.search.Interpretation.Expansion;
import org.evidencecatalogue.search.Interpretation.NamedRecord;

import org.springframework.stereotype.Component;

/**
 * Turns typed text and filters into a tsquery. Words are split at white space; text in double quotes is a
 * phrase. Each word is read by PostgreSQL's {@code catalogue} configuration (stemming, stop words), so no typed
 * character reaches the tsquery syntax. Unless the search is exact, the longest runs of words that are a drug's
 * or condition's name, alias or synonym (data in {@code search_name}) also match every record linked to that
 * drug or condition, through the filter lexemes of {@code search_document}; a condition's lexeme is on its
 * descendants' records too.
 */
@Component
class QueryInterpreter {

    /** Words beyond this many are not read; with at most 500 characters this is seldom reached. */
    static final int MAX_WORDS = 32;

    /** The longest name, in words, that is looked for. */
    static final int MAX_NAME_WORDS = 6;

    private final SearchStatements statements;

    private final String interpretSql;

    QueryInterpreter(SearchStatements statements) {
        this.statements = statements;
        this.interpretSql = SqlResources.read("search/interpret.sql")
            .replace("/*suggestions*/", SqlResources.read("search/suggestions.sql"));
    }

    /** Reads the request's text and filters; with {@code suggestions} > 0 also names to go to (page one). */
    Interpretation interpret(SearchRequest request, int suggestions) {
        List<Word> words = split(request.text());
        List<Gram> grams = request.exact() ? List.of() : grams(words);
        Map<Integer, String> fragments = new HashMap<>();
        Map<Gram, String> phrases = new HashMap<>();
        List<NameRow> nameRows = new ArrayList<>();
        Map<String, String> nameQueries = new HashMap<>();
        NamedRecord[] filters = new NamedRecord[2];
        Map<Integer, NamedRecord> suggested = new TreeMap<>();
        if (!words.isEmpty() || request.condition() != null || request.drug() != null) {
            this.statements
                .prepare(this.interpretSql, "words", this.statements.json(words.stream().map(Word::text).toList()),
                        "grams", this.statements.json(grams), "phrases", this.statements.json(phrases(words)),
                        "conditionSlug", SearchStatements.text(request.condition()),
                        "drugSlug", SearchStatements.text(request.drug()), "text", request.text(), "limit", suggestions)
                .query((rs) -> {
                    String rowKind = rs.getString("row_kind");
                    switch (rowKind) {
                        case "word" -> fragments.put(rs.getInt("first_word") - 1, rs.getString("value"));
                        case "name" -> {
                            NamedRecord named = record(rs.getString("record_kind"), rs.getLong("record_id"),
                                    rs.getString("slug"), rs.getString("name"));
                            Gram gram = new Gram(rs.getInt("first_word"), rs.getInt("last_word"), null);
                            nameRows.add(new NameRow(gram, rs.getString("value"), named));
                            nameQueries.put(named.lexeme(), rs.getString("name_query"));
                            phrases.put(gram, rs.getString("phrase"));
                        }
                        case "phrase" -> phrases.put(new Gram(rs.getInt("first_word"), rs.getInt("last_word"), null),
                                rs.getString("phrase"));
                        case "condition" -> filters[0] = record("CONDITION", rs.getLong("record_id"),
                                rs.getString("slug"), rs.getString("name"));
                        case "drug" -> filters[1] = record("DRUG", rs.getLong("record_id"), rs.getString("slug"),
                                rs.getString("name"));
                        case "suggestion" -> suggested.put(rs.getInt("first_word"), record(rs.getString("record_kind"),
                                rs.getLong("record_id"), rs.getString("slug"), rs.getString("name")));
                        default -> throw new IllegalStateException(rowKind);
                    }
                });
        }
        Map<Gram, List<NamedRecord>> names = new LinkedHashMap<>();
        for (NameRow row : nameRows) {
            if (recognised(row, words, fragments)) {
                names.computeIfAbsent(row.gram(), (g) -> new ArrayList<>()).add(row.record());
            }
        }
        return build(request, words, fragments, phrases, names, nameQueries, filters[0], filters[1],
                List.copyOf(suggested.values()));
    }

    /**
     * Whether a run of words that is a name counts as that name. A single word that the text search reads as a
     * stop word ("of", "as", "all") is a name only when its letters and digits are typed as the name writes
     * them, capitals included, whatever punctuation is around them ("ALL", "(ALL)"): "ALL" is acute lymphoblastic
     * leukaemia, "quality of life" is not about a condition abbreviated OF.
     */
    private static boolean recognised(NameRow row, List<Word> words, Map<Integer, String> fragments) {
        if (row.gram().first() != row.gram().last()) {
            return true;
        }
        int index = row.gram().first() - 1;
        String fragment = fragments.get(index);
        return (fragment != null && !fragment.isBlank())
                || lettersAndDigits(words.get(index).text()).equals(lettersAndDigits(row.name()));
    }

    private static String lettersAndDigits(String text) {
        return text.codePoints()
            .filter(Character::isLetterOrDigit)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    }

    private static NamedRecord record(String kind, long id, String slug, String name) {
        return new NamedRecord(SearchKind.valueOf(kind), id, slug, name);
    }

    private static Interpretation build(SearchRequest request, List<Word> words, Map<Integer, String> fragments,
            Map<Gram, String> phrases, Map<Gram, List<NamedRecord>> names, Map<String, String> nameQueries,
            NamedRecord condition, NamedRecord drug, List<NamedRecord> suggestions) {
        List<String> units = new ArrayList<>();
        List<Expansion> expansions = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Word word = words.get(i);
            int last = (word.phrase() >= 0) ? lastOfPhrase(words, i) : i;
            List<NamedRecord> named = List.of();
            if (!request.exact()) {
                int longest = (word.phrase() >= 0) ? last : Math.min(words.size() - 1, i + MAX_NAME_WORDS - 1);
                for (int end = longest; end >= last; end--) {
                    List<NamedRecord> found = names.get(new Gram(i + 1, end + 1, null));
                    if (found != null && (word.phrase() >= 0 || sameRun(words, i, end))) {
                        named = found;
                        last = end;
                        break;
                    }
                }
            }
            String phrase = grouped((i == last) ? fragments.get(i) : phrases.get(new Gram(i + 1, last + 1, null)));
            Set<String> alternatives = new LinkedHashSet<>();
            if (phrase != null) {
                alternatives.add(phrase);
            }
            // A recognised name also finds the record's own name in text, and every record linked to it.
            for (NamedRecord record : named) {
                String nameQuery = nameQueries.get(record.lexeme());
                if (nameQuery != null && !nameQuery.isBlank()) {
                    alternatives.add(nameQuery.contains(" ") ? "( " + nameQuery + " )" : nameQuery);
                }
                alternatives.add(quote(record.lexeme()));
            }
            if (!named.isEmpty()) {
                String typed = String.join(" ", words.subList(i, last + 1).stream().map(Word::text).toList());
                named.stream()
                    .collect(java.util.stream.Collectors.toMap(NamedRecord::lexeme, (r) -> r, (a, b) -> a,
                            LinkedHashMap::new))
                    .values()
                    .forEach((record) -> expansions.add(new Expansion(typed, record)));
            }
            if (!alternatives.isEmpty()) {
                units.add((alternatives.size() == 1) ? alternatives.iterator().next()
                        : "( " + String.join(" | ", alternatives) + " )");
            }
            i = last + 1;
        }
        String textQuery = units.isEmpty() ? null : String.join(" & ", units);
        List<String> filters = new ArrayList<>();
        if (request.kind() != null) {
            filters.add(quote(request.kind().lexeme()));
        }
        if (condition != null) {
            filters.add(quote(condition.lexeme()));
        }
        if (drug != null) {
            filters.add(quote(drug.lexeme()));
        }
        if (request.design() != null) {
            filters.add(quote("g:" + request.design().name().toLowerCase(Locale.ROOT)));
        }
        if (request.pemRequired() != null) {
            filters.add(quote(request.pemRequired() ? "p:yes" : "p:no"));
        }
        List<String> all = new ArrayList<>();
        if (textQuery != null) {
            all.add((units.size() > 1 && !filters.isEmpty()) ? "( " + textQuery + " )" : textQuery);
        }
        all.addAll(filters);
        if (all.isEmpty() && (request.fromYear() != null || request.toYear() != null)) {
            // Only a year range: every kind of record that has a year.
            all.add("( " + quote(SearchKind.STUDY.lexeme()) + " | " + quote(SearchKind.DISCUSSION.lexeme()) + " )");
        }
        String query = all.isEmpty() ? null : String.join(" & ", all);
        return new Interpretation(query, textQuery, List.copyOf(expansions), condition, drug, suggestions);
    }

    /**
     * A word's or a phrase's tsquery as one unit of the search's: in parentheses when it has several lexemes, null
     * when it has none (stop words only).
     */
    private static String grouped(String tsquery) {
        if (tsquery == null || tsquery.isBlank()) {
            return null;
        }
        return tsquery.contains(" ") ? "( " + tsquery + " )" : tsquery;
    }

    private static String quote(String lexeme) {
        return "'" + lexeme.replace("'", "''") + "'";
    }

    private static int lastOfPhrase(List<Word> words, int first) {
        int last = first;
        while (last + 1 < words.size() && words.get(last + 1).phrase() == words.get(first).phrase()) {
            last++;
        }
        return last;
    }

    /** Whether words first..last are all outside quotes (names are not looked for across a quote). */
    private static boolean sameRun(List<Word> words, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (words.get(k).phrase() >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The text's words; words inside a pair of double quotes share a phrase number, others have -1. */
    static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        String normalized = text.replace('“', '"').replace('”', '"').replace('„', '"');
        boolean quoted = false;
        int phrase = -1;
        int phrases = 0;
        StringBuilder current = new StringBuilder();
        for (int k = 0; k < normalized.length() && words.size() < MAX_WORDS; k++) {
            char c = normalized.charAt(k);
            if (c == '"' || Character.isWhitespace(c)) {
                if (!current.isEmpty()) {
                    words.add(new Word(current.toString(), quoted ? phrase : -1));
                    current.setLength(0);
                }
                if (c == '"') {
                    quoted = !quoted;
                    phrase = quoted ? phrases++ : -1;
                }
            }
            else {
                current.append(c);
            }
        }
        if (!current.isEmpty() && words.size() < MAX_WORDS) {
            words.add(new Word(current.toString(), quoted ? phrase : -1));
        }
        return words;
    }

    /** Every quoted phrase of more than one word, whole. */
    static List<Gram> phrases(List<Word> words) {
        List<Gram> phrases = new ArrayList<>();
        for (int first = 0; first < words.size(); first++) {
            if (words.get(first).phrase() >= 0) {
                int last = lastOfPhrase(words, first);
                if (last > first) {
                    phrases.add(new Gram(first + 1, last + 1, text(words, first, last)));
                }
                first = last;
            }
        }
        return phrases;
    }

    /** Every run of up to {@link #MAX_NAME_WORDS} unquoted words, and every quoted phrase whole. */
    static List<Gram> grams(List<Word> words) {
        List<Gram> grams = new ArrayList<>();
        for (int first = 0; first < words.size(); first++) {
            Word word = words.get(first);
            if (word.phrase() >= 0) {
                if (first == 0 || words.get(first - 1).phrase() != word.phrase()) {
                    int last = lastOfPhrase(words, first);
                    grams.add(new Gram(first + 1, last + 1, text(words, first, last)));
                }
                continue;
            }
            for (int last = first; last < words.size() && last < first + MAX_NAME_WORDS; last++) {
                if (words.get(last).phrase() >= 0) {
                    break;
                }
                grams.add(new Gram(first + 1, last + 1, text(words, first, last)));
            }
        }
        return grams;
    }

    private static String text(List<Word> words, int first, int last) {
        return String.join(" ", words.subList(first, last + 1).stream().map(Word::text).toList());
    }

    /** A run of words found among the names: the name as written, and its record. */
    private record NameRow(Gram gram, String name, NamedRecord record) {
    }

    /** A typed word and the phrase it is in (-1: none). */
    record Word(String text, int phrase) {
    }

    /** Words first..last (counted from 1) and their text; equality ignores the text. */
    record Gram(int first, int last, String text) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Gram gram && gram.first == this.first && gram.last == this.last;
        }

        @Override
        public int hashCode() {
            return 31 * this.first + this.last;
        }

    }

}
