#!/usr/bin/env bash
# Benchmarks print figures and ratios against a peer measured in the same run; they assert nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
for b in bench/*.ts; do
  echo "== $b"
  npx tsx "$b"
done
