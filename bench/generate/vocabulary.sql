-- The generator's own schema, bench_gen: deterministic pseudo-random functions and the vocabularies that
-- names and texts are built from. Dropped when the load is done, so the database keeps exactly Flyway's schema.
--
-- Randomness is a hash of (key, salt): the same key and salt give the same value in every run and in any
-- order or parallel plan, and each use of randomness has its own salt.

drop schema if exists bench_gen cascade;
create schema bench_gen;

-- A non-negative 63-bit hash.
create function bench_gen.h(key bigint, salt bigint) returns bigint
    language sql immutable parallel safe
    return hashint8extended(key, salt) & 9223372036854775807;

-- Uniform in [0, 1).
create function bench_gen.u(key bigint, salt bigint) returns float8
    language sql immutable parallel safe
    return (hashint8extended(key, salt) & 4503599627370495)::float8 / 4503599627370496.0;

-- Uniform integer in [lo, hi].
create function bench_gen.between(key bigint, salt bigint, lo int, hi int) returns int
    language sql immutable parallel safe
    return lo + (bench_gen.h(key, salt) % (hi - lo + 1))::int;

create function bench_gen.pick(arr text[], key bigint, salt bigint) returns text
    language sql immutable parallel safe
    return arr[1 + (bench_gen.h(key, salt) % cardinality(arr))::int];

-- The element offset places after a random one (wrapping around): picks 0, 1, 2… of one key and salt differ.
create function bench_gen.pick_next(arr text[], key bigint, salt bigint, offset_ int) returns text
    language sql immutable parallel safe
    return arr[1 + ((bench_gen.h(key, salt) + offset_) % cardinality(arr))::int];

-- A rank in [0, n) with P(rank r) proportional to 1 / (r + k): a few ranks are very common and there is a long
-- tail of rare ones (with n = 3000 and k = 10, rank 0 is drawn 300 times as often as rank 2999).
create function bench_gen.zipf(key bigint, salt bigint, n int, k float8) returns int
    language sql immutable parallel safe
    return least(n - 1, floor(k * exp(bench_gen.u(key, salt) * ln((n + k) / k)) - k))::int;

create function bench_gen.slugify(value text) returns text
    language sql stable parallel safe
    return btrim(regexp_replace(lower(unaccent(value)), '[^a-z0-9]+', '-', 'g'), '-');

-- The first letter in upper case.
create function bench_gen.capitalize(value text) returns text
    language sql immutable parallel safe
    return upper(left(value, 1)) || substr(value, 2);

-- A name as it reads within a sentence: lower-case first letter, unless the first word is an eponym ("Still's"),
-- an abbreviation ("TNF", "IgD") or holds a digit ("COVID-19").
create function bench_gen.in_text(name text) returns text
    language sql immutable parallel safe
    return case when split_part(name, ' ', 1) ~ '[''’]|[[:upper:]].*[[:upper:]]|[0-9]' then name
                else lower(left(name, 1)) || substr(name, 2) end;

-- Drug names -------------------------------------------------------------------------------------------------

-- INN-style names: prefix (ends in a vowel) + optional infix (consonant + vowel) + stem (starts with a consonant).
create function bench_gen.drug_prefixes() returns text[] language sql immutable return array[
    'ada', 'beli', 'cana', 'dupi', 'eta', 'goli', 'ixe', 'lani', 'mepo', 'nata', 'ocre', 'pali', 'risa',
    'seku', 'tila', 'usti', 'vedo', 'zano', 'bari', 'fila', 'tofa', 'upa', 'abro', 'deu', 'rito', 'oza',
    'etra', 'sipo', 'tole', 'veri', 'mara', 'quili', 'bene', 'cosi', 'dara', 'elo', 'fre', 'guse', 'ibe',
    'ka', 'lume', 'mo', 'nivo', 'ola', 'peri', 'ravu', 'sari', 'teze', 'vo', 'xe'];

create function bench_gen.drug_infixes() returns text[] language sql immutable return array[
    '', 'li', 'ci', 'ra', 'zu', 'xi', 'ta', 'ne', 'vo', 'mo', 'ri', 'ki', 'so', 'pa', 'de', 'lo'];

