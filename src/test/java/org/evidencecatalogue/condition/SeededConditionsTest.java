package org.evidencecatalogue.condition;

import org.evidencecatalogue.condition.ConditionCatalogue.ConditionPage;
import org.evidencecatalogue.shared.NameKind;
import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CatalogueApplicationTest
class SeededConditionsTest {

    @Autowired
    ConditionCatalogue conditions;

    @Test
    void meCfsAndAlsCarryTheirSynonyms() {
        assertThat(this.conditions.findForPage("me-cfs").orElseThrow().condition().getSynonyms())
            .contains(new Synonym("CFS", NameKind.ABBREVIATION), new Synonym("ME/CFS", NameKind.ABBREVIATION))
            .extracting(Synonym::name)
            .contains("chronic fatigue syndrome", "myalgic encephalomyelitis");
        assertThat(this.conditions.findForPage("als").orElseThrow().condition().getSynonyms()).extracting(Synonym::name)
            .contains("ALS", "motor neurone disease", "Lou Gehrig's disease");
    }

    @Test
    void masIsAKindOfSecondaryHlhWhichIsAKindOfHlh() {
        ConditionPage mas = this.conditions.findForPage("mas").orElseThrow();
        assertThat(mas.ancestors()).extracting(Condition::getSlug).containsExactly("hlh", "secondary-hlh");
        ConditionPage hlh = this.conditions.findForPage("hlh").orElseThrow();
        assertThat(hlh.children()).extracting(Condition::getSlug).containsExactly("secondary-hlh");
        assertThat(hlh.subtreeIds()).contains(mas.condition().getId()).hasSize(3);
    }

    @Test
    void everyIndicationTheSourcesNameIsACondition() {
        assertThat(this.conditions.all()).extracting(Condition::getSlug)
            .contains("rheumatoid-arthritis", "caps", "nomid", "dira", "familial-mediterranean-fever",
                    "adult-onset-stills-disease", "systemic-juvenile-idiopathic-arthritis", "schnitzlers-syndrome",
                    "gout", "covid-19", "hlh");
    }

}
