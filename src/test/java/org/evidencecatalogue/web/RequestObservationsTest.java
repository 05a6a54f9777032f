package org.evidencecatalogue.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a request is observed as (management.observations in application.yaml): the request itself, for its metrics,
 * and not each of Spring Security's filters, which nothing here records and which cost 3.6% of a search page's CPU.
 */
@CatalogueApplicationTest
class RequestObservationsTest {

    @Autowired
    ObservationRegistry observations;

    @LocalServerPort
    int port;

    @Test
    void aSearchPageIsObservedAsARequestWithoutItsSecurityFilters() {
        // The handler stays registered in the context that later tests share: it records only during this request.
        List<String> started = new CopyOnWriteArrayList<>();
        AtomicBoolean recording = new AtomicBoolean(true);
        this.observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                if (recording.get()) {
                    started.add(context.getName());
                }
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });

        HttpResponse<String> response = Http.get(this.port, "/search?q=anakinra");
        recording.set(false);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(started).contains("http.server.requests")
            .noneSatisfy((name) -> assertThat(name).startsWith("spring.security"));
    }

}
