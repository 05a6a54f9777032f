-- The anakinra drug record and the conditions it is used, approved or studied in.
--
-- Every value below comes from the documents in shared/sources/ (seeded as `source` rows by V4):
--   encyclopedia-anakinra           004_f3af062bdaf38c12.txt  encyclopedia article on anakinra (Kineret)
--   news-report-monteagudo-2020     003_d5810da72a25bac8.txt  news report of the adult MAS case series
--   atlas-summary-roerink-2017      001_6449949827f914ba.txt  summary of the ME/CFS randomised trial
--   plos-one-abstract-maier-2015    002_0ab05bc10e994ac5.txt  abstract of the ALS pilot study
--   phoenix-rising-anakinra-thread  000_0bb90cb117baf1b6.txt  forum thread on anakinra in ME/CFS
-- Where a source gives no value the field is left empty. Dates are as precise as the source gives them
-- (year, or year + month); no day is given by any source. Rows are joined on slugs, never on ids.

-- Drug -------------------------------------------------------------------------------------------------

update drug
set description  = $$Anakinra, sold under the brand name Kineret, is a biopharmaceutical medication used to treat rheumatoid arthritis, cryopyrin-associated periodic syndromes, familial Mediterranean fever, and Still's disease. It is administered by subcutaneous injection.$$,
    drug_class   = 'Interleukin-1 receptor antagonist; biopharmaceutical; immunosuppressant',
    mechanism    = $$A slightly modified recombinant version of the human interleukin-1 receptor antagonist protein. It works by blocking a cytokine called interleukin-1, thereby reducing inflammation and immune responses.$$,
    manufacturer = 'Swedish Orphan Biovitrum (Sobi)',
    chemistry    = $$Anakinra differs from the sequence of the human interleukin-1 receptor antagonist by one methionine amino acid added to its N-terminus; it also differs from the human protein in that it is not glycosylated, as it is manufactured in Escherichia coli.$$,
    history      = $$Approved for medical use in the US in 2001, and in the European Union in 2002. In 2018, NHS England published a clinical commissioning policy allowing anakinra to be commissioned for periodic fevers and autoinflammatory disorders (all ages): as a first-line treatment for Schnitzler's syndrome, and where the first-line treatment is not effective for familial Mediterranean fever, hyper-IgD syndrome (also known as mevalonate kinase deficiency) and TNF receptor associated periodic syndrome (TRAPS); and a policy allowing it to be commissioned for adult-onset Still's disease as a third-line treatment where patients are refractory to steroid-sparing effect DMARDs. In December 2020, the US Food and Drug Administration approved it for the treatment of deficiency of the interleukin-1–receptor antagonist (DIRA), a rare autoinflammatory disease of infancy. In 2021, it was announced that the Ministry of Health of the Russian Federation had approved its use for the treatment of CAPS. In October 2021, NHS England published a clinical commissioning policy allowing anakinra to be used in the treatment of haemophagocytic lymphohistiocytosis (HLH) in adults and children of all ages.$$,
    pregnancy    = 'It was not tested in pregnant women, but appeared to be safe in animal studies.'
where slug = 'anakinra';

insert into drug_alias (drug_id, position, alias, kind)
select d.id, v.position, v.alias, v.kind
from drug d
cross join (values
    (1, 'Kineret',                           'BRAND'),         -- 003, 004
    (2, 'IL-1Ra',                            'ABBREVIATION'),  -- 004 ("IL-1RA")
    (3, 'interleukin-1 receptor antagonist', 'SYNONYM')        -- 004; 002 ("an IL–1 receptor antagonist")
) as v (position, alias, kind)
where d.slug = 'anakinra';

insert into drug_route (drug_id, position, route, note)
select d.id, v.position, v.route, v.note
from drug d
cross join (values
    (1, 'SUBCUTANEOUS', 'Administered by subcutaneous injection (encyclopedia article, file 004).'),
    (2, 'INTRAVENOUS',  'Continuous intravenous infusion reported in adults with macrophage activation syndrome (news report, file 003); not an approved route in the sources.')
) as v (position, route, note)
where d.slug = 'anakinra';

