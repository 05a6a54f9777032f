package org.evidencecatalogue.condition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.evidencecatalogue.shared.NameKind;

/** Another name of a condition: "CFS", "Lou Gehrig's disease". */
@Embeddable
public record Synonym(@Column(name = "synonym") String name, @Enumerated(EnumType.STRING) NameKind kind) {

    public Synonym {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A synonym needs a name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("A synonym needs a kind");
        }
        name = name.strip();
    }

}
