package org.evidencecatalogue.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's statistics of the search documents (db/migration/V17): a search for a name that many records share,
 * an "or" of many rare lexemes, reads its few matches from the GIN index instead of scanning every document.
 */
@CatalogueApplicationTest
class SearchDocumentStatisticsTest {

    /** The documents added, in a transaction that is rolled back: enough that their statistics decide the plan. */
    private static final int DOCUMENTS = 40_000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSearchForANameManyRecordsShareReadsTheIndex() throws IOException {
        // matches.sql as SearchStatements completes it for a search ranked by relevance (the score is left out:
        // it is computed for rows found, and does not change how they are found).
        String matches = new ClassPathResource("search/matches.sql").getContentAsString(StandardCharsets.UTF_8)
            .replace("/*score*/", "0")
            .replace("/*order*/", "");
        // A name 40 records share (a brand name of several drugs has one for each drug's name and filter lexeme):
        // with these documents, many enough that the default statistics give the scan (asserted below, so that the
        // test says so when its documents no longer show the difference).
        String query = IntStream.rangeClosed(1, 40).mapToObj((id) -> "'d:" + id + "'").collect(Collectors.joining(" | "));
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
            assertThat(plan(matches, query)).as("the plan with the migrated statistics")
                .anySatisfy((line) -> assertThat(line).contains("Bitmap Index Scan on search_document_document_idx"))
                .noneSatisfy((line) -> assertThat(line).contains("Seq Scan on search_document"));

            // The same documents with the default statistics: the plan V17 exists to avoid.
            this.jdbc.sql("alter table search_document alter column document set statistics -1").update();
            this.jdbc.sql("analyze search_document").update();
            assertThat(plan(matches, query)).as("the plan with the default statistics")
                .anySatisfy((line) -> assertThat(line).contains("Seq Scan on search_document"));
        });
        assertThat(this.jdbc.sql("select count(*) from search_document where record_id > 100000000")
            .query(Long.class)
            .single()).isZero();
    }

    private List<String> plan(String matches, String query) {
        return this.jdbc.sql("explain " + matches)
            .param("query", query)
            .param("yearFrom", null, Types.INTEGER)
            .param("yearTo", null, Types.INTEGER)
            .param("candidates", SearchRequest.MAX_RESULTS)
            .query(String.class)
            .list();
    }

}
