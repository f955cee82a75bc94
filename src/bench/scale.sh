#!/usr/bin/env bash
# The scale benchmark: generates N synthetic rounds into a PostgreSQL database of its own, starts the
# packaged app on it and prints, for each page and API endpoint:
#   - p50 / p95 latency cold (view cache off, so every request computes the view, after a JIT
#     warm-up of up to BENCH_COLD_WARMUP requests or 10 s per endpoint) and warm (cache on),
#   - CPU milliseconds the app spends per request, cold and warm,
#   - the same view computed from the base tables (--atlas.rollups.enabled=false, the naive query
#     plan: one aggregate query per figure over the rounds) and its ratio to the cold time,
# plus generation time, startup time and RSS, and the whole CSV export's throughput (run with -Xmx512m).
# Everything is measured in the same run, so runs on different machines compare by ratio.
#
#   src/bench/scale.sh                                    # 10k, 100k and 1M rounds
#   BENCH_SIZES="100000" src/bench/scale.sh               # one size
#   BENCH_PETCLINIC=/path/to/spring-petclinic.jar src/bench/scale.sh   # petclinic's / alongside
#
# Needs PostgreSQL (BENCH_PG_HOST/PORT/USER, default 127.0.0.1:5432, user postgres, trust auth), curl
# and python3. Each size uses and then drops the database atlas_bench_N.
# Run it on a quiet machine: other work on the same cores skews every figure.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=${BENCH_SIZES:-"10000 100000 1000000"}
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_user=${BENCH_PG_USER:-postgres}
port=${BENCH_PORT:-18282}
cold_requests=${BENCH_COLD_REQUESTS:-20}
cold_warmup=${BENCH_COLD_WARMUP:-30}
warm_requests=${BENCH_WARM_REQUESTS:-200}
naive_requests=${BENCH_NAIVE_REQUESTS:-2}
for tool in curl python3 psql; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done

