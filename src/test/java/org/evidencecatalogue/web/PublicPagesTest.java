package org.evidencecatalogue.web;

import java.net.http.HttpResponse;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CatalogueApplicationTest
class PublicPagesTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void homeListsTheSeededStudiesByTitle() throws Exception {
        String html = this.mvc.perform(get("/"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(html).contains("Cytokine Inhibition in Patients With Chronic Fatigue Syndrome: A Randomized Trial")
            .contains("Interleukin-1 Antagonist Anakinra in Amyotrophic Lateral Sclerosis—A Pilot Study")
            .contains(
                    "Continuous Intravenous Anakinra Infusion to Calm the Cytokine Storm in Macrophage Activation Syndrome")
            .contains("href=\"/studies/roerink-2017-anakinra-me-cfs\"");
    }

    @Test
    void studyPageShowsItsDoiAsALink() throws Exception {
        this.mvc.perform(get("/studies/roerink-2017-anakinra-me-cfs"))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString(
                    "<a class=\"doi\" href=\"https://doi.org/10.7326/M16-2391\">10.7326/M16-2391</a>")));
    }

    @Test
    void unknownStudySlugGivesTheStyledNotFoundPage() {
        HttpResponse<String> response = Http.get(this.port, "/studies/no-such-study");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("We could not find that page")
            .contains("Evidence Catalogue")
            .doesNotContain("Whitelabel")
            .doesNotContain("Exception")
            .doesNotContain("at org.");
    }

    @Test
    void unmappedAddressGivesTheStyledNotFoundPage() {
        HttpResponse<String> response = Http.get(this.port, "/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("We could not find that page").doesNotContain("Whitelabel");
    }

    @Test
    void healthIsPublicAndUpWithTheDatabaseChecked() {
        HttpResponse<String> response = Http.get(this.port, "/actuator/health", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).endsWith("\"status\":\"UP\"}").contains("\"db\":{\"status\":\"UP\"}");
        HttpResponse<String> readiness = Http.get(this.port, "/actuator/health/readiness", "application/json");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\":{\"status\":\"UP\"}");
    }

    @Test
    void restOfActuatorIsNotPublic() {
        assertThat(Http.get(this.port, "/actuator/env").statusCode()).isIn(401, 403, 404);
        assertThat(Http.get(this.port, "/actuator/beans").statusCode()).isIn(401, 403, 404);
    }

}
