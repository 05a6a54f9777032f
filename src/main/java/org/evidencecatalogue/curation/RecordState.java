package org.evidencecatalogue.curation;

/** What a curator sees of a record at one revision: its form, and whether it was deleted then. */
public record RecordState<F extends RecordForm>(F form, boolean deleted) {

}
