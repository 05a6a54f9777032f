-- How a search's words are read, in one round trip (search.QueryInterpreter):
--   word       each typed word's tsquery as the catalogue's text search configuration reads it (stemmed,
--              stop words empty, hyphenated words as phrases, a slash between words as a space, as in documents)
--   name       each run of words that is a drug's or condition's name, alias or synonym, with its record, the
--              name as written (value), the tsquery of the record's own name and the run as a phrase
--   phrase     each quoted phrase (:phrases) as a phrase: its words in order at the distances they are typed at,
--              stop words included ("quality of life" is 'qualiti' <2> 'life', as documents place them)
--   condition  the condition filter's slug resolved to its id        drug  the drug filter's, likewise
--   suggestion up to :limit drugs and conditions whose names start with :text (suggestions.sql), first_word
--              their position
-- :words is a JSON array ["word", ...]; :grams and :phrases are [{"first": 1, "last": 2, "text": "..."}, ...].
select 'word' as row_kind, w.position::integer as first_word, w.position::integer as last_word,
       plainto_tsquery('catalogue', translate(w.word, '/', ' '))::text as value, null::bigint as record_id,
       null as slug, null as name, null as record_kind, null as name_query, null as phrase
  from jsonb_array_elements_text(cast(:words as jsonb)) with ordinality as w(word, position)
union all
select 'name', (g.gram ->> 'first')::integer, (g.gram ->> 'last')::integer, n.name, n.record_id, n.slug,
       p.name, n.kind, plainto_tsquery('catalogue', translate(p.name, '/', ' '))::text,
       phraseto_tsquery('catalogue', translate(g.gram ->> 'text', '/', ' '))::text
  from jsonb_array_elements(cast(:grams as jsonb)) as g(gram)
 -- Lateral (and the record's own name limited to its one), so that even a plan made once for any text looks
 -- each run of words up by index rather than reading every name.
 cross join lateral (select n.* from search_name n where n.normalized = search_normalize(g.gram ->> 'text')) n
 cross join lateral (select p.name from search_name p
                      where p.kind = n.kind and p.record_id = n.record_id and p.is_primary limit 1) p
union all
select 'phrase', (g.gram ->> 'first')::integer, (g.gram ->> 'last')::integer, null, null, null, null, null, null,
       phraseto_tsquery('catalogue', translate(g.gram ->> 'text', '/', ' '))::text
  from jsonb_array_elements(cast(:phrases as jsonb)) as g(gram)
union all
select 'condition', null, null, null, n.record_id, n.slug, n.name, n.kind, null, null
  from search_name n
 where n.kind = 'CONDITION' and n.slug = :conditionSlug and n.is_primary
union all
select 'drug', null, null, null, n.record_id, n.slug, n.name, n.kind, null, null
  from search_name n
 where n.kind = 'DRUG' and n.slug = :drugSlug and n.is_primary
union all
select 'suggestion', s.position::integer, null, null, s.record_id, s.slug, s.name, s.kind, null, null
  from (
/*suggestions*/
  ) s
