-- Forum excerpts in threads of 1 to 6 posts, from bench_gen.thread_plan, with their drugs, conditions and studies.
-- Excerpt ids: base + 6 (thread - 1) + position.

select * from bench_gen.base \gset base_

\echo '> discussion_excerpt'
insert into discussion_excerpt (id, slug, forum, thread_title, url, author_handle, posted_on, position_in_thread, text,
                                kind, source_id, updated_at)
overriding system value
select :base_excerpt + 6 * (t.t - 1) + x.position,
       t.forum_slug || '-' || t.drug_slug || '-' || t.t || '-' || x.position,
       t.forum, title.text,
       case when bench_gen.u(t.t, 310) < 0.7 then t.forum_url || t.t || '#post-' || x.position end,
       bench_gen.pick(bench_gen.handles(), x.key, 311)
           || case when bench_gen.u(x.key, 312) < 0.5 then bench_gen.between(x.key, 313, 1, 999)::text else '' end,
       least(date '2026-11-01',
             coalesce(make_date(t.study_year, 1, 1), date '2008-01-01')
             + (bench_gen.h(t.t, 314) % (6 * 365))::int + 2 * (x.position - 1)),
       x.position,
       replace(replace(bench_gen.fill(
           concat_ws(' ',
               bench_gen.pick_next(sentences.list, x.key, 315, 0),
               case when x.sentences >= 2 then bench_gen.pick_next(sentences.list, x.key, 315, 1) end,
               case when x.sentences >= 3 then bench_gen.pick_next(sentences.list, x.key, 315, 2) end,
               case when x.sentences >= 4 then bench_gen.pick_next(sentences.list, x.key, 315, 3) end),
           t.drug_name, t.cond_text, t.topic, t.topic, bench_gen.between(x.key, 323, 2, 60), 0, null),
           '{author}', coalesce(t.surname, 'latest')), '{year}', bench_gen.between(x.key, 324, 2005, 2024)::text),
       x.kind,
       :base_forum_source,
       timestamptz '2024-01-01' + bench_gen.between(x.key, 319, 0, 700 * 86400) * interval '1 second'
  from bench_gen.thread_plan t
 cross join lateral (
       select g.position, t.t * 8 + g.position as key, 1 + (bench_gen.h(t.t * 8 + g.position, 320) % 4)::int as sentences,
              case when g.position = 1 and bench_gen.u(t.t, 321) < 0.6 then 'QUESTION'
                   else bench_gen.pick(array['QUESTION', 'CLINICIAN_OPINION', 'PATIENT_VIEW', 'PATIENT_VIEW', 'CRITIQUE',
                                             'OPINION', 'OPINION'], t.t * 8 + g.position, 322) end as kind
         from generate_series(1, t.posts::int) g(position) offset 0) x
 cross join lateral (select bench_gen.excerpt_sentences(x.kind) as list offset 0) sentences
 cross join lateral (
       select replace(replace(bench_gen.fill(
                  case when t.study_id is not null then bench_gen.pick(bench_gen.thread_titles(), t.t, 306)
                       else bench_gen.pick(array['Has anyone tried {drug} for {cond}?', '{Drug}: experiences?',
                                                 '{Drug} side effects — how long did they last?', 'Low-dose {drug} and {topic}',
                                                 '{Drug} for {topic}?', 'Starting {drug} next week, any tips?',
                                                 'Doctor suggested {drug} for my {cond}'], t.t, 306) end,
                  t.drug_name, t.cond_text, t.topic, t.topic, 0, 0, null),
              '{author}', coalesce(t.surname, '')), '{year}', coalesce(t.study_year::text, '')) as text offset 0) title
 order by 1;

\echo '> discussion_drug'
insert into discussion_drug (excerpt_id, drug_id)
select :base_excerpt + 6 * (t.t - 1) + g.position, t.drug_id
  from bench_gen.thread_plan t
 cross join lateral generate_series(1, t.posts::int) g(position)
 where bench_gen.u(t.t * 8 + g.position, 330) < 0.85
 order by 1;

\echo '> discussion_condition'
insert into discussion_condition (excerpt_id, condition_id)
select :base_excerpt + 6 * (t.t - 1) + g.position, t.cond_id
  from bench_gen.thread_plan t
 cross join lateral generate_series(1, t.posts::int) g(position)
 where bench_gen.u(t.t * 8 + g.position, 331) < 0.7
 order by 1;

\echo '> discussion_study'
insert into discussion_study (excerpt_id, study_id)
select :base_excerpt + 6 * (t.t - 1) + g.position, t.study_id
  from bench_gen.thread_plan t
 cross join lateral generate_series(1, t.posts::int) g(position)
 where t.study_id is not null and bench_gen.u(t.t * 8 + g.position, 332) < 0.9
 order by 1;
