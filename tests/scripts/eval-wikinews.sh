#!/usr/bin/env bash
# Entity extraction on the Wikinews evaluation articles (tests/eval/wikinews), scored by the shared scorer.
#   tests/scripts/eval-wikinews.sh [dev|heldout|all] [score.py options, e.g. --lenient or --json]
# Writes the chosen archive articles to a temp folder as .txt (headline, ISO date, blank line, body), runs the
# seeder's extract on them and scores the output. Tune on dev only; heldout is for reporting.
set -euo pipefail
cd "$(dirname "$0")/../.."

subset=${1:-dev}
case "$subset" in dev|heldout|all) shift $(($# > 0 ? 1 : 0)) ;; *) echo "usage: $0 [dev|heldout|all] [score.py options]" >&2; exit 2 ;; esac
shared=${SHARED:-../shared}
eval_dir=tests/eval/wikinews

work=$(mktemp -d /tmp/eval-wikinews-XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 "$eval_dir/wikinews.py" --archive "$shared/archive/wikinews-en.jsonl" materialise "$subset" "$work/articles"
if ! dotnet run --project src/NewsApi.Seeder -c Release -- extract "$work/articles" --output "$work/out" >"$work/extract.log" 2>&1; then
    echo "warning: extract reported failures (documents without output count as empty):" >&2
    tail -n 20 "$work/extract.log" >&2
fi
python3 "$shared/bench/score.py" "$eval_dir/gold" "$work/out" --split "$eval_dir/split.json" --subset "$subset" "$@"
