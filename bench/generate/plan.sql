-- The plan of every synthetic study and forum thread: the choices that several tables share (design, drugs,
-- conditions, theme, size, ids), made once so that the study, its links, arms, outcomes and the threads about it
-- agree with each other, and so that the tables can then be loaded by parallel sessions.
-- psql variables: studies, excerpts.

create table bench_gen.base as
select (select coalesce(max(id), 0) from study) as study,
       (select coalesce(max(id), 0) from study_arm) as arm,
       (select coalesce(max(id), 0) from outcome) as outcome,
       (select coalesce(max(id), 0) from discussion_excerpt) as excerpt,
       (select id from source where slug = 'bench-synthetic-records') as record_source,
       (select id from source where slug = 'bench-synthetic-forum-threads') as forum_source,
       (select count(*) from bench_gen.drug_pool)::int as drugs,
       (select count(*) from bench_gen.condition_pool)::int as conditions,
       :studies::int as studies,
       -- threads have 1 to 6 excerpts, 3.5 on average
       greatest(1, round(:excerpts / 3.5))::int as threads;

select * from bench_gen.base \gset base_

create unlogged table bench_gen.study_plan as
with draw as (
    select i,
           bench_gen.u(i, 100) as u_design,
           (bench_gen.h(i, 101) % 4)::int as variant,
           bench_gen.zipf(i, 102, :base_drugs, 10) as r_drug1,
           case when bench_gen.u(i, 103) < 0.3 then bench_gen.zipf(i, 104, :base_drugs, 10) end as r_drug2,
           bench_gen.zipf(i, 105, :base_conditions, 10) as r_cond1,
           case when bench_gen.u(i, 106) < 0.4 then bench_gen.zipf(i, 107, :base_conditions, 10) end as r_cond2,
           case when bench_gen.u(i, 108) < 0.1 then bench_gen.zipf(i, 109, :base_conditions, 10) end as r_cond3
      from generate_series(1, :studies) i
), designed as (
    select d.*,
           case when u_design < 0.40 then 'RANDOMISED_CONTROLLED_TRIAL'
                when u_design < 0.45 then 'NON_RANDOMISED_CONTROLLED_TRIAL'
                when u_design < 0.57 then 'SINGLE_ARM_TRIAL'
                when u_design < 0.70 then 'COHORT'
                when u_design < 0.73 then 'CASE_CONTROL'
                when u_design < 0.79 then 'RETROSPECTIVE_CASE_SERIES'
                when u_design < 0.85 then 'CASE_REPORT'
                when u_design < 0.92 then 'SYSTEMATIC_REVIEW'
                else 'OTHER' end as design
      from draw d
)
select g.i, :base_study + g.i as study_id, g.design,
       d1.id as drug1_id, d1.name as drug1_name, d1.slug as drug1_slug, d1.drug_class, d1.route, d1.dose_unit,
       d2.id as drug2_id, d2.name as drug2_name, d2.route as drug2_route, d2.dose_unit as drug2_dose_unit,
       -- the condition as the study names it: its name or, in two studies of five, one of its other names
       c1.id as cond1_id,
       case when cardinality(c1.other_names) = 0 or bench_gen.u(g.i, 121) < 0.6 then c1.in_text
            else bench_gen.pick(c1.other_names, g.i, 122) end as cond1_text,
       case when c2.id <> c1.id then c2.id end as cond2_id,
       case when c3.id <> c1.id and c3.id is distinct from c2.id then c3.id end as cond3_id,
       c1.about_fatigue,
       t.fatigue, t.topic1,
       case when t.topic2 = t.topic1 then bench_gen.pick(bench_gen.topics(), g.i, 114) else t.topic2 end as topic2,
       -- 1990 to 2026, recent years far more common
       2026 - floor(37 * power(bench_gen.u(g.i, 115), 2))::int as year,
       round(sz.lo * exp(bench_gen.u(g.i, 116) * ln(sz.hi / sz.lo)))::int as enrolled,
       case when g.design in ('RANDOMISED_CONTROLLED_TRIAL', 'NON_RANDOMISED_CONTROLLED_TRIAL', 'COHORT',
                              'CASE_CONTROL', 'SYSTEMATIC_REVIEW') then 2 else 1 end as n_arms,
       case when g.design = 'CASE_REPORT' then 3 else 4 + (bench_gen.h(g.i, 117) % 3)::int end as n_outcomes,
       -- what the second arm is: PLACEBO, ACTIVE (the second drug), NONE (standard care) or HISTORICAL
       case when g.design = 'RANDOMISED_CONTROLLED_TRIAL' and g.variant = 3 and d2.id is not null then 'ACTIVE'
            when g.design = 'RANDOMISED_CONTROLLED_TRIAL' then 'PLACEBO'
            when g.design = 'SYSTEMATIC_REVIEW' then 'PLACEBO'
            when g.design = 'NON_RANDOMISED_CONTROLLED_TRIAL' and bench_gen.u(g.i, 118) < 0.3 then 'HISTORICAL'
            when g.design in ('NON_RANDOMISED_CONTROLLED_TRIAL', 'COHORT', 'CASE_CONTROL') then 'NONE' end as arm2,
       case when g.design = 'RANDOMISED_CONTROLLED_TRIAL' and g.variant = 3 and d2.id is null then 0
            else g.variant end as variant,
       bench_gen.pick(array['4', '8', '12', '16', '24', '26', '52'], g.i, 119)::int as weeks,
       case when bench_gen.u(g.i, 120) < 0.01 then 'DRAFT'
            when bench_gen.u(g.i, 120) < 0.015 then 'RETRACTED'
            else 'PUBLISHED' end as status
  from designed g
  join bench_gen.drug_pool d1 on d1.rank = g.r_drug1
  left join bench_gen.drug_pool d2 on d2.rank = g.r_drug2 and g.r_drug2 <> g.r_drug1
  join bench_gen.condition_pool c1 on c1.rank = g.r_cond1
  left join bench_gen.condition_pool c2 on c2.rank = g.r_cond2
  left join bench_gen.condition_pool c3 on c3.rank = g.r_cond3
 cross join lateral (
       -- about one study in eight is about fatigue (most of those on fatigue conditions); only they name it
       select f.fatigue,
              case when f.fatigue then bench_gen.pick(bench_gen.fatigue_topics(), g.i, 111)
                   else bench_gen.pick(bench_gen.topics(), g.i, 112) end as topic1,
              bench_gen.pick(bench_gen.topics(), g.i, 113) as topic2
         from (select bench_gen.u(g.i, 110) < case when c1.about_fatigue then 0.8 else 0.1 end as fatigue offset 0) f offset 0) t
 cross join lateral (
       select case g.design when 'RANDOMISED_CONTROLLED_TRIAL' then 20 when 'NON_RANDOMISED_CONTROLLED_TRIAL' then 20
                            when 'SINGLE_ARM_TRIAL' then 8 when 'COHORT' then 50 when 'CASE_CONTROL' then 60
                            when 'RETROSPECTIVE_CASE_SERIES' then 3 when 'CASE_REPORT' then 1
                            when 'SYSTEMATIC_REVIEW' then 100 else 10 end::float8 as lo,
              case g.design when 'RANDOMISED_CONTROLLED_TRIAL' then 2000 when 'NON_RANDOMISED_CONTROLLED_TRIAL' then 400
                            when 'SINGLE_ARM_TRIAL' then 120 when 'COHORT' then 20000 when 'CASE_CONTROL' then 5000
                            when 'RETROSPECTIVE_CASE_SERIES' then 60 when 'CASE_REPORT' then 1
                            when 'SYSTEMATIC_REVIEW' then 20000 else 300 end::float8 as hi offset 0) sz;

