package org.evidencecatalogue.study;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.evidencecatalogue.drug.Route;
import org.evidencecatalogue.shared.PartialDate;
import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The three seeded studies hold the facts of their sources, value by value. */
@CatalogueApplicationTest
class SeededStudiesTest {

    @Autowired
    StudyCatalogue studies;

    @Test
    void roerinkCitationAndIdentifiersAreTheVerifiedOnes() {
        Study study = this.studies.findForPage("roerink-2017-anakinra-me-cfs").orElseThrow();
        assertThat(study.getCitation()).isEqualTo(new Citation(
                "Cytokine Inhibition in Patients With Chronic Fatigue Syndrome: A Randomized Trial",
                "Annals of Internal Medicine", 2017, "166", "8", "557-564", null, LocalDate.of(2017, 3, 7)));
        assertThat(study.getAuthors()).containsExactly("Megan E. Roerink", "Sebastian J.H. Bredie", "Michael Heijnen",
                "Charles A. Dinarello", "Hans Knoop", "Jos W.M. van der Meer");
        assertThat(study.getDoi()).isEqualTo("10.7326/M16-2391");
        assertThat(study.getPmid()).isEqualTo("28265678");
        assertThat(study.getRegistrations()).containsExactly(
                new Registration(Registry.CLINICALTRIALS_GOV, "NCT02108210"),
                new Registration(Registry.EUDRACT, "2013-005466-19"), new Registration(Registry.CCMO, "NL47571.091.14"));
    }

    @Test
    void roerinkDesignAndPopulationFollowTheProtocol() {
        Study study = this.studies.findForPage("roerink-2017-anakinra-me-cfs").orElseThrow();
        assertThat(study.getDesign()).isEqualTo(Design.RANDOMISED_CONTROLLED_TRIAL);
        assertThat(study.getStarted()).isEqualTo(PartialDate.of(2014, 7));
        assertThat(study.getEnded()).isEqualTo(PartialDate.of(2016, 5));
        Population population = study.getPopulation();
        assertThat(population.enrolled()).isEqualTo(50);
        assertThat(population.sex()).isEqualTo(Sex.FEMALE);
        assertThat(population.ageRange()).isEqualTo("18–59 years");
        assertThat(population.caseDefinition()).isEqualTo("CDC (Fukuda) criteria");
        assertThat(population.pemRequired()).as("Fukuda does not require PEM").isFalse();
        assertThat(population.eligibility()).contains("CIS fatigue ≥ 40").contains("SIP-8 ≥ 700");
        assertThat(study.getConditions()).extracting("slug").containsExactly("me-cfs");
        assertThat(study.getDrugs()).extracting("slug").containsExactly("anakinra");
        assertThat(study.getArms()).extracting(Arm::getLabel, Arm::getRole, Arm::getSize)
            .containsExactly(tuple("Anakinra", ArmRole.EXPERIMENTAL, 25), tuple("Placebo", ArmRole.PLACEBO_COMPARATOR, 25));
        Intervention anakinra = study.getArms().getFirst().getInterventions().getFirst();
        assertThat(anakinra.getDose()).isEqualTo(Dose.of("100.000", "mg"));
        assertThat(anakinra.getRoute()).isEqualTo(Route.SUBCUTANEOUS);
        assertThat(anakinra.getDuration()).isEqualTo("4 weeks");
        assertThat(anakinra.getDrug().getSlug()).isEqualTo("anakinra");
    }

