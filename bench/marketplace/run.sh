#!/bin/sh
# Marketplace benchmark, on demand (not a test). Starts a throw-away PostgreSQL on port 54382, lets the application
# create the schema and demo accounts, loads generate.sql, restarts the application (the mass indexer indexes the
# 200,000 products), then runs Bench.java. Prints figures with the data size. Needs PostgreSQL 15 binaries on PATH.
set -e
cd "$(dirname "$0")/../.."
WORK=${BENCH_DIR:-/tmp/htxso-bench}
PORT=54382
APP_PORT=${APP_PORT:-8082}
rm -rf "$WORK" && mkdir -p "$WORK/pg"
PG=""
if [ "$(id -u)" = 0 ]; then PG="runuser -u postgres --"; chown postgres "$WORK/pg"; fi  # PostgreSQL refuses to run as root
$PG initdb -D "$WORK/pg" -U postgres --auth=trust >/dev/null
$PG pg_ctl -D "$WORK/pg" -o "-p $PORT -c shared_buffers=256MB -c max_connections=100 -c fsync=off" -l "$WORK/pg/server.log" start >/dev/null
sleep 2
createdb -h 127.0.0.1 -p $PORT -U postgres htxso
./mvnw -o -q -DskipTests package
JAR=$(ls target/htxso-*.jar | grep -v plain | head -1)
start_app() {
  java -Xmx1g -jar "$JAR" --spring.profiles.active=postgres,demo --server.port=$APP_PORT \
    --spring.datasource.url=jdbc:postgresql://127.0.0.1:$PORT/htxso --spring.datasource.username=postgres \
    --spring.datasource.hikari.maximum-pool-size=30 \
    --spring.jpa.properties.hibernate.search.backend.directory.root="$WORK/index" \
    --logging.level.root=WARN --logging.level.vn.htxso.marketplace=INFO > "$WORK/app.log" 2>&1 &
  APP=$!
  until curl -sf http://localhost:$APP_PORT/actuator/health >/dev/null; do sleep 2; done
}
start_app
kill $APP; wait $APP 2>/dev/null || true
echo "Generating data (5,000 shops, 200,000 products, 1,000,000 orders)..."
psql -q -h 127.0.0.1 -p $PORT -U postgres -d htxso -f bench/marketplace/generate.sql
T0=$(date +%s)
start_app
echo "Application up with a fresh index in $(( $(date +%s) - T0 )) s"
grep -h "Indexed" "$WORK/app.log" || true
java bench/marketplace/Bench.java http://localhost:$APP_PORT
kill $APP; wait $APP 2>/dev/null || true
$PG pg_ctl -D "$WORK/pg" stop >/dev/null
