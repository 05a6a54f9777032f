-- Revision history (Hibernate Envers). Every save is one row in revision, naming who made it and when;
-- each audited table has a *_aud twin holding the state of its rows at each revision in which they changed
-- (revtype 0 added, 1 modified, 2 removed). Audit tables only ever receive inserts.
-- A revision with a null username is the baseline written by the next migration for the seeded records.

create table revision (
    id         bigint generated always as identity primary key,
    changed_at timestamptz not null,
    username   varchar(40)
);

-- Sources -------------------------------------------------------------------------------------------

create table source_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint,
    slug        varchar(120),
    title       varchar(500),
    kind        varchar(40),
    url         varchar(1000),
    file_name   varchar(200),
    description text,
    deleted_at  timestamptz,
    deleted_by  varchar(40),
    updated_at  timestamptz,
    version     bigint,
    primary key (id, rev)
);

-- Drugs -----------------------------------------------------------------------------------------------

create table drug_aud (
    id           bigint   not null,
    rev          bigint   not null references revision (id),
    revtype      smallint,
    slug         varchar(120),
    name         varchar(200),
    description  text,
    drug_class   varchar(300),
    mechanism    text,
    manufacturer varchar(300),
    chemistry    text,
    history      text,
    pregnancy    text,
    deleted_at   timestamptz,
    deleted_by   varchar(40),
    updated_at   timestamptz,
    version      bigint,
    primary key (id, rev)
);

create table drug_alias_aud (
    drug_id  bigint   not null,
    position integer  not null,
    rev      bigint   not null references revision (id),
    revtype  smallint not null,
    alias    varchar(200),
    kind     varchar(20),
    primary key (drug_id, position, rev, revtype)
);

create table drug_route_aud (
    drug_id  bigint   not null,
    position integer  not null,
    rev      bigint   not null references revision (id),
    revtype  smallint not null,
    route    varchar(30),
    note     varchar(500),
    primary key (drug_id, position, rev, revtype)
);

create table drug_approval_aud (
    id            bigint   not null,
    rev           bigint   not null references revision (id),
    revtype       smallint,
    drug_id       bigint,
    position      integer,
    kind          varchar(40),
    agency        varchar(200),
    region        varchar(100),
    decided_year  integer,
    decided_month integer,
    indication    text,
    condition_id  bigint,
    source_id     bigint,
    primary key (id, rev)
);

create table drug_use_aud (
    id           bigint   not null,
    rev          bigint   not null references revision (id),
    revtype      smallint,
    drug_id      bigint,
    position     integer,
    status       varchar(20),
    description  text,
    condition_id bigint,
    source_id    bigint,
    primary key (id, rev)
);

create table drug_warning_aud (
    id        bigint   not null,
    rev       bigint   not null references revision (id),
    revtype   smallint,
    drug_id   bigint,
    position  integer,
    kind      varchar(30),
    text      text,
    source_id bigint,
    primary key (id, rev)
);

create table drug_adverse_reaction_aud (
    id        bigint   not null,
    rev       bigint   not null references revision (id),
    revtype   smallint,
    drug_id   bigint,
    position  integer,
    reaction  varchar(300),
    frequency varchar(500),
    source_id bigint,
    primary key (id, rev)
);

create table drug_source_aud (
    drug_id   bigint not null,
    source_id bigint not null,
    rev       bigint not null references revision (id),
    revtype   smallint,
    primary key (drug_id, source_id, rev)
);

-- Conditions --------------------------------------------------------------------------------------------

create table condition_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint,
    slug        varchar(120),
    name        varchar(200),
    parent_id   bigint,
    description text,
    deleted_at  timestamptz,
    deleted_by  varchar(40),
    updated_at  timestamptz,
    version     bigint,
    primary key (id, rev)
);

create table condition_synonym_aud (
    condition_id bigint   not null,
    position     integer  not null,
    rev          bigint   not null references revision (id),
    revtype      smallint not null,
    synonym      varchar(200),
    kind         varchar(20),
    primary key (condition_id, position, rev, revtype)
);

create table condition_source_aud (
    condition_id bigint not null,
    source_id    bigint not null,
    rev          bigint not null references revision (id),
    revtype      smallint,
    primary key (condition_id, source_id, rev)
);

-- Studies ------------------------------------------------------------------------------------------------

create table study_aud (
    id                  bigint   not null,
    rev                 bigint   not null references revision (id),
    revtype             smallint,
    slug                varchar(160),
    title               varchar(500),
    first_author        varchar(200),
    publication_year    integer,
    journal             varchar(300),
    doi                 varchar(200),
    volume              varchar(20),
    issue               varchar(20),
    pages               varchar(40),
    article_number      varchar(40),
    published_on        date,
    pmid                varchar(12),
    pmcid               varchar(20),
    design              varchar(40),
    historical_controls boolean,
    blinding            varchar(30),
    phase               varchar(30),
    sponsor             varchar(300),
    setting             text,
    start_year          integer,
    start_month         integer,
    end_year            integer,
    end_month           integer,
    enrolled            integer,
    population          text,
    sex                 varchar(20),
    age_min             integer,
    age_max             integer,
    eligibility         text,
    case_definition     text,
    pem_required        boolean,
    follow_up           text,
    summary_quick       text,
    summary_why         text,
    summary_findings    text,
    summary_conclusions text,
    summary_questions   text,
    summary_not_proven  text,
    status              varchar(20),
    retraction_reason   text,
    deleted_at          timestamptz,
    deleted_by          varchar(40),
    updated_at          timestamptz,
    version             bigint,
    primary key (id, rev)
);

