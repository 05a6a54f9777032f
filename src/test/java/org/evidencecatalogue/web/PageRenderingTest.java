package org.evidencecatalogue.web;

import java.net.http.HttpResponse;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RenderingResponse;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are rendered whole before any of them is sent (spring.thymeleaf.servlet in application.yaml): a page whose
 * template fails after more than Tomcat's 8 KB response buffer gets the error page and its status, not a 200 cut
 * off part-way.
 */
@CatalogueApplicationTest
class PageRenderingTest {

    @LocalServerPort
    int port;

    @Test
    void aPageThatFailsPartWayGetsTheErrorPage() {
        HttpResponse<String> response = Http.get(this.port, "/test/fails-late");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong on our side").doesNotContain("Row 1 of the page");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingPage {

        @Bean
        RouterFunction<ServerResponse> failingPage() {
            return RouterFunctions.route()
                .GET("/test/fails-late", (request) -> RenderingResponse.create("test/fails-late")
                    .modelAttribute("late", new Late())
                    .build())
                .build();
        }

    }

    /** A value that cannot be read. */
    static final class Late {

        public String value() {
            throw new IllegalStateException("this value cannot be read");
        }

    }

}
