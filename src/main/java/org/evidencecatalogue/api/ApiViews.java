package org.evidencecatalogue.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.evidencecatalogue.condition.Condition;
import org.evidencecatalogue.condition.Synonym;
import org.evidencecatalogue.discussion.DiscussionExcerpt;
import org.evidencecatalogue.drug.Alias;
import org.evidencecatalogue.drug.Approval;
import org.evidencecatalogue.drug.Drug;
import org.evidencecatalogue.drug.DrugUse;
import org.evidencecatalogue.drug.DrugWarning;
import org.evidencecatalogue.drug.WarningKind;
import org.evidencecatalogue.shared.PartialDate;
import org.evidencecatalogue.source.Source;
import org.evidencecatalogue.study.Arm;
import org.evidencecatalogue.study.ArmResult;
import org.evidencecatalogue.study.Intervention;
import org.evidencecatalogue.study.Outcome;
import org.evidencecatalogue.study.Registration;
import org.evidencecatalogue.study.Study;

/**
 * The JSON shapes of the read-only API: plain records mapped from the aggregates in one place, so the API
 * never exposes entities or lazy proxies and changes to the model are visible here.
 */
final class ApiViews {

    private ApiViews() {
    }

    record Ref(String slug, String name) {
    }

    record SourceView(String slug, String title, String kind, String url, String fileName) {

        static SourceView of(Source source) {
            return new SourceView(source.getSlug(), source.getTitle(), source.getKind().name(), source.getUrl(),
                    source.getFileName());
        }

    }

    record StudySummary(String slug, String title, String firstAuthor, String journal, int year, String design,
            Integer enrolled, Boolean pemRequired, String status, List<Ref> conditions, List<Ref> drugs,
            List<String> primaryDirections) {

        static StudySummary of(Study study) {
            return new StudySummary(study.getSlug(), study.getTitle(), study.getFirstAuthor(), study.getJournal(),
                    study.getPublicationYear(), study.getDesign().name(),
                    (study.getPopulation() != null) ? study.getPopulation().enrolled() : null,
                    (study.getPopulation() != null) ? study.getPopulation().pemRequired() : null, study.getStatus().name(),
                    study.getConditions().stream().map((c) -> new Ref(c.getSlug(), c.getName())).toList(),
                    study.getDrugs().stream().map((d) -> new Ref(d.getSlug(), d.getName())).toList(),
                    study.getPrimaryDirections().stream().map(Enum::name).toList());
        }

    }

    record ResultView(String arm, Integer events, Integer total, BigDecimal mean, BigDecimal sd) {

        static ResultView of(ArmResult result) {
            return new ResultView(result.getArm().getLabel(),
                    (result.getProportion() != null) ? result.getProportion().events() : null,
                    (result.getProportion() != null) ? result.getProportion().total() : null,
                    (result.getMeanSd() != null) ? result.getMeanSd().mean() : null,
                    (result.getMeanSd() != null) ? result.getMeanSd().sd() : null);
        }

    }

    record EffectView(String measure, BigDecimal value, BigDecimal ciLower, BigDecimal ciUpper, String pValue) {
    }

    record OutcomeView(String name, String kind, String instrument, String timepoint, List<ResultView> results,
            EffectView effect, String direction, String resultText, String source) {

        static OutcomeView of(Outcome outcome) {
            EffectView effect = (outcome.getEffect() == null) ? null
                    : new EffectView((outcome.getEffect().measure() != null) ? outcome.getEffect().measure().name() : null,
                            outcome.getEffect().value(), outcome.getEffect().lower(), outcome.getEffect().upper(),
                            outcome.getEffect().pValue());
            return new OutcomeView(outcome.getName(), outcome.getKind().name(), outcome.getInstrument(),
                    outcome.getTimepoint(), outcome.getResults().stream().map(ResultView::of).toList(), effect,
                    outcome.getDirection().name(), outcome.getResultText(), outcome.getSource().getSlug());
        }

    }

