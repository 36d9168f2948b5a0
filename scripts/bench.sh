#!/usr/bin/env bash
# Benchmarks print figures and ratios against a peer measured in the same run; they assert nothing.
# One 10,000-document haul and its case are shared by the ingest and search benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== bench/make-haul.ts"
npx tsx bench/make-haul.ts
echo "== bench/ingest.ts"
BENCH_HAUL="$work/h" BENCH_CASE="$work/case" npx tsx bench/ingest.ts
echo "== bench/search.ts"
BENCH_HAUL="$work/h" BENCH_CASE="$work/case" npx tsx bench/search.ts
echo "== bench/ocr-modes.ts"
npx tsx bench/ocr-modes.ts "$work/h" 60
echo "== bench/web.ts"
npm run build --silent
npx tsx bench/web.ts
