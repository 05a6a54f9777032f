-- Each posting carries its document's title signature: 64 bits, with the bit of each lexeme of the document's titles
-- and names set (search_lexeme_bit). A search of several words driven by postings (search/driven.sql) looks each
-- posting's document up to check that its titles match the whole text; a document whose signature lacks the bit of
-- a word its titles must contain cannot match, so its posting is passed over without that lookup. At 600,000
-- studies, most searches of two words (195 of 198 drawn from bench/search.sh's varied searches) looked up 2,000
-- documents' titles to learn that postings could not give their candidates: driven.sql took 10.3 ms on average,
-- and 3.4 ms with signatures.

-- The bit of one lexeme: one of 64, chosen by the first byte of its MD5. A hash of PostgreSQL's own (hashtext) may
-- change with its version, and a signature written before an upgrade would then lack bits a search asks for after.
create function search_lexeme_bit(lexeme text) returns bigint
    language sql immutable parallel safe
    return 1::bigint << (get_byte(decode(md5(lexeme), 'hex'), 0) & 63);

-- The bits of some lexemes; 0 for none. A document's title signature is that of its titles' and names' lexemes
-- (tsvector_to_array(title_document)); a search's, that of the words its titles must contain.
create function search_signature(lexemes text[]) returns bigint
    language sql immutable parallel safe
    return (select coalesce(bit_or(search_lexeme_bit(l)), 0) from unnest(lexemes) l);

-- The postings are written again with their signatures, their ranking index built after them.
drop index search_posting_rank_idx;
truncate search_posting;
alter table search_posting add column title_signature bigint not null;

-- As in V16, with the document's signature, worked out once per document rather than once per posting.
create or replace function search_post(post_kind text, from_id bigint, to_id bigint) returns void
    language sql as $$
    insert into search_posting (lexeme, score, year, kind, record_id, design, pem_required, condition_ids, drug_ids,
                                title_signature)
    select t.lexeme, search_rank(d.kind, d.title_document, search_lexeme_query(t.lexeme)), d.year, d.kind,
           d.record_id, d.design, d.pem_required, d.condition_ids, d.drug_ids, s.signature
      from search_document d
     cross join lateral (select search_signature(tsvector_to_array(d.title_document)) as signature offset 0) s
     cross join unnest(d.title_document) t
     where d.kind = post_kind and d.record_id between from_id and to_id;
$$;

select search_post(kind, min(record_id), max(record_id)) from search_document group by kind;

-- V16's index, covering the signature too: driven.sql reads it with the other columns, without the table.
create index search_posting_rank_idx on search_posting
    (lexeme, score desc, year desc nulls last, kind, record_id)
    include (design, pem_required, condition_ids, drug_ids, title_signature);