create table study_author_aud (
    study_id bigint       not null,
    position integer      not null,
    name     varchar(200) not null,
    rev      bigint       not null references revision (id),
    revtype  smallint,
    primary key (study_id, position, name, rev)
);

create table study_registration_aud (
    study_id   bigint   not null,
    position   integer  not null,
    rev        bigint   not null references revision (id),
    revtype    smallint not null,
    registry   varchar(30),
    identifier varchar(100),
    primary key (study_id, position, rev, revtype)
);

create table study_condition_aud (
    study_id     bigint not null,
    condition_id bigint not null,
    rev          bigint not null references revision (id),
    revtype      smallint,
    primary key (study_id, condition_id, rev)
);

create table study_drug_aud (
    study_id bigint not null,
    drug_id  bigint not null,
    rev      bigint not null references revision (id),
    revtype  smallint,
    primary key (study_id, drug_id, rev)
);

create table study_source_aud (
    study_id  bigint not null,
    source_id bigint not null,
    rev       bigint not null references revision (id),
    revtype   smallint,
    primary key (study_id, source_id, rev)
);

create table study_arm_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint,
    study_id    bigint,
    position    integer,
    label       varchar(200),
    role        varchar(30),
    size        integer,
    description text,
    primary key (id, rev)
);

create table arm_intervention_aud (
    arm_id      bigint   not null,
    position    integer  not null,
    rev         bigint   not null references revision (id),
    revtype     smallint not null,
    name        varchar(200),
    drug_id     bigint,
    dose_amount numeric(12, 3),
    dose_unit   varchar(40),
    dose_up_to  boolean,
    route       varchar(30),
    frequency   varchar(200),
    duration    varchar(200),
    description text,
    primary key (arm_id, position, rev, revtype)
);

create table outcome_aud (
    id             bigint   not null,
    rev            bigint   not null references revision (id),
    revtype        smallint,
    study_id       bigint,
    position       integer,
    name           varchar(300),
    kind           varchar(20),
    instrument     varchar(200),
    timepoint      varchar(200),
    effect_measure varchar(10),
    effect_value   numeric(14, 4),
    ci_lower       numeric(14, 4),
    ci_upper       numeric(14, 4),
    p_value        varchar(40),
    direction      varchar(30),
    result_text    text,
    source_id      bigint,
    primary key (id, rev)
);

-- Arm results are a set of values without an order of their own; Envers numbers each revision's rows.
create table outcome_arm_result_aud (
    outcome_id bigint   not null,
    setordinal integer  not null,
    rev        bigint   not null references revision (id),
    revtype    smallint not null,
    arm_id     bigint,
    events     integer,
    total      integer,
    mean       numeric(14, 4),
    sd         numeric(14, 4),
    primary key (outcome_id, setordinal, rev, revtype)
);

-- Discussion ------------------------------------------------------------------------------------------------

create table discussion_excerpt_aud (
    id                 bigint   not null,
    rev                bigint   not null references revision (id),
    revtype            smallint,
    slug               varchar(160),
    forum              varchar(200),
    thread_title       varchar(500),
    url                varchar(1000),
    author_handle      varchar(200),
    attribution_note   varchar(500),
    posted_on          date,
    position_in_thread integer,
    text               text,
    kind               varchar(30),
    source_id          bigint,
    deleted_at         timestamptz,
    deleted_by         varchar(40),
    updated_at         timestamptz,
    version            bigint,
    primary key (id, rev)
);

create table discussion_drug_aud (
    excerpt_id bigint not null,
    drug_id    bigint not null,
    rev        bigint not null references revision (id),
    revtype    smallint,
    primary key (excerpt_id, drug_id, rev)
);

create table discussion_study_aud (
    excerpt_id bigint not null,
    study_id   bigint not null,
    rev        bigint not null references revision (id),
    revtype    smallint,
    primary key (excerpt_id, study_id, rev)
);

create table discussion_condition_aud (
    excerpt_id   bigint not null,
    condition_id bigint not null,
    rev          bigint not null references revision (id),
    revtype      smallint,
    primary key (excerpt_id, condition_id, rev)
);

-- A record's parts are found by their parent at a revision (the primary keys already lead with the id).
create index study_arm_aud_study_idx on study_arm_aud (study_id, rev);
create index outcome_aud_study_idx on outcome_aud (study_id, rev);
create index drug_approval_aud_drug_idx on drug_approval_aud (drug_id, rev);
create index drug_use_aud_drug_idx on drug_use_aud (drug_id, rev);
create index drug_warning_aud_drug_idx on drug_warning_aud (drug_id, rev);
create index drug_adverse_reaction_aud_drug_idx on drug_adverse_reaction_aud (drug_id, rev);
