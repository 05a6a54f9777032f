package org.evidencecatalogue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The development path of {@code ./mvnw spring-boot:run}: a missing role and database are created. */
class LocalDatabaseBootstrapTest {

    static final String ADMIN_URL = System.getenv().getOrDefault("EVIDENCE_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres");

    static final String ADMIN_USER = System.getenv().getOrDefault("EVIDENCE_TEST_PG_USER", "postgres");

    static final String ADMIN_PASSWORD = System.getenv().getOrDefault("EVIDENCE_TEST_PG_PASSWORD", "");

    final String name = "evidence_bootstrap_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0x100000));

    @Test
    void createsMissingRoleAndDatabaseThatTheApplicationCanThenUse() throws SQLException {
        run(environment("local", true));
        run(environment("local", true)); // a second start finds both and changes nothing

        String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + this.name;
        try (Connection connection = DriverManager.getConnection(url, this.name, "secret-" + this.name);
                Statement statement = connection.createStatement()) {
            var result = statement.executeQuery(
                    "select current_user, pg_get_userbyid(datdba) from pg_database where datname = current_database()");
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo(this.name);
            assertThat(result.getString(2)).as("the application's role owns its database").isEqualTo(this.name);
        }
    }

    @Test
    void doesNothingWithoutTheLocalProfile() throws SQLException {
        run(environment("default", true));
        assertThat(databaseExists()).isFalse();
    }

    @AfterEach
    void dropDatabaseAndRole() throws SQLException {
        admin("drop database if exists " + this.name + " with (force)");
        admin("drop role if exists " + this.name);
    }

    private StandardEnvironment environment(String profile, boolean enabled) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(profile);
        environment.getPropertySources()
            .addFirst(new MapPropertySource("test", Map.of("evidence.local-bootstrap.enabled", enabled,
                    "evidence.local-bootstrap.admin-url", ADMIN_URL, "evidence.local-bootstrap.admin-username",
                    ADMIN_USER, "evidence.local-bootstrap.admin-password", ADMIN_PASSWORD,
                    "evidence.local-bootstrap.database", this.name, "spring.datasource.username", this.name,
                    "spring.datasource.password", "secret-" + this.name)));
        return environment;
    }

    private void run(StandardEnvironment environment) {
        new LocalDatabaseBootstrap().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
    }

    private boolean databaseExists() throws SQLException {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD);
                var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            statement.setString(1, this.name);
            return statement.executeQuery().next();
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

}
