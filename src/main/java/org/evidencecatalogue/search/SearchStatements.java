package org.evidencecatalogue.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prepares search's statements. At TRACE, logger {@code org.evidencecatalogue.search.statements} writes each
 * statement and its parameters as one line of JSON: {@code bench/search.sh} replays exactly those as bare SQL.
 */
@Component
class SearchStatements {

    private static final Logger log = LoggerFactory.getLogger("org.evidencecatalogue.search.statements");

    private final JdbcClient jdbc;

    private final JsonMapper json;

    SearchStatements(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
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

}
