package org.evidencecatalogue.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lexemes that every match of a search's words must contain, read from the tsquery the interpreter writes:
 * they choose which postings can drive a search (search/driven.sql).
 */
class RequiredLexemesTest {

    @Test
    void everyWordOfAnAndIsRequired() {
        assertThat(RequiredLexemes.of("'fatigu'")).containsExactly("fatigu");
        assertThat(RequiredLexemes.of("'qualiti' & 'life'")).containsExactly("qualiti", "life");
        assertThat(RequiredLexemes.of("'fatigu' & 'fatigu'")).containsExactly("fatigu");
    }

    @Test
    void aPhraseRequiresAllItsWords() {
        assertThat(RequiredLexemes.of("( 'qualiti' <2> 'life' )")).containsExactly("qualiti", "life");
        assertThat(RequiredLexemes.of("'sleep' & ( 'long-term' <-> 'long' <-> 'term' )")).containsExactly("sleep",
                "long-term", "long", "term");
    }

    @Test
    void alternativesRequireNone() {
        assertThat(RequiredLexemes.of("( 'anakinra' | 'kineret' | 'd:1' )")).isEmpty();
        assertThat(RequiredLexemes.of("'fatigu' & ( 'anakinra' | ( 'il-1ra' <-> 'il' <-> '1ra' ) | 'd:1' )"))
            .containsExactly("fatigu");
    }

    @Test
    void filterLexemesAreNotWordsOfTitles() {
        assertThat(RequiredLexemes.of("'c:3'")).isEmpty();
        assertThat(RequiredLexemes.of("'fatigu' & 'k:study' & 'g:cohort'")).containsExactly("fatigu");
    }

    @Test
    void quotedCharactersAreReadAsTheLexemeHasThem() {
        assertThat(RequiredLexemes.of("'it''s' & 'a\\\\b'")).containsExactly("it's", "a\\b");
        // Operators inside a lexeme are part of it, not of the query.
        assertThat(RequiredLexemes.of("'a & b' & 'c | d' & '( e'")).containsExactly("a & b", "c | d", "( e");
        assertThat(TsqueryText.parts("'a & b' & ( 'c' | 'd' )")).containsExactly("'a & b'", "( 'c' | 'd' )");
    }

}
