#!/usr/bin/env bash
# Compares Segment + ComputeStats(kBody) on the 60 MB Brown text with `wc -w`,
# then unigram keyword counting (keywords_file) with `wc -w` and Python's
# collections.Counter.
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
keywords="$build/bench/keywords_file"
if [ ! -x "$tool" ] || [ ! -x "$bench" ] || [ ! -x "$keywords" ] ||
   [ ! -x "$build/bench/analyze_parts" ]; then
  cmake --build "$build" --target text_stats_file core_bench keywords_file analyze_parts
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

# Keyword counting: keywords_file (CountUnigramsFast in one thread: Snowball
# stems, the shipped stopword list, numbers left out, UTF-8 checked) against `wc -w` and Python's
# Counter(re.findall(r"\w+", text.lower())), the three in turn, ROUNDS
# times, rotating which goes first.
echo
echo "keyword counting, $rounds rounds:"
python_counter='import collections, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
counts = collections.Counter(re.findall(r"\w+", text.lower()))
print(sum(counts.values()), len(counts))'
kw_wc=() kw_ours=() kw_py=()
tools=(wc ours py)
for ((r = 0; r < rounds; r++)); do
  for ((j = 0; j < 3; j++)); do
    case "${tools[$(((r + j) % 3))]}" in
      wc) kw_wc+=("$(time_it wc -w "$file")") ;;
      ours) kw_ours+=("$(time_it "$keywords" "$file")") ;;
      py) kw_py+=("$(time_it python3 -c "$python_counter" "$file")") ;;
    esac
  done
done
"$keywords" "$file" | sed 's/^/keywords_file: /'
py_out="$(python3 -c "$python_counter" "$file")"
echo "python Counter: tokens, distinct = $py_out"
kw_wc_med=$(median "${kw_wc[@]}")
kw_ours_med=$(median "${kw_ours[@]}")
kw_py_med=$(median "${kw_py[@]}")
awk -v b="$bytes" -v w="$kw_wc_med" -v o="$kw_ours_med" -v p="$kw_py_med" \
    -v wt="${kw_wc[*]}" -v ot="${kw_ours[*]}" -v pt="${kw_py[*]}" 'BEGIN {
  printf "%-16s %10s %10s  %s\n", "", "median_s", "MB/s", "rounds_s"
  printf "%-16s %10.3f %10.1f  %s\n", "wc -w", w, b / 1e6 / w, wt
  printf "%-16s %10.3f %10.1f  %s\n", "keywords_file", o, b / 1e6 / o, ot
  printf "%-16s %10.3f %10.1f  %s\n", "python Counter", p, b / 1e6 / p, pt
  printf "ratio keywords_file / wc -w: %.2f (at most 1 is as fast or faster)\n", o / w
  printf "ratio python Counter / wc -w: %.2f\n", p / w
}'

echo
echo "AnalyzeText's parts on 1 MiB texts of the same file ($rounds rounds):"
"$build/bench/analyze_parts" "$file" "$rounds" 2>/dev/null

echo
echo "core_bench:"
"$bench" --benchmark_min_time=0.2
