package org.evidencecatalogue.discussion;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.condition.ConditionRepository;
import org.evidencecatalogue.curation.AuditTrail;
import org.evidencecatalogue.curation.Choice;
import org.evidencecatalogue.curation.Choices;
import org.evidencecatalogue.curation.CuratedRecordEditor;
import org.evidencecatalogue.curation.EditKind;
import org.evidencecatalogue.curation.RecordKind;
import org.evidencecatalogue.drug.Drug;
import org.evidencecatalogue.drug.DrugRepository;
import org.evidencecatalogue.source.Source;
import org.evidencecatalogue.source.SourceRepository;
import org.evidencecatalogue.study.Study;
import org.evidencecatalogue.study.StudyRepository;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/** Curators' changes to discussion excerpts. Excerpts have no page of their own; they are quoted on others. */
@Service
class DiscussionEditor extends CuratedRecordEditor<DiscussionExcerpt, DiscussionForm> {

    static final RecordKind KIND = new RecordKind("discussion", "discussions");

    private final DiscussionRepository excerpts;

    private final DrugRepository drugs;

    private final StudyRepository studies;

    private final ConditionRepository conditions;

    private final SourceRepository sources;

    DiscussionEditor(DiscussionRepository excerpts, DrugRepository drugs, StudyRepository studies,
            ConditionRepository conditions, SourceRepository sources, AuditTrail trail, Clock clock) {
        super(DiscussionExcerpt.class, trail, clock);
        this.excerpts = excerpts;
        this.drugs = drugs;
        this.studies = studies;
        this.conditions = conditions;
        this.sources = sources;
    }

    @Override
    public RecordKind kind() {
        return KIND;
    }

    @Override
    public DiscussionForm blankForm() {
        return new DiscussionForm();
    }

    @Override
    public Map<String, ?> formOptions() {
        return Map.of("discussionKinds", DiscussionKind.values(), "sourceChoices", sourceChoices(), "drugChoices",
                drugChoices(), "studyChoices", studyChoices(), "conditionChoices", conditionChoices());
    }

    @Override
    public String publicPath(String slug) {
        return "/discussions#excerpt-" + slug;
    }

    @Override
    protected Optional<DiscussionExcerpt> find(String slug) {
        return this.excerpts.findBySlug(slug);
    }

    @Override
    protected List<DiscussionExcerpt> all() {
        return this.excerpts.findAllForCuration();
    }

    @Override
    protected DiscussionExcerpt persist(DiscussionExcerpt excerpt) {
        return this.excerpts.save(excerpt);
    }

    @Override
    protected DiscussionExcerpt newRecord(String slug, DiscussionForm form) {
        return new DiscussionExcerpt(slug);
    }

    @Override
    protected DiscussionForm toForm(DiscussionExcerpt excerpt) {
        return DiscussionForm.from(excerpt);
    }

    @Override
    protected void apply(DiscussionForm form, DiscussionExcerpt excerpt) {
        excerpt.postedIn(form.getForum(), form.getThreadTitle(), form.getUrl(), form.getPositionInThread(),
                form.getPostedOn());
        excerpt.quote(form.getAuthorHandle(), form.getAttributionNote(), form.getText(), form.getKind(),
                this.sources.findBySlug(form.getSource()).orElseThrow());
        excerpt.linkDrugs(resolve(form.getDrugs(), (slug) -> this.drugs.findBySlug(slug).orElseThrow()));
        excerpt.linkStudies(resolve(form.getStudies(), (slug) -> this.studies.findBySlug(slug).orElseThrow()));
        excerpt.linkConditions(resolve(form.getConditions(), (slug) -> this.conditions.findBySlug(slug).orElseThrow()));
    }

    @Override
    protected String title(DiscussionExcerpt excerpt) {
        String author = (excerpt.getAuthorHandle() != null) ? excerpt.getAuthorHandle() : "—";
        return author + ", " + excerpt.getForum() + ": " + excerpt.getThreadTitle() + " #" + excerpt.getPositionInThread();
    }

    @Override
    protected String slugSource(DiscussionForm form) {
        return String.join(" ", String.valueOf(form.getForum()), String.valueOf(form.getThreadTitle()),
                String.valueOf(form.getPositionInThread()), String.valueOf(form.getAuthorHandle()));
    }

    @Override
    protected int maxSlugLength() {
        return 160;
    }

    @Override
    protected void checkRecord(DiscussionForm form, DiscussionExcerpt current, EditKind edit, Errors errors) {
        Choices.rejectUnknown("source", form.getSource(), sourceChoices(), errors);
        Choices.rejectUnknown("drugs", form.getDrugs(), drugChoices(), errors);
        Choices.rejectUnknown("studies", form.getStudies(), studyChoices(), errors);
        Choices.rejectUnknown("conditions", form.getConditions(), conditionChoices(), errors);
    }

    @Override
    protected long deletedReferences(DiscussionExcerpt excerpt) {
        return excerpt.getSource().isDeleted() ? 1 : 0;
    }

    private static <T> Set<T> resolve(List<String> slugs, Function<String, T> find) {
        Set<T> found = new LinkedHashSet<>();
        slugs.forEach((slug) -> found.add(find.apply(slug)));
        return found;
    }

    private List<Choice> sourceChoices() {
        return Choices.of(this.sources.findByDeletedAtIsNullOrderByTitle(), Source::getSlug, Source::getTitle);
    }

    private List<Choice> drugChoices() {
        return Choices.of(this.drugs.findByDeletedAtIsNullOrderByName(), Drug::getSlug, Drug::getName);
    }

    private List<Choice> studyChoices() {
        return Choices.of(this.studies.findLiveForCuration(), Study::getSlug,
                (study) -> study.getFirstAuthor() + " " + study.getPublicationYear() + ": " + study.getTitle());
    }

    private List<Choice> conditionChoices() {
        return Choices.of(this.conditions.findByDeletedAtIsNullOrderByName(), Condition::getSlug, Condition::getName);
    }

}
