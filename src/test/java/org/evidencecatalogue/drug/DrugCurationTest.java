package org.evidencecatalogue.drug;

import java.util.List;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A drug's names and approvals are rows of its form; each row keeps its rules and its place. */
@CatalogueApplicationTest
class DrugCurationTest {

    static final String SLUG = "rowtestinib";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void remove() {
        TestRecords.removeDrug(this.jdbc, SLUG);
    }

    @Test
    void approvalsAndNamesAreValidatedRowByRow() throws Exception {
        String page = this.mvc.perform(drug(post("/drugs/new")).param("aliases[1].name", "Rowta")
            .param("aliases[1].kind", "BRAND").param("approvals[0].month", "13").param("approvals[0].year", "1850")
            .param("approvals[0].source", "no-such-source"))
            .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("aliases-1-name-error\">This name is already in the list.")
            .contains("approvals-0-month-error\">A month is 1 to 12.")
            .contains("approvals-0-year-error\">Enter 1900 or more.")
            .contains("approvals-0-agency-error\">Please fill this in.")
            .contains("approvals-0-source-error\">This choice no longer exists; choose again.")
            .contains("Approval 1 › Month decided (1–12, if known): A month is 1 to 12.");
    }

    @Test
    void removingAMiddleRowKeepsPositionsOneToN() throws Exception {
        MockHttpServletRequestBuilder create = drug(post("/drugs/new"));
        for (int i = 0; i < 3; i++) {
            create.param("approvals[" + i + "].kind", "MARKETING_AUTHORISATION")
                .param("approvals[" + i + "].agency", "Agency " + (i + 1))
                .param("approvals[" + i + "].region", "EU")
                .param("approvals[" + i + "].year", String.valueOf(2001 + i))
                .param("approvals[" + i + "].source", "encyclopedia-anakinra");
        }
        this.mvc.perform(create).andExpect(redirectedUrl("/drugs/" + SLUG));
        this.mvc.perform(drug(post("/drugs/" + SLUG + "/edit")).param("version", "0")
            .param("approvals[0].kind", "MARKETING_AUTHORISATION").param("approvals[0].agency", "Agency 1")
            .param("approvals[0].region", "EU").param("approvals[0].year", "2001")
            .param("approvals[0].source", "encyclopedia-anakinra")
            .param("approvals[1].kind", "MARKETING_AUTHORISATION").param("approvals[1].agency", "Agency 3")
            .param("approvals[1].region", "EU").param("approvals[1].year", "2003")
            .param("approvals[1].source", "encyclopedia-anakinra"))
            .andExpect(redirectedUrl("/drugs/" + SLUG));
        List<String> approvals = this.jdbc.sql("""
                select a.position || ' ' || a.agency from drug_approval a join drug d on d.id = a.drug_id
                where d.slug = :slug order by a.position""").param("slug", SLUG).query(String.class).list();
        assertThat(approvals).containsExactly("1 Agency 1", "2 Agency 3");
        assertThat(this.mvc.perform(get("/drugs/" + SLUG)).andReturn().getResponse().getContentAsString())
            .contains("Agency 3", "Rowta").doesNotContain("Agency 2");
    }

    @Test
    void publicPagesShowCuratorsTheirEditLinkAndNobodyElse() throws Exception {
        assertThat(this.mvc.perform(get("/drugs/anakinra")).andReturn().getResponse().getContentAsString())
            .doesNotContain("/drugs/anakinra/edit", "Sign out");
        assertThat(this.mvc.perform(get("/drugs/anakinra").with(user("pat").roles("CURATOR"))).andReturn().getResponse()
            .getContentAsString()).contains("href=\"/drugs/anakinra/edit\"", "href=\"/drugs/anakinra/history\"")
            .contains("href=\"/sources/encyclopedia-anakinra/edit\"")
            .contains("href=\"/discussions/phoenix-rising-anakinra-")
            .contains("Signed in as pat");
    }

    private static MockHttpServletRequestBuilder drug(MockHttpServletRequestBuilder request) {
        return request.with(user("pat").roles("CURATOR")).with(csrf()).param("name", "Rowtestinib")
            .param("aliases[0].name", "Rowta").param("aliases[0].kind", "BRAND");
    }

}
