package org.evidencecatalogue.curation.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts for Spring Security. Being a UserDetailsService bean, it also stops Boot creating its default user. */
@Service
class CuratorDetailsService implements UserDetailsService {

    private final CuratorAccountRepository accounts;

    CuratorDetailsService(CuratorAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        CuratorAccount account = this.accounts.findByUsername(CuratorAccount.normalise(username))
            .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.getUsername())
            .password(account.getPasswordHash())
            .authorities(account.getRole().authorities())
            .disabled(!account.isEnabled())
            .build();
    }

}
