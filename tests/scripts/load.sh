#!/usr/bin/env bash
# Sustained load on the API, on loopback only: wrk for DURATION seconds at 64 connections, first while nothing
# writes to the database, then while the seeder adds documents to the same database (WAL: readers and one writer
# proceed together). Reports requests/s, latency, non-2xx responses and the API's memory before and after.
#
#   tests/scripts/load.sh            # 60 s per phase, 500 documents seeded first, 1,000 more added during phase 2
#   DURATION=20 tests/scripts/load.sh
#
# The rate limit is raised for the run (one wrk client is one IP); any non-2xx response is therefore an error.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${DURATION:-60}
base_documents=${BASE_DOCUMENTS:-500}
added_documents=${ADDED_DOCUMENTS:-1000}
artifacts=${ARTIFACTS:-/tmp/newsapi-load-artifacts}
port=${PORT:-5099}
url="http://127.0.0.1:$port"
source tests/scripts/common.sh

# News-like documents from the seeder's own generator (fixed seed): the first ones are served, the rest are added
# while the API is under load.
"${seeder[@]}" generate-corpus --count $((base_documents + added_documents)) --output "$work/corpus" --seed 1 >/dev/null
mkdir -p "$work/documents" "$work/later"
# (Listed to a file first: with pipefail, head closing the pipe early would kill the script with SIGPIPE.)
find "$work/corpus" -name '*.txt' | sort >"$work/corpus.txt"
head -n "$base_documents" "$work/corpus.txt" | xargs mv -t "$work/documents"
mv "$work/corpus"/*.txt "$work/later/"
seed=("${seeder[@]}" seed --input "$work/documents" --db "$work/news.db")

echo "== seeding $base_documents documents"
"${seed[@]}" >/dev/null

echo "== starting the API on $url"
"${api[@]}" --urls "$url" \
    --NewsDatabase:Path="$work/news.db" --RateLimiting:PermitLimit=1000000000 >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 100); do curl -fs "$url/health" >/dev/null && break; sleep 0.2; done
curl -fs "$url/health" || { cat "$work/api.log"; exit 1; }; echo

ids() { curl -fs "$url/$1" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 | awk 'NR <= 3'; }
cat >"$work/paths.lua" <<LUA
local paths = {
  "/articles?q=investment", "/articles?q=flood%20relief&sort=newest", "/articles?q=%22regional%20security%22%20OR%20trade",
  "/articles?from=2025-01-01&to=2025-12-31", "/people", "/organisations?q=bank",
  "/places?q=is", "/entities?q=Mun", "/health",
$(for id in $(ids people); do echo "  \"/people/$id\", \"/people/$id/articles\", \"/articles?person=$id&limit=50\","; done)
$(for id in $(ids places); do echo "  \"/places/$id\", \"/places/$id/articles\","; done)
$(for id in $(ids articles); do echo "  \"/articles/$id\", \"/articles/$id/entities\","; done)
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA

rss() { echo "$(($(ps -o rss= -p "$api_pid") / 1024)) MiB"; }
# warm up, so the first phase measures the steady state rather than JIT compilation
wrk -t2 -c16 -d5s -s "$work/paths.lua" "$url" >/dev/null
echo "API memory (RSS) before: $(rss)"

echo "== phase 1: ${duration}s, 64 connections, nothing writing"
wrk -t2 -c64 -d"${duration}s" --latency -s "$work/paths.lua" "$url" | tee "$work/phase1.txt"
echo "API memory (RSS) after phase 1: $(rss)"

echo "== phase 2: ${duration}s, 64 connections, while the seeder adds $added_documents documents"
cp "$work"/later/*.txt "$work/documents/"
start=$(date +%s)
(code=0; "${seed[@]}" >"$work/seeder.log" 2>&1 || code=$?
 echo "seeder added $added_documents documents in $(($(date +%s) - start)) s, exit code $code" >"$work/seeder.done") &
seeder_pid=$!
wrk -t2 -c64 -d"${duration}s" --latency -s "$work/paths.lua" "$url" | tee "$work/phase2.txt"
echo "API memory (RSS) after phase 2: $(rss)"
wait "$seeder_pid"
cat "$work/seeder.done"
curl -fs "$url/health"; echo

echo "== summary"
for phase in 1 2; do
    printf 'phase %s: %s req/s; latency avg %s, p99 %s; non-2xx: %s\n' "$phase" \
        "$(awk '/Requests\/sec/ {print $2}' "$work/phase$phase.txt")" \
        "$(awk '$1 == "Latency" {print $2; exit}' "$work/phase$phase.txt")" \
        "$(awk '$1 == "99%" {print $2}' "$work/phase$phase.txt")" \
        "$(awk '/Non-2xx/ {print $NF}' "$work/phase$phase.txt" | grep . || echo 0)"
done
if grep -q "Non-2xx\|Socket errors" "$work"/phase*.txt; then
    echo "errors seen (see above)"; exit 1
fi
