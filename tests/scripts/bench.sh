#!/usr/bin/env bash
# Performance benchmark (issues 6 and 14), re-runnable by anyone; not part of dotnet test. For each corpus size it generates a
# synthetic corpus (generate-corpus, fixed seed), seeds it into a fresh database (wall time, articles/s, database size,
# peak memory), then serves that database from the Release API on loopback and loads each endpoint with wrk next to a
# bare endpoint of the same process that reads no database (/health/live), the baseline in the same round:
#   1. response cache OFF: what a request costs when it reaches SQLite (and the search index); each endpoint cycles
#      through many different requests;
#   2. response cache ON: each endpoint draws its requests from 10,000+ distinct ones with a Zipf distribution (a few hot
#      keys, a long tail), as real traffic does, so the figure mixes cache hits and misses.
# Extraction throughput (bench-extract, one thread and all cores) is measured once on the first size's corpus.
#
#   tests/scripts/bench.sh                     # sizes 1000 10000
#   tests/scripts/bench.sh 1000 10000 100000   # growth up to 100k articles (seeding 100k takes long: see the README)
#   DURATION=10 CONNECTIONS=32 REPEATS=3 tests/scripts/bench.sh
#   DATABASE=/tmp/news-100k.db tests/scripts/bench.sh 100000   # serve a database seeded before (size = its label)
#
# The machine is shared and noisy: each endpoint runs REPEATS times (interleaved) and the table quotes the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=("${@:-1000}"); [ $# -eq 0 ] && sizes=(1000 10000)
duration=${DURATION:-10}
connections=${CONNECTIONS:-32}
repeats=${REPEATS:-3}
artifacts=${ARTIFACTS:-/tmp/newsapi-bench-artifacts}
port=${PORT:-5098}
url="http://127.0.0.1:$port"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -h | awk '/Mem:/ {print $2}') RAM"
source tests/scripts/common.sh

# wrk prints one machine-readable line at the end: requests/s, p50 and p99 in ms, non-2xx responses, socket errors.
cat >"$work/latency.lua" <<'LUA'
-- Cycles through the request paths listed in the file named by $PATHS, one per line.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
local next_path = 0
request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, errors))
end
LUA

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
# zipf N: N lines drawn from the distinct lines on stdin, the k-th with probability proportional to 1/k (fixed seed).
zipf() {
    awk -v n="$1" 'BEGIN {srand(14)} !seen[$0]++ {c[++k] = $0; w += 1 / k; cum[k] = w}
        END {for (i = 0; i < n; i++) {r = rand() * w; lo = 1; hi = k; while (lo < hi) {m = int((lo + hi) / 2); if (cum[m] < r) lo = m + 1; else hi = m}; print c[lo]}}'
}
# The API's own memory (private anonymous pages and the shared WAL index) and its RSS, which also counts mapped files: the
# runtime's libraries, and the memory-mapped database once per connection that touched it (decision 29). "PRIVATE RSS", MiB.
memory_mib() { awk '/^RssAnon:|^RssShmem:/ {p += $2} /^VmRSS:/ {r = $2} END {printf "%d %d", p / 1024, r / 1024}' "/proc/$1/status"; }
# Facets are expensive requests: the API runs one at a time per core pair and queues 8 (DatabaseWork), refusing the rest
# with 503 by design, so that endpoint is loaded with at most 8 connections.
connections_for() { if [ "$1" = person-facets ] && [ "$connections" -gt 8 ]; then echo 8; else echo "$connections"; fi; }
declare -A seeding
endpoints=(baseline entity-by-id entity-name article-by-id full-text full-text-2 by-person person-facets)
: >"$work/results.txt"

