-- A bulk rebuild writes studies and forum excerpts in turn, so that the documents' physical order mixes them.
--
-- A search that postings cannot give candidates to (search/matches.sql: several words found together only in text)
-- and whose words are in many documents scans search_document in physical order and stops at its 1,001st match:
-- the planner expects matches to be spread evenly through the table. search_rebuild() wrote each kind in one run
-- (drugs, conditions, studies, then excerpts) and bench/generate.sh wrote the excerpts before the studies, so words
-- found only in one kind's documents were met only after the other kind's run. At 600,000 studies, "placebo report"
-- (282,703 matches: 282,702 studies and a drug) read 108,243 excerpts before its 1,001 matches: 80 ms, where the
-- same scan started at the first study takes 5 ms. Written as search_rebuild() had it, a search for words found
-- only in excerpts would read 594,000 studies first.
--
-- search_rebuild_chunks() is the order a bulk rebuild writes documents in, one row a search_rebuild_range() call:
-- chunk 0 is the drugs and then the conditions, whole, so that they lead the table as V13 has them; chunks 1 to 64
-- split the studies and the excerpts each into that many ranges of ids, the same number of records in each, a
-- chunk's studies before its excerpts. Written in that order (search_rebuild() below; bench/generate.sh writes
-- chunk 0 and then gives the odd and the even chunks to two sessions), a sixty-fourth of each kind comes in turn:
-- at 600,000 studies about 9,300 studies, then 1,600 excerpts. Documents refreshed one by one afterwards
-- (search_refresh()) go wherever PostgreSQL finds room, in the order records are written, which mixes kinds as
-- they come.
create function search_rebuild_chunks()
    returns table (chunk integer, kind text, from_id bigint, to_id bigint)
    language sql stable as $$
    select parts.chunk, parts.kind, parts.from_id, parts.to_id
      from (select 0 as chunk, names.kind, 0::bigint as from_id, 9223372036854775807::bigint as to_id
              from unnest(array['DRUG', 'CONDITION']) as names(kind)
            union all
            select ids.chunk, ids.kind, min(ids.id), max(ids.id)
              from (select 'STUDY' as kind, s.id, ntile(64) over (order by s.id) as chunk from study s
                    union all
                    select 'DISCUSSION', e.id, ntile(64) over (order by e.id) from discussion_excerpt e) ids
             group by ids.chunk, ids.kind) parts
     order by parts.chunk, array_position(array['DRUG', 'CONDITION', 'STUDY', 'DISCUSSION'], parts.kind);
$$;

create or replace function search_rebuild() returns void
    language plpgsql as $$
declare
    part record;
begin
    perform search_clear();
    for part in select * from search_rebuild_chunks() loop
        perform search_rebuild_range(part.kind, part.from_id, part.to_id);
    end loop;
end
$$;
