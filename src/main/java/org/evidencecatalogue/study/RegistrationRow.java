package org.evidencecatalogue.study;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.curation.ValueRules;

/** A study's identifier in a trial registry; the registry's format is the {@link Registration}'s rule. */
@ValueRules
public class RegistrationRow implements ValueRules.Checked {

    @NotNull
    private Registry registry;

    @NotBlank
    @Size(max = 100)
    private String identifier;

    static RegistrationRow from(Registration registration) {
        RegistrationRow row = new RegistrationRow();
        row.registry = registration.registry();
        row.identifier = registration.identifier();
        return row;
    }

    Registration toRegistration() {
        return new Registration(this.registry, this.identifier);
    }

    @Override
    public void checkValues(ValueRules.Check check) {
        if (this.registry != null && this.identifier != null) {
            check.that("identifier", this::toRegistration);
        }
    }

    public Registry getRegistry() {
        return this.registry;
    }

    public void setRegistry(Registry registry) {
        this.registry = registry;
    }

    public String getIdentifier() {
        return this.identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

}
