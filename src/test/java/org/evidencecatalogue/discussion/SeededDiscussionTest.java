package org.evidencecatalogue.discussion;

import java.util.List;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.SourceDocuments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CatalogueApplicationTest
class SeededDiscussionTest {

    @Autowired
    DiscussionCatalogue discussion;

    @Test
    void everyExcerptIsQuotedVerbatimFromTheThreadItCites() {
        List<DiscussionExcerpt> all = this.discussion.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(8);
        for (DiscussionExcerpt excerpt : all) {
            assertThat(SourceDocuments.read(excerpt.getSource().getFileName())).as(excerpt.getSlug())
                .contains(excerpt.getText());
            assertThat(excerpt.getForum()).isEqualTo("Phoenix Rising");
            assertThat(excerpt.getThreadTitle()).isEqualTo("Anakinra/Kineret (IL-1 inhibitor) in ME/CFS - Dutch study + discussion");
        }
    }

    @Test
    void excerptsKeepTheirAuthorsAndKindsAndNeverInventOne() {
        List<DiscussionExcerpt> all = this.discussion.all();
        assertThat(all).filteredOn((excerpt) -> "Jonathan Edwards".equals(excerpt.getAuthorHandle()))
            .isNotEmpty()
            .allSatisfy((excerpt) -> assertThat(excerpt.getKind()).isEqualTo(DiscussionKind.CLINICIAN_OPINION));
        assertThat(all).extracting(DiscussionExcerpt::getKind)
            .contains(DiscussionKind.QUESTION, DiscussionKind.CLINICIAN_OPINION, DiscussionKind.CRITIQUE);
        assertThat(all).filteredOn((excerpt) -> excerpt.getAuthorHandle() == null)
            .singleElement()
            .satisfies((excerpt) -> {
                assertThat(excerpt.getText()).startsWith("The principal investigator for the trial is Jos van der Meer");
                assertThat(excerpt.getAttributionNote()).contains("missing from the source");
            });
    }

    @Test
    void excerptsAreLinkedToAnakinraMeCfsAndTheRoerinkStudy() {
        assertThat(this.discussion.aboutStudy("roerink-2017-anakinra-me-cfs")).hasSizeGreaterThanOrEqualTo(5)
            .extracting(DiscussionExcerpt::getAuthorHandle)
            .contains("Anne", "deleder2k", "A.B.");
        assertThat(this.discussion.aboutDrug("anakinra")).isNotEmpty();
        assertThat(this.discussion.aboutCondition("me-cfs")).isNotEmpty();
    }

}
