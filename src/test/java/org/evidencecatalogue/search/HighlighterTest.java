package org.evidencecatalogue.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.evidencecatalogue.search.SearchResults.Segment;
import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Which words a hit marks, and the snippet it shows, against what PostgreSQL reads in the same text. */
@CatalogueApplicationTest
class HighlighterTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyWordOfTheSeededRecordsReadsAsPostgresqlReadsIt() {
        // Each distinct word PostgreSQL's parser finds in the search documents' titles and texts, with the lexeme
        // the catalogue's configuration gives it; stop words (no lexeme) never match and are left out.
        List<Map.Entry<String, String>> words = this.jdbc.sql("""
                select distinct t.token, t.lexemes[1] as lexeme
                  from search_document d,
                       ts_debug('catalogue', d.title || ' ' || d.body) t
                 where t.alias in ('asciiword', 'word', 'numword', 'uint') and cardinality(t.lexemes) = 1
                """)
            .query((rs, row) -> Map.entry(rs.getString("token"), rs.getString("lexeme")))
            .list();
        assertThat(words).as("words of the seeded documents").hasSizeGreaterThan(500);
        Highlighter highlighter = Highlighter.forQuery(null);
        Map<String, String> different = new TreeMap<>();
        for (Map.Entry<String, String> word : words) {
            String key = highlighter.key(word.getKey());
            if (!word.getValue().toLowerCase(Locale.ROOT).equals(key)) {
                different.put(word.getKey(), word.getValue() + " ≠ " + key);
            }
        }
        assertThat(different).as("words read otherwise than PostgreSQL reads them").isEmpty();
    }

    @Test
    void aSearchsWordsAreMarkedWhereverTheyStandInATitle() {
        String tsquery = tsquery("anakinra chronic fatigue");
        Highlighter highlighter = Highlighter.forQuery(tsquery);
        assertThat(marked(highlighter.title("Anakinra for Myalgic Encephalomyelitis/Chronic Fatigue Syndrome")))
            .containsExactly("Anakinra", "Chronic", "Fatigue");
        assertThat(text(highlighter.title("Anakinra for Myalgic Encephalomyelitis/Chronic Fatigue Syndrome")))
            .isEqualTo("Anakinra for Myalgic Encephalomyelitis/Chronic Fatigue Syndrome");
        // Stemmed as documents are: "fatigued" and "fatiguing" read as "fatigu", "chronically" as "chronic".
        assertThat(marked(highlighter.title("Fatigued, fatiguing: <b>chronically</b> tired")))
            .containsExactly("Fatigued", "fatiguing", "chronically");
    }

    @Test
    void oneHighlighterMarksTheSameWordsOnEveryHitOfAPage() {
        // A page's hits share one highlighter, which remembers each word's stem: a word read for one hit (stemmed
        // or ruled out) reads the same way for the next, whatever its case, and lexemes sharing a first letter
        // ("fatigu", "fever") are each still found.
        String tsquery = tsquery("fatigue fever anakinra");
        Highlighter page = Highlighter.forQuery(tsquery);
        List<String> titles = List.of("Fatigue and fever after anakinra", "FATIGUE, Fever, fatigued: a few facts",
                "Fevers and fatiguing days; anakinra again", "Fatigue and fever after anakinra");
        List<List<String>> marked = new ArrayList<>();
        for (String title : titles) {
            marked.add(marked(page.title(title)));
        }
        assertThat(marked).containsExactly(List.of("Fatigue", "fever", "anakinra"),
                List.of("FATIGUE", "Fever", "fatigued"), List.of("Fevers", "fatiguing", "anakinra"),
                List.of("Fatigue", "fever", "anakinra"));
        for (String title : titles) {
            assertThat(marked(page.title(title))).as(title)
                .isEqualTo(marked(Highlighter.forQuery(tsquery).title(title)));
        }
    }

    @Test
    void punctuationAroundAWordStaysInTheTitleAndTheSnippet() {
        Highlighter highlighter = Highlighter.forQuery("'anakinra'");
        assertThat(text(highlighter.title("Does anakinra help? (A “pilot” study.)")))
            .isEqualTo("Does anakinra help? (A “pilot” study.)");
        assertThat(text(highlighter.title("(Anakinra)"))).isEqualTo("(Anakinra)");
        assertThat(marked(highlighter.title("(Anakinra)"))).containsExactly("Anakinra");
        assertThat(text(highlighter.title("—"))).isEqualTo("—");
        assertThat(text(highlighter.snippet("  “Anakinra”, said one.  "))).isEqualTo("“Anakinra”, said one.");
        assertThat(text(highlighter.snippet(" … "))).isEqualTo("…");
        // The first 1,200 characters of a longer text: the word cut short is left out, and an ellipsis says more
        // follows.
        assertThat(text(highlighter.snippet("Anakinra was well tolera", true))).isEqualTo("Anakinra was well …");
        assertThat(text(highlighter.snippet("Anakinra was well tolerated.", false)))
            .isEqualTo("Anakinra was well tolerated.");
    }

    @Test
    void lexemesAreReadFromPostgresqlsTsqueryText() {
        assertThat(Highlighter.lexemes("'qualiti' <-> 'life' & ( 'anakinra' | 'kineret' ) & 'd:25'"))
            .containsExactlyInAnyOrder("qualiti", "life", "anakinra", "kineret", "d:25");
        assertThat(Highlighter.lexemes("'o''brien' & 'back\\\\slash':*")).containsExactlyInAnyOrder("o'brien",
                "back\\slash");
        assertThat(Highlighter.lexemes("")).isEmpty();
    }

    @Test
    void accentsAndDigitsReadAsTheConfigurationReadsThem() {
        Highlighter highlighter = Highlighter.forQuery("'muller' & 'il6' & '2017'");
        assertThat(marked(highlighter.title("Müller, IL6 and 2017 or 20170"))).containsExactly("Müller", "IL6", "2017");
    }

    @Test
    void aSnippetShowsTheFragmentsWithTheMostDifferentMatchedWords() {
        Highlighter highlighter = Highlighter.forQuery("'fatigu' & 'sleep'");
        String text = "Patients reported fatigue at baseline. " + filler(40) + " Sleep and fatigue both improved. "
                + filler(40) + " Fatigue again.";
        List<Segment> snippet = highlighter.snippet(text);
        assertThat(text(snippet)).isEqualTo("Patients reported fatigue at baseline. w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12"
                + " w13 w14 w15 w16 w17 w18 w19 … w35 w36 w37 w38 w39 w40 Sleep and fatigue both improved. w1 w2 w3"
                + " w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 …");
        assertThat(marked(snippet)).containsExactly("fatigue", "Sleep", "fatigue");
    }

    @Test
    void aSnippetWithoutMatchedWordsIsTheTextsBeginning() {
        List<Segment> snippet = Highlighter.forQuery("'anakinra'").snippet("  " + filler(50));
        assertThat(text(snippet)).isEqualTo(filler(30) + " …");
        assertThat(marked(snippet)).isEmpty();
        assertThat(Highlighter.forQuery(null).snippet("")).isEmpty();
        assertThat(text(Highlighter.forQuery(null).snippet(filler(30) + "."))).isEqualTo(filler(30) + ".");
        // A fragment that starts after the text's beginning says so.
        assertThat(text(Highlighter.forQuery("'anakinra'").snippet(filler(10) + " anakinra works.")))
            .isEqualTo("… w5 w6 w7 w8 w9 w10 anakinra works.");
        assertThat(text(Highlighter.forQuery(null).snippet("<script>x</script> & more"))).isEqualTo("<script>x</script> & more");
    }

    private static String filler(int words) {
        List<String> filler = new ArrayList<>();
        for (int k = 1; k <= words; k++) {
            filler.add("w" + k);
        }
        return String.join(" ", filler);
    }

    /** The tsquery the catalogue's text search configuration makes of the words. */
    private String tsquery(String words) {
        return this.jdbc.sql("select plainto_tsquery('catalogue', :words)::text")
            .param("words", words)
            .query(String.class)
            .single();
    }

    private static List<String> marked(List<Segment> segments) {
        return segments.stream().filter(Segment::match).map(Segment::text).toList();
    }

    private static String text(List<Segment> segments) {
        return String.join("", segments.stream().map(Segment::text).toList());
    }

}
