package org.evidencecatalogue.search;

import java.util.List;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search on the seeded records: what a reader types, what they get, as a page and as JSON. */
@CatalogueApplicationTest
class SearchTest {

    static final String ROERINK = "/studies/roerink-2017-anakinra-me-cfs";

    static final String MAIER = "/studies/maier-2015-anakinra-als";

    static final String MONTEAGUDO = "/studies/monteagudo-2020-anakinra-mas";

    static final Pattern HIT_LINK = Pattern.compile("class=\"hit-title\"><a href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchStatements statements;

    @Test
    void aBrandNameFindsTheDrugAndEveryStudyOfIt() throws Exception {
        this.mvc.perform(get("/api/v1/search?q=Kineret&kind=study"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.total").value(3))
            .andExpect(jsonPath("$.hits[*].url").value(containsInAnyOrder(ROERINK, MAIER, MONTEAGUDO)))
            .andExpect(jsonPath("$.expansions[0].words").value("Kineret"))
            .andExpect(jsonPath("$.expansions[0].record.slug").value("anakinra"));
        // The drug's own record comes first when all kinds are searched.
        this.mvc.perform(get("/api/v1/search?q=kineret"))
            .andExpect(jsonPath("$.hits[0].url").value("/drugs/anakinra"))
            .andExpect(jsonPath("$.hits[0].kind").value("drug"));
    }

    @Test
    void synonymsWorkBothWays() throws Exception {
        // A synonym or abbreviation finds the condition's studies…
        for (String synonym : List.of("chronic fatigue syndrome", "CFS", "ME/CFS", "myalgic encephalomyelitis")) {
            this.mvc.perform(get("/api/v1/search").param("q", synonym).param("kind", "study"))
                .andExpect(jsonPath("$.hits[*].url").value(contains(ROERINK)));
        }
        this.mvc.perform(get("/api/v1/search").param("q", "motor neurone disease").param("kind", "study"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(MAIER)));
        // …and the name finds records that use only another name: an excerpt that says "Kineret", never "anakinra".
        assertThat(this.jdbc.sql("select text from discussion_excerpt where slug = 'phoenix-rising-anakinra-11-anne-urticaria-question'")
            .query(String.class)
            .single()).containsIgnoringCase("kineret").doesNotContainIgnoringCase("anakinra");
        this.mvc.perform(get("/api/v1/search?q=anakinra&kind=discussion"))
            .andExpect(jsonPath("$.hits[*].slug").value(hasItem("phoenix-rising-anakinra-11-anne-urticaria-question")));
    }

    @Test
    void aParentConditionFindsItsChildrensStudies() throws Exception {
        this.mvc.perform(get("/api/v1/search?q=HLH&kind=study"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(MONTEAGUDO)));
        this.mvc.perform(get("/api/v1/search?q=haemophagocytic+lymphohistiocytosis&kind=condition"))
            .andExpect(jsonPath("$.hits[*].slug").value(containsInAnyOrder("hlh", "secondary-hlh", "mas")));
        this.mvc.perform(get("/api/v1/search?condition=hlh&kind=study"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(MONTEAGUDO)));
    }

    @Test
    void theExactSwitchTurnsExpansionOff() throws Exception {
        this.mvc.perform(get("/api/v1/search?q=Kineret&exact=true"))
            .andExpect(jsonPath("$.query.exact").value(true))
            .andExpect(jsonPath("$.expansions").isEmpty())
            .andExpect(jsonPath("$.tsquery").value("'kineret'"))
            .andExpect(jsonPath("$.total").value(15))
            .andExpect(jsonPath("$.hits[0].url").value("/drugs/anakinra"))
            .andExpect(jsonPath("$.facets.kind[*].value").value(contains("discussion", "drug")))
            .andExpect(jsonPath("$.hits[*].url").value(not(hasItem(ROERINK))));
        this.mvc.perform(get("/api/v1/search?q=Lou+Gehrig%27s+disease&kind=study"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(MAIER)));
        this.mvc.perform(get("/api/v1/search?q=Lou+Gehrig%27s+disease&exact=true&kind=study"))
            .andExpect(jsonPath("$.total").value(0));
        this.mvc.perform(get("/search?q=Kineret"))
            .andExpect(content().string(containsString("“Kineret” also finds records about Anakinra (drug)")))
            .andExpect(content().string(containsString("href=\"/search?q=Kineret&amp;exact=true\"")));
    }

    @Test
    void aMisspeltNameFindsWhatWasMeantWithDidYouMean() throws Exception {
        this.mvc.perform(get("/api/v1/search?q=anakinara&kind=study"))
            .andExpect(jsonPath("$.correction.typed").value("anakinara"))
            .andExpect(jsonPath("$.correction.corrected").value("Anakinra"))
            .andExpect(jsonPath("$.hits[*].url").value(containsInAnyOrder(ROERINK, MAIER, MONTEAGUDO)));
        this.mvc.perform(get("/search?q=anakinara"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Did you mean")))
            .andExpect(content().string(containsString("<a href=\"/search?q=Anakinra\">Anakinra</a>?")))
            .andExpect(content().string(containsString("Nothing matched “anakinara”, so these are the results for “Anakinra”.")));
        this.mvc.perform(get("/api/v1/search?q=chronic+fatige+syndrom&kind=study"))
            .andExpect(jsonPath("$.correction.corrected").value("chronic fatigue syndrome"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(ROERINK)));
        // An exact search is taken as typed.
        this.mvc.perform(get("/api/v1/search?q=anakinara&exact=true"))
            .andExpect(jsonPath("$.correction").doesNotExist())
            .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void facetsCountTheMatchesOfTheCurrentSearch() throws Exception {
        this.mvc.perform(get("/api/v1/search?q=anakinra"))
            .andExpect(jsonPath("$.total").value(18))
            .andExpect(jsonPath("$.facets.kind[*].value").value(contains("discussion", "study", "drug")))
            .andExpect(jsonPath("$.facets.kind[*].count").value(contains(14, 3, 1)))
            .andExpect(jsonPath("$.facets.drug[0].value").value("anakinra"))
            .andExpect(jsonPath("$.facets.drug[0].count").value(12))
            .andExpect(jsonPath("$.facets.condition[*].value").value(contains("me-cfs", "als", "mas")))
            .andExpect(jsonPath("$.facets.condition[*].count").value(contains(10, 1, 1)))
            .andExpect(jsonPath("$.facets.design[*].value").value(containsInAnyOrder("RANDOMISED_CONTROLLED_TRIAL",
                    "SINGLE_ARM_TRIAL", "RETROSPECTIVE_CASE_SERIES")))
            .andExpect(jsonPath("$.facets.pem[*].value").value(contains("not-reported", "not-required")))
            .andExpect(jsonPath("$.facets.pem[*].count").value(contains(2, 1)))
            .andExpect(jsonPath("$.facets.decade[*].value").value(contains("2020", "2010")))
            .andExpect(jsonPath("$.facets.decade[*].count").value(contains(1, 2)));
        // Narrowing by a facet changes the other facets' counts.
        this.mvc.perform(get("/api/v1/search?q=anakinra&condition=me-cfs"))
            .andExpect(jsonPath("$.facets.kind[*].value").value(contains("discussion", "study")))
            .andExpect(jsonPath("$.facets.kind[*].count").value(contains(9, 1)))
            .andExpect(jsonPath("$.facets.design[*].value").value(contains("RANDOMISED_CONTROLLED_TRIAL")));
    }

    @Test
    void everyFilterWorksAloneWithoutWords() throws Exception {
        this.mvc.perform(get("/api/v1/search?kind=study"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(MONTEAGUDO, ROERINK, MAIER)));
        this.mvc.perform(get("/api/v1/search?condition=als"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(MAIER, "/conditions/als")));
        this.mvc.perform(get("/api/v1/search?drug=anakinra&kind=study"))
            .andExpect(jsonPath("$.total").value(3));
        this.mvc.perform(get("/api/v1/search?design=SINGLE_ARM_TRIAL"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(MAIER)));
        this.mvc.perform(get("/api/v1/search?pem=not-required"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(ROERINK)));
        this.mvc.perform(get("/api/v1/search?from=2016&to=2019&kind=study"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(ROERINK)));
        this.mvc.perform(get("/api/v1/search?from=2016"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(MONTEAGUDO, ROERINK)));
        this.mvc.perform(get("/api/v1/search?kind=drug"))
            .andExpect(jsonPath("$.hits[*].url").value(contains("/drugs/anakinra")));
    }

    @Test
    void filtersCombineWithEachOtherAndWithWords() throws Exception {
        this.mvc.perform(get("/api/v1/search?q=fatigue&drug=anakinra&kind=study&design=RANDOMISED_CONTROLLED_TRIAL&pem=not-required&from=2017&to=2017"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(ROERINK)));
        this.mvc.perform(get("/api/v1/search?q=fatigue&condition=als&kind=study"))
            .andExpect(jsonPath("$.total").value(0));
        this.mvc.perform(get("/api/v1/search?q=anakinra&kind=study&sort=newest"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(MONTEAGUDO, ROERINK, MAIER)))
            .andExpect(jsonPath("$.hits[*].year").value(contains(2020, 2017, 2015)));
        this.mvc.perform(get("/search?q=fatigue&condition=als&kind=study"))
            .andExpect(content().string(containsString("Nothing matched with these filters.")))
            .andExpect(content().string(containsString("href=\"/search?q=fatigue&amp;kind=study\"")));
    }

    @Test
    void matchedWordsAreMarkedAndEverythingElseEscaped() throws Exception {
        Long source = this.jdbc.sql("select id from source order by id limit 1").query(Long.class).single();
        this.jdbc.sql("""
                insert into discussion_excerpt (slug, forum, thread_title, position_in_thread, text, kind, source_id)
                values ('escaping-check', 'Test forum', 'A <b>bold</b> thread', 1,
                        'Fatigue <script>alert("x")</script> & more fatigue', 'OPINION', :source)""")
            .param("source", source)
            .update();
        try {
            this.mvc.perform(get("/search?q=fatigue&kind=discussion"))
                .andExpect(content().string(containsString("A &lt;b&gt;bold&lt;/b&gt; thread")))
                // The text is shown as written, markup included, and escaped.
                .andExpect(content().string(containsString(
                        "<mark>Fatigue</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more <mark>fatigue</mark>")))
                .andExpect(content().string(not(containsString("<script>alert"))));
            this.mvc.perform(get("/api/v1/search?q=fatigue&kind=discussion"))
                .andExpect(jsonPath("$.hits[?(@.slug == 'escaping-check')].snippet")
                    .value(contains("Fatigue <script>alert(\"x\")</script> & more fatigue")))
                .andExpect(jsonPath("$.hits[?(@.slug == 'escaping-check')].snippetParts[0].text").value(contains("Fatigue")))
                .andExpect(jsonPath("$.hits[?(@.slug == 'escaping-check')].snippetParts[0].match").value(contains(true)))
                .andExpect(jsonPath("$.hits[?(@.slug == 'escaping-check')].snippetParts[1].match").value(contains(false)));
        }
        finally {
            this.jdbc.sql("delete from discussion_excerpt where slug = 'escaping-check'").update();
        }
        this.mvc.perform(get("/api/v1/search?q=bold+thread")).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theApiGivesTheSameHitsAsThePage() throws Exception {
        for (String query : List.of("q=anakinra", "q=fatigue", "q=Kineret&exact=true", "q=anakinara",
                "condition=me-cfs", "q=injection+site&sort=newest", "q=HLH", "kind=study&from=2015")) {
            String html = this.mvc.perform(get("/search?" + query)).andReturn().getResponse().getContentAsString();
            String json = this.mvc.perform(get("/api/v1/search?" + query)).andReturn().getResponse().getContentAsString();
            List<String> fromJson = JsonPath.read(json, "$.hits[*].url");
            List<String> fromPage = HIT_LINK.matcher(html).results().map((m) -> m.group(1)).toList();
            assertThat(fromPage).as(query).isEqualTo(fromJson).isNotEmpty();
        }
    }

    @Test
    void changesReachSearchInTheSameTransaction() throws Exception {
        long drug = this.jdbc.sql("select id from drug where slug = 'anakinra'").query(Long.class).single();
        this.jdbc.sql("insert into drug_alias (drug_id, position, alias, kind) values (:drug, 900, 'Zorbexa', 'BRAND')")
            .param("drug", drug)
            .update();
        try {
            this.mvc.perform(get("/api/v1/search?q=zorbexa&kind=study"))
                .andExpect(jsonPath("$.hits[*].url").value(containsInAnyOrder(ROERINK, MAIER, MONTEAGUDO)));
            this.jdbc.sql("update study set status = 'DRAFT' where slug = 'maier-2015-anakinra-als'").update();
            this.mvc.perform(get("/api/v1/search?q=zorbexa&kind=study"))
                .andExpect(jsonPath("$.hits[*].url").value(containsInAnyOrder(ROERINK, MONTEAGUDO)));
        }
        finally {
            this.jdbc.sql("update study set status = 'PUBLISHED' where slug = 'maier-2015-anakinra-als'").update();
            this.jdbc.sql("delete from drug_alias where alias = 'Zorbexa'").update();
        }
        this.mvc.perform(get("/api/v1/search?q=zorbexa&exact=true")).andExpect(jsonPath("$.total").value(0));
        this.mvc.perform(get("/api/v1/search?q=amyotrophic&kind=study"))
            .andExpect(jsonPath("$.hits[*].url").value(contains(MAIER)));
    }

    @Test
    void searchSessionsAreReadOnlyPlanMostStatementsOnceAndScanTablesFromTheStart() {
        String settings = """
                select current_setting('plan_cache_mode') || ' ' || current_setting('transaction_read_only')
                       || ' ' || current_setting('jit') || ' ' || current_setting('work_mem')
                       || ' ' || current_setting('synchronize_seqscans') || ' ' || current_setting('client_min_messages')
                       || ' ' || current_setting('cpu_index_tuple_cost')""";
        assertThat(this.statements.prepare(settings).query(String.class).single())
            .isEqualTo("force_generic_plan on off 16MB off warning 0.005");
        assertThat(this.statements.prepareForValues(settings).query(String.class).single())
            .isEqualTo("force_custom_plan on off 16MB off warning 0.1");
    }

    @Test
    void everyChangeToWhatSearchFindsStartsANewGenerationOfKeptResults() throws Exception {
        String kept = "/api/v1/search?q=anakinra&kind=study";
        this.mvc.perform(get(kept)).andExpect(jsonPath("$.total").value(3));
        long before = generation();
        this.mvc.perform(get("/search?q=anakinra")).andExpect(status().isOk());
        assertThat(generation()).as("searching changes nothing").isEqualTo(before);
        this.jdbc.sql("update study set status = 'DRAFT' where slug = 'roerink-2017-anakinra-me-cfs'").update();
        try {
            assertThat(generation()).isGreaterThan(before);
            this.mvc.perform(get(kept)).andExpect(jsonPath("$.hits[*].url").value(containsInAnyOrder(MAIER, MONTEAGUDO)));
        }
        finally {
            this.jdbc.sql("update study set status = 'PUBLISHED' where slug = 'roerink-2017-anakinra-me-cfs'").update();
        }
        this.mvc.perform(get(kept)).andExpect(jsonPath("$.total").value(3));
    }

    private long generation() {
        return this.jdbc.sql("select value from search_generation").query(Long.class).single();
    }

    @Test
    void aQuotedPhraseKeepsTheDistanceItsStopWordsTake() throws Exception {
        // Maier's outcomes read "during the first 24 weeks of treatment": "of" is not indexed, but takes a place.
        for (String exact : List.of("false", "true")) {
            this.mvc.perform(get("/api/v1/search").param("q", "\"weeks of treatment\"").param("exact", exact))
                .andExpect(jsonPath("$.tsquery").value("( 'week' <2> 'treatment' )"))
                .andExpect(jsonPath("$.hits[*].url").value(hasItem(MAIER)));
        }
        // The same words in another order, or next to each other, are not the phrase.
        this.mvc.perform(get("/api/v1/search").param("q", "\"treatment of weeks\""))
            .andExpect(jsonPath("$.hits[*].url").value(not(hasItem(MAIER))));
        this.mvc.perform(get("/api/v1/search").param("q", "\"weeks treatment\""))
            .andExpect(jsonPath("$.tsquery").value("( 'week' <-> 'treatment' )"))
            .andExpect(jsonPath("$.hits[*].url").value(not(hasItem(MAIER))));
    }

    @Test
    void oddPhrasesStillSearch() throws Exception {
        // A quote left open runs to the end of the text.
        this.mvc.perform(get("/api/v1/search").param("q", "\"weeks of treatment"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.tsquery").value("( 'week' <2> 'treatment' )"))
            .andExpect(jsonPath("$.hits[*].url").value(hasItem(MAIER)));
        // A phrase of stop words alone, or of nothing, asks for nothing: the page says so instead of failing.
        for (String text : List.of("\"of the\"", "\"\"", "\" \"", "\"of\" \"the\"")) {
            this.mvc.perform(get("/api/v1/search").param("q", text))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tsquery").isEmpty())
                .andExpect(jsonPath("$.total").value(0));
            this.mvc.perform(get("/search").param("q", text)).andExpect(status().isOk());
        }
        // Stop words beside other words in a phrase keep their places; a phrase of one word is that word.
        this.mvc.perform(get("/api/v1/search").param("q", "\"the weeks of\" treatment"))
            .andExpect(jsonPath("$.tsquery").value("'week' & 'treatment'"))
            .andExpect(jsonPath("$.hits[*].url").value(hasItem(MAIER)));
        // Operators typed inside quotes are words' punctuation, not the tsquery's.
        this.mvc.perform(get("/api/v1/search").param("q", "\"weeks & | ! of <-> treatment\""))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.hits[*].url").value(hasItem(MAIER)));
    }

    @Test
    void aNameThatIsAlsoAStopWordCountsOnlyAsWritten() throws Exception {
        long condition = this.jdbc.sql("select id from condition where slug = 'me-cfs'").query(Long.class).single();
        this.jdbc.sql("insert into condition_synonym (condition_id, position, synonym, kind) values (:c, 900, 'OF', 'ABBREVIATION')")
            .param("c", condition)
            .update();
        try {
            // "of" in a phrase is a word of the phrase, not the abbreviation…
            this.mvc.perform(get("/api/v1/search?q=quality+of+life"))
                .andExpect(jsonPath("$.expansions[*].record.slug").value(not(hasItem("me-cfs"))));
            // …while the abbreviation typed as it is written is recognised.
            this.mvc.perform(get("/api/v1/search?q=OF&kind=study"))
                .andExpect(jsonPath("$.expansions[0].words").value("OF"))
                .andExpect(jsonPath("$.expansions[0].record.slug").value("me-cfs"))
                .andExpect(jsonPath("$.hits[*].url").value(hasItem(ROERINK)));
            // Punctuation around it does not matter; capitals do.
            this.mvc.perform(get("/api/v1/search").param("q", "(OF)"))
                .andExpect(jsonPath("$.expansions[0].record.slug").value("me-cfs"));
            this.mvc.perform(get("/api/v1/search").param("q", "Of"))
                .andExpect(jsonPath("$.expansions[*].record.slug").value(not(hasItem("me-cfs"))));
        }
        finally {
            this.jdbc.sql("delete from condition_synonym where synonym = 'OF'").update();
        }
    }

    @Test
    void thePageOffersTheNamedRecordsToGoTo() throws Exception {
        this.mvc.perform(get("/search?q=Kineret"))
            .andExpect(content().string(containsString("<a href=\"/drugs/anakinra\"><span>Anakinra</span> <span class=\"meta\">(drug)</span></a>")));
        this.mvc.perform(get("/search?q=Kineret&page=2"))
            .andExpect(content().string(not(containsString("<span>Go to</span>"))));
    }

    @Test
    void unreadableParametersAreNamedAndIgnored() throws Exception {
        this.mvc.perform(get("/search?q=anakinra&kind=everything&design=magic&from=19x&page=-3&condition=no-such-thing"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(
                    "Some of the address could not be understood and was ignored: kind, design, from, page, condition.")));
        this.mvc.perform(get("/api/v1/search?q=anakinra&drug=nothing&sort=sideways"))
            .andExpect(jsonPath("$.query.ignored").value(contains("sort", "drug")))
            .andExpect(jsonPath("$.total").value(18));
    }

    @Test
    void overLongTextIsRefusedWithAClearMessageAndKept() throws Exception {
        String text = "fatigue ".repeat(70);
        this.mvc.perform(get("/search").param("q", text))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Your search has 559 characters; at most 500 can be searched.")))
            .andExpect(content().string(containsString("value=\"" + text + "\"")));
        this.mvc.perform(get("/api/v1/search").param("q", text))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value("Parameter 'q' has 559 characters; at most 500 can be searched."));
    }

    @Test
    void nameSuggestionsComeAsOneTypes() throws Exception {
        this.mvc.perform(get("/api/v1/search/suggestions?q=kin"))
            .andExpect(jsonPath("$[*].name").value(contains("Anakinra")))
            .andExpect(jsonPath("$[0].url").value("/drugs/anakinra"));
        this.mvc.perform(get("/api/v1/search/suggestions?q=lou+geh"))
            .andExpect(jsonPath("$[*].slug").value(contains("als")));
        this.mvc.perform(get("/search?q=macrophage"))
            .andExpect(content().string(containsString("<a href=\"/conditions/mas\"><span>Macrophage activation syndrome</span>")));
    }

    @Test
    void anEmptySearchExplainsWhatToDo() throws Exception {
        this.mvc.perform(get("/search"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Type some words, or choose a filter")));
        this.mvc.perform(get("/api/v1/search")).andExpect(jsonPath("$.total").value(0));
    }

}
