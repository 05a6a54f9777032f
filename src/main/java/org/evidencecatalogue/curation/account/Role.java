package org.evidencecatalogue.curation.account;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What an account may do. An admin is also a curator, and manages the accounts. */
public enum Role {

    CURATOR, ADMIN;

    List<GrantedAuthority> authorities() {
        return switch (this) {
            case CURATOR -> List.of(new SimpleGrantedAuthority("ROLE_CURATOR"));
            case ADMIN -> List.of(new SimpleGrantedAuthority("ROLE_CURATOR"), new SimpleGrantedAuthority("ROLE_ADMIN"));
        };
    }

}
