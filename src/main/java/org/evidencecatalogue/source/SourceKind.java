package org.evidencecatalogue.source;

public enum SourceKind {

    FORUM_THREAD("Forum thread"), EVIDENCE_SUMMARY("Evidence summary"), ABSTRACT("Abstract"),
    NEWS_REPORT("News report"), ENCYCLOPEDIA("Encyclopedia article"), BIBLIOGRAPHIC_RECORD("Bibliographic record"),
    REGISTRY_RECORD("Registry record"), OTHER("Other document");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
