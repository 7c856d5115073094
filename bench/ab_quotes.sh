#!/bin/sh
# Side-by-side timing of ExtractQuotes in two builds on this noisy machine:
# alternates `quotes_file FILE 8 4` of build A and build B ROUNDS times,
# takes each run's median of its last three rounds, and prints the median of
# each build and the ratio B/A.
#
#   bench/ab_quotes.sh BUILD_DIR_A BUILD_DIR_B [ROUNDS] [FILE]
#
# Build the two commits in their own directories first, e.g.
#   git worktree add /tmp/a <commit>; cmake -S /tmp/a -B /tmp/a/build -G Ninja
#   ninja -C /tmp/a/build quotes_file
set -eu
A=$1/bench/quotes_file
B=$2/bench/quotes_file
ROUNDS=${3:-9}
FILE=${4:-$(dirname "$0")/.cache/brown.txt}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
i=0
while [ "$i" -lt "$ROUNDS" ]; do
  for which in A B; do
    if [ "$which" = A ]; then bin=$A; else bin=$B; fi
    v=$("$bin" "$FILE" 8 4 2>/dev/null | tail -3 | sort -n | sed -n 2p)
    echo "$which $v" >>"$out"
  done
  i=$((i + 1))
done
python3 - "$out" <<'PY'
import statistics, sys
runs = {"A": [], "B": []}
for line in open(sys.argv[1]):
    which, value = line.split()
    runs[which].append(float(value))
a, b = statistics.median(runs["A"]), statistics.median(runs["B"])
print(f"A median {a:.4f} s  B median {b:.4f} s  ratio B/A {b / a:.3f}")
PY
