-- Pre-ranked postings of title lexemes, so that a one-word search reads its best candidates in order.
--
-- A search ranks at most 1,000 candidates (search/results.sql). For a word found in more documents than that,
-- which thousand were ranked used to be whichever the plan read first: for "fatigue" at 600,000 studies, the
-- first 1,001 of its 93,652 matches in physical order, so better-titled records elsewhere never reached the first
-- page, and reading them scanned about 7,000 wide rows. search_posting holds, for every lexeme of every
-- document's titles and names (title_document), the score that document ranks with for that lexeme alone and the
-- columns the facets count. A search of one lexeme without filters that has more postings than candidates takes
-- its candidates from here: the best 1,001 by the same order the page sorts by, in one index-only range read.
-- Documents that match only in their text score 0, so they cannot be among a lexeme's best thousand when it has
-- more than a thousand postings.

-- How search ranks a document for a tsquery: by its titles and names, drugs and conditions first. The one
-- definition, used by search/results.sql (inlined by the planner) and by the postings.
create function search_rank(kind text, title_document tsvector, query tsquery) returns double precision
    language sql immutable parallel safe
    return coalesce(ts_rank(title_document, query), 0)
           * case kind when 'DRUG' then 4 when 'CONDITION' then 4 when 'STUDY' then 2 else 1 end;

-- The tsquery of one lexeme as it is (no parsing, stemming or stop words): quoted, with quotes and backslashes
-- escaped as tsquery's input wants them.
create function search_lexeme_query(lexeme text) returns tsquery
    language sql immutable parallel safe
    return cast('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''' as tsquery);

create table search_posting (
    lexeme        text             not null,
    score         double precision not null,
    year          integer,
    kind          varchar(20)      not null,
    record_id     bigint           not null,
    design        varchar(40),
    pem_required  boolean,
    condition_ids bigint[]         not null,
    drug_ids      bigint[]         not null
);

-- The ranking order of search/results.sql within a lexeme, covering the facets' columns: an index-only scan.
create index search_posting_rank_idx on search_posting
    (lexeme, score desc, year desc nulls last, kind, record_id)
    include (design, pem_required, condition_ids, drug_ids);
create index search_posting_record_idx on search_posting (kind, record_id);

-- Writes the postings of one kind's documents with ids from..to (after their search_document rows are written).
create function search_post(post_kind text, from_id bigint, to_id bigint) returns void
    language sql as $$
    insert into search_posting (lexeme, score, year, kind, record_id, design, pem_required, condition_ids, drug_ids)
    select t.lexeme, search_rank(d.kind, d.title_document, search_lexeme_query(t.lexeme)), d.year, d.kind,
           d.record_id, d.design, d.pem_required, d.condition_ids, d.drug_ids
      from search_document d
     cross join unnest(d.title_document) t
     where d.kind = post_kind and d.record_id between from_id and to_id;
$$;

-- Writes the documents of one kind's records with ids from..to, their postings and, for drugs and conditions, their
-- names; returns how many documents. What search_refresh and search_rebuild_range (V13) did, with the postings.
create function search_write(write_kind text, from_id bigint, to_id bigint) returns bigint
    language plpgsql as $$
declare
    written bigint;
begin
    insert into search_document (kind, record_id, slug, title, body, year, design, pem_required, retracted,
                                 condition_ids, drug_ids, title_document, document)
    select kind, record_id, slug, title, body, year, design, pem_required, retracted, condition_ids, drug_ids,
           title_document,
           title_document || text_document
           || search_filter_lexemes(kind, condition_ids, drug_ids, design, pem_required)
      from search_source
     where kind = write_kind and record_id between from_id and to_id;
    get diagnostics written = row_count;
    perform search_post(write_kind, from_id, to_id);
    if write_kind in ('DRUG', 'CONDITION') then
        insert into search_name (kind, record_id, slug, name, normalized, is_primary)
        select kind, record_id, slug, name, search_normalize(name), is_primary
          from search_source_name
         where kind = write_kind and record_id between from_id and to_id and search_normalize(name) <> '';
    end if;
    return written;
end
$$;

create or replace function search_refresh(refresh_kind text, refresh_id bigint) returns void
    language plpgsql as $$
begin
    delete from search_posting where kind = refresh_kind and record_id = refresh_id;
    delete from search_document where kind = refresh_kind and record_id = refresh_id;
    delete from search_name where kind = refresh_kind and record_id = refresh_id;
    perform search_write(refresh_kind, refresh_id, refresh_id);
end
$$;

create or replace function search_clear() returns void
    language sql as $$
    truncate search_document, search_posting, search_name, search_pending;
$$;

create or replace function search_rebuild_range(rebuild_kind text, from_id bigint, to_id bigint) returns bigint
    language sql as $$
    select search_write(rebuild_kind, from_id, to_id);
$$;

-- The documents written before this migration.
select search_post(kind, min(record_id), max(record_id)) from search_document group by kind;
