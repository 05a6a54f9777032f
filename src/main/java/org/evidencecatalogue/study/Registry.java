package org.evidencecatalogue.study;

public enum Registry {

    CLINICALTRIALS_GOV("ClinicalTrials.gov", "https://clinicaltrials.gov/study/"),
    EUDRACT("EudraCT", "https://www.clinicaltrialsregister.eu/ctr-search/search?query="),
    CCMO("CCMO (the Netherlands)", null), OTHER("Other registry", null);

    private final String label;

    private final String urlPrefix;

    Registry(String label, String urlPrefix) {
        this.label = label;
        this.urlPrefix = urlPrefix;
    }

    public String label() {
        return this.label;
    }

    /** The public address of a record in this registry, or null where the registry has none we can link. */
    public String url(String identifier) {
        return (this.urlPrefix != null) ? this.urlPrefix + identifier : null;
    }

}
