package org.evidencecatalogue.drug;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.condition.ConditionRepository;
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

/** Curators' changes to drugs, their names, approvals, uses and safety. */
@Service
class DrugEditor extends CuratedRecordEditor<Drug, DrugForm> {

    static final RecordKind KIND = new RecordKind("drug", "drugs");

    private final DrugRepository drugs;

    private final ConditionRepository conditions;

    private final SourceRepository sources;

    DrugEditor(DrugRepository drugs, ConditionRepository conditions, SourceRepository sources, AuditTrail trail,
            Clock clock) {
        super(Drug.class, trail, clock);
        this.drugs = drugs;
        this.conditions = conditions;
        this.sources = sources;
    }

    @Override
    public RecordKind kind() {
        return KIND;
    }

    @Override
    public DrugForm blankForm() {
        return new DrugForm();
    }

    @Override
    public Map<String, ?> formOptions() {
        return Map.of("nameKinds", NameKind.values(), "routes", Route.values(), "approvalKinds", ApprovalKind.values(),
                "useStatuses", UseStatus.values(), "warningKinds", WarningKind.values(), "conditionChoices",
                conditionChoices(), "sourceChoices", sourceChoices());
    }

    @Override
    public String publicPath(String slug) {
        return "/drugs/" + slug;
    }

    @Override
    protected Optional<Drug> find(String slug) {
        return this.drugs.findBySlug(slug);
    }

    @Override
    protected List<Drug> all() {
        return this.drugs.findAllByOrderByName();
    }

    @Override
    protected Drug persist(Drug drug) {
        return this.drugs.save(drug);
    }

    @Override
    protected Drug newRecord(String slug, DrugForm form) {
        return new Drug(slug, form.getName());
    }

    @Override
    protected DrugForm toForm(Drug drug) {
        return DrugForm.from(drug);
    }

    @Override
    protected void apply(DrugForm form, Drug drug) {
        form.applyTo(drug, (slug) -> this.conditions.findBySlug(slug).orElseThrow(),
                (slug) -> this.sources.findBySlug(slug).orElseThrow());
    }

    @Override
    protected String title(Drug drug) {
        return drug.getName();
    }

    @Override
    protected String slugSource(DrugForm form) {
        return form.getName();
    }

    @Override
    protected int maxSlugLength() {
        return 120;
    }

    @Override
    protected void checkRecord(DrugForm form, Drug current, EditKind edit, Errors errors) {
        List<Choice> conditions = conditionChoices();
        List<Choice> sources = sourceChoices();
        for (int i = 0; i < form.getApprovals().size(); i++) {
            Choices.rejectUnknown("approvals[" + i + "].condition", form.getApprovals().get(i).getCondition(), conditions, errors);
            Choices.rejectUnknown("approvals[" + i + "].source", form.getApprovals().get(i).getSource(), sources, errors);
        }
        for (int i = 0; i < form.getUses().size(); i++) {
            Choices.rejectUnknown("uses[" + i + "].condition", form.getUses().get(i).getCondition(), conditions, errors);
            Choices.rejectUnknown("uses[" + i + "].source", form.getUses().get(i).getSource(), sources, errors);
        }
        for (int i = 0; i < form.getWarnings().size(); i++) {
            Choices.rejectUnknown("warnings[" + i + "].source", form.getWarnings().get(i).getSource(), sources, errors);
        }
        for (int i = 0; i < form.getAdverseReactions().size(); i++) {
            Choices.rejectUnknown("adverseReactions[" + i + "].source", form.getAdverseReactions().get(i).getSource(),
                    sources, errors);
        }
        Choices.rejectUnknown("sources", form.getSources(), sources, errors);
    }

    @Override
    protected long liveReferences(Drug drug) {
        return this.drugs.countLiveUses(drug.getId());
    }

    /** Parts naming a deleted condition or source would show broken links once the drug is back. */
    @Override
    protected long deletedReferences(Drug drug) {
        Stream<Condition> conditions = Stream.concat(drug.getApprovals().stream().map(Approval::getCondition),
                drug.getUses().stream().map(DrugUse::getCondition));
        Stream<Source> sources = Stream.of(drug.getApprovals(), drug.getUses(), drug.getWarnings(),
                drug.getAdverseReactions()).flatMap(List::stream).map(DrugPart::getSource);
        return conditions.filter((condition) -> condition != null && condition.isDeleted()).count()
                + sources.filter(Source::isDeleted).count();
    }

    private List<Choice> conditionChoices() {
        return Choices.of(this.conditions.findByDeletedAtIsNullOrderByName(), Condition::getSlug, Condition::getName);
    }

    private List<Choice> sourceChoices() {
        return Choices.of(this.sources.findByDeletedAtIsNullOrderByTitle(), Source::getSlug, Source::getTitle);
    }

}
