package org.evidencecatalogue.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A fresh database on a PostgreSQL server that is already running (these machines have no Docker engine).
 * One database per test JVM, created on first use and dropped when the JVM exits, so a test never touches
 * the application's own database. The server is given by {@code EVIDENCE_TEST_PG_URL} (an admin JDBC URL,
 * default {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code EVIDENCE_TEST_PG_USER} (default
 * {@code postgres}) and {@code EVIDENCE_TEST_PG_PASSWORD} (default empty).
 */
final class LocalTestDatabase implements JdbcConnectionDetails {

    private static LocalTestDatabase instance;

    private final String url;

    private final String username;

    private final String password;

    private LocalTestDatabase(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    static synchronized LocalTestDatabase get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    private static LocalTestDatabase create() {
        String adminUrl = env("EVIDENCE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("EVIDENCE_TEST_PG_USER", "postgres");
        String password = env("EVIDENCE_TEST_PG_PASSWORD", "");
        String name = "evidence_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        execute(adminUrl, user, password, "create database " + name);
        Runtime.getRuntime()
            .addShutdownHook(new Thread(() -> execute(adminUrl, user, password,
                    "drop database if exists " + name + " with (force)")));
        return new LocalTestDatabase(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, user, password);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url
                    + " (set EVIDENCE_TEST_PG_URL / _USER / _PASSWORD to a PostgreSQL server)", ex);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return (value != null && !value.isBlank()) ? value : fallback;
    }

    @Override
    public String getJdbcUrl() {
        return this.url;
    }

    @Override
    public String getUsername() {
        return this.username;
    }

    @Override
    public String getPassword() {
        return this.password;
    }

}
