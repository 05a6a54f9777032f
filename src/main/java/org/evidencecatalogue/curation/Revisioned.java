package org.evidencecatalogue.curation;

import java.time.Instant;

/**
 * A record's state at one revision. {@code username} is null for the baseline revision that holds the
 * seeded records as they were first loaded.
 */
public record Revisioned<S>(long number, Instant changedAt, String username, S state) {

}
