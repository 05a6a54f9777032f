-- For a search that found nothing as typed: for each run of words, the drug or condition name, alias or synonym
-- most like it by trigrams (pg_trgm), when it is alike enough and not the same. :grams as in interpret.sql. The
-- sessions' pg_trgm.similarity_threshold (search/session.options) is the same 0.45, so that % finds no names that
-- are then dropped.
select (g.gram ->> 'first')::integer as first_word, (g.gram ->> 'last')::integer as last_word,
       best.name, best.similarity
  from jsonb_array_elements(cast(:grams as jsonb)) as g(gram)
 cross join lateral (
        select n.name, n.normalized, similarity(n.normalized, search_normalize(g.gram ->> 'text')) as similarity
          from search_name n
         where n.normalized % search_normalize(g.gram ->> 'text')
         order by similarity desc, n.is_primary desc, n.name
         limit 1) best
 where best.similarity >= 0.45
   and best.normalized <> search_normalize(g.gram ->> 'text')
 order by best.similarity desc, (g.gram ->> 'last')::integer - (g.gram ->> 'first')::integer desc,
          (g.gram ->> 'first')::integer