-- Stem, class, mechanism (%s: a target), route, dose unit.
create table bench_gen.drug_stem (stem, drug_class, mechanism, route, dose_unit) as values
    ('zumab', 'humanised monoclonal antibody', 'Binds %s and blocks its signalling.', 'INTRAVENOUS', 'mg/kg'),
    ('ximab', 'chimeric monoclonal antibody', 'Binds %s on the cell surface and depletes the cells carrying it.', 'INTRAVENOUS', 'mg/kg'),
    ('lumab', 'human monoclonal antibody', 'Neutralises %s.', 'SUBCUTANEOUS', 'mg'),
    ('tinib', 'tyrosine kinase inhibitor', 'Inhibits %s and downstream kinase signalling.', 'ORAL', 'mg'),
    ('citinib', 'Janus kinase (JAK) inhibitor', 'Selectively inhibits %s-dependent cytokine signalling.', 'ORAL', 'mg'),
    ('rafenib', 'BRAF inhibitor', 'Inhibits mutant %s.', 'ORAL', 'mg'),
    ('lisib', 'phosphoinositide 3-kinase inhibitor', 'Inhibits the delta isoform of PI3K in %s-driven cells.', 'ORAL', 'mg'),
    ('ciclib', 'CDK4/6 inhibitor', 'Blocks cell-cycle progression through %s.', 'ORAL', 'mg'),
    ('parib', 'PARP inhibitor', 'Traps PARP on damaged DNA in cells deficient in %s.', 'ORAL', 'mg'),
    ('nastat', 'enzyme inhibitor', 'Inhibits %s.', 'ORAL', 'mg'),
    ('vastatin', 'HMG-CoA reductase inhibitor (statin)', 'Lowers cholesterol synthesis; also dampens %s.', 'ORAL', 'mg'),
    ('kinra', 'interleukin receptor antagonist', 'Competitively blocks the receptor of %s.', 'SUBCUTANEOUS', 'mg'),
    ('leukin', 'recombinant interleukin', 'Acts as an agonist of %s.', 'SUBCUTANEOUS', 'µg'),
    ('cept', 'receptor fusion protein', 'A soluble receptor that captures %s.', 'SUBCUTANEOUS', 'mg'),
    ('pril', 'ACE inhibitor', 'Inhibits angiotensin-converting enzyme; studied for effects on %s.', 'ORAL', 'mg'),
    ('sartan', 'angiotensin II receptor blocker', 'Blocks the AT1 receptor; studied for effects on %s.', 'ORAL', 'mg'),
    ('nolol', 'beta blocker', 'Blocks beta-adrenergic receptors and %s.', 'ORAL', 'mg'),
    ('conazole', 'azole antifungal', 'Inhibits fungal lanosterol demethylase; also affects %s.', 'ORAL', 'mg'),
    ('buvir', 'antiviral (polymerase inhibitor)', 'Inhibits viral RNA polymerase; studied against %s.', 'ORAL', 'mg'),
    ('previr', 'antiviral (protease inhibitor)', 'Inhibits a viral protease; studied against %s.', 'ORAL', 'mg'),
    ('glutide', 'GLP-1 receptor agonist', 'Activates the GLP-1 receptor; studied for effects on %s.', 'SUBCUTANEOUS', 'mg'),
    ('parin', 'low-molecular-weight heparin', 'Potentiates antithrombin and reduces %s.', 'SUBCUTANEOUS', 'IU'),
    ('gliptin', 'DPP-4 inhibitor', 'Inhibits dipeptidyl peptidase-4 and modulates %s.', 'ORAL', 'mg'),
    ('gliflozin', 'SGLT2 inhibitor', 'Inhibits renal glucose reabsorption; studied for effects on %s.', 'ORAL', 'mg'),
    ('dafil', 'PDE5 inhibitor', 'Inhibits phosphodiesterase 5 and enhances %s.', 'ORAL', 'mg'),
    ('loxetine', 'selective serotonin reuptake inhibitor', 'Inhibits serotonin reuptake; studied for %s.', 'ORAL', 'mg'),
    ('setron', '5-HT3 receptor antagonist', 'Blocks 5-HT3 receptors; studied for %s.', 'ORAL', 'mg'),
    ('dronate', 'bisphosphonate', 'Inhibits osteoclast activity and %s.', 'ORAL', 'mg'),
    ('lukast', 'leukotriene receptor antagonist', 'Blocks the cysteinyl leukotriene receptor and %s.', 'ORAL', 'mg'),
    ('cycline', 'tetracycline antibiotic', 'Inhibits bacterial protein synthesis and %s.', 'ORAL', 'mg'),
    ('floxacin', 'fluoroquinolone antibiotic', 'Inhibits bacterial DNA gyrase.', 'ORAL', 'mg'),
    ('mycin', 'macrolide antibiotic', 'Inhibits bacterial protein synthesis; also modulates %s.', 'ORAL', 'mg'),
    ('dipine', 'calcium channel blocker', 'Blocks L-type calcium channels and %s.', 'ORAL', 'mg'),
    ('zepam', 'benzodiazepine', 'Enhances GABA-A receptor signalling; studied for %s.', 'ORAL', 'mg'),
    ('triptan', 'serotonin 5-HT1B/1D agonist', 'Activates 5-HT1B/1D receptors and reduces %s.', 'ORAL', 'mg'),
    ('profen', 'non-steroidal anti-inflammatory drug', 'Inhibits cyclo-oxygenase and %s.', 'ORAL', 'mg'),
    ('coxib', 'COX-2 inhibitor', 'Selectively inhibits cyclo-oxygenase-2 and %s.', 'ORAL', 'mg'),
    ('limus', 'mTOR inhibitor', 'Inhibits mTOR signalling and %s.', 'ORAL', 'mg'),
    ('limod', 'sphingosine-1-phosphate receptor modulator', 'Retains lymphocytes in lymph nodes by modulating %s.', 'ORAL', 'mg'),
    ('tide', 'synthetic peptide', 'Mimics an endogenous peptide that regulates %s.', 'SUBCUTANEOUS', 'µg');

