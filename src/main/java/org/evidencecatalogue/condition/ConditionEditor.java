package org.evidencecatalogue.condition;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.evidencecatalogue.curation.AuditTrail;
import org.evidencecatalogue.curation.Choice;
import org.evidencecatalogue.curation.Choices;
import org.evidencecatalogue.curation.CuratedRecordEditor;
import org.evidencecatalogue.curation.EditKind;
import org.evidencecatalogue.curation.RecordKind;
import org.evidencecatalogue.shared.NameKind;
import org.evidencecatalogue.source.Source;
import org.evidencecatalogue.source.SourceRepository;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/** Curators' changes to conditions. */
@Service
class ConditionEditor extends CuratedRecordEditor<Condition, ConditionForm> {

    static final RecordKind KIND = new RecordKind("condition", "conditions");

    /** The kinds of name condition_synonym allows: conditions have no brands or code names. */
    static final List<NameKind> SYNONYM_KINDS = List.of(NameKind.ABBREVIATION, NameKind.SYNONYM);

    private final ConditionRepository conditions;

    private final SourceRepository sources;

    ConditionEditor(ConditionRepository conditions, SourceRepository sources, AuditTrail trail, Clock clock) {
        super(Condition.class, trail, clock);
        this.conditions = conditions;
        this.sources = sources;
    }

    @Override
    public RecordKind kind() {
        return KIND;
    }

    @Override
    public ConditionForm blankForm() {
        return new ConditionForm();
    }

    @Override
    public Map<String, ?> formOptions() {
        return Map.of("conditionChoices", conditionChoices(), "sourceChoices", sourceChoices(), "synonymKinds",
                SYNONYM_KINDS);
    }

    @Override
    public String publicPath(String slug) {
        return "/conditions/" + slug;
    }

    @Override
    protected Optional<Condition> find(String slug) {
        return this.conditions.findBySlug(slug);
    }

    @Override
    protected List<Condition> all() {
        return this.conditions.findAllByOrderByName();
    }

    @Override
    protected Condition persist(Condition condition) {
        return this.conditions.save(condition);
    }

    @Override
    protected Condition newRecord(String slug, ConditionForm form) {
        return new Condition(slug, form.getName());
    }

    @Override
    protected ConditionForm toForm(Condition condition) {
        return ConditionForm.from(condition);
    }

    @Override
    protected void apply(ConditionForm form, Condition condition) {
        condition.setName(form.getName());
        condition.setDescription(form.getDescription());
        condition.placeUnder((form.getParent() != null) ? this.conditions.findBySlug(form.getParent()).orElseThrow() : null);
        condition.replaceSynonyms(form.synonyms());
        Set<Source> linked = new LinkedHashSet<>();
        form.getSources().forEach((slug) -> linked.add(this.sources.findBySlug(slug).orElseThrow()));
        condition.linkSources(linked);
    }

    @Override
    protected String title(Condition condition) {
        return condition.getName();
    }

    @Override
    protected String slugSource(ConditionForm form) {
        return form.getName();
    }

    @Override
    protected int maxSlugLength() {
        return 120;
    }

    @Override
    protected void checkRecord(ConditionForm form, Condition current, EditKind edit, Errors errors) {
        Choices.rejectUnknown("parent", form.getParent(), conditionChoices(), errors);
        if (form.getParent() != null && current != null && !errors.hasFieldErrors("parent")
                && this.conditions.findBySlug(form.getParent()).orElseThrow().isWithin(current)) {
            errors.rejectValue("parent", "condition.parent.cycle");
        }
        for (int i = 0; i < form.getSynonyms().size(); i++) {
            NameKind kind = form.getSynonyms().get(i).getKind();
            if (kind != null && !SYNONYM_KINDS.contains(kind)) {
                errors.rejectValue("synonyms[" + i + "].kind", "curation.unknownChoice");
            }
        }
        Choices.rejectUnknown("sources", form.getSources(), sourceChoices(), errors);
    }

    @Override
    protected long liveReferences(Condition condition) {
        return this.conditions.countLiveUses(condition.getId());
    }

    @Override
    protected long deletedReferences(Condition condition) {
        return (condition.getParent() != null && condition.getParent().isDeleted()) ? 1 : 0;
    }

    private List<Choice> conditionChoices() {
        return Choices.of(this.conditions.findByDeletedAtIsNullOrderByName(), Condition::getSlug, Condition::getName);
    }

    private List<Choice> sourceChoices() {
        return Choices.of(this.sources.findByDeletedAtIsNullOrderByTitle(), Source::getSlug, Source::getTitle);
    }

}
