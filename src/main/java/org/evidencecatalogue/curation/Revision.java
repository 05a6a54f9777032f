package org.evidencecatalogue.curation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

@Entity
@Table(name = "revision")
@RevisionEntity(RevisionUsername.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    private Instant changedAt;

    private String username;

    public long getId() {
        return this.id;
    }

    public Instant getChangedAt() {
        return this.changedAt;
    }

    public String getUsername() {
        return this.username;
    }

    void setUsername(String username) {
        this.username = username;
    }

}
