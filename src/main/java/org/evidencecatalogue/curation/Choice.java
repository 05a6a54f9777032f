package org.evidencecatalogue.curation;

/** One option of a form's select or checkbox list: the record's slug and what the curator reads. */
public record Choice(String value, String label) {

}
