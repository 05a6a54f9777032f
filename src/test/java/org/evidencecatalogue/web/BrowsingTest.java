package org.evidencecatalogue.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The browsing pages: the evidence map, the study list's filters, sorts and URL state, the discussion filters. */
@CatalogueApplicationTest
class BrowsingTest {

    static final String ROERINK = "roerink-2017-anakinra-me-cfs";

    static final String MAIER = "maier-2015-anakinra-als";

    static final String MONTEAGUDO = "monteagudo-2020-anakinra-mas";

    @Autowired
    MockMvc mvc;

    @Test
    void homeShowsCountsAndAnEvidenceMapWhoseCellsLinkToTheFilteredList() throws Exception {
        String html = html(get("/"));
        assertThat(html).contains("<strong>3</strong> <span>studies</span>");
        assertThat(html).contains("href=\"/studies?drug=anakinra&amp;condition=me-cfs\"")
            .contains("href=\"/studies?drug=anakinra&amp;condition=als\"")
            .contains("href=\"/studies?drug=anakinra&amp;condition=mas\"");
        assertThat(html).contains("1 × No difference", "1 × No comparison", "1 × no primary outcome named");
        assertThat(studySlugs(html(get("/studies?drug=anakinra&condition=me-cfs")))).containsExactly(ROERINK);
    }

    @Test
    void homeListsRecentlyChangedStudies() throws Exception {
        assertThat(html(get("/"))).contains("Recently changed studies")
            .contains("href=\"/studies/" + ROERINK + "\"", "href=\"/studies/" + MAIER + "\"");
    }

    @Test
    void studyListFiltersByConditionIncludingItsSubConditions() throws Exception {
        assertThat(studySlugs(html(get("/studies?condition=me-cfs")))).containsExactly(ROERINK);
        assertThat(studySlugs(html(get("/studies?condition=hlh")))).as("MAS is a kind of secondary HLH, a kind of HLH")
            .containsExactly(MONTEAGUDO);
        assertThat(studySlugs(html(get("/studies?condition=gout")))).isEmpty();
    }

    @Test
    void studyListFiltersByDesignYearsAndPem() throws Exception {
        assertThat(studySlugs(html(get("/studies?design=RANDOMISED_CONTROLLED_TRIAL")))).containsExactly(ROERINK);
        assertThat(studySlugs(html(get("/studies?design=retrospective_case_series")))).containsExactly(MONTEAGUDO);
        assertThat(studySlugs(html(get("/studies?from=2016&to=2019")))).containsExactly(ROERINK);
        assertThat(studySlugs(html(get("/studies?from=2019&to=2015")))).as("a reversed range is read the right way round")
            .containsExactly(ROERINK, MAIER);
        assertThat(studySlugs(html(get("/studies?pem=not-required")))).containsExactly(ROERINK);
        assertThat(studySlugs(html(get("/studies?pem=required")))).isEmpty();
        assertThat(studySlugs(html(get("/studies?drug=anakinra&design=SINGLE_ARM_TRIAL&from=2015")))).containsExactly(MAIER);
    }

    @Test
    void studyListSortsByYearTitleAndSize() throws Exception {
        assertThat(studySlugs(html(get("/studies")))).containsExactly(MONTEAGUDO, ROERINK, MAIER);
        assertThat(studySlugs(html(get("/studies?sort=oldest")))).containsExactly(MAIER, ROERINK, MONTEAGUDO);
        assertThat(studySlugs(html(get("/studies?sort=title")))).containsExactly(MONTEAGUDO, ROERINK, MAIER);
        assertThat(studySlugs(html(get("/studies?sort=largest")))).containsExactly(ROERINK, MAIER, MONTEAGUDO);
    }

    @Test
    void studyListKeepsItsStateInTheFormAndOffersToRemoveEachFilter() throws Exception {
        String html = html(get("/studies?condition=me-cfs&pem=not-required&sort=title"));
        assertThat(html).contains("<option value=\"me-cfs\" selected=\"selected\">")
            .contains("<option value=\"not-required\" selected=\"selected\">")
            .contains("<option value=\"title\" selected=\"selected\">")
            .contains("href=\"/studies?pem=not-required&amp;sort=title\"")
            .contains("href=\"/studies?condition=me-cfs&amp;sort=title\"");
    }

    @Test
    void unreadableParametersAreIgnoredAndNamedNeverAnError() throws Exception {
        String html = html(get("/studies?design=bogus&from=abc&to=99999&pem=maybe&sort=sideways&page=x&condition=nope&drug=<b>"));
        assertThat(studySlugs(html)).containsExactlyInAnyOrder(ROERINK, MAIER, MONTEAGUDO);
        assertThat(html).contains("could not be understood and was ignored")
            .contains("design", "condition", "drug")
            .doesNotContain("<b>");
        assertThat(studySlugs(html(get("/studies?page=99")))).isEmpty();
        assertThat(studySlugs(html(get("/studies?page=-4")))).hasSize(3);
    }

