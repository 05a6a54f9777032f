package org.evidencecatalogue.curation;

import java.time.Instant;

/**
 * One line of the curation overview. {@code status} is a message key for a workflow state worth showing
 * (a draft, a retraction), or null.
 */
public record RecordSummary(String slug, String title, String status, boolean deleted, Instant updatedAt, long version) {

}
