package org.evidencecatalogue.web;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.StatementCounter;
import org.evidencecatalogue.support.StatementCounter.Statements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages load their records in a fixed number of SQL statements: a small bound each, and the same
 * count however many outcomes, arms, studies, excerpts or drug facts there are, so no page runs a query per row.
 */
@CatalogueApplicationTest
@Import(StatementCounter.class)
class StudyPageQueriesTest {

    /**
     * Rows of each kind on a page once the growth test has added them. Below hibernate.default_batch_fetch_size
     * (64), so batch fetching still loads each association in one statement; a query per row would add 19 more.
     */
    static final int MORE = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    StatementCounter counter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    // Bounds are today's counts on the seeded records; a page that needs another query raises its bound on purpose.
    @ParameterizedTest
    @CsvSource({ "/studies/roerink-2017-anakinra-me-cfs, 12", "/drugs/anakinra, 18", "/conditions/me-cfs, 12",
            "/, 3", "/discussions, 7", "/studies, 8", "/studies?condition=hlh&sort=largest, 9" })
    void pageIsRenderedInAFewStatements(String path, int bound) throws Exception {
        Statements statements = render(path);
        assertThat(statements.count()).as("statements for %s\n%s", path, statements).isLessThanOrEqualTo(bound);
    }

    /**
     * One added row of each kind against {@link #MORE}: the first may cost one batched statement where the page
     * had no row of that shape before (an approval citing a source the drug's own list lacks), but the count
     * must then stay put however many rows follow.
     */
    @ParameterizedTest
    @ValueSource(strings = { "/studies/roerink-2017-anakinra-me-cfs", "/drugs/anakinra", "/conditions/me-cfs", "/",
            "/discussions" })
    @Transactional
    void statementCountDoesNotGrowWithTheRowsOnThePage(String path) throws Exception {
        addRows(1, 1);
        Statements withOne = renderAfresh(path);
        String pageWithOne = page(path);
        addRows(2, MORE);
        Statements withMore = renderAfresh(path);
        assertThat(page(path)).as("the added rows are on the page").isNotEqualTo(pageWithOne);
        assertThat(withMore.countWithoutPageTotals())
            .as("statements for %s with one added row of each kind:\n%s\nwith %d:\n%s", path, withOne, MORE, withMore)
            .isEqualTo(withOne.countWithoutPageTotals());
    }

    private Statements render(String path) throws Exception {
        return this.counter.during(() -> this.mvc.perform(get(path)).andExpect(status().isOk()));
    }

    /** Inside the test's transaction one persistence context serves every request, so start each from empty. */
    private Statements renderAfresh(String path) throws Exception {
        this.entityManager.clear();
        return render(path);
    }