create function bench_gen.drug_targets() returns text[] language sql immutable return array[
    'interleukin-1β', 'interleukin-6', 'the interleukin-6 receptor', 'TNF-α', 'interleukin-17A', 'interleukin-23',
    'CD20', 'CD19', 'BAFF', 'JAK1', 'JAK2', 'TYK2', 'BTK', 'complement C5', 'type I interferon',
    'mitochondrial function', 'microglial activation', 'endothelial dysfunction', 'neuroinflammation',
    'mast-cell activation', 'autoantibody production', 'orthostatic intolerance', 'vascular tone',
    'the NLRP3 inflammasome', 'T-cell co-stimulation', 'GM-CSF', 'IgE', 'integrin α4β7', 'the β2-adrenergic receptor'];

create function bench_gen.manufacturers() returns text[] language sql immutable return array[
    'Norvale Pharma', 'Astrion Therapeutics', 'Kelmont Biologics', 'Veridia Biosciences', 'Halcyon Pharmaceuticals',
    'Orsted Life Sciences', 'Brightwell Biotech', 'Caledon Medicines', 'Meridian Immunology', 'Solvay-Lindqvist',
    'Tavira Therapeutics', 'Quorum Biopharma', 'Ardent Bio', 'Novacrest', 'Pellham & Rowe', 'Sundance Biologics',
    'Iberis Pharma', 'Calloway Therapeutics', 'Rheinfeld AG', 'Kyoritsu Seiyaku', 'Auberon Santé', 'Lumos Rx'];

create function bench_gen.brand_starts() returns text[] language sql immutable return array[
    'Xel', 'Ven', 'Ory', 'Zam', 'Lum', 'Tre', 'Cor', 'Aza', 'Ner', 'Quil', 'Bry', 'Dal', 'Esk', 'Fav', 'Gal',
    'Hyr', 'Iso', 'Jor', 'Kal', 'Mir', 'Nov', 'Opt', 'Pra', 'Rem', 'Syl', 'Tav', 'Ulv', 'Vyn', 'Wex', 'Zyr'];

create function bench_gen.brand_ends() returns text[] language sql immutable return array[
    'vora', 'tiq', 'ex', 'ina', 'ara', 'ity', 'on', 'ix', 'elle', 'o', 'ant', 'ys', 'imo', 'eva', 'ora', 'uvi'];

-- Conditions ------------------------------------------------------------------------------------------------

-- Organ adjective | organ noun.
create function bench_gen.organs() returns text[] language sql immutable return array[
    'pulmonary|lung', 'hepatic|liver', 'renal|kidney', 'cardiac|heart', 'cerebral|brain', 'spinal|spine',
    'cutaneous|skin', 'gastric|stomach', 'colonic|colon', 'thyroid|thyroid', 'pancreatic|pancreas',
    'retinal|retina', 'vascular|blood vessel', 'myocardial|myocardium', 'muscular|muscle', 'ovarian|ovary',
    'prostatic|prostate', 'articular|joint', 'bronchial|bronchus', 'intestinal|intestine', 'biliary|bile duct',
    'adrenal|adrenal gland', 'pituitary|pituitary gland', 'ocular|eye', 'peripheral nerve|nerve',
    'oesophageal|oesophagus', 'laryngeal|larynx', 'vestibular|inner ear', 'lymphatic|lymph node', 'dermal|dermis'];

create function bench_gen.processes() returns text[] language sql immutable return array[
    'fibrosis', 'inflammation', 'failure', 'insufficiency', 'carcinoma', 'lymphoma', 'dysfunction', 'hypertension',
    'stenosis', 'sclerosis', 'dystrophy', 'ischaemia', 'infection', 'vasculitis', 'amyloidosis', 'sarcoidosis',
    'calcification', 'haemorrhage', 'abscess', 'ulceration', 'atrophy', 'hyperplasia', 'adenoma', 'neoplasm',
    'granulomatosis', 'oedema', 'thrombosis', 'neuropathy', 'cyst', 'injury'];

