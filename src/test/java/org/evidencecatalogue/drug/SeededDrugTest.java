package org.evidencecatalogue.drug;

import org.evidencecatalogue.shared.NameKind;
import org.evidencecatalogue.shared.PartialDate;
import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Anakinra's record holds what the encyclopedia article (file 004) and the MAS report (file 003) say. */
@CatalogueApplicationTest
class SeededDrugTest {

    @Autowired
    DrugCatalogue drugs;

    @Test
    void anakinraHasItsNamesMakerAndChemistry() {
        Drug anakinra = this.drugs.findForPage("anakinra").orElseThrow();
        assertThat(anakinra.getAliases()).contains(new Alias("Kineret", NameKind.BRAND),
                new Alias("IL-1Ra", NameKind.ABBREVIATION));
        assertThat(anakinra.getManufacturer()).contains("Swedish Orphan Biovitrum");
        assertThat(anakinra.getChemistry()).contains("methionine").contains("N-terminus").contains("glycosylated")
            .contains("Escherichia coli");
        assertThat(anakinra.getRoutes()).extracting(RouteOfAdministration::route)
            .containsExactly(Route.SUBCUTANEOUS, Route.INTRAVENOUS);
        assertThat(anakinra.getSources()).extracting("fileName")
            .contains("004_f3af062bdaf38c12.txt", "003_d5810da72a25bac8.txt");
    }

    @Test
    void everyApprovalIsDatedAsPreciselyAsItsSource() {
        Drug anakinra = this.drugs.findForPage("anakinra").orElseThrow();
        assertThat(anakinra.getApprovals()).extracting(Approval::getDecided, Approval::getAgency)
            .contains(tuple(PartialDate.ofYear(2001), "United States"), tuple(PartialDate.ofYear(2002), "European Union"),
                    tuple(PartialDate.of(2020, 12), "Food and Drug Administration"),
                    tuple(PartialDate.of(2021, 10), "NHS England"),
                    tuple(PartialDate.of(2021, 12), "European Medicines Agency"),
                    tuple(PartialDate.of(2022, 11), "Food and Drug Administration"));
        assertThat(anakinra.getApprovals()).extracting(Approval::getKind)
            .contains(ApprovalKind.EMERGENCY_USE_AUTHORISATION, ApprovalKind.COMMISSIONING_POLICY);
        assertThat(anakinra.getApprovals()).filteredOn((approval) -> approval.getDecided().equals(PartialDate.of(2020, 12)))
            .singleElement()
            .extracting((approval) -> approval.getCondition().getSlug())
            .isEqualTo("dira");
        assertThat(anakinra.getApprovals()).extracting(Approval::getDecided).isSorted();
    }

    @Test
    void contraindicationsAndAdverseReactionsAreThoseOfTheSource() {
        Drug anakinra = this.drugs.findForPage("anakinra").orElseThrow();
        assertThat(anakinra.getWarnings()).filteredOn((warning) -> warning.getKind() == WarningKind.CONTRAINDICATION)
            .extracting(DrugWarning::getText)
            .anySatisfy((text) -> assertThat(text).containsIgnoringCase("active infection"))
            .anySatisfy((text) -> assertThat(text).containsIgnoringCase("latent tuberculosis"))
            .anySatisfy((text) -> assertThat(text).containsIgnoringCase("TNF inhibitor"));
        assertThat(anakinra.getAdverseReactions()).extracting(AdverseReaction::getReaction)
            .anySatisfy((reaction) -> assertThat(reaction).containsIgnoringCase("injection site"))
            .anySatisfy((reaction) -> assertThat(reaction).containsIgnoringCase("headache"))
            .anySatisfy((reaction) -> assertThat(reaction).containsIgnoringCase("cholesterol"));
        assertThat(anakinra.getAdverseReactions()).extracting(AdverseReaction::getFrequency)
            .anySatisfy((frequency) -> assertThat(frequency).contains("4.5%").contains("0%"));
    }

    @Test
    void usesSeparateApprovedOffLabelAndResearch() {
        Drug anakinra = this.drugs.findForPage("anakinra").orElseThrow();
        assertThat(anakinra.getUses()).filteredOn((use) -> use.getCondition() != null)
            .extracting((use) -> use.getCondition().getSlug(), DrugUse::getStatus)
            .contains(tuple("rheumatoid-arthritis", UseStatus.APPROVED), tuple("gout", UseStatus.OFF_LABEL),
                    tuple("systemic-juvenile-idiopathic-arthritis", UseStatus.OFF_LABEL),
                    tuple("me-cfs", UseStatus.RESEARCH), tuple("als", UseStatus.RESEARCH),
                    tuple("mas", UseStatus.RESEARCH));
    }

}
