package org.evidencecatalogue.discussion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.curation.RecordForm;
import org.evidencecatalogue.curation.SluggedForm;
import org.evidencecatalogue.drug.Drug;
import org.evidencecatalogue.study.Study;

/** A forum excerpt as a curator edits it; what it is about, and its source, are chosen by slug. */
public class DiscussionForm implements RecordForm, SluggedForm {

    private Long version;

    private String slug;

    @NotBlank
    @Size(max = 200)
    private String forum;

    @NotBlank
    @Size(max = 500)
    private String threadTitle;

    @Size(max = 1000)
    @Pattern(regexp = "https?://\\S+", message = "{curation.url}")
    private String url;

    @NotNull
    @Min(1)
    private Integer positionInThread;

    @PastOrPresent
    private LocalDate postedOn;

    @Size(max = 200)
    private String authorHandle;

    @Size(max = 500)
    private String attributionNote;

    @NotNull
    private DiscussionKind kind;

    /** Quoted verbatim: only leading and trailing blank space is ever removed. */
    @NotBlank
    @Size(max = 20000)
    private String text;

    @NotNull
    private String source;

    private List<String> drugs = new ArrayList<>();

    private List<String> studies = new ArrayList<>();

    private List<String> conditions = new ArrayList<>();

    static DiscussionForm from(DiscussionExcerpt excerpt) {
        DiscussionForm form = new DiscussionForm();
        form.version = excerpt.getVersion();
        form.slug = excerpt.getSlug();
        form.forum = excerpt.getForum();
        form.threadTitle = excerpt.getThreadTitle();
        form.url = excerpt.getUrl();
        form.positionInThread = excerpt.getPositionInThread();
        form.postedOn = excerpt.getPostedOn();
        form.authorHandle = excerpt.getAuthorHandle();
        form.attributionNote = excerpt.getAttributionNote();
        form.kind = excerpt.getKind();
        form.text = excerpt.getText();
        form.source = (excerpt.getSource() != null) ? excerpt.getSource().getSlug() : null;
        excerpt.getDrugs().stream().map(Drug::getSlug).sorted().forEach(form.drugs::add);
        excerpt.getStudies().stream().map(Study::getSlug).sorted().forEach(form.studies::add);
        excerpt.getConditions().stream().sorted(Comparator.comparing(Condition::getSlug))
            .forEach((condition) -> form.conditions.add(condition.getSlug()));
        return form;
    }

    @Override
    public Long getVersion() {
        return this.version;
    }

    @Override
    public void setVersion(Long version) {
        this.version = version;
    }

    @Override
    public String getSlug() {
        return this.slug;
    }

    @Override
    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getForum() {
        return this.forum;
    }

    public void setForum(String forum) {
        this.forum = forum;
    }

    public String getThreadTitle() {
        return this.threadTitle;
    }

    public void setThreadTitle(String threadTitle) {
        this.threadTitle = threadTitle;
    }

    public String getUrl() {
        return this.url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Integer getPositionInThread() {
        return this.positionInThread;
    }

    public void setPositionInThread(Integer positionInThread) {
        this.positionInThread = positionInThread;
    }

    public LocalDate getPostedOn() {
        return this.postedOn;
    }

    public void setPostedOn(LocalDate postedOn) {
        this.postedOn = postedOn;
    }

    public String getAuthorHandle() {
        return this.authorHandle;
    }

    public void setAuthorHandle(String authorHandle) {
        this.authorHandle = authorHandle;
    }

    public String getAttributionNote() {
        return this.attributionNote;
    }

    public void setAttributionNote(String attributionNote) {
        this.attributionNote = attributionNote;
    }

    public DiscussionKind getKind() {
        return this.kind;
    }

    public void setKind(DiscussionKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return this.text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSource() {
        return this.source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public List<String> getDrugs() {
        return this.drugs;
    }

    public void setDrugs(List<String> drugs) {
        this.drugs = drugs;
    }

    public List<String> getStudies() {
        return this.studies;
    }

    public void setStudies(List<String> studies) {
        this.studies = studies;
    }

    public List<String> getConditions() {
        return this.conditions;
    }

    public void setConditions(List<String> conditions) {
        this.conditions = conditions;
    }

}
