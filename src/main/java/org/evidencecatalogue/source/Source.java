package org.evidencecatalogue.source;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import org.evidencecatalogue.shared.CuratedEntity;

/** A document that facts in the catalogue came from. */
@Audited
@Entity
public class Source extends CuratedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    @Enumerated(EnumType.STRING)
    private SourceKind kind;

    private String url;

    private String fileName;

    private String description;

    @Version
    private long version;

    protected Source() {
    }

    public Source(String slug) {
        this.slug = slug;
    }

    public Long getId() {
        return this.id;
    }

    public String getSlug() {
        return this.slug;
    }

    public String getTitle() {
        return this.title;
    }

    public SourceKind getKind() {
        return this.kind;
    }

    public String getUrl() {
        return this.url;
    }

    public String getFileName() {
        return this.fileName;
    }

    public String getDescription() {
        return this.description;
    }

    public long getVersion() {
        return this.version;
    }

    void describe(String title, SourceKind kind, String url, String fileName, String description) {
        this.title = title;
        this.kind = kind;
        this.url = url;
        this.fileName = fileName;
        this.description = description;
    }

    /** Entities are equal when they are the same row; a new, unsaved one equals only itself. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Source that) || this.getId() == null) {
            return false;
        }
        return this.getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Source.class.hashCode();
    }

}
