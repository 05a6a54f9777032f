-- The history row Flyway writes for a migration it applied: run in the migration's transaction, so now() is
-- when the migration started. psql variables: rank, version, description, script, checksum.
insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,
                                   execution_time, success)
values (:rank, :'version', :'description', 'SQL', :'script', :checksum, current_user,
        round(extract(epoch from clock_timestamp() - now()) * 1000)::int, true);
