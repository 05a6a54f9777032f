-- Full records of the three anakinra studies seeded in V2: citation details, design, population,
-- authors, registrations, sources, arms, interventions and outcomes (adverse events are SAFETY outcomes).
--
-- Every value comes from the files in shared/sources/ (source slugs from V4):
--   verified-bibliographic-facts    verified-facts.json: authors, volume, issue, pages, dates, PMIDs, registry ids
--   phoenix-rising-anakinra-thread  000: NCT02108210 registry text (protocol, eligibility, arms, endpoints)
--   atlas-summary-roerink-2017      001: structured summary of Roerink 2017 (results, summary sections)
--   plos-one-abstract-maier-2015    002: abstract of Maier 2015
--   news-report-monteagudo-2020     003: news report of Monteagudo 2020
-- A value that no source gives is left null; the Monteagudo PMID is UNVERIFIED in verified-facts.json
-- and stays null. No effect measure is computed here: only those the sources report are stored.
-- Rows are joined on slugs, never on generated ids.


-- =================================================================================================
-- Roerink 2017 — anakinra in ME/CFS (randomised, placebo-controlled)
-- =================================================================================================

update study set
    volume              = '166',
    issue               = '8',
    pages               = '557-564',
    article_number      = null,
    published_on        = date '2017-03-07',   -- published online; issue date 2017-04-18
    pmid                = '28265678',
    pmcid               = null,
    design              = 'RANDOMISED_CONTROLLED_TRIAL',
    historical_controls = false,
    blinding            = 'BLINDED',            -- verified facts say "blinded", no more
    phase               = 'Phase 2/Phase 3',
    sponsor             = 'Radboud University Medical Center',
    setting             = 'Radboud University Medical Centre, Nijmegen, the Netherlands',
    start_year          = 2014,
    start_month         = 7,
    end_year            = 2016,
    end_month           = 5,
    enrolled            = 50,
    population          = 'Women aged 18–59 with chronic fatigue syndrome (CDC criteria) and severe fatigue with functional impairment',
    sex                 = 'FEMALE',
    age_min             = 18,
    age_max             = 59,
    eligibility         = 'Female, 18–59 years; CDC-diagnosed CFS; CIS fatigue ≥ 40; SIP-8 ≥ 700; no psychiatric co-morbidity',
    case_definition     = 'CDC (Fukuda) criteria',
    pem_required        = false,
    follow_up           = 'Treatment for 4 weeks, then an additional 20 weeks of follow-up (24 weeks in total)',
    summary_quick       = $txt$Researchers tested whether a drug called anakinra, which reduces inflammation in the body, could help reduce fatigue in women with ME/CFS. Over 4 weeks, patients received either anakinra injections or placebo (dummy injections), and both groups were followed for an additional 20 weeks. The drug did not significantly improve fatigue or other symptoms compared to placebo, though some patients experienced injection site reactions.$txt$,
    summary_why         = $txt$This study directly tests the hypothesis that IL-1-mediated inflammation drives ME/CFS fatigue, a theory supported by some immunological findings. A negative result suggests that peripheral IL-1 inhibition alone is insufficient to treat ME/CFS, which has implications for future therapeutic strategies and understanding of disease pathophysiology.$txt$,
    summary_findings    = $txt$Only 8% (2/25) of anakinra recipients vs. 20% (5/25) of placebo recipients achieved fatigue scores in the healthy range at 4 weeks.
Mean difference in CIS-fatigue score at 4 weeks was 1.5 points (95% CI: -4.1 to 7.2), not statistically or clinically significant.
Injection site reactions occurred in 68% (17/25) of anakinra recipients compared to 4% (1/25) of placebo recipients.
No significant between-group differences were observed for secondary outcomes (impairment, functioning, distress, pain) at 4 or 24 weeks.
One patient in the anakinra group discontinued due to an adverse event.$txt$,
    summary_conclusions = $txt$Peripheral IL-1 inhibition using anakinra for 4 weeks does not produce clinically meaningful fatigue reduction in women with CFS and severe fatigue.