-- Diseases with names of their own; each is a root of the hierarchy.
create function bench_gen.named_conditions() returns text[] language sql immutable return array[
    'Sjögren''s syndrome', 'Ménière''s disease', 'Guillain–Barré syndrome', 'Crohn''s disease', 'Addison''s disease',
    'Hashimoto''s thyroiditis', 'Kawasaki disease', 'Takayasu arteritis', 'Parkinson''s disease',
    'Alzheimer''s disease', 'Graves'' disease', 'Raynaud''s phenomenon', 'Paget''s disease of bone',
    'Ehlers–Danlos syndrome', 'Marfan syndrome', 'Fabry disease', 'Gaucher disease', 'Pompe disease',
    'Cushing''s syndrome', 'Huntington''s disease', 'Wilson''s disease', 'Kaposi sarcoma', 'Hodgkin lymphoma',
    'fibromyalgia', 'long COVID', 'postural orthostatic tachycardia syndrome', 'multiple sclerosis',
    'systemic lupus erythematosus', 'psoriasis', 'psoriatic arthritis', 'atopic dermatitis', 'asthma',
    'type 2 diabetes', 'type 1 diabetes', 'migraine', 'major depressive disorder', 'irritable bowel syndrome',
    'osteoarthritis', 'ulcerative colitis', 'heart failure', 'chronic kidney disease', 'cancer-related fatigue',
    'post-viral fatigue syndrome', 'Gulf War illness', 'myasthenia gravis', 'giant cell arteritis',
    'polymyalgia rheumatica', 'dermatomyositis', 'systemic sclerosis', 'sickle cell disease', 'cystic fibrosis',
    'Lyme disease', 'mast cell activation syndrome', 'small fibre neuropathy', 'hidradenitis suppurativa',
    'chronic obstructive pulmonary disease', 'non-alcoholic steatohepatitis', 'endometriosis',
    'chronic pain', 'insomnia', 'generalised anxiety disorder', 'obesity', 'atrial fibrillation', 'sepsis',
    'acute respiratory distress syndrome', 'idiopathic intracranial hypertension', 'narcolepsy',
    'restless legs syndrome', 'Tourette syndrome', 'autism spectrum disorder', 'attention deficit hyperactivity disorder'];

create function bench_gen.modifiers() returns text[] language sql immutable return array[
    'chronic', 'acute', 'idiopathic', 'juvenile', 'primary', 'secondary', 'recurrent', 'refractory', 'severe',
    'progressive', 'hereditary', 'autoimmune', 'post-infectious', 'late-onset', 'early-onset', 'drug-induced',
    'paediatric', 'familial', 'congenital', 'subacute', 'relapsing', 'steroid-resistant', 'adult-onset',
    'atypical', 'localised'];

create function bench_gen.condition_descriptions() returns text[] language sql immutable return array[
    'A condition marked by {name} that often runs a fluctuating course.',
    'Diagnosis of {name} rests on clinical criteria; no single test confirms it.',
    '{Name} is uncommon, and most trials of it are small.',
    'People with {name} often report pain, poor sleep and reduced physical function.',
    '{Name} is managed with a combination of drug treatment and supportive care.',
    'The cause of {name} is not fully understood; immune and genetic factors are thought to contribute.'];

-- Studies ---------------------------------------------------------------------------------------------------

-- Topics that titles and summaries name; fatigue is kept out of them and comes only from fatigue-themed studies.
create function bench_gen.topics() returns text[] language sql immutable return array[
    'physical function', 'quality of life', 'pain', 'sleep quality', 'cognitive function', 'exercise capacity',
    'disease activity', 'mortality', 'hospitalisation', 'inflammatory markers', 'depressive symptoms', 'mobility',
    'lung function', 'remission', 'flare frequency', 'symptom burden', 'relapse rate', 'daily activity',
    'grip strength', 'work participation', 'health-related quality of life', 'orthostatic tolerance',
    'anxiety', 'muscle strength', 'glycaemic control', 'blood pressure'];

create function bench_gen.fatigue_topics() returns text[] language sql immutable return array[
    'fatigue', 'fatigue', 'fatigue', 'fatigue severity', 'physical fatigue', 'post-exertional malaise',
    'fatigue and physical function', 'mental fatigue'];

