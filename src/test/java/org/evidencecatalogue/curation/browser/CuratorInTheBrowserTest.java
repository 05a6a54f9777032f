package org.evidencecatalogue.curation.browser;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.evidencecatalogue.support.Browser;
import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.TestAccounts;
import org.evidencecatalogue.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A curator in a real browser: signs in, edits an outcome, meets a validation error, fixes it, saves, sees the
 * change on the public page and in the history, and restores the earlier revision. The row buttons are used
 * with htmx on the way, and the browser reports no script or policy errors.
 */
@CatalogueApplicationTest
class CuratorInTheBrowserTest {

    static final String SLUG = "browser-test-2024-anakinra";

    static final String PASSWORD = "a browser test password";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void prepare() throws Exception {
        assumeTrue(Browser.isAvailable(), "Chromium and ChromeDriver are installed");
        TestAccounts.create(this.jdbc, this.encoder, "bea", PASSWORD, "CURATOR");
        this.mvc.perform(post("/studies/new").with(user("setup").roles("CURATOR")).with(csrf())
            .param("slug", SLUG).param("status", "PUBLISHED").param("citation.title", "Browser test trial")
            .param("citation.firstAuthor", "Test Author").param("citation.year", "2024")
            .param("design.design", "RANDOMISED_CONTROLLED_TRIAL").param("design.blinding", "DOUBLE_BLIND")
            .param("conditions", "me-cfs").param("drugs", "anakinra")
            .param("arms[0].label", "Anakinra").param("arms[0].role", "EXPERIMENTAL").param("arms[0].size", "10")
            .param("outcomes[0].name", "Injection-site reactions").param("outcomes[0].kind", "SAFETY")
            .param("outcomes[0].direction", "NOT_COMPARED").param("outcomes[0].source", "atlas-summary-roerink-2017")
            .param("outcomes[0].results[0].events", "2").param("outcomes[0].results[0].total", "10"))
            .andExpect(redirectedUrl("/studies/" + SLUG));
        this.browser = Browser.start();
    }

    @AfterEach
    void clean() {
        if (this.browser != null) {
            this.browser.quit();
        }
        TestRecords.removeStudy(this.jdbc, SLUG);
        TestAccounts.remove(this.jdbc, "bea");
        TestAccounts.forgetAddress(this.jdbc, "127.0.0.1");
    }

    @Test
    void curatorEditsAnOutcomeFixesAMistakeAndRestoresTheEarlierRevision() {
        WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
        open("/login");
        this.browser.findElement(By.id("username")).sendKeys("bea");
        this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
        this.browser.findElement(By.cssSelector("form.record-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/curation"));
        assertThat(text()).contains("Signed in as bea");

        open("/studies/" + SLUG);
        assertThat(text()).contains("2/10 (20%)");
        this.browser.findElement(By.cssSelector("a.edit-link")).click();
        wait.until(ExpectedConditions.urlContains("/edit"));

        // htmx: an arm is added and removed in place, and the results columns follow, without leaving the page.
        this.browser.findElement(By.xpath("//button[normalize-space()='Add an arm']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("arms-1-label")));
        assertThat(this.browser.findElements(By.id("outcomes-0-results-1-events"))).hasSize(1);
        this.browser.findElement(By.cssSelector("button[aria-label='Remove Arm 2']")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("arms-1-label"), 0));
        assertThat(this.browser.getCurrentUrl()).endsWith("/studies/" + SLUG + "/edit");

        type("outcomes-0-results-0-events", "12");
        save();
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(summary.getText()).contains("Outcome 1 › Result of arm 1 › Events (n): Events cannot be more than the participants (n ≤ N).");
        assertThat(this.browser.findElement(By.id("outcomes-0-results-0-events-error")).getText())
            .isEqualTo("Events cannot be more than the participants (n ≤ N).");
        assertThat(this.browser.findElement(By.id("outcomes-0-results-0-events")).getDomProperty("value"))
            .as("the mistaken value is kept to be corrected").isEqualTo("12");
        summary.findElement(By.tagName("a")).click();
        assertThat(this.browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("outcomes-0-results-0-events");

        type("outcomes-0-results-0-events", "7");
        save();
        wait.until(ExpectedConditions.urlToBe(url("/studies/" + SLUG)));
        assertThat(text()).contains("Saved " + SLUG + ".", "7/10 (70%)").doesNotContain("2/10 (20%)");

        open("/studies/" + SLUG + "/history");
        WebElement latest = this.browser.findElement(By.cssSelector(".history-entry"));
        assertThat(latest.getText()).contains("bea", "Outcome 1 › Result of arm 1 › Events (n)", "2", "7");
        List<WebElement> revisions = this.browser.findElements(By.cssSelector(".history-entry h2 a"));
        revisions.getLast().click();
        wait.until(ExpectedConditions.urlMatches(".*/history/\\d+$"));
        this.browser.findElement(By.xpath("//button[normalize-space()='Restore this revision']")).click();
        wait.until(ExpectedConditions.urlToBe(url("/studies/" + SLUG)));
        assertThat(text()).contains("Restored an earlier revision", "2/10 (20%)");

        open("/studies/" + SLUG + "/history");
        assertThat(this.browser.findElements(By.cssSelector(".history-entry"))).hasSize(3);
        assertThat(this.browser.findElement(By.cssSelector(".history-entry")).getText()).contains("bea", "7", "2");

        assertThat(this.browser.manage().logs().get(LogType.BROWSER).getAll())
            .as("no script errors and no content-security-policy violations")
            .filteredOn((LogEntry entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
            // A refused save answers 422 on purpose; Chromium notes every 4xx response.
            .filteredOn((LogEntry entry) -> !entry.getMessage().contains("status of 422"))
            .isEmpty();
    }

    private void open(String path) {
        this.browser.get(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

    private String text() {
        return this.browser.findElement(By.tagName("body")).getText();
    }

    private void type(String id, String value) {
        WebElement field = this.browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void save() {
        this.browser.findElement(By.xpath("//div[@class='form-actions']/button[normalize-space()='Save']")).click();
    }

}
