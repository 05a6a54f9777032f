-- Bulk loading without the secondary indexes of the tables that receive most rows, then building them once.
-- Rows arrive in primary-key order, so primary keys stay (they grow at their right edge, and foreign keys need
-- them); every other index and unique constraint (slug, DOI, updated_at, …) would take one random insertion per row
-- into a tree larger than shared_buffers. Definitions are read from the catalogue, so whatever the migrations
-- define is dropped and created again exactly, under the same names.
-- psql variable action: save_and_drop, or create (creates what was saved, and forgets it).

\if :{?action}
\else
    \echo 'indexes.sql: set -v action=save_and_drop or -v action=create'
    \quit
\endif

select :'action' = 'save_and_drop' as dropping \gset

\if :dropping

create table bench_gen.saved_index as
-- unique constraints that no foreign key relies on
select 'constraint' as kind, t.relname as table_name, con.conname as name,
       format('alter table %I add constraint %I %s', t.relname, con.conname, pg_get_constraintdef(con.oid)) as definition
  from pg_constraint con
  join pg_class t on t.oid = con.conrelid
  join pg_namespace n on n.oid = t.relnamespace
 where n.nspname = 'public' and con.contype = 'u'
   and t.relname in ('study', 'study_author', 'study_registration', 'study_condition', 'study_drug', 'study_arm',
                     'arm_intervention', 'outcome', 'discussion_excerpt', 'discussion_drug', 'discussion_condition',
                     'discussion_study')
   and not exists (select from pg_constraint fk where fk.contype = 'f' and fk.conindid = con.conindid)
union all
-- indexes behind no constraint
select 'index', t.relname, ix.relname, pg_get_indexdef(i.indexrelid)
  from pg_index i
  join pg_class ix on ix.oid = i.indexrelid
  join pg_class t on t.oid = i.indrelid
  join pg_namespace n on n.oid = t.relnamespace
 where n.nspname = 'public'
   and t.relname in ('study', 'study_author', 'study_registration', 'study_condition', 'study_drug', 'study_arm',
                     'arm_intervention', 'outcome', 'discussion_excerpt', 'discussion_drug', 'discussion_condition',
                     'discussion_study')
   and not exists (select from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid);

do $$
declare
    saved record;
begin
    for saved in select * from bench_gen.saved_index loop
        if saved.kind = 'constraint' then
            execute format('alter table %I drop constraint %I', saved.table_name, saved.name);
        else
            execute format('drop index %I', saved.name);
        end if;
    end loop;
end
$$;

\else

do $$
declare
    saved record;
begin
    for saved in select * from bench_gen.saved_index order by table_name, kind, name loop
        execute saved.definition;
    end loop;
end
$$;

drop table bench_gen.saved_index;

\endif