-- Outcome name | instrument, without fatigue.
create function bench_gen.outcomes() returns text[] language sql immutable return array[
    'Physical function (SF-36 PF)|Short Form-36 physical functioning subscale',
    'Health-related quality of life|Short Form-36 (SF-36)',
    'Quality of life (EQ-5D-5L)|EuroQol five-dimension five-level questionnaire',
    'Quality of life|WHOQOL-BREF',
    '6-minute walk distance|Six-minute walk test',
    'Pain intensity|Numeric rating scale (0–10)',
    'Pain interference|Brief Pain Inventory interference score',
    'Sleep quality|Pittsburgh Sleep Quality Index (PSQI)',
    'Depressive symptoms|Hospital Anxiety and Depression Scale, depression subscale',
    'Anxiety|Generalised Anxiety Disorder-7 (GAD-7)',
    'Cognitive function|Montreal Cognitive Assessment (MoCA)',
    'Functional rating|ALSFRS-R',
    'Disease activity|DAS28-CRP',
    'Disease activity|SLEDAI-2K',
    'ACR20 response|American College of Rheumatology 20% improvement criteria',
    'Expanded Disability Status Scale|EDSS',
    'Peak oxygen uptake|Cardiopulmonary exercise test (VO2 peak)',
    'Forced vital capacity|Spirometry (FVC % predicted)',
    'C-reactive protein|Serum CRP (mg/L)',
    'Hospital admission|Medical records',
    'All-cause mortality|Registry linkage',
    'Steps per day|Accelerometer',
    'Grip strength|Handheld dynamometer',
    'Orthostatic heart rate increase|10-minute active stand test',
    'HbA1c|Glycated haemoglobin (mmol/mol)',
    'Systolic blood pressure|Ambulatory blood pressure monitoring',
    'Patient global impression of change|PGIC',
    'Time to relapse|Clinical assessment',
    'Sickness impact|Sickness Impact Profile (SIP-8)',
    'Work productivity|Work Productivity and Activity Impairment questionnaire'];

create function bench_gen.fatigue_outcomes() returns text[] language sql immutable return array[
    'Fatigue severity (CIS-fatigue)|Checklist Individual Strength, fatigue subscale (CIS-fatigue)',
    'Fatigue (Chalder Fatigue Scale)|Chalder Fatigue Questionnaire',
    'Fatigue Severity Scale|FSS-9',
    'Fatigue (FACIT-F)|Functional Assessment of Chronic Illness Therapy – Fatigue',
    'Fatigue impact|Modified Fatigue Impact Scale (MFIS)',
    'Post-exertional malaise|DePaul Symptom Questionnaire PEM subscale',
    'Fatigue in the healthy range|Checklist Individual Strength, fatigue subscale (CIS-fatigue)'];

create function bench_gen.safety_outcomes() returns text[] language sql immutable return array[
    'Injection-site reaction', 'Serious adverse events', 'Upper respiratory tract infection', 'Headache', 'Nausea',
    'Neutropenia', 'Raised liver enzymes', 'Discontinuation due to adverse events', 'Diarrhoea', 'Dizziness',
    'Serious infection', 'Infusion reaction', 'Rash', 'Hypertension', 'Insomnia'];

create function bench_gen.timepoints() returns text[] language sql immutable return array[
    '4 weeks', '8 weeks', '12 weeks', '16 weeks', '24 weeks', '26 weeks', '52 weeks', '6 months', '12 months',
    'end of treatment', '2 years'];

create function bench_gen.given_names() returns text[] language sql immutable return array[
    'Megan', 'André', 'Luke', 'Sebastian', 'Hans', 'Charlotte', 'Zoë', 'Søren', 'José', 'François', 'Małgorzata',
    'Jürgen', 'Siobhán', 'Anna', 'Peter', 'Maria', 'Thomas', 'Sarah', 'David', 'Emma', 'Lars', 'Ingrid', 'Hiroshi',
    'Yuki', 'Wei', 'Li', 'Priya', 'Arjun', 'Fatima', 'Omar', 'Chloé', 'Giulia', 'Marco', 'Elena', 'Pablo',
    'Lucía', 'Kwame', 'Amara', 'Olga', 'Dmitri', 'Ana', 'João', 'Katarzyna', 'Tomás', 'Niamh', 'Rhys', 'Freya',
    'Björn', 'Aino', 'Mehmet', 'Ayşe', 'Sven', 'Noor', 'Daniel', 'Rachel', 'Michael', 'Laura', 'James', 'Sophie'];