    record InterventionView(String name, String drug, BigDecimal doseAmount, String doseUnit, boolean doseUpTo,
            String route, String frequency, String duration) {

        static InterventionView of(Intervention intervention) {
            boolean dose = intervention.getDose() != null && intervention.getDose().isKnown();
            return new InterventionView(intervention.getName(),
                    (intervention.getDrug() != null) ? intervention.getDrug().getSlug() : null,
                    dose ? intervention.getDose().amount() : null, dose ? intervention.getDose().unit() : null,
                    dose && intervention.getDose().upTo(),
                    (intervention.getRoute() != null) ? intervention.getRoute().name() : null, intervention.getFrequency(),
                    intervention.getDuration());
        }

    }

    record ArmView(String label, String role, Integer size, String description, List<InterventionView> interventions) {

        static ArmView of(Arm arm) {
            return new ArmView(arm.getLabel(), arm.getRole().name(), arm.getSize(), arm.getDescription(),
                    arm.getInterventions().stream().map(InterventionView::of).toList());
        }

    }

    record RegistrationView(String registry, String identifier, String url) {

        static RegistrationView of(Registration registration) {
            return new RegistrationView(registration.registry().name(), registration.identifier(), registration.url());
        }

    }

    record StudyView(String slug, String title, List<String> authors, String journal, int year, String volume,
            String issue, String pages, String articleNumber, LocalDate publishedOn, String doi, String pmid,
            String pmcid, List<RegistrationView> registrations, String design, boolean historicalControls,
            String blinding, String setting, String started, String ended, Integer enrolled, String population,
            String caseDefinition, Boolean pemRequired, String followUp, String status, String retractionReason,
            List<Ref> conditions, List<Ref> drugs, List<ArmView> arms, List<OutcomeView> outcomes,
            List<SourceView> sources) {

        static StudyView of(Study study) {
            var citation = study.getCitation();
            var population = study.getPopulation();
            return new StudyView(study.getSlug(), citation.title(), study.getAuthors(), citation.journal(),
                    citation.year(), citation.volume(), citation.issue(), citation.pages(), citation.articleNumber(),
                    citation.publishedOn(), study.getDoi(), study.getPmid(), study.getPmcid(),
                    study.getRegistrations().stream().map(RegistrationView::of).toList(), study.getDesign().name(),
                    study.isHistoricalControls(), study.getBlinding().name(), study.getSetting(),
                    iso(study.getStarted()), iso(study.getEnded()), (population != null) ? population.enrolled() : null,
                    (population != null) ? population.population() : null,
                    (population != null) ? population.caseDefinition() : null,
                    (population != null) ? population.pemRequired() : null, study.getFollowUp(),
                    study.getStatus().name(), study.getRetractionReason(),
                    study.getConditions().stream().map((c) -> new Ref(c.getSlug(), c.getName())).toList(),
                    study.getDrugs().stream().map((d) -> new Ref(d.getSlug(), d.getName())).toList(),
                    study.getArms().stream().map(ArmView::of).toList(),
                    study.getOutcomes().stream().map(OutcomeView::of).toList(),
                    study.getSources().stream().map(SourceView::of).toList());
        }

    }

    record ApprovalView(String date, String kind, String agency, String region, String indication, String condition,
            String source) {

        static ApprovalView of(Approval approval) {
            return new ApprovalView(iso(approval.getDecided()), approval.getKind().name(), approval.getAgency(),
                    approval.getRegion(), approval.getIndication(),
                    (approval.getCondition() != null) ? approval.getCondition().getSlug() : null,
                    approval.getSource().getSlug());
        }

    }

    record UseView(String status, String description, String condition, String source) {

        static UseView of(DrugUse use) {
            return new UseView(use.getStatus().name(), use.getDescription(),
                    (use.getCondition() != null) ? use.getCondition().getSlug() : null, use.getSource().getSlug());
        }

    }

    record NameView(String name, String kind) {

