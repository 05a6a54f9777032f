package org.evidencecatalogue.curation;

/** A delete refused because records that stay public still point to this one. */
public class RecordInUseException extends RuntimeException {

    private final long references;

    public RecordInUseException(String slug, long references) {
        super(slug + " is still used by " + references + " other records");
        this.references = references;
    }

    public long getReferences() {
        return this.references;
    }

}
