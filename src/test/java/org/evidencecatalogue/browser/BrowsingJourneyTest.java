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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a reader does, in a real Chromium: from the home page to a condition, one of its studies and the drug
 * studied, and narrowing the study and discussion lists with their filters — in place with htmx, and as plain
 * GET forms when JavaScript is off.
 */
@CatalogueApplicationTest
class BrowsingJourneyTest {

    private static final String ROERINK = "/studies/roerink-2017-anakinra-me-cfs";

    /** Set on the window before a filter changes; a full page load would lose it. */
    private static final String MARK_PAGE = "window.evidenceJourneyMark = 'still the same page';";

    private static final String READ_MARK = "return window.evidenceJourneyMark || null;";

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
    void readerWalksFromHomeToAConditionAStudyAndItsDrug() {
        open("/");
        this.driver.findElement(By.cssSelector("table.map thead a[href='/conditions/me-cfs']")).click();
        waitForPath("/conditions/me-cfs");
        assertThat(heading()).isEqualTo("Myalgic encephalomyelitis/chronic fatigue syndrome");

        this.driver.findElement(By.cssSelector("a.study-title[href='" + ROERINK + "']")).click();
        waitForPath(ROERINK);
        assertThat(heading()).isEqualTo("Cytokine Inhibition in Patients With Chronic Fatigue Syndrome: A Randomized Trial");

        this.driver.findElement(By.cssSelector(".design a[href='/drugs/anakinra']")).click();
        waitForPath("/drugs/anakinra");
        assertThat(heading()).isEqualTo("Anakinra");
        assertThat(this.driver.findElements(By.cssSelector("a.study-title")))
            .extracting((link) -> link.getDomAttribute("href"))
            .contains(ROERINK, "/studies/maier-2015-anakinra-als", "/studies/monteagudo-2020-anakinra-mas");
        assertCleanConsoleAndOnlyLocalRequests();
    }

    @Test
    void evidenceMapCellListsTheStudiesOfThatDrugInThatCondition() {
        open("/");
        this.driver.findElement(By.cssSelector("a.cell-link[href*='condition=me-cfs']")).click();
        new WebDriverWait(this.driver, Duration.ofSeconds(10))
            .until(ExpectedConditions.urlContains("/studies?drug=anakinra&condition=me-cfs"));
        assertThat(resultCount()).isEqualTo("1 study");
        assertThat(listedStudies()).containsExactly(ROERINK);
        assertCleanConsoleAndOnlyLocalRequests();
    }

    @Test
    void conditionFilterUpdatesTheStudyListInPlaceAndTheAddress() {
        open("/studies");
        assertThat(resultCount()).isEqualTo("3 studies");
        this.driver.executeScript(MARK_PAGE);

        new Select(this.driver.findElement(By.id("f-condition"))).selectByValue("me-cfs");

        waitUntil(() -> "1 study".equals(resultCount()) && currentUrl().contains("condition=me-cfs"));
        assertThat(this.driver.executeScript(READ_MARK)).as("the page was not reloaded").isEqualTo("still the same page");
        assertThat(URI.create(currentUrl()).getPath()).isEqualTo("/studies");
        assertThat(listedStudies()).containsExactly(ROERINK);
        assertThat(this.driver.findElements(By.cssSelector(".active-filters a"))).extracting(WebElement::getText)
            .anyMatch((chip) -> chip.startsWith("Myalgic encephalomyelitis/chronic fatigue syndrome"));
        assertThat(new Select(this.driver.findElement(By.id("f-condition"))).getFirstSelectedOption().getDomAttribute("value"))
            .isEqualTo("me-cfs");
        Screenshots.saveFullPage(this.driver, "journey-studies-filtered-in-place");
        AxeAudit.Report axe = AxeAudit.run(this.driver);
        assertThat(axe.violations()).withFailMessage(axe::violationsMessage).isEmpty();

        new Select(this.driver.findElement(By.id("f-condition"))).selectByValue("");
        waitUntil(() -> "3 studies".equals(resultCount()));
        assertThat(this.driver.executeScript(READ_MARK)).as("the page was not reloaded").isEqualTo("still the same page");
        assertCleanConsoleAndOnlyLocalRequests();
    }

