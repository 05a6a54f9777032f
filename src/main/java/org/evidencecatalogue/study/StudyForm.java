package org.evidencecatalogue.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.curation.RecordForm;
import org.evidencecatalogue.curation.SluggedForm;
import org.evidencecatalogue.curation.ValueRules;
import org.evidencecatalogue.drug.Drug;
import org.evidencecatalogue.shared.InvalidValueException;
import org.evidencecatalogue.source.Source;

/**
 * A whole study as a curator edits it: citation, identifiers, design, population, summary, links, and its arms
 * and outcomes (adverse events included) as rows. Each outcome holds one result per arm, in the arms' order,
 * so adding or removing an arm adds or removes that column of results.
 */
@ValueRules
public class StudyForm implements RecordForm, SluggedForm, ValueRules.Checked {

    /** The row list that adds an outcome of kind SAFETY to {@link #outcomes}. */
    static final String ADVERSE_EVENTS = "adverseEvents";

    private Long version;

    private String slug;

    @NotNull
    private StudyStatus status = StudyStatus.DRAFT;

    @Size(max = 4000)
    private String retractionReason;

    @Valid
    private CitationPart citation = new CitationPart();

    @Valid
    private IdentifiersPart identifiers = new IdentifiersPart();

    @Valid
    private DesignPart design = new DesignPart();

    @Valid
    private PopulationPart population = new PopulationPart();

    @Valid
    private SummaryPart summary = new SummaryPart();

    private List<String> conditions = new ArrayList<>();

    private List<String> drugs = new ArrayList<>();

    private List<String> sources = new ArrayList<>();

    private List<@Valid ArmForm> arms = new ArrayList<>();

    private List<@Valid OutcomeForm> outcomes = new ArrayList<>();

    static StudyForm from(Study study) {
        StudyForm form = new StudyForm();
        form.version = study.getVersion();
        form.slug = study.getSlug();
        form.status = study.getStatus();
        form.retractionReason = study.getRetractionReason();
        form.citation = CitationPart.from(study);
        form.identifiers = IdentifiersPart.from(study);
        form.design = DesignPart.from(study);
        form.population = PopulationPart.from(study);
        form.summary = SummaryPart.from(study);
        study.getConditions().stream().map(Condition::getSlug).sorted().forEach(form.conditions::add);
        study.getDrugs().stream().map(Drug::getSlug).sorted().forEach(form.drugs::add);
        study.getSources().stream().map(Source::getSlug).sorted().forEach(form.sources::add);
        List<Arm> arms = study.getArms().stream().sorted(Comparator.comparingInt(Arm::getPosition)).toList();
        arms.forEach((arm) -> form.arms.add(ArmForm.from(arm)));
        study.getOutcomes()
            .stream()
            .sorted(Comparator.comparingInt(Outcome::getPosition))
            .forEach((outcome) -> form.outcomes.add(OutcomeForm.from(outcome, arms)));
        return form;
    }

    /**
     * Applies every field. Arms and outcomes are matched to rows by position and keep their rows; results are
     * rebuilt from the rows against the arms they now belong to.
     */
    void applyTo(Study study, Function<String, Condition> conditions, Function<String, Drug> drugs,
            Function<String, Source> sources) {
        study.cite(this.citation.citation(), this.citation.getFirstAuthor(), this.citation.authorList());
        study.identify(this.identifiers.getDoi(), this.identifiers.getPmid(), this.identifiers.getPmcid(),
                this.identifiers.registrationList());
        study.describeDesign(this.design.getDesign(), this.design.isHistoricalControls(), this.design.getBlinding(),
                this.design.getPhase());
        study.describeConduct(this.design.getSponsor(), this.design.getSetting(), this.design.started(),
                this.design.ended(), this.design.getFollowUp());
        study.describePopulation(this.population.toPopulation());
        study.summarise(this.summary.toSummary());
        study.changeStatus(this.status, this.retractionReason);
        study.linkConditions(resolve(this.conditions, conditions));
        study.linkDrugs(resolve(this.drugs, drugs));
        study.linkSources(resolve(this.sources, sources));
        List<Arm> arms = study.resizeArms(this.arms.size());
        for (int i = 0; i < arms.size(); i++) {
            ArmForm row = this.arms.get(i);
            arms.get(i).update(row.getLabel(), row.getRole(), row.getSize(), row.getDescription());
            arms.get(i).replaceInterventions(row.getInterventions()
                .stream()
                .map((intervention) -> new Intervention(intervention.getName(),
                        (intervention.getDrug() != null) ? drugs.apply(intervention.getDrug()) : null,
                        intervention.dose(), intervention.getRoute(), intervention.getFrequency(),
                        intervention.getDuration(), intervention.getDescription()))
                .toList());
        }
        List<Outcome> outcomes = study.resizeOutcomes(this.outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeForm row = this.outcomes.get(i);
            outcomes.get(i).update(row.getName(), row.getKind(), row.getInstrument(), row.getTimepoint(), row.effect(),
                    row.getDirection(), row.getResultText(), sources.apply(row.getSource()));
            Set<ArmResult> results = new LinkedHashSet<>();
            for (int arm = 0; arm < Math.min(arms.size(), row.getResults().size()); arm++) {
                ResultRow result = row.getResults().get(arm);
                if (result.isReported()) {
                    results.add(new ArmResult(arms.get(arm), result.proportion(), result.meanSd()));
                }
            }
            outcomes.get(i).replaceResults(results);
        }
    }

