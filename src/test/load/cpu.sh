#!/usr/bin/env bash
# CPU per request at 32 connections, for the service's JVM and (on PostgreSQL) the PostgreSQL server, from
# /proc: steadier than throughput on a shared machine. After warm-up, twice: the bare endpoint, then decisions.
# Each line is followed by the service's CPU per request by kind of thread, and says how idle the machine was:
# idle CPU under load means the requests wait on something other than the CPU.
# Usage: src/test/load/cpu.sh [h2|postgres] [warm-up seconds, default 150] [seconds per measurement, default 20]
set -uo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-h2}; warm=${2:-150}; seconds=${3:-20}; port=18080; work=$(mktemp -d); load=src/test/load
jar=$(ls target/shagym-*.jar 2>/dev/null | head -1 || true)
[ -n "$jar" ] || { mvn -B -q -DskipTests package; jar=$(ls target/shagym-*.jar | head -1); }
args=(--server.port=$port --shagym.rules.rules-dir="$PWD/rules" --shagym.rules.tables-dir="$PWD/decision-tables"
      --shagym.release.watch-folders=false --logging.level.root=WARN)
if [ "$db" = postgres ]; then
  schema="cpu_$(date +%s)"
  args+=(--spring.profiles.active=postgres --spring.flyway.schemas="$schema" --spring.flyway.default-schema="$schema"
         --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$schema")
fi
# a service still stopping from a run just before would answer the health check in this one's place
if curl -s -m 5 -o /dev/null "localhost:$port"; then echo "port $port is busy: stop what runs there first" >&2; exit 2; fi
root=$PWD
(cd "$work" && exec java -Xmx1g ${JAVA_OPTS:-} -jar "$root/$jar" "${args[@]}" > "$work/app.log" 2>&1) &
app=$!
cleanup() {
  kill $app 2>/dev/null; wait $app 2>/dev/null || true
  [ "$db" = postgres ] && psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 360); do curl -fs -m 5 "localhost:$port/actuator/health" >/dev/null && break; sleep 0.5; done
ticks=$(getconf CLK_TCK)
cpu_of() { local t=0 p; for p in "$@"; do [ -r /proc/$p/stat ] && t=$((t + $(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null || echo 0))); done; echo $t; }
server() { cpu_of $(pgrep -u postgres); }
idle() { awk '/^cpu /{print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
# the service's CPU by kind of thread: HTTP (request threads, Tomcat's poller and acceptor), the audit writer
# and its sync, GC, JIT, the rest
threads() {
  for t in /proc/$app/task/*; do echo "$(tr ' ' _ < $t/comm 2>/dev/null) $(awk '{print $14+$15}' $t/stat 2>/dev/null || echo 0)"; done |
    awk '{ k = "other" } $1 ~ /^http-/ { k = "http" } $1 ~ /^decision-log-wr/ { k = "writer" } $1 ~ /^decision-log-sy/ { k = "sync" }
         $1 ~ /^G1|^GC_/ { k = "gc" } $1 ~ /Compiler/ { k = "jit" } { a[k] += $2 } END { for (k in a) print k, a[k] }' | sort
}
one() { # script
  local j0 p0 j1 p1 r n rps i0 a0 i1 a1
  threads > "$work/t0"; read -r i0 a0 < <(idle); j0=$(cpu_of $app); p0=$(server)
  r=$(wrk -t2 -c32 -d"${seconds}"s -s "$load/$1.lua" "http://localhost:$port" | grep '^RESULT')
  j1=$(cpu_of $app); p1=$(server); read -r i1 a1 < <(idle); threads > "$work/t1"
  n=$(sed -E 's/.* requests=([0-9]+).*/\1/' <<< "$r"); rps=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<< "$r")
  awk -v n="$n" -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v t="$ticks" -v rps="$rps" -v s="$1" -v db="$db" \
    -v idle=$(( 100 * (i1 - i0) / (a1 - a0) )) \
    'BEGIN { printf "%-8s %-10s %8.0f/s  service %6.1f us/request  postgresql server %6.1f us/request  machine idle %d%%\n", db, s, rps, 1e6*j/t/n, 1e6*p/t/n, idle }'
  join "$work/t0" "$work/t1" | awk -v n="$n" -v t="$ticks" '{ printf "  %s %.1f", $1, 1e6 * ($3 - $2) / t / n } END { print "  (us/request)" }'
}
wrk -t2 -c32 -d10s -s "$load/bare.lua" "http://localhost:$port" > /dev/null
wrk -t2 -c32 -d"${warm}"s -s "$load/decisions.lua" "http://localhost:$port" > /dev/null
for _ in 1 2; do one bare; one decisions; done
