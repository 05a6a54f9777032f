package org.evidencecatalogue.curation;

/** A record's form names its slug: chosen (or derived) once when the record is created, then fixed. */
public interface SluggedForm {

    String getSlug();

    void setSlug(String slug);

}
