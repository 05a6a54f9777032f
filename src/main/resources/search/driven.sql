-- The candidates of a search ranked by relevance whose text has words that every match must contain (:drivers,
-- the lexemes of its parts that are neither alternatives nor names), read from postings (search_posting,
-- db/migration/V16) rather than found among the documents (matches.sql). A search ranks and counts at most
-- :candidates matches (search.Candidates): this reads :candidates + 1, or fewer when it cannot tell which they are,
-- and then the search reads matches.sql instead.
-- The rarest driver (fewest postings, counted up to :candidates + 1; then the longest, then the first) drives: its
-- postings are read best first, the filters are checked on their own columns (kind, design, PEM, years, and the
-- condition's and drug's ids: a condition includes its descendants, as its filter lexeme does), and, when the text
-- has other parts too (:probe), the document's titles and names must match the whole text (:textQuery), which then
-- ranks it; a posting whose document's title signature (db/migration/V20) lacks a driver's bit is passed over without
-- looking its document up, since its titles cannot have that word, and no document is looked up at all unless more
-- than :candidates postings pass (fewer cannot give the candidates). Only when this finds more than :candidates are
-- they the candidates: the best-ranked of all matches for one word (documents that match only in their text rank 0,
-- below any title), and the first found in the driving word's order for more. At most :scanned postings are read,
-- so that a driver that does not find enough costs a few milliseconds at most. Filters and years may be null.
-- Planned once (search.SearchStatements), for any values and whatever the tables' size then: what it returns does
-- not depend on the plan (see the order by).
with driver as materialized (
    select l.lexeme,
           (select count(*) from (select 1 from search_posting p where p.lexeme = l.lexeme
                                  limit :candidates + 1) c) as postings
      from unnest(cast(:drivers as text[])) with ordinality as l(lexeme, position)
     order by postings, length(l.lexeme) desc, l.position
     limit 1
),
-- The search's own values, worked out once: the tsquery of its text, and the bits every title signature of a match
-- has (those of the drivers, which its titles must all contain). In a statement planned once, a parameter cast where
-- rows are read is cast again for each row: "quality of life" parsed its tsquery twice for each of the thousand
-- documents it ranks, and worked its signature out for each of the two readings of the postings (at 600,000
-- studies, 5.6 ms for the statement, 4.5 ms with these once; medians of ten).
asked as materialized (
    select cast(:textQuery as tsquery) as query, search_signature(cast(:drivers as text[])) as bits
),
family as (
    with recursive descendants(id) as (
        select id from condition where id = cast(:conditionId as bigint)
        union
        select c.id from condition c join descendants d on c.parent_id = d.id)
    select array_agg(id) as ids from descendants
),
-- The driver's postings, best first, that pass the filters on their own columns and, with :probe, whose title
-- signatures have the bits of every driver: the only ones that can match. Written once, read twice (not materialized:
-- each reading stops when it has enough). The driver is a value, not a lateral join, so that the plan knows the rows
-- come in the order below and needs no sort.
passing as not materialized (
    select p.*
      from (select p.*
              from search_posting p
             where p.lexeme = (select driver.lexeme from driver where driver.postings > :candidates)
             order by p.score desc, p.year desc nulls last, p.kind, p.record_id
             limit :scanned) p
     where (cast(:kind as text) is null or p.kind = cast(:kind as text))
       and (cast(:conditionId as bigint) is null or p.condition_ids && (select ids from family))
       and (cast(:drugId as bigint) is null or cast(:drugId as bigint) = any (p.drug_ids))
       and (cast(:design as text) is null or p.design = cast(:design as text))
       and (cast(:pem as boolean) is null or (p.kind = 'STUDY' and p.pem_required = cast(:pem as boolean)))
       and (cast(:yearFrom as integer) is null or p.year >= cast(:yearFrom as integer))
       and (cast(:yearTo as integer) is null or p.year <= cast(:yearTo as integer))
       and (not :probe or (~p.title_signature & (select bits from asked)) = 0)
)
select p.kind, p.record_id, p.year, p.design, p.pem_required, p.condition_ids, p.drug_ids,
       case when :probe then search_rank(p.kind, d.title_document, (select query from asked))
            else p.score end as score
  from passing p
  -- A lateral subquery kept whole (offset 0: not merged into the join), so that without :probe its plan skips the
  -- lookup altogether and with it looks each posting up in turn, in search_document_title_idx alone (V19).
  left join lateral (
        select d.title_document
          from search_document d
         where :probe and d.kind = p.kind and d.record_id = p.record_id
        offset 0) d on true
 where (not :probe or d.title_document @@ (select query from asked))
   -- With :probe, more than :candidates can match only if more than :candidates postings pass; when fewer pass, no
   -- document is looked up at all (most searches of two words, whose words seldom share a title).
   and (not :probe or (select count(*) from (select 1 from passing limit :candidates + 1) c) > :candidates)
 -- In the postings' order, which the plan keeps: which :candidates + 1 are read must not depend on the plan (a plan
 -- made once while the tables were small joined the documents by sorting on the records' ids, and kept others).
 order by p.score desc, p.year desc nulls last, p.kind, p.record_id
 limit :candidates + 1
