package org.evidencecatalogue.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.evidencecatalogue.support.AxeAudit;
import org.evidencecatalogue.support.Browser;
import org.evidencecatalogue.support.BrowserConsole;
import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.NetworkRequests;
import org.evidencecatalogue.support.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Search in a real Chromium: results that follow the typing in place (htmx) and are announced from a status
 * element that stays on the page, the exact-words switch, the typo correction, the back button bringing back
 * the results with the form as it was, a facet narrowing the hits; and the same form as a plain GET form when
 * JavaScript is off.
 */
@CatalogueApplicationTest
class SearchInTheBrowserTest {

    private static final String ROERINK = "Cytokine Inhibition in Patients With Chronic Fatigue Syndrome: A Randomized Trial";

    private static final String MAIER = "Interleukin-1 Antagonist Anakinra in Amyotrophic Lateral Sclerosis—A Pilot Study";

    private static final String MONTEAGUDO = "Continuous Intravenous Anakinra Infusion to Calm the Cytokine Storm "
            + "in Macrophage Activation Syndrome";

    private static final String ME_CFS = "Myalgic encephalomyelitis/chronic fatigue syndrome";

    /** Set on the window before typing; a full page load would lose it. */
    private static final String MARK_PAGE = "window.evidenceSearchMark = 'still the same page';";

    private static final String READ_MARK = "return window.evidenceSearchMark || null;";

    /** Set on the status element; only the same element, not a new one with the same id, still has it. */
    private static final String MARK_STATUS = "document.getElementById('search-status').evidenceKept = true;";

    private static final String READ_STATUS_MARK = "return document.getElementById('search-status').evidenceKept === true;";

    @LocalServerPort
    int port;

    private ChromeDriver driver;

