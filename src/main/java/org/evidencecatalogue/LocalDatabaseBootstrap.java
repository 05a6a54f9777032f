package org.evidencecatalogue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Development convenience for {@code ./mvnw spring-boot:run}: on a local PostgreSQL server it creates the
 * application's role and database when they are missing, so a fresh clone starts with no manual step.
 * It runs only with the {@code local} profile, which the Maven plugin activates; production never sees it.
 */
class LocalDatabaseBootstrap implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(LocalDatabaseBootstrap.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (!env.acceptsProfiles(Profiles.of("local"))
                || !env.getProperty("evidence.local-bootstrap.enabled", Boolean.class, false)) {
            return;
        }
        String adminUrl = env.getRequiredProperty("evidence.local-bootstrap.admin-url");
        String adminUser = env.getRequiredProperty("evidence.local-bootstrap.admin-username");
        String adminPassword = env.getProperty("evidence.local-bootstrap.admin-password", "");
        String database = env.getRequiredProperty("evidence.local-bootstrap.database");
        String role = env.getRequiredProperty("spring.datasource.username");
        String password = env.getProperty("spring.datasource.password", "");
        try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword)) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
                execute(admin, "create role " + quote(role) + " login password " + literal(password));
                log.info("Created local database role {}", role);
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
                execute(admin, "create database " + quote(database) + " owner " + quote(role));
                log.info("Created local database {}", database);
            }
        }
        catch (SQLException ex) {
            // Not fatal: the datasource may still be reachable with the configured credentials.
            log.warn("Local database bootstrap skipped ({}): {}", adminUrl, ex.getMessage());
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            return statement.executeQuery().next();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

}
