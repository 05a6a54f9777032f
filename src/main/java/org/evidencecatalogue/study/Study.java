package org.evidencecatalogue.study;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.drug.Drug;

@Entity
public class Study {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    private String firstAuthor;

    private int publicationYear;

    private String journal;

    private String doi;

    @ManyToMany
    @JoinTable(name = "study_condition", joinColumns = @JoinColumn(name = "study_id"),
            inverseJoinColumns = @JoinColumn(name = "condition_id"))
    @OrderBy("name")
    private Set<Condition> conditions = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "study_drug", joinColumns = @JoinColumn(name = "study_id"),
            inverseJoinColumns = @JoinColumn(name = "drug_id"))
    @OrderBy("name")
    private Set<Drug> drugs = new LinkedHashSet<>();

    @Version
    private long version;

    protected Study() {
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

    public String getFirstAuthor() {
        return this.firstAuthor;
    }

    public int getPublicationYear() {
        return this.publicationYear;
    }

    public String getJournal() {
        return this.journal;
    }

    public String getDoi() {
        return this.doi;
    }

    public Set<Condition> getConditions() {
        return this.conditions;
    }

    public Set<Drug> getDrugs() {
        return this.drugs;
    }

    public long getVersion() {
        return this.version;
    }

}
