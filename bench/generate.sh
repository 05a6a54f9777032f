#!/usr/bin/env bash
# Loads a synthetic catalogue of N studies (default 600,000, about ClinicalTrials.gov's size) into its own
# database, for benchmarks of search and pages at scale. Usage: bench/generate.sh [N]
#
# Drops and creates the database evidence_bench (BENCH_DATABASE; no other), applies db/migration/V*.sql in
# Flyway's order with psql and records them in flyway_schema_history exactly as Flyway would (same version,
# description, checksum), so the application starts against the database without migrating it. The seeded
# records stay; beside them come BENCH_DRUGS drugs (3,000) with aliases, BENCH_CONDITIONS conditions (4,000) with
# synonyms and a hierarchy, N studies with authors, registrations, conditions, drugs, arms, interventions and
# about five outcomes each, and BENCH_EXCERPTS forum excerpts (N / 6) with their links. The data is the same
# on every run: randomness is a hash of each row's number. The big tables are loaded with set-based SQL in two
# parallel sessions, with triggers and foreign-key checks off (session_replication_role = replica) and without
# their secondary indexes and unique constraints, which are built afterwards from their own definitions; foreign
# keys are checked with anti-joins. Then two sessions fill the search tables with search_rebuild_range(), studies
# and excerpts in turn (with the search tables' plain indexes dropped meanwhile and built again after, by two
# sessions too) and VACUUM ANALYZE refreshes statistics.
# The schema ends exactly as the migrations made it. Prints a line per phase: total and own seconds, rows.
#
# PostgreSQL on BENCH_PG_HOST:BENCH_PG_PORT (127.0.0.1:5432), user BENCH_PG_USER (postgres, a superuser:
# replica mode needs one), password BENCH_PG_PASSWORD (none).
set -euo pipefail

cd "$(dirname "$0")/.."

studies=${1:-600000}
database=${BENCH_DATABASE:-evidence_bench}
drugs=${BENCH_DRUGS:-3000}
conditions=${BENCH_CONDITIONS:-4000}
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_user=${BENCH_PG_USER:-postgres}
export PGPASSWORD=${BENCH_PG_PASSWORD:-}
here=bench/generate

[[ "$studies" =~ ^[0-9]+$ ]] && excerpts=${BENCH_EXCERPTS:-$(( studies >= 6 ? studies / 6 : 1 ))}
for number in "$studies" "$drugs" "$conditions" "${excerpts:-}"; do
    [[ "$number" =~ ^[0-9]+$ ]] || { echo "generate: '$number' is not a number (usage: bench/generate.sh [N])" >&2; exit 2; }
done
if (( studies < 1 || studies > 20000000 || drugs < 1 || conditions < 100 || excerpts < 1 )); then
    echo "generate: need 1 ≤ N ≤ 20,000,000 studies, ≥ 1 drug, ≥ 100 conditions and ≥ 1 excerpt" >&2
    exit 2
fi
if [[ ! "$database" =~ ^[a-z_][a-z0-9_]*$ ]] || [[ "$database" =~ ^(postgres|template0|template1)$ ]]; then
    echo "generate: refusing to drop and create the database '$database'" >&2
    exit 2
fi
for tool in psql python3; do
    command -v "$tool" >/dev/null || { echo "generate: '$tool' is needed" >&2; exit 1; }
done

export PGOPTIONS="-c client_min_messages=warning"
pg() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -X -q -v ON_ERROR_STOP=1 "$@"; }
# Loading sessions: no triggers (so no foreign-key checks and no search queueing), no waiting for the WAL flush.
load() {
    PGOPTIONS="$PGOPTIONS -c session_replication_role=replica -c synchronous_commit=off -c jit=off -c work_mem=256MB" \
        pg -d "$database" "$@"
}
# The same, printing each statement's command tag (INSERT 0 42).
load_verbose() {
    PGOPTIONS="$PGOPTIONS -c session_replication_role=replica -c synchronous_commit=off -c jit=off -c work_mem=256MB" \
        psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -X -v ON_ERROR_STOP=1 -d "$database" "$@"
}
count() { pg -d "$database" -At -c "$1"; }

