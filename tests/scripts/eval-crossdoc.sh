#!/usr/bin/env bash
# Cross-document resolution on the Wikinews evaluation articles: do the same names across articles end up as one entity?
#   tests/scripts/eval-crossdoc.sh [dev|heldout|all] [--json]
#   tests/scripts/eval-crossdoc.sh DIR [--json]      your own set: DIR/articles/*.txt and DIR/gold/*.json with global ids
# Seeds the chosen archive articles into a fresh temp database with the seeder's seed command, then
# tests/eval/wikinews/crossdoc.py compares its entities with the gold global_ids (and prints an exact-string baseline).
set -euo pipefail
own=
if [[ -d "${1:-}/articles" && -d "${1:-}/gold" ]]; then own=$(cd "$1" && pwd); shift; fi  # before the cd below
cd "$(dirname "$0")/../.."

subset=dev
if [[ -z "$own" ]]; then
    subset=${1:-dev}
    case "$subset" in dev|heldout|all) shift $(($# > 0 ? 1 : 0)) ;; *) echo "usage: $0 [dev|heldout|all|DIR] [--json]" >&2; exit 2 ;; esac
fi
shared=${SHARED:-../shared}
eval_dir=tests/eval/wikinews

work=$(mktemp -d /tmp/eval-crossdoc-XXXXXX)
trap 'rm -rf "$work"' EXIT

if [[ -n "$own" ]]; then
    ln -s "$own/articles" "$work/articles"
else
    python3 "$eval_dir/wikinews.py" --archive "$shared/archive/wikinews-en.jsonl" materialise "$subset" "$work/articles"
fi
if ! dotnet run --project src/NewsApi.Seeder -c Release -- seed --input "$work/articles" --db "$work/news.db" >"$work/seed.log" 2>&1; then
    echo "warning: seed reported failures:" >&2
    tail -n 20 "$work/seed.log" >&2
fi
if [[ -n "$own" ]]; then
    python3 "$eval_dir/crossdoc.py" --db "$work/news.db" --gold "$own" --scorer "$shared/bench/score.py" "$@"
else
    python3 "$eval_dir/crossdoc.py" --db "$work/news.db" --subset "$subset" --scorer "$shared/bench/score.py" "$@"
fi
