-- Synthetic studies with their authors, registrations, conditions and drugs, from bench_gen.study_plan.
-- `offset 0` keeps a lateral subquery from being pulled up into the query, which would copy its expressions into
-- every use of its columns.

select * from bench_gen.base \gset base_

\echo '> study'
insert into study (id, slug, title, first_author, publication_year, journal, doi, volume, issue, pages, article_number,
                   published_on, pmid, pmcid, design, historical_controls, blinding, phase, sponsor, setting,
                   start_year, start_month, end_year, end_month, enrolled, population, sex, age_min, age_max,
                   eligibility, case_definition, pem_required, follow_up, summary_quick, summary_findings,
                   summary_conclusions, status, retraction_reason, updated_at)
overriding system value
select p.study_id,
       split_part(bench_gen.author_surname(p.i * 8 + 1), '|', 2) || '-' || p.year || '-' || p.drug1_slug || '-' || p.i,
       replace(replace(replace(
           bench_gen.fill(title.template, p.drug1_name, p.cond1_text, p.topic1, p.topic2, p.enrolled, p.weeks,
                          p.drug_class),
           '{drug2}', lower(coalesce(p.drug2_name, 'placebo'))), '{phase}', lower(coalesce(phase.phase, 'phase 2'))),
           '{Cond}', bench_gen.capitalize(p.cond1_text)),
       bench_gen.author_name(p.i * 8 + 1),
       p.year,
       split_part(journal.entry, '|', 1),
       case when bench_gen.u(p.i, 140) < 0.85
            then split_part(journal.entry, '|', 2) || '/' || split_part(journal.entry, '|', 3) || '.' || p.year || '.'
                 || lpad(p.i::text, 6, '0') end,
       (p.year - 1960 + bench_gen.h(p.i, 141) % 10)::text,
       (1 + bench_gen.h(p.i, 142) % 12)::text,
       case when journal.entry not like '%|pone' and journal.entry not like '%|srep'
            then pages.first || '–' || pages.first + 6 + bench_gen.h(p.i, 143) % 12 end,
       case when journal.entry like '%|pone' or journal.entry like '%|srep' then 'e' || pages.first end,
       make_date(p.year, 1 + (bench_gen.h(p.i, 144) % 12)::int, 1 + (bench_gen.h(p.i, 145) % 28)::int),
       case when bench_gen.u(p.i, 146) < 0.75 then (40000000 + p.i)::text end,
       case when bench_gen.u(p.i, 147) < 0.3 then 'PMC' || (9000000 + p.i) end,
       p.design,
       coalesce(p.arm2 = 'HISTORICAL', false),
       blinding.blinding,
       phase.phase,
       bench_gen.pick(bench_gen.sponsors(), p.i, 148),
       bench_gen.pick(bench_gen.settings(), p.i, 149),
       p.year - 1 - (bench_gen.h(p.i, 150) % 4)::int,
       1 + (bench_gen.h(p.i, 151) % 12)::int,
       p.year - 1 - (bench_gen.h(p.i, 150) % 4)::int + (bench_gen.h(p.i, 152) % 2)::int,
       1 + (bench_gen.h(p.i, 153) % 12)::int,
       p.enrolled,
       people.who || ' with ' || p.cond1_text || coalesce(' (' || definition.text || ')', ''),
       people.sex, people.age_min, people.age_max,
       case when bench_gen.u(p.i, 154) < 0.3
            then format('Diagnosis of %s for at least six months; stable medication for four weeks before entry.',
                        p.cond1_text) end,
       definition.text,
       case when bench_gen.u(p.i, 155) < case when p.about_fatigue then 0.4 else 0.02 end then true
            when bench_gen.u(p.i, 155) < case when p.about_fatigue then 0.6 else 0.05 end then false end,
       p.weeks || ' weeks',
       -- 2 to 4 sentences: an opening, the result, then the design and a caveat
       concat_ws(' ',
           bench_gen.fill(bench_gen.pick(bench_gen.quick_openings(), p.i, 156), p.drug1_name, p.cond1_text,
                          p.topic1, p.topic2, p.enrolled, p.weeks, p.drug_class),
           case when sentences.quick >= 3
                then bench_gen.fill(bench_gen.pick(bench_gen.quick_designs(), p.i, 157), p.drug1_name, p.cond1_text,
                                    p.topic1, p.topic2, p.enrolled, p.weeks, p.drug_class) end,
           bench_gen.fill(case when bench_gen.u(p.i, 158) < 0.45
                               then bench_gen.pick(bench_gen.quick_results_good(), p.i, 159)
                               else bench_gen.pick(bench_gen.quick_results_null(), p.i, 159) end,
                          p.drug1_name, p.cond1_text, p.topic1, p.topic2, p.enrolled, p.weeks, p.drug_class),
           case when sentences.quick >= 4 then bench_gen.pick(bench_gen.quick_caveats(), p.i, 160) end),
       concat_ws(' ',
           bench_gen.fill(bench_gen.pick_next(bench_gen.findings(), p.i, 161, 0), p.drug1_name, p.cond1_text,
                          p.topic1, p.topic2, p.enrolled, p.weeks, p.drug_class),
           bench_gen.fill(bench_gen.pick_next(bench_gen.findings(), p.i, 161, 1), p.drug1_name, p.cond1_text,
                          p.topic1, p.topic2, p.enrolled, p.weeks, p.drug_class),
           case when sentences.findings >= 3
                then bench_gen.fill(bench_gen.pick_next(bench_gen.findings(), p.i, 161, 2), p.drug1_name, p.cond1_text,
                                    p.topic1, p.topic2, p.enrolled, p.weeks, p.drug_class) end,
           case when sentences.findings >= 4
                then bench_gen.fill(bench_gen.pick_next(bench_gen.findings(), p.i, 161, 3), p.drug1_name, p.cond1_text,
                                    p.topic1, p.topic2, p.enrolled, p.weeks, p.drug_class) end),
       case when bench_gen.u(p.i, 165) < 0.5
            then bench_gen.fill(bench_gen.pick(bench_gen.conclusions(), p.i, 166), p.drug1_name, p.cond1_text,
                                p.topic1, p.topic2, p.enrolled, p.weeks, p.drug_class) end,
       p.status,
       case when p.status = 'RETRACTED'
            then bench_gen.pick(array['Retracted by the journal after concerns about data integrity.',
                                      'Retracted at the authors'' request after an error in the analysis was found.',
                                      'Retracted: the trial was not approved by an ethics committee.'], p.i, 167) end,
       timestamptz '2024-01-01' + bench_gen.between(p.i, 168, 0, 700 * 86400) * interval '1 second'
  from bench_gen.study_plan p
 cross join lateral (select bench_gen.pick(bench_gen.journals(), p.i, 170) as entry offset 0) journal
 cross join lateral (select 1 + (bench_gen.h(p.i, 171) % 2400)::int as first offset 0) pages
 cross join lateral (select 2 + (bench_gen.h(p.i, 172) % 3)::int as quick,
                            2 + (bench_gen.h(p.i, 173) % 3)::int as findings offset 0) sentences
 cross join lateral (
       select case p.design
                  when 'RANDOMISED_CONTROLLED_TRIAL' then (array[
                      'A randomised, double-blind, placebo-controlled trial of {drug} in {cond}: effects on {topic} and {topic2}',
                      '{Drug} versus placebo for {topic} in {cond}: a randomised controlled trial',
                      'Efficacy and safety of {drug} in adults with {cond}: a {phase} randomised trial',
                      '{Drug} compared with {drug2} for {topic} in {cond}: a randomised open-label trial'])[1 + p.variant]
                  when 'NON_RANDOMISED_CONTROLLED_TRIAL' then (array[
                      'A non-randomised controlled study of {drug} for {topic} in {cond}',
                      '{Drug} added to standard care in {cond}: a controlled before-and-after study of {topic}'])[1 + p.variant % 2]
                  when 'SINGLE_ARM_TRIAL' then (array[
                      '{Drug} in {cond}: an open-label pilot study',
                      'A {phase} single-arm trial of {drug} for {topic} in {cond}'])[1 + p.variant % 2]
                  when 'COHORT' then (array[
                      'Long-term {topic} with {drug} in {cond}: a prospective cohort study',
                      '{Drug} exposure and {topic} in {cond}: a nationwide cohort study'])[1 + p.variant % 2]
                  when 'CASE_CONTROL' then (array[
                      '{Drug} use and risk of {cond}: a case-control study',
                      'Prior {drug} treatment among patients with {cond}: a nested case-control study'])[1 + p.variant % 2]
                  when 'RETROSPECTIVE_CASE_SERIES' then (array[
                      '{Drug} for {cond}: a retrospective case series of {n} patients',
                      'Off-label {drug} in {cond}: experience from a single centre'])[1 + p.variant % 2]
                  when 'CASE_REPORT' then (array[
                      'Successful treatment of {cond} with {drug}: a case report',
                      '{Cond} responding to {drug}: case report and review of the literature'])[1 + p.variant % 2]
                  when 'SYSTEMATIC_REVIEW' then (array[
                      '{Drug} for {cond}: a systematic review and meta-analysis of {topic}',
                      'Effect of {drug} on {topic} in {cond}: a systematic review'])[1 + p.variant % 2]
                  else (array[
                      'Pharmacokinetics of {drug} in patients with {cond}',
                      '{Drug} in {cond}: rationale and design of a randomised trial'])[1 + p.variant % 2]
              end as template offset 0) title
 cross join lateral (
       select case p.design
                  when 'RANDOMISED_CONTROLLED_TRIAL' then case p.variant
                      when 0 then 'DOUBLE_BLIND'
                      when 1 then case when bench_gen.u(p.i, 174) < 0.7 then 'DOUBLE_BLIND' else 'BLINDED' end
                      when 2 then bench_gen.pick(array['DOUBLE_BLIND', 'DOUBLE_BLIND', 'SINGLE_BLIND', 'OPEN_LABEL',
                                                       'NOT_REPORTED'], p.i, 175)
                      else 'OPEN_LABEL' end
                  when 'NON_RANDOMISED_CONTROLLED_TRIAL' then
                      case when bench_gen.u(p.i, 174) < 0.8 then 'OPEN_LABEL' else 'SINGLE_BLIND' end
                  when 'SINGLE_ARM_TRIAL' then 'OPEN_LABEL'
                  when 'OTHER' then 'NOT_REPORTED'
                  else 'NOT_APPLICABLE' end as blinding offset 0) blinding
 cross join lateral (
       select case p.design
                  when 'RANDOMISED_CONTROLLED_TRIAL'
                      then bench_gen.pick(array['Phase 2', 'Phase 2', 'Phase 3', 'Phase 2/Phase 3', 'Phase 4'], p.i, 176)
                  when 'SINGLE_ARM_TRIAL' then bench_gen.pick(array['Phase 1', 'Phase 2', 'Phase 1/Phase 2'], p.i, 176)
                  when 'NON_RANDOMISED_CONTROLLED_TRIAL' then bench_gen.pick(array['Phase 2', 'Phase 4'], p.i, 176)
              end as phase offset 0) phase
 cross join lateral (
       select case when p.about_fatigue or bench_gen.u(p.i, 177) < 0.15
                   then bench_gen.pick(bench_gen.case_definitions(), p.i, 178) end as text offset 0) definition
 cross join lateral (
       select x.who, x.sex, x.age_min, x.age_max
         from (values (0, 'Adults', 'ALL', 18, null::int), (1, 'Adults aged 18–65', 'ALL', 18, 65),
                      (2, 'Women aged 18–59', 'FEMALE', 18, 59), (3, 'Children and adolescents', 'ALL', 6, 17),
                      (4, 'Men aged 40–80', 'MALE', 40, 80), (5, 'Patients', null, null, null),
                      (6, 'Adults aged 18–75', 'ALL', 18, 75), (7, 'Outpatients', 'ALL', 18, null))
              x(k, who, sex, age_min, age_max)
        where x.k = (bench_gen.h(p.i, 179) % 8)::int offset 0) people
 order by p.i;

