package org.evidencecatalogue.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.FormParams;
import org.evidencecatalogue.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A study is edited whole on one form: citation to outcomes, with every rule checked and nothing typed lost. */
@CatalogueApplicationTest
class StudyCurationTest {

    static final String SLUG = "curation-test-2024-anakinra";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StudyEditor editor;

    @AfterEach
    void remove() {
        TestRecords.removeStudy(this.jdbc, SLUG);
    }

    @Test
    void everyRuleIsReportedBesideItsFieldAndEverythingTypedIsKept() throws Exception {
        Map<String, String> form = valid();
        form.put("identifiers.doi", "doi:10.1/x");
        form.put("identifiers.pmid", "PMID 123");
        form.put("identifiers.registrations[0].registry", "CLINICALTRIALS_GOV");
        form.put("identifiers.registrations[0].identifier", "NCT123");
        form.put("citation.year", "1700");
        form.put("citation.title", "");
        form.put("population.enrolled", "0");
        form.put("population.ageMin", "60");
        form.put("population.ageMax", "40");
        form.put("arms[0].size", "0");
        form.put("arms[0].interventions[0].doseAmount", "100");
        form.put("outcomes[0].results[0].events", "30");
        form.put("outcomes[0].results[0].total", "25");
        form.put("outcomes[0].effectMeasure", "MD");
        form.put("outcomes[0].effectValue", "8");
        form.put("outcomes[0].ciLower", "-4.1");
        form.put("outcomes[0].ciUpper", "7.2");
        form.put("outcomes[0].results[0].mean", "many");
        String page = create(form).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).as("summarised at the top, each linked to its field").contains("class=\"error-summary\"")
            .contains("href=\"#outcomes-0-results-0-events\">Outcome 1 › Result of arm 1 › Events (n): Events cannot be more than the participants (n ≤ N).</a>")
            .contains("href=\"#outcomes-0-effectValue\">Outcome 1 › Effect estimate: The estimate must lie within its confidence interval");
        assertError(page, "identifiers-doi", "A DOI starts with 10.");
        assertError(page, "identifiers-pmid", "A PMID is a number of 1 to 9 digits");
        assertError(page, "identifiers-registrations-0-identifier", "NCT followed by 8 digits");
        assertError(page, "citation-year", "Enter 1800 or more.");
        assertError(page, "citation-title", "Please fill this in.");
        assertError(page, "population-enrolled", "A study enrols at least 1 participant.");
        assertError(page, "population-ageMax", "The youngest age cannot be above the oldest.");
        assertError(page, "arms-0-size", "Enter 1 or more.");
        assertError(page, "arms-0-interventions-0-doseAmount", "A dose needs both an amount and a unit.");
        assertError(page, "outcomes-0-results-0-events", "Events cannot be more than the participants");
        assertError(page, "outcomes-0-effectValue", "lower ≤ estimate ≤ upper");
        assertError(page, "outcomes-0-results-0-mean", "Enter a number.");
        assertThat(page).as("what was typed is kept, mistyped numbers too")
            .contains("value=\"doi:10.1/x\"", "value=\"NCT123\"", "value=\"1700\"", "value=\"many\"", "value=\"30\"",
                    "value=\"-4.1\"", "value=\"Placebo-free arm\"");
        assertThat(this.jdbc.sql("select count(*) from study where slug = :slug").param("slug", SLUG).query(Long.class)
            .single()).isZero();
    }

    @Test
    void aNewStudyIsADraftOnlyCuratorsSeeUntilItIsPublished() throws Exception {
        create(valid()).andExpect(redirectedUrl("/studies/" + SLUG));
        this.mvc.perform(get("/studies/" + SLUG)).andExpect(status().isNotFound());
        assertThat(page(get("/studies"))).doesNotContain(SLUG);
        assertThat(page(get("/drugs/anakinra"))).doesNotContain(SLUG);
        assertThat(page(get("/studies/" + SLUG).with(curator()))).contains("Curation test trial", "badge-status-draft");

        edit(0, Map.of("status", "PUBLISHED")).andExpect(redirectedUrl("/studies/" + SLUG));
        assertThat(page(get("/studies/" + SLUG))).contains("Curation test trial");
        assertThat(page(get("/studies"))).contains("/studies/" + SLUG);

        assertThat(edit(1, Map.of("status", "RETRACTED")).andExpect(status().isUnprocessableContent())
            .andReturn().getResponse().getContentAsString()).contains("Give the reason for the retraction");
        edit(1, Map.of("status", "RETRACTED", "retractionReason", "Data fabricated, the journal says."))
            .andExpect(redirectedUrl("/studies/" + SLUG));
        assertThat(page(get("/studies/" + SLUG))).contains("This study has been retracted.",
                "Data fabricated, the journal says.");

        assertThat(edit(2, Map.of("status", "DRAFT")).andExpect(status().isUnprocessableContent())
            .andReturn().getResponse().getContentAsString()).contains("A study cannot go from Retracted to Draft.");

        this.mvc.perform(post("/studies/" + SLUG + "/delete").with(curator()).with(csrf()).param("version", "2"))
            .andExpect(redirectedUrl("/curation"));
        this.mvc.perform(get("/studies/" + SLUG)).andExpect(status().isNotFound());
        this.mvc.perform(get("/studies/" + SLUG).with(curator())).andExpect(status().isNotFound());
        assertThat(page(get("/studies"))).doesNotContain(SLUG);
        assertThat(page(get("/drugs/anakinra"))).doesNotContain(SLUG);
        assertThat(page(get("/conditions/me-cfs"))).doesNotContain(SLUG);
    }

    @Test
    void rowsAreAddedAndRemovedWithoutJavaScriptAndResultsFollowTheirArms() throws Exception {
        Map<String, String> form = valid();
        form.put("arms[1].label", "Second arm");
        form.put("arms[1].role", "PLACEBO_COMPARATOR");
        form.put("outcomes[0].results[1].events", "3");
        form.put("outcomes[0].results[1].total", "10");
        String added = page(withForm(post("/studies/new"), form).param("row", "add:arms"));
        assertThat(added).contains("name=\"arms[2].label\"", "name=\"outcomes[0].results[2].events\"")
            .as("nothing typed is lost by a row button").contains("value=\"Second arm\"");
        String outcomeAdded = page(withForm(post("/studies/new"), form).param("row", "add:adverseEvents"));
        assertThat(outcomeAdded).contains("name=\"outcomes[1].name\"", "name=\"outcomes[1].results[1].total\"")
            .containsPattern("name=\"outcomes\\[1]\\.kind\">[\\s\\S]*?<option value=\"SAFETY\" selected=\"selected\">");
        String removed = page(withForm(post("/studies/new"), form).param("row", "remove:arms:0"));
        assertThat(removed).doesNotContain("name=\"arms[1].label\"").contains("value=\"Second arm\"")
            .as("the removed arm's results go with it").doesNotContain("name=\"outcomes[0].results[1].events\"")
            .contains("name=\"outcomes[0].results[0].events\" value=\"3\"");
        this.mvc.perform(withForm(post("/studies/new"), form).param("row", "add:citation.title"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void positionsStayContiguousWhenRowsAreRemoved() throws Exception {
        Map<String, String> form = valid();
        for (int i = 1; i <= 2; i++) {
            form.put("outcomes[" + i + "].name", "Outcome number " + (i + 1));
            form.put("outcomes[" + i + "].kind", "SECONDARY");
            form.put("outcomes[" + i + "].direction", "INCONCLUSIVE");
            form.put("outcomes[" + i + "].source", "atlas-summary-roerink-2017");
        }
        create(form).andExpect(redirectedUrl("/studies/" + SLUG));
        Map<String, String> without = new LinkedHashMap<>(form);
        without.put("version", "0");
        String html = page(withForm(post("/studies/" + SLUG + "/edit"), without).param("row", "remove:outcomes:1"));
        assertThat(html).doesNotContain("value=\"Outcome number 2\"");
        Map<String, String> saved = new LinkedHashMap<>(form);
        saved.put("version", "0");
        saved.put("outcomes[1].name", "Outcome number 3");
        saved.keySet().removeIf((key) -> key.startsWith("outcomes[2]"));
        this.mvc.perform(withForm(post("/studies/" + SLUG + "/edit"), saved)).andExpect(redirectedUrl("/studies/" + SLUG));
        List<Map<String, Object>> outcomes = this.jdbc.sql("""
                select o.position, o.name from outcome o join study s on s.id = o.study_id
                where s.slug = :slug order by o.position""").param("slug", SLUG).query().listOfRows();
        assertThat(outcomes).extracting((row) -> row.get("position") + " " + row.get("name"))
            .containsExactly("1 Fatigue at 4 weeks", "2 Outcome number 3");
    }

    @Test
    void slugsAndIdentifiersAreUnique() throws Exception {
        Map<String, String> form = valid();
        form.put("slug", "roerink-2017-anakinra-me-cfs");
        form.put("identifiers.doi", "10.7326/M16-2391");
        form.put("identifiers.pmid", "28265678");
        form.put("identifiers.registrations[0].registry", "CLINICALTRIALS_GOV");
        form.put("identifiers.registrations[0].identifier", "NCT02108210");
        String page = create(form).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertError(page, "slug", "Another record already has this slug.");
        assertError(page, "identifiers-doi", "Another study has this DOI.");
        assertError(page, "identifiers-pmid", "Another study has this PMID.");
        assertError(page, "identifiers-registrations-0-identifier", "Another study is registered under this identifier.");
    }

    @Test
    void everySeededStudyRoundTripsThroughItsFormWithoutAChange() throws Exception {
        for (String slug : List.of("roerink-2017-anakinra-me-cfs", "maier-2015-anakinra-als", "monteagudo-2020-anakinra-mas")) {
            long version = this.jdbc.sql("select version from study where slug = :slug").param("slug", slug)
                .query(Long.class).single();
            String page = page(get("/studies/" + slug + "/edit").with(curator()));
            assertThat(page).contains("name=\"version\" value=\"" + version + "\"");
            this.mvc.perform(post("/studies/" + slug + "/edit").with(curator()).with(csrf())
                .params(FormParams.of(this.editor.currentForm(slug)))).andExpect(redirectedUrl("/studies/" + slug));
            assertThat(this.jdbc.sql("select version from study where slug = :slug").param("slug", slug)
                .query(Long.class).single()).as(slug + ": every value maps back exactly, so nothing changed").isEqualTo(version);
        }
        assertThat(page(get("/studies/roerink-2017-anakinra-me-cfs/edit").with(curator())))
            .contains("value=\"NCT02108210\"", "value=\"1.5\"", "value=\"-4.1\"", "value=\"17\"")
            .contains("Megan E. Roerink\nSebastian J.H. Bredie");
    }

    private static void assertError(String page, String id, String message) {
        assertThat(page).as("error for " + id)
            .containsPattern("<p class=\"field-error\" id=\"" + id + "-error\">[^<]*" + Pattern.quote(message))
            .containsPattern("id=\"" + id + "\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"" + id + "\"");
    }

    private ResultActions create(Map<String, String> form) throws Exception {
        return this.mvc.perform(withForm(post("/studies/new"), form));
    }

    private ResultActions edit(long version, Map<String, String> changes) throws Exception {
        Map<String, String> form = valid();
        form.remove("slug");
        form.put("version", String.valueOf(version));
        form.putAll(changes);
        return this.mvc.perform(withForm(post("/studies/" + SLUG + "/edit"), form));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder withForm(MockHttpServletRequestBuilder request, Map<String, String> form) {
        request.with(curator()).with(csrf());
        form.forEach(request::param);
        return request;
    }

    private static RequestPostProcessor curator() {
        return user("nia").roles("CURATOR");
    }

    /** A draft study a curator could save: one arm, one outcome, linked to anakinra and ME/CFS. */
    static Map<String, String> valid() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("slug", SLUG);
        form.put("status", "DRAFT");
        form.put("citation.title", "Curation test trial");
        form.put("citation.firstAuthor", "Test Author");
        form.put("citation.authors", "Test Author\r\nSecond Author");
        form.put("citation.year", "2024");
        form.put("design.design", "RANDOMISED_CONTROLLED_TRIAL");
        form.put("design.blinding", "DOUBLE_BLIND");
        form.put("population.enrolled", "20");
        form.put("conditions", "me-cfs");
        form.put("drugs", "anakinra");
        form.put("arms[0].label", "Placebo-free arm");
        form.put("arms[0].role", "EXPERIMENTAL");
        form.put("arms[0].size", "10");
        form.put("arms[0].interventions[0].name", "Anakinra");
        form.put("arms[0].interventions[0].drug", "anakinra");
        form.put("outcomes[0].name", "Fatigue at 4 weeks");
        form.put("outcomes[0].kind", "PRIMARY");
        form.put("outcomes[0].direction", "NO_DIFFERENCE");
        form.put("outcomes[0].source", "atlas-summary-roerink-2017");
        form.put("outcomes[0].results[0].events", "2");
        form.put("outcomes[0].results[0].total", "10");
        return form;
    }

}
