package org.evidencecatalogue.curation.security;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is signed in, for every page: the layout's header shows the curator menu, and public pages show their
 * Edit links, only when {@code curator} is present.
 */
@ControllerAdvice
class SignedInCurator {

    @ModelAttribute("curator")
    Curator curator(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        boolean curator = has(authentication, "ROLE_CURATOR");
        return curator ? new Curator(authentication.getName(), has(authentication, "ROLE_ADMIN")) : null;
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch((granted) -> authority.equals(granted.getAuthority()));
    }

    public record Curator(String name, boolean admin) {
    }

}