    @Test
    void htmxRequestsGetOnlyTheResultsFragment() throws Exception {
        String fragment = html(get("/studies?condition=als").header("HX-Request", "true"));
        assertThat(fragment).startsWith("<section id=\"study-results\"").doesNotContain("<html").doesNotContain("<header");
        assertThat(studySlugs(fragment)).containsExactly(MAIER);
        assertThat(html(get("/studies"))).contains("data-hx-get=\"/studies\"").doesNotContain(" hx-get=");
    }

    @Test
    void studyListShowsEachStudysDesignSizeAndPrimaryOutcomeDirection() throws Exception {
        String html = html(get("/studies?condition=me-cfs"));
        assertThat(html).contains("Randomised controlled trial", "N = 50", "PEM not required")
            .contains("Primary outcome:", "No difference");
    }

    @Test
    void drugPageGroupsStudiesByConditionWithTheirDirection() throws Exception {
        String html = html(get("/drugs/anakinra"));
        int als = html.indexOf("<h3><a href=\"/conditions/als\">");
        int mas = html.indexOf("<h3><a href=\"/conditions/mas\">");
        int meCfs = html.indexOf("<h3><a href=\"/conditions/me-cfs\">");
        assertThat(als).isPositive().isLessThan(html.indexOf("/studies/" + MAIER, als));
        assertThat(mas).isGreaterThan(als);
        assertThat(meCfs).isGreaterThan(mas);
        assertThat(html.indexOf("/studies/" + ROERINK)).isGreaterThan(meCfs);
        assertThat(html).contains("N = 17", "N = 5", "none named");
    }

    @Test
    void studyPageDrawsAForestPlotWithATextAlternativeAndProportionBars() throws Exception {
        String html = html(get("/studies/" + ROERINK));
        assertThat(html).contains("class=\"chart-forest\"")
            .contains("aria-label=\"Fatigue severity (CIS-fatigue): Mean difference 1.5 (95% CI −4.1 to 7.2). "
                    + "The line of no effect at 0 lies inside the interval.\"")
            .contains("aria-label=\"Injection-site reactions: Anakinra 17/25 (68%); Placebo 1/25 (4%).\"")
            .contains("aria-label=\"Fatigue in the healthy range: Anakinra 2/25 (8%); Placebo 5/25 (20%).\"");
        assertThat(html(get("/studies/" + MONTEAGUDO))).contains("aria-label=\"Death: Continuous intravenous anakinra 2/5 (40%).\"")
            .doesNotContain("class=\"chart-forest\"");
    }

    @Test
    void studyPagesCarryBreadcrumbsAndThePrintStylesheetIsServed() throws Exception {
        assertThat(html(get("/studies/" + MAIER))).contains("<nav class=\"breadcrumbs\"")
            .contains("<li aria-current=\"page\">André Maier 2015</li>");
        String css = this.mvc.perform(get("/assets/css/site.css")).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        assertThat(css).contains("@media print");
        this.mvc.perform(get("/assets/favicon.svg")).andExpect(status().isOk());
        this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void discussionsFilterByKindStudyDrugAndCondition() throws Exception {
        String critiques = html(get("/discussions?kind=CRITIQUE"));
        assertThat(excerptSlugs(critiques)).containsExactly("phoenix-rising-anakinra-08-unnamed-investigator-critique",
                "phoenix-rising-anakinra-09-nk17-agrees-bet", "phoenix-rising-anakinra-10-anne-too-hopeful",
                "phoenix-rising-anakinra-13-nk17-bet-still-on");
        assertThat(critiques).doesNotContain("Has anyone tried this before?");
        String aboutStudy = html(get("/discussions?study=" + ROERINK));
        assertThat(aboutStudy).contains("Has anyone tried this before?").doesNotContain("I am afraid I know very little");
        assertThat(html(get("/discussions?kind=nonsense&page=zz"))).contains("could not be understood and was ignored")
            .contains("Has anyone tried this before?");
        assertThat(excerptSlugs(html(get("/discussions?condition=als")))).isEmpty();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The study pages linked from the list items, in order. */
    static List<String> studySlugs(String html) {
        return matches(html, "<a class=\"study-title\" href=\"/studies/([a-z0-9-]+)\"");
    }

    static List<String> excerptSlugs(String html) {
        return matches(html, "<figure class=\"excerpt\" id=\"excerpt-([a-z0-9-]+)\"");
    }

    private static List<String> matches(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

}
