-- Curators' accounts, and the failed sign-ins that throttle password guessing.
-- Usernames are stored lower-case, so one name can never exist twice in different cases.

create table curator_account (
    id            bigint generated always as identity primary key,
    username      varchar(40)  not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
    password_hash varchar(500) not null,
    role          varchar(20)  not null check (role in ('CURATOR', 'ADMIN')),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);

-- One row per username ('user:…') or client address ('address:…') that recently failed to sign in.
create table sign_in_throttle (
    subject          varchar(300) primary key,
    failures         integer      not null check (failures >= 0),
    first_failure_at timestamptz  not null,
    locked_until     timestamptz
);
