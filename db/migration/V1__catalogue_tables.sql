-- The catalogue's first tables: drugs, conditions, studies and the links between them,
-- and the extensions that search will rely on.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table drug (
    id      bigint generated always as identity primary key,
    slug    varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name    varchar(200) not null,
    version bigint       not null default 0
);

create table condition (
    id      bigint generated always as identity primary key,
    slug    varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name    varchar(200) not null,
    version bigint       not null default 0
);

create table study (
    id               bigint generated always as identity primary key,
    slug             varchar(160) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title            varchar(500) not null,
    first_author     varchar(200) not null,
    publication_year integer      not null check (publication_year between 1800 and 2200),
    journal          varchar(300),
    doi              varchar(200) unique check (doi ~ '^10\.\d{4,9}/\S+$'),
    version          bigint       not null default 0
);

create table study_condition (
    study_id     bigint not null references study (id) on delete cascade,
    condition_id bigint not null references condition (id),
    primary key (study_id, condition_id)
);

create index study_condition_condition_idx on study_condition (condition_id);

create table study_drug (
    study_id bigint not null references study (id) on delete cascade,
    drug_id  bigint not null references drug (id),
    primary key (study_id, drug_id)
);

create index study_drug_drug_idx on study_drug (drug_id);
