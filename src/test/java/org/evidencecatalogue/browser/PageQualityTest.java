package org.evidencecatalogue.browser;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.evidencecatalogue.support.AxeAudit;
import org.evidencecatalogue.support.Browser;
import org.evidencecatalogue.support.BrowserConsole;
import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.Http;
import org.evidencecatalogue.support.NetworkRequests;
import org.evidencecatalogue.support.NuHtmlChecker;
import org.evidencecatalogue.support.Reflow;
import org.evidencecatalogue.support.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every kind of public page in a real Chromium, on a desktop window and on a phone: axe-core finds no WCAG 2.2
 * A/AA violation and no breach of its best practices, the W3C Nu checker no error in the HTML as served, the
 * console no error, the page asks nothing of any host but the application's own, and it fits its viewport's
 * width. A full-page screenshot of each is left in {@code target/screenshots/} to be looked at.
 */
@CatalogueApplicationTest
class PageQualityTest {

    private static final String EXCERPT = "/discussions/phoenix-rising-anakinra-01-anne-opens-thread";

    /** 501 characters once decoded ("anakinra anakinra … anakin"), one more than can be searched. */
    private static final String TOO_LONG = "anakinra+".repeat(56).substring(0, 501);

    private static final Map<Viewport, ChromeDriver> browsers = new EnumMap<>(Viewport.class);

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.isAvailable(), "Chromium and ChromeDriver are not installed");
    }

    @AfterAll
    static void quitBrowsers() {
        browsers.values().forEach(ChromeDriver::quit);
        browsers.clear();
    }

    static Stream<Page> pages() {
        return Stream.of(desktop("home", "/"), desktop("studies", "/studies"),
                desktop("studies-filtered", "/studies?condition=me-cfs&drug=anakinra&sort=oldest"),
                desktop("studies-filtered-by-design-years-pem",
                        "/studies?design=RCT&from=2015&to=2017&pem=not-required"),
                desktop("studies-filtered-to-nothing", "/studies?condition=me-cfs&pem=required"),
                desktop("study-roerink-2017-anakinra-me-cfs", "/studies/roerink-2017-anakinra-me-cfs"),
                desktop("study-maier-2015-anakinra-als", "/studies/maier-2015-anakinra-als"),
                desktop("study-monteagudo-2020-anakinra-mas", "/studies/monteagudo-2020-anakinra-mas"),
                desktop("drugs", "/drugs"), desktop("drug-anakinra", "/drugs/anakinra"),
                desktop("conditions", "/conditions"), desktop("condition-me-cfs", "/conditions/me-cfs"),
                desktop("condition-mas", "/conditions/mas"), desktop("condition-hlh", "/conditions/hlh"),
                desktop("discussions", "/discussions"),
                desktop("discussions-filtered", "/discussions?drug=anakinra&condition=me-cfs"),
                new Page("not-found", "/studies/no-such-study", Viewport.DESKTOP, 404),
                phone("phone-home", "/"), phone("phone-studies-filtered", "/studies?condition=me-cfs"),
                phone("phone-study-roerink-2017-anakinra-me-cfs", "/studies/roerink-2017-anakinra-me-cfs"),
                phone("phone-study-monteagudo-2020-anakinra-mas", "/studies/monteagudo-2020-anakinra-mas"),
                phone("phone-drug-anakinra", "/drugs/anakinra"), phone("phone-condition-me-cfs", "/conditions/me-cfs"),
                phone("phone-discussions", "/discussions"), phone("phone-discussion-excerpt", EXCERPT),
                desktop("discussion-excerpt", EXCERPT), desktop("search", "/search"),
                desktop("search-kineret", "/search?q=Kineret"),
                desktop("search-did-you-mean", "/search?q=anakinara"),
                desktop("search-fatigue-studies-newest", "/search?q=fatigue&kind=study&sort=newest"),
                desktop("search-condition-me-cfs", "/search?condition=me-cfs"),
                new Page("search-too-long", "/search?q=" + TOO_LONG, Viewport.DESKTOP, 400),
                phone("phone-search", "/search"), phone("phone-search-kineret", "/search?q=Kineret"),
                phone("phone-search-did-you-mean", "/search?q=anakinara"),
                phone("phone-search-fatigue-studies-newest", "/search?q=fatigue&kind=study&sort=newest"),
                phone("phone-search-condition-me-cfs", "/search?condition=me-cfs"),
                new Page("phone-search-too-long", "/search?q=" + TOO_LONG, Viewport.PHONE, 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void isAccessibleValidSelfContainedAndFitsItsViewport(Page page) {
        ChromeDriver driver = browser(page.viewport());
        URI origin = URI.create("http://localhost:" + this.port);
        String url = origin.resolve(page.path()).toString();

        driver.get(url);
        AxeAudit.Report axe = AxeAudit.run(driver);
        List<String> overflow = Reflow.overflow(driver, page.viewport().reflowWidth());
        Screenshots.saveFullPage(driver, page.name());
        List<String> consoleErrors = BrowserConsole.drainErrors(driver)
            .stream()
            .filter((error) -> !page.isOwnErrorStatus(error, url))
            .toList();
        List<String> requests = NetworkRequests.drain(driver);
        List<String> foreignRequests = NetworkRequests.leavingOrigin(requests, origin);
        HttpResponse<String> served = Http.get(this.port, page.path());
        List<String> htmlErrors = NuHtmlChecker.errors(served.body());

        axe.incomplete().forEach((check) -> System.out.println("axe could not decide on " + url + ": " + check));
        SoftAssertions.assertSoftly((softly) -> {
            softly.assertThat(served.statusCode()).as("HTTP status of %s", url).isEqualTo(page.status());
            softly.assertThat(axe.passedRules()).as("axe-core rules that passed on %s", url).isPositive();
            softly.assertThat(axe.violations()).withFailMessage(axe::violationsMessage).isEmpty();
            softly.assertThat(axe.bestPractices()).withFailMessage(axe::bestPracticesMessage).isEmpty();
            softly.assertThat(htmlErrors)
                .withFailMessage(() -> htmlErrors.size() + " Nu HTML checker error(s) in " + url + ":\n  "
                        + String.join("\n  ", htmlErrors))
                .isEmpty();
            softly.assertThat(consoleErrors)
                .withFailMessage(() -> "Console errors on " + url + ":\n  " + String.join("\n  ", consoleErrors))
                .isEmpty();
            softly.assertThat(requests).as("requests recorded for %s", url).contains(url);
            softly.assertThat(foreignRequests)
                .withFailMessage(() -> "Requests from " + url + " leaving " + origin + ":\n  "
                        + String.join("\n  ", foreignRequests))
                .isEmpty();
            softly.assertThat(overflow)
                .withFailMessage(() -> "Scrolls sideways (WCAG 1.4.10) at " + page.viewport() + ": "
                        + String.join("\n  ", overflow))
                .isEmpty();
        });
    }

    /** One browser per viewport for the whole class, its start-up page and logs already out of the way. */
    private static ChromeDriver browser(Viewport viewport) {
        return browsers.computeIfAbsent(viewport, (key) -> {
            ChromeDriver driver = key.settings().recordingRequests().start();
            driver.get("about:blank");
            NetworkRequests.drain(driver);
            BrowserConsole.drainErrors(driver);
            return driver;
        });
    }

    private static Page desktop(String name, String path) {
        return new Page(name, path, Viewport.DESKTOP, 200);
    }

    private static Page phone(String name, String path) {
        return new Page(name, path, Viewport.PHONE, 200);
    }

    enum Viewport {

        DESKTOP(Browser.with(), 0), PHONE(Browser.with().phone(390, 844), 390);

        private final Browser.Settings settings;

        private final int reflowWidth;

        Viewport(Browser.Settings settings, int reflowWidth) {
            this.settings = settings;
            this.reflowWidth = reflowWidth;
        }

        Browser.Settings settings() {
            return this.settings;
        }

        /** The width the page must fit; 0 for "the window less its scrollbar". */
        int reflowWidth() {
            return this.reflowWidth;
        }

        @Override
        public String toString() {
            return this.settings.width() + "×" + this.settings.height() + (this.settings.phone() ? " (phone)" : "");
        }

    }

    record Page(String name, String path, Viewport viewport, int status) {

        /**
         * Chromium logs an error status of the page itself ("Failed to load resource: … 404") as a console
         * error; on the not-found page that status is the point, so that one entry is expected.
         */
        boolean isOwnErrorStatus(String consoleError, String url) {
            return this.status >= 400 && consoleError.contains(url) && consoleError.contains("status of " + this.status);
        }

        @Override
        public String toString() {
            return this.name + " " + this.path + " at " + this.viewport;
        }

    }

}
