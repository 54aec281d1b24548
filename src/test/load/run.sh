#!/usr/bin/env bash
# Load run over HTTP with the audit log on. For 1, 8 and 32 connections it measures, in the same run
# and one after the other, the bare endpoint (GET /actuator/health/liveness: no database in it) and the decisions
# (POST /api/v1/decisions, Basic auth, each committed to the hash-chained audit log before its answer),
# and prints both throughputs, their ratio, and each one's median and p99 latency. Then it verifies the chain.
# Usage: src/test/load/run.sh [h2|postgres] [seconds per measurement]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-h2}
seconds=${2:-30}
load=src/test/load
jar=$(ls target/shagym-*.jar 2>/dev/null | head -1 || true)
[ -n "$jar" ] || { mvn -B -q -DskipTests package; jar=$(ls target/shagym-*.jar | head -1); }
work=$(mktemp -d)
port=18080
args=(--server.port=$port --shagym.rules.rules-dir="$PWD/rules" --shagym.rules.tables-dir="$PWD/decision-tables"
      --shagym.release.watch-folders=false --logging.level.root=WARN)
if [ "$db" = postgres ]; then
  schema="load_$(date +%s)"
  args+=(--spring.profiles.active=postgres --spring.flyway.schemas="$schema" --spring.flyway.default-schema="$schema"
         --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$schema")
fi
if curl -s -m 5 -o /dev/null "localhost:$port"; then echo "port $port is busy: stop what runs there first" >&2; exit 2; fi
root=$PWD
(cd "$work" && exec java -Xmx1g ${JAVA_OPTS:-} -jar "$root/$jar" "${args[@]}" > "$work/app.log" 2>&1) &
app=$!
cleanup() {
  kill $app 2>/dev/null; wait $app 2>/dev/null || true
  [ -n "${KEEP_LOG:-}" ] && cp "$work/app.log" /tmp/load-app.log
  [ "$db" = postgres ] && PGOPTIONS=--client-min-messages=warning psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 360); do curl -fs -m 5 "localhost:$port/actuator/health" >/dev/null && break; sleep 0.5; done
curl -fs -m 5 "localhost:$port/actuator/health" >/dev/null || { echo "the service did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }

# one wrk run; prints its RESULT line (see report.lua)
measure() { # script connections seconds
  wrk -t$(( $2 < 2 ? 1 : 2 )) -c"$2" -d"$3"s -s "$load/$1.lua" "http://localhost:$port" | grep '^RESULT'
}
field() { sed -E "s/.* $1=([0-9.]+).*/\1/" <<< "$2"; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

# Decisions run rules Drools compiled to classes, which the JIT compiles in turn: the compiler threads took
# a third of the CPU 40-60 s into a load of decisions and a twentieth after 110 s (per-thread CPU from
# /proc), so measuring earlier measured the compiler. WARMUP (seconds of decisions at 32 connections) moves it.
warmup=${WARMUP:-90}
echo "== warm-up: bare 10 s, decisions ${warmup} s"
measure bare 8 10 > /dev/null
measure decisions 32 "$warmup" > /dev/null
echo "== $db, ${seconds} s per measurement; latencies in ms; a row's two measurements run one after the other"
printf '%-8s %-5s | %10s %7s %7s | %11s %7s %7s | %6s | %s\n' db conns "bare/s" median p99 "decisions/s" median p99 ratio "errors (bare, decisions)"
for c in 1 8 32; do
  bare=$(measure bare $c "$seconds")
  decisions=$(measure decisions $c "$seconds")
  ratio=$(awk -v d="$(field rps "$decisions")" -v b="$(field rps "$bare")" 'BEGIN { printf "%.0f%%", 100 * d / b }')
  printf '%-8s %-5s | %10.0f %7s %7s | %11.0f %7s %7s | %6s | %s\n' "$db" "$c" \
    "$(field rps "$bare")" "$(ms "$(field p50 "$bare")")" "$(ms "$(field p99 "$bare")")" \
    "$(field rps "$decisions")" "$(ms "$(field p50 "$decisions")")" "$(ms "$(field p99 "$decisions")")" "$ratio" \
    "$(( $(field errors "$bare") + $(field status "$bare") )), $(( $(field errors "$decisions") + $(field status "$decisions") ))"
done
echo "== the chain afterwards"
curl -s -u auditor:auditor "localhost:$port/api/v1/audit/verification"; echo
