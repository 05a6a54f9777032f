package org.evidencecatalogue.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.List;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How search's statements read the documents. The search of the documents (matches.sql) is planned on the sessions
 * that plan it for each search's values (SearchStatements.prepareForValues): two common words, estimated to match
 * about a tenth of the documents, are found by scanning the documents until a thousand match, not by building the
 * GIN index's bitmap of all their matches, which PostgreSQL's default cost of reading an index entry chose (and
 * which was 2 to 4 times slower at 600,000 studies). A search of several words driven by postings (driven.sql)
 * checks each posting's document in the index of titles alone (db/migration/V19).
 */
@CatalogueApplicationTest
class SearchDocumentPlansTest {

    /** Documents in a table of their own, like search_document, so that no other test's rows change the costs. */
    private static final int DOCUMENTS = 40_000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SearchStatements statements;

    @Test
    void twoCommonWordsAreFoundByScanningTheDocumentsUntilEnoughMatch() throws IOException {
        String matches = new ClassPathResource("search/matches.sql").getContentAsString(StandardCharsets.UTF_8)
            .replace("/*score*/", "0")
            .replace("/*order*/", "")
            .replace("from search_document d", "from pg_temp.plan_documents d");
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
            assertThat(plan(matches)).as("the plan on search's sessions (cpu_index_tuple_cost %s)", searchSessionCost)
                .anySatisfy((line) -> assertThat(line).contains("Seq Scan on plan_documents"))
                .noneSatisfy((line) -> assertThat(line).contains("Bitmap Index Scan"));

            // The same documents at PostgreSQL's default: the plan the setting exists to avoid (asserted, so that
            // the test says so when its documents no longer show the difference).
            this.jdbc.sql("select set_config('cpu_index_tuple_cost', '0.005', true)").query(String.class).single();
            assertThat(plan(matches)).as("the plan at PostgreSQL's default")
                .anySatisfy((line) -> assertThat(line).contains("Bitmap Index Scan on plan_documents_document_idx"));
        });
    }

    @Test
    void aSearchOfSeveralWordsChecksEachPostingsDocumentInTheIndexOfTitlesAlone() throws IOException {
        String driven = new ClassPathResource("search/driven.sql").getContentAsString(StandardCharsets.UTF_8);
        // An index-only scan is planned for tables whose pages are known to be all visible. The test's few documents
        // fit in a page or two, so that scanning them costs less than any index: the plan is asked for without scans,
        // to see which index it reads them by.
        this.jdbc.sql("vacuum analyze search_document").update();
        List<String> plan = this.transactions.execute((transaction) -> {
            transaction.setRollbackOnly();
            this.jdbc.sql("set local enable_seqscan = off").update();
            return explainDriven(driven);
        });
        assertThat(plan).anySatisfy((line) -> assertThat(line)
            .contains("Index Only Scan using search_document_title_idx on search_document"));
    }

    private List<String> explainDriven(String driven) {
        return this.jdbc.sql("explain " + driven)
            .param("drivers", "{qualiti,life}")
            .param("textQuery", "'qualiti' & 'life'")
            .param("probe", true)
            .param("scanned", SearchRepository.DRIVER_PROBES)
            .param("kind", SearchStatements.text(null))
            .param("conditionId", SearchStatements.bigint(null))
            .param("drugId", SearchStatements.bigint(null))
            .param("design", SearchStatements.text(null))
            .param("pem", SearchStatements.bool(null))
            .param("yearFrom", SearchStatements.integer(null))
            .param("yearTo", SearchStatements.integer(null))
            .param("candidates", SearchRequest.MAX_RESULTS)
            .query(String.class)
            .list();
    }

    private List<String> plan(String matches) {
        return this.jdbc.sql("explain " + matches)
            .param("query", "'alpha' & 'beta'")
            .param("yearFrom", null, Types.INTEGER)
            .param("yearTo", null, Types.INTEGER)
            .param("candidates", SearchRequest.MAX_RESULTS)
            .query(String.class)
            .list();
    }

}
