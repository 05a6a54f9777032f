package org.evidencecatalogue.search;

import java.util.List;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk rebuild of the search tables (search_rebuild(), db/migration/V18) writes drugs and conditions first, then
 * studies and forum excerpts in turn, so that a search that scans the documents until it has enough meets each
 * kind as often as it has documents rather than one kind's whole run first.
 */
@CatalogueApplicationTest
class SearchRebuildTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRebuildWritesStudiesAndExcerptsInTurnAfterTheNames() {
        this.transactions.executeWithoutResult((transaction) -> {
            transaction.setRollbackOnly();
            // A bulk load, as search_rebuild() expects one: triggers off (no refresh queued), then the rebuild.
            // 640 studies and 128 excerpts beside the seeded records: several of each kind in every chunk.
            this.jdbc.sql("set local session_replication_role = replica").update();
            this.jdbc.sql("""
                    insert into study (slug, title, first_author, publication_year)
                    select 'rebuild-study-' || i, 'Rebuild study ' || i, 'Author', 2000 + i % 20
                      from generate_series(1, 640) i
                    """).update();
            this.jdbc.sql("""
                    insert into discussion_excerpt (slug, forum, thread_title, position_in_thread, text, kind, source_id)
                    select 'rebuild-excerpt-' || i, 'Forum', 'Thread ' || i, 1, 'Excerpt ' || i, 'PATIENT_VIEW',
                           (select min(id) from source)
                      from generate_series(1, 128) i
                    """).update();
            this.jdbc.sql("set local session_replication_role = origin").update();
            long chunks = this.jdbc.sql("select max(chunk) from search_rebuild_chunks()").query(Long.class).single();
            assertThat(chunks).isGreaterThan(8);
            this.jdbc.sql("select search_rebuild()").query().listOfRows();

            List<String> kinds = this.jdbc.sql("select kind from search_document order by ctid")
                .query(String.class)
                .list();
            long studies = kinds.stream().filter("STUDY"::equals).count();
            long excerpts = kinds.stream().filter("DISCUSSION"::equals).count();
            assertThat(studies).isGreaterThanOrEqualTo(640);
            assertThat(excerpts).isGreaterThanOrEqualTo(128);

            // PostgreSQL puts a row in the first page with room for it, so the order holds page by page, not row by
            // row: a row too long for the rest of its page goes to the next, and a shorter one after it may fill that
            // rest. Hence windows rather than runs.
            int names = (int) kinds.stream().filter((kind) -> kind.equals("DRUG") || kind.equals("CONDITION")).count();
            assertThat(names).isPositive();
            int lead = names + (int) (ceilingOfAChunk(studies, chunks) + ceilingOfAChunk(excerpts, chunks));
            assertThat(kinds.subList(lead, kinds.size())).as("drugs and conditions lead")
                .doesNotContain("DRUG", "CONDITION");
            // Each eighth of the studies and excerpts has about an eighth of the excerpts (within two chunks' worth);
            // written one kind after the other, the first eighths would be studies alone.
            List<String> rest = kinds.stream()
                .filter((kind) -> kind.equals("STUDY") || kind.equals("DISCUSSION"))
                .toList();
            int eighth = rest.size() / 8;
            long slack = 2 * ceilingOfAChunk(excerpts, chunks);
            for (int window = 0; window < 8; window++) {
                List<String> part = rest.subList(window * eighth, (window + 1) * eighth);
                assertThat(part.stream().filter("DISCUSSION"::equals).count()).as("excerpts in eighth %d", window + 1)
                    .isBetween(excerpts / 8 - slack, excerpts / 8 + slack);
            }
        });
        assertThat(this.jdbc.sql("select count(*) from search_document where slug like 'rebuild-%'")
            .query(Long.class)
            .single()).isZero();
    }

    private static long ceilingOfAChunk(long documents, long chunks) {
        return (documents + chunks - 1) / chunks;
    }

}
