#!/usr/bin/env bash
# Compares Segment + ComputeStats(kBody) on the 60 MB Brown text with `wc -w`.
#
#   bash bench/run_bench.sh BUILD_DIR [ROUNDS]     (ROUNDS defaults to 5)
#
# Prepares the corpus (bench/prepare_brown.sh), builds core_bench and
# text_stats_file in BUILD_DIR if they are missing, then runs `wc -w FILE` and
# `text_stats_file FILE` in turn, ROUNDS times, alternating which goes first,
# and prints the median wall time of each, MB/s and the ratio ours / wc -w.
# The machines are shared and noisy: read the medians and the ratio of one
# run, not a single time. Finally runs core_bench once.
set -euo pipefail
# wc -w reads UTF-8 like our code does; fixed so that runs compare.
export LC_ALL=C.UTF-8

build="${1:?usage: run_bench.sh BUILD_DIR [ROUNDS]}"
rounds="${2:-${ROUNDS:-5}}"
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "$build" && pwd)"

file="$(bash "$here/prepare_brown.sh")"
tool="$build/bench/text_stats_file"
bench="$build/bench/core_bench"
if [ ! -x "$tool" ] || [ ! -x "$bench" ]; then
  cmake --build "$build" --target text_stats_file core_bench
fi

bytes=$(stat -c %s "$file")
cat "$file" > /dev/null  # into the page cache, so no round pays for the disk

# Wall time of one command in seconds; its stdout goes to $last_out.
time_it() {
  local t0 t1
  t0=$EPOCHREALTIME
  last_out="$("$@")"
  t1=$EPOCHREALTIME
  echo "$t0 $t1" | awk '{ printf "%.4f\n", $2 - $1 }'
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
  if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One key=value field of text_stats_file's output.
field() { printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

wc_times=() ours_times=() seg_times=() stats_times=()
echo "file: $file ($bytes bytes), $rounds rounds, LC_ALL=$LC_ALL"
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2)); then order="wc ours"; else order="ours wc"; fi
  for which in $order; do
    if [ "$which" = wc ]; then
      t=$(time_it wc -w "$file"); wc_times+=("$t")
      wc_out=$(wc -w < "$file")
    else
      t=$(time_it "$tool" "$file"); ours_times+=("$t")
    fi
  done
done
# time_it runs in a subshell, so take the tool's own report from one more run.
ours_out="$("$tool" "$file")"
echo "$ours_out" | sed 's/^/text_stats_file: /'

wc_med=$(median "${wc_times[@]}")
ours_med=$(median "${ours_times[@]}")
awk -v b="$bytes" -v w="$wc_med" -v o="$ours_med" \
    -v wt="${wc_times[*]}" -v ot="${ours_times[*]}" \
    -v ww="$wc_out" -v ow="$(field "$ours_out" words)" 'BEGIN {
  printf "%-16s %10s %10s %10s  %s\n", "", "median_s", "MB/s", "words", "rounds_s"
  printf "%-16s %10.3f %10.1f %10s  %s\n", "wc -w", w, b / 1e6 / w, ww, wt
  printf "%-16s %10.3f %10.1f %10s  %s\n", "text_stats_file", o, b / 1e6 / o, ow, ot
  printf "ratio ours / wc -w: %.2f\n", o / w
}'

echo
echo "core_bench:"
"$bench" --benchmark_min_time=0.2
