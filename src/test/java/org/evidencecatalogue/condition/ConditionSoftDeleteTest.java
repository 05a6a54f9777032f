package org.evidencecatalogue.condition;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Deleting hides a record from the public and keeps it, with its history, until a curator restores it. */
@CatalogueApplicationTest
class ConditionSoftDeleteTest {

    static final String PARENT = "soft-delete-test-disease";

    static final String CHILD = "soft-delete-test-subtype";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void create() throws Exception {
        this.mvc.perform(post("/conditions/new").with(curator()).with(csrf()).param("name", "Soft delete test disease")
            .param("synonyms[0].name", "SDTD").param("synonyms[0].kind", "ABBREVIATION"))
            .andExpect(redirectedUrl("/conditions/" + PARENT));
    }

    @AfterEach
    void remove() {
        TestRecords.removeCondition(this.jdbc, CHILD);
        TestRecords.removeCondition(this.jdbc, PARENT);
    }

    @Test
    void deletedRecordLeavesThePublicPagesAndComesBackWhenRestored() throws Exception {
        this.mvc.perform(post("/conditions/" + PARENT + "/delete").with(curator()).with(csrf()).param("version", "0"))
            .andExpect(redirectedUrl("/curation"))
            .andExpect(flash().attribute("flashMessage", "curation.deleted"));

        this.mvc.perform(get("/conditions/" + PARENT)).andExpect(status().isNotFound());
        assertThat(html("/conditions", null)).doesNotContain(PARENT);
        assertThat(this.jdbc.sql("select deleted_by from condition where slug = :slug").param("slug", PARENT)
            .query(String.class).single()).as("nothing is removed; the row names who deleted it").isEqualTo("mia");
        this.mvc.perform(get("/conditions/" + PARENT + "/edit").with(curator())).andExpect(status().isNotFound());

        String overview = html("/curation", curator());
        assertThat(overview).containsPattern("id=\"condition-" + PARENT + "\">[\\s\\S]*?Deleted[\\s\\S]*?/conditions/" + PARENT
                + "/restore");
        assertThat(html("/conditions/" + PARENT + "/history", curator())).containsPattern(
                "<th scope=\"row\">Deleted</th>\\s*<td></td>\\s*<td><ins>yes</ins></td>");

        this.mvc.perform(post("/conditions/" + PARENT + "/restore").with(curator()).with(csrf()).param("version", "1"))
            .andExpect(redirectedUrl("/conditions/" + PARENT));
        assertThat(html("/conditions/" + PARENT, null)).contains("Soft delete test disease", "SDTD");
        assertThat(html("/conditions", null)).contains(PARENT);
    }

    @Test
    void aConditionWithLiveKindsIsNotDeleted() throws Exception {
        this.mvc.perform(post("/conditions/new").with(curator()).with(csrf()).param("name", "Soft delete test subtype")
            .param("parent", PARENT)).andExpect(redirectedUrl("/conditions/" + CHILD));
        this.mvc.perform(post("/conditions/" + PARENT + "/delete").with(curator()).with(csrf()).param("version", "0"))
            .andExpect(redirectedUrl("/conditions/" + PARENT + "/edit"))
            .andExpect(flash().attribute("flashProblem", "curation.inUse"));
        this.mvc.perform(get("/conditions/" + PARENT)).andExpect(status().isOk());
    }

    @Test
    void aSourceThatOutcomesCiteIsNotDeleted() throws Exception {
        long version = this.jdbc.sql("select version from source where slug = 'atlas-summary-roerink-2017'")
            .query(Long.class).single();
        this.mvc.perform(post("/sources/atlas-summary-roerink-2017/delete").with(curator()).with(csrf())
            .param("version", String.valueOf(version)))
            .andExpect(redirectedUrl("/sources/atlas-summary-roerink-2017/edit"))
            .andExpect(flash().attribute("flashProblem", "curation.inUse"));
        assertThat(this.jdbc.sql("select deleted_at is null from source where slug = 'atlas-summary-roerink-2017'")
            .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aConditionCannotBecomeAKindOfItsOwnKind() throws Exception {
        this.mvc.perform(post("/conditions/new").with(curator()).with(csrf()).param("name", "Soft delete test subtype")
            .param("parent", PARENT)).andExpect(redirectedUrl("/conditions/" + CHILD));
        String page = this.mvc.perform(post("/conditions/" + PARENT + "/edit").with(curator()).with(csrf())
            .param("version", "0").param("name", "Soft delete test disease").param("parent", CHILD))
            .andExpect(status().isUnprocessableContent())
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("A condition cannot be a kind of itself or of one of its own kinds.");
    }

    private String html(String path, RequestPostProcessor who) throws Exception {
        return this.mvc.perform((who != null) ? get(path).with(who) : get(path)).andReturn().getResponse().getContentAsString();
    }

    private static RequestPostProcessor curator() {
        return user("mia").roles("CURATOR");
    }

}
