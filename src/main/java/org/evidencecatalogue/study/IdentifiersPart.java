package org.evidencecatalogue.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.curation.ValueRules;
import org.evidencecatalogue.shared.InvalidValueException;

/** DOI, PubMed and PMC identifiers, and trial registrations. */
@ValueRules
public class IdentifiersPart implements ValueRules.Checked {

    @Size(max = 200)
    @Pattern(regexp = "10\\.\\d{4,9}/\\S+", message = "{study.doi.pattern}")
    private String doi;

    @Pattern(regexp = "[1-9][0-9]{0,8}", message = "{study.pmid.pattern}")
    private String pmid;

    @Size(max = 20)
    @Pattern(regexp = "PMC[0-9]+", message = "{study.pmcid.pattern}")
    private String pmcid;

    private List<@Valid RegistrationRow> registrations = new ArrayList<>();

    static IdentifiersPart from(Study study) {
        IdentifiersPart part = new IdentifiersPart();
        part.doi = study.getDoi();
        part.pmid = study.getPmid();
        part.pmcid = study.getPmcid();
        study.getRegistrations().forEach((registration) -> part.registrations.add(RegistrationRow.from(registration)));
        return part;
    }

    List<Registration> registrationList() {
        return this.registrations.stream().map(RegistrationRow::toRegistration).toList();
    }

    /** A registry's identifier is listed once (study_registration is unique on the pair). */
    @Override
    public void checkValues(ValueRules.Check check) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < this.registrations.size(); i++) {
            RegistrationRow row = this.registrations.get(i);
            check.that("registrations[" + i + "].identifier", () -> {
                if (row.getIdentifier() != null && !seen.add(row.getRegistry() + " " + row.getIdentifier().strip())) {
                    throw new InvalidValueException("study.registration.duplicate", "Listed twice");
                }
            });
        }
    }

    public String getDoi() {
        return this.doi;
    }

    public void setDoi(String doi) {
        this.doi = doi;
    }

    public String getPmid() {
        return this.pmid;
    }

    public void setPmid(String pmid) {
        this.pmid = pmid;
    }

    public String getPmcid() {
        return this.pmcid;
    }

    public void setPmcid(String pmcid) {
        this.pmcid = pmcid;
    }

    public List<RegistrationRow> getRegistrations() {
        return this.registrations;
    }

    public void setRegistrations(List<RegistrationRow> registrations) {
        this.registrations = registrations;
    }

}
