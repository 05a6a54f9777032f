package org.evidencecatalogue.web;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each record's public page shows its whole record and names its sources. */
@CatalogueApplicationTest
class RecordPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void roerinkPageShowsCitationDesignOutcomesAdverseEventsSummaryDiscussionAndSources() throws Exception {
        String html = page("/studies/roerink-2017-anakinra-me-cfs");
        assertThat(html).contains("Annals of Internal Medicine", "2017;166(8):557-564", "Jos W.M. van der Meer")
            .contains("href=\"https://pubmed.ncbi.nlm.nih.gov/28265678/\"")
            .contains("href=\"https://clinicaltrials.gov/study/NCT02108210\"", "2013-005466-19", "NL47571.091.14")
            .contains("Randomised controlled trial", "CDC (Fukuda) criteria", "PEM not required", "July 2014", "May 2016")
            .contains("100 mg", "Subcutaneous", "Once daily", "4 weeks")
            .contains("MD 1.5 (95% CI −4.1 to 7.2)", "not significant")
            .contains("2/25 (8%)", "5/25 (20%)", "17/25 (68%)", "1/25 (4%)")
            .contains("Sickness Impact Profile (SIP-8) total score", "4 and 24 weeks")
            .contains("Quick summary", "Why it matters", "Observed findings", "Inferred conclusions",
                    "Remaining questions", "What this study does not prove")
            .contains("They are not evidence.", "deleder2k", "A.B.", "Phoenix Rising")
            .contains("001_6449949827f914ba.txt", "000_0bb90cb117baf1b6.txt", "verified-facts.json");
    }

    @Test
    void maierPageShowsTheHistoricalCohortAndAntibodies() throws Exception {
        String html = page("/studies/maier-2015-anakinra-als");
        assertThat(html).contains("Single-arm trial", "compared with historical controls", "Historical control cohort")
            .contains(">47<", "16/17 (94%)", "NCT01277315", "PMC4596620", "10(10):e0139684", "1 year")
            .contains("002_0ab05bc10e994ac5.txt");
    }

    @Test
    void monteagudoPageShowsTheEscalatingInfusionAndEveryHarm() throws Exception {
        String html = page("/studies/monteagudo-2020-anakinra-mas");
        assertThat(html).contains("up to 2,400 mg/day", "Intravenous", "Retrospective case series")
            .contains("4/5 (80%)", "2/5 (40%)", "5/5 (100%)", "3/5 (60%)")
            .contains("Kidney injury", "Bacterial infections", "Death")
            .contains("003_d5810da72a25bac8.txt")
            .doesNotContain("pubmed.ncbi.nlm.nih.gov");
    }

    @Test
    void drugPageShowsNamesApprovalsSafetyAndStudiesGroupedByCondition() throws Exception {
        String html = page("/drugs/anakinra");
        assertThat(html).contains("Kineret", "IL-1Ra", "Swedish Orphan Biovitrum")
            .contains("datetime=\"2001\"", "datetime=\"2020-12\">December 2020<", "November 2022")
            .contains("Emergency use authorisation", "Commissioning policy")
            .contains("Latent tuberculosis", "4.5%")
            .contains("href=\"/conditions/me-cfs\"", "href=\"/conditions/als\"", "href=\"/conditions/mas\"")
            .contains("href=\"/studies/roerink-2017-anakinra-me-cfs\"", "href=\"/studies/maier-2015-anakinra-als\"",
                    "href=\"/studies/monteagudo-2020-anakinra-mas\"")
            .contains("004_f3af062bdaf38c12.txt");
    }

    @Test
    void conditionPageShowsSynonymsHierarchyStudiesAndDrugs() throws Exception {
        assertThat(page("/conditions/me-cfs")).contains("chronic fatigue syndrome", "CFS")
            .contains("href=\"/studies/roerink-2017-anakinra-me-cfs\"", "href=\"/drugs/anakinra\"");
        assertThat(page("/conditions/mas")).contains("href=\"/conditions/secondary-hlh\"")
            .contains("href=\"/studies/monteagudo-2020-anakinra-mas\"");
        assertThat(page("/conditions/hlh")).as("a parent lists its children's studies")
            .contains("href=\"/studies/monteagudo-2020-anakinra-mas\"", "href=\"/conditions/secondary-hlh\"");
    }

    @Test
    void discussionListQuotesEveryExcerptWithAttribution() throws Exception {
        assertThat(page("/discussions")).contains("deleder2k", "A.B.", "NK17", "Author not named in the source")
            .contains("Has anyone tried this before?");
    }

    @Test
    void unknownDrugAndConditionAreNotFound() throws Exception {
        this.mvc.perform(get("/drugs/nope")).andExpect(status().isNotFound());
        this.mvc.perform(get("/conditions/nope")).andExpect(status().isNotFound());
    }

    @Test
    @Transactional
    void storedTextIsRenderedEscapedNeverAsHtml() throws Exception {
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        this.jdbc.sql("update discussion_excerpt set text = :payload where author_handle = 'deleder2k'")
            .param("payload", payload)
            .update();
        this.jdbc.sql("update study set summary_quick = :payload, population = :payload where slug = 'roerink-2017-anakinra-me-cfs'")
            .param("payload", payload)
            .update();
        this.jdbc.sql("update drug set mechanism = :payload where slug = 'anakinra'").param("payload", payload).update();
        for (String path : new String[] { "/studies/roerink-2017-anakinra-me-cfs", "/discussions", "/drugs/anakinra" }) {
            String html = page(path);
            assertThat(html).as(path)
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        }
    }

    private String page(String path) throws Exception {
        return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

}
