#!/usr/bin/python3
"""Independent reference for keywords_test: the top unigrams of a text with
FREQUENCY ranking, LOWERCASE normalisation, no stopwords, numbers left out.

    keywords_reference.py FILE K    prints the top K as "key<TAB>count" lines

The shared, documented rules (service/core/keywords.h), written here with
Python's re and unicodedata instead of the C++ scanner and ICU:
  - a word is a run of letters and digits joined by an apostrophe (' or
    U+2019) or hyphen between two of them, a full stop between two letters
    or two digits, a comma between two digits, or & between two capitals;
    words never cross a line;
  - a word is NFKC-normalised and case folded, U+2019 becomes ', and a
    final 's is dropped;
  - a word whose first character is a number (category N*) is a number and
    not counted;
  - order: count descending, then key ascending (code point order, which is
    UTF-8 byte order).
"""
import collections
import re
import sys
import unicodedata

ALNUM = r"[^\W_]"
LETTER = r"[^\W\d_]"
WORD = re.compile(
    ALNUM
    + r"(?:" + ALNUM
    + r"|['\u2019\-](?=" + ALNUM + r")"
    + r"|(?<=" + LETTER + r")\.(?=" + LETTER + r")"
    + r"|(?<=\d)[.,](?=\d)"
    + r"|(?<=[A-Z])&(?=[A-Z])"
    + r")*")


def key(word):
    folded = unicodedata.normalize("NFKC", word).casefold()
    folded = unicodedata.normalize("NFKC", folded).replace("\u2019", "'")
    if len(folded) > 2 and folded.endswith("'s"):
        folded = folded[:-2]
    return folded


def main():
    path, k = sys.argv[1], int(sys.argv[2])
    counts = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            for m in WORD.finditer(line):
                w = key(m.group(0))
                if unicodedata.category(w[0]).startswith("N"):
                    continue
                counts[w] += 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    for w, c in top:
        print(f"{w}\t{c}")


if __name__ == "__main__":
    main()
