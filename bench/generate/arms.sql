-- Arms and their interventions of the synthetic studies, from bench_gen.study_plan.
-- Ids are set here (arm: base + 2 (i - 1) + position) so that children can name their parents without a lookup;
-- the identity sequences are moved past them at the end of the load. `offset 0` keeps a lateral subquery from
-- being pulled up into the query, which would copy its expressions into every use of its columns.

select * from bench_gen.base \gset base_

\echo '> study_arm'
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
\echo '> arm_intervention'
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
                          else array[5, 10, 20, 25, 50, 100, 150, 200, 300, 400] end as doses offset 0) a) dose
 where x.arm_position <= p.n_arms
   and (x.arm_position = 2 or x.position = 1 or (p.drug2_id is not null and p.arm2 is distinct from 'ACTIVE'))
   and not (x.arm_position = 2 and p.arm2 in ('NONE', 'HISTORICAL') and bench_gen.u(p.i, 202) < 0.5)
 order by 1, 2;
