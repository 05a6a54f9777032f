package org.evidencecatalogue.drug;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

import org.evidencecatalogue.shared.CuratedEntity;
import org.evidencecatalogue.source.Source;

/** A drug with every name it goes by, its approvals and uses, and what is known of its safety. */
@Audited
@Entity
public class Drug extends CuratedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    private String description;

    private String drugClass;

    private String mechanism;

    private String manufacturer;

    private String chemistry;

    private String history;

    private String pregnancy;

    @ElementCollection
    @CollectionTable(name = "drug_alias", joinColumns = @JoinColumn(name = "drug_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Alias> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "drug_route", joinColumns = @JoinColumn(name = "drug_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<RouteOfAdministration> routes = new ArrayList<>();

    @OneToMany(mappedBy = "drug", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Approval> approvals = new ArrayList<>();

    @OneToMany(mappedBy = "drug", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DrugUse> uses = new ArrayList<>();

    @OneToMany(mappedBy = "drug", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DrugWarning> warnings = new ArrayList<>();

    @OneToMany(mappedBy = "drug", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AdverseReaction> adverseReactions = new ArrayList<>();

    // Links to deleted sources stay in the table, so a restored source is linked again.
    @ManyToMany
    @SQLRestriction("deleted_at is null")
    @JoinTable(name = "drug_source", joinColumns = @JoinColumn(name = "drug_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("title")
    private Set<Source> sources = new LinkedHashSet<>();

    @Version
    private long version;

    protected Drug() {
    }

    public Drug(String slug, String name) {
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

    public String getDrugClass() {
        return this.drugClass;
    }

    public String getMechanism() {
        return this.mechanism;
    }

    public String getManufacturer() {
        return this.manufacturer;
    }

    public String getChemistry() {
        return this.chemistry;
    }

    public String getHistory() {
        return this.history;
    }

    public String getPregnancy() {
        return this.pregnancy;
    }

    public List<Alias> getAliases() {
        return this.aliases;
    }

    public List<RouteOfAdministration> getRoutes() {
        return this.routes;
    }

    public List<Approval> getApprovals() {
        return this.approvals;
    }

    public List<DrugUse> getUses() {
        return this.uses;
    }

    public List<DrugWarning> getWarnings() {
        return this.warnings;
    }

    public List<AdverseReaction> getAdverseReactions() {
        return this.adverseReactions;
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

    void setDrugClass(String drugClass) {
        this.drugClass = drugClass;
    }

    void setMechanism(String mechanism) {
        this.mechanism = mechanism;
    }

    void setManufacturer(String manufacturer) {
        this.manufacturer = manufacturer;
    }

    void setChemistry(String chemistry) {
        this.chemistry = chemistry;
    }

    void setHistory(String history) {
        this.history = history;
    }

    void setPregnancy(String pregnancy) {
        this.pregnancy = pregnancy;
    }

    /**
     * Replaces the names as a whole when they differ: rewriting rows in place could briefly give two rows
     * the same alias, which the table's unique constraint refuses.
     */
    void replaceAliases(List<Alias> aliases) {
        if (!this.aliases.equals(aliases)) {
            this.aliases = new ArrayList<>(aliases);
        }
    }

    void replaceRoutes(List<RouteOfAdministration> routes) {
        if (!this.routes.equals(routes)) {
            this.routes = new ArrayList<>(routes);
        }
    }

    List<Approval> resizeApprovals(int count) {
        return resize(this.approvals, count, Approval::new);
    }

    List<DrugUse> resizeUses(int count) {
        return resize(this.uses, count, DrugUse::new);
    }

    List<DrugWarning> resizeWarnings(int count) {
        return resize(this.warnings, count, DrugWarning::new);
    }

    List<AdverseReaction> resizeAdverseReactions(int count) {
        return resize(this.adverseReactions, count, AdverseReaction::new);
    }

    /** Links exactly these sources, touching only the links that change. */
    void linkSources(Set<Source> sources) {
        this.sources.retainAll(sources);
        this.sources.addAll(sources);
    }

    /**
     * Keeps the first {@code count} parts, in place, and appends new ones after them, so positions stay
     * 1, 2, … n and a part's row is only rewritten when its values change.
     */
    private <P extends DrugPart> List<P> resize(List<P> parts, int count, Supplier<P> create) {
        while (parts.size() > count) {
            parts.removeLast();
        }
        while (parts.size() < count) {
            P part = create.get();
            part.placeIn(this, parts.size() + 1);
            parts.add(part);
        }
        return parts;
    }

    /** Entities are equal when they are the same row; a new, unsaved one equals only itself. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Drug that) || this.getId() == null) {
            return false;
        }
        return this.getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Drug.class.hashCode();
    }

}