alter table bench_gen.study_plan add primary key (i);
analyze bench_gen.study_plan;

-- Forum threads: two in five discuss a particular study, and then its drug and condition.
create unlogged table bench_gen.thread_plan as
select t.t, bench_gen.h(t.t, 300) % 6 + 1 as posts,
       split_part(f.entry, '|', 1) as forum, split_part(f.entry, '|', 2) as forum_slug,
       split_part(f.entry, '|', 3) as forum_url,
       s.study_id, s.year as study_year,
       coalesce(s.drug1_id, d.id) as drug_id, coalesce(s.drug1_name, d.name) as drug_name,
       coalesce(s.drug1_slug, d.slug) as drug_slug,
       coalesce(s.cond1_id, c.id) as cond_id, coalesce(s.cond1_text,
                case when cardinality(c.other_names) = 0 or bench_gen.u(t.t, 340) < 0.5 then c.in_text
                     else bench_gen.pick(c.other_names, t.t, 341) end) as cond_text,
       a.surname,
       case when coalesce(s.fatigue, c.about_fatigue) or bench_gen.u(t.t, 307) < 0.1
            then bench_gen.pick(bench_gen.fatigue_topics(), t.t, 308)
            else bench_gen.pick(bench_gen.topics(), t.t, 309) end as topic
  from (select t, bench_gen.u(t, 301) < 0.4 as about_study from generate_series(1, :base_threads) t) t
 cross join lateral (select bench_gen.pick(bench_gen.forums(), t.t, 305) as entry offset 0) f
  left join bench_gen.study_plan s on t.about_study and s.i = 1 + bench_gen.h(t.t, 302) % :base_studies
  left join bench_gen.drug_pool d on not t.about_study and d.rank = bench_gen.zipf(t.t, 303, :base_drugs, 10)
  left join bench_gen.condition_pool c on not t.about_study and c.rank = bench_gen.zipf(t.t, 304, :base_conditions, 10)
 cross join lateral (select split_part(bench_gen.author_surname(s.i * 8 + 1), '|', 1) as surname) a;

analyze bench_gen.thread_plan;