    private String page(String path) throws Exception {
        this.entityManager.clear();
        return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    /**
     * Adds rows {@code from} to {@code to} of each kind the five pages show: Roerink's outcomes (with a result
     * per arm), arms with interventions, authors and sources; studies of anakinra in conditions below ME/CFS,
     * with arms and outcomes; excerpts about Roerink, anakinra and ME/CFS; anakinra's approvals, uses, warnings
     * and adverse reactions, each naming a condition or source of its own.
     */
    private void addRows(int from, int to) {
        long roerink = id("study", "roerink-2017-anakinra-me-cfs");
        long anakinra = id("drug", "anakinra");
        long meCfs = id("condition", "me-cfs");
        for (int i = from; i <= to; i++) {
            long source = insert("insert into source (slug, title, kind) values (?, ?, 'OTHER') returning id",
                    "extra-source-" + i, "Extra source " + i);
            long condition = insert("insert into condition (slug, name, parent_id) values (?, ?, ?) returning id",
                    "extra-condition-" + i, "Extra condition " + i, meCfs);
            update("insert into study_source (study_id, source_id) values (?, ?)", roerink, source);
            update("insert into study_author (study_id, position, name) values (?, ?, ?)", roerink, 100 + i,
                    "Extra Author " + i);
            addOutcome(roerink, 100 + i, (i % 2 == 0) ? "SAFETY" : "SECONDARY", source);
            addArm(roerink, 100 + i, anakinra);
            long study = addStudy(i, condition, anakinra, source);
            addExcerpt(i, List.of(roerink, study), anakinra, List.of(meCfs, condition));
            addDrugFacts(anakinra, 100 + i, condition, source);
        }
        // Every outcome gets a result in every arm of its study, the new arms included.
        update("""
                insert into outcome_arm_result (outcome_id, arm_id, events, total)
                select o.id, a.id, 1, 25 from outcome o join study_arm a on a.study_id = o.study_id
                on conflict do nothing""");
    }

    private long addStudy(int i, long condition, long drug, long source) {
        long study = insert("""
                insert into study (slug, title, first_author, publication_year)
                values (?, ?, 'Extra', ?) returning id""", "extra-study-" + i, "Extra study " + i, 2000 + i);
        update("insert into study_condition (study_id, condition_id) values (?, ?)", study, condition);
        update("insert into study_drug (study_id, drug_id) values (?, ?)", study, drug);
        update("insert into study_source (study_id, source_id) values (?, ?)", study, source);
        addArm(study, 1, drug);
        addOutcome(study, 1, "PRIMARY", source);
        addOutcome(study, 2, "SAFETY", source);
        return study;
    }

    private void addOutcome(long study, int position, String kind, long source) {
        update("""
                insert into outcome (study_id, position, name, kind, direction, source_id)
                values (?, ?, ?, ?, 'NOT_COMPARED', ?)""", study, position, "Extra outcome " + position, kind, source);
    }

    private void addArm(long study, int position, long drug) {
        long arm = insert("""
                insert into study_arm (study_id, position, label, role, size)
                values (?, ?, ?, 'EXPERIMENTAL', 10) returning id""", study, position, "Extra arm " + position);
        update("""
                insert into arm_intervention (arm_id, position, name, drug_id, dose_amount, dose_unit, route)
                values (?, 1, 'Anakinra', ?, 100, 'mg', 'SUBCUTANEOUS')""", arm, drug);
    }

    private void addExcerpt(int i, List<Long> studies, long drug, List<Long> conditions) {
        long excerpt = insert("""
                insert into discussion_excerpt (slug, forum, thread_title, position_in_thread, text, kind, source_id)
                values (?, 'Extra forum', 'Extra thread', ?, ?, 'OPINION', ?) returning id""", "extra-excerpt-" + i,
                i, "Extra opinion " + i, id("source", "phoenix-rising-anakinra-thread"));
        studies.forEach((study) -> update("insert into discussion_study (excerpt_id, study_id) values (?, ?)",
                excerpt, study));
        update("insert into discussion_drug (excerpt_id, drug_id) values (?, ?)", excerpt, drug);
        conditions.forEach((condition) -> update(
                "insert into discussion_condition (excerpt_id, condition_id) values (?, ?)", excerpt, condition));
    }

    private void addDrugFacts(long drug, int position, long condition, long source) {
        update("""
                insert into drug_approval (drug_id, position, kind, agency, region, decided_year, condition_id,
                                           source_id)
                values (?, ?, 'INDICATION_APPROVAL', 'Extra agency', 'Extra region', 2020, ?, ?)""", drug, position,
                condition, source);
        update("""
                insert into drug_use (drug_id, position, status, description, condition_id, source_id)
                values (?, ?, 'RESEARCH', 'Extra use', ?, ?)""", drug, position, condition, source);
        update("insert into drug_warning (drug_id, position, kind, text, source_id) values (?, ?, 'WARNING', ?, ?)",
                drug, position, "Extra warning " + position, source);
        update("insert into drug_adverse_reaction (drug_id, position, reaction, source_id) values (?, ?, ?, ?)", drug,
                position, "Extra reaction " + position, source);
    }

    private long id(String table, String slug) {
        return this.jdbc.sql("select id from " + table + " where slug = ?").param(slug).query(Long.class).single();
    }

    private long insert(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private void update(String sql, Object... params) {
        this.jdbc.sql(sql).params(params).update();
    }

}