-- Surname | its slug.
create function bench_gen.surnames() returns text[] language sql immutable return array[
    'Smith|smith', 'Jones|jones', 'Williams|williams', 'Brown|brown', 'Taylor|taylor', 'Wilson|wilson',
    'Müller|muller', 'Schmidt|schmidt', 'Schneider|schneider', 'Fischer|fischer', 'Weber|weber', 'Meyer|meyer',
    'García|garcia', 'Fernández|fernandez', 'López|lopez', 'Martínez|martinez', 'Núñez|nunez', 'Pérez|perez',
    'Rossi|rossi', 'Russo|russo', 'Bianchi|bianchi', 'Romano|romano', 'Dubois|dubois', 'Lefèvre|lefevre',
    'Moreau|moreau', 'Laurent|laurent', 'de Vries|de-vries', 'van der Meer|van-der-meer', 'Jansen|jansen',
    'Bakker|bakker', 'Visser|visser', 'Østergaard|ostergaard', 'Nielsen|nielsen', 'Hansen|hansen',
    'Johansson|johansson', 'Lindqvist|lindqvist', 'Virtanen|virtanen', 'Kowalski|kowalski', 'Nowak|nowak',
    'Novák|novak', 'Horváth|horvath', 'Ivanov|ivanov', 'Petrov|petrov', 'Yılmaz|yilmaz', 'Kaya|kaya',
    'Tanaka|tanaka', 'Suzuki|suzuki', 'Sato|sato', 'Watanabe|watanabe', 'Kim|kim', 'Lee|lee', 'Park|park',
    'Wang|wang', 'Zhang|zhang', 'Chen|chen', 'Liu|liu', 'Patel|patel', 'Sharma|sharma', 'Singh|singh',
    'Gupta|gupta', 'Nguyen|nguyen', 'Tran|tran', 'Silva|silva', 'Santos|santos', 'Oliveira|oliveira',
    'Costa|costa', 'O''Brien|obrien', 'Murphy|murphy', 'Kelly|kelly', 'MacDonald|macdonald', 'Okafor|okafor',
    'Mensah|mensah', 'Haddad|haddad', 'Cohen|cohen', 'Levi|levi', 'Roerink|roerink', 'Maier|maier',
    'Knoop|knoop', 'Heijnen|heijnen', 'Bredie|bredie', 'Dinarello|dinarello', 'Monteagudo|monteagudo',
    'Fluge|fluge', 'Mella|mella', 'Scheibenbogen|scheibenbogen', 'Nacul|nacul', 'Lacerda|lacerda',
    'Komaroff|komaroff', 'Klimas|klimas', 'Vernon|vernon', 'Walitt|walitt', 'Davenport|davenport',
    'Stevens|stevens', 'Keller|keller', 'Snell|snell', 'VanNess|vanness', 'Rowe|rowe', 'Hornig|hornig'];

-- The author of a study at a key (study * 8 + position): "Given [I.] Surname", as the seeded studies name them.
-- Surname and its slug: bench_gen.author_surname.
create function bench_gen.author_surname(key bigint) returns text
    language sql immutable parallel safe
    return bench_gen.pick(bench_gen.surnames(), key, 130);

create function bench_gen.author_name(key bigint) returns text
    language sql immutable parallel safe
    return bench_gen.pick(bench_gen.given_names(), key, 131)
        || case when bench_gen.u(key, 132) < 0.5 then ' ' || chr(65 + bench_gen.between(key, 133, 0, 25)) || '.'
                else '' end
        || ' ' || split_part(bench_gen.author_surname(key), '|', 1);

create function bench_gen.journals() returns text[] language sql immutable return array[
    'The Lancet|10.1016|lancet', 'The New England Journal of Medicine|10.1056|nejm', 'JAMA|10.1001|jama',
    'BMJ|10.1136|bmj', 'Annals of Internal Medicine|10.7326|aim', 'PLoS ONE|10.1371|pone',
    'Arthritis & Rheumatology|10.1002|art', 'Annals of the Rheumatic Diseases|10.1136|ard',
    'Rheumatology (Oxford)|10.1093|rheum', 'Journal of Translational Medicine|10.1186|jtm',
    'Frontiers in Immunology|10.3389|fimmu', 'Frontiers in Neurology|10.3389|fneur',
    'Journal of Internal Medicine|10.1111|joim', 'Neurology|10.1212|wnl', 'Brain|10.1093|brain',
    'Fatigue: Biomedicine, Health & Behavior|10.1080|rfat', 'Work|10.3233|wor', 'Medicina|10.3390|medicina',
    'Scientific Reports|10.1038|srep', 'Nature Medicine|10.1038|nm', 'Clinical Infectious Diseases|10.1093|cid',
    'European Respiratory Journal|10.1183|erj', 'Gut|10.1136|gut', 'Diabetes Care|10.2337|dc',
    'Journal of Clinical Investigation|10.1172|jci', 'Trials|10.1186|trials', 'BMC Neurology|10.1186|bmcneurol',
    'ACR Open Rheumatology|10.1002|acr2', 'Cochrane Database of Systematic Reviews|10.1002|14651858',
    'Journal of Neurology, Neurosurgery & Psychiatry|10.1136|jnnp', 'Clinical Rheumatology|10.1007|cr',
    'Pain|10.1097|pain', 'Sleep|10.1093|sleep', 'Journal of Psychosomatic Research|10.1016|jpsy',
    'Healthcare|10.3390|healthcare', 'International Journal of Molecular Sciences|10.3390|ijms'];