The lack of efficacy suggests that short-term blockade of IL-1 alone is insufficient to address ME/CFS pathophysiology, or that IL-1 may not be a primary driver of fatigue in this population.
The safety profile and tolerability were poor relative to efficacy, with frequent injection site reactions limiting practical utility.$txt$,
    summary_questions   = $txt$Would higher doses, longer treatment duration, or earlier intervention (closer to disease onset) yield different results?
Are other cytokines (IL-6, TNF-α, IFN-γ) more relevant therapeutic targets than IL-1 in ME/CFS?
Does IL-1 inhibition benefit specific patient subgroups (e.g., postinfectious cases, those with elevated baseline IL-1 levels) not captured in this heterogeneous sample?
What is the role of central nervous system versus peripheral IL-1 in ME/CFS fatigue generation?$txt$,
    summary_not_proven  = $txt$This study does not prove that inflammation plays no role in ME/CFS—only that blocking IL-1 peripherally for 4 weeks does not reduce fatigue. The findings do not exclude central nervous system IL-1 involvement, other cytokine pathways, or the importance of inflammation in disease onset or maintenance. Additionally, heterogeneity in symptom duration and lack of restriction to postinfectious cases may have obscured effects in subgroups.$txt$,
    status              = 'PUBLISHED'
where slug = 'roerink-2017-anakinra-me-cfs';

insert into study_author (study_id, position, name)
select s.id, a.position, a.name
from study s
cross join (values (1, 'Megan E. Roerink'),
                   (2, 'Sebastian J.H. Bredie'),
                   (3, 'Michael Heijnen'),
                   (4, 'Charles A. Dinarello'),
                   (5, 'Hans Knoop'),
                   (6, 'Jos W.M. van der Meer')) as a (position, name)
where s.slug = 'roerink-2017-anakinra-me-cfs';

insert into study_registration (study_id, position, registry, identifier)
select s.id, r.position, r.registry, r.identifier
from study s
cross join (values (1, 'CLINICALTRIALS_GOV', 'NCT02108210'),
                   (2, 'EUDRACT', '2013-005466-19'),
                   (3, 'CCMO', 'NL47571.091.14')) as r (position, registry, identifier)
where s.slug = 'roerink-2017-anakinra-me-cfs';

insert into study_source (study_id, source_id)
select s.id, src.id
from study s
join source src on src.slug in ('atlas-summary-roerink-2017',
                                'phoenix-rising-anakinra-thread',
                                'verified-bibliographic-facts')
where s.slug = 'roerink-2017-anakinra-me-cfs';

insert into study_arm (study_id, position, label, role, size, description)
select s.id, a.position, a.label, a.role, a.size, a.description
from study s
cross join (values (1, 'Anakinra', 'EXPERIMENTAL', 25, null),
                   (2, 'Placebo', 'PLACEBO_COMPARATOR', 25, null)) as a (position, label, role, size, description)
where s.slug = 'roerink-2017-anakinra-me-cfs';

insert into arm_intervention (arm_id, position, name, drug_id, dose_amount, dose_unit, dose_up_to,
                              route, frequency, duration, description)
select (select a.id from study_arm a join study s on s.id = a.study_id
        where s.slug = 'roerink-2017-anakinra-me-cfs' and a.position = 1),
       1, 'Anakinra', d.id, 100, 'mg', false,
       'SUBCUTANEOUS', 'Once daily', '4 weeks',
       'Once daily subcutaneous injections (100mg/day) during a period of 4 weeks.'
from drug d
where d.slug = 'anakinra';

insert into arm_intervention (arm_id, position, name, drug_id, dose_amount, dose_unit, dose_up_to,
                              route, frequency, duration, description)
select (select a.id from study_arm a join study s on s.id = a.study_id
        where s.slug = 'roerink-2017-anakinra-me-cfs' and a.position = 2),
       1, 'Placebo', null, null, null, false,
       null, null, '4 weeks',   -- no source gives the placebo's route or frequency, only "dummy injections"
       'Placebo (dummy injections)';

