package org.evidencecatalogue.drug;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.evidencecatalogue.shared.NameKind;

/** Another name of a drug: a brand ("Kineret"), an abbreviation ("IL-1Ra") or a synonym. */
@Embeddable
public record Alias(@Column(name = "alias") String name, @Enumerated(EnumType.STRING) NameKind kind) {

    public Alias {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An alias needs a name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("An alias needs a kind");
        }
        name = name.strip();
    }

}
