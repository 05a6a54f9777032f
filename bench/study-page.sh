#!/usr/bin/env bash
# Server time of a study page on the seeded records, beside a baseline (a tiny static file) measured in the
# same run. Starts the packaged application on a free port of 127.0.0.1 against its own database
# (evidence_bench_pages, created afresh each run so it holds exactly the seeded records, as a new deployment
# does), warms it up, sends fixed numbers of sequential and concurrent requests with wrk, and computes
# percentiles and throughput from Tomcat's access log (%D: microseconds from the start of processing a request
# to the end of writing its response). Usage: bench/study-page.sh
# BENCH_ANALYZE=1 runs ANALYZE on the fresh database before measuring, to compare with planner statistics;
# arguments are passed on to the application, e.g. --spring.datasource.hikari.data-source-properties.options='-c jit=off'.
set -euo pipefail

cd "$(dirname "$0")/.."
source bench/lib/app.sh

page=${BENCH_PAGE:-/studies/roerink-2017-anakinra-me-cfs}
baseline=${BENCH_BASELINE:-/assets/favicon.svg}
warmup=${BENCH_WARMUP:-3000}           # requests per path before measuring, so the JIT has compiled the hot code
requests=${BENCH_REQUESTS:-2000}       # measured requests per path and phase
concurrency=${BENCH_CONCURRENCY:-4}    # connections in the concurrent phase (two wrk threads share them)
max_seconds=${BENCH_MAX_SECONDS:-120}  # upper bound on each warm-up and measuring run
analyze=${BENCH_ANALYZE:-0}
database=evidence_bench_pages
pg_host=127.0.0.1
pg_port=5432
pg_user=${BENCH_PG_USER:-postgres}
pg_password=${BENCH_PG_PASSWORD:-}
work=target/bench-study-page

bench_require "$java" wrk psql python3 curl
if (( concurrency < 2 || concurrency % 2 != 0 )); then
    echo "bench: BENCH_CONCURRENCY must be an even number ≥ 2" >&2
    exit 1
fi
jar=$(bench_jar)

# The benchmark's own database, and only it, is dropped and created; Flyway migrates and seeds it at start-up.
export PGPASSWORD=$pg_password
pg() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -v ON_ERROR_STOP=1 -q "$@"; }
pg -d postgres -c "drop database if exists $database with (force)" -c "create database $database"
echo "bench: created database $database"

rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)
load=
stop_all() {
    if [[ -n "$load" ]] && kill -0 "$load" 2>/dev/null; then
        kill "$load"
        wait "$load" 2>/dev/null || true
    fi
    bench_stop_app
}
trap stop_all EXIT
trap 'exit 130' INT TERM
bench_start_app "$jar" "$database" "$@"
for path in "$page" "$baseline"; do
    curl -fsS -o /dev/null "$base_url$path" || { echo "bench: $path does not answer 200" >&2; exit 1; }
done
if [[ "$analyze" == 1 ]]; then
    pg -d "$database" -c analyze
    echo "bench: analyzed $database"
fi

# wrk runs for a time, not a count: this script stops each thread after its share of the requests, and
# wrk itself is interrupted once the access log holds them all (else it would idle out its -d time). A run
# that reaches BENCH_MAX_SECONDS first ends there with fewer requests; the report shows n.
cat >"$work/count.lua" <<'LUA'
local limit, done = 0, 0
function init(args) limit = tonumber(args[1]) end
function response(status)
    done = done + 1
    if done >= limit then wrk.thread:stop() end
end
LUA

access_log="$work/access.log"
logged() { wc -l <"$access_log"; }

