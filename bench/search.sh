#!/usr/bin/env bash
# Search at scale: latency and throughput of a fixed mix of searches at 16 concurrent clients, and in the same
# run the bare SQL of the same searches at the same concurrency, as the baseline. Usage: bench/search.sh
#
# Needs the catalogue of bench/generate.sh in database evidence_bench (BENCH_DATABASE), wrk, pgbench, psql and
# python3. The mix, one search of each kind in turn:
#   rare      a drug's name that about 10–50 studies name
#   common    fatigue (in about one study in eight)
#   phrase    quality of life
#   typo      the rare drug's name with a letter left out: nothing matches, so the name is corrected
#   filtered  fatigue in RCTs of ME/CFS since 2010
# Steps: (1) start the application with the search statements logged (TRACE) and its results cache off, and send
# each search once, to record the statements and parameters a search runs when its results are not kept; (2) run
# the endpoint under load twice, each time after BENCH_WARMUP_SECONDS (300) of warm-up, long enough for the JIT
# compiler to finish on 2 busy cores (README), with BENCH_CLIENTS connections for BENCH_SECONDS:
# "uncached", with the results cache off (evidence.search.cache.size=0), so that every request runs the search's
# statements, and "cached", as deployed, where a repeated search costs the read of the search tables' generation;
# per-request server time comes from Tomcat's access log (%D, from the start of processing to the end of the
# response); (3) "varied": the endpoint as deployed under many different searches instead of five, to show what
# kept results give when most searches are not the same as the last ones (below); (4) run pgbench with the
# recorded statements of each search as one transaction, same clients and time, after BENCH_SQL_WARMUP_SECONDS
# (60: PostgreSQL has no compiler to wait for, only caches), per-transaction log, with the
# session settings of search's pools: prepared, with the recorded values as parameters, each statement planned as
# its pool plans it (once, or for each execution's values). For "varied", BENCH_VARIED_SEARCHES (20,000) distinct
# searches are drawn from the database (drug and condition names, aliases and synonyms, words and pairs of words
# of titles, misspelt names, names and words with filters) and requested with Zipf-like popularity (the k-th most
# popular asked 1 / k^BENCH_VARIED_ZIPF as often, exponent 1.0): the warm-up takes the first stretch of that
# sequence and the measurement the next, so the cache holds what the warm-up asked, as on a running instance.
# Popularity and mix are assumptions, not a record of real users. BENCH_VARIED=0 leaves this phase out. (5) runs
# each search's statements alone, one client for BENCH_ALONE_SECONDS (10) each: latency per statement, and
# PostgreSQL's CPU per search alone beside its CPU per search in (4) and in the uncached endpoint.
# Around each measurement of the mix it also reads the CPU time used (bench/lib/cpu.py, and bash's time for wrk and
# pgbench) and prints it per search: the application's, PostgreSQL's, the load generator's and the rest of the
# machine's, and the searches a second that the two cores could serve at that cost if nothing waited.
# BENCH_ENDPOINT picks /search (the HTML page, default) or /api/v1/search. Files are left in target/bench-search/.
set -euo pipefail
TIMEFORMAT='cpu %U %S'

cd "$(dirname "$0")/.."
source bench/lib/app.sh

database=${BENCH_DATABASE:-evidence_bench}
clients=${BENCH_CLIENTS:-16}
seconds=${BENCH_SECONDS:-30}
warmup=${BENCH_WARMUP_SECONDS:-300}
sql_warmup=${BENCH_SQL_WARMUP_SECONDS:-60}
alone=${BENCH_ALONE_SECONDS:-10}
endpoint=${BENCH_ENDPOINT:-/search}
varied=${BENCH_VARIED:-1}
varied_searches=${BENCH_VARIED_SEARCHES:-20000}
varied_zipf=${BENCH_VARIED_ZIPF:-1.0}
pg_host=127.0.0.1
pg_port=5432
pg_user=${BENCH_PG_USER:-postgres}
pg_password=${BENCH_PG_PASSWORD:-}
work=target/bench-search

