-- Each document's titles and names as lexemes (title_document) beside its key, for search/driven.sql: a search of
-- several words looks each posting of its rarest word up to check and rank the document by all of them, up to 2,000
-- a search. In this index a lookup reads the title_document without the table's page (an index-only scan): the 1,078
-- lookups of "quality of life" at 600,000 studies took about 4 instead of 6 µs each, and pgbench at 16 clients ran
-- that search's statements 20 % more often (alternating runs: 187-206 against 149-176 a second). About 220 MB
-- there, beside the table's 1.5 GB. The primary key stays as it was, for the writes and the other reads by key.
create index search_document_title_idx on search_document (kind, record_id) include (title_document);
