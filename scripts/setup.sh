#!/usr/bin/env bash
# Installs what Ariadne needs and is missing: Debian packages (Chromium, fonts with Arabic, poppler, Tesseract with
# Arabic and English data) and the npm dependencies. Safe to run again: it only installs what is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
[ -f /usr/share/tesseract-ocr/*/tessdata/ara.traineddata ] 2>/dev/null || ls /usr/share/tesseract-ocr/*/tessdata/ara.traineddata >/dev/null 2>&1 || need+=(tesseract-ocr-ara)
ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata >/dev/null 2>&1 || need+=(tesseract-ocr-eng)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
if command -v fc-list >/dev/null 2>&1; then
  fc-list | grep -qi 'Amiri' || need+=(fonts-hosny-amiri)
  fc-list | grep -qi 'Noto Naskh Arabic' || need+=(fonts-noto-core)
  fc-list | grep -qi 'Liberation Serif' || need+=(fonts-liberation2)
else
  need+=(fonts-hosny-amiri fonts-noto-core fonts-liberation2)
fi

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
