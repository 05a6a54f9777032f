package org.evidencecatalogue.study;

import java.util.regex.Pattern;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A study's identifier in a trial registry, e.g. ClinicalTrials.gov NCT02108210. */
@Embeddable
public record Registration(@Enumerated(EnumType.STRING) Registry registry, String identifier) {

    static final Pattern NCT = Pattern.compile("NCT\\d{8}");

    static final Pattern EUDRACT = Pattern.compile("\\d{4}-\\d{6}-\\d{2}");

    public Registration {
        if (registry == null || identifier == null || identifier.isBlank()) {
            throw new IllegalArgumentException("A registration needs a registry and an identifier");
        }
        identifier = identifier.strip();
        if (registry == Registry.CLINICALTRIALS_GOV && !NCT.matcher(identifier).matches()) {
            throw new IllegalArgumentException("A ClinicalTrials.gov identifier is NCT and 8 digits: " + identifier);
        }
        if (registry == Registry.EUDRACT && !EUDRACT.matcher(identifier).matches()) {
            throw new IllegalArgumentException("A EudraCT number is YYYY-NNNNNN-CC: " + identifier);
        }
    }

    public String url() {
        return this.registry.url(this.identifier);
    }

}
