package org.evidencecatalogue.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes records that a test created, with their parts and every audit row, so the shared test database is
 * left as the migrations seeded it. Only for records a test made itself: the application never deletes.
 */
public final class TestRecords {

    private TestRecords() {
    }

    public static void removeDrug(JdbcClient jdbc, String slug) {
        remove(jdbc, "drug", slug, List.of("delete from drug_alias_aud where drug_id = :id",
                "delete from drug_route_aud where drug_id = :id", "delete from drug_source_aud where drug_id = :id",
                "delete from drug_approval_aud where drug_id = :id", "delete from drug_use_aud where drug_id = :id",
                "delete from drug_warning_aud where drug_id = :id",
                "delete from drug_adverse_reaction_aud where drug_id = :id", "delete from drug_aud where id = :id",
                "delete from drug where id = :id"));
    }

    public static void removeCondition(JdbcClient jdbc, String slug) {
        remove(jdbc, "condition", slug, List.of("delete from condition_synonym_aud where condition_id = :id",
                "delete from condition_source_aud where condition_id = :id", "delete from condition_aud where id = :id",
                "delete from condition where id = :id"));
    }

    public static void removeSource(JdbcClient jdbc, String slug) {
        remove(jdbc, "source", slug, List.of("delete from source_aud where id = :id", "delete from source where id = :id"));
    }

    public static void removeDiscussion(JdbcClient jdbc, String slug) {
        remove(jdbc, "discussion_excerpt", slug, List.of("delete from discussion_drug_aud where excerpt_id = :id",
                "delete from discussion_study_aud where excerpt_id = :id",
                "delete from discussion_condition_aud where excerpt_id = :id",
                "delete from discussion_excerpt_aud where id = :id", "delete from discussion_excerpt where id = :id"));
    }

    public static void removeStudy(JdbcClient jdbc, String slug) {
        remove(jdbc, "study", slug, List.of(
                "delete from arm_intervention_aud where arm_id in (select id from study_arm_aud where study_id = :id)",
                "delete from outcome_arm_result_aud where outcome_id in (select id from outcome_aud where study_id = :id)",
                "delete from outcome_aud where study_id = :id", "delete from study_arm_aud where study_id = :id",
                "delete from study_author_aud where study_id = :id",
                "delete from study_registration_aud where study_id = :id",
                "delete from study_condition_aud where study_id = :id", "delete from study_drug_aud where study_id = :id",
                "delete from study_source_aud where study_id = :id", "delete from study_aud where id = :id",
                "delete from study where id = :id"));
    }

    private static void remove(JdbcClient jdbc, String table, String slug, List<String> statements) {
        jdbc.sql("select id from " + table + " where slug = :slug")
            .param("slug", slug)
            .query(Long.class)
            .optional()
            .ifPresent((id) -> statements.forEach((sql) -> jdbc.sql(sql).param("id", id).update()));
    }

}
