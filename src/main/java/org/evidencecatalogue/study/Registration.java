package org.evidencecatalogue.study;

import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.evidencecatalogue.shared.InvalidValueException;

/**
 * A study's identifier in a trial registry, e.g. ClinicalTrials.gov NCT02108210.
 * <p>
 * A value, immutable through its API. It is a class rather than a record only because Hibernate Envers builds
 * the elements of audited collections through a no-argument constructor.
 */
@Embeddable
public final class Registration {

    static final Pattern NCT = Pattern.compile("NCT\\d{8}");

    static final Pattern EUDRACT = Pattern.compile("\\d{4}-\\d{6}-\\d{2}");

    @Enumerated(EnumType.STRING)
    private Registry registry;

    private String identifier;

    /** For Hibernate and Envers only. */
    protected Registration() {
    }

    public Registration(Registry registry, String identifier) {
        if (registry == null || identifier == null || identifier.isBlank()) {
            throw new InvalidValueException("value.registration.required",
                    "A registration needs a registry and an identifier");
        }
        String stripped = identifier.strip();
        if (registry == Registry.CLINICALTRIALS_GOV && !NCT.matcher(stripped).matches()) {
            throw new InvalidValueException("value.registration.nct",
                    "A ClinicalTrials.gov identifier is NCT and 8 digits: " + stripped);
        }
        if (registry == Registry.EUDRACT && !EUDRACT.matcher(stripped).matches()) {
            throw new InvalidValueException("value.registration.eudract", "A EudraCT number is YYYY-NNNNNN-CC: " + stripped);
        }
        this.registry = registry;
        this.identifier = stripped;
    }

    public Registry registry() {
        return this.registry;
    }

    /** The same as {@link #registry()}, for templates that read properties. */
    public Registry getRegistry() {
        return this.registry;
    }

    public String identifier() {
        return this.identifier;
    }

    /** The same as {@link #identifier()}, for templates that read properties. */
    public String getIdentifier() {
        return this.identifier;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Registration that && Objects.equals(this.registry, that.registry) && Objects.equals(this.identifier, that.identifier));
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.registry, this.identifier);
    }

    @Override
    public String toString() {
        return "Registration[" + "registry=" + this.registry + ", " + "identifier=" + this.identifier + "]";
    }

    public String url() {
        return this.registry.url(this.identifier);
    }

}
