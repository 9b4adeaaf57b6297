#!/usr/bin/env bash
# The tagger's silver training set: the shipped pipeline reads the Wikinews archive, and its entities become a set that
# `train --news DIR:WEIGHT` trains on (self-training; README, Accuracy). Evaluation articles are left out.
#   tests/scripts/silver-sets.sh OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:?usage: $0 OUT_DIR}
shared=${SHARED:-../shared}

work=$(mktemp -d /tmp/silver-sets-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir "$work/archive"
ln -s "$(realpath "$shared/archive/wikinews-en.jsonl")" "$work/archive/wikinews-en.jsonl"
dotnet run --project src/NewsApi.Seeder -c Release -- extract "$work/archive" --output "$work/out" --with-body >"$work/extract.log"
python3 tests/eval/silver/silver_sets.py "$work/out" "$out" --shared "$shared"
