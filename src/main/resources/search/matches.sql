-- The candidates of a search (search.Candidates) when postings cannot give them (driven.sql): up to :candidates + 1
-- documents matching :query, the words and the filters as lexemes (db/migration/V13), in the order the plan finds
-- them (/*order*/: none, or newest first when sorting by year), with their rank for the words alone (:textQuery,
-- /*score*/). :yearFrom and :yearTo may be null. Planned for each search's values (search.SearchStatements): a
-- word in a few documents is read from the GIN index, one in many by scanning until enough are found.
select d.kind, d.record_id, d.year, d.design, d.pem_required, d.condition_ids, d.drug_ids, /*score*/ as score
  from search_document d
 where d.document @@ cast(:query as tsquery)
   and (cast(:yearFrom as integer) is null or d.year >= cast(:yearFrom as integer))
   and (cast(:yearTo as integer) is null or d.year <= cast(:yearTo as integer))
 /*order*/
 limit :candidates + 1
