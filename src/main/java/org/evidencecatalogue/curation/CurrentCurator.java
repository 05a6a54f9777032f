package org.evidencecatalogue.curation;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in curator's username, for the records that name who deleted them. */
public final class CurrentCurator {

    private CurrentCurator() {
    }

    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No curator is signed in");
        }
        return authentication.getName();
    }

}