for size in "${sizes[@]}"; do
    corpus="$work/corpus-$size"; db="${DATABASE:-$work/news-$size.db}"
    if [ -n "${DATABASE:-}" ]; then
        echo "== size $size: serving $db (seeded before: no seeding or extraction figures)"
        seeding[$size]="not measured (DATABASE=$db)"
    else
        echo "== size $size: generating the corpus"
        "${seeder[@]}" generate-corpus --count "$size" --output "$corpus" --seed 1 >/dev/null

        echo "== size $size: seeding"
        /usr/bin/time -v -o "$work/seed-$size.time" "${seeder[@]}" seed --input "$corpus" --db "$db" >"$work/seed-$size.log"
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/seed-$size.time")
        peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/seed-$size.time")
        bytes=$(du -cb "$db"* | awk 'END {print $1}') # with the -wal file, if any, and the search index beside it
        seeding[$size]=$(printf '%s s, %.0f articles/s, database %.0f MiB, peak memory %s MiB' "$wall" "$(echo "$size / $wall" | bc -l)" "$(echo "$bytes / 1048576" | bc -l)" "$peak")
        echo "   ${seeding[$size]}"

        if [ "$size" = "${sizes[0]}" ]; then
            echo "== extraction throughput (bench-extract on 500 of these articles)"
            "${seeder[@]}" bench-extract --input "$corpus" --articles 500 | tee "$work/extract.txt"
        fi
        rm -rf "$corpus"
    fi

    # Each endpoint is loaded with many different requests (wrk cycles through a list), so a run measures lookups
    # across the archive rather than one hot row. Twice: with the server's response cache off (what a request costs)
    # and on (Zipf-distributed requests: hot keys from memory, the tail from the database).
    for cache in off on; do
        echo "== size $size: serving on $url, response cache $cache"
        "${api[@]}" --urls "$url" \
            --NewsDatabase:Path="$db" --RateLimiting:PermitLimit=1000000000 \
            --ResponseCache:Enabled="$([ "$cache" = on ] && echo true || echo false)" >"$work/api-$size-$cache.log" 2>&1 &
        api_pid=$!
        for _ in $(seq 1 150); do curl -fs "$url/health/live" >/dev/null && break; sleep 0.2; done
        # /health counts the articles: on a busy machine the first, cold count of a large archive can pass the 2 s query limit.
        for _ in $(seq 1 10); do curl -fs "$url/health" >/dev/null && break; sleep 2; done
        curl -fs "$url/health" >/dev/null || { cat "$work/api-$size-$cache.log"; exit 1; }

        if [ "$cache" = off ]; then
            # Cache off: each endpoint cycles through many different requests (the 100 most-mentioned people, their name
            # prefixes, 100 articles, common words and names, common word pairs, articles by each person, with facets).
            people=$(curl -fs "$url/people?limit=100" | grep -o '"id":"[^"]*"' | cut -d'"' -f4)
            echo "/health/live" >"$work/paths-baseline"
            sed 's|^|/people/|' <<<"$people" >"$work/paths-entity-by-id"
            curl -fs "$url/people?limit=100" | grep -o '"name":"[^"]*"' | cut -d'"' -f4 | awk '{print tolower(substr($NF, 1, 4))}' \
                | sort -u | sed 's|^|/entities?q=|' >"$work/paths-entity-name"
            curl -fs "$url/articles?limit=100" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 | sed 's|^|/articles/|' >"$work/paths-article-by-id"
            { printf '%s\n' investment flood railway security energy climate port water health payments food trade talks \
                  statement minister officials
              curl -fs "$url/people?limit=20" | grep -o '"name":"[^"]*"' | cut -d'"' -f4 | awk '{print tolower($NF)}'
            } | sed 's|^|/articles?q=|' >"$work/paths-full-text"
            printf '%s\n' "tax reform" "public health" "closer ties" "regional security" "investment security" "flood water" \
                "energy trade" "minister talks" "health officials" "railway investment" "climate talks" "port security" \
                "food prices" "trade statement" "water supply" "security officials" | sed 's| |%20|g; s|^|/articles?q=|' >"$work/paths-full-text-2"
            sed 's|^|/articles?person=|' <<<"$people" >"$work/paths-by-person"
            sed 's|^|/articles?facets=person,organisation,place,section,published\&person=|' <<<"$people" >"$work/paths-person-facets"

            # Cache on: 10,000+ distinct requests per endpoint where the data has them, drawn with a Zipf distribution. The
            # pools come from list pages (following next links) and from the 100 most-mentioned people's articles.
            walk() { local link=$1 page; while [ -n "$link" ]; do page=$(curl -fs "$url$link"); echo "$page"; link=$(grep -o '"next":"[^"]*"' <<<"$page" | cut -d'"' -f4 || true); done; }
            for kind in people organisations places; do walk "/$kind?limit=100" | grep -o '"id":"[^"]*","type"' | cut -d'"' -f4 | sed "s|^|/$kind/|"; done >"$work/pool-entity-by-id"
            grep '^/people/' "$work/pool-entity-by-id" | cut -d/ -f3 >"$work/all-people"
            walk "/people?limit=100" | grep -o '"name":"[^"]*"' | cut -d'"' -f4 | tr 'A-Z ' 'a-z\n' \
                | awk 'length($0) >= 2 {for (n = 2; n <= length($0); n++) print substr($0, 1, n)}' | sed 's|^|/entities?q=|' >"$work/pool-entity-name"
            for person in $people; do curl -fs "$url/articles?limit=100&person=$person"; echo; done >"$work/person-pages"
            grep -o '"id":"[^"]*","headline"' "$work/person-pages" | cut -d'"' -f4 | sed 's|^|/articles/|' >"$work/pool-article-by-id"
            grep -o '"headline":"[^"]*"' "$work/person-pages" | cut -d'"' -f4 | tr 'A-Z' 'a-z' | tr -cs 'a-z\n' ' ' \
                | awk '{for (i = 1; i <= NF; i++) if (length($i) > 3) print $i}' >"$work/words"
            sed 's|^|/articles?q=|' "$work/words" >"$work/pool-full-text"
            awk 'NR > 1 {print prev "%20" $0} {prev = $0}' "$work/words" | sed 's|^|/articles?q=|' >"$work/pool-full-text-2"
            for limit in 5 10 20 50 100; do sed "s|^|/articles?limit=$limit\\&person=|" "$work/all-people"; done >"$work/pool-by-person"
            for facet in person organisation place section published "section,published" "person,place"; do
                sed "s|^|/articles?facets=$facet\\&person=|" "$work/all-people"; done >"$work/pool-person-facets"
            for endpoint in "${endpoints[@]}"; do
                [ "$endpoint" = baseline ] && { cp "$work/paths-baseline" "$work/zipf-baseline"; continue; }
                zipf 50000 <"$work/pool-$endpoint" >"$work/zipf-$endpoint"
                echo "   cache-on requests for $endpoint: 50,000 drawn from $(sort -u "$work/pool-$endpoint" | wc -l) distinct"
            done
        fi
        list=$([ "$cache" = off ] && echo paths || echo zipf)

        wrk -t2 -c"$connections" -d3s "$url/health/live" >/dev/null # warm-up: JIT and connection pool
        for endpoint in "${endpoints[@]}"; do
            PATHS="$work/$list-$endpoint" wrk -t2 -c"$(connections_for "$endpoint")" -d2s -s "$work/latency.lua" "$url" >/dev/null
        done
        for run in $(seq 1 "$repeats"); do
            for endpoint in "${endpoints[@]}"; do
                # A 10 s timeout, so a slow endpoint shows its latency instead of socket timeouts (wrk's default is 2 s).
                result=$(PATHS="$work/$list-$endpoint" wrk -t2 -c"$(connections_for "$endpoint")" -d"${duration}s" --timeout 10s -s "$work/latency.lua" "$url" | grep '^RESULT')
                echo "$size $cache $endpoint $result" >>"$work/results.txt"
                echo "   run $run $endpoint ($(sort -u "$work/$list-$endpoint" | wc -l) distinct paths): $result"
            done
        done
        read -r private rss <<<"$(memory_mib "$api_pid")"
        echo "   API memory after load: $private MiB private (RSS $rss MiB, with mapped files: the runtime and the database)"
        echo "$size $cache $private $rss" >>"$work/memory.txt"
        kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""
    done
