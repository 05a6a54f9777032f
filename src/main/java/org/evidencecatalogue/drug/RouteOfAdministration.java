package org.evidencecatalogue.drug;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.evidencecatalogue.shared.InvalidValueException;

/**
 * A route by which a drug is given, with a note where a source qualifies it.
 * <p>
 * A value, immutable through its API. It is a class rather than a record only because Hibernate Envers builds
 * the elements of audited collections through a no-argument constructor.
 */
@Embeddable
public final class RouteOfAdministration {

    @Enumerated(EnumType.STRING)
    private Route route;

    private String note;

    /** For Hibernate and Envers only. */
    protected RouteOfAdministration() {
    }

    public RouteOfAdministration(Route route, String note) {
        if (route == null) {
            throw new InvalidValueException("value.route.required", "A route is required");
        }
        this.route = route;
        this.note = note;
    }

    public Route route() {
        return this.route;
    }

    /** The same as {@link #route()}, for templates that read properties. */
    public Route getRoute() {
        return this.route;
    }

    public String note() {
        return this.note;
    }

    /** The same as {@link #note()}, for templates that read properties. */
    public String getNote() {
        return this.note;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof RouteOfAdministration that && Objects.equals(this.route, that.route) && Objects.equals(this.note, that.note));
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.route, this.note);
    }

    @Override
    public String toString() {
        return "RouteOfAdministration[" + "route=" + this.route + ", " + "note=" + this.note + "]";
    }

}