        static NameView of(Alias alias) {
            return new NameView(alias.name(), alias.kind().name());
        }

        static NameView of(Synonym synonym) {
            return new NameView(synonym.name(), synonym.kind().name());
        }

    }

    record DrugSummary(String slug, String name, List<NameView> aliases) {

        static DrugSummary of(Drug drug) {
            return new DrugSummary(drug.getSlug(), drug.getName(), drug.getAliases().stream().map(NameView::of).toList());
        }

    }

    record DrugView(String slug, String name, List<NameView> aliases, String description, String drugClass,
            String mechanism, String manufacturer, List<String> routes, String chemistry, String history,
            String pregnancy, List<ApprovalView> approvals, List<UseView> uses, List<String> contraindications,
            List<String> warnings, List<AdverseReactionView> adverseReactions, List<SourceView> sources) {

        static DrugView of(Drug drug) {
            return new DrugView(drug.getSlug(), drug.getName(), drug.getAliases().stream().map(NameView::of).toList(),
                    drug.getDescription(), drug.getDrugClass(), drug.getMechanism(), drug.getManufacturer(),
                    drug.getRoutes().stream().map((route) -> route.route().name()).toList(), drug.getChemistry(),
                    drug.getHistory(), drug.getPregnancy(), drug.getApprovals().stream().map(ApprovalView::of).toList(),
                    drug.getUses().stream().map(UseView::of).toList(),
                    drug.getWarnings().stream().filter((w) -> w.getKind() == WarningKind.CONTRAINDICATION)
                        .map(DrugWarning::getText).toList(),
                    drug.getWarnings().stream().filter((w) -> w.getKind() == WarningKind.WARNING)
                        .map(DrugWarning::getText).toList(),
                    drug.getAdverseReactions().stream()
                        .map((r) -> new AdverseReactionView(r.getReaction(), r.getFrequency()))
                        .toList(),
                    drug.getSources().stream().map(SourceView::of).toList());
        }

    }

    record AdverseReactionView(String reaction, String frequency) {
    }

    record ConditionSummary(String slug, String name, String parent, List<NameView> synonyms) {

        static ConditionSummary of(Condition condition) {
            return new ConditionSummary(condition.getSlug(), condition.getName(),
                    (condition.getParent() != null) ? condition.getParent().getSlug() : null,
                    condition.getSynonyms().stream().map(NameView::of).toList());
        }

    }

    record ConditionView(String slug, String name, String description, List<NameView> synonyms, List<Ref> ancestors,
            List<Ref> children, List<StudySummary> studies) {
    }

    record ExcerptView(String slug, String forum, String threadTitle, String url, String author, String attributionNote,
            LocalDate postedOn, int positionInThread, String text, String kind, List<String> drugs, List<String> studies,
            List<String> conditions, String source) {

        static ExcerptView of(DiscussionExcerpt excerpt) {
            return new ExcerptView(excerpt.getSlug(), excerpt.getForum(), excerpt.getThreadTitle(), excerpt.getUrl(),
                    excerpt.getAuthorHandle(), excerpt.getAttributionNote(), excerpt.getPostedOn(),
                    excerpt.getPositionInThread(), excerpt.getText(), excerpt.getKind().name(),
                    excerpt.getDrugs().stream().map(Drug::getSlug).toList(),
                    excerpt.getStudies().stream().map(Study::getSlug).toList(),
                    excerpt.getConditions().stream().map(Condition::getSlug).toList(), excerpt.getSource().getSlug());
        }

    }

    record Page<T>(List<T> items, int page, int size, long total, int pages) {

        static <T> Page<T> of(org.springframework.data.domain.Page<T> page) {
            return new Page<>(page.getContent(), page.getNumber() + 1, page.getSize(), page.getTotalElements(),
                    page.getTotalPages());
        }

    }

    private static String iso(PartialDate date) {
        return (date == null || !date.isKnown()) ? null : date.iso();
    }

}
