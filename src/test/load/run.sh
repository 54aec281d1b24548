#!/usr/bin/env bash
# Load run over HTTP with the audit log on: decisions per second on the embedded H2 file database
# or on PostgreSQL. Usage: src/test/load/run.sh [h2|postgres] [seconds]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-h2}
seconds=${2:-30}
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
if curl -s -o /dev/null "localhost:$port"; then echo "port $port is busy: stop what runs there first" >&2; exit 2; fi
root=$PWD
(cd "$work" && exec java -Xmx1g -jar "$root/$jar" "${args[@]}" > "$work/app.log" 2>&1) &
app=$!
cleanup() {
  kill $app 2>/dev/null; wait $app 2>/dev/null || true
  [ -n "${KEEP_LOG:-}" ] && cp "$work/app.log" /tmp/load-app.log
  [ "$db" = postgres ] && psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -fs "localhost:$port/actuator/health" >/dev/null && break; sleep 0.5; done
echo "== warm-up"; wrk -t2 -c8 -d10s -s src/test/load/decisions.lua "http://localhost:$port" > /dev/null
for c in 1 8 32; do
  echo "== $db, $c connection(s), ${seconds}s"
  wrk -t$(( c < 2 ? 1 : 2 )) -c$c -d${seconds}s --latency -s src/test/load/decisions.lua "http://localhost:$port" \
    | grep -E "Requests/sec|Latency  |50%|99%|non-200|Socket errors"
done
curl -s -u auditor:auditor "localhost:$port/api/v1/audit/verification"; echo
