package org.evidencecatalogue.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.SourceDocuments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every number seeded for an outcome, arm or dose is written in a source document the record cites. */
@CatalogueApplicationTest
class SeededNumbersMatchSourcesTest {

    @Autowired
    JdbcClient jdbc;

    record Cited(String what, BigDecimal number, String fileName) {
    }

    @Test
    void everyOutcomeNumberAppearsInTheSourceTheOutcomeCites() {
        List<Cited> numbers = this.jdbc.sql("""
                select s.slug || ' / ' || o.name || ' / ' || n.what as what, n.number, src.file_name
                from outcome o
                join study s on s.id = o.study_id
                join source src on src.id = o.source_id
                cross join lateral (values ('effect', o.effect_value), ('lower', o.ci_lower), ('upper', o.ci_upper)) n(what, number)
                where n.number is not null
                union all
                select s.slug || ' / ' || o.name || ' / ' || a.label || ' / ' || n.what, n.number, src.file_name
                from outcome_arm_result r
                join outcome o on o.id = r.outcome_id
                join study s on s.id = o.study_id
                join study_arm a on a.id = r.arm_id
                join source src on src.id = o.source_id
                cross join lateral (values ('events', r.events::numeric), ('total', r.total::numeric),
                                           ('mean', r.mean), ('sd', r.sd)) n(what, number)
                where n.number is not null""").query(Cited.class).list();

        assertThat(numbers).extracting(Cited::what)
            .contains("roerink-2017-anakinra-me-cfs / Fatigue severity (CIS-fatigue) / lower",
                    "maier-2015-anakinra-als / Anti-drug antibodies / Anakinra / events",
                    "monteagudo-2020-anakinra-mas / Bacterial infections / Continuous intravenous anakinra / events");
        assertThat(unmatched(numbers)).isEmpty();
    }

    @Test
    void everyArmSizeAndDoseAppearsInOneOfTheStudysSources() {
        List<Cited> numbers = this.jdbc.sql("""
                select s.slug || ' / ' || a.label || ' / size' as what, a.size::numeric as number, src.file_name
                from study_arm a
                join study s on s.id = a.study_id
                join study_source ss on ss.study_id = s.id
                join source src on src.id = ss.source_id
                where a.size is not null
                union all
                select s.slug || ' / ' || a.label || ' / dose', i.dose_amount, src.file_name
                from arm_intervention i
                join study_arm a on a.id = i.arm_id
                join study s on s.id = a.study_id
                join study_source ss on ss.study_id = s.id
                join source src on src.id = ss.source_id
                where i.dose_amount is not null""").query(Cited.class).list();

        List<String> unmatchedEverywhere = numbers.stream()
            .map(Cited::what)
            .distinct()
            .filter((what) -> numbers.stream()
                .filter((cited) -> cited.what().equals(what))
                .noneMatch((cited) -> SourceDocuments.mentions(SourceDocuments.read(cited.fileName()),
                        cited.number().stripTrailingZeros().toPlainString())))
            .toList();
        assertThat(numbers).extracting(Cited::what)
            .contains("maier-2015-anakinra-als / Historical control cohort / size",
                    "monteagudo-2020-anakinra-mas / Continuous intravenous anakinra / dose");
        assertThat(unmatchedEverywhere).isEmpty();
    }

    private static List<String> unmatched(List<Cited> numbers) {
        List<String> missing = new ArrayList<>();
        for (Cited cited : numbers) {
            String number = cited.number().stripTrailingZeros().toPlainString();
            if (!SourceDocuments.mentions(SourceDocuments.read(cited.fileName()), number)) {
                missing.add(cited.what() + " = " + number + " not in " + cited.fileName());
            }
        }
        return missing;
    }

}
