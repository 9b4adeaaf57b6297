#!/usr/bin/env bash
# Worst-case searches against the API, on loopback only: CLIENTS clients (8) send the worst search there is, one after
# another (26 letters and 4 digits as prefixes joined by OR, with every facet: each runs into the 2 s query limit),
# while /health/live (no database) and cheap lookups (100 people by id, cycled) are measured with wrk --latency.
# Reports p50/p99 of both, and what the worst-case clients got (completed, 503 refused, other). Not part of dotnet test.
#
#   tests/scripts/overload.sh                      # 10,000 generated articles, 20 s, response cache off, then on
#   DB=/path/news.db tests/scripts/overload.sh     # an existing database instead of generating one
#   BASELINE_API=/path/NewsApi.dll tests/scripts/overload.sh   # also measure another build (e.g. main) the same way
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${DURATION:-20}
clients=${CLIENTS:-8}
articles=${ARTICLES:-10000}
artifacts=${ARTIFACTS:-/tmp/newsapi-overload-artifacts}
port=${PORT:-5097}
url="http://127.0.0.1:$port"
source tests/scripts/common.sh

db=${DB:-}
if [ -z "$db" ]; then
    db="$work/news.db"
    echo "== generating and seeding $articles articles"
    "${seeder[@]}" generate-corpus --count "$articles" --output "$work/corpus" --seed 1 >/dev/null
    "${seeder[@]}" seed --input "$work/corpus" --db "$db" >/dev/null
fi

q=$(printf '%s* OR ' {a..z} 0 1 2 3 | sed 's/ OR $//' | sed 's/ /%20/g; s/\*/%2A/g')
worst="/articles?q=$q&facets=person,organisation,place,section,published"

cat >"$work/latency.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.2f %.2f %d %d\n", summary.requests, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status, summary.errors.timeout))
end
LUA

run() { # label, command...
    local label=$1; shift
    for cache in off on; do
        "$@" --urls "$url" --NewsDatabase:Path="$db" --RateLimiting:Enabled=false \
            --ResponseCache:Enabled="$([ "$cache" = on ] && echo true || echo false)" >"$work/api.log" 2>&1 &
        api_pid=$!
        for _ in $(seq 1 150); do curl -fs "$url/health/live" >/dev/null && break; sleep 0.2; done
        curl -fs "$url/people?limit=100" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 | sed 's|^|/people/|' >"$work/lookups"
        echo "/health/live" >"$work/live"
        PATHS="$work/live" wrk -t1 -c2 -d2s -s "$work/latency.lua" "$url" >/dev/null # warm-up
        PATHS="$work/lookups" wrk -t1 -c2 -d2s -s "$work/latency.lua" "$url" >/dev/null

        # The worst-case clients: each sends its search again as soon as the last one is answered.
        : >"$work/worst.txt"
        # Each its own URL (limit=21..), so the response cache cannot answer one client's search with another's.
        for client in $(seq 1 "$clients"); do
            (end=$((SECONDS + duration + 2)); while [ $SECONDS -lt $end ]; do
                curl -s -o /dev/null -m 60 -w '%{http_code}\n' "$url$worst&limit=$((20 + client))" >>"$work/worst.txt" || echo 000 >>"$work/worst.txt"; done) &
        done
        sleep 2
        PATHS="$work/live" wrk -t1 -c2 -d"${duration}s" --timeout 30s -s "$work/latency.lua" "$url" | grep '^RESULT' >"$work/live.txt" &
        PATHS="$work/lookups" wrk -t1 -c2 -d"${duration}s" --timeout 30s -s "$work/latency.lua" "$url" | grep '^RESULT' >"$work/lookup.txt"
        wait $(jobs -p | grep -v "^$api_pid$") 2>/dev/null || true
        read -r _ n p50 p99 bad timeouts <"$work/live.txt"
        printf '%-10s cache %-3s  /health/live: %6d requests, p50 %8.2f ms, p99 %8.2f ms, non-2xx %d, timeouts %d\n' "$label" "$cache" "$n" "$p50" "$p99" "$bad" "$timeouts"
        read -r _ n p50 p99 bad timeouts <"$work/lookup.txt"
        printf '%-10s cache %-3s  /people/{id}: %6d requests, p50 %8.2f ms, p99 %8.2f ms, non-2xx %d, timeouts %d\n' "$label" "$cache" "$n" "$p50" "$p99" "$bad" "$timeouts"
        printf '%-10s cache %-3s  worst-case searches: %s\n' "$label" "$cache" "$(sort "$work/worst.txt" | uniq -c | awk '{printf "%s x %s  ", $1, $2}')"
        echo "           API memory (RSS): $(($(ps -o rss= -p "$api_pid") / 1024)) MiB"
        kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""
    done
}

echo "== $clients clients sending the worst-case search for ${duration}s: $worst"
if [ -n "${BASELINE_API:-}" ]; then
    run baseline dotnet "$BASELINE_API" --contentRoot "$(dirname "$BASELINE_API")" --environment Production
fi
run this "${api[@]}"