insert into outcome (study_id, position, name, kind, instrument, timepoint, effect_measure, effect_value,
                     ci_lower, ci_upper, p_value, direction, result_text, source_id)
select s.id, o.position, o.name, o.kind, o.instrument, o.timepoint, o.effect_measure, o.effect_value,
       o.ci_lower, o.ci_upper, o.p_value, o.direction, o.result_text, src.id
from study s
join source src on src.slug = 'atlas-summary-roerink-2017'
cross join (values
    (1, 'Fatigue severity (CIS-fatigue)', 'PRIMARY',
     'Checklist Individual Strength, fatigue subscale (CIS-fatigue)', '4 weeks',
     'MD', 1.5::numeric, -4.1::numeric, 7.2::numeric, 'not significant', 'NO_DIFFERENCE',
     $txt$Mean difference in CIS-fatigue score at 4 weeks was 1.5 points (95% CI: -4.1 to 7.2), not statistically or clinically significant.$txt$),
    (2, 'Fatigue in the healthy range', 'PRIMARY',
     'Checklist Individual Strength, fatigue subscale (CIS-fatigue)', '4 weeks',
     null, null, null, null, null, 'NOT_COMPARED',
     $txt$Reached fatigue scores in the healthy range: 8% (2/25) with anakinra vs 20% (5/25) with placebo; the source reports no between-group test for this comparison.$txt$),
    (3, 'Functional impairment', 'SECONDARY',
     'Sickness Impact Profile (SIP-8) total score', '4 and 24 weeks',
     null, null, null, null, null, 'NO_DIFFERENCE',
     'No statistically significant between-group difference at 4 or 24 weeks.'),
    (4, 'Physical and social functioning', 'SECONDARY',
     'SF-36 physical and social functioning subscales', '4 and 24 weeks',
     null, null, null, null, null, 'NO_DIFFERENCE',
     'No statistically significant between-group difference at 4 or 24 weeks.'),
    (5, 'Psychological distress', 'SECONDARY',
     'Symptom Checklist-90 (SCL-90) total score', '4 and 24 weeks',
     null, null, null, null, null, 'NO_DIFFERENCE',
     'No statistically significant between-group difference at 4 or 24 weeks.'),
    (6, 'Pain severity', 'SECONDARY',
     'Visual analogue scale (VAS)', '4 and 24 weeks',
     null, null, null, null, null, 'NO_DIFFERENCE',
     'No statistically significant between-group difference at 4 or 24 weeks.'),
    (7, 'Injection-site reactions', 'SAFETY',
     null, null,
     null, null, null, null, null, 'NOT_COMPARED',
     $txt$Injection site reactions occurred in 68% (17/25) of anakinra recipients compared to 4% (1/25) of placebo recipients.$txt$),
    (8, 'Discontinuation because of an adverse event', 'SAFETY',
     null, null,
     null, null, null, null, null, 'NOT_COMPARED',
     $txt$One patient in the anakinra group discontinued due to an adverse event.$txt$)
) as o (position, name, kind, instrument, timepoint, effect_measure, effect_value,
        ci_lower, ci_upper, p_value, direction, result_text)
where s.slug = 'roerink-2017-anakinra-me-cfs';

-- Arm results: (outcome position, arm position, events, total)
insert into outcome_arm_result (outcome_id, arm_id, events, total)
select o.id, a.id, r.events, r.total
from study s
join outcome o on o.study_id = s.id
join study_arm a on a.study_id = s.id
join (values (2, 1, 2, 25),     -- healthy-range fatigue, anakinra
             (2, 2, 5, 25),     -- healthy-range fatigue, placebo
             (7, 1, 17, 25),    -- injection-site reactions, anakinra
             (7, 2, 1, 25),     -- injection-site reactions, placebo
             (8, 1, 1, 25)      -- discontinued for an adverse event, anakinra (placebo not reported)
     ) as r (outcome_position, arm_position, events, total)
  on r.outcome_position = o.position and r.arm_position = a.position
