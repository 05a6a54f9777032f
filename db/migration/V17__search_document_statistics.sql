-- How many of the documents' lexemes the planner keeps frequencies of (ANALYZE's most common elements): ten times
-- this target. At the default (100: 1,000 lexemes) any other lexeme is estimated at 0.5 % of the documents, however
-- rare. A search for a name that several records share has a query that is an "or" of each record's names and
-- filter lexeme (21 lexemes for a brand name of 10 drugs), so it was estimated at a tenth of the documents, and
-- search/matches.sql scanned the table expecting to find its 1,001 early: it read all of it, 1.7 s at 600,000
-- studies for 796 matches, up to 12 s under load. At 1,000 (10,000 lexemes; measured there) a lexeme outside them
-- is estimated at 222 documents: the same search at 4,647, read from the GIN index in 4 to 5 ms, and the index is
-- chosen up to about 35 such lexemes (a name about 17 records share). ANALYZE of the documents takes 7 s instead
-- of under 1, and planning a search about 0.03 ms more.
alter table search_document alter column document set statistics 1000;
