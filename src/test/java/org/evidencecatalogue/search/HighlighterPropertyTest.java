package org.evidencecatalogue.search;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.evidencecatalogue.search.SearchResults.Segment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a record's text holds (any script, emoji, lone surrogates, control characters, markup, punctuation
 * around words), a hit shows it as written: the title whole, the snippet as pieces of the text itself.
 */
class HighlighterPropertyTest {

    static final String LEXEMES = "'anakinra' & 'fatigu' & 'chronic' & 'cfs' & '2017' & 'merida'";

    static final List<String> DELIMITERS = List.of(Highlighter.FRAGMENT_DELIMITER, Highlighter.LEADING_ELLIPSIS,
            Highlighter.TRAILING_ELLIPSIS);

    @Property(tries = 300)
    void aTitleIsShownWholeAndAsWritten(@ForAll("recordText") String title) {
        List<Segment> segments = Highlighter.forQuery(LEXEMES).title(title);
        assertThat(text(segments)).isEqualTo(title);
        assertMatchesAreLexemes(segments);
    }

    @Property(tries = 300)
    void aSnippetIsMadeOfPiecesOfTheText(@ForAll("recordText") String text, @ForAll boolean cut) {
        List<Segment> segments = Highlighter.forQuery(LEXEMES).snippet(text, cut);
        int from = 0;
        for (Segment segment : segments) {
            String piece = (cut && segment.text().endsWith(Highlighter.TRAILING_ELLIPSIS))
                    ? segment.text().substring(0, segment.text().length() - Highlighter.TRAILING_ELLIPSIS.length())
                    : segment.text();
            if (!segment.match() && (DELIMITERS.contains(segment.text()) || piece.isEmpty())) {
                continue;
            }
            int at = text.indexOf(piece, from);
            assertThat(at).as("«%s» in order in «%s»", piece, text).isGreaterThanOrEqualTo(0);
            from = at + piece.length();
        }
        assertMatchesAreLexemes(segments);
    }

    @Property(tries = 200)
    void aShortTextWithoutMatchesIsItsOwnSnippet(@ForAll("recordText") String text) {
        List<Segment> segments = Highlighter.forQuery(null).snippet(text);
        if (text.codePoints().filter(Character::isLetterOrDigit).count() <= Highlighter.UNMATCHED_WORDS) {
            assertThat(text(segments)).isEqualTo(text.strip());
        }
        assertThat(segments).noneMatch(Segment::match);
    }

    @Provide
    Arbitrary<String> recordText() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(SearchInputSafetyTest.WORDS)),
                Tuple.of(3, Arbitraries.of(" ", " ", "  ", "\n", "\t", ", ", ". ", "(", ")", "“", "”", "'", "-", "/",
                        "<b>", "</b>", "&", "…")),
                Tuple.of(2, Arbitraries.of(SearchInputSafetyTest.SPECIAL_CODE_POINTS)
                    .map((c) -> new String(Character.toChars(c)))),
                Tuple.of(1, Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                    .map((c) -> new String(Character.toChars(c)))),
                Tuple.of(1, Arbitraries.integers().between(Character.MIN_SURROGATE, Character.MAX_SURROGATE)
                    .map((c) -> String.valueOf((char) c.intValue()))));
        return piece.list().ofMaxSize(80).map((pieces) -> String.join("", pieces));
    }

    private static void assertMatchesAreLexemes(List<Segment> segments) {
        Highlighter highlighter = Highlighter.forQuery(LEXEMES);
        for (Segment segment : segments) {
            if (segment.match()) {
                assertThat(Highlighter.lexemes(LEXEMES)).contains(highlighter.key(segment.text()));
            }
        }
    }

    private static String text(List<Segment> segments) {
        return String.join("", segments.stream().map(Segment::text).toList());
    }

}
