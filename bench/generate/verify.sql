-- Foreign keys were not checked while loading (session_replication_role = replica): every foreign key of the
-- schema is checked now with one anti-join each. Raises an error naming the constraints that are violated.

set work_mem = '256MB';

do $$
declare
    fk record;
    violations bigint;
    failed text[] := '{}';
begin
    for fk in
        select con.conname, con.conrelid::regclass as child, con.confrelid::regclass as parent,
               (select string_agg(format('c.%I = p.%I', ca.attname, pa.attname), ' and ')
                  from unnest(con.conkey, con.confkey) k(child_att, parent_att)
                  join pg_attribute ca on ca.attrelid = con.conrelid and ca.attnum = k.child_att
                  join pg_attribute pa on pa.attrelid = con.confrelid and pa.attnum = k.parent_att) as joined,
               (select string_agg(format('c.%I is not null', ca.attname), ' and ')
                  from unnest(con.conkey) k(child_att)
                  join pg_attribute ca on ca.attrelid = con.conrelid and ca.attnum = k.child_att) as present
          from pg_constraint con
          join pg_namespace n on n.oid = con.connamespace
         where con.contype = 'f' and n.nspname = 'public'
    loop
        execute format('select count(*) from %s c where %s and not exists (select from %s p where %s)',
                       fk.child, fk.present, fk.parent, fk.joined) into violations;
        if violations > 0 then
            failed := failed || format('%s (%s rows of %s)', fk.conname, violations, fk.child);
        end if;
    end loop;
    if cardinality(failed) > 0 then
        raise exception 'foreign keys violated: %', array_to_string(failed, ', ');
    end if;
end
$$;
