package org.evidencecatalogue.api;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CatalogueApplicationTest
class CatalogueApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void studiesAreListedWithTheSameFiltersAsThePage() throws Exception {
        this.mvc.perform(get("/api/v1/studies"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.total").value(3))
            .andExpect(jsonPath("$.items[*].slug").value(contains("monteagudo-2020-anakinra-mas",
                    "roerink-2017-anakinra-me-cfs", "maier-2015-anakinra-als")));
        this.mvc.perform(get("/api/v1/studies?condition=hlh"))
            .andExpect(jsonPath("$.items[*].slug").value(contains("monteagudo-2020-anakinra-mas")));
        this.mvc.perform(get("/api/v1/studies?pemRequired=false&design=RANDOMISED_CONTROLLED_TRIAL"))
            .andExpect(jsonPath("$.items[0].slug").value("roerink-2017-anakinra-me-cfs"))
            .andExpect(jsonPath("$.items[0].enrolled").value(50))
            .andExpect(jsonPath("$.items[0].primaryDirections").value(contains("NO_DIFFERENCE")));
    }

    @Test
    void aStudyCarriesItsWholeRecord() throws Exception {
        this.mvc.perform(get("/api/v1/studies/roerink-2017-anakinra-me-cfs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.doi").value("10.7326/M16-2391"))
            .andExpect(jsonPath("$.pmid").value("28265678"))
            .andExpect(jsonPath("$.registrations[0].identifier").value("NCT02108210"))
            .andExpect(jsonPath("$.pemRequired").value(false))
            .andExpect(jsonPath("$.started").value("2014-07"))
            .andExpect(jsonPath("$.outcomes[0].effect.measure").value("MD"))
            .andExpect(jsonPath("$.outcomes[0].effect.value").value(1.5))
            .andExpect(jsonPath("$.outcomes[0].effect.ciLower").value(-4.1))
            .andExpect(jsonPath("$.outcomes[0].effect.ciUpper").value(7.2))
            .andExpect(jsonPath("$.outcomes[?(@.name == 'Injection-site reactions')].results[*].events").value(contains(17, 1)))
            .andExpect(jsonPath("$.sources[*].fileName").value(hasItem("001_6449949827f914ba.txt")));
    }

    @Test
    void drugsConditionsAndDiscussionsAreServed() throws Exception {
        this.mvc.perform(get("/api/v1/drugs/anakinra"))
            .andExpect(jsonPath("$.aliases[*].name").value(hasItem("Kineret")))
            .andExpect(jsonPath("$.approvals[?(@.condition == 'dira')].date").value(contains("2020-12")))
            .andExpect(jsonPath("$.contraindications").isNotEmpty());
        this.mvc.perform(get("/api/v1/conditions/mas"))
            .andExpect(jsonPath("$.ancestors[*].slug").value(contains("hlh", "secondary-hlh")))
            .andExpect(jsonPath("$.studies[*].slug").value(contains("monteagudo-2020-anakinra-mas")));
        this.mvc.perform(get("/api/v1/discussions?kind=CLINICIAN_OPINION"))
            .andExpect(jsonPath("$.items[*].author").value(contains("Jonathan Edwards", "Jonathan Edwards", "Jonathan Edwards")));
    }

    @Test
    void errorsAreProblemDetails() throws Exception {
        this.mvc.perform(get("/api/v1/studies/nope"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
            .andExpect(jsonPath("$.detail").value("No study has the slug 'nope'."));
        this.mvc.perform(get("/api/v1/studies?from=abc"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value("Parameter 'from' must be a whole number."));
        this.mvc.perform(get("/api/v1/studies?design=MAGIC"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("RANDOMISED_CONTROLLED_TRIAL")));
    }

    @Test
    void theApiIsDocumentedByOpenApi() throws Exception {
        this.mvc.perform(get("/v3/api-docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.paths['/api/v1/studies/{slug}']").exists())
            .andExpect(jsonPath("$.paths['/api/v1/discussions']").exists());
    }

}
