-- Arms, their interventions and the outcomes of the synthetic studies, from bench_gen.study_plan.
-- Ids are set here (arm: base + 2 (i - 1) + position, outcome: base + 6 (i - 1) + position) so that children can
-- name their parents without a lookup; the identity sequences are moved past them at the end of the load.

select * from bench_gen.base \gset base_

insert into study_arm (id, study_id, position, label, role, size, description)
overriding system value
select :base_arm + 2 * (p.i - 1) + a.position, p.study_id, a.position, a.label, a.role,
       greatest(1, case when a.position = 1 then ceil(p.enrolled / p.n_arms::numeric) else floor(p.enrolled / 2.0) end),
       a.description
  from bench_gen.study_plan p
 cross join lateral (values
       (1, case when p.design in ('COHORT', 'CASE_CONTROL') then 'Treated with ' || lower(p.drug1_name)
                else p.drug1_name end,
           'EXPERIMENTAL', null),
       (2, case p.arm2 when 'PLACEBO' then 'Placebo' when 'ACTIVE' then p.drug2_name
                       when 'HISTORICAL' then 'Historical controls'
                       else case when p.design in ('COHORT', 'CASE_CONTROL') then 'Not treated' else 'Standard care' end
           end,
           case p.arm2 when 'PLACEBO' then 'PLACEBO_COMPARATOR' when 'ACTIVE' then 'ACTIVE_COMPARATOR'
                       when 'HISTORICAL' then 'HISTORICAL_CONTROL' else 'NO_INTERVENTION' end,
           case p.arm2 when 'HISTORICAL' then 'Patients treated at the same centre before the drug was available.' end)
     ) a(position, label, role, description)
 where a.position <= p.n_arms
 order by p.study_id, a.position;

-- The experimental arm takes the first drug (and the second as background therapy when it is not the comparator);
-- the comparator arm takes placebo, the second drug, standard care or nothing.
insert into arm_intervention (arm_id, position, name, drug_id, dose_amount, dose_unit, route, frequency, duration,
                              description)
select :base_arm + 2 * (p.i - 1) + x.arm_position, x.position, x.name, x.drug_id,
       case when x.drug_id is not null then dose.amount end,
       case when x.drug_id is not null then x.dose_unit end,
       x.route, x.frequency, p.weeks || ' weeks',
       case when x.drug_id is not null
            then format('%s %s %s %s for %s weeks.', bench_gen.capitalize(x.frequency), dose.amount, x.dose_unit,
                        lower(x.route), p.weeks)
            when x.name = 'Placebo' then 'Matching placebo on the same schedule.' end
  from bench_gen.study_plan p
 cross join lateral (values
       (1, 1, p.drug1_name, p.drug1_id, p.dose_unit, p.route,
           bench_gen.pick(array['once daily', 'twice daily', 'once weekly', 'every 2 weeks', 'every 4 weeks'], p.i, 200)),
       (1, 2, p.drug2_name || ' (background therapy)', p.drug2_id, p.drug2_dose_unit, p.drug2_route, 'once daily'),
       (2, 1, case p.arm2 when 'PLACEBO' then 'Placebo' when 'ACTIVE' then p.drug2_name else 'Standard care' end,
           case when p.arm2 = 'ACTIVE' then p.drug2_id end, p.drug2_dose_unit,
           case p.arm2 when 'ACTIVE' then p.drug2_route when 'PLACEBO' then p.route end,
           case when p.arm2 in ('ACTIVE', 'PLACEBO') then 'once daily' end)
     ) x(arm_position, position, name, drug_id, dose_unit, route, frequency)
 cross join lateral (
       select a.doses[1 + (bench_gen.h(p.i * 4 + x.arm_position * 2 + x.position, 201) % cardinality(a.doses))::int]::numeric
                  as amount
         from (select case x.dose_unit
                          when 'mg/kg' then array[1, 2, 3, 5, 8, 10]
                          when 'µg' then array[50, 100, 250, 500]
                          when 'IU' then array[2500, 5000, 10000]
                          else array[5, 10, 20, 25, 50, 100, 150, 200, 300, 400] end as doses) a) dose
 where x.arm_position <= p.n_arms
   and (x.arm_position = 2 or x.position = 1 or (p.drug2_id is not null and p.arm2 is distinct from 'ACTIVE'))
   and not (x.arm_position = 2 and p.arm2 in ('NONE', 'HISTORICAL') and bench_gen.u(p.i, 202) < 0.5)
 order by 1, 2;

