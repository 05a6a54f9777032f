package org.evidencecatalogue.search;

import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prepares search's statements, on connections of search's own: read-only sessions with the settings of
 * {@code search/session.options}, in two pools that differ in how PostgreSQL plans a prepared statement
 * ({@code plan_cache_mode}; and see {@link Plans} for the cost of reading an index). Most statements have a plan
 * that suits any values (look a name up, read a page's rows, read a word's postings best first): {@link #prepare}
 * runs them on sessions that plan each once
 * ({@code force_generic_plan}), since planning them for every search was more of the database's work than running
 * them (at 600,000 studies, 0.3 to 0.6 ms each against 0.1 to 0.5). Finding the documents that match a search's
 * words is not one of them: a generic plan cannot know how common the words are, and was hundreds of times
 * slower for common ones, so {@link #prepareForValues} runs it on sessions that plan it for each search's own
 * values ({@code force_custom_plan}). Setting this per session instead of per statement saves three round trips
 * (BEGIN, SET LOCAL, COMMIT), and the rest of the application keeps PostgreSQL's defaults. Each statement runs on
 * its own (autocommit): a search only reads.
 * <p>
 * At TRACE, logger {@code org.evidencecatalogue.search.statements} writes each statement, its parameters and its
 * pool's settings as one line of JSON: {@code bench/search.sh} replays exactly those as bare SQL, with the same
 * session settings.
 */
@Component
class SearchStatements implements DisposableBean {

    /** The settings of search's sessions, from {@code search/session.options}; bench/search.sh reads it too. */
    static final String SESSION_OPTIONS = SqlResources.read("search/session.options")
        .lines()
        .filter((line) -> !line.isBlank() && !line.startsWith("#"))
        .collect(Collectors.joining(" "));

    private static final Logger log = LoggerFactory.getLogger("org.evidencecatalogue.search.statements");

    private final HikariDataSource generic;

    private final HikariDataSource custom;

    private final JdbcClient planOnce;

    private final JdbcClient planEach;

    private final JsonMapper json;

    SearchStatements(JdbcConnectionDetails connection, JsonMapper json,
            @Value("${evidence.search.pool-size:6}") int poolSize) {
        this.generic = pool(connection, poolSize, Plans.GENERIC);
        this.custom = pool(connection, poolSize, Plans.CUSTOM);
        this.planOnce = JdbcClient.create(this.generic);
        this.planEach = JdbcClient.create(this.custom);
        this.json = json;
    }

    private static HikariDataSource pool(JdbcConnectionDetails connection, int poolSize, Plans plans) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("search-" + plans.name().toLowerCase(Locale.ROOT));
        config.setJdbcUrl(connection.getJdbcUrl());
        config.setUsername(connection.getUsername());
        config.setPassword(connection.getPassword());
        config.setDriverClassName(connection.getDriverClassName());
        config.setMaximumPoolSize(poolSize);
        config.setReadOnly(true);
        config.addDataSourceProperty("options", SESSION_OPTIONS + " " + plans.options());
        config.addDataSourceProperty("ApplicationName", "evidence-catalogue search");
        HikariDataSource dataSource = new HikariDataSource();
        config.copyStateTo(dataSource);
        return dataSource;
    }

    /**
     * A statement whose plan suits any values, with its parameters given as name, value, name, value… A parameter
     * that may be null is given through {@link #text}, {@link #bigint}, {@link #integer} or {@link #bool}, so that
     * it is sent with the same type whether or not it has a value: the driver prepares a statement on the server
     * for the types of its parameters, and a parameter sent untyped when null and typed otherwise made it parse
     * and prepare the statement again every time they alternated.
     */
    JdbcClient.StatementSpec prepare(String sql, Object... namesAndValues) {
        return statement(Plans.GENERIC, sql, namesAndValues);
    }

    /** A statement planned for each execution's values, its parameters given as for {@link #prepare}. */
    JdbcClient.StatementSpec prepareForValues(String sql, Object... namesAndValues) {
        return statement(Plans.CUSTOM, sql, namesAndValues);
    }

    private JdbcClient.StatementSpec statement(Plans plans, String sql, Object... namesAndValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        if (log.isTraceEnabled()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sql", sql);
            Map<String, Object> values = new LinkedHashMap<>();
            params.forEach((name, value) -> values.put(name,
                    (value instanceof SqlParameterValue typed) ? typed.getValue() : value));
            entry.put("params", values);
            entry.put("settings", plans.settings());
            log.trace(this.json.writeValueAsString(entry));
        }
        return ((plans == Plans.GENERIC) ? this.planOnce : this.planEach).sql(sql).params(params);
    }

    static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    static SqlParameterValue bigint(Long value) {
        return new SqlParameterValue(Types.BIGINT, value);
    }

    static SqlParameterValue integer(Integer value) {
        return new SqlParameterValue(Types.INTEGER, value);
    }

    static SqlParameterValue bool(Boolean value) {
        return new SqlParameterValue(Types.BOOLEAN, value);
    }

    String json(Object value) {
        return this.json.writeValueAsString(value);
    }

    @Override
    public void destroy() {
        this.generic.close();
        this.custom.close();
    }

    /**
     * How a pool's sessions plan prepared statements: {@code plan_cache_mode}, and what the planner takes reading
     * an index entry to cost ({@code cpu_index_tuple_cost}). With PostgreSQL's default (0.005) the search of the
     * documents read two common words from the GIN index up to about 75,000 estimated matches, though scanning the
     * documents was faster from about 27,000: the index builds a bitmap of every match before the first is
     * returned, where the scan stops at the thousandth (at 600,000 studies, one client: "open treatment" 63 against
     * 17 ms, and 37 to 66 against 16 to 25 ms for other pairs). At 0.1 it scans from about 35,000 to 40,000
     * estimated matches; rarer words and names still read the index. The statements planned once keep the default,
     * so that their plans (postings, names by trigrams) are made as before.
     */
    private enum Plans {

        GENERIC("0.005"), CUSTOM("0.1");

        private final String cpuIndexTupleCost;

        Plans(String cpuIndexTupleCost) {
            this.cpuIndexTupleCost = cpuIndexTupleCost;
        }

        /** The value of {@code plan_cache_mode}. */
        String mode() {
            return "force_" + name().toLowerCase(Locale.ROOT) + "_plan";
        }

        /** The pool's own session settings, by name; bench/search.sh sets the same before each statement. */
        SortedMap<String, String> settings() {
            return new TreeMap<>(Map.of("plan_cache_mode", mode(), "cpu_index_tuple_cost", this.cpuIndexTupleCost));
        }

        String options() {
            return settings().entrySet()
                .stream()
                .map((setting) -> "-c " + setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.joining(" "));
        }

    }

}