started=$EPOCHREALTIME
phase_started=$started
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# Prints the end of a phase: total elapsed, the phase's own time, its name and what it made.
done_phase() {
    local now=$EPOCHREALTIME
    printf '[%7ss] %-24s %7ss  %s\n' "$(seconds "$started" "$now")" "$1" "$(seconds "$phase_started" "$now")" "${2:-}"
    phase_started=$now
}
# "table rows; table rows; …" for the tables named.
rows() {
    local sql="" table n=0
    for table in "$@"; do
        sql+="${sql:+ union all }select $((n++)), '$table ' || to_char(count(*), 'FM999,999,999') from $table"
    done
    count "select string_agg(x, '; ' order by n) from ($sql) counts(n, x)"
}

echo "generate: $studies studies, $drugs drugs, $conditions conditions, ~$excerpts excerpts into database $database"

# Database ---------------------------------------------------------------------------------------------------------
pg -d postgres -c "drop database if exists $database with (force)" -c "create database $database"
done_phase "database" "dropped and created $database"

# Schema: the migrations in Flyway's order, each in one transaction with its history row -------------------------
migrations=$(python3 "$here/migrations.py" db/migration)
pg -d "$database" -1 -f "$here/flyway_history_table.sql"
while IFS=$'\t' read -r rank version description script checksum; do
    pg -d "$database" -1 -f "db/migration/$script" \
       -v rank="$rank" -v version="$version" -v description="$description" -v script="$script" \
       -v checksum="$checksum" -f "$here/flyway_history_row.sql" > /dev/null
done <<< "$migrations"
pg -d "$database" -f db/migration/afterMigrateApplied.sql
done_phase "schema" "$(wc -l <<< "$migrations") migrations, last V$(tail -n 1 <<< "$migrations" | cut -f 2)"

# Vocabulary, drugs and conditions ----------------------------------------------------------------------------------
load -f "$here/vocabulary.sql"
load -1 -v drugs="$drugs" -v conditions="$conditions" -f "$here/drugs_conditions.sql"
done_phase "drugs, conditions" "$(rows drug drug_alias condition condition_synonym)"

load -1 -v studies="$studies" -v excerpts="$excerpts" -f "$here/plan.sql"
done_phase "plan" "$(count "select to_char(count(*), 'FM999,999,999') || ' studies, '
                                   || (select to_char(count(*), 'FM999,999,999') from bench_gen.thread_plan)
                                   || ' threads' from bench_gen.study_plan")"

# The big tables: secondary indexes and unique constraints off, two sessions loading, indexes built again -------------
load -1 -v action=save_and_drop -f "$here/indexes.sql"
done_phase "indexes dropped" "$(count "select count(*) || ' unique constraints and indexes of the loaded tables'
                                              from bench_gen.saved_index")"

log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT
# Runs psql arguments in one transaction of a loading session, printing each insert's table, rows and time.
job() {
    local name=$1; shift
    load_verbose -1 -c '\timing on' "$@" 2> "$log_dir/$name.err" \
        | awk 'function grouped(n) { while (n ~ /[0-9]{4}/) sub(/[0-9]{3}($|,)/, ",&", n); return n }
               /^> / { table = substr($0, 3) }
               /^INSERT 0 / { rows = $3 }
               /^Time: / && table != "" { printf "            %-30s %7.1fs  %s rows\n", table, $2 / 1000, grouped(rows)
                                          fflush(); table = "" }'
    (( PIPESTATUS[0] == 0 )) || { echo "generate: $name failed:" >&2; cat "$log_dir/$name.err" >&2; return 1; }
}
half=$(( (studies + 1) / 2 ))
( job studies -f "$here/studies.sql" \
  && job outcomes2 -v from_i=$(( half + 1 )) -v to_i="$studies" -f "$here/outcomes.sql" \
  && job discussions -f "$here/discussions.sql" ) & first=$!
