#!/usr/bin/env bash
# The newcomer's one command: installs what is missing, builds, makes a sample haul, ingests it into a case, runs
# a first search, and ends serving the workbench at http://127.0.0.1:7777 (DEMO_PORT to change; Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build --silent
DOCS="${DEMO_DOCS:-2000}"
node dist/cli/main.js make-haul --out demo-haul --docs "$DOCS" --seed 1 --force
rm -rf demo-case
node dist/cli/main.js ingest demo-haul/haul --case demo-case --source seized-2019 --custodian "Exploitation unit" \
  --seized-at 2019-03-23 --seized-where "Site B"
node dist/cli/main.js status --case demo-case
echo
node dist/cli/main.js search --case demo-case "غازي عنتاب" --limit 3
echo
echo "== the most mentioned persons, screened against the real UN and OFAC lists"
node dist/cli/main.js watchlist import ../shared/data/watchlists/un-consolidated-2018-excerpt.xml --name UN --case demo-case || true
node dist/cli/main.js watchlist import ../shared/data/watchlists/ofac-sdn-2022/sdn.csv --name OFAC --case demo-case || true
node dist/cli/main.js entities --case demo-case --type person --limit 8
echo
echo "== money by category (USD)"
node dist/cli/main.js money --case demo-case --by category
echo
echo "== the most urgent documents pointing at Germany"
node dist/cli/main.js triage --case demo-case --country DE --limit 3
echo
echo "demo: the haul is in demo-haul/haul (truth: demo-haul/truth.json), the case in demo-case/."
echo "      try: node dist/cli/main.js search --case demo-case '\"Abu Hamza\" OR حمزة' --limit 5"
echo "           node dist/cli/main.js entity ID --case demo-case; node dist/cli/main.js path A B --case demo-case --k 3"
echo
echo "== the workbench"
exec node dist/cli/main.js serve --case demo-case --port "${DEMO_PORT:-7777}"