    /** A retraction gives its reason, as the study page shows it in the banner. */
    @Override
    public void checkValues(ValueRules.Check check) {
        check.that("retractionReason", () -> {
            if (this.status == StudyStatus.RETRACTED && (this.retractionReason == null || this.retractionReason.isBlank())) {
                throw new InvalidValueException("study.retraction.reason", "A retraction needs its reason");
            }
        });
    }

    @Override
    public void addRow(String list) {
        if (ADVERSE_EVENTS.equals(list)) {
            this.outcomes.add(OutcomeForm.of(OutcomeKind.SAFETY, this.arms.size()));
            return;
        }
        RecordForm.super.addRow(list);
        alignResults();
    }

    @Override
    public void removeRow(String list, int index) {
        if ("arms".equals(list) && index >= 0 && index < this.arms.size()) {
            this.outcomes.forEach((outcome) -> {
                if (index < outcome.getResults().size()) {
                    outcome.getResults().remove(index);
                }
            });
        }
        RecordForm.super.removeRow(list, index);
        alignResults();
    }

    /** Every outcome gets exactly one result row per arm. */
    void alignResults() {
        this.outcomes.forEach((outcome) -> outcome.alignResults(this.arms.size()));
    }

    private static <T> Set<T> resolve(List<String> slugs, Function<String, T> find) {
        Set<T> found = new LinkedHashSet<>();
        slugs.forEach((slug) -> found.add(find.apply(slug)));
        return found;
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

    public StudyStatus getStatus() {
        return this.status;
    }

    public void setStatus(StudyStatus status) {
        this.status = status;
    }

    public String getRetractionReason() {
        return this.retractionReason;
    }

    public void setRetractionReason(String retractionReason) {
        this.retractionReason = retractionReason;
    }

    public CitationPart getCitation() {
        return this.citation;
    }

    public void setCitation(CitationPart citation) {
        this.citation = citation;
    }

    public IdentifiersPart getIdentifiers() {
        return this.identifiers;
    }

    public void setIdentifiers(IdentifiersPart identifiers) {
        this.identifiers = identifiers;
    }

    public DesignPart getDesign() {
        return this.design;
    }

    public void setDesign(DesignPart design) {
        this.design = design;
    }

    public PopulationPart getPopulation() {
        return this.population;
    }

    public void setPopulation(PopulationPart population) {
        this.population = population;
    }

    public SummaryPart getSummary() {
        return this.summary;
    }

    public void setSummary(SummaryPart summary) {
        this.summary = summary;
    }

    public List<String> getConditions() {
        return this.conditions;
    }

    public void setConditions(List<String> conditions) {
        this.conditions = conditions;
    }

    public List<String> getDrugs() {
        return this.drugs;
    }

    public void setDrugs(List<String> drugs) {
        this.drugs = drugs;
    }

    public List<String> getSources() {
        return this.sources;
    }

    public void setSources(List<String> sources) {
        this.sources = sources;
    }

    public List<ArmForm> getArms() {
        return this.arms;
    }

    public void setArms(List<ArmForm> arms) {
        this.arms = arms;
    }

    public List<OutcomeForm> getOutcomes() {
        return this.outcomes;
    }

    public void setOutcomes(List<OutcomeForm> outcomes) {
        this.outcomes = outcomes;
    }

}
