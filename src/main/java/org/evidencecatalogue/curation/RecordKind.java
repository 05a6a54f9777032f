package org.evidencecatalogue.curation;

/**
 * A kind of record curators edit: {@code name} prefixes its message keys and names its templates
 * ({@code drug/form.html}); {@code path} is where its pages live ({@code /drugs/…}).
 */
public record RecordKind(String name, String path) {

}
