package org.evidencecatalogue.curation.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per subject (a username or a client address) in the database, so every instance of
 * the application sees the same counts. After {@code maxFailures} failures within {@code lockFor} of the first,
 * the subject is locked for {@code lockFor}. Writes commit at once: a failed sign-in has no transaction to join.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;

    private final Clock clock;

    private final int maxFailures;

    private final Duration lockFor;

    SignInThrottle(JdbcClient jdbc, Clock clock, @Value("${evidence.sign-in.max-failures:5}") int maxFailures,
            @Value("${evidence.sign-in.lock-duration:15m}") Duration lockFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    static String user(String username) {
        return "user:" + username;
    }

    static String address(String address) {
        return "address:" + address;
    }

    /** How much longer the longest lock on any of the subjects lasts; zero when none is locked. */
    Duration lockRemaining(List<String> subjects) {
        Instant now = this.clock.instant();
        return this.jdbc.sql("""
                select max(locked_until) from sign_in_throttle
                where subject in (:subjects) and locked_until > :now""")
            .param("subjects", subjects)
            .param("now", Timestamp.from(now))
            .query(Timestamp.class)
            .optional()
            .map((until) -> Duration.between(now, until.toInstant()))
            .orElse(Duration.ZERO);
    }

    /** Counts a failure against each subject, and returns how long the sign-in is now locked (zero if not). */
    Duration recordFailure(List<String> subjects) {
        Instant now = this.clock.instant();
        for (String subject : subjects) {
            int failures = this.jdbc.sql("""
                    insert into sign_in_throttle (subject, failures, first_failure_at) values (:subject, 1, :now)
                    on conflict (subject) do update set
                        failures = case when sign_in_throttle.first_failure_at < :windowStart then 1
                                        else sign_in_throttle.failures + 1 end,
                        first_failure_at = case when sign_in_throttle.first_failure_at < :windowStart then :now
                                                else sign_in_throttle.first_failure_at end
                    returning failures""")
                .param("subject", subject)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(this.lockFor)))
                .query(Integer.class)
                .single();
            if (failures >= this.maxFailures) {
                this.jdbc.sql("""
                        update sign_in_throttle set locked_until = :until, failures = 0, first_failure_at = :now
                        where subject = :subject""")
                    .param("until", Timestamp.from(now.plus(this.lockFor)))
                    .param("now", Timestamp.from(now))
                    .param("subject", subject)
                    .update();
            }
        }
        return lockRemaining(subjects);
    }

    /** A successful sign-in clears the username's count; the address keeps its own. */
    void recordSuccess(String subject) {
        this.jdbc.sql("delete from sign_in_throttle where subject = :subject and locked_until is null")
            .param("subject", subject)
            .update();
    }

}
