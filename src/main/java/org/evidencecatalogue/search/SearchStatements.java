package org.evidencecatalogue.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prepares search's statements, on a pool of connections of search's own. Its sessions are read-only and plan
 * every statement for its own values ({@code plan_cache_mode = force_custom_plan}): a generic plan cannot know
 * how common a search's words are, and at 600,000 studies generic plans were hundreds of times slower for common
 * words. Setting this per session instead of in a transaction per search saves three round trips a search
 * (BEGIN, SET LOCAL, COMMIT), and the rest of the application keeps PostgreSQL's defaults, which suit its
 * fixed-shape queries. Each statement runs on its own (autocommit): a search only reads.
 * <p>
 * At TRACE, logger {@code org.evidencecatalogue.search.statements} writes each statement and its parameters as one
 * line of JSON: {@code bench/search.sh} replays exactly those as bare SQL, with the same session settings
 * ({@code search/session.options}).
 */
@Component
class SearchStatements implements DisposableBean {

    /** The settings of search's sessions, from {@code search/session.options}; bench/search.sh reads it too. */
    static final String SESSION_OPTIONS = SqlResources.read("search/session.options")
        .lines()
        .filter((line) -> !line.isBlank() && !line.startsWith("#"))
        .collect(Collectors.joining(" "));

    private static final Logger log = LoggerFactory.getLogger("org.evidencecatalogue.search.statements");

    private final HikariDataSource dataSource;

    private final JdbcClient jdbc;

    private final JsonMapper json;

    SearchStatements(JdbcConnectionDetails connection, JsonMapper json,
            @Value("${evidence.search.pool-size:6}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("search");
        config.setJdbcUrl(connection.getJdbcUrl());
        config.setUsername(connection.getUsername());
        config.setPassword(connection.getPassword());
        config.setDriverClassName(connection.getDriverClassName());
        config.setMaximumPoolSize(poolSize);
        config.setReadOnly(true);
        config.addDataSourceProperty("options", SESSION_OPTIONS);
        config.addDataSourceProperty("ApplicationName", "evidence-catalogue search");
        this.dataSource = new HikariDataSource();
        config.copyStateTo(this.dataSource);
        this.jdbc = JdbcClient.create(this.dataSource);
        this.json = json;
    }

    JdbcClient.StatementSpec prepare(String sql, Object... namesAndValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        if (log.isTraceEnabled()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sql", sql);
            entry.put("params", params);
            log.trace(this.json.writeValueAsString(entry));
        }
        return this.jdbc.sql(sql).params(params);
    }

    String json(Object value) {
        return this.json.writeValueAsString(value);
    }

    @Override
    public void destroy() {
        this.dataSource.close();
    }

}
