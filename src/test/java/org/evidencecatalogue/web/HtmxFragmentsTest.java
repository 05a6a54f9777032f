package org.evidencecatalogue.web;

import java.util.List;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.NuHtmlChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What htmx swaps into a list page is only the results, and it is as valid as the page around it. */
@CatalogueApplicationTest
class HtmxFragmentsTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({ "/studies?condition=me-cfs&sort=oldest, study-results",
            "/studies?condition=me-cfs&pem=required, study-results", "/discussions?kind=QUESTION, discussion-results" })
    void htmxGetsOnlyTheResultsAsValidHtml(String path, String id) throws Exception {
        String fragment = this.mvc.perform(get(path).header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(fragment.strip()).startsWith("<section id=\"" + id + "\"").doesNotContain("<html", "<form");
        List<String> errors = NuHtmlChecker.errorsInFragment(fragment);
        assertThat(errors)
            .withFailMessage(() -> errors.size() + " Nu HTML checker error(s) in the htmx response to " + path + ":\n  "
                    + String.join("\n  ", errors))
            .isEmpty();
    }

    /**
     * Search answers with its status (count and any correction), which htmx puts into the status element that
     * stays on the page, and then the results section that replaces the old one.
     */
    @Test
    void searchGetsItsStatusAndResultsAsValidHtml() throws Exception {
        String fragment = this.mvc.perform(get("/search?q=anakinara").header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(fragment.strip()).startsWith("<div id=\"search-status\" class=\"search-status\" role=\"status\">")
            .doesNotContain("<html", "<form");
        assertThat(fragment.indexOf("Did you mean")).isLessThan(fragment.indexOf("<section id=\"search-results\""));
        assertThat(fragment.indexOf("13 results")).isLessThan(fragment.indexOf("<section id=\"search-results\""));
        List<String> errors = NuHtmlChecker.errorsInFragment(fragment);
        assertThat(errors)
            .withFailMessage(() -> errors.size() + " Nu HTML checker error(s) in the htmx response to search:\n  "
                    + String.join("\n  ", errors))
            .isEmpty();
    }

}
