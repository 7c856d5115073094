#!/usr/bin/env bash
# Runs the client examples of README.md against a fresh server on seeds/ and
# writes their real output between the README's "examples" markers, so the
# README shows what the commands print. Usage: scripts/readme_examples.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
doc=000-f2b4827ed7942156
examples=(
  "docs"
  "stats --doc $doc"
  "summary --doc $doc -n 2"
  "keywords --limit 8"
  "keywords --ngram 2,3 --limit 5"
  "terms data 'data security' --kwic 4 --page-size 4"
  "quotes --speaker musk"
  "search-quotes 'data control' --page-size 2"
  "speakers --page-size 6"
  "doc nope"
)

out=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$out"' EXIT
"$build/service/server/textanalyticsd" --listen=127.0.0.1:0 --corpus_dir=seeds \
  > "$out/server" 2>/dev/null &
pid=$!
for _ in $(seq 100); do
  grep -q 'serving' "$out/server" 2>/dev/null && break
  sleep 0.1
done
addr=$(sed -n 's/.* on \(.*\)$/\1/p' "$out/server")
[ -n "$addr" ] || { echo "server did not start" >&2; exit 1; }

{
  echo '```text'
  for e in "${examples[@]}"; do
    echo "\$ ta $e"
    eval "COLUMNS=100 TA_ADDR=$addr $build/client/ta $e" 2>&1 || echo "(exit $?)"
    echo
  done | sed '$d'
  echo '```'
} > "$out/examples"

awk -v file="$out/examples" '
  /<!-- examples:begin -->/ { print; while ((getline line < file) > 0) print line; skip = 1; next }
  /<!-- examples:end -->/ { skip = 0 }
  !skip { print }' README.md > "$out/README.md"
cp "$out/README.md" README.md
echo "README.md: examples updated from $addr"