-- 1 to 6 authors; the first is the study's first author.
\echo '> study_author'
insert into study_author (study_id, position, name)
select p.study_id, a.position, bench_gen.author_name(p.i * 8 + a.position)
  from bench_gen.study_plan p
 cross join lateral generate_series(1, 1 + (bench_gen.h(p.i, 180) % 6)::int) a(position)
 order by p.study_id, a.position;

-- Most trials are registered at ClinicalTrials.gov, some also in EudraCT; a few observational studies too.
\echo '> study_registration'
insert into study_registration (study_id, position, registry, identifier)
select p.study_id, r.position, r.registry, r.identifier
  from bench_gen.study_plan p
 cross join lateral (values
       (1, 'CLINICALTRIALS_GOV', 'NCT' || lpad((5000000 + p.i)::text, 8, '0')),
       (2, 'EUDRACT', (2004 + p.i % 20) || '-' || lpad((p.i / 20)::text, 6, '0') || '-'
                      || lpad((bench_gen.h(p.i, 181) % 100)::text, 2, '0'))) r(position, registry, identifier)
 where bench_gen.u(p.i, 182) < case when p.design in ('RANDOMISED_CONTROLLED_TRIAL', 'NON_RANDOMISED_CONTROLLED_TRIAL',
                                                      'SINGLE_ARM_TRIAL') then 0.75 else 0.08 end
   and (r.position = 1 or (bench_gen.u(p.i, 183) < 0.2 and p.i < 20000000))
   and not exists (select from study_registration x where x.registry = r.registry and x.identifier = r.identifier)
 order by p.study_id, r.position;

\echo '> study_condition'
insert into study_condition (study_id, condition_id)
select p.study_id, c.condition_id
  from bench_gen.study_plan p
 cross join lateral unnest(array[p.cond1_id, p.cond2_id, p.cond3_id]) c(condition_id)
 where c.condition_id is not null
 order by p.study_id, c.condition_id;

\echo '> study_drug'
insert into study_drug (study_id, drug_id)
select p.study_id, d.drug_id
  from bench_gen.study_plan p
 cross join lateral unnest(array[p.drug1_id, p.drug2_id]) d(drug_id)
 where d.drug_id is not null
 order by p.study_id, d.drug_id;
