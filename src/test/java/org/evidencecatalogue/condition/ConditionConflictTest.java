package org.evidencecatalogue.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No lost update: every form carries the version it was filled from, and a save against an older version is
 * refused with a page showing what the other curator changed, keeping everything the second one typed.
 */
@CatalogueApplicationTest
class ConditionConflictTest {

    static final String SLUG = "conflict-test-syndrome";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConditionEditor editor;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void create() throws Exception {
        this.mvc.perform(post("/conditions/new").with(user("kim").roles("CURATOR")).with(csrf())
            .param("name", "Conflict test syndrome").param("description", "As first written."))
            .andExpect(redirectedUrl("/conditions/" + SLUG));
    }

    @AfterEach
    void remove() {
        TestRecords.removeCondition(this.jdbc, SLUG);
    }

    @Test
    void staleSaveIsRefusedWithConflictPageThatKeepsTheInput() throws Exception {
        save("kim", 0, "Conflict test syndrome", "Kim's better description.").andExpect(status().isFound());
        String page = save("lee", 0, "Conflict test syndrome (CTS)", "Lee's description.")
            .andExpect(status().isConflict())
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else saved this record while you were editing it")
            .containsPattern("<th scope=\"row\">Description</th>\\s*<td>As first written.</td>\\s*"
                    + "<td>Kim&#39;s better description.</td>\\s*<td>Lee&#39;s description.</td>")
            .as("the second curator's input is kept in the form")
            .contains("value=\"Conflict test syndrome (CTS)\"", ">Lee&#39;s description.</textarea>")
            .as("against the newer version, so saving again applies it")
            .contains("name=\"version\" value=\"1\"");
        assertThat(description()).isEqualTo("Kim's better description.");

        save("lee", 1, "Conflict test syndrome (CTS)", "Lee's description.").andExpect(status().isFound());
        assertThat(description()).isEqualTo("Lee's description.");
    }

    @Test
    void twoRacingSavesOneWinsAndTheOtherIsToldWhatChanged() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService curators = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> saves = new ArrayList<>();
            for (String curator : new String[] { "kim", "lee" }) {
                saves.add(curators.submit(() -> {
                    start.await();
                    return save(curator, 0, "Conflict test syndrome", curator + " was here.").andReturn().getResponse();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            String conflictPage = null;
            for (Future<MockHttpServletResponse> save : saves) {
                MockHttpServletResponse response = save.get();
                statuses.add(response.getStatus());
                if (response.getStatus() == 409) {
                    conflictPage = response.getContentAsString();
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(302, 409);
            String winner = description();
            String loser = winner.startsWith("kim") ? "lee" : "kim";
            assertThat(conflictPage).contains(winner, loser + " was here.");
            assertThat(this.jdbc.sql("select version from condition where slug = :slug").param("slug", SLUG)
                .query(Long.class).single()).as("exactly one save was applied").isEqualTo(1);
        }
        finally {
            curators.shutdownNow();
        }
    }

    /**
     * Both saves pass the version check before either commits: the row's version in the UPDATE still refuses the
     * later commit, so no interleaving loses an update.
     */
    @Test
    void interleavedSavesAreRefusedAtCommit() {
        TransactionTemplate transaction = new TransactionTemplate(this.transactions);
        assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> transaction.executeWithoutResult((first) -> {
            ConditionForm mine = this.editor.currentForm(SLUG);
            mine.setDescription("First to check, last to commit.");
            this.editor.update(SLUG, mine);
            CompletableFuture.runAsync(() -> {
                ConditionForm theirs = this.editor.currentForm(SLUG);
                theirs.setDescription("Checked second, committed first.");
                this.editor.update(SLUG, theirs);
            }).join();
        }));
        assertThat(description()).isEqualTo("Checked second, committed first.");
    }

    @Test
    void staleDeleteIsRefusedWithTheConflictPage() throws Exception {
        save("kim", 0, "Conflict test syndrome", "Changed.").andExpect(status().isFound());
        this.mvc.perform(post("/conditions/" + SLUG + "/delete").with(user("lee").roles("CURATOR")).with(csrf())
            .param("version", "0")).andExpect(status().isConflict());
        assertThat(this.jdbc.sql("select deleted_at is null from condition where slug = :slug").param("slug", SLUG)
            .query(Boolean.class).single()).isTrue();
    }

    private ResultActions save(String curator, long version, String name,
            String description) throws Exception {
        return this.mvc.perform(post("/conditions/" + SLUG + "/edit").with(user(curator).roles("CURATOR")).with(csrf())
            .param("version", String.valueOf(version)).param("name", name).param("description", description));
    }

    private String description() {
        return this.jdbc.sql("select description from condition where slug = :slug").param("slug", SLUG)
            .query(String.class).single();
    }

}