    @Test
    void roerinkFindingsAreStructuredOutcomes() {
        Study study = this.studies.findForPage("roerink-2017-anakinra-me-cfs").orElseThrow();
        Arm anakinra = study.getArms().get(0);
        Arm placebo = study.getArms().get(1);

        Outcome cisFatigue = outcome(study, "Fatigue severity (CIS-fatigue)");
        assertThat(cisFatigue.getKind()).isEqualTo(OutcomeKind.PRIMARY);
        assertThat(cisFatigue.getEffect().measure()).isEqualTo(EffectMeasure.MD);
        assertThat(cisFatigue.getEffect().value()).isEqualByComparingTo("1.5");
        assertThat(cisFatigue.getEffect().lower()).isEqualByComparingTo("-4.1");
        assertThat(cisFatigue.getEffect().upper()).isEqualByComparingTo("7.2");
        assertThat(cisFatigue.getDirection()).isEqualTo(Direction.NO_DIFFERENCE);
        assertThat(cisFatigue.getTimepoint()).isEqualTo("4 weeks");

        Outcome healthyRange = outcome(study, "Fatigue in the healthy range");
        assertThat(healthyRange.resultFor(anakinra).getProportion()).isEqualTo(Proportion.of(2, 25));
        assertThat(healthyRange.resultFor(placebo).getProportion()).isEqualTo(Proportion.of(5, 25));

        Outcome injectionSite = outcome(study, "Injection-site reactions");
        assertThat(injectionSite.getKind()).isEqualTo(OutcomeKind.SAFETY);
        assertThat(injectionSite.resultFor(anakinra).getProportion()).isEqualTo(Proportion.of(17, 25));
        assertThat(injectionSite.resultFor(placebo).getProportion()).isEqualTo(Proportion.of(1, 25));

        Outcome discontinued = outcome(study, "Discontinuation because of an adverse event");
        assertThat(discontinued.resultFor(anakinra).getProportion()).isEqualTo(Proportion.of(1, 25));
        assertThat(discontinued.resultFor(placebo)).as("the source gives no placebo figure").isNull();

        assertThat(study.getOutcomes()).filteredOn((outcome) -> outcome.getKind() == OutcomeKind.SECONDARY)
            .extracting(Outcome::getInstrument, Outcome::getTimepoint, Outcome::getDirection)
            .containsExactly(tuple("Sickness Impact Profile (SIP-8) total score", "4 and 24 weeks", Direction.NO_DIFFERENCE),
                    tuple("SF-36 physical and social functioning subscales", "4 and 24 weeks", Direction.NO_DIFFERENCE),
                    tuple("Symptom Checklist-90 (SCL-90) total score", "4 and 24 weeks", Direction.NO_DIFFERENCE),
                    tuple("Visual analogue scale (VAS)", "4 and 24 weeks", Direction.NO_DIFFERENCE));
        assertThat(study.getOutcomes()).extracting((outcome) -> outcome.getSource().getFileName())
            .containsOnly("001_6449949827f914ba.txt");
    }

    @Test
    void roerinkHasAllSixSummarySections() {
        StructuredSummary summary = this.studies.findForPage("roerink-2017-anakinra-me-cfs").orElseThrow().getSummary();
        assertThat(summary.sections()).extracting(StructuredSummary.Section::key)
            .containsExactly("summary.quick", "summary.why", "summary.findings", "summary.conclusions",
                    "summary.questions", "summary.notProven");
        assertThat(summary.quickSummary()).startsWith("Researchers tested whether a drug called anakinra");
        assertThat(summary.sections().get(2).lines()).hasSize(5)
            .first()
            .isEqualTo("Only 8% (2/25) of anakinra recipients vs. 20% (5/25) of placebo recipients achieved fatigue scores in the healthy range at 4 weeks.");
        assertThat(summary.sections().get(4).lines()).hasSize(4)
            .contains("What is the role of central nervous system versus peripheral IL-1 in ME/CFS fatigue generation?");
        assertThat(summary.whatItDoesNotProve()).startsWith("This study does not prove that inflammation plays no role in ME/CFS");
    }

