-- The search tables' generation: a number that grows with every transaction that changes what search finds.
-- The application keeps recent searches' results for as long as the generation they were read at is current
-- (search.SearchCache): one single-row read per search tells whether they still are, on every instance.
--
-- A search reads the generation before its statements, and in READ COMMITTED each statement's snapshot is at
-- least as new as the one before, so results are never older than the generation they are kept under.
--
-- A transaction takes the row when it first queues a record for re-indexing (search_enqueue, during the
-- transaction), not only when the deferred trigger rewrites documents at commit. So writers of searchable records
-- wait for each other at their first such change, before either holds a search_document row: two commits that
-- rewrite the same documents in different orders cannot deadlock on this row. Bulk writes of the search tables
-- themselves (search_rebuild(), search_rebuild_range()) move it by the statement triggers below.

create table search_generation (
    id    boolean primary key default true check (id),
    value bigint  not null
);

insert into search_generation (value) values (1);

create function search_next_generation() returns void
    language sql as $$
    update search_generation set value = value + 1;
$$;

create function search_generation_changed() returns trigger
    language plpgsql as $$
begin
    perform search_next_generation();
    return null;
end
$$;

create trigger search_document_generation after insert or update or delete or truncate on search_document
    for each statement execute function search_generation_changed();

create trigger search_name_generation after insert or update or delete or truncate on search_name
    for each statement execute function search_generation_changed();

create or replace function search_enqueue(queue_kind text, queue_ids bigint[]) returns void
    language plpgsql as $$
begin
    perform search_next_generation();
    insert into search_pending (kind, record_id)
    select queue_kind, id from unnest(queue_ids) id where id is not null
    on conflict do nothing;
end
$$;