where s.slug = 'roerink-2017-anakinra-me-cfs';


-- =================================================================================================
-- Maier 2015 — anakinra in ALS (single-arm open pilot with a historical control cohort)
-- =================================================================================================

update study set
    volume              = '10',
    issue               = '10',
    pages               = null,
    article_number      = 'e0139684',
    published_on        = date '2015-10-07',
    pmid                = '26444282',
    pmcid               = 'PMC4596620',
    design              = 'SINGLE_ARM_TRIAL',
    historical_controls = true,
    blinding            = 'OPEN_LABEL',
    phase               = 'Phase 2',
    sponsor             = null,   -- the registry entry names the institutions without saying which is sponsor
    setting             = 'Charité Berlin and Max Planck Institute for Infection Biology',
    start_year          = null,
    start_month         = null,
    end_year            = null,
    end_month           = null,
    enrolled            = 17,     -- patients treated (the registry's planned enrolment was 20)
    population          = 'ALS patients with dominant or exclusive lower motor neuron degeneration (LMND) presentation',
    sex                 = null,
    age_min             = null,
    age_max             = null,
    eligibility         = 'ALS with dominant or exclusive lower motor neuron degeneration (LMND) presentation',
    case_definition     = null,
    pem_required        = null,
    follow_up           = 'One year of treatment',
    summary_quick       = null,
    summary_why         = null,
    summary_findings    = null,
    summary_conclusions = null,
    summary_questions   = null,
    summary_not_proven  = null,
    status              = 'PUBLISHED'
where slug = 'maier-2015-anakinra-als';

insert into study_author (study_id, position, name)
select s.id, a.position, a.name
from study s
cross join (values (1, 'André Maier'),
                   (2, 'Nikolaus Deigendesch'),
                   (3, 'Kathrin Müller'),
                   (4, 'Jochen H. Weishaupt'),
                   (5, 'Alexander Krannich'),
                   (6, 'Robert Röhle'),
                   (7, 'Felix Meissner'),
                   (8, 'Kaaweh Molawi'),
                   (9, 'Christoph Münch'),
                   (10, 'Teresa Holm'),
                   (11, 'Robert Meyer'),
                   (12, 'Thomas Meyer'),
                   (13, 'Arturo Zychlinsky')) as a (position, name)
where s.slug = 'maier-2015-anakinra-als';

insert into study_registration (study_id, position, registry, identifier)
select s.id, 1, 'CLINICALTRIALS_GOV', 'NCT01277315'
from study s
where s.slug = 'maier-2015-anakinra-als';

insert into study_source (study_id, source_id)
select s.id, src.id
from study s
join source src on src.slug in ('plos-one-abstract-maier-2015',
                                'verified-bibliographic-facts')
where s.slug = 'maier-2015-anakinra-als';

insert into study_arm (study_id, position, label, role, size, description)
select s.id, a.position, a.label, a.role, a.size, a.description
from study s
cross join (values (1, 'Anakinra', 'EXPERIMENTAL', 17, null),
                   (2, 'Historical control cohort', 'HISTORICAL_CONTROL', 47,
                    'Generated to fit the criteria for enrolment, disease characteristics and rate of progression of the study group')
           ) as a (position, label, role, size, description)
where s.slug = 'maier-2015-anakinra-als';

insert into arm_intervention (arm_id, position, name, drug_id, dose_amount, dose_unit, dose_up_to,
                              route, frequency, duration, description)
select (select a.id from study_arm a join study s on s.id = a.study_id
        where s.slug = 'maier-2015-anakinra-als' and a.position = 1),
       1, 'Anakinra', d.id, 100, 'mg', false,
       'SUBCUTANEOUS', 'Once daily', '1 year', null
from drug d
where d.slug = 'anakinra';

insert into outcome (study_id, position, name, kind, instrument, timepoint, effect_measure, effect_value,
                     ci_lower, ci_upper, p_value, direction, result_text, source_id)
select s.id, o.position, o.name, o.kind, o.instrument, o.timepoint, null, null,
       null, null, null, o.direction, o.result_text, src.id
from study s
join source src on src.slug = 'plos-one-abstract-maier-2015'
cross join (values
    (1, 'Safety and tolerability', 'PRIMARY', null, null, 'NOT_COMPARED',
     'Only mild adverse events occurred.'),
    (2, 'Disease progression (ALSFRS-R)', 'SECONDARY',
     'Revised ALS Functional Rating Scale (ALSFRS-R)', 'First 24 weeks', 'NO_DIFFERENCE',
     $txt$Could not detect a significant reduction in disease progression during the first 24 weeks of treatment in patients treated with anakinra compared to the historical controls, as measured by the ALSFRSr.$txt$),
    (3, 'Serum cytokines and fibrinogen', 'OTHER',
     null, 'First 24 weeks; second part of the treatment period', 'NOT_COMPARED',
     $txt$Lower levels of cytokines and the inflammatory marker fibrinogen during the first 24 weeks of treatment; an increase in serum inflammatory markers in the second part of the treatment period.$txt$),
    (4, 'Anti-drug antibodies', 'SAFETY', null, null, 'NOT_COMPARED',
     'Sixteen of the 17 patients (94%) developed antibodies against anakinra.')
) as o (position, name, kind, instrument, timepoint, direction, result_text)
where s.slug = 'maier-2015-anakinra-als';

-- Arm results: (outcome position, arm position, events, total)
insert into outcome_arm_result (outcome_id, arm_id, events, total)
select o.id, a.id, r.events, r.total
from study s
join outcome o on o.study_id = s.id
join study_arm a on a.study_id = s.id
join (values (4, 1, 16, 17)     -- anti-drug antibodies, anakinra
     ) as r (outcome_position, arm_position, events, total)
  on r.outcome_position = o.position and r.arm_position = a.position
where s.slug = 'maier-2015-anakinra-als';


-- =================================================================================================
-- Monteagudo 2020 — continuous intravenous anakinra in adult MAS (retrospective case series)
-- =================================================================================================

update study set
    volume              = '2',
    issue               = '5',
    pages               = '276-282',
    article_number      = null,
    published_on        = null,   -- no source gives a full date
    pmid                = null,   -- UNVERIFIED in verified-facts.json
    pmcid               = null,
    design              = 'RETROSPECTIVE_CASE_SERIES',
    historical_controls = false,
    blinding            = 'NOT_APPLICABLE',
    phase               = null,
    sponsor             = null,
    setting             = 'Regions Hospital, Saint Paul, Minnesota',
    start_year          = 2016,   -- retrospective chart review 2016-2019
    start_month         = null,
    end_year            = 2019,
    end_month           = null,
    enrolled            = 5,
    population          = $txt$Five adults (four women and one man), mean age 44 years (range 38–64) at diagnosis, with MAS refractory to initial therapy; underlying disease: two lupus, one adult-onset Still’s disease, one undifferentiated connective tissue disease, one none.$txt$,
    sex                 = 'ALL',
    age_min             = 38,
    age_max             = 64,
    eligibility         = null,
    case_definition     = null,
    pem_required        = null,
    follow_up           = null,
    summary_quick       = null,
    summary_why         = null,
    summary_findings    = null,
    summary_conclusions = null,
    summary_questions   = null,
    summary_not_proven  = null,
    status              = 'PUBLISHED'
where slug = 'monteagudo-2020-anakinra-mas';

insert into study_author (study_id, position, name)
select s.id, a.position, a.name
from study s
cross join (values (1, 'Luke Adam Monteagudo'),
                   (2, 'Aaron Boothby'),
                   (3, 'Elie Gertner')) as a (position, name)
where s.slug = 'monteagudo-2020-anakinra-mas';

insert into study_source (study_id, source_id)
select s.id, src.id
from study s
join source src on src.slug in ('news-report-monteagudo-2020',
                                'verified-bibliographic-facts')
where s.slug = 'monteagudo-2020-anakinra-mas';

insert into study_arm (study_id, position, label, role, size, description)
select s.id, 1, 'Continuous intravenous anakinra', 'EXPERIMENTAL', 5, null
from study s
where s.slug = 'monteagudo-2020-anakinra-mas';

insert into arm_intervention (arm_id, position, name, drug_id, dose_amount, dose_unit, dose_up_to,
                              route, frequency, duration, description)
select (select a.id from study_arm a join study s on s.id = a.study_id
        where s.slug = 'monteagudo-2020-anakinra-mas' and a.position = 1),
       1, 'Anakinra', d.id, 2400, 'mg/day', true,
       'INTRAVENOUS', 'Continuous infusion with rapid dose escalation', null,
       $txt$After their initial therapies proved ineffective, anakinra was first given intravenously to three patients and subcutaneously to two; as their condition worsened, all five were given continuous intravenous infusions with rapid dose escalation up to 2,400 mg/day (the dose given in cases of kidney failure).$txt$
from drug d
where d.slug = 'anakinra';

insert into outcome (study_id, position, name, kind, instrument, timepoint, effect_measure, effect_value,
                     ci_lower, ci_upper, p_value, direction, result_text, source_id)
select s.id, o.position, o.name, o.kind, null, o.timepoint, null, null,
       null, null, null, 'NOT_COMPARED', o.result_text, src.id
from study s
join source src on src.slug = 'news-report-monteagudo-2020'
cross join (values
    (1, 'Ferritin and liver-damage markers fell within 48 hours', 'OTHER', 'First 48 hours',
     $txt$Levels of ferritin and of proteins associated with liver damage decreased within the first 48 hours after starting anakinra in four of the five patients.$txt$),
    (2, 'Clinical response', 'OTHER', null,
     $txt$In the four patients whose ferritin and liver-damage markers fell, the serologic response led to subsequent clinical responses.$txt$),
    (3, 'Maintained on anakinra or canakinumab without relapse', 'OTHER', null,
     $txt$Three of the responding patients continued treatment with anakinra or canakinumab (Ilaris), with no signs of disease relapse to date.$txt$),
    (4, 'Death', 'SAFETY', null,
     $txt$Two patients died: one responder later developed sepsis and died, and one woman who never responded to treatment died from multi-organ failure and septic shock.$txt$),
    (5, 'Kidney injury', 'SAFETY', null,
     $txt$All patients developed kidney damage; it was unclear whether this was caused by MAS or by the high dose of anakinra.$txt$),
    (6, 'Cytopenias (more than one blood cell type low)', 'SAFETY', null,
     $txt$Three patients showed low levels of more than one type of blood cell; it was unclear whether this was caused by MAS or by the high dose of anakinra.$txt$),
    (7, 'Bacterial infections', 'SAFETY', null,
     $txt$Three patients developed bacterial infections during their clinical course, two of which were associated with their death (sepsis); the researchers hypothesised that the infections may be linked to longer periods under high doses of anakinra.$txt$)
) as o (position, name, kind, timepoint, result_text)
where s.slug = 'monteagudo-2020-anakinra-mas';

-- Arm results: (outcome position, arm position, events, total)
insert into outcome_arm_result (outcome_id, arm_id, events, total)
select o.id, a.id, r.events, r.total
from study s
join outcome o on o.study_id = s.id
join study_arm a on a.study_id = s.id
join (values (1, 1, 4, 5),      -- ferritin and liver-damage markers fell
             (2, 1, 4, 5),      -- clinical response
             (3, 1, 3, 5),      -- maintained without relapse
             (4, 1, 2, 5),      -- death
             (5, 1, 5, 5),      -- kidney injury
             (6, 1, 3, 5),      -- cytopenias
             (7, 1, 3, 5)       -- bacterial infections
     ) as r (outcome_position, arm_position, events, total)
  on r.outcome_position = o.position and r.arm_position = a.position
where s.slug = 'monteagudo-2020-anakinra-mas';
