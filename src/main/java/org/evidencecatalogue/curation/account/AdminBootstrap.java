package org.evidencecatalogue.curation.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from {@code EVIDENCE_ADMIN_USERNAME} and {@code EVIDENCE_ADMIN_PASSWORD} when the
 * database has no account at all. There is no default: without both variables nobody can sign in until an
 * account exists, which is the safe way to fail.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountAdministration accounts;

    private final String username;

    private final String password;

    AdminBootstrap(AccountAdministration accounts, @Value("${evidence.admin.username:}") String username,
            @Value("${evidence.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (this.accounts.count() > 0) {
            return;
        }
        if (this.username.isBlank() || this.password.isEmpty()) {
            log.warn("No curator account exists and EVIDENCE_ADMIN_USERNAME / EVIDENCE_ADMIN_PASSWORD are not set: "
                    + "nobody can sign in");
            return;
        }
        String name = CuratorAccount.normalise(this.username);
        if (!CuratorAccount.USERNAME.matcher(name).matches()) {
            throw new IllegalStateException("EVIDENCE_ADMIN_USERNAME must be 3 to 40 letters, digits, '.', '_' or '-'");
        }
        if (!Password.Validator.isAcceptable(this.password)) {
            throw new IllegalStateException("EVIDENCE_ADMIN_PASSWORD must have at least " + Password.MIN_CHARACTERS
                    + " characters and at most " + Password.MAX_BYTES + " bytes");
        }
        try {
            this.accounts.create(name, this.password, Role.ADMIN);
            log.info("Created the first admin account, {}", name);
        }
        catch (DataIntegrityViolationException ex) {
            // Another instance starting at the same moment created it first.
            log.info("The first admin account was created by another instance");
        }
    }

}
