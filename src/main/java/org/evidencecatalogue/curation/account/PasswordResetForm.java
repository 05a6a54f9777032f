package org.evidencecatalogue.curation.account;

/** A new password an admin sets for an account, against the account's version. */
public class PasswordResetForm {

    @Password
    private String password;

    private long version;

    public String getPassword() {
        return this.password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
