-- The baseline of every record's history: one revision, without a curator, holding each seeded row as
-- Envers would have written it. The first curator's edit of a record is then shown as a change from
-- exactly what was seeded, and any record can be restored to its seeded state.

insert into revision (changed_at, username) values (now(), null);

create temporary table baseline on commit drop as select max(id) as rev from revision;

-- Envers keeps the index of a list element from 0 in its audit tables, whatever @ListIndexBase says of the
-- table itself; the element collections (aliases, routes, synonyms, authors, registrations, interventions)
-- are therefore copied with position - 1.

insert into source_aud (id, rev, revtype, slug, title, kind, url, file_name, description, deleted_at, deleted_by,
                        updated_at, version)
select id, (select rev from baseline), 0, slug, title, kind, url, file_name, description, deleted_at, deleted_by,
       updated_at, version
from source;

insert into drug_aud (id, rev, revtype, slug, name, description, drug_class, mechanism, manufacturer, chemistry,
                      history, pregnancy, deleted_at, deleted_by, updated_at, version)
select id, (select rev from baseline), 0, slug, name, description, drug_class, mechanism, manufacturer, chemistry,
       history, pregnancy, deleted_at, deleted_by, updated_at, version
from drug;

insert into drug_alias_aud (drug_id, position, rev, revtype, alias, kind)
select drug_id, position - 1, (select rev from baseline), 0, alias, kind from drug_alias;

insert into drug_route_aud (drug_id, position, rev, revtype, route, note)
select drug_id, position - 1, (select rev from baseline), 0, route, note from drug_route;

insert into drug_approval_aud (id, rev, revtype, drug_id, position, kind, agency, region, decided_year, decided_month,
                               indication, condition_id, source_id)
select id, (select rev from baseline), 0, drug_id, position, kind, agency, region, decided_year, decided_month,
       indication, condition_id, source_id
from drug_approval;

insert into drug_use_aud (id, rev, revtype, drug_id, position, status, description, condition_id, source_id)
select id, (select rev from baseline), 0, drug_id, position, status, description, condition_id, source_id
from drug_use;

insert into drug_warning_aud (id, rev, revtype, drug_id, position, kind, text, source_id)
select id, (select rev from baseline), 0, drug_id, position, kind, text, source_id from drug_warning;

insert into drug_adverse_reaction_aud (id, rev, revtype, drug_id, position, reaction, frequency, source_id)
select id, (select rev from baseline), 0, drug_id, position, reaction, frequency, source_id
from drug_adverse_reaction;

insert into drug_source_aud (drug_id, source_id, rev, revtype)
select drug_id, source_id, (select rev from baseline), 0 from drug_source;

insert into condition_aud (id, rev, revtype, slug, name, parent_id, description, deleted_at, deleted_by, updated_at,
                           version)
select id, (select rev from baseline), 0, slug, name, parent_id, description, deleted_at, deleted_by, updated_at,
       version
from condition;

insert into condition_synonym_aud (condition_id, position, rev, revtype, synonym, kind)
select condition_id, position - 1, (select rev from baseline), 0, synonym, kind from condition_synonym;

insert into condition_source_aud (condition_id, source_id, rev, revtype)
select condition_id, source_id, (select rev from baseline), 0 from condition_source;

insert into study_aud (id, rev, revtype, slug, title, first_author, publication_year, journal, doi, volume, issue,
                       pages, article_number, published_on, pmid, pmcid, design, historical_controls, blinding, phase,
                       sponsor, setting, start_year, start_month, end_year, end_month, enrolled, population, sex,
                       age_min, age_max, eligibility, case_definition, pem_required, follow_up, summary_quick,
                       summary_why, summary_findings, summary_conclusions, summary_questions, summary_not_proven,
                       status, retraction_reason, deleted_at, deleted_by, updated_at, version)
select id, (select rev from baseline), 0, slug, title, first_author, publication_year, journal, doi, volume, issue,
       pages, article_number, published_on, pmid, pmcid, design, historical_controls, blinding, phase,
       sponsor, setting, start_year, start_month, end_year, end_month, enrolled, population, sex,
       age_min, age_max, eligibility, case_definition, pem_required, follow_up, summary_quick,
       summary_why, summary_findings, summary_conclusions, summary_questions, summary_not_proven,
       status, retraction_reason, deleted_at, deleted_by, updated_at, version
from study;

insert into study_author_aud (study_id, position, name, rev, revtype)
select study_id, position - 1, name, (select rev from baseline), 0 from study_author;

insert into study_registration_aud (study_id, position, rev, revtype, registry, identifier)
select study_id, position - 1, (select rev from baseline), 0, registry, identifier from study_registration;

insert into study_condition_aud (study_id, condition_id, rev, revtype)
select study_id, condition_id, (select rev from baseline), 0 from study_condition;

insert into study_drug_aud (study_id, drug_id, rev, revtype)
select study_id, drug_id, (select rev from baseline), 0 from study_drug;

insert into study_source_aud (study_id, source_id, rev, revtype)
select study_id, source_id, (select rev from baseline), 0 from study_source;

insert into study_arm_aud (id, rev, revtype, study_id, position, label, role, size, description)
select id, (select rev from baseline), 0, study_id, position, label, role, size, description from study_arm;

insert into arm_intervention_aud (arm_id, position, rev, revtype, name, drug_id, dose_amount, dose_unit, dose_up_to,
                                  route, frequency, duration, description)
select arm_id, position - 1, (select rev from baseline), 0, name, drug_id, dose_amount, dose_unit, dose_up_to,
       route, frequency, duration, description
from arm_intervention;

insert into outcome_aud (id, rev, revtype, study_id, position, name, kind, instrument, timepoint, effect_measure,
                         effect_value, ci_lower, ci_upper, p_value, direction, result_text, source_id)
select id, (select rev from baseline), 0, study_id, position, name, kind, instrument, timepoint, effect_measure,
       effect_value, ci_lower, ci_upper, p_value, direction, result_text, source_id
from outcome;

-- Envers numbers the rows of a set that one revision writes from 0.
insert into outcome_arm_result_aud (outcome_id, setordinal, rev, revtype, arm_id, events, total, mean, sd)
select outcome_id, (row_number() over (partition by outcome_id order by arm_id) - 1)::integer,
       (select rev from baseline), 0, arm_id, events, total, mean, sd
from outcome_arm_result;

insert into discussion_excerpt_aud (id, rev, revtype, slug, forum, thread_title, url, author_handle, attribution_note,
                                    posted_on, position_in_thread, text, kind, source_id, deleted_at, deleted_by,
                                    updated_at, version)
select id, (select rev from baseline), 0, slug, forum, thread_title, url, author_handle, attribution_note,
       posted_on, position_in_thread, text, kind, source_id, deleted_at, deleted_by, updated_at, version
from discussion_excerpt;

insert into discussion_drug_aud (excerpt_id, drug_id, rev, revtype)
select excerpt_id, drug_id, (select rev from baseline), 0 from discussion_drug;

insert into discussion_study_aud (excerpt_id, study_id, rev, revtype)
select excerpt_id, study_id, (select rev from baseline), 0 from discussion_study;

insert into discussion_condition_aud (excerpt_id, condition_id, rev, revtype)
select excerpt_id, condition_id, (select rev from baseline), 0 from discussion_condition;