insert into drug_source (drug_id, source_id)
select d.id, s.id
from drug d
join source s on s.slug in ('encyclopedia-anakinra', 'news-report-monteagudo-2020')
where d.slug = 'anakinra';

-- Conditions ---------------------------------------------------------------------------------------------
-- me-cfs, als and mas exist (V2). The others are every indication, approval and named use of file 004,
-- plus HLH and secondary HLH from file 003. Descriptions only where a source gives one: file 003 describes
-- HLH, secondary HLH and MAS; file 004 (its inline glossary and its History section) describes
-- rheumatoid arthritis, gout, ankylosing spondylitis, uveitis, COVID-19 and DIRA.

insert into condition (slug, name, description)
values
    ('rheumatoid-arthritis', 'Rheumatoid arthritis',
     $$Rheumatoid arthritis (RA) is a long-term autoimmune disorder that primarily affects joints. It typically results in warm, swollen, and painful joints. Pain and stiffness often worsen following rest.$$),
    ('caps', 'Cryopyrin-associated periodic syndromes', null),
    ('nomid', 'Neonatal-onset multisystem inflammatory disease', null),
    ('familial-mediterranean-fever', 'Familial Mediterranean fever', null),
    ('stills-disease', $$Still's disease$$, null),
    ('adult-onset-stills-disease', $$Adult-onset Still's disease$$, null),
    ('systemic-juvenile-idiopathic-arthritis', 'Systemic juvenile idiopathic arthritis', null),
    ('schnitzlers-syndrome', $$Schnitzler's syndrome$$, null),
    ('gout', 'Gout',
     $$Gout is a form of inflammatory arthritis characterized by recurrent attacks of pain in a red, tender, hot, and swollen joint, caused by the deposition of needle-like crystals of uric acid.$$),
    ('cppd', 'Calcium pyrophosphate deposition', null),
    ('behcets-disease', $$Behçet's disease$$, null),
    ('ankylosing-spondylitis', 'Ankylosing spondylitis',
     $$Ankylosing spondylitis is a type of arthritis from the disease spectrum of axial spondyloarthritis. It is characterized by long-term inflammation of the joints of the spine, typically where the spine joins the pelvis.$$),
    ('uveitis', 'Uveitis',
     $$Uveitis is inflammation of the uvea, the pigmented layer of the eye between the inner retina and the outer fibrous layer composed of the sclera and cornea.$$),
    ('dira', 'Deficiency of the interleukin-1–receptor antagonist',
     'A rare autoinflammatory disease of infancy.'),
    ('hyper-igd-syndrome', 'Hyper-IgD syndrome', null),
    ('traps', 'TNF receptor associated periodic syndrome', null),
    ('covid-19', 'COVID-19',
     $$Coronavirus disease 2019 (COVID-19) is a contagious disease caused by the coronavirus SARS-CoV-2.$$),
    ('hlh', 'Haemophagocytic lymphohistiocytosis',
     $$A rare, life-threatening disease caused by an immune system gone awry, where immune cells produce high levels of inflammatory molecules called cytokines — an event known as a "cytokine storm" — that lead to organ failure. It can be inherited through genetic mutations (primary HLH) or triggered by a number of illness-related events (secondary HLH).$$),
    ('secondary-hlh', 'Secondary haemophagocytic lymphohistiocytosis',
     $$The form of HLH triggered by a number of illness-related events, as opposed to primary HLH, which is inherited through genetic mutations. Cancer and infection are two known causes.$$);

update condition
set description = $$A type of secondary HLH associated with an autoimmune or autoinflammatory disease, most commonly linked to systemic juvenile idiopathic arthritis (sJIA), lupus, and adult-onset Still's disease. It is characterized by sustained fever, higher-than-normal levels of ferritin, low counts of platelets and red and white blood cells, coagulation problems, and liver dysfunction.$$
where slug = 'mas';

-- Hierarchy, only where a source states it:
--   file 004: "a cryopyrin-associated periodic syndrome, including neonatal-onset multisystem inflammatory disease"
--   file 003: "triggered by a number of illness-related events (secondary HLH)"; "MAS is a type of secondary HLH"
update condition child
set parent_id = parent.id
from condition parent,
     (values ('nomid', 'caps'),
             ('secondary-hlh', 'hlh'),
             ('mas', 'secondary-hlh')) as v (child_slug, parent_slug)
where child.slug = v.child_slug
  and parent.slug = v.parent_slug;

insert into condition_synonym (condition_id, position, synonym, kind)
select c.id, v.position, v.synonym, v.kind
from (values
    ('me-cfs',                                 1, 'ME/CFS',                                        'ABBREVIATION'),
    ('me-cfs',                                 2, 'CFS',                                           'ABBREVIATION'),
    ('me-cfs',                                 3, 'chronic fatigue syndrome',                      'SYNONYM'),
    ('me-cfs',                                 4, 'myalgic encephalomyelitis',                     'SYNONYM'),
    ('me-cfs',                                 5, 'ME',                                            'ABBREVIATION'),
    ('als',                                    1, 'ALS',                                           'ABBREVIATION'),
    ('als',                                    2, 'motor neurone disease',                         'SYNONYM'),
    ('als',                                    3, $$Lou Gehrig's disease$$,                        'SYNONYM'),
    ('mas',                                    1, 'MAS',                                           'ABBREVIATION'),
    ('rheumatoid-arthritis',                   1, 'RA',                                            'ABBREVIATION'),
    ('caps',                                   1, 'CAPS',                                          'ABBREVIATION'),
    ('systemic-juvenile-idiopathic-arthritis', 1, 'SJIA',                                          'ABBREVIATION'),
    ('systemic-juvenile-idiopathic-arthritis', 2, 'sJIA',                                          'ABBREVIATION'),
    ('cppd',                                   1, 'CPPD',                                          'ABBREVIATION'),
    ('dira',                                   1, 'DIRA',                                          'ABBREVIATION'),
    ('hyper-igd-syndrome',                     1, 'mevalonate kinase deficiency',                  'SYNONYM'),
    ('traps',                                  1, 'TRAPS',                                         'ABBREVIATION'),
    ('covid-19',                               1, 'coronavirus disease 2019',                      'SYNONYM'),
    ('hlh',                                    1, 'HLH',                                           'ABBREVIATION'),
    ('hlh',                                    2, 'hemophagocytic lymphohistiocytosis',            'SYNONYM'),
    ('secondary-hlh',                          1, 'secondary HLH',                                 'SYNONYM'),
    ('secondary-hlh',                          2, 'secondary hemophagocytic lymphohistiocytosis',  'SYNONYM')
) as v (condition_slug, position, synonym, kind)
join condition c on c.slug = v.condition_slug;

insert into condition_source (condition_id, source_id)
select c.id, s.id
from (values
    ('me-cfs',                                 'phoenix-rising-anakinra-thread'),
    ('me-cfs',                                 'atlas-summary-roerink-2017'),
    ('als',                                    'plos-one-abstract-maier-2015'),
    ('mas',                                    'news-report-monteagudo-2020'),
    ('rheumatoid-arthritis',                   'encyclopedia-anakinra'),
    ('rheumatoid-arthritis',                   'news-report-monteagudo-2020'),
    ('caps',                                   'encyclopedia-anakinra'),
    ('nomid',                                  'encyclopedia-anakinra'),
    ('familial-mediterranean-fever',           'encyclopedia-anakinra'),
    ('stills-disease',                         'encyclopedia-anakinra'),
    ('adult-onset-stills-disease',             'encyclopedia-anakinra'),
    ('adult-onset-stills-disease',             'news-report-monteagudo-2020'),
    ('systemic-juvenile-idiopathic-arthritis', 'encyclopedia-anakinra'),
    ('systemic-juvenile-idiopathic-arthritis', 'news-report-monteagudo-2020'),
    ('schnitzlers-syndrome',                   'encyclopedia-anakinra'),
    ('gout',                                   'encyclopedia-anakinra'),
    ('cppd',                                   'encyclopedia-anakinra'),
    ('behcets-disease',                        'encyclopedia-anakinra'),
    ('ankylosing-spondylitis',                 'encyclopedia-anakinra'),
    ('uveitis',                                'encyclopedia-anakinra'),
    ('dira',                                   'encyclopedia-anakinra'),
    ('hyper-igd-syndrome',                     'encyclopedia-anakinra'),
    ('traps',                                  'encyclopedia-anakinra'),
    ('covid-19',                               'encyclopedia-anakinra'),
    ('covid-19',                               'news-report-monteagudo-2020'),
    ('hlh',                                    'encyclopedia-anakinra'),
    ('hlh',                                    'news-report-monteagudo-2020'),
    ('secondary-hlh',                          'news-report-monteagudo-2020')
) as v (condition_slug, source_slug)
join condition c on c.slug = v.condition_slug
join source s on s.slug = v.source_slug;

-- Approvals (file 004), in chronological order ------------------------------------------------------------
-- File 004 names no agency for the 2001 US and 2002 EU approvals, so the region stands as the agency there.
-- The 2021 Russian approval is dated by its announcement ("In 2021, it was announced that ...").

insert into drug_approval (drug_id, position, kind, agency, region, decided_year, decided_month,
                           indication, condition_id, source_id)
select d.id, v.position, v.kind, v.agency, v.region, v.decided_year, v.decided_month,
       v.indication, c.id, s.id
from (values
    (1, 'MARKETING_AUTHORISATION', 'United States', 'United States', 2001, null::integer,
     null::text, null::text),
    (2, 'MARKETING_AUTHORISATION', 'European Union', 'European Union', 2002, null,
     null, null),
    (3, 'COMMISSIONING_POLICY', 'NHS England', 'England', 2018, null,
     $$Clinical Commissioning Policy: Anakinra to treat periodic fevers and autoinflammatory disorders (all ages) — commissioned as a first-line treatment for Schnitzler's syndrome.$$,
     'schnitzlers-syndrome'),
    (4, 'COMMISSIONING_POLICY', 'NHS England', 'England', 2018, null,
     $$Clinical Commissioning Policy: Anakinra to treat periodic fevers and autoinflammatory disorders (all ages) — commissioned for familial Mediterranean fever where the first-line treatment is not effective.$$,
     'familial-mediterranean-fever'),
    (5, 'COMMISSIONING_POLICY', 'NHS England', 'England', 2018, null,
     $$Clinical Commissioning Policy: Anakinra to treat periodic fevers and autoinflammatory disorders (all ages) — commissioned for hyper-IgD syndrome, also known as mevalonate kinase deficiency, where the first-line treatment is not effective.$$,
     'hyper-igd-syndrome'),
    (6, 'COMMISSIONING_POLICY', 'NHS England', 'England', 2018, null,
     $$Clinical Commissioning Policy: Anakinra to treat periodic fevers and autoinflammatory disorders (all ages) — commissioned for TNF receptor associated periodic syndrome (TRAPS) where the first-line treatment is not effective.$$,
     'traps'),
    (7, 'COMMISSIONING_POLICY', 'NHS England', 'England', 2018, null,
     $$Clinical Commissioning Policy: Anakinra/tocilizumab for the treatment of Adult-Onset Still's Disease refractory to second-line therapy (adults) — commissioned for adult-onset Still's disease "as a third line treatment where patients are refractory to steroid-sparing effect DMARDs".$$,
     'adult-onset-stills-disease'),
    (8, 'INDICATION_APPROVAL', 'Food and Drug Administration', 'United States', 2020, 12,
     $$Treatment of deficiency of the interleukin-1–receptor antagonist (DIRA), a rare autoinflammatory disease of infancy.$$,
     'dira'),
    (9, 'INDICATION_APPROVAL', 'Ministry of Health of the Russian Federation', 'Russian Federation', 2021, null,
     'Treatment of CAPS.',
     'caps'),
    (10, 'COMMISSIONING_POLICY', 'NHS England', 'England', 2021, 10,
     $$Clinical Commissioning Policy: Anakinra for Haemophagocytic Lymphohistiocytosis (HLH) for adults and children in all ages — allowing anakinra to be used in the treatment of HLH.$$,
     'hlh'),
    (11, 'INDICATION_APPROVAL', 'European Medicines Agency', 'European Union', 2021, 12,
     $$"to treat COVID-19 in adults with pneumonia requiring supplemental oxygen (low or high flow oxygen) and who are at risk of developing severe respiratory failure, as determined by blood levels of a protein called suPAR (soluble urokinase plasminogen activator receptor) of at least 6 ng per ml."$$,
     'covid-19'),
    (12, 'EMERGENCY_USE_AUTHORISATION', 'Food and Drug Administration', 'United States', 2022, 11,
     $$"for the treatment of COVID-19 in hospitalized adults with pneumonia requiring supplemental oxygen (low- or high-flow oxygen) who are at risk of progressing to severe respiratory failure and likely to have an elevated plasma soluble urokinase plasminogen activator receptor (suPAR)."$$,
     'covid-19')
) as v (position, kind, agency, region, decided_year, decided_month, indication, condition_slug)
join drug d on d.slug = 'anakinra'
join source s on s.slug = 'encyclopedia-anakinra'
left join condition c on c.slug = v.condition_slug;

-- Uses ------------------------------------------------------------------------------------------------------
-- File 004: its lead sentence and "Medical uses" (approved and off-label uses), then each item of its
-- "Research" and "COVID-19" sections; then the studies of files 003, 001 and 002.

insert into drug_use (drug_id, position, status, description, condition_id, source_id)
select d.id, v.position, v.status, v.description, c.id, s.id
from (values
    -- Lead sentence and Medical uses (file 004)
    (1, 'APPROVED',
     $$Second-line treatment to manage symptoms of rheumatoid arthritis after treatment with a disease-modifying antirheumatic drug (DMARD) has failed. It can be used in combination with some DMARDs.$$,
     'rheumatoid-arthritis', 'encyclopedia-anakinra'),
    (2, 'APPROVED',
     $$Administered subcutaneously to patients diagnosed with a cryopyrin-associated periodic syndrome, including neonatal-onset multisystem inflammatory disease.$$,
     'caps', 'encyclopedia-anakinra'),
    (3, 'APPROVED',
     'Used to treat familial Mediterranean fever.',
     'familial-mediterranean-fever', 'encyclopedia-anakinra'),
    (4, 'APPROVED',
     $$Used to treat Still's disease.$$,
     'stills-disease', 'encyclopedia-anakinra'),
    (5, 'OFF_LABEL',
     $$Used to treat Schnitzler's syndrome (off label in the US). Its response rate is such that it has been suggested that "Treatment failures should lead to reconsider the diagnosis."$$,
     'schnitzlers-syndrome', 'encyclopedia-anakinra'),
    (6, 'OFF_LABEL', 'Used off label to treat systemic juvenile idiopathic arthritis (SJIA).',
     'systemic-juvenile-idiopathic-arthritis', 'encyclopedia-anakinra'),
    (7, 'OFF_LABEL', 'Used off label to treat gout.',
     'gout', 'encyclopedia-anakinra'),
    (8, 'OFF_LABEL', 'Used off label to treat calcium pyrophosphate deposition (CPPD).',
     'cppd', 'encyclopedia-anakinra'),
    (9, 'OFF_LABEL', $$Used off label to treat Behçet's disease.$$,
     'behcets-disease', 'encyclopedia-anakinra'),
    (10, 'OFF_LABEL', 'Used off label to treat ankylosing spondylitis.',
     'ankylosing-spondylitis', 'encyclopedia-anakinra'),
    (11, 'OFF_LABEL', 'Used off label to treat uveitis.',
     'uveitis', 'encyclopedia-anakinra'),
    (12, 'OFF_LABEL', 'Used off label to treat other auto-inflammatory syndromes.',
     null, 'encyclopedia-anakinra'),
    -- Research (file 004)
    (13, 'RESEARCH',
     $$Anakinra effectively treated meningitis caused by a rare genetic mutation in the gene NALP3 in a 67-year-old man enrolled in the Undiagnosed Diseases Network.$$,
     null, 'encyclopedia-anakinra'),
    (14, 'RESEARCH',
     $$Researchers at Johns Hopkins University announced in 2019 that anakinra given to pregnant mice with Zika virus had reduced fetal deaths and birth defects.$$,
     null, 'encyclopedia-anakinra'),
    (15, 'RESEARCH',
     $$In November 2019, researchers at the University of Manchester reported that anakinra might have a use in preventing breast cancer from spreading to the bones.$$,
     null, 'encyclopedia-anakinra'),
    (16, 'RESEARCH',
     $$In 2021, it was reported that anakinra appeared to reduce the neuropathic pain experienced by patients undergoing chemotherapy with vincristine, saying that "repurposing anakinra may be an effective co-treatment strategy to prevent vincristine-induced peripheral neuropathy".$$,
     null, 'encyclopedia-anakinra'),
    (17, 'RESEARCH',
     $$A review published in 2022 found that "Anakinra appears to show efficacy for numerous dermatologic conditions, with the strongest evidence for hidradenitis suppurativa, Behçet's disease, Muckle–Wells syndrome, and SAPHO syndrome." and concluded that "Overall, anakinra appears to be a promising option in the treatment of numerous dermatologic inflammatory conditions refractory to first line therapies, but further and higher-quality data is needed to clarify its therapeutic role."$$,
     null, 'encyclopedia-anakinra'),
    (18, 'RESEARCH',
     $$In 2023, researchers at Columbia University explored the effect of anakinra on the ageing of hematopoietic stem cells in mice. They concluded "that targeting IL-1 as a key mediator of niche inflammation is a tractable strategy to improve blood production during ageing".$$,
     null, 'encyclopedia-anakinra'),
    (19, 'RESEARCH',
     $$A 2023 preliminary study on the use of anakinra in the treatment of endometriosis concluded that "there is justification for a larger study" and that "Anakinra may be a particularly impactful option for women desiring fertility."$$,
     null, 'encyclopedia-anakinra'),
    (20, 'RESEARCH',
     $$In 2025, a 33-centre study supported by the Patient-Centered Outcomes Research Institute (PCORI) and led by Yale University compared anakinra with tocilizumab for the treatment of new-onset refractory status epilepticus (NORSE) and its sub-type febrile infection-related epilepsy syndrome (FIRES).$$,
     null, 'encyclopedia-anakinra'),
    -- COVID-19 (file 004)
    (21, 'RESEARCH',
     $$Anakinra underwent multiple clinical trials to treat COVID-19 patients, by targeting mechanisms in patients with hyperinflammation.$$,
     'covid-19', 'encyclopedia-anakinra'),
    (22, 'RESEARCH',
     $$In 2021 a review and meta-analysis of 9 studies involving 1,119 cases concluded that "Available evidence shows that treatment with anakinra reduces both the need for invasive mechanical ventilation and mortality risk of hospitalized non-intubated patients with COVID-19 without increasing the risk of adverse events."$$,
     'covid-19', 'encyclopedia-anakinra'),
    (23, 'RESEARCH',
     $$The European Medicines Agency (EMA) was evaluating an application to extend the use of anakinra to include treatment of COVID-19 in adults with pneumonia who are at risk of developing severe respiratory failure (the source does not give the date of this statement).$$,
     'covid-19', 'encyclopedia-anakinra'),
    (24, 'RESEARCH',
     $$According to study results published in September 2021 in Nature Medicine, hospitalized COVID-19 patients at increased risk for respiratory failure showed significant improvement after treatment with anakinra.$$,
     'covid-19', 'encyclopedia-anakinra'),
    -- Macrophage activation syndrome, secondary HLH and COVID-19 (file 003)
    (25, 'RESEARCH',
     $$Five adults with macrophage activation syndrome who failed to respond to initial therapy at Regions Hospital, Saint Paul, Minnesota, were given continuous intravenous infusions of anakinra with rapid dose escalation up to 2,400 mg/day (retrospective analysis). Ferritin and proteins associated with liver damage decreased within the first 48 hours in four out of five patients, leading to subsequent clinical responses; two patients died. The team concluded that the regimen "was successful at reversing cytokine storm when other modalities had failed."$$,
     'mas', 'news-report-monteagudo-2020'),
    (26, 'RESEARCH',
     $$A recent study showed that the therapy is effective in treating children with secondary HLH associated with rheumatic disease; data on its effects in secondary HLH patients remain limited.$$,
     'secondary-hlh', 'news-report-monteagudo-2020'),
    (27, 'RESEARCH',
     $$The researchers of the adult macrophage activation syndrome series suggested that continuous intravenous anakinra "should be considered in the current COVID-19 pandemic in the subgroup of patients with severe disease that have a cytokine storm presentation".$$,
     'covid-19', 'news-report-monteagudo-2020'),
    -- ME/CFS (file 001) and ALS (file 002)
    (28, 'RESEARCH',
     $$Randomised trial in women with ME/CFS: 4 weeks of anakinra or placebo injections, with both groups followed for an additional 20 weeks. Anakinra did not significantly improve fatigue or other symptoms compared to placebo: 8% (2/25) of anakinra recipients vs. 20% (5/25) of placebo recipients achieved fatigue scores in the healthy range at 4 weeks. Injection site reactions occurred in 68% (17/25) of anakinra recipients compared to 4% (1/25) of placebo recipients.$$,
     'me-cfs', 'atlas-summary-roerink-2017'),
    (29, 'RESEARCH',
     $$Single-arm pilot study in which 17 ALS patients with dominant or exclusive lower motor neuron degeneration were treated with anakinra (100 mg) daily for one year. Only mild adverse events occurred, but no significant reduction in disease progression (ALSFRSr) was detected during the first 24 weeks compared with a historical cohort of 47 patients. Sixteen out of the 17 patients (94%) developed antibodies against anakinra.$$,
     'als', 'plos-one-abstract-maier-2015')
) as v (position, status, description, condition_slug, source_slug)
join drug d on d.slug = 'anakinra'
join source s on s.slug = v.source_slug
left join condition c on c.slug = v.condition_slug;

-- Safety (file 004) -------------------------------------------------------------------------------------------
-- "It should not be used in people who have active infections or latent tuberculosis, or who are taking TNF
-- inhibitors." Frequencies of adverse reactions are worded as the source words them.

insert into drug_warning (drug_id, position, kind, text, source_id)
select d.id, v.position, v.kind, v.text, s.id
from (values
    (1, 'CONTRAINDICATION', 'Active infections'),
    (2, 'CONTRAINDICATION', 'Latent tuberculosis'),
    (3, 'CONTRAINDICATION', 'Taking TNF inhibitors'),
    (4, 'WARNING',
     $$It is unclear if taking anakinra increases cancer risk; studies are complicated by the fact that people with rheumatoid arthritis already face higher cancer risk.$$)
) as v (position, kind, text)
join drug d on d.slug = 'anakinra'
join source s on s.slug = 'encyclopedia-anakinra';

insert into drug_adverse_reaction (drug_id, position, reaction, frequency, source_id)
select d.id, v.position, v.reaction, v.frequency, s.id
from (values
    (1, 'Injection site reactions',          'More than ten percent of people taking Anakinra'),
    (2, 'Headaches',                         'More than ten percent of people taking Anakinra'),
    (3, 'Increased cholesterol levels',      'More than ten percent of people taking Anakinra'),
    (4, 'Decreased white blood cell counts', 'Eight percent more patients among recipients'),
    (5, 'Decreased platelet counts',         'Two percent more patients among recipients'),
    (6, 'Severe infections',
     'One percent more patients among recipients (4.5% for patients with asthma compared to 0% placebo patients with asthma)')
) as v (position, reaction, frequency)
join drug d on d.slug = 'anakinra'
join source s on s.slug = 'encyclopedia-anakinra';
