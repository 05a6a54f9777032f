package org.evidencecatalogue.search;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How search's statements read the documents, asked of PostgreSQL with EXPLAIN of the statements the application
 * runs (SearchRepository):
 * <ul>
 * <li>with the planner's statistics of the documents (db/migration/V17), a search for a name that many records
 * share, an "or" of many rare lexemes, reads its few matches from the GIN index instead of scanning every
 * document;</li>
 * <li>on the sessions that plan the search of the documents for each search's values
 * (SearchStatements.prepareForValues), two common words estimated to match about a tenth of the documents are
 * found by scanning the documents until a thousand match, not by building the GIN index's bitmap of all their
 * matches, which PostgreSQL's default cost of reading an index entry chose (and which was 2 to 4 times slower at
 * 600,000 studies);</li>
 * <li>a search of several words driven by postings (driven.sql) checks each posting's title signature as it reads
 * it (db/migration/V20) and, once more pass than it ranks, the document of each that passes in the index of titles
 * alone (db/migration/V19), and, planned once for any values, casts its text to a tsquery once rather than for each
 * document it looks up.</li>
 * </ul>
 */
@CatalogueApplicationTest
class SearchDocumentPlansTest {

    /** The documents added, in a transaction that is rolled back: enough that their statistics decide the plan. */
    private static final int DOCUMENTS = 40_000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SearchStatements statements;

