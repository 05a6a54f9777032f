-- Records are never deleted: a curator's delete stamps deleted_at and deleted_by, and a restore clears them.
-- updated_at changes on every save of a record, so the record's own row (and version) changes even when
-- only one of its parts did: one optimistic lock and one revision cover the whole record.

alter table drug
    add column deleted_at timestamptz,
    add column deleted_by varchar(40),
    add column updated_at timestamptz not null default now();

alter table condition
    add column deleted_at timestamptz,
    add column deleted_by varchar(40),
    add column updated_at timestamptz not null default now();

alter table study
    add column deleted_at timestamptz,
    add column deleted_by varchar(40);

alter table discussion_excerpt
    add column deleted_at timestamptz,
    add column deleted_by varchar(40),
    add column updated_at timestamptz not null default now();

alter table source
    add column deleted_at timestamptz,
    add column deleted_by varchar(40),
    add column updated_at timestamptz not null default now();

alter table drug add constraint drug_deletion_has_curator check ((deleted_at is null) = (deleted_by is null));
alter table condition add constraint condition_deletion_has_curator check ((deleted_at is null) = (deleted_by is null));
alter table study add constraint study_deletion_has_curator check ((deleted_at is null) = (deleted_by is null));
alter table discussion_excerpt add constraint discussion_excerpt_deletion_has_curator check ((deleted_at is null) = (deleted_by is null));
alter table source add constraint source_deletion_has_curator check ((deleted_at is null) = (deleted_by is null));
