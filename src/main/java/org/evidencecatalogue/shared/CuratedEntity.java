package org.evidencecatalogue.shared;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * What every record a curator edits has beside its own fields: when it last changed, and whether it was
 * deleted. Nothing is ever removed from the database: a delete only stamps {@code deletedAt} and
 * {@code deletedBy}, and public pages leave such records out.
 */
@Audited
@MappedSuperclass
public abstract class CuratedEntity {

    private Instant updatedAt;

    private Instant deletedAt;

    private String deletedBy;

    public abstract Long getId();

    public abstract String getSlug();

    /** The optimistic lock: a form saved against an older version is refused. */
    public abstract long getVersion();

    public Instant getUpdatedAt() {
        return this.updatedAt;
    }

    public boolean isDeleted() {
        return this.deletedAt != null;
    }

    public Instant getDeletedAt() {
        return this.deletedAt;
    }

    public String getDeletedBy() {
        return this.deletedBy;
    }

    /**
     * Every save changes the record's own row, so its version (the optimistic lock) and its revision history
     * cover changes to its parts as well.
     */
    public void markChanged(Instant at) {
        this.updatedAt = at;
    }

    public void markDeleted(String curator, Instant at) {
        if (curator == null || curator.isBlank()) {
            throw new IllegalArgumentException("A deletion names its curator");
        }
        this.deletedAt = at;
        this.deletedBy = curator;
        this.updatedAt = at;
    }

    public void markRestored(Instant at) {
        this.deletedAt = null;
        this.deletedBy = null;
        this.updatedAt = at;
    }

}
