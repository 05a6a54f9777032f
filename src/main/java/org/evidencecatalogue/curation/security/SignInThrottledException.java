package org.evidencecatalogue.curation.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password, because of too many recent failures. */
class SignInThrottledException extends AuthenticationException {

    private final Duration remaining;

    SignInThrottledException(Duration remaining) {
        super("Too many failed sign-ins");
        this.remaining = remaining;
    }

    /** Whole minutes to wait, rounded up, never less than one. */
    long minutes() {
        return Math.max(1, (this.remaining.toSeconds() + 59) / 60);
    }

}