-- About five outcomes a study: the first primary, the last a safety outcome, the others secondary. Fatigue
-- studies measure fatigue first; other studies never name it. Half the comparative outcomes report an effect
-- with a 95% confidence interval whose side of the null matches the direction.
insert into outcome (id, study_id, position, name, kind, instrument, timepoint, effect_measure, effect_value,
                     ci_lower, ci_upper, p_value, direction, result_text, source_id)
overriding system value
select :base_outcome + 6 * (p.i - 1) + o.position, p.study_id, o.position,
       split_part(e.entry, '|', 1), k.kind, nullif(split_part(e.entry, '|', 2), ''), e.timepoint,
       m.measure, v.value, v.lower, v.upper,
       case when m.measure is null then null
            when d.direction in ('FAVOURS_INTERVENTION', 'FAVOURS_COMPARATOR')
                then bench_gen.pick(array['p<0.001', 'p=0.002', 'p=0.01', 'p=0.03', 'p<0.05'], o.key, 210)
            else 'p=0.' || bench_gen.between(o.key, 211, 10, 95) end,
       d.direction,
       case when m.measure is not null then
                format('%s %s%s (95%% CI %s to %s) at %s; %s.',
                       case m.measure when 'MD' then 'Mean difference' when 'SMD' then 'Standardised mean difference'
                                      when 'RR' then 'Risk ratio' when 'OR' then 'Odds ratio'
                                      when 'HR' then 'Hazard ratio' else 'Risk difference' end,
                       v.value, case when m.measure = 'MD' then ' points' else '' end, v.lower, v.upper, e.timepoint,
                       case d.direction when 'FAVOURS_INTERVENTION' then 'favouring ' || lower(p.drug1_name)
                                        when 'FAVOURS_COMPARATOR' then 'favouring ' || c.comparator
                                        when 'NO_DIFFERENCE' then 'no significant difference'
                                        else 'inconclusive' end)
            when k.kind = 'SAFETY' then
                format('Reported in %s%% of participants with %s and %s%% with %s.', bench_gen.between(o.key, 212, 1, 40),
                       lower(p.drug1_name), bench_gen.between(o.key, 213, 0, 25), c.comparator)
            else case d.direction
                when 'NOT_COMPARED' then format('Improved from baseline in %s%% of participants; no between-group comparison was reported.',
                                                bench_gen.between(o.key, 214, 5, 80))
                when 'NO_DIFFERENCE' then format('No statistically significant difference from %s at %s.', c.comparator, e.timepoint)
                when 'FAVOURS_INTERVENTION' then format('Better with %s than with %s at %s.', lower(p.drug1_name), c.comparator, e.timepoint)
                else 'Too few participants to draw conclusions.' end
       end,
       :base_record_source
  from bench_gen.study_plan p
 cross join lateral (select g.position, p.i * 8 + g.position as key from generate_series(1, p.n_outcomes) g(position)) o
 cross join lateral (
       select case when o.position = 1 then 'PRIMARY' when o.position = p.n_outcomes then 'SAFETY'
                   when bench_gen.u(o.key, 203) < 0.05 then 'OTHER' else 'SECONDARY' end as kind) k
 cross join lateral (
       select case when k.kind = 'SAFETY' then bench_gen.pick(bench_gen.safety_outcomes(), o.key, 204) || '|'
                   when p.fatigue and (o.position = 1 or (o.position = 2 and bench_gen.u(o.key, 205) < 0.5))
                       then bench_gen.pick(bench_gen.fatigue_outcomes(), o.key, 206)
                   else bench_gen.pick(bench_gen.outcomes(), o.key, 207) end as entry,
              bench_gen.pick(bench_gen.timepoints(), o.key, 208) as timepoint) e
 cross join lateral (
       select case p.arm2 when 'PLACEBO' then 'placebo' when 'ACTIVE' then lower(p.drug2_name)
                          when 'HISTORICAL' then 'historical controls' when 'NONE' then 'no treatment'
                          else 'baseline' end as comparator,
              p.arm2 is not null as comparative) c
 cross join lateral (
       select case when not c.comparative or bench_gen.u(o.key, 220) >= case when k.kind = 'SAFETY' then 0.3 else 0.55 end
                   then null
                   when k.kind = 'SAFETY' then bench_gen.pick(array['RR', 'RR', 'OR', 'RD'], o.key, 221)
                   when p.design in ('COHORT', 'CASE_CONTROL') then bench_gen.pick(array['HR', 'OR'], o.key, 221)
                   when bench_gen.u(o.key, 222) < 0.7 then 'MD' else 'SMD' end as measure) m
 cross join lateral (
       select case when m.measure is not null then
                       case when bench_gen.u(o.key, 223) < 0.45 then 'NO_DIFFERENCE'
                            when bench_gen.u(o.key, 223) < 0.83 then 'FAVOURS_INTERVENTION'
                            when bench_gen.u(o.key, 223) < 0.93 then 'FAVOURS_COMPARATOR'
                            else 'INCONCLUSIVE' end
                   when not c.comparative then
                       case when bench_gen.u(o.key, 223) < 0.7 then 'NOT_COMPARED' else 'INCONCLUSIVE' end
                   else case when bench_gen.u(o.key, 223) < 0.3 then 'NOT_COMPARED'
                             when bench_gen.u(o.key, 223) < 0.65 then 'NO_DIFFERENCE'
                             when bench_gen.u(o.key, 223) < 0.85 then 'FAVOURS_INTERVENTION'
                             else 'INCONCLUSIVE' end
              end as direction) d
 -- on the scale of differences (log scale for ratios): distance of the interval from the null, and its half-width
 cross join lateral (
       select case m.measure when 'MD' then 5 when 'SMD' then 0.5 when 'RD' then 0.15 else 0.6 end as scale) s
 cross join lateral (
       select case d.direction
                  when 'FAVOURS_INTERVENTION' then array[g.a, g.a + g.w, g.a + 2 * g.w]
                  when 'FAVOURS_COMPARATOR' then array[-(g.a + 2 * g.w), -(g.a + g.w), -g.a]
                  else array[g.v - abs(g.v) - g.w, g.v, g.v + abs(g.v) + g.w] end as x
         from (select (0.05 + bench_gen.u(o.key, 224)) * s.scale as a, (0.1 + bench_gen.u(o.key, 225)) * s.scale as w,
                      (bench_gen.u(o.key, 226) - 0.5) * s.scale as v) g) r
 cross join lateral (
       select case m.measure when 'MD' then round(r.x[2]::numeric, 1) when 'SMD' then round(r.x[2]::numeric, 2)
                             when 'RD' then round(r.x[2]::numeric, 3)
                             when 'RR' then round(exp(r.x[2])::numeric, 2) when 'OR' then round(exp(r.x[2])::numeric, 2)
                             when 'HR' then round(exp(r.x[2])::numeric, 2) end as value,
              case m.measure when 'MD' then round(r.x[1]::numeric, 1) when 'SMD' then round(r.x[1]::numeric, 2)
                             when 'RD' then round(r.x[1]::numeric, 3)
                             when 'RR' then round(exp(r.x[1])::numeric, 2) when 'OR' then round(exp(r.x[1])::numeric, 2)
                             when 'HR' then round(exp(r.x[1])::numeric, 2) end as lower,
              case m.measure when 'MD' then round(r.x[3]::numeric, 1) when 'SMD' then round(r.x[3]::numeric, 2)
                             when 'RD' then round(r.x[3]::numeric, 3)
                             when 'RR' then round(exp(r.x[3])::numeric, 2) when 'OR' then round(exp(r.x[3])::numeric, 2)
                             when 'HR' then round(exp(r.x[3])::numeric, 2) end as upper) v
 order by p.study_id, o.position;
