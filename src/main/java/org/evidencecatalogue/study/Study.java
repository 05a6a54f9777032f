package org.evidencecatalogue.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.drug.Drug;
import org.evidencecatalogue.shared.CuratedEntity;
import org.evidencecatalogue.shared.PartialDate;
import org.evidencecatalogue.source.Source;

/** A published study: what people browse. Its arms and outcomes live inside it. */
@Audited
@Entity
public class Study extends CuratedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @Embedded
    private Citation citation;

    private String firstAuthor;

    @ElementCollection
    @CollectionTable(name = "study_author", joinColumns = @JoinColumn(name = "study_id"))
    @Column(name = "name")
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<String> authors = new ArrayList<>();

    private String doi;

    private String pmid;

    private String pmcid;

    @ElementCollection
    @CollectionTable(name = "study_registration", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Registration> registrations = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Design design;

    private boolean historicalControls;

    @Enumerated(EnumType.STRING)
    private Blinding blinding;

    private String phase;

    private String sponsor;

    private String setting;

    @Embedded
    @AttributeOverride(name = "year", column = @Column(name = "start_year"))
    @AttributeOverride(name = "month", column = @Column(name = "start_month"))
    private PartialDate started;

    @Embedded
    @AttributeOverride(name = "year", column = @Column(name = "end_year"))
    @AttributeOverride(name = "month", column = @Column(name = "end_month"))
    private PartialDate ended;

    @Embedded
    private Population population;

    private String followUp;

    @Embedded
    private StructuredSummary summary;

    @Enumerated(EnumType.STRING)
    private StudyStatus status;

    private String retractionReason;

    @ManyToMany
    @SQLRestriction("deleted_at is null")
    @JoinTable(name = "study_condition", joinColumns = @JoinColumn(name = "study_id"),
            inverseJoinColumns = @JoinColumn(name = "condition_id"))
    @OrderBy("name")
    private Set<Condition> conditions = new LinkedHashSet<>();

    @ManyToMany
    @SQLRestriction("deleted_at is null")
    @JoinTable(name = "study_drug", joinColumns = @JoinColumn(name = "study_id"),
            inverseJoinColumns = @JoinColumn(name = "drug_id"))
    @OrderBy("name")
    private Set<Drug> drugs = new LinkedHashSet<>();

    @ManyToMany
    @SQLRestriction("deleted_at is null")
    @JoinTable(name = "study_source", joinColumns = @JoinColumn(name = "study_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("title")
    private Set<Source> sources = new LinkedHashSet<>();

    @OneToMany(mappedBy = "study", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Arm> arms = new ArrayList<>();

    @OneToMany(mappedBy = "study", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Outcome> outcomes = new ArrayList<>();

    @Version
    private long version;

    protected Study() {
    }

    /** A new study starts as a draft: only curators see it until it is published. */
    public Study(String slug, Citation citation) {
        this.slug = slug;
        this.citation = citation;
        this.status = StudyStatus.DRAFT;
        this.design = Design.OTHER;
        this.blinding = Blinding.NOT_REPORTED;
    }

    public Long getId() {
        return this.id;
    }

    public String getSlug() {
        return this.slug;
    }

    public Citation getCitation() {
        return this.citation;
    }

    public String getTitle() {
        return this.citation.title();
    }

    public int getPublicationYear() {
        return this.citation.year();
    }

    public String getJournal() {
        return this.citation.journal();
    }

    public String getFirstAuthor() {
        return this.firstAuthor;
    }

    public List<String> getAuthors() {
        return this.authors;
    }

    public String getDoi() {
        return this.doi;
    }

    public String getPmid() {
        return this.pmid;
    }

    public String getPmcid() {
        return this.pmcid;
    }

    public List<Registration> getRegistrations() {
        return this.registrations;
    }

    public Design getDesign() {
        return this.design;
    }

    public boolean isHistoricalControls() {
        return this.historicalControls;
    }

    public Blinding getBlinding() {
        return this.blinding;
    }

    public String getPhase() {
        return this.phase;
    }

    public String getSponsor() {
        return this.sponsor;
    }

    public String getSetting() {
        return this.setting;
    }

    public PartialDate getStarted() {
        return this.started;
    }

    public PartialDate getEnded() {
        return this.ended;
    }

    public Population getPopulation() {
        return this.population;
    }

    public String getFollowUp() {
        return this.followUp;
    }

    public StructuredSummary getSummary() {
        return this.summary;
    }

    public StudyStatus getStatus() {
        return this.status;
    }

    public String getRetractionReason() {
        return this.retractionReason;
    }

    public Set<Condition> getConditions() {
        return this.conditions;
    }

    public Set<Drug> getDrugs() {
        return this.drugs;
    }

    public Set<Source> getSources() {
        return this.sources;
    }

    public List<Arm> getArms() {
        return this.arms;
    }

    public List<Outcome> getOutcomes() {
        return this.outcomes;
    }

    /** Outcomes other than adverse events, in order. */
    public List<Outcome> getEfficacyOutcomes() {
        return this.outcomes.stream().filter((outcome) -> outcome.getKind() != OutcomeKind.SAFETY).toList();
    }

    /** Adverse events and other safety outcomes, in order. */
    public List<Outcome> getSafetyOutcomes() {
        return this.outcomes.stream().filter((outcome) -> outcome.getKind() == OutcomeKind.SAFETY).toList();
    }

    /**
     * The directions of the primary outcomes, most telling first, without duplicates. "No comparison" is left
     * out when another direction is present; empty when the study names no primary outcome.
     */
    public List<Direction> getPrimaryDirections() {
        List<Direction> directions = this.outcomes.stream()
            .filter((outcome) -> outcome.getKind() == OutcomeKind.PRIMARY)
            .map(Outcome::getDirection)
            .distinct()
            .sorted()
            .toList();
        if (directions.size() > 1) {
            return directions.stream().filter((direction) -> direction != Direction.NOT_COMPARED).toList();
        }
        return directions;
    }

    public long getVersion() {
        return this.version;
    }

    void cite(Citation citation, String firstAuthor, List<String> authors) {
        this.citation = citation;
        this.firstAuthor = firstAuthor;
        if (!this.authors.equals(authors)) {
            this.authors = new ArrayList<>(authors);
        }
    }

    void identify(String doi, String pmid, String pmcid, List<Registration> registrations) {
        this.doi = doi;
        this.pmid = pmid;
        this.pmcid = pmcid;
        // Replaced as a whole: an identifier moving between rows would briefly repeat (registry, identifier).
        if (!this.registrations.equals(registrations)) {
            this.registrations = new ArrayList<>(registrations);
        }
    }

    void describeDesign(Design design, boolean historicalControls, Blinding blinding, String phase) {
        this.design = design;
        this.historicalControls = historicalControls;
        this.blinding = blinding;
        this.phase = phase;
    }

    void describeConduct(String sponsor, String setting, PartialDate started, PartialDate ended, String followUp) {
        this.sponsor = sponsor;
        this.setting = setting;
        this.started = started;
        this.ended = ended;
        this.followUp = followUp;
    }

    void describePopulation(Population population) {
        this.population = population;
    }

    void summarise(StructuredSummary summary) {
        this.summary = summary;
    }

    /** Moves the study through its workflow; a retraction always gives its reason. */
    void changeStatus(StudyStatus status, String retractionReason) {
        if (status == StudyStatus.RETRACTED && (retractionReason == null || retractionReason.isBlank())) {
            throw new IllegalArgumentException("A retraction needs its reason");
        }
        this.status = status;
        this.retractionReason = (status == StudyStatus.RETRACTED) ? retractionReason : null;
    }

    void linkConditions(Set<Condition> conditions) {
        this.conditions.retainAll(conditions);
        this.conditions.addAll(conditions);
    }

    void linkDrugs(Set<Drug> drugs) {
        this.drugs.retainAll(drugs);
        this.drugs.addAll(drugs);
    }

    void linkSources(Set<Source> sources) {
        this.sources.retainAll(sources);
        this.sources.addAll(sources);
    }

    /** Keeps the first {@code count} arms in place and appends new ones, positions staying 1 … n. */
    List<Arm> resizeArms(int count) {
        while (this.arms.size() > count) {
            this.arms.removeLast();
        }
        while (this.arms.size() < count) {
            this.arms.add(new Arm(this, this.arms.size() + 1));
        }
        return this.arms;
    }

    /** Keeps the first {@code count} outcomes in place and appends new ones, positions staying 1 … n. */
    List<Outcome> resizeOutcomes(int count) {
        while (this.outcomes.size() > count) {
            this.outcomes.removeLast();
        }
        while (this.outcomes.size() < count) {
            this.outcomes.add(new Outcome(this, this.outcomes.size() + 1));
        }
        return this.outcomes;
    }

    /** Entities are equal when they are the same row; a new, unsaved one equals only itself. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Study that) || this.getId() == null) {
            return false;
        }
        return this.getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Study.class.hashCode();
    }

}
