-- Anakinra, the three conditions it was studied in, and the three studies of shared/sources
-- (titles, first authors, years, journals and DOIs from sources/verified-facts.json).

insert into drug (slug, name) values ('anakinra', 'Anakinra');

insert into condition (slug, name) values
    ('me-cfs', 'Myalgic encephalomyelitis/chronic fatigue syndrome'),
    ('als', 'Amyotrophic lateral sclerosis'),
    ('mas', 'Macrophage activation syndrome');

insert into study (slug, title, first_author, publication_year, journal, doi) values
    ('roerink-2017-anakinra-me-cfs',
     'Cytokine Inhibition in Patients With Chronic Fatigue Syndrome: A Randomized Trial',
     'Megan E. Roerink', 2017, 'Annals of Internal Medicine', '10.7326/M16-2391'),
    ('maier-2015-anakinra-als',
     'Interleukin-1 Antagonist Anakinra in Amyotrophic Lateral Sclerosis—A Pilot Study',
     'André Maier', 2015, 'PLoS ONE', '10.1371/journal.pone.0139684'),
    ('monteagudo-2020-anakinra-mas',
     'Continuous Intravenous Anakinra Infusion to Calm the Cytokine Storm in Macrophage Activation Syndrome',
     'Luke Adam Monteagudo', 2020, 'ACR Open Rheumatology', '10.1002/acr2.11135');

insert into study_drug (study_id, drug_id)
select s.id, d.id from study s, drug d where d.slug = 'anakinra';

insert into study_condition (study_id, condition_id)
select s.id, c.id
from study s
join condition c on (s.slug, c.slug) in (('roerink-2017-anakinra-me-cfs', 'me-cfs'),
                                         ('maier-2015-anakinra-als', 'als'),
                                         ('monteagudo-2020-anakinra-mas', 'mas'));