bench_require "$java" wrk pgbench psql python3 curl
export PGPASSWORD=$pg_password
pg() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -X -v ON_ERROR_STOP=1 -qAt -d "$database" "$@"; }
if ! studies=$(pg -c "select count(*) from study" 2>/dev/null); then
    echo "bench: no database $database: run bench/generate.sh first" >&2
    exit 1
fi
documents=$(pg -c "select count(*) from search_document")
echo "bench: $database holds $studies studies, $documents search documents"

rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)
jar=$(bench_jar)
trap bench_stop_app EXIT
trap 'exit 130' INT TERM

# The mix. The rare name is the first drug (by id) that 10–50 studies name; the typo leaves out its fourth letter.
rare=$(pg -c "select n.name from search_name n
               where n.kind = 'DRUG' and n.is_primary and n.name ~ '^[A-Za-z]{7,}$'
                 and (select count(*) from study_drug sd where sd.drug_id = n.record_id) between 10 and 50
               order by n.record_id limit 1")
[[ -n "$rare" ]] || { echo "bench: no drug named by 10–50 studies in $database" >&2; exit 1; }
typo="${rare:0:3}${rare:4}"
python3 - "$work/mix.tsv" "$endpoint" "$rare" "$typo" <<'PY'
import sys, urllib.parse
out, endpoint, rare, typo = sys.argv[1:]
mix = [("rare", {"q": rare}),
       ("common", {"q": "fatigue"}),
       ("phrase", {"q": "quality of life"}),
       ("typo", {"q": typo}),
       ("filtered", {"q": "fatigue", "condition": "me-cfs", "design": "RANDOMISED_CONTROLLED_TRIAL", "from": "2010"})]
with open(out, "w") as f:
    for name, params in mix:
        f.write(f"{name}\t{endpoint}?{urllib.parse.urlencode(params, quote_via=urllib.parse.quote)}\n")
PY
echo "bench: the mix:"
sed 's/^/  /' "$work/mix.tsv"

# The varied searches and the order they are asked in: words come from the titles of a sample of documents.
if [[ "$varied" != 0 ]]; then
    pg -c "select kind || chr(9) || name from search_name" >"$work/names.txt"
    pg -c "select slug from search_name where kind = 'CONDITION' and is_primary" >"$work/conditions.txt"
    pg -c "select title from search_document tablesample system (1) repeatable (7) where kind = 'STUDY'" \
        >"$work/titles.txt"
    python3 - "$work" "$endpoint" "$varied_searches" "$varied_zipf" <<'PY'
import random, re, sys, urllib.parse
work, endpoint, count, exponent = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
rng = random.Random(20261204)
names = [line.rstrip("\n").split("\t", 1)[1] for line in open(f"{work}/names.txt", encoding="utf-8")]
conditions = [line.strip() for line in open(f"{work}/conditions.txt", encoding="utf-8") if line.strip()]
stop = set("with without from that this their than then into over under after before versus between among "
           "study trial patients".split())
words = [w.lower() for line in open(f"{work}/titles.txt", encoding="utf-8")
         for w in re.findall(r"[A-Za-z]{4,}", line) if w.lower() not in stop]
designs = ["RANDOMISED_CONTROLLED_TRIAL", "SINGLE_ARM_TRIAL", "COHORT", "SYSTEMATIC_REVIEW"]
def typo(name):
    k = rng.randrange(1, len(name)) if len(name) > 4 else 0
    return name[:k] + name[k + 1:]
searches, seen = [], set()
while len(searches) < count:
    roll = rng.random()
    if roll < 0.35:
        params = {"q": rng.choice(names)}
    elif roll < 0.60:
        params = {"q": rng.choice(words)}
    elif roll < 0.75:
        params = {"q": rng.choice(words) + " " + rng.choice(words)}
    elif roll < 0.85:
        params = {"q": typo(rng.choice(names))}
    else:
        params = {"q": rng.choice(names + words), "condition": rng.choice(conditions)}
        if rng.random() < 0.5:
            params["from"] = str(rng.choice(range(2000, 2021, 5)))
        if rng.random() < 0.3:
            params["design"] = rng.choice(designs)
    path = f"{endpoint}?{urllib.parse.urlencode(params, quote_via=urllib.parse.quote)}"
    if path not in seen:
        seen.add(path)
        searches.append(path)
weights = [1 / (k + 1) ** exponent for k in range(len(searches))]
sequence = rng.choices(searches, weights=weights, k=400000)
with open(f"{work}/varied.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(sequence) + "\n")
print(f"bench: varied: {len(searches):,} distinct searches, a sequence of {len(sequence):,} requests")
PY
fi

# (1) Record what each search runs: the statements it logs between the request's start and its answer.
mkdir -p "$work/capture"
(
    work="$work/capture"
    trap bench_stop_app EXIT
    bench_start_app "$jar" "$database" --logging.level.org.evidencecatalogue.search.statements=TRACE \
        --logging.pattern.console='%m%n' --evidence.search.cache.size=0
    while IFS=$'\t' read -r name path; do
        from=$(( $(wc -l <"$work/app.log") + 1 ))
        curl -fsS -o "$work/$name.html" "$base_url$path"
        tail -n +"$from" "$work/app.log" | grep '^{"sql"' >"$work/$name.statements" || true
    done <"$work/../mix.tsv"
)
python3 - "$work" <<'PY'
import json, re, sys
work = sys.argv[1]
names = [line.split("\t")[0] for line in open(f"{work}/mix.tsv")]

# Each recorded statement becomes a prepared statement of pgbench's, as the application's are: its :name parameters
# are pgbench variables (given with -D, in defines.txt), and the settings its pool's sessions have (plan_cache_mode,
# cpu_index_tuple_cost: "settings" in the log) are set, in one statement, before a search's first statement and
# before any whose pool sets them differently from the one before, so that each is planned as often and as the
# application's is (a round trip the application does not make, as before with plan_cache_mode alone). pgbench
# has no null value: a parameter that was null is written as the literal null.
defines = {}
def render(name, number, entry, settings_before):
    params = entry["params"]
    def replace(match):
        value = params[match.group(1)]
        if value is None:
            return "null"
        variable = f"{name}_{number}_{match.group(1)}"
        defines[variable] = ("true" if value else "false") if isinstance(value, bool) else str(value)
        return ":" + variable
    sql = re.sub(r"(?<![:\w]):(\w+)", replace, entry["sql"])
    changed = [f"set_config('{setting}', '{value}', false)" for setting, value in entry["settings"].items()
               if settings_before is None or settings_before.get(setting) != value]
    return (f"select {', '.join(changed)};\n" if changed else "") + sql

for name in names:
    entries = [json.loads(line) for line in open(f"{work}/capture/{name}.statements", encoding="utf-8")]
    if not entries:
        sys.exit(f"bench: the search '{name}' ran no recorded statement")
    with open(f"{work}/{name}.sql", "w", encoding="utf-8") as f:
        for number, entry in enumerate(entries):
            settings_before = entries[number - 1]["settings"] if number > 0 else None
            sql = "\n".join(l for l in render(name, number, entry, settings_before).splitlines()
                             if not l.lstrip().startswith("--"))
            f.write(sql.strip() + ";\n")
    print(f"bench: {name}: {len(entries)} statement(s) recorded")
with open(f"{work}/defines.txt", "w", encoding="utf-8") as f:
    f.write("".join(f"{variable}={value}\0" for variable, value in defines.items()))
PY
grep -q 'class="did-you-mean"' "$work/capture/typo.html" || [[ "$endpoint" != /search ]] \
    || echo "bench: warning: the typo search was not corrected" >&2

# (2) The endpoint under load: without the results cache, then as deployed.
cat >"$work/mix.lua" <<'LUA'
local paths, next_index = {}, 0
for line in io.lines(os.getenv("BENCH_MIX")) do
    local path = line:match("\t(.*)$")
    if path then table.insert(paths, path) end
end
function init(args) next_index = tonumber(args[1] or "0") end
function request()
    next_index = next_index % #paths + 1
    return wrk.format("GET", paths[next_index])
end
LUA
export BENCH_MIX="$work/mix.tsv"
# measure_endpoint LABEL [APPLICATION ARGUMENTS…]: leaves $work/LABEL.log (the measured requests), LABEL.wrk, and
# LABEL.cpu and LABEL.client-cpu (CPU time read before and after, and wrk's own).
measure_endpoint() {
    local label=$1 from
    shift
    bench_start_app "$jar" "$database" "$@"
    echo "bench: $label: warming up for $warmup s"
    wrk -t2 -c"$clients" -d"${warmup}s" -s "$work/mix.lua" "$base_url" >/dev/null
    from=$(( $(wc -l <"$work/access.log") + 1 ))
    echo "bench: $label: measuring the endpoint: $clients clients for $seconds s"
    python3 bench/lib/cpu.py "$app" >"$work/$label.cpu"
    { time wrk -t2 -c"$clients" -d"${seconds}s" --latency -s "$work/mix.lua" "$base_url" >"$work/$label.wrk"; } \
        2>"$work/$label.client-cpu"
    python3 bench/lib/cpu.py "$app" >>"$work/$label.cpu"
    sleep 1
    tail -n +"$from" "$work/access.log" >"$work/$label.log"
    bench_stop_app
    rm -f "$work/access.log"
}
measure_endpoint uncached --evidence.search.cache.size=0
measure_endpoint cached

# The varied searches, as deployed: wrk's two threads take every other request of the sequence, and the
# measurement starts where the warm-up stopped. varied.log holds every request of both (the access log).
cat >"$work/varied.lua" <<'LUA'
local paths, start, step, next_index = {}, 0, 1, 0
for line in io.lines(os.getenv("BENCH_VARIED_FILE")) do table.insert(paths, line) end
local threads = 0
function setup(thread)
    thread:set("offset", threads)
    threads = threads + 1
end
function init(args)
    start = tonumber(args[1] or "0")
    step = tonumber(args[2] or "1")
    next_index = start + offset
end
function request()
    local path = paths[next_index % #paths + 1]
    next_index = next_index + step
    return wrk.format("GET", path)
end
LUA
if [[ "$varied" != 0 ]]; then
    export BENCH_VARIED_FILE="$work/varied.txt"
    bench_start_app "$jar" "$database"
    echo "bench: varied: warming up for $warmup s"
    wrk -t2 -c"$clients" -d"${warmup}s" -s "$work/varied.lua" "$base_url" -- 0 2 >/dev/null
    sleep 1
    asked=$(wc -l <"$work/access.log")
    date +%s%3N >"$work/varied.start"
    echo "bench: varied: measuring the endpoint: $clients clients for $seconds s"
    wrk -t2 -c"$clients" -d"${seconds}s" --latency -s "$work/varied.lua" "$base_url" -- "$asked" 2 \
        >"$work/varied.wrk"
    sleep 1
    cp "$work/access.log" "$work/varied.log"
    bench_stop_app
    rm -f "$work/access.log"
fi

# (4) The bare SQL of the same searches, the same way, with the session settings of search's pools.
PGOPTIONS="$(grep -v -e '^#' -e '^[[:space:]]*$' src/main/resources/search/session.options | paste -sd ' ')"
export PGOPTIONS
echo "bench: measuring the bare SQL: $clients clients for $seconds s"
defines=()
while IFS= read -r -d '' define; do defines+=(-D "$define"); done <"$work/defines.txt"
scripts=()
while IFS=$'\t' read -r name path; do scripts+=(-f "$work/$name.sql"); done <"$work/mix.tsv"
scripts+=("${defines[@]}")
pgbench -h "$pg_host" -p "$pg_port" -U "$pg_user" -n -M prepared -c "$clients" -j 2 -T "$sql_warmup" "${scripts[@]}" \
    "$database" >/dev/null
# pgbench's backends end with it, so PostgreSQL's share of the SQL's CPU is the machine's busy time less pgbench's.
python3 bench/lib/cpu.py >"$work/sql.cpu"
{ time ( cd "$work" && pgbench -h "$pg_host" -p "$pg_port" -U "$pg_user" -n -M prepared -c "$clients" -j 2 \
    -T "$seconds" -l --log-prefix=pgbench "${scripts[@]}" "$database" >"$work/pgbench.txt" ); } 2>"$work/sql.client-cpu"
python3 bench/lib/cpu.py >>"$work/sql.cpu"

# (5) Each search's statements alone: one client, no other load, BENCH_ALONE_SECONDS each, pgbench's mean latency
# per statement (-r). It shows which statement a search's SQL time goes to, and, beside (2) and (4), how much more
# a search costs PostgreSQL when the cores are shared, by other clients' statements or by the application.
echo "bench: each search's statements alone: 1 client for $alone s each"
while IFS=$'\t' read -r name path; do
    python3 bench/lib/cpu.py >"$work/$name-alone.cpu"
    { time pgbench -h "$pg_host" -p "$pg_port" -U "$pg_user" -n -M prepared -c 1 -T "$alone" -r \
        -f "$work/$name.sql" "${defines[@]}" "$database" >"$work/$name-alone.txt"; } 2>"$work/$name-alone.client-cpu"
    python3 bench/lib/cpu.py >>"$work/$name-alone.cpu"
done <"$work/mix.tsv"

python3 - "$work" "$endpoint" "$studies" "$clients" "$seconds" "$varied" <<'PY'
import glob, json, math, re, sys, urllib.parse
work, endpoint_path, studies, clients, seconds, varied = sys.argv[1:]

def client_seconds(name):
    """User and system seconds of wrk or pgbench, from bash's time (TIMEFORMAT 'cpu %U %S')."""
    line = [l for l in open(f"{work}/{name}.client-cpu") if l.startswith("cpu ")][-1]
    return sum(float(v) for v in line.split()[1:])

def cpu_ms(name, searches, application=True):
    """CPU ms per search of each part, and the number of cores. Without an application (the bare SQL) pgbench's
    backends have ended by the second reading: PostgreSQL is then the machine's busy time less pgbench's, and
    nothing is left to call the rest."""
    before, after = (json.loads(l) for l in open(f"{work}/{name}.cpu"))
    busy = after["busy"] - before["busy"]
    client = client_seconds(name)
    if application:
        app = after["app"] - before["app"]
        postgres = after["postgres"] - before["postgres"]
        parts = {"application": app, "PostgreSQL": postgres, "load generator": client,
                 "rest": max(busy - app - postgres - client, 0.0)}
    else:
        parts = {"PostgreSQL": busy - client, "load generator": client}
    return {part: seconds * 1000 / max(searches, 1) for part, seconds in parts.items()}, after["cores"]

def cpu_line(name, searches, application=True):
    """CPU ms per search of each part, and the searches a second the machine's cores allow at that cost."""
    ms, cores = cpu_ms(name, searches, application)
    # The load generator runs on the same cores, so the ceiling leaves it out.
    served = max(sum(ms.values()) - ms["load generator"], 0.001)
    return ("CPU per search: " + ", ".join(f"{part} {v:.2f} ms" for part, v in ms.items())
            + f"; without the load generator {served:.2f} ms, at most {cores * 1000 / served:.0f} searches/s"
            + f" on {cores} cores")

names, paths = [], {}
for line in open(f"{work}/mix.tsv"):
    name, path = line.rstrip("\n").split("\t")
    names.append(name)
    paths[path] = name

def pct(values, p):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] if ordered else float("nan")

def endpoint(label):
    times = {n: [] for n in names}
    errors, first, last = 0, None, None
    for line in open(f"{work}/{label}.log"):
        method, path, status, micros, begin, end = line.split()
        name = paths.get(path)
        if name is None:
            continue
        if status != "200":
            errors += 1
        times[name].append(int(micros) / 1000)
        first = int(begin) if first is None else min(first, int(begin))
        last = int(end) if last is None else max(last, int(end))
    every = [v for n in names for v in times[n]]
    return times, every, len(every) / max(last - first, 1) * 1000, errors

sql_ms = {n: [] for n in names}
sql_first, sql_last = None, None
for log in glob.glob(f"{work}/pgbench.[0-9]*"):
    for line in open(log):
        fields = line.split()
        latency_us, script, epoch, micros = int(fields[2]), int(fields[3]), int(fields[4]), int(fields[5])
        sql_ms[names[script]].append(latency_us / 1000)
        done = epoch * 1000 + micros / 1000
        sql_first = done if sql_first is None else min(sql_first, done)
        sql_last = done if sql_last is None else max(sql_last, done)
sql_all = [v for n in names for v in sql_ms[n]]
sql_rate = len(sql_all) / max(sql_last - sql_first, 1) * 1000

print()
print(f"Search at {int(studies):,} studies, {clients} concurrent clients, {seconds} s each; endpoint {endpoint_path}")
print("endpoint: Tomcat's server time per request (%D); SQL: pgbench per-transaction latency of the statements a")
print("search runs when its results are not kept (recorded from the application)")
def row(label, e, s):
    ep = [pct(e, p) for p in (50, 95, 99)]
    sp = [pct(s, p) for p in (50, 95, 99)]
    print(f"{label:<10} {len(e):>10} {ep[0]:>7.1f} {ep[1]:>7.1f} {ep[2]:>7.1f}   {len(s):>7} {sp[0]:>7.1f} {sp[1]:>7.1f} "
          f"{sp[2]:>7.1f}   {ep[0] / sp[0]:>6.2f} {ep[1] / sp[1]:>6.2f}")
    return ep, sp
results, requests = {}, {}
for label, title in (("uncached", "results cache off: every request runs the search's statements"),
                     ("cached", "as deployed: results kept while the search tables' generation is unchanged")):
    times, every, rate, errors = endpoint(label)
    print()
    print(f"{label} ({title})")
    print(f"{'search':<10} {'endpoint n':>10} {'p50':>7} {'p95':>7} {'p99':>7}   {'SQL n':>7} {'p50':>7} {'p95':>7} {'p99':>7}   {'p50 ×':>6} {'p95 ×':>6}")
    for n in names:
        row(n, times[n], sql_ms[n])
    ep, sp = row("all", every, sql_all)
    print(f"throughput: endpoint {rate:.0f} searches/s, bare SQL {sql_rate:.0f} searches/s; non-200 answers: {errors}")
    print("endpoint " + cpu_line(label, len(every)))
    if label == "uncached":
        print("bare SQL " + cpu_line("sql", len(sql_all), application=False))
    results[label] = (ep, sp, rate)
    requests[label] = len(every)

# Each search alone: which statement its SQL time goes to (a statement is named by the file in
# src/main/resources/search/ whose first line starts with the same 40 characters; the set_config before a
# statement is the pool's settings, a round trip the application does not make), and PostgreSQL's CPU per search
# alone beside its CPU per search at full concurrency, in the bare SQL and beside the application (uncached), each
# search equally often in all three.
sources = {}
for source in sorted(glob.glob("src/main/resources/search/*.sql")):
    lines = [l.strip() for l in open(source, encoding="utf-8") if l.strip() and not l.lstrip().startswith("--")]
    sources[" ".join(lines[0].split())] = source.rsplit("/", 1)[1].removesuffix(".sql")

def statement_name(command):
    command = " ".join(command.split())
    if command.startswith("select set_config("):
        return "settings"
    # pgbench shows a statement's first line as run; the file's may differ after its first words (/*score*/).
    return next((name for first, name in sources.items() if first[:40] == command[:40]), command[:24])

print()
print("each search's statements alone (1 client; ms: pgbench's mean latency, PostgreSQL's CPU per search)")
print(f"{'search':<10} {'latency':>8} {'CPU':>7}  statements")
alone_cpu = []
for n in names:
    text = open(f"{work}/{n}-alone.txt").read()
    done = int(re.search(r"number of transactions actually processed: (\d+)", text).group(1))
    latency = float(re.search(r"latency average = ([\d.]+) ms", text).group(1))
    statements = []
    for line in text.split("statement latencies in milliseconds and failures:")[1].splitlines():
        found = re.match(r"\s+([\d.]+)\s+\d+\s+(\S.*)$", line)
        if found:
            statements.append((statement_name(found.group(2)), float(found.group(1))))
    cpu = cpu_ms(f"{n}-alone", done, application=False)[0]["PostgreSQL"]
    alone_cpu.append(cpu)
    print(f"{n:<10} {latency:>8.2f} {cpu:>7.2f}  " + ", ".join(f"{name} {ms:.2f}" for name, ms in statements))
mean_alone = sum(alone_cpu) / len(alone_cpu)
sql_cpu = cpu_ms("sql", len(sql_all), application=False)[0]["PostgreSQL"]
endpoint_cpu = cpu_ms("uncached", requests["uncached"])[0]["PostgreSQL"]
print(f"PostgreSQL's CPU per search of the mix: alone {mean_alone:.2f} ms; at {clients} clients, in the bare SQL "
      f"{sql_cpu:.2f} ms ({sql_cpu / mean_alone:.2f} ×), beside the application (uncached) {endpoint_cpu:.2f} ms "
      f"({endpoint_cpu / mean_alone:.2f} ×)")

if varied != "0":
    # Every request of the warm-up and the measurement, in the order they began; measured: begun after its start.
    start = int(open(f"{work}/varied.start").read())
    every_line = sorted((l.split() for l in open(f"{work}/varied.log")), key=lambda fields: int(fields[4]))
    seen, first, again, errors = set(), [], [], 0
    begin, end = None, None
    for method, path, status, micros, b, e in every_line:
        if not path.startswith(endpoint_path + "?"):
            continue
        new_search = path not in seen
        seen.add(path)
        if int(b) < start:
            continue
        errors += status != "200"
        (first if new_search else again).append(int(micros) / 1000)
        begin = int(b) if begin is None else min(begin, int(b))
        end = int(e) if end is None else max(end, int(e))
    every = first + again
    rate = len(every) / max(end - begin, 1) * 1000
    print()
    print("varied (as deployed: many different searches with Zipf-like popularity, after a warm-up on the same "
          "sequence)")
    print(f"{'requests':<22} {'n':>7} {'p50':>7} {'p95':>7} {'p99':>7}")
    for label, values in (("asked for the first time", first), ("asked before", again), ("all", every)):
        if values:
            print(f"{label:<22} {len(values):>7} {pct(values, 50):>7.1f} {pct(values, 95):>7.1f} {pct(values, 99):>7.1f}")
    print(f"throughput: {rate:.0f} searches/s; {len(first) / max(len(every), 1):.0%} of the measured requests were "
          f"first asked then (at least that share ran its statements); non-200 answers: {errors}")
    results["varied"] = ([pct(every, p) for p in (50, 95, 99)], None, rate)

print()
for label in ("cached", "uncached") + (("varied",) if varied != "0" else ()):
    ep, sp, rate = results[label]
    # The varied searches have no bare-SQL baseline of their own: their statements were not recorded.
    ratio = ("" if sp is None else
             f"; endpoint ≤ 1.5 × bare SQL (p95): {'met' if ep[1] <= 1.5 * sp[1] else 'MISSED'} ({ep[1] / sp[1]:.2f} ×)")
    print(f"{label}: target p95 ≤ 50 ms: {'met' if ep[1] <= 50 else 'MISSED'} ({ep[1]:.1f} ms); "
          f"≥ 300 searches/s: {'met' if rate >= 300 else 'MISSED'} ({rate:.0f}/s){ratio}")
print()
for label in ("uncached", "cached") + (("varied",) if varied != "0" else ()):
    print(f"wrk's own view, {label} (client side, all searches):")
    for line in open(f"{work}/{label}.wrk"):
        if line.strip().startswith(("50%", "90%", "99%", "Requests/sec")):
            print("  " + line.strip())
PY
