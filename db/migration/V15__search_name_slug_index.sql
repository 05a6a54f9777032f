-- Search's filters name a drug or a condition by its slug (search/interpret.sql reads the record's primary name
-- by kind and slug). Without an index that read scanned every name: at the benchmark's 24,000 names, 1.7 ms of
-- the 4.3 ms it took to read a filtered search's words.
create index search_name_slug_idx on search_name (kind, slug) where is_primary;