create function bench_gen.sponsors() returns text[] language sql immutable return array[
    'Radboud University Medical Center', 'Charité – Universitätsmedizin Berlin', 'Haukeland University Hospital',
    'National Institutes of Health', 'University College London', 'Karolinska Institutet', 'Mayo Clinic',
    'Stanford University', 'University of Melbourne', 'Hôpital Pitié-Salpêtrière', 'Leiden University Medical Center',
    'Norvale Pharma', 'Astrion Therapeutics', 'Kelmont Biologics', 'Veridia Biosciences', 'Open Medicine Foundation',
    'Solve M.E.', 'Medical Research Council', 'Deutsche Forschungsgemeinschaft', 'Universidade de São Paulo'];

create function bench_gen.settings() returns text[] language sql immutable return array[
    'Nijmegen, the Netherlands', 'Berlin, Germany', 'Bergen, Norway', 'Bethesda, Maryland, USA', 'London, UK',
    'Stockholm, Sweden', 'Rochester, Minnesota, USA', 'Palo Alto, California, USA', 'Melbourne, Australia',
    'Paris, France', 'Leiden, the Netherlands', 'Madrid, Spain', 'Milan, Italy', 'Tokyo, Japan', 'Seoul, South Korea',
    'Toronto, Canada', 'São Paulo, Brazil', 'Copenhagen, Denmark', 'Helsinki, Finland', 'twelve centres in Europe',
    'outpatient clinics in three countries', 'a tertiary referral centre'];

create function bench_gen.case_definitions() returns text[] language sql immutable return array[
    'CDC (Fukuda) criteria', 'Canadian Consensus Criteria', 'International Consensus Criteria', 'IOM 2015 criteria',
    'ACR/EULAR 2010 classification criteria', 'WHO case definition', 'Clinician diagnosis'];

-- Sentences of summaries. Placeholders: {drug} {Drug} {cond} {topic} {topic2} {n} {weeks} {class}.
create function bench_gen.quick_openings() returns text[] language sql immutable return array[
    'Researchers tested whether {drug}, a {class}, could improve {topic} in people with {cond}.',
    'This study asked whether {drug} helps {topic} in {cond}.',
    'Investigators gave {drug} to people with {cond} to see whether their {topic} improved.',
    'The study looked at {drug}, a {class}, as a treatment for {cond}, measuring {topic} and {topic2}.',
    'Doctors studied whether treatment with {drug} changes {topic} in adults with {cond}.'];

create function bench_gen.quick_designs() returns text[] language sql immutable return array[
    '{n} participants were followed for {weeks} weeks.',
    'Over {weeks} weeks, {n} patients received either {drug} or a comparison treatment.',
    'The study included {n} people, assessed at baseline and after {weeks} weeks.',
    'Participants were assessed for {topic2} as well as for side effects.'];

create function bench_gen.quick_results_good() returns text[] language sql immutable return array[
    '{Drug} improved {topic} compared with the control group.',
    'Those on {drug} reported better {topic}, although the effect was modest.',
    'The study found a benefit of {drug} for {topic} that lasted to the end of follow-up.'];

create function bench_gen.quick_results_null() returns text[] language sql immutable return array[
    '{Drug} did not improve {topic} compared with placebo.',
    'There was no clear difference in {topic} between the groups.',
    'The results were inconclusive: the study was too small to show a difference in {topic}.'];

create function bench_gen.quick_caveats() returns text[] language sql immutable return array[
    'Some patients had side effects such as headache and nausea.',
    'The study was small, so larger trials are needed.',
    'Injection-site reactions were common.',
    'The findings may not apply to people with severe disease.',
    'The trial was funded by the manufacturer.'];

create function bench_gen.findings() returns text[] language sql immutable return array[
    'The mean change in {topic} at {weeks} weeks did not differ between groups.',
    'More participants improved on {drug} than on control for {topic}.',
    'Both groups improved in {topic2}, with no between-group difference.',
    'Serious adverse events were rare and balanced between arms.',
    'Adherence to {drug} was above 85% throughout the study.',
    'Withdrawals were more frequent in the {drug} group, mainly because of side effects.',
    'Subgroup analyses suggested a larger effect on {topic} in participants with shorter disease duration.',
    'Inflammatory markers fell on {drug} but did not track changes in {topic}.'];

