-- The whole domain of DESIGN.md: sources, drugs with their names, approvals, uses and safety,
-- conditions with synonyms and a hierarchy, studies with citation, design, arms, interventions and
-- outcomes (adverse events are outcomes of kind SAFETY), and forum discussion excerpts.
-- Dates that sources give only to the month or year are stored as a year and an optional month.
-- Positions of ordered children are unique per parent, checked at commit so rows can be reordered.

create table source (
    id          bigint generated always as identity primary key,
    slug        varchar(120)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title       varchar(500)  not null,
    kind        varchar(40)   not null check (kind in ('FORUM_THREAD', 'EVIDENCE_SUMMARY', 'ABSTRACT', 'NEWS_REPORT',
                                                       'ENCYCLOPEDIA', 'BIBLIOGRAPHIC_RECORD', 'REGISTRY_RECORD', 'OTHER')),
    url         varchar(1000),
    file_name   varchar(200),
    description text,
    version     bigint        not null default 0
);

-- Drug ---------------------------------------------------------------------------------------------

alter table drug
    add column description  text,
    add column drug_class   varchar(300),
    add column mechanism    text,
    add column manufacturer varchar(300),
    add column chemistry    text,
    add column history      text,
    add column pregnancy    text;

create table drug_alias (
    drug_id  bigint       not null references drug (id) on delete cascade,
    position integer      not null,
    alias    varchar(200) not null,
    kind     varchar(20)  not null check (kind in ('BRAND', 'ABBREVIATION', 'SYNONYM', 'CODE')),
    primary key (drug_id, position),
    unique (drug_id, alias)
);

create table drug_route (
    drug_id  bigint      not null references drug (id) on delete cascade,
    position integer     not null,
    route    varchar(30) not null check (route in ('SUBCUTANEOUS', 'INTRAVENOUS', 'ORAL', 'INTRAMUSCULAR', 'OTHER')),
    note     varchar(500),
    primary key (drug_id, position)
);

-- Condition ----------------------------------------------------------------------------------------

alter table condition
    add column parent_id   bigint references condition (id),
    add column description text,
    add constraint condition_not_own_parent check (parent_id is distinct from id);

create index condition_parent_idx on condition (parent_id);

create table condition_synonym (
    condition_id bigint       not null references condition (id) on delete cascade,
    position     integer      not null,
    synonym      varchar(200) not null,
    kind         varchar(20)  not null check (kind in ('ABBREVIATION', 'SYNONYM')),
    primary key (condition_id, position),
    unique (condition_id, synonym)
);

-- Approvals, uses and safety of a drug (they may name conditions) ------------------------------------

create table drug_approval (
    id             bigint generated always as identity primary key,
    drug_id        bigint        not null references drug (id) on delete cascade,
    position       integer       not null,
    kind           varchar(40)   not null check (kind in ('MARKETING_AUTHORISATION', 'INDICATION_APPROVAL',
                                                          'EMERGENCY_USE_AUTHORISATION', 'COMMISSIONING_POLICY')),
    agency         varchar(200)  not null,
    region         varchar(100)  not null,
    decided_year   integer       not null check (decided_year between 1900 and 2200),
    decided_month  integer check (decided_month between 1 and 12),
    indication     text,
    condition_id   bigint references condition (id),
    source_id      bigint        not null references source (id),
    unique (drug_id, position) deferrable initially deferred
);

create table drug_use (
    id           bigint generated always as identity primary key,
    drug_id      bigint      not null references drug (id) on delete cascade,
    position     integer     not null,
    status       varchar(20) not null check (status in ('APPROVED', 'OFF_LABEL', 'RESEARCH')),
    description  text        not null,
    condition_id bigint references condition (id),
    source_id    bigint      not null references source (id),
    unique (drug_id, position) deferrable initially deferred
);

create table drug_warning (
    id        bigint generated always as identity primary key,
    drug_id   bigint      not null references drug (id) on delete cascade,
    position  integer     not null,
    kind      varchar(30) not null check (kind in ('CONTRAINDICATION', 'WARNING')),
    text      text        not null,
    source_id bigint      not null references source (id),
    unique (drug_id, position) deferrable initially deferred
);