    @Test
    void aSearchForANameManyRecordsShareReadsTheIndex() {
        // A name 40 records share (a brand name of several drugs has one for each drug's name and filter lexeme):
        // with these documents, many enough that the default statistics give the scan (asserted below, so that the
        // test says so when its documents no longer show the difference).
        String query = IntStream.rangeClosed(1, 40)
            .mapToObj((id) -> "'d:" + id + "'")
            .collect(Collectors.joining(" | "));
        this.transactions.executeWithoutResult((transaction) -> {
            transaction.setRollbackOnly();
            // Each document has 3 of 500 common words, 10 of 20,000 rarer ones and one of 4,000 drugs' lexemes: more
            // distinct lexemes than the default statistics keep frequencies of, as at the catalogue's scale.
            this.jdbc.sql("""
                    insert into search_document (kind, record_id, slug, title, body, title_document, document)
                    select 'STUDY', 100000000 + i, 'bench-' || i, 'Study ' || i, '', ''::tsvector,
                           array_to_tsvector(array['w' || (i % 500), 'w' || (i * 7 % 500), 'w' || (i * 13 % 500),
                                                   'r' || (i % 20000), 'r' || (i * 3 % 20000), 'r' || (i * 11 % 20000),
                                                   'r' || (i * 17 % 20000), 'r' || (i * 19 % 20000),
                                                   'r' || (i * 23 % 20000), 'r' || (i * 29 % 20000),
                                                   'r' || (i * 31 % 20000), 'r' || (i * 37 % 20000),
                                                   'r' || (i * 41 % 20000), 'd:' || (i % 4000)])
                      from generate_series(1, :documents) i
                    """).param("documents", DOCUMENTS).update();
            this.jdbc.sql("analyze search_document").update();
            assertThat(plan(SearchRepository.RELEVANCE_SQL, query)).as("the plan with the migrated statistics")
                .anySatisfy((line) -> assertThat(line).contains("Bitmap Index Scan on search_document_document_idx"))
                .noneSatisfy((line) -> assertThat(line).contains("Seq Scan on search_document"));

            // The same documents with the default statistics: the plan V17 exists to avoid.
            this.jdbc.sql("alter table search_document alter column document set statistics -1").update();
            this.jdbc.sql("analyze search_document").update();
            assertThat(plan(SearchRepository.RELEVANCE_SQL, query)).as("the plan with the default statistics")
                .anySatisfy((line) -> assertThat(line).contains("Seq Scan on search_document"));
        });
        assertThat(this.jdbc.sql("select count(*) from search_document where record_id > 100000000")
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void twoCommonWordsAreFoundByScanningTheDocumentsUntilEnoughMatch() {
        // The documents in a table of their own, like search_document, so that no other test's rows change the costs.
        String matches = SearchRepository.RELEVANCE_SQL.replace("from search_document d",
                "from pg_temp.plan_documents d");
        String searchSessionCost = this.statements.prepareForValues("select current_setting('cpu_index_tuple_cost')")
            .query(String.class)
            .single();
        this.transactions.executeWithoutResult((transaction) -> {
            transaction.setRollbackOnly();
            this.jdbc.sql("create temporary table plan_documents (like search_document including all) on commit drop")
                .update();
            // "alpha" and "beta" are each in 30% of the documents (6 in 20), independently: estimated together in
            // 9% (about 3,600). Beside them, 2 of 500 common words and 4 of 20,000 rarer ones.
            this.jdbc.sql("""
                    insert into plan_documents (kind, record_id, slug, title, body, title_document, document)
                    select 'STUDY', i, 'plan-' || i, 'Study ' || i, '', ''::tsvector,
                           array_to_tsvector(array_remove(array[
                               case when i % 20 < 6 then 'alpha' end, case when (i * 7 + 3) % 20 < 6 then 'beta' end,
                               'w' || (i % 500), 'w' || (i * 7 % 500), 'r' || (i % 20000), 'r' || (i * 3 % 20000),
                               'r' || (i * 11 % 20000), 'r' || (i * 17 % 20000)], null))
                      from generate_series(1, :documents) i
                    """).param("documents", DOCUMENTS).update();
            this.jdbc.sql("analyze plan_documents").update();

            this.jdbc.sql("select set_config('cpu_index_tuple_cost', :cost, true)")
                .param("cost", searchSessionCost)
                .query(String.class)
                .single();
            assertThat(plan(matches, "'alpha' & 'beta'"))
                .as("the plan on search's sessions (cpu_index_tuple_cost %s)", searchSessionCost)
                .anySatisfy((line) -> assertThat(line).contains("Seq Scan on plan_documents"))
                .noneSatisfy((line) -> assertThat(line).contains("Bitmap Index Scan"));

            // The same documents at PostgreSQL's default: the plan the setting exists to avoid (asserted, so that
            // the test says so when its documents no longer show the difference).
            this.jdbc.sql("select set_config('cpu_index_tuple_cost', '0.005', true)").query(String.class).single();
            assertThat(plan(matches, "'alpha' & 'beta'")).as("the plan at PostgreSQL's default")
                .anySatisfy((line) -> assertThat(line).contains("Bitmap Index Scan on plan_documents_document_idx"));
        });
    }

    @Test
    void aSearchOfSeveralWordsChecksEachPostingsDocumentInTheIndexOfTitlesAlone() {
        // An index-only scan is planned for tables whose pages are known to be all visible. The test's few documents
        // fit in a page or two, so that scanning them costs less than any index: the plan is asked for without scans,
        // to see which index it reads them by.
        this.jdbc.sql("vacuum analyze search_document").update();
        List<String> plan = genericPlanOfDriven(false, "enable_seqscan = off");
        assertThat(plan).anySatisfy((line) -> assertThat(line)
            .contains("Index Only Scan using search_document_title_idx on search_document"));
        // The postings' title signatures (V20) are checked as the postings are read, before any document is looked up.
        assertThat(plan.get(lineOf(plan, "Subquery Scan on p ") + 1)).as(String.join("\n", plan))
            .contains("Filter:")
            .contains("title_signature");
        // And the lookups run only once more postings pass than a search ranks: fewer could not give its candidates.
        assertThat(plan.get(lineOf(plan, "Nested Loop") - 1)).as(String.join("\n", plan))
            .contains("One-Time Filter:");
    }

    @Test
    void aSearchOfSeveralWordsCastsItsTextToATsqueryOnceAndNotForEachDocument() {
        // In a plan made once for any values, as search's sessions plan driven.sql, a parameter cast where rows are read
        // is cast again for each row: the text's tsquery, parsed twice for each document looked up, was a fifth of
        // the statement for "quality of life" at 600,000 studies. It is cast once, in the CTE of the search's values.
        List<String> plan = genericPlanOfDriven(true);
        assertThat(plan.stream().filter((line) -> line.contains("::tsquery"))).as(String.join("\n", plan))
            .containsExactly(plan.get(lineOf(plan, "CTE asked") + 2));
    }

    /** The number of the plan's first line that contains the text. */
    private static int lineOf(List<String> plan, String text) {
        return IntStream.range(0, plan.size())
            .filter((k) -> plan.get(k).contains(text))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no \"" + text + "\" in\n" + String.join("\n", plan)));
    }

