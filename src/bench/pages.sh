#!/usr/bin/env bash
# Page response times on the seeded data: starts the packaged app on a fresh H2 database, warms
# each endpoint up, measures it with wrk (one connection, so latency is not queueing), and prints
# median and 99th-percentile latency with ratios to the overview and to a static file, so runs on
# different machines compare by ratio rather than by absolute milliseconds.
#
#   src/bench/pages.sh [seconds-per-endpoint (default 10)]
#   BENCH_APP_ARGS=--atlas.cache.enabled=false src/bench/pages.sh   # the same without the view cache
#
# Needs wrk (apt-get install -y wrk). Run it on a quiet machine: other builds skew the numbers.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
port=${BENCH_PORT:-18181}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

jar=$(ls target/ai-funding-atlas-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -DskipTests package
  jar=$(ls target/ai-funding-atlas-*.jar | grep -v original | head -1)
fi
jar=$(realpath "$jar")
work=$(mktemp -d)
# shellcheck disable=SC2086 # BENCH_APP_ARGS holds several arguments on purpose
(cd "$work" && exec java -jar "$jar" --server.port="$port" ${BENCH_APP_ARGS:-}) > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs "http://localhost:$port/actuator/health" >/dev/null && break; sleep 1; done

endpoints=(
  "/css/atlas.css"
  "/"
  "/?region=CHINA&currency=CNY&amountRule=midpoint"
  "/rounds"
  "/rounds?sort=amount,desc&size=100"
  "/rounds.csv"
  "/compare"
  "/sources"
  "/companies/openai"
  "/investors/microsoft"
)

to_ms() { # wrk prints 1.23ms, 456.78us or 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

printf '%-52s %6s %10s %10s %9s %10s %10s\n' endpoint status p50_ms p99_ms req/s x_static x_overview
static_p50=""; overview_p50=""
for path in "${endpoints[@]}"; do
  url="http://localhost:$port$path"
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  wrk -t1 -c1 -d3s "$url" >/dev/null 2>&1
  out=$(wrk -t1 -c1 -d"${seconds}"s --latency "$url")
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  [ -z "$static_p50" ] && static_p50=$p50
  [ "$path" = "/" ] && overview_p50=$p50
  x_static=$(awk -v a="$p50" -v b="$static_p50" 'BEGIN { printf "%.1f", a / b }')
  x_overview=$( [ -n "$overview_p50" ] && awk -v a="$p50" -v b="$overview_p50" 'BEGIN { printf "%.2f", a / b }' || echo "-")
  printf '%-52s %6s %10s %10s %9s %10s %10s\n' "$path" "$status" "$p50" "$p99" "$rps" "$x_static" "$x_overview"
done