create table drug_adverse_reaction (
    id        bigint generated always as identity primary key,
    drug_id   bigint       not null references drug (id) on delete cascade,
    position  integer      not null,
    reaction  varchar(300) not null,
    frequency varchar(500),
    source_id bigint       not null references source (id),
    unique (drug_id, position) deferrable initially deferred
);

create table drug_source (
    drug_id   bigint not null references drug (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (drug_id, source_id)
);

create table condition_source (
    condition_id bigint not null references condition (id) on delete cascade,
    source_id    bigint not null references source (id),
    primary key (condition_id, source_id)
);

-- Study ------------------------------------------------------------------------------------------------

alter table study
    add column volume               varchar(20),
    add column issue                varchar(20),
    add column pages                varchar(40),
    add column article_number       varchar(40),
    add column published_on         date,
    add column pmid                 varchar(12) unique check (pmid ~ '^[1-9][0-9]{0,8}$'),
    add column pmcid                varchar(20) check (pmcid ~ '^PMC[0-9]+$'),
    add column design               varchar(40) not null default 'OTHER'
        check (design in ('RANDOMISED_CONTROLLED_TRIAL', 'NON_RANDOMISED_CONTROLLED_TRIAL', 'SINGLE_ARM_TRIAL',
                          'COHORT', 'CASE_CONTROL', 'RETROSPECTIVE_CASE_SERIES', 'CASE_REPORT',
                          'SYSTEMATIC_REVIEW', 'OTHER')),
    add column historical_controls  boolean     not null default false,
    add column blinding             varchar(30) not null default 'NOT_REPORTED'
        check (blinding in ('OPEN_LABEL', 'SINGLE_BLIND', 'DOUBLE_BLIND', 'BLINDED', 'NOT_APPLICABLE', 'NOT_REPORTED')),
    add column phase                varchar(30),
    add column sponsor              varchar(300),
    add column setting              text,
    add column start_year           integer check (start_year between 1900 and 2200),
    add column start_month          integer check (start_month between 1 and 12),
    add column end_year             integer check (end_year between 1900 and 2200),
    add column end_month            integer check (end_month between 1 and 12),
    add column enrolled             integer check (enrolled >= 1),
    add column population           text,
    add column sex                  varchar(20) check (sex in ('FEMALE', 'MALE', 'ALL')),
    add column age_min              integer check (age_min >= 0),
    add column age_max              integer check (age_max >= 0),
    add column eligibility          text,
    add column case_definition      text,
    add column pem_required         boolean,
    add column follow_up            text,
    add column summary_quick        text,
    add column summary_why          text,
    add column summary_findings     text,
    add column summary_conclusions  text,
    add column summary_questions    text,
    add column summary_not_proven   text,
    add column status               varchar(20) not null default 'PUBLISHED'
        check (status in ('DRAFT', 'PUBLISHED', 'RETRACTED')),
    add column retraction_reason    text,
    add column updated_at           timestamptz not null default now(),
    add constraint study_age_range check (age_min is null or age_max is null or age_min <= age_max),
    add constraint study_retraction_has_reason check (status <> 'RETRACTED' or retraction_reason is not null);

create table study_author (
    study_id bigint       not null references study (id) on delete cascade,
    position integer      not null,
    name     varchar(200) not null,
    primary key (study_id, position)
);

create table study_registration (
    study_id   bigint       not null references study (id) on delete cascade,
    position   integer      not null,
    registry   varchar(30)  not null check (registry in ('CLINICALTRIALS_GOV', 'EUDRACT', 'CCMO', 'OTHER')),
    identifier varchar(100) not null,
    primary key (study_id, position),
    unique (registry, identifier),
    check (registry <> 'CLINICALTRIALS_GOV' or identifier ~ '^NCT[0-9]{8}$'),
    check (registry <> 'EUDRACT' or identifier ~ '^[0-9]{4}-[0-9]{6}-[0-9]{2}$')
);

create table study_source (
    study_id  bigint not null references study (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (study_id, source_id)
);

create table study_arm (
    id          bigint generated always as identity primary key,
    study_id    bigint       not null references study (id) on delete cascade,
    position    integer      not null,
    label       varchar(200) not null,
    role        varchar(30)  not null check (role in ('EXPERIMENTAL', 'PLACEBO_COMPARATOR', 'ACTIVE_COMPARATOR',
                                                      'NO_INTERVENTION', 'HISTORICAL_CONTROL')),
    size        integer check (size >= 1),
    description text,
    unique (study_id, position) deferrable initially deferred
);

create table arm_intervention (
    arm_id       bigint       not null references study_arm (id) on delete cascade,
    position     integer      not null,
    name         varchar(200) not null,
    drug_id      bigint references drug (id),
    dose_amount  numeric(12, 3) check (dose_amount > 0),
    dose_unit    varchar(40),
    dose_up_to   boolean      not null default false,
    route        varchar(30) check (route in ('SUBCUTANEOUS', 'INTRAVENOUS', 'ORAL', 'INTRAMUSCULAR', 'OTHER')),
    frequency    varchar(200),
    duration     varchar(200),
    description  text,
    primary key (arm_id, position),
    check ((dose_amount is null) = (dose_unit is null))
);

create table outcome (
    id             bigint generated always as identity primary key,
    study_id       bigint       not null references study (id) on delete cascade,
    position       integer      not null,
    name           varchar(300) not null,
    kind           varchar(20)  not null check (kind in ('PRIMARY', 'SECONDARY', 'SAFETY', 'OTHER')),
    instrument     varchar(200),
    timepoint      varchar(200),
    effect_measure varchar(10) check (effect_measure in ('MD', 'SMD', 'RR', 'OR', 'HR', 'RD')),
    effect_value   numeric(14, 4),
    ci_lower       numeric(14, 4),
    ci_upper       numeric(14, 4),
    p_value        varchar(40),
    direction      varchar(30)  not null check (direction in ('FAVOURS_INTERVENTION', 'NO_DIFFERENCE',
                                                              'FAVOURS_COMPARATOR', 'INCONCLUSIVE', 'NOT_COMPARED')),
    result_text    text,
    source_id      bigint       not null references source (id),
    unique (study_id, position) deferrable initially deferred,
    check ((effect_measure is null) = (effect_value is null)),
    check ((ci_lower is null) = (ci_upper is null)),
    check (ci_lower is null or (effect_value is not null and ci_lower <= effect_value and effect_value <= ci_upper))
);

create index outcome_study_idx on outcome (study_id);

create table outcome_arm_result (
    outcome_id bigint  not null references outcome (id) on delete cascade,
    arm_id     bigint  not null references study_arm (id) on delete cascade,
    events     integer check (events >= 0),
    total      integer check (total >= 1),
    mean       numeric(14, 4),
    sd         numeric(14, 4) check (sd >= 0),
    primary key (outcome_id, arm_id),
    check (events is null or total is null or events <= total)
);

-- Discussion -------------------------------------------------------------------------------------------

create table discussion_excerpt (
    id                 bigint generated always as identity primary key,
    slug               varchar(160)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    forum              varchar(200)  not null,
    thread_title       varchar(500)  not null,
    url                varchar(1000),
    author_handle      varchar(200),
    attribution_note   varchar(500),
    posted_on          date,
    position_in_thread integer       not null check (position_in_thread >= 1),
    text               text          not null,
    kind               varchar(30)   not null check (kind in ('QUESTION', 'CLINICIAN_OPINION', 'PATIENT_VIEW',
                                                              'CRITIQUE', 'OPINION')),
    source_id          bigint        not null references source (id),
    version            bigint        not null default 0
);

create table discussion_drug (
    excerpt_id bigint not null references discussion_excerpt (id) on delete cascade,
    drug_id    bigint not null references drug (id),
    primary key (excerpt_id, drug_id)
);

create table discussion_study (
    excerpt_id bigint not null references discussion_excerpt (id) on delete cascade,
    study_id   bigint not null references study (id),
    primary key (excerpt_id, study_id)
);

create table discussion_condition (
    excerpt_id   bigint not null references discussion_excerpt (id) on delete cascade,
    condition_id bigint not null references condition (id),
    primary key (excerpt_id, condition_id)
);

create index discussion_study_study_idx on discussion_study (study_id);
create index discussion_drug_drug_idx on discussion_drug (drug_id);
create index discussion_condition_condition_idx on discussion_condition (condition_id);
