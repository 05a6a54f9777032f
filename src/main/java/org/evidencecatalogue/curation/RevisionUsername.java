package org.evidencecatalogue.curation;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

class RevisionUsername implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ((Revision) revision).setUsername((authentication != null) ? authentication.getName() : "system");
    }

}
