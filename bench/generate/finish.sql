-- After the load: identity sequences moved past the ids set explicitly, and the generator's schema dropped.

do $$
declare
    col record;
begin
    for col in
        select c.relname as table_name, a.attname as column_name
          from pg_attribute a
          join pg_class c on c.oid = a.attrelid
          join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and a.attidentity <> '' and c.relkind = 'r'
    loop
        execute format('select setval(pg_get_serial_sequence(%L, %L), max(%I)) from %I having max(%I) is not null',
                       col.table_name, col.column_name, col.column_name, col.table_name, col.column_name);
    end loop;
end
$$;

drop schema bench_gen cascade;
