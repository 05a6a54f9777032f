package org.evidencecatalogue.curation.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.TestAccounts;
import org.evidencecatalogue.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may do what: the public reads, curators edit, admins manage accounts; every change carries a CSRF token. */
@CatalogueApplicationTest
class AccessRulesTest {

    static final String PASSWORD = "a long enough password";

    static final String[] CURATOR_PAGES = { "/drugs/new", "/drugs/anakinra/edit", "/drugs/anakinra/history",
            "/conditions/new", "/conditions/me-cfs/edit", "/studies/new", "/studies/roerink-2017-anakinra-me-cfs/edit",
            "/studies/roerink-2017-anakinra-me-cfs/history", "/studies/roerink-2017-anakinra-me-cfs/history/1",
            "/discussions/new", "/discussions/phoenix-rising-anakinra-02-anne-questions/edit", "/sources/new",
            "/sources/encyclopedia-anakinra/edit", "/curation" };

    static final String[] PUBLIC_PAGES = { "/", "/studies", "/studies/roerink-2017-anakinra-me-cfs", "/drugs",
            "/drugs/anakinra", "/conditions", "/conditions/me-cfs", "/discussions", "/login" };

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @LocalServerPort
    int port;

    @BeforeEach
    void accounts() {
        TestAccounts.create(this.jdbc, this.encoder, "cleo", PASSWORD, "CURATOR");
    }

    @AfterEach
    void forget() {
        TestAccounts.remove(this.jdbc, "cleo");
        TestAccounts.forgetAddress(this.jdbc, "127.0.0.1");
    }

    @Test
    void anonymousVisitorsAreSentToSignInFromEveryCuratorPage() throws Exception {
        for (String page : CURATOR_PAGES) {
            this.mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void curatorsOpenEveryCuratorPage() throws Exception {
        for (String page : CURATOR_PAGES) {
            this.mvc.perform(get(page).with(user("cleo").roles("CURATOR"))).andExpect(status().isOk());
        }
    }

    @Test
    void onlyAdminsManageAccounts() throws Exception {
        this.mvc.perform(get("/curation/accounts").with(user("cleo").roles("CURATOR"))).andExpect(status().isForbidden());
        this.mvc.perform(post("/curation/accounts").with(user("cleo").roles("CURATOR")).with(csrf())
            .param("username", "mallory").param("password", PASSWORD).param("role", "ADMIN"))
            .andExpect(status().isForbidden());
        assertThat(this.jdbc.sql("select count(*) from curator_account where username = 'mallory'").query(Long.class).single())
            .isZero();
        this.mvc.perform(get("/curation/accounts").with(user("ada").roles("CURATOR", "ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void theWrongRoleGetsTheStyledForbiddenPage() {
        WebSession browser = new WebSession(this.port);
        assertThat(browser.signIn("cleo", PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> forbidden = browser.get("/curation/accounts");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("You may not do that", "Evidence Catalogue", "Signed in as cleo")
            .doesNotContain("Whitelabel", "Exception");
    }

    @Test
    void everyChangeNeedsItsCsrfToken() throws Exception {
        String[][] changes = { { "/drugs/anakinra/edit", "name" }, { "/drugs/anakinra/delete", "version" },
                { "/drugs/new", "name" }, { "/studies/roerink-2017-anakinra-me-cfs/history/1/restore", "version" },
                { "/curation/accounts", "username" } };
        for (String[] change : changes) {
            this.mvc.perform(post(change[0]).with(user("ada").roles("CURATOR", "ADMIN")).param(change[1], "0"))
                .andExpect(status().isForbidden());
        }
        // htmx's row buttons post the whole form, and so its token; without it they are refused like any post.
        this.mvc.perform(post("/drugs/anakinra/edit").with(user("cleo").roles("CURATOR")).header("HX-Request", "true")
            .param("row", "add:aliases")).andExpect(status().isForbidden());
        this.mvc.perform(post("/drugs/anakinra/edit").with(user("cleo").roles("CURATOR")).with(csrf())
            .header("HX-Request", "true").param("row", "add:aliases")).andExpect(status().isOk());
    }

    @Test
    void aFormFromAnExpiredSessionIsRefusedWithTheStyledPage() {
        WebSession browser = new WebSession(this.port);
        browser.signIn("cleo", PASSWORD);
        HttpResponse<String> refused = browser.post("/drugs/anakinra/edit",
                "<input type=\"hidden\" name=\"_csrf\" value=\"forged-token\"/>", Map.of("name", "Anakinra"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You may not do that", "may have expired");
    }

    @Test
    void publicPagesAnswerGetOnly() throws Exception {
        for (String page : new String[] { "/drugs/anakinra", "/studies", "/", "/conditions/me-cfs" }) {
            this.mvc.perform(post(page).with(csrf())).andExpect(status().isForbidden());
            this.mvc.perform(post(page).with(csrf()).with(user("cleo").roles("CURATOR"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void everyPageSendsTheSecurityHeaders() throws Exception {
        for (String page : PUBLIC_PAGES) {
            MvcResult result = this.mvc.perform(get(page)).andReturn();
            String csp = result.getResponse().getHeader("Content-Security-Policy");
            assertThat(csp).as(page).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    /** The policy allows no inline script, so no page may contain one, nor any on… event attribute. */
    @Test
    void noPageHasInlineScriptsOrEventHandlers() throws Exception {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern eventHandler = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern styleAttribute = Pattern.compile("<[^>]+\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
        for (String page : concat(PUBLIC_PAGES, CURATOR_PAGES)) {
            String html = this.mvc.perform(get(page).with(user("ada").roles("CURATOR", "ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
            assertThat(inlineScript.matcher(html).find()).as(page + " has an inline script").isFalse();
            assertThat(eventHandler.matcher(html).find()).as(page + " has an event attribute").isFalse();
            assertThat(styleAttribute.matcher(html).find()).as(page + " has a style attribute").isFalse();
            assertThat(html).as(page + " writes htmx attributes as data-hx-*").doesNotContainPattern("\\shx-[a-z]");
        }
    }

    private static String[] concat(String[] one, String[] other) {
        String[] all = new String[one.length + other.length + 1];
        System.arraycopy(one, 0, all, 0, one.length);
        System.arraycopy(other, 0, all, one.length, other.length);
        all[all.length - 1] = "/curation/accounts";
        return all;
    }

}
