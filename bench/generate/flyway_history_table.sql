-- Flyway's schema history table, as Flyway 12 creates it on PostgreSQL.
create table "public"."flyway_schema_history" (
    "installed_rank" int not null,
    "version" varchar(50),
    "description" varchar(200) not null,
    "type" varchar(20) not null,
    "script" varchar(1000) not null,
    "checksum" int,
    "installed_by" varchar(100) not null,
    "installed_on" timestamp not null default now(),
    "execution_time" int not null,
    "success" boolean not null
);
alter table "public"."flyway_schema_history" add constraint "flyway_schema_history_pk" primary key ("installed_rank");
create index "flyway_schema_history_s_idx" on "public"."flyway_schema_history" ("success");
