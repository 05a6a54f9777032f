package org.evidencecatalogue.curation.account;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.TestAccounts;
import org.evidencecatalogue.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins create, disable, enable and reset curators; what they set takes effect at the next sign-in. */
@CatalogueApplicationTest
class AccountPagesTest {

    static final String PASSWORD = "first password, long";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration accounts;

    @LocalServerPort
    int port;

    @AfterEach
    void forget() {
        TestAccounts.remove(this.jdbc, "newbie", "adam");
        TestAccounts.forgetAddress(this.jdbc, "127.0.0.1");
    }

    @Test
    void adminCreatesACuratorWhoCanThenSignIn() throws Exception {
        this.mvc.perform(post("/curation/accounts").with(admin()).with(csrf())
            .param("username", " NewBie ").param("password", PASSWORD).param("role", "CURATOR"))
            .andExpect(redirectedUrl("/curation/accounts"))
            .andExpect(flash().attribute("flashMessage", "account.created"));
        String hash = this.jdbc.sql("select password_hash from curator_account where username = 'newbie'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(new WebSession(this.port).signIn("newbie", PASSWORD).headers().firstValue("Location"))
            .hasValueSatisfying((to) -> assertThat(to).endsWith("/curation"));
    }

    @Test
    void weakPasswordsAndTakenNamesAreRefusedWithTheirReasons() throws Exception {
        this.accounts.create("newbie", PASSWORD, Role.CURATOR);
        String html = this.mvc.perform(post("/curation/accounts").with(admin()).with(csrf())
            .param("username", "newbie").param("password", "short").param("role", "CURATOR"))
            .andExpect(status().isUnprocessableContent())
            .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("An account with this username exists.", "Use at least 12 characters")
            .contains("value=\"newbie\"");
    }

    @Test
    void disabledCuratorsCannotSignInUntilEnabledAgain() throws Exception {
        CuratorAccount account = this.accounts.create("newbie", PASSWORD, Role.CURATOR);
        this.mvc.perform(post("/curation/accounts/newbie/disable").with(admin()).with(csrf())
            .param("version", String.valueOf(account.getVersion()))).andExpect(redirectedUrl("/curation/accounts"));
        assertThat(new WebSession(this.port).signIn("newbie", PASSWORD).headers().firstValue("Location"))
            .hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
        this.mvc.perform(post("/curation/accounts/newbie/enable").with(admin()).with(csrf())
            .param("version", String.valueOf(account.getVersion() + 1))).andExpect(redirectedUrl("/curation/accounts"));
        assertThat(new WebSession(this.port).signIn("newbie", PASSWORD).headers().firstValue("Location"))
            .hasValueSatisfying((to) -> assertThat(to).endsWith("/curation"));
    }

    @Test
    void aNewPasswordReplacesTheOld() throws Exception {
        CuratorAccount account = this.accounts.create("newbie", PASSWORD, Role.CURATOR);
        assertThat(this.mvc.perform(get("/curation/accounts/newbie/password").with(admin()))
            .andReturn().getResponse().getContentAsString()).contains("New password for newbie");
        this.mvc.perform(post("/curation/accounts/newbie/password").with(admin()).with(csrf())
            .param("password", "tiny").param("version", String.valueOf(account.getVersion())))
            .andExpect(status().isUnprocessableContent());
        this.mvc.perform(post("/curation/accounts/newbie/password").with(admin()).with(csrf())
            .param("password", "second password, longer").param("version", String.valueOf(account.getVersion())))
            .andExpect(redirectedUrl("/curation/accounts"));
        assertThat(new WebSession(this.port).signIn("newbie", PASSWORD).headers().firstValue("Location"))
            .hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
        assertThat(new WebSession(this.port).signIn("newbie", "second password, longer").headers().firstValue("Location"))
            .hasValueSatisfying((to) -> assertThat(to).endsWith("/curation"));
    }

    @Test
    void adminsCannotLockThemselvesOut() throws Exception {
        CuratorAccount self = this.accounts.create("adam", PASSWORD, Role.ADMIN);
        this.mvc.perform(post("/curation/accounts/adam/disable").with(user("adam").roles("CURATOR", "ADMIN")).with(csrf())
            .param("version", String.valueOf(self.getVersion())))
            .andExpect(flash().attribute("flashProblem", "account.disableSelf"));
        assertThat(this.jdbc.sql("select enabled from curator_account where username = 'adam'").query(Boolean.class).single())
            .isTrue();
    }

    @Test
    void aChangeToAnAccountSomeoneChangedFirstIsAConflict() throws Exception {
        CuratorAccount account = this.accounts.create("newbie", PASSWORD, Role.CURATOR);
        this.mvc.perform(post("/curation/accounts/newbie/disable").with(admin()).with(csrf())
            .param("version", String.valueOf(account.getVersion() + 7))).andExpect(status().isConflict());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user("ada").roles("CURATOR", "ADMIN");
    }

}
