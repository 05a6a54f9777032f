package org.evidencecatalogue.drug;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Every save is a revision naming its curator; the history shows each change field by field, and restores. */
@CatalogueApplicationTest
class DrugHistoryTest {

    static final String SLUG = "historytestumab";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void remove() {
        TestRecords.removeDrug(this.jdbc, SLUG);
    }

    @Test
    void historyListsWhoChangedWhatAndRestoringMakesANewRevision() throws Exception {
        this.mvc.perform(post("/drugs/new").with(curator("hana")).with(csrf()).param("name", "Historytestumab")
            .param("drugClass", "Monoclonal antibody").param("aliases[0].name", "Histora").param("aliases[0].kind", "BRAND"))
            .andExpect(redirectedUrl("/drugs/" + SLUG));
        this.mvc.perform(post("/drugs/" + SLUG + "/edit").with(curator("ivan")).with(csrf()).param("version", "0")
            .param("name", "Historytestumab").param("drugClass", "Interleukin-1 receptor antagonist")
            .param("aliases[0].name", "Histora").param("aliases[0].kind", "BRAND")
            .param("aliases[1].name", "HTX-1").param("aliases[1].kind", "CODE"))
            .andExpect(redirectedUrl("/drugs/" + SLUG));

        String history = page("/drugs/" + SLUG + "/history");
        assertThat(history.indexOf(">ivan<")).as("newest first").isPositive().isLessThan(history.indexOf(">hana<"));
        assertThat(history).contains("Created.")
            .containsPattern("<th scope=\"row\">Class</th>\\s*<td><del>Monoclonal antibody</del></td>\\s*"
                    + "<td><ins>Interleukin-1 receptor antagonist</ins></td>")
            .containsPattern("<th scope=\"row\">Name 2 › Name</th>\\s*<td></td>\\s*<td><ins>HTX-1</ins></td>")
            .containsPattern("<th scope=\"row\">Name 2 › Kind of name</th>\\s*<td></td>\\s*<td><ins>Code name</ins></td>");

        long created = this.jdbc.sql("""
                select min(a.rev) from drug_aud a join drug d on d.id = a.id where d.slug = :slug""")
            .param("slug", SLUG).query(Long.class).single();
        assertThat(page("/drugs/" + SLUG + "/history/" + created)).contains("Monoclonal antibody", "Histora")
            .doesNotContain("HTX-1").contains("Restore this revision");

        this.mvc.perform(post("/drugs/" + SLUG + "/history/" + created + "/restore").with(curator("jo")).with(csrf())
            .param("version", "1")).andExpect(redirectedUrl("/drugs/" + SLUG));
        assertThat(this.jdbc.sql("select drug_class from drug where slug = :slug").param("slug", SLUG).query(String.class).single())
            .isEqualTo("Monoclonal antibody");
        assertThat(this.jdbc.sql("""
                select a.alias from drug_alias a join drug d on d.id = a.drug_id where d.slug = :slug order by a.position""")
            .param("slug", SLUG).query(String.class).list()).containsExactly("Histora");
        String restored = page("/drugs/" + SLUG + "/history");
        assertThat(restored).as("the restore is a revision of its own, by its curator")
            .containsPattern("Revision \\d+</a>\\s*<span class=\"meta\">\\s*<time[^>]*>[^<]*</time>,\\s*"
                    + "<span class=\"revision-author\">jo</span>")
            .containsPattern("<th scope=\"row\">Name 2 › Name</th>\\s*<td><del>HTX-1</del></td>\\s*<td></td>");
        assertThat(this.jdbc.sql("""
                select count(*) from drug_aud a join drug d on d.id = a.id where d.slug = :slug""")
            .param("slug", SLUG).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void seededRecordsStartFromTheirSeededBaseline() throws Exception {
        String history = page("/drugs/anakinra/history");
        assertThat(history).contains("seeded from the sources", "The record as first loaded from the source documents.");
        assertThat(page("/drugs/anakinra/history/1")).contains("Kineret", "Swedish Orphan Biovitrum (Sobi)")
            .contains("This is the record as it is now.");
    }

    @Test
    void savingAnUnchangedFormMakesNoRevision() throws Exception {
        this.mvc.perform(post("/drugs/new").with(curator("hana")).with(csrf()).param("name", "Historytestumab"))
            .andExpect(redirectedUrl("/drugs/" + SLUG));
        this.mvc.perform(post("/drugs/" + SLUG + "/edit").with(curator("hana")).with(csrf()).param("version", "0")
            .param("name", "Historytestumab")).andExpect(redirectedUrl("/drugs/" + SLUG));
        assertThat(this.jdbc.sql("select version from drug where slug = :slug").param("slug", SLUG).query(Long.class).single())
            .isZero();
    }

    private String page(String path) throws Exception {
        return this.mvc.perform(get(path).with(curator("reader"))).andReturn().getResponse().getContentAsString();
    }

    private static RequestPostProcessor curator(String name) {
        return user(name).roles("CURATOR");
    }

}
