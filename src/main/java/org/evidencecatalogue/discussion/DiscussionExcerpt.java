package org.evidencecatalogue.discussion;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.drug.Drug;
import org.evidencecatalogue.shared.CuratedEntity;
import org.evidencecatalogue.source.Source;
import org.evidencecatalogue.study.Study;

/** A forum post quoted verbatim with its attribution, linked to what it is about. */
@Audited
@Entity
@Table(name = "discussion_excerpt")
public class DiscussionExcerpt extends CuratedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String forum;

    private String threadTitle;

    private String url;

    private String authorHandle;

    private String attributionNote;

    private LocalDate postedOn;

    @Column(name = "position_in_thread")
    private int positionInThread;

    private String text;

    @Enumerated(EnumType.STRING)
    private DiscussionKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    @ManyToMany
    @SQLRestriction("deleted_at is null")
    @JoinTable(name = "discussion_drug", joinColumns = @JoinColumn(name = "excerpt_id"),
            inverseJoinColumns = @JoinColumn(name = "drug_id"))
    @OrderBy("name")
    private Set<Drug> drugs = new LinkedHashSet<>();

    @ManyToMany
    @SQLRestriction("deleted_at is null")
    @JoinTable(name = "discussion_study", joinColumns = @JoinColumn(name = "excerpt_id"),
            inverseJoinColumns = @JoinColumn(name = "study_id"))
    private Set<Study> studies = new LinkedHashSet<>();

    @ManyToMany
    @SQLRestriction("deleted_at is null")
    @JoinTable(name = "discussion_condition", joinColumns = @JoinColumn(name = "excerpt_id"),
            inverseJoinColumns = @JoinColumn(name = "condition_id"))
    @OrderBy("name")
    private Set<Condition> conditions = new LinkedHashSet<>();

    @Version
    private long version;

    protected DiscussionExcerpt() {
    }

    public DiscussionExcerpt(String slug) {
        this.slug = slug;
    }

    public Long getId() {
        return this.id;
    }

    public String getSlug() {
        return this.slug;
    }

    public String getForum() {
        return this.forum;
    }

    public String getThreadTitle() {
        return this.threadTitle;
    }

    public String getUrl() {
        return this.url;
    }

    public String getAuthorHandle() {
        return this.authorHandle;
    }

    public String getAttributionNote() {
        return this.attributionNote;
    }

    public LocalDate getPostedOn() {
        return this.postedOn;
    }

    public int getPositionInThread() {
        return this.positionInThread;
    }

    public String getText() {
        return this.text;
    }

    public DiscussionKind getKind() {
        return this.kind;
    }

    public Source getSource() {
        return this.source;
    }

    public Set<Drug> getDrugs() {
        return this.drugs;
    }

    public Set<Study> getStudies() {
        return this.studies;
    }

    public Set<Condition> getConditions() {
        return this.conditions;
    }

    public long getVersion() {
        return this.version;
    }

    /** Where the quotation was posted: the forum, the thread and the post's place in it. */
    void postedIn(String forum, String threadTitle, String url, int positionInThread, LocalDate postedOn) {
        this.forum = forum;
        this.threadTitle = threadTitle;
        this.url = url;
        this.positionInThread = positionInThread;
        this.postedOn = postedOn;
    }

    /** Who said it and what, verbatim, with the curator's note on the attribution. */
    void quote(String authorHandle, String attributionNote, String text, DiscussionKind kind, Source source) {
        this.authorHandle = authorHandle;
        this.attributionNote = attributionNote;
        this.text = text;
        this.kind = kind;
        this.source = source;
    }

    void linkDrugs(Set<Drug> drugs) {
        this.drugs.retainAll(drugs);
        this.drugs.addAll(drugs);
    }

    void linkStudies(Set<Study> studies) {
        this.studies.retainAll(studies);
        this.studies.addAll(studies);
    }

    void linkConditions(Set<Condition> conditions) {
        this.conditions.retainAll(conditions);
        this.conditions.addAll(conditions);
    }

    /** Entities are equal when they are the same row; a new, unsaved one equals only itself. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DiscussionExcerpt that) || this.getId() == null) {
            return false;
        }
        return this.getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return DiscussionExcerpt.class.hashCode();
    }

}
