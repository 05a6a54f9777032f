package org.evidencecatalogue.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The postings of title lexemes (db/migration/V16): a one-word search with more matches than are ranked gets the
 * best-ranked of all of them, and the postings follow every change to the documents.
 */
@CatalogueApplicationTest
class SearchPostingTest {

    /** More than the candidates a search ranks ({@link SearchRequest#MAX_RESULTS}). */
    static final int EXCERPTS = SearchRequest.MAX_RESULTS + 100;

    /** The last excerpts written, whose thread titles name the word three times instead of once. */
    static final int BEST = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommonWordFindsItsBestTitlesWhereverTheyAre() throws Exception {
        // Written in order, so the best come last: a search that ranked the first thousand matches it read would
        // never reach them.
        writeExcerpts("posting-check", EXCERPTS, """
                case when i > :ordinary then 'Quorvelline, quorvelline and quorvelline again'
                     else 'A thread on quorvelline' end""", "'A post about it.'", "2020-03-01");
        try {
            assertThat(postingsOf("quorvellin")).isEqualTo(EXCERPTS);
            assertThat(postingsMatchDocuments()).isTrue();
            this.mvc.perform(get("/api/v1/search?q=Quorvelline"))
                .andExpect(jsonPath("$.total").value(SearchRequest.MAX_RESULTS))
                .andExpect(jsonPath("$.more").value(true))
                .andExpect(jsonPath("$.hits[0:5].slug").value(contains("posting-check-1096", "posting-check-1097",
                        "posting-check-1098", "posting-check-1099", "posting-check-1100")))
                .andExpect(jsonPath("$.hits[5].slug").value("posting-check-1"))
                .andExpect(jsonPath("$.hits[0].titleParts[*].match").value(hasItem(true)))
                .andExpect(jsonPath("$.facets.kind[*].value").value(contains("discussion")))
                .andExpect(jsonPath("$.facets.kind[*].count").value(contains(SearchRequest.MAX_RESULTS)))
                .andExpect(jsonPath("$.facets.decade[*].value").value(contains("2020")));
            // The second page goes on in the same order: page one held the best five and ordinary 1 to 15.
            this.mvc.perform(get("/api/v1/search?q=quorvelline&page=2"))
                .andExpect(jsonPath("$.hits[0].slug").value("posting-check-" + (SearchRequest.PAGE_SIZE - BEST + 1)));
            // With filters, checked on the postings' own columns, the best come first too.
            this.mvc.perform(get("/api/v1/search?q=quorvelline&kind=discussion&from=2020"))
                .andExpect(jsonPath("$.total").value(SearchRequest.MAX_RESULTS))
                .andExpect(jsonPath("$.more").value(true))
                .andExpect(jsonPath("$.hits[0:5].slug").value(contains("posting-check-1096", "posting-check-1097",
                        "posting-check-1098", "posting-check-1099", "posting-check-1100")))
                .andExpect(jsonPath("$.hits[*].slug").value(everyItem(startsWith("posting-check-"))));
            // A filter that none of them passes: nothing, read from the documents after the postings failed.
            this.mvc.perform(get("/api/v1/search?q=quorvelline&kind=discussion&to=2019"))
                .andExpect(jsonPath("$.total").value(0));
            // Sorted by year, postings (in order of relevance) cannot give the candidates: the documents do.
            this.mvc.perform(get("/api/v1/search?q=quorvelline&sort=newest"))
                .andExpect(jsonPath("$.total").value(SearchRequest.MAX_RESULTS))
                .andExpect(jsonPath("$.hits[*].slug").value(everyItem(startsWith("posting-check-"))));

            // A change to a document changes its postings at once: the best title is now an ordinary one.
            this.jdbc.sql("update discussion_excerpt set thread_title = 'An ordinary quorvelline thread' "
                    + "where slug = 'posting-check-1096'")
                .update();
            assertThat(postingsMatchDocuments()).isTrue();
            this.mvc.perform(get("/api/v1/search?q=quorvelline"))
                .andExpect(jsonPath("$.hits[0:4].slug").value(contains("posting-check-1097", "posting-check-1098",
                        "posting-check-1099", "posting-check-1100")))
                .andExpect(jsonPath("$.hits[*].slug").value(not(hasItem("posting-check-1096"))));
        }
        finally {
            this.jdbc.sql("delete from discussion_excerpt where slug like 'posting-check-%'").update();
        }
        assertThat(postingsOf("quorvellin")).isZero();
        this.mvc.perform(get("/api/v1/search?q=quorvelline&exact=true")).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void everyDocumentIsPostedUnderEachLexemeOfItsTitlesWithTheScoreItRanksBy() {
        assertThat(this.jdbc.sql("select count(*) from search_posting").query(Long.class).single()).isPositive();
        assertThat(postingsMatchDocuments()).isTrue();
        // Anakinra's own record, posted under its name with the score a search for "anakinra" ranks it by.
        Map<String, Object> posting = this.jdbc.sql("""
                select p.score, search_rank(d.kind, d.title_document, cast('''anakinra''' as tsquery)) as rank
                  from search_posting p
                  join search_document d on d.kind = p.kind and d.record_id = p.record_id
                 where p.lexeme = 'anakinra' and p.kind = 'DRUG' and d.slug = 'anakinra'""")
            .query()
            .singleRow();
        assertThat((Double) posting.get("score")).isPositive().isEqualTo(posting.get("rank"));
    }

    @Test
    void aTitleSignatureHasTheBitOfEachLexemeOfTheTitlesChosenByTheLexemesMd5() throws Exception {
        // Signatures are stored and the bits a search wants are worked out when it runs: both must come from the same
        // definition, whatever PostgreSQL's version. A lexeme's bit is the first byte of the MD5 of its UTF-8, mod 64.
        for (String lexeme : List.of("anakinra", "fatigu", "qualiti", "life", "me/cfs", "straße", "日本語", "💊")) {
            byte first = MessageDigest.getInstance("MD5").digest(lexeme.getBytes(StandardCharsets.UTF_8))[0];
            assertThat(bit(lexeme)).as(lexeme).isEqualTo(1L << (first & 63));
        }
        assertThat(this.jdbc.sql("select search_signature(tsvector_to_array(cast(:document as tsvector)))")
            .param("document", "'anakinra':5 'life':3 'qualiti':1")
            .query(Long.class)
            .single()).isEqualTo(bit("anakinra") | bit("life") | bit("qualiti"));
        assertThat(this.jdbc.sql("select search_signature(tsvector_to_array(''::tsvector))").query(Long.class).single())
            .isZero();
    }

    @Test
    void aTitleAndTheDriversOfASearchForItsWordsHaveTheSameBitsWhateverTheirCharacters() {
        // A lexeme read from a title and the same lexeme sent as a driver (in one text[] literal, as driven.sql gets
        // its drivers) must have the same bit, or a search would pass over the postings of titles that match it.
        for (String lexeme : List.of("fatigu", "it's", "a\\b", "\"", "\\", "a,b", "{x}", "a b", "NULL", "名前",
                "x:y", "jalapeño", "💊")) {
            assertThat(this.jdbc.sql("""
                    select search_signature(tsvector_to_array(array_to_tsvector(array[cast(:lexeme as text), 'life'])))
                           = search_signature(cast(:drivers as text[]))""")
                .param("lexeme", lexeme)
                .param("drivers", SearchRepository.textArray(List.of(lexeme, "life")))
                .query(Boolean.class)
                .single()).as(lexeme).isTrue();
        }
    }

    @Test
    void severalCommonWordsFindTheTitlesWithAllOfThemFromTheirPostings() throws Exception {
        // Both words in every title, the last five naming each twice; and as many titles with the second word
        // alone, so that both words have more postings than a search ranks.
        writeExcerpts("driven-check", 2 * EXCERPTS, """
                case when i > :ordinary + :best then 'Zentrapod alone, number ' || i
                     when i > :ordinary then 'Quorvelline and zentrapod, quorvelline and zentrapod again'
                     else 'A thread on quorvelline and zentrapod' end""",
                "case when i % 100 = 0 then 'A post about frobnicants.' else 'A post about it.' end", "2021-06-01");
        try {
            this.mvc.perform(get("/api/v1/search?q=quorvelline zentrapod"))
                .andExpect(jsonPath("$.total").value(SearchRequest.MAX_RESULTS))
                .andExpect(jsonPath("$.more").value(true))
                .andExpect(jsonPath("$.hits[0:5].slug").value(contains("driven-check-1096", "driven-check-1097",
                        "driven-check-1098", "driven-check-1099", "driven-check-1100")))
                .andExpect(jsonPath("$.hits[0].titleParts[*].match").value(hasItem(true)));
            // A phrase requires its words too, in their order.
            this.mvc.perform(get("/api/v1/search?q=\"quorvelline and zentrapod\""))
                .andExpect(jsonPath("$.total").value(SearchRequest.MAX_RESULTS))
                .andExpect(jsonPath("$.hits[0:5].slug").value(contains("driven-check-1096", "driven-check-1097",
                        "driven-check-1098", "driven-check-1099", "driven-check-1100")));
            this.mvc.perform(get("/api/v1/search?q=\"zentrapod and quorvelline\""))
                .andExpect(jsonPath("$.total").value(0));
            // A common word with one that is only in the text of a few (every hundredth of both kinds of thread):
            // no title has both, so the postings cannot give the candidates, and the documents give every match.
            this.mvc.perform(get("/api/v1/search?q=zentrapod frobnicants"))
                .andExpect(jsonPath("$.total").value(2 * EXCERPTS / 100))
                .andExpect(jsonPath("$.more").value(false))
                .andExpect(jsonPath("$.hits[*].slug").value(everyItem(startsWith("driven-check-"))));
        }
        finally {
            this.jdbc.sql("delete from discussion_excerpt where slug like 'driven-check-%'").update();
        }
    }

    @Test
    void aConditionFilterOnPostingsIncludesTheConditionsDescendants() throws Exception {
        // About MAS, which is a kind of secondary HLH (db/migration/V5).
        writeExcerpts("family-check", EXCERPTS, """
                case when i > :ordinary then 'Quorvelline, quorvelline and quorvelline again'
                     else 'A thread on quorvelline' end""", "'A post about it.'", "2022-02-01");
        this.jdbc.sql("""
                insert into discussion_condition (excerpt_id, condition_id)
                select e.id, c.id from discussion_excerpt e, condition c
                 where e.slug like 'family-check-%' and c.slug = 'mas'""").update();
        try {
            for (String condition : List.of("mas", "secondary-hlh")) {
                this.mvc.perform(get("/api/v1/search?q=quorvelline&condition=" + condition))
                    .andExpect(jsonPath("$.total").value(SearchRequest.MAX_RESULTS))
                    .andExpect(jsonPath("$.more").value(true))
                    .andExpect(jsonPath("$.hits[0:5].slug").value(contains("family-check-1096",
                            "family-check-1097", "family-check-1098", "family-check-1099", "family-check-1100")));
            }
            // Not about ALS, nor is any other record that names the word.
            this.mvc.perform(get("/api/v1/search?q=quorvelline&condition=als"))
                .andExpect(jsonPath("$.total").value(0));
        }
        finally {
            this.jdbc.sql("delete from discussion_excerpt where slug like 'family-check-%'").update();
        }
    }

    @Test
    void aSnippetEndsInAnEllipsisOnlyWhenTheTextGoesOnPastWhatIsRead() throws Exception {
        // Counted in characters (code points), as PostgreSQL counts them: an emoji is one character of the 1,200,
        // though two of Java's chars. 12 + 1,181 + 7 characters are all read and shown; with one emoji more, the
        // text is read up to "endin", whose cut word is left out, and an ellipsis ends the snippet instead.
        String emoji = "\uD83D\uDE00";
        int read = SearchRepository.SNIPPET_SOURCE_LENGTH;
        String whole = "quorvelline " + emoji.repeat(read - 19) + " ending";
        String longer = "quorvelline " + emoji.repeat(read - 18) + " ending";
        writeExcerpts("snippet-check", 2, "'Snippet check ' || i", "case when i = 1 then :whole else :longer end",
                "2021-05-01", Map.of("whole", whole, "longer", longer));
        try {
            assertThat(whole.codePointCount(0, whole.length())).isEqualTo(read);
            this.mvc.perform(get("/api/v1/search?q=quorvelline"))
                .andExpect(jsonPath("$.hits[?(@.slug == 'snippet-check-1')].snippet").value(contains(whole)))
                .andExpect(jsonPath("$.hits[?(@.slug == 'snippet-check-2')].snippet")
                    .value(contains("quorvelline " + emoji.repeat(read - 18) + Highlighter.TRAILING_ELLIPSIS)));
        }
        finally {
            this.jdbc.sql("delete from discussion_excerpt where slug like 'snippet-check-%'").update();
        }
    }

    @Test
    void aLexemeIsItsOwnQueryWhateverItsCharacters() {
        for (String lexeme : List.of("fatigu", "it's", "a\\b", "'", "\\", "x:y", "a & b", "10.1136", "late-onset",
                "jalapeño", "名前")) {
            assertThat(this.jdbc.sql("""
                    select array_to_tsvector(array[cast(:lexeme as text)]) @@ search_lexeme_query(:lexeme)
                           and numnode(search_lexeme_query(:lexeme)) = 1""")
                .param("lexeme", lexeme)
                .query(Boolean.class)
                .single()).as(lexeme).isTrue();
        }
    }

    @Test
    void driversReachPostgreSqlAsTheyAreWhateverTheirCharacters() {
        // The drivers go to driven.sql as one text[] literal: quotes, backslashes, commas, braces and spaces inside
        // a lexeme must come out as they went in, one element each.
        List<String> drivers = List.of("fatigu", "it's", "a\\b", "\"", "\\", "a,b", "{x}", "a b", "NULL", "",
                "名前", "x:y");
        assertThat(this.jdbc.sql("select unnest(cast(:drivers as text[]))")
            .param("drivers", SearchRepository.textArray(drivers))
            .query(String.class)
            .list()).containsExactlyElementsOf(drivers);
    }

    @Test
    void onlyATsqueryOfOneLexemeAloneReadsThePostings() {
        assertThat(SearchRepository.singleLexeme("'fatigu'")).isEqualTo("fatigu");
        assertThat(SearchRepository.singleLexeme("'it''s'")).isEqualTo("it's");
        assertThat(SearchRepository.singleLexeme("'a\\\\b'")).isEqualTo("a\\b");
        assertThat(SearchRepository.singleLexeme("'qualiti' & 'life'")).isNull();
        assertThat(SearchRepository.singleLexeme("'qualiti' <-> 'life'")).isNull();
        assertThat(SearchRepository.singleLexeme("'anakinra' | 'kineret'")).isNull();
        assertThat(SearchRepository.singleLexeme("!'fatigu'")).isNull();
        assertThat(SearchRepository.singleLexeme("'fatigu':*")).isNull();
        assertThat(SearchRepository.singleLexeme("'fatigu' & 'fatigu'")).isNull();
    }

    /**
     * Writes excerpts {@code slug}-1 to {@code slug}-{@code count} in that order, posted on the date (ISO), with
     * thread titles and texts given as SQL expressions of {@code i}, the excerpt's number, {@code :ordinary}
     * ({@link #EXCERPTS} less {@link #BEST}) and {@code :best}.
     */
    private void writeExcerpts(String slug, int count, String title, String text, String postedOn) {
        writeExcerpts(slug, count, title, text, postedOn, Map.of());
    }

    /** The same, with further text parameters that the expressions may use. */
    private void writeExcerpts(String slug, int count, String title, String text, String postedOn,
            Map<String, String> texts) {
        Long source = this.jdbc.sql("select id from source order by id limit 1").query(Long.class).single();
        JdbcClient.StatementSpec insert = this.jdbc.sql("""
                insert into discussion_excerpt (slug, forum, thread_title, position_in_thread, text, kind, source_id,
                                                posted_on)
                select :slug || '-' || i, 'Test forum', %s, i, %s, 'OPINION', :source, cast(:postedOn as date)
                  from generate_series(1, :count) i""".formatted(title, text))
            .param("slug", slug)
            .param("count", count)
            .param("ordinary", EXCERPTS - BEST)
            .param("best", BEST)
            .param("source", source)
            .param("postedOn", postedOn);
        texts.forEach(insert::param);
        insert.update();
    }

    private long bit(String lexeme) {
        return this.jdbc.sql("select search_lexeme_bit(:lexeme)").param("lexeme", lexeme).query(Long.class).single();
    }

    private long postingsOf(String lexeme) {
        return this.jdbc.sql("select count(*) from search_posting where lexeme = :lexeme")
            .param("lexeme", lexeme)
            .query(Long.class)
            .single();
    }

    /** Whether the postings are exactly each document's title lexemes, with their score and facet columns. */
    private boolean postingsMatchDocuments() {
        return this.jdbc.sql("""
                with expected as (
                    select t.lexeme, search_rank(d.kind, d.title_document, search_lexeme_query(t.lexeme)) as score,
                           d.year, d.kind, d.record_id, d.design, d.pem_required, d.condition_ids, d.drug_ids,
                           search_signature(tsvector_to_array(d.title_document)) as title_signature
                      from search_document d cross join unnest(d.title_document) t),
                posted as (
                    select lexeme, score, year, kind, record_id, design, pem_required, condition_ids, drug_ids,
                           title_signature
                      from search_posting)
                select not exists (select * from expected except all select * from posted)
                   and not exists (select * from posted except all select * from expected)""")
            .query(Boolean.class)
            .single();
    }

}
