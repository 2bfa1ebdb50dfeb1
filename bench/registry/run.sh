#!/usr/bin/env bash
# Registry benchmark on PostgreSQL (run on demand; not part of the tests).
#   bench/registry/run.sh            # uses the server on 127.0.0.1:5432 as user postgres
# Creates the database htxso_bench_registry, starts the application on port 8091 (profiles postgres,demo; -Xmx1g),
# loads national-scale data with generate_series (generate.sql), then runs Bench.java and prints the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-htxso_bench_registry}
PORT=${BENCH_PORT:-8091}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}

# BENCH_REUSE=1 keeps the database of the last run (skips dropping it and generate.sql)
if [ -z "${BENCH_REUSE:-}" ]; then psql -q -c "drop database if exists $DB" -c "create database $DB"; fi
./mvnw -o -q -DskipTests package -Dspring-boot.repackage.skip=true > target/bench-build.log 2>&1 || { cat target/bench-build.log; exit 1; }
./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt > target/bench-build.log 2>&1 || { cat target/bench-build.log; exit 1; }
CP="target/classes:$(cat target/bench-classpath.txt)"

java -Xmx1g -cp "$CP" vn.htxso.HtxSoApplication --spring.profiles.active=postgres,demo --server.port=$PORT \
  --spring.datasource.url=jdbc:postgresql://$PGHOST:5432/$DB --logging.level.root=WARN > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  if curl -fs "http://localhost:$PORT/actuator/health" >/dev/null; then break; fi
  sleep 1
done
if [ -z "${BENCH_REUSE:-}" ]; then
  echo "== generating national data (45,000 organisations, 5 years of reports, 2,000,000 members)"
  psql -q -d "$DB" -f bench/registry/generate.sql
fi
psql -q -d "$DB" -c "delete from organisation_changes where organisation_id in (select id from organisations where registration_no like 'I%')" \
  -c "delete from annual_reports where organisation_id in (select id from organisations where registration_no like 'I%')" \
  -c "delete from organisations where registration_no like 'I%'"
echo "== measuring"
java -cp "$CP" bench/registry/Bench.java "http://localhost:$PORT"
