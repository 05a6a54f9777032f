package org.evidencecatalogue.curation.account;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** EVIDENCE_ADMIN_USERNAME / _PASSWORD create the first admin, and only when no account exists at all. */
@CatalogueApplicationTest
class AdminBootstrapTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forget() {
        TestAccounts.remove(this.jdbc, "root", "other");
    }

    @Test
    void createsTheFirstAdminWhenThereIsNoAccount() {
        assertThat(this.accounts.count()).as("other tests leave no account behind").isZero();
        new AdminBootstrap(this.accounts, "Root", "a first admin password").run(null);
        assertThat(this.jdbc.sql("select role from curator_account where username = 'root'").query(String.class).single())
            .isEqualTo("ADMIN");
    }

    @Test
    void doesNothingOnceAnyAccountExists() {
        this.accounts.create("other", "an existing password", Role.CURATOR);
        new AdminBootstrap(this.accounts, "root", "a first admin password").run(null);
        assertThat(this.accounts.exists("root")).isFalse();
    }

    @Test
    void withoutBothVariablesThereIsNoAdminAndNoDefaultPassword() {
        new AdminBootstrap(this.accounts, "root", "").run(null);
        new AdminBootstrap(this.accounts, "", "a first admin password").run(null);
        assertThat(this.accounts.count()).isZero();
    }

    @Test
    void refusesToStartWithAWeakPassword() {
        assertThatIllegalStateException().isThrownBy(() -> new AdminBootstrap(this.accounts, "root", "short").run(null))
            .withMessageContaining("EVIDENCE_ADMIN_PASSWORD");
        assertThat(this.accounts.count()).isZero();
    }

}
