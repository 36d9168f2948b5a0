#!/usr/bin/env bash
# Builds build/native/ariadne_rank.so, the SQLite extension search ranks with (src/search/native/ariadne_rank.c),
# against the SQLite headers that better-sqlite3 ships. Only when missing or older than its source.
set -euo pipefail
cd "$(dirname "$0")/.."
src=src/search/native/ariadne_rank.c
out=build/native/ariadne_rank.so
headers=node_modules/better-sqlite3/deps/sqlite3
if [ -f "$out" ] && [ "$out" -nt "$src" ]; then exit 0; fi
if ! command -v cc >/dev/null; then
  echo "build-native: no C compiler (cc); search will rank with FTS5's bm25(), which is slower" >&2
  exit 0
fi
mkdir -p build/native
cc -O2 -Wall -Wextra -fPIC -shared -I "$headers" "$src" -o "$out.tmp" -lm
mv "$out.tmp" "$out"
echo "build-native: built $out" >&2
