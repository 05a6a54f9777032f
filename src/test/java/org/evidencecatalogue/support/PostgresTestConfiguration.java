package org.evidencecatalogue.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The real PostgreSQL every integration test runs against: a Testcontainers container where a Docker
 * engine answers, otherwise a fresh database on the local server ({@link LocalTestDatabase}).
 * {@code EVIDENCE_TEST_DATABASE=local} or {@code =testcontainers} forces one path.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
    }

    @Bean
    @Conditional(DockerUnavailable.class)
    JdbcConnectionDetails localPostgres() {
        return LocalTestDatabase.get();
    }

    static boolean useTestcontainers() {
        String forced = System.getenv("EVIDENCE_TEST_DATABASE");
        if ("local".equalsIgnoreCase(forced)) {
            return false;
        }
        if ("testcontainers".equalsIgnoreCase(forced)) {
            return true;
        }
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static class DockerAvailable implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return useTestcontainers();
        }

    }

    static class DockerUnavailable implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !useTestcontainers();
        }

    }

}
