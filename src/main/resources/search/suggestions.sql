-- Drugs and conditions to go to as the text is typed: those with a name, alias or synonym that is the text or
-- starts with it, the record's own name first, then the shortest.
select kind, record_id, slug, name
  from (select distinct on (n.kind, n.record_id) n.kind, n.record_id, n.slug, p.name,
               n.normalized = search_normalize(:text) as exact, length(n.normalized) as length
          from search_name n
          join search_name p on p.kind = n.kind and p.record_id = n.record_id and p.is_primary
         where n.normalized like search_normalize(:text) || '%'
           and search_normalize(:text) <> ''
         order by n.kind, n.record_id, n.normalized = search_normalize(:text) desc, length(n.normalized)) found
 order by exact desc, length, name
 limit :limit
