package org.evidencecatalogue.curation.security;

import java.net.http.HttpResponse;
import java.util.Map;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.TestAccounts;
import org.evidencecatalogue.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Curators sign in at /login with accounts from the database; guessing is throttled per username and address. */
@CatalogueApplicationTest
class SignInTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @BeforeEach
    void accounts() {
        TestAccounts.create(this.jdbc, this.encoder, "sina", PASSWORD, "CURATOR");
        TestAccounts.create(this.jdbc, this.encoder, "sami", PASSWORD, "CURATOR");
    }

    @AfterEach
    void forget() {
        TestAccounts.remove(this.jdbc, "sina", "sami", "nobody-here", "someone-else");
        for (String address : new String[] { "10.1.0.1", "10.1.0.2", "10.1.0.3", "10.1.0.4", "10.1.0.5", "127.0.0.1" }) {
            TestAccounts.forgetAddress(this.jdbc, address);
        }
    }

    @Test
    void signInPageIsAFormWithLabelledFieldsAndNoDefaultCredentials() throws Exception {
        String html = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<label for=\"username\">Username</label>", "<label for=\"password\">Password</label>")
            .contains("autocomplete=\"current-password\"", "name=\"_csrf\"")
            .doesNotContain("generated security password");
        assertThat(this.context.getBeansOfType(InMemoryUserDetailsManager.class)).isEmpty();
        assertThat(this.context.getBean(UserDetailsService.class).getClass().getSimpleName()).startsWith("CuratorDetailsService");
    }

    @Test
    void curatorSignsInWithANewSessionIdAndSignsOut() {
        WebSession browser = new WebSession(this.port);
        String page = browser.get("/login").body();
        String before = browser.sessionId();
        assertThat(before).as("the sign-in page's CSRF token lives in a session").isNotNull();
        HttpResponse<String> signedIn = browser.post("/login", page, Map.of("username", "Sina", "password", PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/curation"));
        assertThat(browser.sessionId()).as("session fixation protection").isNotNull().isNotEqualTo(before);
        HttpResponse<String> overview = browser.get("/curation");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Signed in as sina");
        HttpResponse<String> signedOut = browser.post("/logout", overview.body(), Map.of());
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login?signedOut"));
        assertThat(browser.get("/curation").statusCode()).as("signed out again").isEqualTo(302);
    }

    @Test
    void wrongPasswordSaysSoWithoutSayingWhichPartWasWrong() throws Exception {
        this.mvc.perform(post("/login").with(csrf()).with(from("10.1.0.1")).param("username", "sina").param("password", "nope"))
            .andExpect(redirectedUrl("/login?error"));
        String html = this.mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Wrong username or password.");
    }

    @Test
    void fiveFailuresLockTheUsernameEvenForTheRightPassword() throws Exception {
        for (int i = 1; i <= 4; i++) {
            attempt("sina", "wrong-" + i, "10.1.0." + i).andExpect(redirectedUrl("/login?error"));
        }
        attempt("sina", "wrong-5", "10.1.0.5").andExpect(redirectedUrl("/login?locked=15"));
        attempt("sina", PASSWORD, "10.1.0.5").andExpect(redirectedUrl("/login?locked=15"));
        assertThat(this.mvc.perform(get("/login").param("locked", "15")).andReturn().getResponse().getContentAsString())
            .contains("Too many failed sign-ins. Try again in 15 minutes.");
        attempt("sami", PASSWORD, "10.1.0.4").andExpect(redirectedUrl("/curation"));
    }

    @Test
    void unknownUsernamesAreThrottledTheSameWay() throws Exception {
        for (int i = 1; i <= 4; i++) {
            attempt("nobody-here", "guess-" + i, "10.1.0." + i).andExpect(redirectedUrl("/login?error"));
        }
        attempt("nobody-here", "guess-5", "10.1.0.5").andExpect(redirectedUrl("/login?locked=15"));
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryUsername() throws Exception {
        for (String name : new String[] { "someone-else", "nobody-here", "sami", "someone-else" }) {
            attempt(name, "guess", "10.1.0.3").andExpect(redirectedUrl("/login?error"));
        }
        attempt("nobody-here", "guess", "10.1.0.3").andExpect(redirectedUrl("/login?locked=15"));
        attempt("sina", PASSWORD, "10.1.0.3").andExpect(redirectedUrl("/login?locked=15"));
        attempt("sina", PASSWORD, "10.1.0.2").andExpect(redirectedUrl("/curation"));
    }

    @Test
    void lockEndsAfterItsTime() throws Exception {
        for (int i = 1; i <= 5; i++) {
            attempt("sina", "wrong", "10.1.0.1");
        }
        attempt("sina", PASSWORD, "10.1.0.2").andExpect(redirectedUrl("/login?locked=15"));
        this.jdbc.sql("update sign_in_throttle set locked_until = now() - interval '1 second'").update();
        attempt("sina", PASSWORD, "10.1.0.2").andExpect(redirectedUrl("/curation"));
    }

    @Test
    void disabledAccountsCannotSignInAndLookLikeWrongPasswords() throws Exception {
        this.jdbc.sql("update curator_account set enabled = false where username = 'sami'").update();
        attempt("sami", PASSWORD, "10.1.0.1").andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signingOutNeedsAPostWithItsCsrfToken() throws Exception {
        this.mvc.perform(post("/logout").with(user("sina").roles("CURATOR"))).andExpect(status().isForbidden());
        this.mvc.perform(get("/logout").with(user("sina").roles("CURATOR"))).andExpect(status().is4xxClientError());
    }

    private ResultActions attempt(String username, String password, String address)
            throws Exception {
        return this.mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", username)
            .param("password", password));
    }

    private static RequestPostProcessor from(String address) {
        return (request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

}