# run PHASE PATH REQUESTS CONNECTIONS: sends the requests, then records the access-log lines they produced.
run() {
    local phase=$1 path=$2 count=$3 connections=$4 threads from i
    threads=$(( connections < 2 ? 1 : 2 ))
    from=$(( $(logged) + 1 ))
    wrk -t"$threads" -c"$connections" -d"${max_seconds}s" -s "$work/count.lua" "$base_url$path" -- $(( count / threads )) \
        >"$work/wrk-$phase-${path//\//_}.txt" &
    load=$!
    for (( i = 0; i < max_seconds * 10; i++ )); do
        if (( $(logged) - from + 1 >= count )) || ! kill -0 "$load" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    kill -INT "$load" 2>/dev/null || true
    for (( i = 0; i < 50; i++ )); do kill -0 "$load" 2>/dev/null || break; sleep 0.1; done
    kill "$load" 2>/dev/null || true
    wait "$load" || true
    load=
    sleep 1    # requests still in flight when wrk stopped finish and are logged
    tail -n +"$from" "$access_log" | awk -v phase="$phase" -v path="$path" '{ sub(/-$/, "", $2) } $2 == path { print phase, $0 }' \
        >>"$work/measured.txt"
}

echo "bench: warming up ($warmup requests per path)"
run warmup "$page" "$warmup" 2
run warmup "$baseline" "$warmup" 2
: >"$work/measured.txt"

echo "bench: measuring ($requests sequential, then $requests over $concurrency connections, per path)"
run sequential "$page" "$requests" 1
run sequential "$baseline" "$requests" 1
run "concurrent-$concurrency" "$page" "$requests" "$concurrency"
run "concurrent-$concurrency" "$baseline" "$requests" "$concurrency"

python3 - "$work/measured.txt" "$page" "$baseline" "$jar" "$database" "$analyze" "$requests" "$max_seconds" <<'PY'
import math
import sys
from collections import defaultdict

measured, page, baseline, jar, database, analyze, requests, max_seconds = sys.argv[1:]
times = defaultdict(list)   # (phase, path) -> server times in ms
spans = {}                  # (phase, path) -> first begin and last end, epoch ms
errors = defaultdict(int)
phases = []
for line in open(measured):
    phase, method, path, status, micros, begin, end = line.split()
    key = (phase, path)
    if phase not in phases:
        phases.append(phase)
    if status != "200":
        errors[key] += 1
    times[key].append(int(micros) / 1000)
    first, last = spans.get(key, (int(begin), int(end)))
    spans[key] = (min(first, int(begin)), max(last, int(end)))

def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]

print()
statistics = "ANALYZEd before measuring" if analyze == "1" else "freshly seeded, not analyzed"
print(f"Study page server time ({jar}, database {database}: {statistics})")
print("Measure: Tomcat access log %D, the server's time from the start of processing a request to the end of")
print("writing its response (excludes client and network). req/s: requests completed ÷ time from the first")
print("one's start to the last one's end, also from the access log. Load from wrk on 127.0.0.1.")
print()
print(f"{'phase':<14} {'path':<40} {'n':>5} {'non-200':>7} {'median ms':>9} {'p95 ms':>7} {'p99 ms':>7} {'req/s':>8}")
stats = {}
for phase in phases:
    for path in (page, baseline):
        values = times[(phase, path)]
        median, p95, p99 = (percentile(values, p) for p in (50, 95, 99))
        stats[(phase, path)] = (median, p95, p99)
        first, last = spans[(phase, path)]
        rate = len(values) / max(last - first, 1) * 1000
        short = f"  cut short at {max_seconds} s" if len(values) < int(requests) else ""
        print(f"{phase:<14} {path:<40} {len(values):>5} {errors[(phase, path)]:>7} {median:>9.2f} {p95:>7.2f} "
              f"{p99:>7.2f} {rate:>8.1f}{short}")
print()
for phase in phases:
    page_stats, base_stats = stats[(phase, page)], stats[(phase, baseline)]
    ratios = " / ".join(f"{a / b:.1f}" if b > 0 else "n/a" for a, b in zip(page_stats, base_stats))
    print(f"ratio study page ÷ baseline, {phase}: median / p95 / p99 = {ratios}")
p95 = stats[("sequential", page)][1]
print()
print(f"target p95 ≤ 20 ms for {page} (sequential): {'met' if p95 <= 20 else 'MISSED'} ({p95:.2f} ms)")
if any(errors.values()):
    sys.exit("bench: some measured requests did not answer 200")
PY
