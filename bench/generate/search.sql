-- Fills the search tables with search_rebuild(), in one transaction.
--
-- search_document's GIN index is created with fastupdate = off, so search_rebuild() inserting hundreds of
-- thousands of documents updates it one document and one lexeme at a time: measured at about 0.8 ms a document,
-- against about 0.1 ms to build the same index afterwards. So the search tables' plain indexes (not unique, not
-- behind a constraint, whatever their definition is at the time) are dropped first and created again afterwards
-- from their own definitions, leaving the schema exactly as it was.

create temporary table saved_index on commit drop as
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
    for saved in select * from saved_index loop
        execute format('drop index %s', saved.name);
    end loop;
end
$$;

select clock_timestamp() as started \gset
select search_rebuild() as rebuilt \gset
select round(extract(epoch from clock_timestamp() - :'started')::numeric, 1) as seconds,
       string_agg(name, ', ') as names from saved_index \gset
\echo '            search_rebuild()       ' :seconds's  (without the indexes' :names')'

select clock_timestamp() as started \gset
do $$
declare
    saved record;
begin
    for saved in select * from saved_index loop
        execute saved.definition;
    end loop;
end
$$;
select round(extract(epoch from clock_timestamp() - :'started')::numeric, 1) as seconds \gset
\echo '            indexes created again  ' :seconds's'
