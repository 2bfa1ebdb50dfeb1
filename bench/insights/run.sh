#!/bin/sh
# Forecast benchmark: compiles the application, then runs ForecastBench on one core (taskset when available).
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -q -o compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/classes:$(cat target/bench-classpath.txt)"
if command -v taskset >/dev/null; then PIN="taskset -c 0"; else PIN=""; fi
$PIN java -XX:ActiveProcessorCount=1 -cp "$CP" bench/insights/ForecastBench.java
