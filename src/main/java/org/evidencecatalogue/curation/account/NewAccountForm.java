package org.evidencecatalogue.curation.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An admin's request for a new account. */
public class NewAccountForm {

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}", message = "{account.username.pattern}")
    private String username;

    @Password
    private String password;

    @NotNull
    private Role role = Role.CURATOR;

    public String getUsername() {
        return this.username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return this.password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return this.role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

}
