package org.evidencecatalogue.shared;

/** A record as an option in a filter: its slug and the name people read. */
public record Choice(String slug, String name) {
}