    @Test
    void discussionFilterUpdatesTheExcerptsInPlaceAndTheAddress() {
        open("/discussions");
        String unfiltered = this.driver.findElement(By.cssSelector("#discussion-results .result-count")).getText();
        this.driver.executeScript(MARK_PAGE);

        new Select(this.driver.findElement(By.id("d-kind"))).selectByValue("QUESTION");

        waitUntil(() -> currentUrl().contains("kind=QUESTION") && !unfiltered
            .equals(this.driver.findElement(By.cssSelector("#discussion-results .result-count")).getText()));
        assertThat(this.driver.executeScript(READ_MARK)).as("the page was not reloaded").isEqualTo("still the same page");
        List<String> kinds = this.driver.findElements(By.cssSelector("#discussion-results .excerpt-kind"))
            .stream()
            .map(WebElement::getText)
            .toList();
        assertThat(kinds).isNotEmpty().containsOnly("Question");
        AxeAudit.Report axe = AxeAudit.run(this.driver);
        assertThat(axe.violations()).withFailMessage(axe::violationsMessage).isEmpty();
        assertCleanConsoleAndOnlyLocalRequests();
    }

    @Test
    void withoutJavaScriptTheFiltersArePlainGetForms() {
        this.driver.quit();
        this.driver = Browser.with().withoutJavaScript().start();
        open("/studies");
        assertThat(resultCount()).isEqualTo("3 studies");

        new Select(this.driver.findElement(By.id("f-condition"))).selectByValue("me-cfs");
        assertThat(stillAfterASecond(() -> "3 studies".equals(resultCount())))
            .as("without htmx nothing happens before the form is sent")
            .isTrue();
        this.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();

        waitUntil(() -> currentUrl().contains("condition=me-cfs"));
        assertThat(resultCount()).isEqualTo("1 study");
        assertThat(listedStudies()).containsExactly(ROERINK);
        Screenshots.saveFullPage(this.driver, "journey-studies-filtered-without-javascript");

        this.driver.findElement(By.cssSelector(".active-filters a")).click();
        waitUntil(() -> "3 studies".equals(resultCount()));
        assertThat(currentUrl()).doesNotContain("condition=");
    }

    private void open(String path) {
        this.driver.get(this.origin.resolve(path).toString());
    }

    private String heading() {
        return this.driver.findElement(By.tagName("h1")).getText();
    }

    private String resultCount() {
        return this.driver.findElement(By.cssSelector("#study-results .result-count")).getText();
    }

    private List<String> listedStudies() {
        return this.driver.findElements(By.cssSelector("#study-results a.study-title"))
            .stream()
            .map((link) -> link.getDomAttribute("href"))
            .toList();
    }

    private String currentUrl() {
        return this.driver.getCurrentUrl();
    }

    private void waitForPath(String path) {
        waitUntil(() -> path.equals(URI.create(currentUrl()).getPath()));
    }

    private void waitUntil(BooleanSupplier condition) {
        // htmx replaces the elements a condition reads while it runs: a stale one means "look again".
        new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
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

    private void assertCleanConsoleAndOnlyLocalRequests() {
        List<String> errors = BrowserConsole.drainErrors(this.driver);
        assertThat(errors).withFailMessage(() -> "Console errors:\n  " + String.join("\n  ", errors)).isEmpty();
        List<String> foreign = NetworkRequests.leavingOrigin(NetworkRequests.drain(this.driver), this.origin);
        assertThat(foreign).withFailMessage(() -> "Requests leaving " + this.origin + ":\n  " + String.join("\n  ", foreign))
            .isEmpty();
    }

}