done

echo
echo "== results: medians of $repeats runs of ${duration}s at $connections connections (person-facets: $(connections_for person-facets)) (wrk -t2), loopback; vs base = req/s against /health/live in the same run"
echo "   cache off: every request reaches the database; cache on: Zipf-distributed requests over the distinct ones listed above"
printf '%-8s %-6s %-14s %10s %9s %9s %9s  %s\n' articles cache endpoint "req/s" "p50 ms" "p99 ms" "vs base" "errors"
for size in "${sizes[@]}"; do
    for cache in off on; do
        base=$(awk -v s="$size" -v m="$cache" '$1 == s && $2 == m && $3 == "baseline" {print $5}' "$work/results.txt" | median)
        for endpoint in "${endpoints[@]}"; do
            column() { awk -v s="$size" -v m="$cache" -v e="$endpoint" -v c="$1" '$1 == s && $2 == m && $3 == e {print $c}' "$work/results.txt" | median; }
            rps=$(column 5); errors=$(awk -v s="$size" -v m="$cache" -v e="$endpoint" '$1 == s && $2 == m && $3 == e {n += $8 + $9} END {print n + 0}' "$work/results.txt")
            printf '%-8s %-6s %-14s %10.0f %9.2f %9.2f %8.0f%%  %s\n' "$size" "$cache" "$endpoint" "$rps" "$(column 6)" "$(column 7)" \
                "$(echo "100 * $rps / $base" | bc -l)" "$errors"
        done
    done
done
echo
for size in "${sizes[@]}"; do echo "seeding $size: ${seeding[$size]}"; done
awk '{printf "API memory after load at %s articles, response cache %s: %s MiB private (RSS %s MiB, counting mapped files: the runtime, and the database once per connection)\n", $1, $2, $3, $4}' "$work/memory.txt"
if awk '$8 + $9 > 0 {found = 1} END {exit !found}' "$work/results.txt"; then echo "errors seen (non-2xx or socket errors)"; exit 1; fi