( job arms -f "$here/arms.sql" \
  && job outcomes1 -v from_i=1 -v to_i="$half" -f "$here/outcomes.sql" ) & second=$!
failed=0
wait "$first" || failed=1
wait "$second" || failed=1
(( failed == 0 )) || exit 1
done_phase "load" "$(rows study study_author study_registration study_condition study_drug study_arm arm_intervention \
                        outcome discussion_excerpt discussion_drug discussion_condition discussion_study)"

PGOPTIONS="$PGOPTIONS -c maintenance_work_mem=1GB" load -v action=create -f "$here/indexes.sql"
done_phase "indexes built"

load -1 -f "$here/finish.sql"
done_phase "sequences" "identity sequences past the loaded ids; schema bench_gen dropped"

pg -d "$database" -f "$here/verify.sql"
done_phase "foreign keys" "all satisfied"

# Search and statistics ----------------------------------------------------------------------------------------------
# Statistics first, so that the planner knows the loaded tables. The search documents are written by two sessions,
# in the order of search_rebuild_chunks() (db/migration/V18), as search_rebuild() writes them: chunk 0, the drugs and
# conditions, first, so they lead the table, then the odd chunks of studies and excerpts by one session and the even
# by the other; meanwhile a third vacuums the loaded tables, so that the final VACUUM ANALYZE has little left to do.
pg -d "$database" -c "analyze"
done_phase "analyze"
loaded_tables=$(count "select string_agg(quote_ident(relname), ', ' order by relname) from pg_stat_user_tables
                        where schemaname = 'public' and relname not like 'search\_%' and n_tup_ins > 0")
( vacuum_started=$EPOCHREALTIME
  pg -d "$database" -c "vacuum $loaded_tables"
  printf '          %-24s %7ss\n' "  vacuum (other tables)" "$(seconds "$vacuum_started" "$EPOCHREALTIME")" ) & vacuum=$!
index() {
    PGOPTIONS="$PGOPTIONS -c synchronous_commit=off -c jit=off -c work_mem=256MB -c maintenance_work_mem=1GB" \
        pg -d "$database" "$@"
}
index -v action=prepare -f "$here/search.sql"
chunks=$(count "select chunk, kind, from_id, to_id from search_rebuild_chunks()" | tr '|' ' ')
# Writes, in order, the ranges of the chunks that awk's condition picks.
write_chunks() {
    while read -r kind from to; do
        index -At -c "select search_rebuild_range('$kind', $from, $to)" >/dev/null
    done < <(awk "$1 { print \$2, \$3, \$4 }" <<< "$chunks")
}
write_chunks '$1 == 0'
sessions=()
for part in 0 1; do
    write_chunks "\$1 > 0 && \$1 % 2 == $part" &
    sessions+=($!)
done
failed=0
for session in "${sessions[@]}"; do wait "$session" || failed=1; done
(( failed == 0 )) || { echo "generate: writing the search documents failed" >&2; exit 1; }
sessions=()
for part in 1 2; do
    index -v action=build -v part="$part" -f "$here/search.sql" & sessions+=($!)
done
for session in "${sessions[@]}"; do wait "$session" || failed=1; done
(( failed == 0 )) || { echo "generate: building the search indexes failed" >&2; exit 1; }
index -v action=finish -f "$here/search.sql"
wait "$vacuum"
done_phase "search" "$(rows search_document search_posting search_name)"

pg -d "$database" -c "vacuum analyze"
done_phase "vacuum analyze"

# Summary ----------------------------------------------------------------------------------------------------------
echo
echo "generate: database $database, $(count "select pg_size_pretty(pg_database_size(current_database()))"), in $(seconds "$started" "$EPOCHREALTIME") s"
rows source drug drug_alias condition condition_synonym study study_author study_registration study_condition \
     study_drug study_arm arm_intervention outcome discussion_excerpt discussion_drug discussion_condition \
     discussion_study search_document search_posting search_name | tr ';' '\n' | awk '{ printf "  %-22s %12s\n", $1, $2 }'
