-- Drugs and conditions to go to as the text is typed: those with a name, alias or synonym that is the text or
-- starts with it, the record's own name first, then the shortest; position counts from 1. Also part of
-- interpret.sql, which runs it with the rest of a search's reading. "Starts with" is a range of the normalised
-- names (normalised text has only letters, digits and spaces; U+10FFFF is above any of them) rather than LIKE,
-- whose pattern the index can use only when it is known at planning: this statement is planned once for any text
-- (search.SearchStatements).
select kind, record_id, slug, name, position
  from (select found.kind, found.record_id, found.slug, p.name,
               row_number() over (order by found.exact desc, found.length, p.name) as position
          from (select distinct on (n.kind, n.record_id) n.kind, n.record_id, n.slug,
                       n.normalized = search_normalize(:text) as exact, length(n.normalized) as length
                  from search_name n
                 where n.normalized ~>=~ search_normalize(:text)
                   and n.normalized ~<~ (search_normalize(:text) || chr(1114111))
                   and search_normalize(:text) <> '' and cast(:limit as integer) > 0
                 order by n.kind, n.record_id, n.normalized = search_normalize(:text) desc,
                          length(n.normalized)) found
          -- Lateral and limited (a record has one name of its own), so that it is looked up for each name found:
          -- a plan made once for any text joined by reading every primary name (4.7 ms at 24,000 names).
          cross join lateral (select p.name from search_name p
                               where p.kind = found.kind and p.record_id = found.record_id and p.is_primary
                               limit 1) p
       ) ranked
 where position <= :limit
 order by position
