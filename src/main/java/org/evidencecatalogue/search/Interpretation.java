package org.evidencecatalogue.search;

import java.util.List;

/**
 * How a search's text and filters were read: the tsquery that runs (words and filters), the words' part alone
 * (null when there are no words), and each run of words that named a drug or condition and so also finds the
 * records linked to it ({@code expansions}, empty for an exact search).
 *
 * @param query the whole tsquery, null when there is nothing to search for
 * @param textQuery the words' part, null when only filters are set
 * @param expansions names recognised in the text
 * @param condition the condition filter's record, or null
 * @param drug the drug filter's record, or null
 * @param suggestions drugs and conditions whose name, alias or synonym is or starts with the text, best first
 *        (only when asked for)
 */
public record Interpretation(String query, String textQuery, List<Expansion> expansions, NamedRecord condition,
        NamedRecord drug, List<NamedRecord> suggestions) {

    /** The expansions whose words are another name than the record's own, worth telling the reader about. */
    public List<Expansion> otherNames() {
        return this.expansions.stream()
            .filter((expansion) -> !expansion.words().equalsIgnoreCase(expansion.record().name()))
            .toList();
    }

    /** Words of the query that are a name, alias or synonym of a record. */
    public record Expansion(String words, NamedRecord record) {
    }

    /** A drug or condition, with the name its page shows. */
    public record NamedRecord(SearchKind kind, long id, String slug, String name) {

        public String path() {
            return this.kind.path(this.slug);
        }

        String lexeme() {
            return ((this.kind == SearchKind.DRUG) ? "d:" : "c:") + this.id;
        }

    }

}
