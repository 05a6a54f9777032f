-- Outcomes of the synthetic studies i from :from_i to :to_i of bench_gen.study_plan (so that two sessions can
-- share them). Ids: base + 6 (i - 1) + position. `offset 0` keeps each lateral subquery from being pulled up into
-- the query, which would copy its expressions into every use of its columns (three times slower here).

select * from bench_gen.base \gset base_

-- About five outcomes a study: the first primary, the last a safety outcome, the others secondary. Fatigue
-- studies measure fatigue first; other studies never name it. Half the comparative outcomes report an effect
-- with a 95% confidence interval whose side of the null matches the direction.
\echo '> outcome' :from_i to :to_i
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
 cross join lateral (select g.position, p.i * 8 + g.position as key from generate_series(1, p.n_outcomes) g(position) offset 0) o
 cross join lateral (
       select case when o.position = 1 then 'PRIMARY' when o.position = p.n_outcomes then 'SAFETY'
                   when bench_gen.u(o.key, 203) < 0.05 then 'OTHER' else 'SECONDARY' end as kind offset 0) k
 cross join lateral (
       select case when k.kind = 'SAFETY' then bench_gen.pick(bench_gen.safety_outcomes(), o.key, 204) || '|'
                   when p.fatigue and (o.position = 1 or (o.position = 2 and bench_gen.u(o.key, 205) < 0.5))
                       then bench_gen.pick(bench_gen.fatigue_outcomes(), o.key, 206)
                   else bench_gen.pick(bench_gen.outcomes(), o.key, 207) end as entry,
              bench_gen.pick(bench_gen.timepoints(), o.key, 208) as timepoint offset 0) e
 cross join lateral (
       select case p.arm2 when 'PLACEBO' then 'placebo' when 'ACTIVE' then lower(p.drug2_name)
                          when 'HISTORICAL' then 'historical controls' when 'NONE' then 'no treatment'
                          else 'baseline' end as comparator,
              p.arm2 is not null as comparative offset 0) c
 cross join lateral (
       select case when not c.comparative or bench_gen.u(o.key, 220) >= case when k.kind = 'SAFETY' then 0.3 else 0.55 end
                   then null
                   when k.kind = 'SAFETY' then bench_gen.pick(array['RR', 'RR', 'OR', 'RD'], o.key, 221)
                   when p.design in ('COHORT', 'CASE_CONTROL') then bench_gen.pick(array['HR', 'OR'], o.key, 221)
                   when bench_gen.u(o.key, 222) < 0.7 then 'MD' else 'SMD' end as measure offset 0) m
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
              end as direction offset 0) d
 -- on the scale of differences (log scale for ratios): distance of the interval from the null, and its half-width
 cross join lateral (
       select case m.measure when 'MD' then 5 when 'SMD' then 0.5 when 'RD' then 0.15 else 0.6 end as scale offset 0) s
 cross join lateral (
       select case d.direction
                  when 'FAVOURS_INTERVENTION' then array[g.a, g.a + g.w, g.a + 2 * g.w]
                  when 'FAVOURS_COMPARATOR' then array[-(g.a + 2 * g.w), -(g.a + g.w), -g.a]
                  else array[g.v - abs(g.v) - g.w, g.v, g.v + abs(g.v) + g.w] end as x
         from (select (0.05 + bench_gen.u(o.key, 224)) * s.scale as a, (0.1 + bench_gen.u(o.key, 225)) * s.scale as w,
                      (bench_gen.u(o.key, 226) - 0.5) * s.scale as v offset 0) g offset 0) r
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
                             when 'HR' then round(exp(r.x[3])::numeric, 2) end as upper offset 0) v
 where p.i between :from_i and :to_i
 order by p.study_id, o.position;
