package org.evidencecatalogue.curation.account;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Someone who may sign in and change the catalogue. Only the password's hash is ever stored. */
@Entity
public class CuratorAccount {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled;

    private Instant createdAt;

    @Version
    private long version;

    protected CuratorAccount() {
    }

    CuratorAccount(String username, String passwordHash, Role role, Instant createdAt) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("Not a valid username: " + username);
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** Usernames are compared without regard to case, so they are kept lower-case. */
    static String normalise(String username) {
        return (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return this.id;
    }

    public String getUsername() {
        return this.username;
    }

    String getPasswordHash() {
        return this.passwordHash;
    }

    public Role getRole() {
        return this.role;
    }

    public boolean isEnabled() {
        return this.enabled;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public long getVersion() {
        return this.version;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

}
