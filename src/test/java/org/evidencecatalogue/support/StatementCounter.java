package org.evidencecatalogue.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the SQL statements the current thread sends while an action runs, by wrapping the application's
 * {@link DataSource} in a datasource-proxy. MockMvc renders a page in the test's own thread, so a recording
 * around {@code mvc.perform(…)} holds exactly that page's statements and nothing from the server's or the
 * pool's threads. Test-only: bring it in with {@code @Import(StatementCounter.class)} where statements are
 * counted, so other tests keep the plain data source.
 */
public class StatementCounter implements BeanPostProcessor {

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                .name(beanName)
                .afterQuery((execution, queries) -> record(queries))
                .build();
        }
        return bean;
    }

    /** The statements the current thread sent while {@code action} ran, one entry per statement. */
    public Statements during(Action action) throws Exception {
        List<String> statements = new ArrayList<>();
        this.recording.set(statements);
        try {
            action.run();
        }
        finally {
            this.recording.remove();
        }
        return new Statements(List.copyOf(statements));
    }

    private void record(List<QueryInfo> queries) {
        List<String> statements = this.recording.get();
        if (statements != null) {
            queries.forEach((query) -> statements.add(query.getQuery()));
        }
    }

    @FunctionalInterface
    public interface Action {

        void run() throws Exception;

    }

    /** Recorded SQL, numbered one per line by {@link #toString()} so a failed assertion shows what ran. */
    public record Statements(List<String> sql) {

        public int count() {
            return this.sql.size();
        }

        /**
         * Statements other than a paged list's total: Spring Data counts only once a page is full, which depends
         * on the page size, not on how rows are fetched.
         */
        public int countWithoutPageTotals() {
            return (int) this.sql.stream().filter((statement) -> !statement.startsWith("select count(")).count();
        }

        @Override
        public String toString() {
            return IntStream.range(0, this.sql.size())
                .mapToObj((i) -> (i + 1) + ". " + this.sql.get(i))
                .collect(Collectors.joining("\n", this.sql.size() + " statements:\n", ""));
        }

    }

}
