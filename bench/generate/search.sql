-- The search tables, rebuilt for the loaded catalogue: run with -v action=prepare, then the parts (search_rebuild_range
-- in two sessions, see generate.sh), then -v action=finish.
--
-- search_document's GIN index is created with fastupdate = off, so inserting hundreds of thousands of documents
-- updates it one document and one lexeme at a time: measured at about 0.8 ms a document, against about 0.1 ms to
-- build the same index afterwards. So prepare empties the search tables (search_clear()) and drops their plain
-- indexes (not unique, not behind a constraint, whatever their definition is at the time), keeping the
-- definitions in bench_search_saved_index; finish creates them again from those and drops that table, leaving
-- the schema exactly as it was. The indexes are built by two sessions at once (-v action=build -v part=1, and
-- part=2), then -v action=finish drops the table: GIN indexes in one, the others in the other. At 600,000 studies
-- the documents' GIN index took 97 s, the postings' two btree indexes 72 and 12 s, so one after the other took
-- three minutes and two sessions take about as long as the GIN index alone.

\if :{?action}
\else
    \echo 'search.sql: set -v action=prepare, -v action=build -v part=1 (or 2), or -v action=finish'
    \quit
\endif

select :'action' = 'prepare' as preparing, :'action' = 'build' as building \gset
\if :preparing
create table bench_search_saved_index as
select i.indexrelid::regclass::text as name,
       regexp_replace(pg_get_indexdef(i.indexrelid), '^CREATE INDEX ', 'CREATE INDEX IF NOT EXISTS ') as definition
  from pg_index i
  join pg_class t on t.oid = i.indrelid
  join pg_namespace n on n.oid = t.relnamespace
 where n.nspname = 'public' and t.relname like 'search\_%'
   and not i.indisunique and not i.indisprimary and not i.indisexclusion
   and not exists (select from pg_constraint c where c.conindid = i.indexrelid);

do $$
declare
    saved record;
begin
    for saved in select * from bench_search_saved_index loop
        execute format('drop index %s', saved.name);
    end loop;
end
$$;
select search_clear() as cleared \gset
\elif :building
-- The DO block cannot read psql's variables: the part goes in as a setting.
set bench.part = :'part';
do $$
declare
    saved record;
begin
    for saved in select * from bench_search_saved_index
                  where (definition ~ ' USING gin ') = (current_setting('bench.part') = '1') loop
        execute saved.definition;
    end loop;
end
$$;
\else
drop table bench_search_saved_index;
\endif
