#!/usr/bin/env bash
# The newcomer's one command: installs what is missing, builds, and makes a sample haul.
# (Ingest and the workbench join this script as their issues land.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build --silent
DOCS="${DEMO_DOCS:-2000}"
node dist/cli/main.js make-haul --out demo-haul --docs "$DOCS" --seed 1 --force
echo "demo: the haul is in demo-haul/haul, its ground truth in demo-haul/truth.json"