create function bench_gen.conclusions() returns text[] language sql immutable return array[
    'The authors conclude that {drug} is not an effective treatment for {cond}.',
    'The authors call for a larger, longer trial of {drug} in {cond}.',
    'The authors conclude that {drug} may benefit some people with {cond}.'];

-- Discussion ------------------------------------------------------------------------------------------------

-- Forum | its slug | its thread address.
create function bench_gen.forums() returns text[] language sql immutable return array[
    'Phoenix Rising|phoenix-rising|https://forums.phoenixrising.me/threads/',
    'Science for ME|science-for-me|https://www.s4me.info/threads/',
    'HealthUnlocked|healthunlocked|https://healthunlocked.com/post/',
    'Reddit r/cfs|reddit-cfs|https://www.reddit.com/r/cfs/comments/',
    'Reddit r/covidlonghaulers|reddit-covidlonghaulers|https://www.reddit.com/r/covidlonghaulers/comments/',
    'Patient.info forums|patient-info|https://patient.info/forums/discuss/',
    'Inspire|inspire|https://www.inspire.com/groups/talk/',
    'MyMSTeam|mymsteam|https://www.mymsteam.com/posts/',
    'Rheumatology Network community|rheum-network|https://community.rheumnet.example/t/',
    'ProHealth message boards|prohealth|https://www.prohealth.com/boards/'];

create function bench_gen.thread_titles() returns text[] language sql immutable return array[
    'Has anyone tried {drug} for {cond}?', '{Drug}: experiences?', 'New trial of {drug} in {cond}',
    '{Drug} side effects — how long did they last?', 'Thoughts on the {author} {year} {drug} study',
    'Low-dose {drug} and {topic}', '{Drug} for {topic}?', 'Starting {drug} next week, any tips?',
    'Results are out: {drug} in {cond}', 'Doctor suggested {drug} for my {cond}'];

create function bench_gen.handles() returns text[] language sql immutable return array[
    'sunny', 'bluebird', 'tiredwalker', 'hopeful', 'mecfs_mum', 'longhauler', 'spoonie', 'rheumie', 'nightowl',
    'oakleaf', 'quietriver', 'marathon_no_more', 'brainfog', 'lilac', 'northstar', 'paceyourself', 'kestrel', 'Anne',
    'Jonathan', 'Dolphin', 'Trish', 'Hutan', 'Andy', 'Sasha', 'Moe'];

-- Sentences by kind of excerpt.
create function bench_gen.excerpt_sentences(kind text) returns text[] language sql immutable return case kind
    when 'QUESTION' then array[
        'Has anyone here taken {drug}?', 'I was diagnosed with {cond} in {year} and my {topic} keeps getting worse.',
        'My consultant mentioned {drug} — did it help anyone with {topic}?', 'How long before you noticed any change?',
        'Is it worth asking my GP about {drug} for {cond}?', 'What dose did you start on?']
    when 'PATIENT_VIEW' then array[
        'I have been on {drug} for {n} months.', 'My {topic} improved a little, but the side effects were hard.',
        'It made no difference to my {topic} at all.', 'The first two weeks were rough, then things settled.',
        'I had to stop {drug} because of nausea.', 'For me {drug} helped my {topic} more than anything else I tried.']
    when 'CLINICIAN_OPINION' then array[
        'As a rheumatologist I would not prescribe {drug} for {cond} outside a trial.',
        'The evidence for {drug} in {cond} is thin: small trials with short follow-up.',
        'In my clinic a few patients with {cond} responded to {drug}, but most did not.',
        'Monitoring of blood counts is needed on {drug}.',
        'I would want to see an effect on {topic} in a properly blinded trial.']
    when 'CRITIQUE' then array[
        'The trial was small (n={n}) and open-label, so the effect on {topic} could be a placebo response.',
        'Subjective outcomes in an unblinded trial are hard to interpret.',
        'The paper switched its primary outcome after the trial was registered.',
        'Objective measures such as step counts showed no change.',
        'The {author} study excluded the most severely affected patients.']
    else array[
        'This is an interesting result for {cond}.', 'I think {drug} deserves a proper trial in {cond}.',
        'Good to see research on {topic} for once.', 'Let us see whether it replicates.',
        'The mechanism makes sense, but so did the last three drugs that failed.']
    end;

-- Replaces the placeholders of a template.
create function bench_gen.fill(template text, drug text, cond text, topic text, topic2 text, n int, weeks int,
                               drug_class text) returns text
    language sql immutable parallel safe
    return replace(replace(replace(replace(replace(replace(replace(replace(template,
        '{drug}', lower(drug)), '{Drug}', drug), '{cond}', cond), '{topic}', topic), '{topic2}', topic2),
        '{n}', n::text), '{weeks}', weeks::text), '{class}', coalesce(drug_class, 'drug'));
