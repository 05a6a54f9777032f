package org.evidencecatalogue.curation.account;

import java.time.Clock;
import java.util.List;

import org.evidencecatalogue.shared.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins do with accounts: create them, disable or enable them, and set a new password. */
@Service
@Transactional
class AccountAdministration {

    private final CuratorAccountRepository accounts;

    private final PasswordEncoder passwords;

    private final Clock clock;

    AccountAdministration(CuratorAccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CuratorAccount> all() {
        return this.accounts.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    CuratorAccount find(String username) {
        return this.accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("Account", username));
    }

    @Transactional(readOnly = true)
    boolean exists(String username) {
        return this.accounts.existsByUsername(CuratorAccount.normalise(username));
    }

    @Transactional(readOnly = true)
    long count() {
        return this.accounts.count();
    }

    CuratorAccount create(String username, String password, Role role) {
        if (!Password.Validator.isAcceptable(password)) {
            throw new IllegalArgumentException("The password does not meet the policy");
        }
        return this.accounts.save(new CuratorAccount(CuratorAccount.normalise(username), this.passwords.encode(password),
                role, this.clock.instant()));
    }

    /** Disabling keeps the account and its history; the person simply cannot sign in. */
    void setEnabled(String username, boolean enabled, long version, String actingAdmin) {
        CuratorAccount account = current(username, version);
        if (!enabled && account.getUsername().equals(actingAdmin)) {
            throw new IllegalArgumentException("Admins cannot disable their own account");
        }
        account.enable(enabled);
    }

    void resetPassword(String username, String password, long version) {
        if (!Password.Validator.isAcceptable(password)) {
            throw new IllegalArgumentException("The password does not meet the policy");
        }
        current(username, version).changePasswordHash(this.passwords.encode(password));
    }

    private CuratorAccount current(String username, long version) {
        CuratorAccount account = this.accounts.findByUsername(username)
            .orElseThrow(() -> new NotFoundException("Account", username));
        if (account.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(CuratorAccount.class, username);
        }
        return account;
    }

}