    @Test
    void maierIsASingleArmPilotAgainstAHistoricalCohort() {
        Study study = this.studies.findForPage("maier-2015-anakinra-als").orElseThrow();
        assertThat(study.getDesign()).isEqualTo(Design.SINGLE_ARM_TRIAL);
        assertThat(study.isHistoricalControls()).isTrue();
        assertThat(study.getPmid()).isEqualTo("26444282");
        assertThat(study.getPmcid()).isEqualTo("PMC4596620");
        assertThat(study.getCitation().articleNumber()).isEqualTo("e0139684");
        assertThat(study.getRegistrations()).containsExactly(new Registration(Registry.CLINICALTRIALS_GOV, "NCT01277315"));
        assertThat(study.getPopulation().pemRequired()).isNull();
        assertThat(study.getArms()).extracting(Arm::getRole, Arm::getSize)
            .containsExactly(tuple(ArmRole.EXPERIMENTAL, 17), tuple(ArmRole.HISTORICAL_CONTROL, 47));
        Intervention anakinra = study.getArms().getFirst().getInterventions().getFirst();
        assertThat(anakinra.getDose().amount()).isEqualByComparingTo("100");
        assertThat(anakinra.getDuration()).isEqualTo("1 year");
        Outcome antibodies = outcome(study, "Anti-drug antibodies");
        assertThat(antibodies.resultFor(study.getArms().getFirst()).getProportion()).isEqualTo(Proportion.of(16, 17));
        assertThat(outcome(study, "Disease progression (ALSFRS-R)").getDirection()).isEqualTo(Direction.NO_DIFFERENCE);
        assertThat(outcome(study, "Safety and tolerability").getKind()).isEqualTo(OutcomeKind.PRIMARY);
        assertThat(outcome(study, "Serum cytokines and fibrinogen").getResultText()).containsIgnoringCase("fibrinogen");
    }

    @Test
    void monteagudoIsAFivePatientCaseSeriesOfContinuousIntravenousAnakinra() {
        Study study = this.studies.findForPage("monteagudo-2020-anakinra-mas").orElseThrow();
        assertThat(study.getDesign()).isEqualTo(Design.RETROSPECTIVE_CASE_SERIES);
        assertThat(study.getPmid()).as("UNVERIFIED in verified-facts.json, so left empty").isNull();
        assertThat(study.getCitation().pages()).isEqualTo("276-282");
        assertThat(study.getPopulation().enrolled()).isEqualTo(5);
        Arm arm = study.getArms().getFirst();
        Intervention infusion = arm.getInterventions().getFirst();
        assertThat(infusion.getDose()).isEqualTo(new Dose(new BigDecimal("2400.000"), "mg/day", true));
        assertThat(infusion.getRoute()).isEqualTo(Route.INTRAVENOUS);
        assertThat(study.getOutcomes()).extracting(Outcome::getName, (outcome) -> outcome.resultFor(arm).getProportion())
            .containsExactly(tuple("Ferritin and liver-damage markers fell within 48 hours", Proportion.of(4, 5)),
                    tuple("Clinical response", Proportion.of(4, 5)),
                    tuple("Maintained on anakinra or canakinumab without relapse", Proportion.of(3, 5)),
                    tuple("Death", Proportion.of(2, 5)), tuple("Kidney injury", Proportion.of(5, 5)),
                    tuple("Cytopenias (more than one blood cell type low)", Proportion.of(3, 5)),
                    tuple("Bacterial infections", Proportion.of(3, 5)));
        assertThat(study.getConditions()).extracting("slug").containsExactly("mas");
    }

    @Test
    void everyStudyNamesItsSources() {
        assertThat(this.studies.findForPage("roerink-2017-anakinra-me-cfs").orElseThrow().getSources())
            .extracting("fileName")
            .contains("001_6449949827f914ba.txt", "000_0bb90cb117baf1b6.txt", "verified-facts.json");
        assertThat(this.studies.findForPage("maier-2015-anakinra-als").orElseThrow().getSources()).extracting("fileName")
            .contains("002_0ab05bc10e994ac5.txt", "verified-facts.json");
        assertThat(this.studies.findForPage("monteagudo-2020-anakinra-mas").orElseThrow().getSources())
            .extracting("fileName")
            .contains("003_d5810da72a25bac8.txt", "verified-facts.json");
    }

    private static Outcome outcome(Study study, String name) {
        return study.getOutcomes()
            .stream()
            .filter((outcome) -> outcome.getName().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no outcome " + name));
    }

}
