#!/usr/bin/env bash
# Installs what Ariadne needs and is missing: Debian packages (Chromium, fonts with Arabic, poppler, Tesseract with
# Arabic and English data) and the npm dependencies. Safe to run again: it only installs what is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(chromium poppler-utils tesseract-ocr tesseract-ocr-ara tesseract-ocr-eng 7zip
  fonts-hosny-amiri fonts-noto-core fonts-liberation2 gcc libc6-dev)
# Benchmarks also need their peers: Recoll (ingest) and ripgrep (search).
[ "${1:-}" = "--bench" ] && PACKAGES+=(recoll ripgrep)
need=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# npm dependencies: a clean install when node_modules is missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund
fi

# The search ranker (src/search/native/ariadne_rank.c), an SQLite extension built against the SQLite headers
# better-sqlite3 ships; rebuilt when its source is newer. Without it, search ranks with FTS5's bm25() (slower).
bash scripts/build-native.sh
