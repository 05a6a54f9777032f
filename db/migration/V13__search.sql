-- Search over drugs, conditions, studies and discussion excerpts (DESIGN.md, Search).
--
-- search_document holds one row per publicly visible record: published or retracted studies, and drugs,
-- conditions and excerpts that are not deleted. Its tsvector weighs the record's name or title A, its other
-- names and the names it links to B, its substance C and its attribution D; title_document holds the A and B
-- parts alone, for ranking: a search ranks by titles and names, then by year. Filters are lexemes in the same
-- tsvector, so one GIN index answers text and filters together:
--   k:study k:drug k:condition k:discussion   kind
--   c:<id>    a condition a study, excerpt or condition is about, and every ancestor of it (a parent finds its
--             children's records); a drug's uses do not count, so a condition filter finds evidence, not labels
--   d:<id>    a drug the record is about
--   g:<design>   a study's design (lower case)     p:yes p:no p:unknown   whether a study required PEM
-- Such lexemes contain ':', which the text parser never produces from typed words, so no query text can
-- reach them. search_name holds every name, alias and synonym of drugs and conditions, normalised, for
-- expansion (exact match) and for "did you mean" and suggestions (pg_trgm).
--
-- Triggers keep both current in the transaction that changes a record: row triggers on the record's
-- tables queue (kind, id) once per transaction in search_pending, and a deferred trigger on that queue
-- rebuilds each queued record at commit. Bulk loads disable triggers and then rebuild (search_rebuild() below).

create text search configuration catalogue (copy = english);
alter text search configuration catalogue
    alter mapping for hword, hword_part, word with unaccent, english_stem;

create function search_normalize(value text) returns text
    language sql stable parallel safe
    return btrim(regexp_replace(lower(unaccent(coalesce(value, ''))), '[^[:alnum:]]+', ' ', 'g'));

-- A slash separates words ("ME/CFS"): the parser would otherwise read "encephalomyelitis/chronic" as a path.
create function search_weighted(value text, weight "char") returns tsvector
    language sql stable parallel safe
    return setweight(to_tsvector('catalogue', translate(coalesce(value, ''), '/', ' ')), weight);

create table search_document (
    kind          varchar(20)  not null check (kind in ('DRUG', 'CONDITION', 'STUDY', 'DISCUSSION')),
    record_id     bigint       not null,
    slug          varchar(160) not null,
    title         text         not null,
    body          text         not null,
    year          integer,
    design        varchar(40),
    pem_required  boolean,
    retracted     boolean      not null default false,
    condition_ids bigint[]     not null default '{}',
    drug_ids      bigint[]     not null default '{}',
    title_document tsvector    not null,
    document      tsvector     not null,
    primary key (kind, record_id)
);

-- Storage for speed at scale: a search reads up to a thousand candidates' small columns and their titles'
-- tsvector (ranking), so those stay inline and uncompressed; the whole-document tsvector (matching, seldom
-- read: only to recheck phrases) is compressed inline; the snippet text, read for one page of hits, lives out
-- of line.
alter table search_document alter column body set storage external;
alter table search_document alter column document set storage main;
alter table search_document alter column title_document set storage plain;
alter table search_document alter column condition_ids set storage plain;
alter table search_document alter column drug_ids set storage plain;
alter table search_document alter column slug set storage plain;
alter table search_document alter column design set storage plain;
alter table search_document alter column title set storage main;
create index search_document_document_idx on search_document using gin (document) with (fastupdate = off);
create index search_document_year_idx on search_document (year desc nulls last, kind, record_id);

create table search_name (
    kind       varchar(20)  not null check (kind in ('DRUG', 'CONDITION')),
    record_id  bigint       not null,
    slug       varchar(160) not null,
    name       varchar(200) not null,
    normalized varchar(400) not null,
    is_primary boolean      not null
);

create index search_name_record_idx on search_name (kind, record_id);
create index search_name_normalized_idx on search_name (normalized varchar_pattern_ops);
create index search_name_trigram_idx on search_name using gin (normalized gin_trgm_ops);

create table search_pending (
    kind      varchar(20) not null,
    record_id bigint      not null,
    primary key (kind, record_id)
);

-- The ids of some conditions and all their ancestors, walking up by primary key (a hierarchy's loop ends the walk).
create function search_condition_lineage(condition_ids bigint[]) returns bigint[]
    language plpgsql stable parallel safe as $$
declare
    lineage bigint[] := '{}';
    start_id bigint;
    current_id bigint;
begin
    foreach start_id in array coalesce(condition_ids, '{}') loop
        current_id := start_id;
        while current_id is not null and not current_id = any (lineage) loop
            lineage := lineage || current_id;
            select c.parent_id into current_id from condition c where c.id = current_id;
        end loop;
    end loop;
    return lineage;
end
$$;

create function search_filter_lexemes(kind text, condition_ids bigint[], drug_ids bigint[], design text,
                                      pem_required boolean) returns tsvector
    language plpgsql stable parallel safe as $$
declare
    lexemes text[] := array['k:' || lower(kind)];
    linked bigint;
begin
    foreach linked in array search_condition_lineage(condition_ids) loop
        lexemes := lexemes || ('c:' || linked);
    end loop;
    foreach linked in array coalesce(drug_ids, '{}') loop
        lexemes := lexemes || ('d:' || linked);
    end loop;
    if design is not null then
        lexemes := lexemes || ('g:' || lower(design));
    end if;
    if kind = 'STUDY' then
        lexemes := lexemes || case when pem_required then 'p:yes' when not pem_required then 'p:no' else 'p:unknown' end;
    end if;
    return array_to_tsvector(lexemes);
end
$$;

-- What each kind of record contributes: one view per kind, filtered to what the public may see.

create view search_source_study as
select 'STUDY'::varchar(20) as kind, s.id as record_id, s.slug, s.title,
       left(concat_ws(' ', s.summary_quick, s.summary_findings,
                      (select string_agg(rtrim(concat_ws(': ', o.name, o.result_text), '. ') || '.', ' '
                                         order by o.position)
                         from outcome o where o.study_id = s.id),
                      s.population), 3000) as body,
       s.publication_year as year, s.design, s.pem_required, s.status = 'RETRACTED' as retracted,
       coalesce((select array_agg(sc.condition_id order by sc.condition_id)
                   from study_condition sc where sc.study_id = s.id), '{}') as condition_ids,
       coalesce((select array_agg(distinct drug_id order by drug_id) from (
                     select sd.drug_id from study_drug sd where sd.study_id = s.id
                     union
                     select ai.drug_id from study_arm a join arm_intervention ai on ai.arm_id = a.id
                      where a.study_id = s.id and ai.drug_id is not null) ids), '{}') as drug_ids,
       search_weighted(s.title, 'A')
       || search_weighted(concat_ws(' ',
              (select string_agg(c.name, ' ') from study_condition sc join condition c on c.id = sc.condition_id
                where sc.study_id = s.id),
              (select string_agg(d.name, ' ') from study_drug sd join drug d on d.id = sd.drug_id
                where sd.study_id = s.id),
              (select string_agg(r.identifier, ' ') from study_registration r where r.study_id = s.id),
              s.doi, s.pmid), 'B') as title_document,
       search_weighted(concat_ws(' ', s.summary_quick, s.summary_findings, s.summary_conclusions,
              s.population, s.case_definition,
              (select string_agg(concat_ws(' ', o.name, o.instrument, o.result_text), ' ')
                 from outcome o where o.study_id = s.id),
              (select string_agg(concat_ws(' ', a.label, ai.name), ' ')
                 from study_arm a join arm_intervention ai on ai.arm_id = a.id where a.study_id = s.id)), 'C')
       || search_weighted(concat_ws(' ', s.first_author,
              (select string_agg(au.name, ' ') from study_author au where au.study_id = s.id),
              s.journal, s.sponsor, s.setting, s.summary_why, s.summary_questions, s.summary_not_proven), 'D')
       as text_document
  from study s
 where s.status in ('PUBLISHED', 'RETRACTED') and s.deleted_at is null;

create view search_source_drug as
select 'DRUG'::varchar(20) as kind, d.id as record_id, d.slug, d.name as title,
       left(concat_ws(' ', d.description, d.drug_class, d.mechanism), 3000) as body,
       null::integer as year, null::varchar(40) as design, null::boolean as pem_required, false as retracted,
       '{}'::bigint[] as condition_ids, array[d.id] as drug_ids,
       search_weighted(d.name, 'A')
       || search_weighted((select string_agg(a.alias, ' ') from drug_alias a where a.drug_id = d.id), 'B')
           as title_document,
       search_weighted(concat_ws(' ', d.description, d.drug_class, d.mechanism,
              (select string_agg(u.description, ' ') from drug_use u where u.drug_id = d.id)), 'C')
       || search_weighted(concat_ws(' ', d.manufacturer,
              (select string_agg(r.reaction, ' ') from drug_adverse_reaction r where r.drug_id = d.id)), 'D')
       as text_document
  from drug d
 where d.deleted_at is null;

create view search_source_condition as
select 'CONDITION'::varchar(20) as kind, c.id as record_id, c.slug, c.name as title,
       left(concat_ws(' ', c.description), 3000) as body,
       null::integer as year, null::varchar(40) as design, null::boolean as pem_required, false as retracted,
       array[c.id] as condition_ids, '{}'::bigint[] as drug_ids,
       search_weighted(c.name, 'A')
       || search_weighted((select string_agg(s.synonym, ' ') from condition_synonym s
                            where s.condition_id = c.id), 'B') as title_document,
       search_weighted(c.description, 'C')
       as text_document
  from condition c
 where c.deleted_at is null;

create view search_source_discussion as
select 'DISCUSSION'::varchar(20) as kind, e.id as record_id, e.slug,
       concat(coalesce(e.author_handle, 'A forum member'), ', post ', e.position_in_thread, ': ', e.thread_title)
           as title,
       left(e.text, 3000) as body,
       extract(year from e.posted_on)::integer as year, null::varchar(40) as design, null::boolean as pem_required,
       false as retracted,
       coalesce((select array_agg(dc.condition_id order by dc.condition_id)
                   from discussion_condition dc where dc.excerpt_id = e.id), '{}') as condition_ids,
       coalesce((select array_agg(dd.drug_id order by dd.drug_id)
                   from discussion_drug dd where dd.excerpt_id = e.id), '{}') as drug_ids,
       search_weighted(e.thread_title, 'A') as title_document,
       search_weighted(e.text, 'C')
       || search_weighted(concat_ws(' ', e.forum, e.author_handle), 'D')
       as text_document
  from discussion_excerpt e
 where e.deleted_at is null;

create view search_source as
select * from search_source_study
union all select * from search_source_drug
union all select * from search_source_condition
union all select * from search_source_discussion;

create view search_source_name as
select 'DRUG'::varchar(20) as kind, d.id as record_id, d.slug, d.name, true as is_primary
  from drug d where d.deleted_at is null
union all
select 'DRUG', d.id, d.slug, a.alias, false
  from drug d join drug_alias a on a.drug_id = d.id where d.deleted_at is null
union all
select 'CONDITION', c.id, c.slug, c.name, true
  from condition c where c.deleted_at is null
union all
select 'CONDITION', c.id, c.slug, s.synonym, false
  from condition c join condition_synonym s on s.condition_id = c.id where c.deleted_at is null;

-- Rebuilding -----------------------------------------------------------------------------------------------

create function search_refresh(refresh_kind text, refresh_id bigint) returns void
    language plpgsql as $$
begin
    delete from search_document where kind = refresh_kind and record_id = refresh_id;
    insert into search_document (kind, record_id, slug, title, body, year, design, pem_required, retracted,
                                 condition_ids, drug_ids, title_document, document)
    select kind, record_id, slug, title, body, year, design, pem_required, retracted, condition_ids, drug_ids,
           title_document,
           title_document || text_document
           || search_filter_lexemes(kind, condition_ids, drug_ids, design, pem_required)
      from search_source
     where kind = refresh_kind and record_id = refresh_id;

    if refresh_kind in ('DRUG', 'CONDITION') then
        delete from search_name where kind = refresh_kind and record_id = refresh_id;
        insert into search_name (kind, record_id, slug, name, normalized, is_primary)
        select kind, record_id, slug, name, search_normalize(name), is_primary
          from search_source_name
         where kind = refresh_kind and record_id = refresh_id and search_normalize(name) <> '';
    end if;
end
$$;

-- Bulk loads: search_clear() empties the search tables, then search_rebuild_range() writes the documents (and
-- names) of one kind's records with ids from..to; several sessions may each take a part. search_rebuild() does it
-- all in one session, drugs and conditions first so that they lead the table's physical order.
create function search_clear() returns void
    language sql as $$
    truncate search_document, search_name, search_pending;
$$;

create function search_rebuild_range(rebuild_kind text, from_id bigint, to_id bigint) returns bigint
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
     where kind = rebuild_kind and record_id between from_id and to_id;
    get diagnostics written = row_count;
    if rebuild_kind in ('DRUG', 'CONDITION') then
        insert into search_name (kind, record_id, slug, name, normalized, is_primary)
        select kind, record_id, slug, name, search_normalize(name), is_primary
          from search_source_name
         where kind = rebuild_kind and record_id between from_id and to_id and search_normalize(name) <> '';
    end if;
    return written;
end
$$;

create function search_rebuild() returns void
    language plpgsql as $$
declare
    rebuild_kind text;
begin
    perform search_clear();
    foreach rebuild_kind in array array['DRUG', 'CONDITION', 'STUDY', 'DISCUSSION'] loop
        perform search_rebuild_range(rebuild_kind, 0, 9223372036854775807);
    end loop;
end
$$;

-- Queueing: each trigger names the records whose documents a changed row affects.

create function search_enqueue(queue_kind text, queue_ids bigint[]) returns void
    language sql as $$
    insert into search_pending (kind, record_id)
    select queue_kind, id from unnest(queue_ids) id where id is not null
    on conflict do nothing;
$$;

create function search_apply_pending() returns trigger
    language plpgsql as $$
begin
    perform search_refresh(new.kind, new.record_id);
    delete from search_pending where kind = new.kind and record_id = new.record_id;
    return null;
end
$$;

create constraint trigger search_pending_apply after insert on search_pending
    deferrable initially deferred for each row execute function search_apply_pending();

-- A condition's documents include its ancestors' ids and its name is in its studies' documents: a change to
-- a condition requeues it, its descendants, and every study and excerpt about any of them.
create function search_enqueue_condition(condition_id bigint) returns void
    language plpgsql as $$
declare
    family bigint[];
begin
    with recursive descendants(id) as (
        select condition_id
        union
        select c.id from condition c join descendants d on c.parent_id = d.id)
    select array_agg(id) into family from descendants;
    perform search_enqueue('CONDITION', family);
    perform search_enqueue('STUDY', array(select sc.study_id from study_condition sc
                                            where sc.condition_id = any (family)));
    perform search_enqueue('DISCUSSION', array(select dc.excerpt_id from discussion_condition dc
                                                 where dc.condition_id = any (family)));
end
$$;

create function search_enqueue_drug(drug_id bigint) returns void
    language plpgsql as $$
begin
    perform search_enqueue('DRUG', array[drug_id]);
    perform search_enqueue('STUDY', array(select sd.study_id from study_drug sd where sd.drug_id = $1));
end
$$;

create function search_track() returns trigger
    language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        perform search_track_row(tg_table_name, to_jsonb(new));
    end if;
    if tg_op <> 'INSERT' then
        perform search_track_row(tg_table_name, to_jsonb(old));
    end if;
    return null;
end
$$;

create function search_track_row(table_name text, changed jsonb) returns void
    language plpgsql as $$
begin
    case table_name
        when 'study' then
            perform search_enqueue('STUDY', array[(changed ->> 'id')::bigint]);
        when 'study_condition', 'study_drug', 'study_registration', 'study_author', 'study_arm', 'outcome' then
            perform search_enqueue('STUDY', array[(changed ->> 'study_id')::bigint]);
        when 'arm_intervention' then
            perform search_enqueue('STUDY', array(select a.study_id from study_arm a
                                                    where a.id = (changed ->> 'arm_id')::bigint));
        when 'drug' then
            perform search_enqueue_drug((changed ->> 'id')::bigint);
        when 'drug_alias', 'drug_use', 'drug_adverse_reaction' then
            perform search_enqueue('DRUG', array[(changed ->> 'drug_id')::bigint]);
        when 'condition' then
            perform search_enqueue_condition((changed ->> 'id')::bigint);
        when 'condition_synonym' then
            perform search_enqueue('CONDITION', array[(changed ->> 'condition_id')::bigint]);
        when 'discussion_excerpt' then
            perform search_enqueue('DISCUSSION', array[(changed ->> 'id')::bigint]);
        when 'discussion_condition', 'discussion_drug' then
            perform search_enqueue('DISCUSSION', array[(changed ->> 'excerpt_id')::bigint]);
    end case;
end
$$;

do $$
declare
    tracked text;
begin
    foreach tracked in array array['study', 'study_condition', 'study_drug', 'study_registration', 'study_author',
                                   'study_arm', 'outcome', 'arm_intervention', 'drug', 'drug_alias', 'drug_use',
                                   'drug_adverse_reaction', 'condition', 'condition_synonym',
                                   'discussion_excerpt', 'discussion_condition', 'discussion_drug'] loop
        execute format('create trigger %I after insert or update or delete on %I '
                       'for each row execute function search_track()', tracked || '_search', tracked);
    end loop;
end
$$;

select search_rebuild();
