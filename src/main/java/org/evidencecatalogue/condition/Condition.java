package org.evidencecatalogue.condition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

import org.evidencecatalogue.shared.CuratedEntity;
import org.evidencecatalogue.source.Source;

@Audited
@Entity
public class Condition extends CuratedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Condition parent;

    @ElementCollection
    @CollectionTable(name = "condition_synonym", joinColumns = @JoinColumn(name = "condition_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Synonym> synonyms = new ArrayList<>();

    @ManyToMany
    @SQLRestriction("deleted_at is null")
    @JoinTable(name = "condition_source", joinColumns = @JoinColumn(name = "condition_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("title")
    private Set<Source> sources = new LinkedHashSet<>();

    @Version
    private long version;

    protected Condition() {
    }

    public Condition(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    public Long getId() {
        return this.id;
    }

    public String getSlug() {
        return this.slug;
    }

    public String getName() {
        return this.name;
    }

    public String getDescription() {
        return this.description;
    }

    public Condition getParent() {
        return this.parent;
    }

    public List<Synonym> getSynonyms() {
        return this.synonyms;
    }

    public Set<Source> getSources() {
        return this.sources;
    }

    public long getVersion() {
        return this.version;
    }

    void setName(String name) {
        this.name = name;
    }

    void setDescription(String description) {
        this.description = description;
    }

    /** A condition is never a kind of itself, directly or through its ancestors. */
    void placeUnder(Condition parent) {
        if (parent != null && parent.isWithin(this)) {
            throw new IllegalArgumentException(this.slug + " cannot be a kind of " + parent.getSlug());
        }
        this.parent = parent;
    }

    /** Whether this condition is the given one or lies below it. */
    public boolean isWithin(Condition ancestor) {
        for (Condition c = this; c != null; c = c.getParent()) {
            if (c.equals(ancestor) || c == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Replaces the synonyms as a whole when they differ (see the unique constraint on condition_synonym). */
    void replaceSynonyms(List<Synonym> synonyms) {
        if (!this.synonyms.equals(synonyms)) {
            this.synonyms = new ArrayList<>(synonyms);
        }
    }

    void linkSources(Set<Source> sources) {
        this.sources.retainAll(sources);
        this.sources.addAll(sources);
    }

    /** Entities are equal when they are the same row; a new, unsaved one equals only itself. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Condition that) || this.getId() == null) {
            return false;
        }
        return this.getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Condition.class.hashCode();
    }

}
