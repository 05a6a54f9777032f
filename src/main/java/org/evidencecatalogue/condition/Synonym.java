package org.evidencecatalogue.condition;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.evidencecatalogue.shared.InvalidValueException;
import org.evidencecatalogue.shared.NameKind;

/**
 * Another name of a condition: "CFS", "Lou Gehrig's disease".
 * <p>
 * A value, immutable through its API. It is a class rather than a record only because Hibernate Envers builds
 * the elements of audited collections through a no-argument constructor.
 */
@Embeddable
public final class Synonym {

    @Column(name = "synonym")
    private String name;

    @Enumerated(EnumType.STRING)
    private NameKind kind;

    /** For Hibernate and Envers only. */
    protected Synonym() {
    }

    public Synonym(String name, NameKind kind) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("value.name.required", "A synonym needs a name");
        }
        if (kind == null) {
            throw new InvalidValueException("value.name.kindRequired", "A synonym needs a kind");
        }
        this.name = name.strip();
        this.kind = kind;
    }

    public String name() {
        return this.name;
    }

    /** The same as {@link #name()}, for templates that read properties. */
    public String getName() {
        return this.name;
    }

    public NameKind kind() {
        return this.kind;
    }

    /** The same as {@link #kind()}, for templates that read properties. */
    public NameKind getKind() {
        return this.kind;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Synonym that && Objects.equals(this.name, that.name) && Objects.equals(this.kind, that.kind));
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.name, this.kind);
    }

    @Override
    public String toString() {
        return "Synonym[" + "name=" + this.name + ", " + "kind=" + this.kind + "]";
    }

}