    private URI origin;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.isAvailable(), "Chromium and ChromeDriver are not installed");
    }

    @BeforeEach
    void openBrowser() {
        this.origin = URI.create("http://localhost:" + this.port);
        this.driver = Browser.with().recordingRequests().start();
    }

    @AfterEach
    void closeBrowser() {
        if (this.driver != null) {
            this.driver.quit();
        }
    }

    @Test
    void resultsFollowTheTypingInPlaceAndTheBackButtonBringsThemBack() {
        open("/search");
        this.driver.executeScript(MARK_PAGE + MARK_STATUS);
        WebElement box = this.driver.findElement(By.id("search-q"));

        type(box, "Kiner");
        waitUntil(() -> currentUrl().endsWith("/search?q=Kiner") && !resultCount().isEmpty());
        type(box, "et");

        waitUntil(() -> currentUrl().endsWith("/search?q=Kineret") && "18 results".equals(resultCount()));
        assertStillTheSamePage();
        assertThat(hitTitles()).contains("Anakinra", ROERINK, MAIER, MONTEAGUDO);
        assertThat(hitKind("Anakinra")).isEqualTo("drug");
        assertThat(hitKind(ROERINK)).isEqualTo("study");
        assertThat(highlighted()).as("words marked in titles and snippets").contains("Kineret", "Anakinra");
        assertThat(this.driver.findElement(By.cssSelector("#search-results .interpretation")).getText())
            .startsWith("“Kineret” also finds records about Anakinra (drug).");
        assertThat(this.driver.switchTo().activeElement().getDomAttribute("id"))
            .as("the box keeps the focus while the results change").isEqualTo("search-q");
        assertThat(box.getDomProperty("value")).isEqualTo("Kineret");
        assertThat(this.driver.executeScript(READ_STATUS_MARK))
            .as("the count is announced from a live region that stays on the page").isEqualTo(true);
        assertThat(this.driver.findElement(By.id("search-status")).getText()).isEqualTo("18 results");
        Screenshots.saveFullPage(this.driver, "search-live-kineret");
        assertNoAxeViolations();
        long entries = historyLength();

        this.driver.findElement(By.cssSelector("label[for=search-exact]")).click();

        waitUntil(() -> currentUrl().contains("exact=true") && "15 results".equals(resultCount()));
        assertStillTheSamePage();
        assertThat(historyLength()).as("one entry in the history for one change, none for leaving the box")
            .isEqualTo(entries + 1);
        assertThat(hitTitles()).contains("Anakinra").doesNotContain(ROERINK, MAIER, MONTEAGUDO);
        assertThat(hitKinds()).containsOnly("drug", "discussion").contains("drug");
        assertThat(highlighted()).containsOnly("Kineret");
        Screenshots.saveFullPage(this.driver, "search-live-kineret-exact");

        this.driver.findElement(By.cssSelector("label[for=search-exact]")).click();
        waitUntil(() -> !currentUrl().contains("exact=true") && "18 results".equals(resultCount()));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        type(box, "anakinara");

        waitUntil(() -> currentUrl().endsWith("/search?q=anakinara") && !didYouMean().isEmpty());
        assertStillTheSamePage();
        assertThat(didYouMean().get(0).getText()).isEqualTo("Did you mean Anakinra?");
        assertThat(didYouMean().get(0).findElement(By.tagName("a")).getDomAttribute("href"))
            .isEqualTo("/search?q=Anakinra");
        assertThat(this.driver.findElement(By.id("search-status")).getText()).as("what a screen reader announces")
            .isEqualTo("Did you mean Anakinra?\n"
                    + "Nothing matched “anakinara”, so these are the results for “Anakinra”.\n18 results");
        assertThat(hitTitles()).contains("Anakinra", ROERINK, MAIER, MONTEAGUDO);
        assertThat(this.driver.executeScript(READ_STATUS_MARK)).isEqualTo(true);
        Screenshots.saveFullPage(this.driver, "search-live-did-you-mean");
        assertNoAxeViolations();

        this.driver.navigate().back();

        waitUntil(() -> currentUrl().endsWith("/search?q=Kineret") && !currentUrl().contains("exact=true")
                && didYouMean().isEmpty() && "18 results".equals(resultCount()));
        assertStillTheSamePage();
        assertThat(this.driver.findElement(By.id("search-q")).getDomProperty("value")).isEqualTo("Kineret");
        assertThat(this.driver.findElement(By.id("search-exact")).isSelected()).isFalse();
        assertThat(hitTitles()).contains("Anakinra", ROERINK, MAIER, MONTEAGUDO);

        this.driver.navigate().back();

        waitUntil(() -> currentUrl().contains("exact=true") && "15 results".equals(resultCount()));
        assertStillTheSamePage();
        assertThat(this.driver.findElement(By.id("search-q")).getDomProperty("value")).isEqualTo("Kineret");
        assertThat(this.driver.findElement(By.id("search-exact")).isSelected())
            .as("the switch shows what the results were searched with").isTrue();
        assertThat(hitTitles()).contains("Anakinra").doesNotContain(ROERINK, MAIER, MONTEAGUDO);
        Screenshots.saveFullPage(this.driver, "search-live-back");

        this.driver.findElement(By.cssSelector("label[for=search-exact]")).click();
        waitUntil(() -> !currentUrl().contains("exact=true") && "18 results".equals(resultCount()));
        assertStillTheSamePage();
        assertCleanConsoleAndOnlyLocalRequests();
    }

    @Test
    void aFacetNarrowsTheHitsAndShowsItsFilter() {
        open("/search?q=Kineret");
        assertThat(resultCount()).isEqualTo("18 results");
        WebElement facet = facetLink(ME_CFS);
        assertThat(facet.getText()).isEqualTo(ME_CFS + " (10)");

        facet.click();

        waitUntil(() -> currentUrl().contains("condition=me-cfs"));
        assertThat(resultCount()).as("as many as the facet said").isEqualTo("10 results");
        assertThat(facetLink(ME_CFS).getDomAttribute("aria-current")).as("the facet chosen").isEqualTo("true");
        assertThat(hitTitles()).contains(ROERINK).doesNotContain(MAIER, MONTEAGUDO);
        assertThat(this.driver.findElements(By.cssSelector(".active-filters a"))).extracting(WebElement::getText)
            .anyMatch((chip) -> chip.startsWith(ME_CFS));
        assertThat(this.driver.findElement(By.id("search-q")).getDomProperty("value")).isEqualTo("Kineret");
        Screenshots.saveFullPage(this.driver, "search-facet-me-cfs");
        assertNoAxeViolations();

        this.driver.executeScript(MARK_PAGE);
        type(this.driver.findElement(By.id("search-q")), " trial");
        waitUntil(() -> currentUrl().contains("q=Kineret%20trial"));
        assertStillTheSamePage();
        assertThat(this.driver.findElements(By.cssSelector(".active-filters a"))).extracting(WebElement::getText)
            .as("typing keeps the condition chosen").anyMatch((chip) -> chip.startsWith(ME_CFS));
        assertThat(currentUrl()).contains("condition=me-cfs");
        assertCleanConsoleAndOnlyLocalRequests();
    }

    @Test
    void withoutJavaScriptTheSearchIsAPlainGetForm() {
        this.driver.quit();
        this.driver = Browser.with().withoutJavaScript().start();
        open("/search");
        WebElement box = this.driver.findElement(By.id("search-q"));
        type(box, "Kineret");
        assertThat(stillAfterASecond(() -> currentUrl().endsWith("/search")))
            .as("without htmx nothing happens before the form is sent").isTrue();

        box.sendKeys(Keys.ENTER);

        waitUntil(() -> currentUrl().contains("q=Kineret"));
        assertThat(resultCount()).isEqualTo("18 results");
        assertThat(hitTitles()).contains("Anakinra", ROERINK, MAIER, MONTEAGUDO);
        assertThat(highlighted()).contains("Kineret");
        Screenshots.saveFullPage(this.driver, "search-without-javascript");

        this.driver.findElement(By.cssSelector("label[for=search-exact]")).click();
        this.driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        waitUntil(() -> currentUrl().contains("exact=true"));
        assertThat(resultCount()).isEqualTo("15 results");
        assertThat(hitTitles()).contains("Anakinra").doesNotContain(ROERINK, MAIER, MONTEAGUDO);
    }

    private void open(String path) {
        this.driver.get(this.origin.resolve(path).toString());
    }

    /** One key at a time, as a person types, without Enter. */
    private void type(WebElement box, String text) {
        for (char c : text.toCharArray()) {
            box.sendKeys(String.valueOf(c));
            pause(60);
        }
    }

    /** The count as shown, read in one go: htmx may replace the results between two WebDriver calls. */
    private String resultCount() {
        return (String) this.driver
            .executeScript("const c = document.querySelector('.result-count'); return c ? c.innerText.trim() : '';");
    }

    /** The facet link whose text starts with the given label, such as a condition's name. */
    private WebElement facetLink(String label) {
        return this.driver.findElements(By.cssSelector(".facets a"))
            .stream()
            .filter((link) -> link.getText().startsWith(label + " ("))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no facet " + label));
    }

    private List<String> hitTitles() {
        return this.driver.findElements(By.cssSelector("#search-results .hit-title"))
            .stream()
            .map(WebElement::getText)
            .toList();
    }

    private List<String> hitKinds() {
        return this.driver.findElements(By.cssSelector("#search-results .hit-kind"))
            .stream()
            .map(WebElement::getText)
            .toList();
    }

    private String hitKind(String title) {
        return this.driver.findElements(By.cssSelector("#search-results .hit"))
            .stream()
            .filter((hit) -> hit.findElement(By.cssSelector(".hit-title")).getText().equals(title))
            .map((hit) -> hit.findElement(By.cssSelector(".hit-kind")).getText())
            .findFirst()
            .orElse(null);
    }

    private List<String> highlighted() {
        return this.driver.findElements(By.cssSelector("#search-results mark"))
            .stream()
            .map(WebElement::getText)
            .distinct()
            .toList();
    }

    private List<WebElement> didYouMean() {
        return this.driver.findElements(By.cssSelector("#search-status .did-you-mean"));
    }

    private long historyLength() {
        return (Long) this.driver.executeScript("return history.length;");
    }

    private String currentUrl() {
        return this.driver.getCurrentUrl();
    }

    private void assertStillTheSamePage() {
        assertThat(this.driver.executeScript(READ_MARK)).as("the page was not reloaded").isEqualTo("still the same page");
    }

    private void assertNoAxeViolations() {
        AxeAudit.Report axe = AxeAudit.run(this.driver);
        assertThat(axe.violations()).withFailMessage(axe::violationsMessage).isEmpty();
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
            .withMessage(() -> "at " + currentUrl() + " showing «" + resultCount() + "»")
            .until((driver) -> condition.getAsBoolean());
    }

    /** Whether a condition holds throughout the next second, for asserting that nothing happens. */
    private boolean stillAfterASecond(BooleanSupplier condition) {
        try {
            new WebDriverWait(this.driver, Duration.ofSeconds(1)).until((driver) -> !condition.getAsBoolean());
            return false;
        }
        catch (TimeoutException ex) {
            return true;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void assertCleanConsoleAndOnlyLocalRequests() {
        List<String> errors = BrowserConsole.drainErrors(this.driver);
        assertThat(errors).withFailMessage(() -> "Console errors:\n  " + String.join("\n  ", errors)).isEmpty();
        List<String> foreign = NetworkRequests.leavingOrigin(NetworkRequests.drain(this.driver), this.origin);
        assertThat(foreign).withFailMessage(() -> "Requests leaving " + this.origin + ":\n  " + String.join("\n  ", foreign))
            .isEmpty();
    }

}
