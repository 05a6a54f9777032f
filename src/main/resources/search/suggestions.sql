-- Drugs and conditions to go to as the text is typed: those with a name, alias or synonym that is the text or
-- starts with it, the record's own name first, then the shortest; position counts from 1. Also part of
-- interpret.sql, which runs it with the rest of a search's reading.
select kind, record_id, slug, name, position
  from (select found.kind, found.record_id, found.slug, found.name,
               row_number() over (order by found.exact desc, found.length, found.name) as position
          from (select distinct on (n.kind, n.record_id) n.kind, n.record_id, n.slug, p.name,
                       n.normalized = search_normalize(:text) as exact, length(n.normalized) as length
                  from search_name n
                  join search_name p on p.kind = n.kind and p.record_id = n.record_id and p.is_primary
                 where n.normalized like search_normalize(:text) || '%'
                   and search_normalize(:text) <> '' and cast(:limit as integer) > 0
                 order by n.kind, n.record_id, n.normalized = search_normalize(:text) desc,
                          length(n.normalized)) found) ranked
 where position <= :limit
 order by position
