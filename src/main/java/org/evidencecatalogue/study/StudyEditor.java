package org.evidencecatalogue.study;

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
import org.evidencecatalogue.drug.Drug;
import org.evidencecatalogue.drug.DrugRepository;
import org.evidencecatalogue.drug.Route;
import org.evidencecatalogue.source.Source;
import org.evidencecatalogue.source.SourceRepository;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/** Curators' changes to studies, with their arms, outcomes and adverse events, in one transaction each. */
@Service
class StudyEditor extends CuratedRecordEditor<Study, StudyForm> {

    static final RecordKind KIND = new RecordKind("study", "studies");

    private final StudyRepository studies;

    private final ConditionRepository conditions;

    private final DrugRepository drugs;

    private final SourceRepository sources;

    StudyEditor(StudyRepository studies, ConditionRepository conditions, DrugRepository drugs,
            SourceRepository sources, AuditTrail trail, Clock clock) {
        super(Study.class, trail, clock);
        this.studies = studies;
        this.conditions = conditions;
        this.drugs = drugs;
        this.sources = sources;
    }

    @Override
    public RecordKind kind() {
        return KIND;
    }

    @Override
    public StudyForm blankForm() {
        return new StudyForm();
    }

    @Override
    public Map<String, ?> formOptions() {
        return Map.ofEntries(Map.entry("statuses", StudyStatus.values()), Map.entry("designs", Design.values()),
                Map.entry("blindings", Blinding.values()), Map.entry("sexes", Sex.values()),
                Map.entry("registries", Registry.values()), Map.entry("armRoles", ArmRole.values()),
                Map.entry("routes", Route.values()), Map.entry("outcomeKinds", OutcomeKind.values()),
                Map.entry("effectMeasures", EffectMeasure.values()), Map.entry("directions", Direction.values()),
                Map.entry("conditionChoices", conditionChoices()), Map.entry("drugChoices", drugChoices()),
                Map.entry("sourceChoices", sourceChoices()));
    }

    @Override
    public String publicPath(String slug) {
        return "/studies/" + slug;
    }

    @Override
    protected Optional<Study> find(String slug) {
        return this.studies.findBySlug(slug);
    }

    @Override
    protected List<Study> all() {
        return this.studies.findAllForCuration();
    }

    @Override
    protected Study persist(Study study) {
        return this.studies.save(study);
    }

    @Override
    protected Study newRecord(String slug, StudyForm form) {
        return new Study(slug, form.getCitation().citation());
    }

    @Override
    protected StudyForm toForm(Study study) {
        return StudyForm.from(study);
    }

    @Override
    protected void apply(StudyForm form, Study study) {
        form.applyTo(study, (slug) -> this.conditions.findBySlug(slug).orElseThrow(),
                (slug) -> this.drugs.findBySlug(slug).orElseThrow(), (slug) -> this.sources.findBySlug(slug).orElseThrow());
    }

    @Override
    protected String title(Study study) {
        return study.getFirstAuthor() + " " + study.getPublicationYear() + ": " + study.getTitle();
    }

    @Override
    protected String slugSource(StudyForm form) {
        String author = form.getCitation().getFirstAuthor();
        String surname = (author != null) ? author.strip().replaceAll(".*\\s", "") : "";
        return surname + " " + form.getCitation().getYear() + " " + String.join(" ", form.getDrugs()) + " "
                + String.join(" ", form.getConditions());
    }

    @Override
    protected int maxSlugLength() {
        return 160;
    }

    @Override
    protected String status(Study study) {
        return switch (study.getStatus()) {
            case DRAFT -> "badge.draft";
            case RETRACTED -> "badge.retracted";
            case PUBLISHED -> null;
        };
    }

    @Override
    protected void checkRecord(StudyForm form, Study current, EditKind edit, Errors errors) {
        checkWorkflow(form, current, edit, errors);
        // A new study has no slug of its own yet to leave out of the comparison; no study has an empty one.
        checkIdentifiers(form, (current != null) ? current.getSlug() : "", errors);
        List<Choice> drugs = drugChoices();
        List<Choice> sources = sourceChoices();
        Choices.rejectUnknown("conditions", form.getConditions(), conditionChoices(), errors);
        Choices.rejectUnknown("drugs", form.getDrugs(), drugs, errors);
        Choices.rejectUnknown("sources", form.getSources(), sources, errors);
        for (int arm = 0; arm < form.getArms().size(); arm++) {
            List<InterventionRow> interventions = form.getArms().get(arm).getInterventions();
            for (int i = 0; i < interventions.size(); i++) {
                Choices.rejectUnknown("arms[" + arm + "].interventions[" + i + "].drug", interventions.get(i).getDrug(),
                        drugs, errors);
            }
        }
        for (int i = 0; i < form.getOutcomes().size(); i++) {
            Choices.rejectUnknown("outcomes[" + i + "].source", form.getOutcomes().get(i).getSource(), sources, errors);
        }
    }

    /**
     * Draft, then published, then retracted: the form moves a study forward only. Restoring an earlier revision
     * may move it back, since that is how a mistaken publication or retraction is undone.
     */
    private void checkWorkflow(StudyForm form, Study current, EditKind edit, Errors errors) {
        StudyStatus from = (current != null) ? current.getStatus() : StudyStatus.DRAFT;
        if (edit != EditKind.RESTORE && form.getStatus() != null && !from.canBecome(form.getStatus())) {
            errors.rejectValue("status", "study.status.transition",
                    new Object[] { from.label(), form.getStatus().label() }, null);
        }
    }

    private void checkIdentifiers(StudyForm form, String slug, Errors errors) {
        IdentifiersPart identifiers = form.getIdentifiers();
        if (identifiers.getDoi() != null && this.studies.existsByDoiAndSlugNot(identifiers.getDoi(), slug)) {
            errors.rejectValue("identifiers.doi", "study.doi.taken");
        }
        if (identifiers.getPmid() != null && this.studies.existsByPmidAndSlugNot(identifiers.getPmid(), slug)) {
            errors.rejectValue("identifiers.pmid", "study.pmid.taken");
        }
        for (int i = 0; i < identifiers.getRegistrations().size(); i++) {
            RegistrationRow row = identifiers.getRegistrations().get(i);
            if (row.getRegistry() != null && row.getIdentifier() != null && this.studies
                .countRegistrationsElsewhere(row.getRegistry().name(), row.getIdentifier(), slug) > 0) {
                errors.rejectValue("identifiers.registrations[" + i + "].identifier", "study.registration.taken");
            }
        }
    }

    /** Arms naming a deleted drug, or outcomes a deleted source, would show broken links once the study is back. */
    @Override
    protected long deletedReferences(Study study) {
        Stream<Drug> drugs = study.getArms().stream().flatMap((arm) -> arm.getInterventions().stream()).map(Intervention::getDrug);
        return drugs.filter((drug) -> drug != null && drug.isDeleted()).count()
                + study.getOutcomes().stream().filter((outcome) -> outcome.getSource().isDeleted()).count();
    }

    private List<Choice> conditionChoices() {
        return Choices.of(this.conditions.findByDeletedAtIsNullOrderByName(), Condition::getSlug, Condition::getName);
    }

    private List<Choice> drugChoices() {
        return Choices.of(this.drugs.findByDeletedAtIsNullOrderByName(), Drug::getSlug, Drug::getName);
    }

    private List<Choice> sourceChoices() {
        return Choices.of(this.sources.findByDeletedAtIsNullOrderByTitle(), Source::getSlug, Source::getTitle);
    }

}
