#!/usr/bin/env bash
# Anomaly-page benchmark on PostgreSQL (run on demand; not part of the tests; never while others measure).
#   bench/insights/anomalies.sh            # uses the server on 127.0.0.1:5432 as user postgres
# Creates the database htxso_bench_insights, starts the application on port 8104 (profiles postgres,demo; -Xmx1g),
# adds 3,000 Nghệ An co-ops with two years of reports (anomalies.sql), then runs AnomalyBench.java.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-htxso_bench_insights}
PORT=${BENCH_PORT:-8104}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}

if [ -z "${BENCH_REUSE:-}" ]; then psql -q -c "drop database if exists $DB" -c "create database $DB"; fi
./mvnw -o -q -DskipTests compile > target/bench-build.log 2>&1 || { cat target/bench-build.log; exit 1; }
./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt > target/bench-build.log 2>&1 || { cat target/bench-build.log; exit 1; }
CP="target/classes:$(cat target/bench-classpath.txt)"

java -Xmx1g -cp "$CP" vn.htxso.HtxSoApplication --spring.profiles.active=postgres,demo --server.port=$PORT \
  --spring.datasource.url=jdbc:postgresql://$PGHOST:5432/$DB --logging.level.root=WARN > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 180); do
  if curl -fs "http://localhost:$PORT/actuator/health" >/dev/null; then break; fi
  sleep 1
done
if [ -z "${BENCH_REUSE:-}" ]; then
  echo "== generating 3,000 Nghệ An co-ops with reports for 2024 and 2025"
  psql -q -d "$DB" -f bench/insights/anomalies.sql
fi
echo "== measuring"
java -cp "$CP" bench/insights/AnomalyBench.java "http://localhost:$PORT" "${BENCH_REQUESTS:-40}"
