package org.evidencecatalogue;

import java.util.List;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The context starting at all proves Hibernate validated the schema that Flyway built from nothing. */
@CatalogueApplicationTest
class DatabaseMigrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationAppliedToAFreshDatabase() {
        List<Boolean> outcomes = this.jdbc.sql("select success from flyway_schema_history where version is not null")
            .query(Boolean.class)
            .list();
        assertThat(outcomes).isNotEmpty().containsOnly(true);
        assertThat(this.jdbc.sql("select min(installed_rank) from flyway_schema_history").query(Integer.class).single())
            .isEqualTo(1);
    }

    @Test
    void searchExtensionsAreInstalled() {
        assertThat(this.jdbc.sql("select extname from pg_extension").query(String.class).list())
            .contains("pg_trgm", "unaccent");
    }

    @Test
    void testsNeverRunInTheApplicationsOwnDatabase() {
        String database = this.jdbc.sql("select current_database()").query(String.class).single();
        assertThat(database).isNotEqualTo("evidence").isNotEqualTo("postgres");
    }

}
