package org.evidencecatalogue.drug;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public record RouteOfAdministration(@Enumerated(EnumType.STRING) Route route, String note) {

    public RouteOfAdministration {
        if (route == null) {
            throw new IllegalArgumentException("A route is required");
        }
    }

}