jar=$(ls target/ai-funding-atlas-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -DskipTests package
  jar=$(ls target/ai-funding-atlas-*.jar | grep -v original | head -1)
fi
jar=$(realpath "$jar")
work=$(mktemp -d)
app=""
startup=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

endpoints=(
  "/"
  "/?layer=MIDDLEWARE"
  "/?region=CHINA&stage=SEED&from=2019-01-01&to=2021-06-30&amountRule=midpoint&currency=CNY"
  "/?excludeMega=true&companyAge=UNDER_1&from=2022-01-01&to=2022-12-31"
  "/compare"
  "/compare?layer=FOUNDATION_MODEL&from=2020-01-01&to=2020-12-31"
  "/api/v1/stats/summary"
  "/api/v1/stats/by-layer?region=CHINA&stage=SERIES_A"
  "/api/v1/stats/by-month?layer=VERTICAL_APP&amountRule=exact"
  "/api/v1/stats/top-companies?region=SILICON_VALLEY"
  "/api/v1/compare?stage=SEED"
  "/rounds"
  "/rounds?layer=MIDDLEWARE&sort=amount,desc"
  "/rounds?q=co%2012"
  "/rounds?investor=syn-investor-1"
  "/sources"
  "/companies/syn-co-1"
  "/investors/syn-investor-1"
)

# Starts the jar against a database with extra arguments; sets $app and $startup (seconds until healthy).
start_app() {
  local db=$1; shift
  local started
  started=$(date +%s.%N)
  (cd "$work" && SPRING_PROFILES_ACTIVE=postgres \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db" SPRING_DATASOURCE_USERNAME="$pg_user" \
    SPRING_DATASOURCE_PASSWORD="" exec java "${JAVA_OPTS_BENCH[@]}" -jar "$jar" --server.port="$port" "$@") \
    > "$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 600); do
    curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$app" 2>/dev/null || { tail -30 "$work/app.log" >&2; exit 1; }
    sleep 0.2
  done
  startup=$(python3 -c "import time; print(f'{time.time() - $started:.1f}')")
}

stop_app() {
  kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true
  app=""
}

# CPU time (ms) the app process has used so far.
cpu_ms() {
  python3 - "$app" <<'EOF'
import os, sys
fields = open(f"/proc/{sys.argv[1]}/stat").read().rsplit(")", 1)[1].split()
print((int(fields[11]) + int(fields[12])) * 1000 // os.sysconf("SC_CLK_TCK"))
EOF
}

# "p50 p95 cpu-ms-per-request non-2xx" of n sequential requests to a path (curl's total time each).
measure() {
  local path=$1 n=$2 before after
  before=$(cpu_ms)
  for _ in $(seq 1 "$n"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://localhost:$port$path"
  done > "$work/times.txt"
  after=$(cpu_ms)
  python3 - "$work/times.txt" "$before" "$after" <<'EOF'
import sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
times = sorted(float(t) * 1000 for _, t in rows)
bad = sum(1 for code, _ in rows if not code.startswith("2"))
def pct(p):
    # nearest rank
    return times[max(0, min(len(times) - 1, -(-p * len(times) // 100) - 1))]
print(f"{pct(50):.1f} {pct(95):.1f} {(int(sys.argv[3]) - int(sys.argv[2])) / len(times):.1f} {bad}")
EOF
}

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$app/status"; }

JAVA_OPTS_BENCH=()
echo "# Scale benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

seed_db=atlas_bench_seed
dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --force --if-exists "$seed_db"
createdb -h "$pg_host" -p "$pg_port" -U "$pg_user" "$seed_db"
start_app "$seed_db"   # the first start creates the schema
stop_app
start_app "$seed_db"
seed_startup=$startup
echo "Startup on the seed (34 rounds): ${seed_startup} s, RSS $(rss_mb) MB"
stop_app
dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --force "$seed_db"

for n in $sizes; do
  db="atlas_bench_$n"
  echo
  echo "## $n synthetic rounds"
  dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --force --if-exists "$db"
  createdb -h "$pg_host" -p "$pg_port" -U "$pg_user" "$db"
  generated=$(date +%s.%N)
  (cd "$work" && SPRING_PROFILES_ACTIVE=postgres \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db" SPRING_DATASOURCE_USERNAME="$pg_user" \
    SPRING_DATASOURCE_PASSWORD="" java -jar "$jar" --atlas.synthetic.generate="$n" --atlas.synthetic.seed=42) \
    > "$work/generate.log" 2>&1 || { tail -30 "$work/generate.log" >&2; exit 1; }
  # Index-only scans need the visibility map that VACUUM writes.
  psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$db" -c "VACUUM ANALYZE"
  echo "Generation (with triggers, then VACUUM ANALYZE): $(python3 -c "import time; print(f'{time.time() - $generated:.0f}')") s"
  psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$db" -c '\timing on' \
    -c "SELECT c.layer, count(*), sum(r.amount_low_usd) FROM funding_round r JOIN company c ON c.id = r.company_id GROUP BY c.layer" \
    -c "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount_low_usd) FROM funding_round" \
    | grep -E '^Time' | sed 's/^/Naive SQL (GROUP BY layer over rounds ⋈ company; median of all amounts): /'

  declare -A cold=() naive=() warm=()
  start_app "$db" --atlas.cache.enabled=false
  # JIT warm-up: a server that has been up a while computing views, not one compiling its code.
  # Up to BENCH_COLD_WARMUP requests per endpoint, at most 10 s each (the slowest take seconds).
  for path in "${endpoints[@]}"; do
    until_s=$(( $(date +%s) + 10 ))
    for _ in $(seq 1 "$cold_warmup"); do
      curl -s -o /dev/null "http://localhost:$port$path"
      [ "$(date +%s)" -ge "$until_s" ] && break
    done
  done
  for path in "${endpoints[@]}"; do cold[$path]=$(measure "$path" "$cold_requests"); done
  echo "Startup: ${startup} s (seed ${seed_startup} s), RSS after the cold runs: $(rss_mb) MB"
  stop_app

  start_app "$db" --atlas.cache.enabled=false --atlas.rollups.enabled=false
  if [ "$n" -lt 1000000 ]; then   # JIT warm-up, where a request costs less than seconds
    for path in "${endpoints[@]}"; do curl -s -o /dev/null "http://localhost:$port$path"; done
  fi
  for path in "${endpoints[@]}"; do naive[$path]=$(measure "$path" "$naive_requests"); done
  stop_app

  start_app "$db"
  # The same warm-up as petclinic's below: as many requests as are measured, so that the JIT has
  # compiled what a cached view runs before its CPU time is counted.
  for path in "${endpoints[@]}"; do
    for _ in $(seq 1 "$warm_requests"); do curl -s -o /dev/null "http://localhost:$port$path"; done
  done
  for path in "${endpoints[@]}"; do warm[$path]=$(measure "$path" "$warm_requests"); done
  stop_app

  echo
  echo "| request | cold p50 ms | cold p95 ms | cold CPU ms/req | warm p50 ms | warm p95 ms | warm CPU ms/req | from base tables p50 ms | base ÷ cold |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for path in "${endpoints[@]}"; do
    read -r c50 c95 ccpu cbad <<< "${cold[$path]}"
    read -r w50 w95 wcpu wbad <<< "${warm[$path]}"
    read -r n50 _ _ nbad <<< "${naive[$path]}"
    flag=""
    [ "$cbad$wbad$nbad" != "000" ] && flag=" (non-2xx: $cbad/$wbad/$nbad)"
    ratio=$(python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(f'{a / b:.0f}×' if b > 0 else '')" "$n50" "$c50")
    echo "| \`$path\`$flag | $c50 | $c95 | $ccpu | $w50 | $w95 | $wcpu | $n50 | $ratio |"
  done

  JAVA_OPTS_BENCH=(-Xmx512m)
  start_app "$db"
  rounds=$(psql -tA -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$db" -c "SELECT count(*) FROM funding_round")
  exported=$(date +%s.%N)
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "http://localhost:$port/api/v1/rounds.csv")
  seconds=$(python3 -c "import time; print(f'{time.time() - $exported:.1f}')")
  echo
  echo "Export of all $rounds rounds as CSV with -Xmx512m: ${seconds} s, $(python3 -c "print(f'{$rounds / $seconds:,.0f}')") rounds/s, $((bytes / 1048576)) MB, RSS after: $(rss_mb) MB"
  stop_app
  JAVA_OPTS_BENCH=()
  dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --force "$db"
  unset cold naive warm
done

if [ -n "${BENCH_PETCLINIC:-}" ]; then
  echo
  echo "## spring-petclinic (H2), the same machine and run"
  (cd "$work" && exec java -jar "$BENCH_PETCLINIC" --server.port="$port") > "$work/petclinic.log" 2>&1 &
  app=$!
  for _ in $(seq 1 300); do curl -fs "http://localhost:$port/" >/dev/null 2>&1 && break; sleep 0.2; done
  for _ in $(seq 1 200); do curl -s -o /dev/null "http://localhost:$port/"; done
  read -r p50 p95 cpu _ <<< "$(measure "/" "$warm_requests")"
  echo "petclinic \`/\`: p50 $p50 ms, p95 $p95 ms, CPU $cpu ms/request"
  read -r p50 p95 cpu _ <<< "$(measure "/owners?lastName=" "$warm_requests")"
  echo "petclinic \`/owners?lastName=\`: p50 $p50 ms, p95 $p95 ms, CPU $cpu ms/request"
  stop_app
fi
