package org.evidencecatalogue.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Curator accounts that a test creates and removes again, and the sign-in counts it leaves behind. */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static void create(JdbcClient jdbc, PasswordEncoder encoder, String username, String password, String role) {
        jdbc.sql("insert into curator_account (username, password_hash, role) values (:username, :hash, :role)")
            .param("username", username)
            .param("hash", encoder.encode(password))
            .param("role", role)
            .update();
    }

    public static void remove(JdbcClient jdbc, String... usernames) {
        for (String username : usernames) {
            jdbc.sql("delete from curator_account where username = :username").param("username", username).update();
            jdbc.sql("delete from sign_in_throttle where subject = :subject")
                .param("subject", "user:" + username)
                .update();
        }
    }

    public static void forgetAddress(JdbcClient jdbc, String address) {
        jdbc.sql("delete from sign_in_throttle where subject = :subject").param("subject", "address:" + address).update();
    }

}