    /**
     * The plan of driven.sql for "quality of life" as search's sessions plan it, once for any values: EXPLAIN
     * (VERBOSE or not) of the statement prepared with plan_cache_mode force_generic_plan and its parameters
     * typed as the application's driver sends them (text as varchar), after the given settings ("name = value").
     */
    private List<String> genericPlanOfDriven(boolean verbose, String... settings) {
        Map<String, String> types = Map.ofEntries(Map.entry("drivers", "varchar"), Map.entry("textQuery", "varchar"),
                Map.entry("probe", "boolean"), Map.entry("scanned", "integer"), Map.entry("kind", "varchar"),
                Map.entry("conditionId", "bigint"), Map.entry("drugId", "bigint"), Map.entry("design", "varchar"),
                Map.entry("pem", "boolean"), Map.entry("yearFrom", "integer"), Map.entry("yearTo", "integer"),
                Map.entry("candidates", "integer"));
        Map<String, String> values = Map.of("drivers", "'{qualiti,life}'", "textQuery", "'''qualiti'' & ''life'''",
                "probe", "true", "scanned", String.valueOf(SearchRepository.DRIVER_PROBES), "candidates",
                String.valueOf(SearchRequest.MAX_RESULTS));
        // The statement's :names as $1, $2… in order of first use, its comments left out (they name parameters too).
        List<String> names = new ArrayList<>();
        String withoutComments = SearchRepository.DRIVEN_SQL.lines()
            .filter((line) -> !line.strip().startsWith("--"))
            .collect(Collectors.joining("\n"));
        String numbered = Pattern.compile("(?<![:\\w]):(\\w+)").matcher(withoutComments).replaceAll((parameter) -> {
            if (!names.contains(parameter.group(1))) {
                names.add(parameter.group(1));
            }
            return "\\$" + (names.indexOf(parameter.group(1)) + 1);
        });
        String name = "driven_generic_" + System.nanoTime();
        return this.transactions.execute((transaction) -> {
            transaction.setRollbackOnly();
            this.jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
            for (String setting : settings) {
                this.jdbc.sql("set local " + setting).update();
            }
            this.jdbc
                .sql("prepare " + name + " (" + names.stream().map(types::get).collect(Collectors.joining(", "))
                        + ") as " + numbered)
                .update();
            List<String> plan = this.jdbc
                .sql("explain (verbose " + verbose + ") execute " + name + " ("
                        + names.stream()
                            .map((parameter) -> values.getOrDefault(parameter, "null"))
                            .collect(Collectors.joining(", "))
                        + ")")
                .query(String.class)
                .list();
            this.jdbc.sql("deallocate " + name).update();
            return plan;
        });
    }

    /** The plan of the search of the documents (matches.sql, ranked by relevance) for a query. */
    private List<String> plan(String matches, String query) {
        return this.jdbc.sql("explain " + matches)
            .param("query", query)
            .param("textQuery", query)
            .param("yearFrom", null, Types.INTEGER)
            .param("yearTo", null, Types.INTEGER)
            .param("candidates", SearchRequest.MAX_RESULTS)
            .query(String.class)
            .list();
    }

}
