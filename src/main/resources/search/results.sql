-- One page of hits with the facets and the count of the same search, in one statement (search.SearchRepository).
-- Work is bounded for common words: at most :candidates + 1 matching documents are read; the ranking, the facets and
-- the count are over those, and a count above :candidates is shown as "more than". A search of one lexeme without
-- filters (:lexeme, else null) takes them from the lexeme's postings (search_posting, db/migration/V16), best first,
-- when it has more than :candidates of them: the best-ranked documents of all that match. Otherwise they are the
-- documents matching :query in the order the plan finds them, or newest first when sorting by year.
-- Only the small columns of the candidates are kept; the page's own rows are read again for their titles and the
-- first 1,200 characters of their text (cut: whether there is more), in which the application marks the matched
-- words (search.Highlighter).
-- The page is the top of the ranking (a bounded sort), not a numbering of every candidate; the facets unnest their
-- arrays in the select list, rather than calling a set-returning function in from for every candidate. Together
-- these took about a tenth off the statement for a common word at 600,000 studies (16.1 ms against 17.7, median).
-- The matches are written once: the postings' count is a number (posted), not a copy of the postings, and the
-- candidates are read from the matches rather than copied again; kind, design, PEM and decade are counted in one
-- pass (grouping sets). These took about a quarter off that statement again (5.2 ms against 7.1, median of 20
-- runs' planning and execution at 600,000 studies).
-- Condition and drug facets count the studies and excerpts about each. :query is a tsquery of the words and the
-- filters; :textQuery the words' part alone, for ranking (null when only filters are set: then hits come newest
-- first). :yearFrom and :yearTo may be null.
with posted as materialized (
    select count(*) as n
      from (select 1 from search_posting p where p.lexeme = cast(:lexeme as text) limit :candidates + 1) p
),
matches as materialized (
    (select p.kind, p.record_id, p.year, p.condition_ids, p.drug_ids, p.design, p.pem_required, p.score
       from search_posting p
      where p.lexeme = cast(:lexeme as text) and (select n from posted) > :candidates
      order by p.score desc, p.year desc nulls last, p.kind, p.record_id
      limit :candidates + 1)
    union all
    (select d.kind, d.record_id, d.year, d.condition_ids, d.drug_ids, d.design, d.pem_required,
            /*score*/ as score
       from search_document d
      where (select n from posted) <= :candidates
        and d.document @@ cast(:query as tsquery)
        and (cast(:yearFrom as integer) is null or d.year >= cast(:yearFrom as integer))
        and (cast(:yearTo as integer) is null or d.year <= cast(:yearTo as integer))
      /*order*/
      limit :candidates + 1)
),
candidates as not materialized (
    select * from matches limit :candidates
),
page as (
    select d.kind, d.slug, d.title, left(d.body, 1200) as text, length(d.body) > 1200 as cut, d.year, d.design,
           d.pem_required, d.retracted, r.score, r.position
      from (select c.kind, c.record_id, c.score, row_number() over (/*rank*/) as position
              from (select c.kind, c.record_id, c.score, c.year
                      from candidates c
                     /*rank*/
                     limit :pageSize offset :offset) c) r
      join search_document d on d.kind = r.kind and d.record_id = r.record_id
),
counted as (
    select kind, design, pem, decade, count(*) as n
      from (select kind, design,
                   case when kind <> 'STUDY' then null when pem_required then 'required'
                        when not pem_required then 'not-required' else 'not-reported' end as pem,
                   year / 10 * 10 as decade
              from candidates) c
     group by grouping sets ((kind), (design), (pem), (decade))
)
select (select count(*) from matches) as matched,
       (select coalesce(json_agg(json_build_object(
                   'kind', p.kind, 'slug', p.slug, 'year', p.year, 'design', p.design, 'pem', p.pem_required,
                   'retracted', p.retracted,
                   'score', round(p.score::numeric, 6),
                   'title', p.title, 'text', p.text, 'cut', p.cut)
                   order by p.position), '[]')
          from page p) as hits,
       (select coalesce(json_agg(json_build_array(kind, n) order by n desc, kind), '[]')
          from counted where kind is not null) as kinds,
       (select coalesce(json_agg(json_build_array(design, n) order by n desc, design), '[]')
          from counted where design is not null) as designs,
       (select coalesce(json_agg(json_build_array(pem, n) order by n desc, pem), '[]')
          from counted where pem is not null) as pem,
       (select coalesce(json_agg(json_build_array(decade, n) order by decade desc), '[]')
          from counted where decade is not null) as decades,
       (select coalesce(json_agg(json_build_array(n.slug, n.name, f.n) order by f.n desc, n.name), '[]')
          from (select id, count(*) as n
                  from (select unnest(condition_ids) as id from candidates where kind in ('STUDY', 'DISCUSSION')) u
                 group by id order by count(*) desc, id limit :facetSize) f
          join search_name n on n.kind = 'CONDITION' and n.record_id = f.id and n.is_primary) as conditions,
       (select coalesce(json_agg(json_build_array(n.slug, n.name, f.n) order by f.n desc, n.name), '[]')
          from (select id, count(*) as n
                  from (select unnest(drug_ids) as id from candidates where kind in ('STUDY', 'DISCUSSION')) u
                 group by id order by count(*) desc, id limit :facetSize) f
          join search_name n on n.kind = 'DRUG' and n.record_id = f.id and n.is_primary) as drugs
