"""End-to-end test of the `ta` client against the real server.

usage: client_e2e_test.py SERVER_BINARY CLIENT_BINARY SOURCE_DIR

Starts textanalyticsd on seeds/ (and on a temporary corpus of three documents
for paging and limits), runs `ta` for every subcommand in readable and --json
modes, and checks what it prints and how it exits.
"""

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2e_support  # noqa: E402
from e2e_support import SEED_ID, SEED_NAME  # noqa: E402

SERVER = CLIENT = SOURCE_DIR = None

# Nine words, eight distinct after case folding, two sentences.
KNOWN_TEXT = "The cat sat on the mat. It was happy.\n"

# The limit given to the second server, in bytes.
SMALL_LIMIT = 2000


def table_rows(output, heading):
    """The rows of the readable table whose heading row starts with
    `heading`, each split into its cells (columns are two or more spaces
    apart), up to the first empty or parenthesised line."""
    lines = output.splitlines()
    start = [i for i, l in enumerate(lines) if l.startswith(heading)]
    if not start:
        raise AssertionError("no table %r in:\n%s" % (heading, output))
    rows = []
    for line in lines[start[0] + 1:]:
        if not line.strip() or line.startswith("("):
            break
        rows.append(re.split(r"\s{2,}", line.strip()))
    return rows


def footer(output):
    """The last line of `output`, which must be "(...)"."""
    last = output.rstrip("\n").splitlines()[-1]
    if not (last.startswith("(") and last.endswith(")")):
        raise AssertionError("no footer in:\n%s" % output)
    return last[1:-1]


def next_page_args(output):
    """The arguments of the "next page: ta ..." hint in the footer of
    `output` (without "ta")."""
    match = re.search(r"next page: (ta .*)$", footer(output))
    if not match:
        raise AssertionError("no next-page hint in:\n%s" % output)
    return shlex.split(match.group(1))[1:]


def readable_value(output, label):
    """The value of the line `  label   value` of a readable report."""
    match = re.search(r"^\s*%s\s{2,}(\S.*?)\s*$" % re.escape(label), output,
                      re.MULTILINE)
    if not match:
        raise AssertionError("no line %r in:\n%s" % (label, output))
    return match.group(1)


def fold(text):
    """`text` with every run of whitespace one space, stripped."""
    return re.sub(r"\s+", " ", text).strip()


# The heading line of a quotation in readable `quotes` output: name,
# paragraph(s), kind and, when it fits, the speaker.
QUOTE_HEADING = re.compile(r"^(documents/\S+/quotes/\d+)  ¶(\d+)(?:–(\d+))?  "
                           r"(DIRECT|PARTIAL|TERM)(?:  (.*))?$")


class ClientTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.seeds = e2e_support.Server(SERVER, os.path.join(SOURCE_DIR, "seeds"))
        cls.corpus_dir = tempfile.TemporaryDirectory()
        try:
            e2e_support.make_corpus(SOURCE_DIR, cls.corpus_dir.name)
            cls.three = e2e_support.Server(
                SERVER, cls.corpus_dir.name,
                ["--max_text_bytes=%d" % SMALL_LIMIT])
        except Exception:
            cls.seeds.close()
            cls.corpus_dir.cleanup()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.seeds.close()
        cls.three.close()
        cls.corpus_dir.cleanup()

    def ta(self, *args, stdin=None, server=None, expect=0, columns=None):
        """Runs ta against `server` (the seeds server by default), with
        $COLUMNS set to `columns` when given (else unset, so that readable
        output is 80 columns wide); returns (stdout, stderr) after checking
        the exit code is `expect`."""
        server = server or self.seeds
        env = dict(os.environ, TA_ADDR=server.address)
        env.pop("COLUMNS", None)
        if columns is not None:
            env["COLUMNS"] = str(columns)
        result = subprocess.run(
            [CLIENT, *args], input=(stdin or "").encode("utf-8"),
            capture_output=True, env=env, timeout=60)
        out = result.stdout.decode("utf-8")
        err = result.stderr.decode("utf-8")
        self.assertEqual(result.returncode, expect,
                         "ta %s\nstdout:\n%s\nstderr:\n%s" % (args, out, err))
        return out, err

    def ta_json(self, *args, **kwargs):
        out, _ = self.ta("--json", *args, **kwargs)
        return json.loads(out)

    # --- help and usage -------------------------------------------------

    def test_help_lists_every_subcommand(self):
        for args in (["help"], ["--help"], ["-h"]):
            out, _ = self.ta(*args)
            for command in ("docs", "doc", "stats", "summary", "analyze",
                            "keywords", "terms", "quotes", "search-quotes",
                            "speakers", "help"):
                self.assertRegex(out, r"(?m)^\s+%s\s+\S" % command)

    def test_command_help_shows_its_flags(self):
        out, _ = self.ta("help", "docs")
        self.assertIn("--page-size N", out)
        out, _ = self.ta("summary", "--help")
        self.assertIn("--doc ID", out)

    def test_usage_errors_exit_2(self):
        _, err = self.ta("frobnicate", expect=2)
        self.assertIn("unknown command", err)
        _, err = self.ta("docs", "--no-such-flag", expect=2)
        self.assertIn("usage: ta docs", err)
        self.ta("doc", expect=2)  # missing ID
        self.ta("docs", "--page-size", "many", expect=2)
        self.ta("--encoding", "latin1", "docs", expect=2)
        self.ta("summary", expect=2)  # no source
        self.ta("summary", "--doc", SEED_ID, "-", expect=2)  # two sources

    def test_unreachable_server_is_unavailable(self):
        # The seeds server's port after it stopped would race; port 1 is a
        # privileged port nothing listens on here.
        _, err = self.ta("--addr", "127.0.0.1:1", "--timeout", "5", "docs",
                         expect=1)
        self.assertTrue(err.startswith("ta: UNAVAILABLE: "), err)

    # --- docs -------------------------------------------------------------

    def test_docs_lists_the_seed(self):
        out, _ = self.ta("docs")
        self.assertRegex(out, r"(?m)^NAME\s+TITLE\s+WORDS\s+SENTENCES$")
        row = [l for l in out.splitlines() if l.startswith(SEED_NAME)]
        self.assertEqual(len(row), 1, out)
        words = int(row[0].split()[-2])
        doc = self.ta_json("docs")["documents"][0]
        self.assertEqual(words, int(doc["wordCount"]))
        self.assertGreater(words, 0)

    def test_docs_json(self):
        response = self.ta_json("docs")
        self.assertEqual(response["totalSize"], 1)
        self.assertEqual(response["nextPageToken"], "")
        [doc] = response["documents"]
        self.assertEqual(doc["name"], SEED_NAME)
        self.assertEqual(doc["sourceFile"], e2e_support.SEED_FILE)
        self.assertTrue(doc["title"])
        self.assertGreater(int(doc["sentenceCount"]), 0)

    def test_docs_pages_and_all(self):
        first = self.ta_json("docs", "--page-size", "1", server=self.three)
        self.assertEqual(len(first["documents"]), 1)
        self.assertEqual(first["totalSize"], 3)
        self.assertTrue(first["nextPageToken"])
        second = self.ta_json("docs", "--page-size", "1", "--page-token",
                              first["nextPageToken"], server=self.three)
        self.assertEqual(len(second["documents"]), 1)
        self.assertLess(first["documents"][0]["name"],
                        second["documents"][0]["name"])
        everything = self.ta_json("docs", "--page-size", "1", "--all",
                                  server=self.three)
        names = [d["name"] for d in everything["documents"]]
        self.assertEqual(names, [SEED_NAME, "documents/101-harbour-bridge",
                                 "documents/102-festival"])
        self.assertEqual(everything["nextPageToken"], "")
        out, _ = self.ta("docs", "--page-size", "2", server=self.three)
        self.assertIn("(2 of 3 documents)", out)
        self.assertIn("next page: --page-token ", out)
        out, _ = self.ta("docs", "--all", "--page-size", "2", server=self.three)
        self.assertIn("(3 of 3 documents)", out)
        self.assertNotIn("next page", out)

    def test_docs_bad_paging_is_invalid_argument(self):
        first = self.ta_json("docs", "--page-size", "1", server=self.three)
        token = first["nextPageToken"]
        tampered = token[:-2] + ("AA" if token[-2:] != "AA" else "BB")
        _, err = self.ta("docs", "--page-token", tampered, server=self.three,
                         expect=1)
        self.assertTrue(err.startswith("ta: INVALID_ARGUMENT: "), err)
        _, err = self.ta("docs", "--page-size", "-1", expect=1)
        self.assertTrue(err.startswith("ta: INVALID_ARGUMENT: "), err)

    # --- doc --------------------------------------------------------------

    def test_doc_readable(self):
        out, _ = self.ta("doc", SEED_ID)
        self.assertEqual(readable_value(out, "name:"), SEED_NAME)
        self.assertEqual(readable_value(out, "source file:"),
                         e2e_support.SEED_FILE)
        with open(os.path.join(SOURCE_DIR, "seeds", e2e_support.SEED_FILE),
                  "rb") as f:
            size = len(f.read())
        self.assertEqual(readable_value(out, "size:"), "%d bytes" % size)
        doc = self.ta_json("doc", SEED_ID)["document"]
        self.assertEqual(int(readable_value(out, "words:")),
                         int(doc["wordCount"]))
        self.assertEqual(readable_value(out, "sha256:"), doc["sha256"])
        self.assertNotIn("Blocks", out)
        # The full name works as well as the id.
        out_by_name, _ = self.ta("doc", SEED_NAME)
        self.assertEqual(out_by_name, out)

    def test_doc_full_blocks(self):
        out, _ = self.ta("doc", SEED_ID, "--full")
        self.assertIn("Blocks (offsets in UTF-8 bytes)", out)
        self.assertRegex(out, r"(?m)^\[0\] (body|heading|caption|credit|"
                              r"boilerplate)  0-\d+$")
        doc = self.ta_json("--encoding", "utf32", "doc", SEED_ID, "--full")[
            "document"]
        blocks = doc["blocks"]
        self.assertEqual(len(blocks), int(doc["blockCount"]))
        for block in blocks:
            begin, end = int(block["beginOffset"]), int(block["endOffset"])
            self.assertEqual(doc["text"][begin:end], block["text"])
            self.assertTrue(block["kind"].startswith("BLOCK_KIND_"))
        # Every block's text is printed in the readable form.
        for block in blocks:
            self.assertIn(block["text"].strip(), out)

    def test_doc_errors(self):
        _, err = self.ta("doc", "nope", expect=1)
        self.assertTrue(err.startswith("ta: NOT_FOUND: "), err)
        _, err = self.ta("doc", "docs/x", expect=1)
        self.assertTrue(err.startswith("ta: INVALID_ARGUMENT: "), err)

    # --- stats ------------------------------------------------------------

    def test_stats_corpus(self):
        out, _ = self.ta("stats")
        response = self.ta_json("stats")
        self.assertEqual(response["name"], "documents/-")
        self.assertEqual(response["documentCount"], 1)
        self.assertEqual(response["scope"], "TEXT_SCOPE_BODY")
        words = int(response["stats"]["wordCount"])
        self.assertGreater(words, 0)
        self.assertEqual(int(readable_value(out, "words")), words)
        self.assertEqual(int(readable_value(out, "sentences")),
                         int(response["stats"]["sentenceCount"]))
        for heading in ("Counts", "Means", "Blocks by kind", "Readability"):
            self.assertRegex(out, r"(?m)^%s$" % heading)
        self.assertRegex(readable_value(out, "Reading time"),
                         r"^(\d+ min \d\d s|\d+ s|\d+ h \d\d min)$")
        ease = float(readable_value(out, "Flesch reading ease"))
        self.assertAlmostEqual(
            ease, response["stats"]["readability"]["fleschReadingEase"],
            delta=0.05)

    def test_stats_document_and_scope(self):
        corpus = self.ta_json("stats")["stats"]
        doc = self.ta_json("stats", "--doc", SEED_ID)
        self.assertEqual(doc["name"], SEED_NAME)
        # One document: its statistics are the corpus's.
        self.assertEqual(doc["stats"]["wordCount"], corpus["wordCount"])
        every = self.ta_json("stats", "--doc", SEED_ID, "--all-text")
        self.assertEqual(every["scope"], "TEXT_SCOPE_ALL_TEXT")
        self.assertGreaterEqual(int(every["stats"]["wordCount"]),
                                int(doc["stats"]["wordCount"]))
        out, _ = self.ta("stats", "--doc", SEED_ID, "--all-text")
        self.assertIn("all text", out.splitlines()[0])
        _, err = self.ta("stats", "--doc", "nope", expect=1)
        self.assertTrue(err.startswith("ta: NOT_FOUND: "), err)

    # --- summary ----------------------------------------------------------

    def test_summary_of_document(self):
        response = self.ta_json("summary", "--doc", SEED_ID, "-n", "2")
        sentences = response["sentences"]
        self.assertEqual(len(sentences), 2)
        self.assertGreaterEqual(response["candidateCount"], 2)
        indexes = [s["sentenceIndex"] for s in sentences]
        self.assertEqual(indexes, sorted(indexes))  # document order
        self.assertEqual(sorted(s["rank"] for s in sentences), [1, 2])
        out, _ = self.ta("summary", "--doc", SEED_ID, "-n", "2")
        self.assertRegex(out, r"(?m)^rank\s+score\s+offsets\s+sentence$")
        for s in sentences:
            self.assertIn(s["text"], out)
        self.assertIn("(2 of %d sentences)" % response["candidateCount"], out)

    def test_summary_of_stdin_and_file(self):
        with open(os.path.join(SOURCE_DIR, "seeds", e2e_support.SEED_FILE),
                  encoding="utf-8") as f:
            text = f.read()
        from_stdin = self.ta_json("summary", "-", stdin=text)
        encoded = text.encode("utf-8")
        self.assertEqual(len(from_stdin["sentences"]), 3)  # the default
        for s in from_stdin["sentences"]:
            begin, end = int(s["beginOffset"]), int(s["endOffset"])
            self.assertEqual(encoded[begin:end].decode("utf-8"), s["text"])
        from_file = self.ta_json(
            "summary", "--file",
            os.path.join(SOURCE_DIR, "seeds", e2e_support.SEED_FILE))
        self.assertEqual(from_file, from_stdin)
        # The same text as the corpus document gives the same summary.
        by_name = self.ta_json("summary", "--doc", SEED_ID)
        self.assertEqual([s["text"] for s in by_name["sentences"]],
                         [s["text"] for s in from_stdin["sentences"]])
        out, _ = self.ta("summary", "--file", "-", stdin=text)
        for s in from_stdin["sentences"]:
            self.assertIn(s["text"], out)

    # --- analyze ----------------------------------------------------------

    def test_analyze_known_text(self):
        response = self.ta_json("analyze", "--file", "-", stdin=KNOWN_TEXT)
        stats = response["stats"]
        self.assertEqual(int(stats["wordCount"]), 9)
        self.assertEqual(int(stats["uniqueWordCount"]), 8)
        self.assertEqual(int(stats["sentenceCount"]), 2)
        self.assertEqual(response["summary"], [])
        out, _ = self.ta("analyze", "--file", "-", stdin=KNOWN_TEXT)
        self.assertEqual(readable_value(out, "words"), "9")
        self.assertEqual(readable_value(out, "unique words"), "8")
        self.assertEqual(readable_value(out, "sentences"), "2")
        self.assertEqual(readable_value(out, "words per sentence"), "4.50")
        self.assertEqual(readable_value(out, "body"), "1")
        self.assertNotIn("Summary", out)

    def test_analyze_summary_and_blocks(self):
        text = e2e_support.EXTRA_DOCUMENTS["102_festival.txt"]
        out, _ = self.ta("analyze", "-", "--summary", "-n", "1", "--blocks",
                         stdin=text)
        self.assertIn("\nSummary\n", out)
        self.assertIn("Blocks (offsets in UTF-8 bytes)", out)
        response = self.ta_json("--encoding", "utf16", "analyze", "-",
                                "--summary", "-n", "1", stdin=text)
        [sentence] = response["summary"]
        self.assertIn(sentence["text"], out)
        units = text.encode("utf-16-le")
        for block in response["blocks"]:
            begin, end = int(block["beginOffset"]), int(block["endOffset"])
            self.assertEqual(units[2 * begin:2 * end].decode("utf-16-le"),
                             block["text"])

    def test_analyze_file(self):
        with tempfile.NamedTemporaryFile("w", suffix=".txt",
                                         encoding="utf-8") as f:
            f.write(KNOWN_TEXT)
            f.flush()
            response = self.ta_json("analyze", "--file", f.name)
        self.assertEqual(int(response["stats"]["wordCount"]), 9)
        _, err = self.ta("analyze", "--file", "/nonexistent/x.txt", expect=3)
        self.assertIn("/nonexistent/x.txt", err)

    def test_analyze_refuses_invalid_utf8_locally(self):
        with tempfile.NamedTemporaryFile("wb", suffix=".txt") as f:
            f.write(b"Hello, world.\n\xffbad\n")
            f.flush()
            _, err = self.ta("analyze", "--file", f.name, expect=3)
        self.assertIn("byte offset 14", err)

    def test_text_over_the_limit_is_resource_exhausted(self):
        text = "Word and word. " * (SMALL_LIMIT // 15 + 10)
        self.assertGreater(len(text.encode("utf-8")), SMALL_LIMIT)
        _, err = self.ta("analyze", "-", stdin=text, server=self.three,
                         expect=1)
        self.assertTrue(err.startswith("ta: RESOURCE_EXHAUSTED: "), err)
        _, err = self.ta("summary", "-", stdin=text, server=self.three,
                         expect=1)
        self.assertTrue(err.startswith("ta: RESOURCE_EXHAUSTED: "), err)

    # --- keywords ---------------------------------------------------------

    def test_keywords_table_matches_json(self):
        out, _ = self.ta("keywords", "--limit", "5")
        response = self.ta_json("keywords", "--limit", "5")
        keywords = response["keywords"]
        self.assertEqual(len(keywords), 5)
        self.assertEqual(response["name"], "documents/-")
        self.assertRegex(out.splitlines()[0], r"^Keywords of the corpus \(%d "
                         r"words\), by frequency;" % int(response["wordCount"]))
        self.assertRegex(out, r"(?m)^rank  term\s+count  per 10k  docs$")
        rows = table_rows(out, "rank")
        self.assertEqual(len(rows), 5)
        # "data" is the seed's most frequent content word.
        self.assertEqual(rows[0][:2], ["1", "data"])
        self.assertEqual(keywords[0]["displayForm"], "data")
        for i, (row, keyword) in enumerate(zip(rows, keywords)):
            rank, term, count, per_10k, docs = row
            self.assertEqual(int(rank), i + 1)
            self.assertEqual(term.split(" (+")[0], keyword["displayForm"])
            self.assertEqual(int(count), int(keyword["count"]))
            self.assertAlmostEqual(float(per_10k),
                                   keyword["frequencyPer10kWords"], delta=0.05)
            self.assertEqual(int(docs), keyword["documentFrequency"])
        counts = [int(k["count"]) for k in keywords]
        self.assertEqual(counts, sorted(counts, reverse=True))
        # Counts per 10,000 words follow from the word count.
        self.assertAlmostEqual(
            keywords[0]["frequencyPer10kWords"],
            1e4 * int(keywords[0]["count"]) / int(response["wordCount"]),
            places=6)
        self.assertTrue(footer(out).startswith(
            "5 of %d terms; next page: ta keywords " % response["totalSize"]))
        self.assertEqual(next_page_args(out)[-2:],
                         ["--page-token", response["nextPageToken"]])

    def test_keywords_surface_forms_of_stems(self):
        response = self.ta_json("keywords", "--limit", "50")
        out, _ = self.ta("keywords", "--limit", "50")
        rows = table_rows(out, "rank")
        with_forms = [(row, k) for row, k in zip(rows, response["keywords"])
                      if len(k["surfaceForms"]) > 1]
        self.assertTrue(with_forms, "no stem with several forms in the top 50")
        for row, keyword in with_forms:
            forms = keyword["surfaceForms"]
            # The display form is the most frequent surface form.
            self.assertEqual(forms[0]["text"], keyword["displayForm"])
            self.assertEqual(sum(int(f["count"]) for f in forms),
                             int(keyword["count"]))
            second = forms[1]
            self.assertIn("%s (+%s %s" % (keyword["displayForm"],
                                          second["text"], second["count"]),
                          row[1])
        for line in out.splitlines()[1:-1]:
            self.assertLessEqual(len(line), 100, line)
        # Lowercased terms are their own display forms.
        lowered = self.ta_json("keywords", "--lowercase", "--limit", "50")
        for keyword in lowered["keywords"]:
            self.assertEqual(keyword["key"], keyword["displayForm"])

    def test_keywords_next_page_hint_continues_the_ranks(self):
        first, _ = self.ta("keywords", "--limit", "4", "--ngram", "1,2")
        args = next_page_args(first)
        self.assertIn("--ngram", args)
        self.assertEqual(args[args.index("--first-rank") + 1], "5")
        second, _ = self.ta(*args)
        rows = table_rows(second, "rank")
        self.assertEqual([int(r[0]) for r in rows], [5, 6, 7, 8])
        both = self.ta_json("keywords", "--limit", "8", "--ngram", "1,2")
        self.assertEqual([r[1].split(" (+")[0] for r in rows],
                         [k["displayForm"] for k in both["keywords"][4:]])

    def test_keywords_options(self):
        plain = self.ta_json("keywords", "--limit", "1000")["keywords"]
        keys = [k["key"] for k in plain]
        self.assertNotIn("the", keys)
        self.assertTrue(all(k["ngramSize"] == 1 for k in plain))
        self.assertFalse(any(re.match(r"^\d", k) for k in keys))
        # No stopword list: "the" comes first.
        nostop = self.ta_json("keywords", "--no-stopwords", "--limit", "1")
        self.assertEqual(nostop["keywords"][0]["key"], "the")
        # Extra stopwords, repeated or comma separated.
        extra = self.ta_json("keywords", "--stopword", "data",
                             "--stopword", "china,chinese", "--limit", "1000")
        extra_keys = [k["key"] for k in extra["keywords"]]
        for word in ("data", "china", "chines"):
            self.assertIn(word, keys)
            self.assertNotIn(word, extra_keys)
        self.assertEqual(extra["totalSize"], len(keys) - 3)
        # Bigrams only: two words, neither a stopword at either end.
        bigrams = self.ta_json("keywords", "--ngram", "2", "--limit", "20")
        for k in bigrams["keywords"]:
            self.assertEqual(k["ngramSize"], 2)
            self.assertEqual(len(k["key"].split(" ")), 2)
        # --min-count leaves out the rarer terms.
        common = self.ta_json("keywords", "--min-count", "10",
                              "--limit", "1000")
        self.assertTrue(common["keywords"])
        self.assertTrue(all(int(k["count"]) >= 10 for k in common["keywords"]))
        self.assertEqual(common["totalSize"],
                         sum(1 for k in plain if int(k["count"]) >= 10))
        # --numbers adds number terms.
        numbers = self.ta_json("keywords", "--numbers", "--limit", "1000")
        self.assertTrue(any(re.match(r"^\d", k["key"])
                            for k in numbers["keywords"]))
        # --doc: the one document of the seed corpus.
        doc = self.ta_json("keywords", "--doc", SEED_ID, "--limit", "5")
        self.assertEqual(doc["name"], SEED_NAME)
        self.assertEqual(doc["keywords"], plain[:5])

    def test_keywords_rankings_show_scores(self):
        frequency, _ = self.ta("keywords", "--limit", "3")
        self.assertNotIn("score", frequency.splitlines()[2])
        for rank, label in (("tfidf", "TF-IDF"),
                            ("distinctive", "distinctiveness")):
            out, _ = self.ta("keywords", "--rank", rank, "--limit", "5",
                             server=self.three)
            self.assertIn("by " + label, out.splitlines()[0])
            response = self.ta_json("keywords", "--rank", rank, "--limit",
                                    "5", server=self.three)
            rows = table_rows(out, "rank")
            self.assertEqual(out.splitlines()[2].split()[-1], "score")
            scores = [k["score"] for k in response["keywords"]]
            self.assertEqual(scores, sorted(scores, reverse=True))
            for row, keyword in zip(rows, response["keywords"]):
                self.assertAlmostEqual(float(row[-1]), keyword["score"],
                                       delta=0.0005)
        # A document against the rest of the corpus: its own words stand out.
        festival = self.ta_json("keywords", "--doc", "102-festival", "--rank",
                                "distinctive", "--limit", "1",
                                server=self.three)
        self.assertEqual(festival["keywords"][0]["displayForm"], "festival")

    def test_keywords_bad_input(self):
        for args, code in ((["--ngram", "4"], "INVALID_ARGUMENT"),
                           (["--ngram", "0,1"], "INVALID_ARGUMENT"),
                           (["--limit", "-1"], "INVALID_ARGUMENT"),
                           (["--limit", "1001"], "INVALID_ARGUMENT"),
                           (["--page-token", "nonsense"], "INVALID_ARGUMENT"),
                           (["--doc", "nope"], "NOT_FOUND")):
            _, err = self.ta("keywords", *args, expect=1)
            self.assertTrue(err.startswith("ta: %s: " % code), (args, err))
        # A token of another query is refused.
        token = self.ta_json("keywords", "--limit", "2")["nextPageToken"]
        _, err = self.ta("keywords", "--lowercase", "--page-token", token,
                         expect=1)
        self.assertTrue(err.startswith("ta: INVALID_ARGUMENT: "), err)
        # Checked by the client: usage errors.
        for args in (["--ngram", "x"], ["--rank", "best"],
                     ["--limit", "many"], ["extra"]):
            _, err = self.ta("keywords", *args, expect=2)
            self.assertIn("usage: ta keywords", err)

    # --- terms ------------------------------------------------------------

    def test_terms_table_matches_json(self):
        args = ("terms", "data", "data security", "regulations", "zebra")
        out, _ = self.ta(*args)
        response = self.ta_json(*args)
        counts = response["termCounts"]
        self.assertEqual([c["term"] for c in counts], list(args[1:]))
        self.assertEqual(response["concordanceLines"], [])
        rows = table_rows(out, "term")
        self.assertEqual(len(rows), 4)
        for row, count in zip(rows, counts):
            self.assertEqual(row, [count["term"], count["key"],
                                   str(int(count["count"]))])
        self.assertEqual(counts[0]["key"], "data")
        self.assertGreater(int(counts[0]["count"]), 0)
        self.assertGreater(int(counts[1]["count"]), 0)
        self.assertLessEqual(int(counts[1]["count"]), int(counts[0]["count"]))
        self.assertEqual(int(counts[3]["count"]), 0)
        # Stemming: "regulations" counts every form of "regul".
        lowered = self.ta_json("terms", "regulations", "--lowercase")
        self.assertLessEqual(int(lowered["termCounts"][0]["count"]),
                             int(counts[2]["count"]))
        # The per-document table: a column per term.
        [doc_row] = table_rows(out, "document")
        self.assertEqual(doc_row, [SEED_NAME] + [str(int(c["count"]))
                                                 for c in counts])
        self.assertNotIn("Concordance", out)
        # "data" is the top keyword, and both count the same occurrences.
        top = self.ta_json("keywords", "--limit", "1")["keywords"][0]
        self.assertEqual(int(top["count"]), int(counts[0]["count"]))

    def test_terms_per_document(self):
        # Body text only: the harbour article's heading is not counted.
        out, _ = self.ta("terms", "festival", "harbour", "data",
                         server=self.three)
        rows = {r[0]: r[1:] for r in table_rows(out, "document")}
        self.assertEqual(rows, {
            SEED_NAME: ["0", "0", rows[SEED_NAME][2]],
            "documents/101-harbour-bridge": ["0", "1", "0"],
            "documents/102-festival": ["2", "0", "0"],
        })
        one = self.ta_json("terms", "festival", "--doc", "102-festival",
                           server=self.three)
        self.assertEqual(one["termCounts"][0]["documentCounts"],
                         [{"document": "documents/102-festival",
                           "count": "2"}])

    def test_terms_kwic(self):
        out, _ = self.ta("terms", "data", "--kwic", "3")
        response = self.ta_json("terms", "data", "--kwic", "3")
        lines = response["concordanceLines"]
        total = int(response["termCounts"][0]["count"])
        self.assertEqual(len(lines), min(total, 50))  # the default page size
        self.assertIn("\nConcordance (3 words of context", out)
        kwic = [l for l in out.splitlines() if re.match(r"^ +¶\d+  ", l)]
        self.assertEqual(len(kwic), len(lines))
        # Every match is bracketed, and the brackets line up.
        starts = set()
        for printed, line in zip(kwic, lines):
            self.assertIn("[%s]" % line["match"], printed)
            self.assertRegex(line["match"].lower(), r"^data\b")  # data’s too
            self.assertIn(line["leftContext"].strip()[-20:], printed)
            self.assertIn(line["rightContext"].strip()[:20], printed)
            for context in (line["leftContext"], line["rightContext"]):
                words = re.findall(r"\w+(?:['’.,-]\w+)*", context)
                self.assertLessEqual(len(words), 3, context)
            self.assertRegex(printed, r"^ +¶%d  " % line["paragraphIndex"])
            starts.add(printed.index("["))
        self.assertEqual(len(starts), 1, "\n".join(kwic))
        self.assertIn("\n%s\n" % SEED_NAME, out)
        self.assertTrue(footer(out).startswith(
            "%d of %d concordance lines" % (len(lines), total)))

    def test_terms_kwic_offsets_and_pages(self):
        text = self.ta_json("--encoding", "utf32", "doc", SEED_ID,
                            "--full")["document"]["text"]
        args = ["terms", "data", "china", "--kwic", "2", "--page-size", "20"]
        response = self.ta_json("--encoding", "utf32", *args)
        total = sum(int(c["count"]) for c in response["termCounts"])
        lines = list(response["concordanceLines"])
        out, _ = self.ta("--encoding", "utf32", *args)
        # Follow the readable next-page hints to the last page.
        pages = 1
        while "next page:" in footer(out):
            hint = next_page_args(out)
            self.assertIn("--encoding", hint)
            out, _ = self.ta(*hint)
            token = hint[hint.index("--page-token") + 1]
            lines += self.ta_json("--encoding", "utf32", *args,
                                  "--page-token", token)["concordanceLines"]
            pages += 1
        self.assertEqual(len(lines), total)
        self.assertEqual(pages, -(-total // 20))
        positions = [int(l["beginOffset"]) for l in lines]
        self.assertEqual(positions, sorted(positions))  # text order
        for line in lines:
            begin, end = int(line["beginOffset"]), int(line["endOffset"])
            self.assertEqual(text[begin:end], line["match"])
            self.assertIn(line["term"], ("data", "china"))

    def test_terms_bad_input(self):
        _, err = self.ta("terms", "?!", expect=1)
        self.assertTrue(err.startswith("ta: INVALID_ARGUMENT: "), err)
        self.assertIn("?!", err)
        for args, code in ((["data", "--kwic", "51"], "INVALID_ARGUMENT"),
                           (["data", "--kwic", "-1"], "INVALID_ARGUMENT"),
                           (["data", "--page-size", "-1"], "INVALID_ARGUMENT"),
                           (["data", "--doc", "nope"], "NOT_FOUND")):
            _, err = self.ta("terms", *args, expect=1)
            self.assertTrue(err.startswith("ta: %s: " % code), (args, err))
        _, err = self.ta("terms", expect=2)
        self.assertIn("at least 1", err)
        self.ta("terms", "data", "--kwic", "some", expect=2)

    # --- analyze keywords -------------------------------------------------

    def test_analyze_prints_keywords(self):
        response = self.ta_json("analyze", "-", stdin=KNOWN_TEXT)
        keys = sorted(k["key"] for k in response["keywords"])
        # Stopwords (the, on, it, was) are left out; "happy" is stemmed.
        self.assertEqual(keys, ["cat", "happi", "mat", "sat"])
        out, _ = self.ta("analyze", "-", stdin=KNOWN_TEXT)
        self.assertIn("\nKeywords", out)
        rows = table_rows(out, "rank  term")
        self.assertEqual([r[1] for r in rows],
                         [k["displayForm"] for k in response["keywords"]])
        self.assertTrue(all(r[2] == "1" for r in rows))
        two = self.ta_json("analyze", "-", "--keywords", "2", stdin=KNOWN_TEXT)
        self.assertEqual(two["keywords"], response["keywords"][:2])

    # --- quotes -----------------------------------------------------------

    def quote_blocks(self, out):
        """The quotations of readable `quotes` output: for each heading line
        (name, paragraphs, kind[, speaker]) a dict with its fields and the
        lines printed under it up to the next blank line."""
        blocks = []
        current = None
        for line in out.splitlines():
            match = QUOTE_HEADING.match(line)
            if match:
                current = {"name": match.group(1),
                           "first": int(match.group(2)),
                           "last": int(match.group(3) or match.group(2)),
                           "kind": match.group(4),
                           "speaker": match.group(5) or "",
                           "lines": []}
                blocks.append(current)
            elif not line.strip():
                current = None
            elif current is not None:
                current["lines"].append(line)
        return blocks

    def readable_quote(self, quote):
        """How `quotes` prints the text of a quotation (JSON), whitespace
        folded: in marks, each paragraph of a continued quotation labelled
        with its index and opened with a mark, only the last closed."""
        paragraphs = quote["text"].split("\n")
        if len(paragraphs) == 1:
            return "“%s”" % fold(paragraphs[0])
        first = quote["firstParagraphIndex"]
        return " ".join("¶%d “%s" % (first + i, fold(p))
                        for i, p in enumerate(paragraphs)) + "”"

    def test_quotes_by_speaker(self):
        out, _ = self.ta("quotes", "--speaker", "musk")
        response = self.ta_json("quotes", "--speaker", "musk")
        quotes = response["quotes"]
        self.assertTrue(quotes, "no quotation of Musk")
        self.assertEqual(response["totalSize"], len(quotes))
        for quote in quotes:
            self.assertEqual(quote["speaker"]["name"], "Elon Musk")
            self.assertIn(quote["kind"], ("QUOTE_KIND_DIRECT",
                                          "QUOTE_KIND_PARTIAL"))
        # Any case, and the full name, find the same quotations.
        self.assertEqual(self.ta_json("quotes", "--speaker", "ELON MUSK"),
                         response)
        self.assertIn("speaker “musk”", out.splitlines()[0])
        blocks = self.quote_blocks(out)
        self.assertEqual([b["name"] for b in blocks],
                         [q["name"] for q in quotes])
        for block, quote in zip(blocks, quotes):
            self.assertEqual(block["first"], quote["firstParagraphIndex"])
            self.assertEqual(block["kind"], quote["kind"][len("QUOTE_KIND_"):])
            # The speaker is on the heading line or under it.
            speaker = fold(" ".join([block["speaker"]] + block["lines"]))
            self.assertTrue(speaker.startswith("Elon Musk ("), speaker)
            self.assertIn(self.readable_quote(quote), fold(out))
        self.assertEqual(footer(out), "%d of %d quotations"
                         % (len(quotes), len(quotes)))
        # Nobody of that name: no quotations, and still exit 0.
        out, _ = self.ta("quotes", "--speaker", "Nobody Such")
        self.assertIn("(no quotations)", out)
        self.assertEqual(footer(out), "0 of 0 quotations")

    def test_quotes_readable_layout_and_wrapping(self):
        response = self.ta_json("quotes", "--all", "--kind", "all")
        quotes = response["quotes"]
        self.assertEqual(len(quotes), response["totalSize"])
        for columns in (None, 60):
            out, _ = self.ta("quotes", "--all", "--kind", "all",
                             columns=columns)
            width = columns or 80
            for line in out.splitlines()[1:-1]:  # not title and footer
                self.assertLessEqual(len(line), width, line)
            blocks = self.quote_blocks(out)
            self.assertEqual([b["name"] for b in blocks],
                             [q["name"] for q in quotes])
            flat = fold(out)
            for block, quote in zip(blocks, quotes):
                self.assertIn(self.readable_quote(quote), flat)
                # The text is indented under its heading.
                self.assertTrue(any(l.startswith("    “") or
                                    l.startswith("    ¶") for l in
                                    block["lines"]), block)
                if quote["kind"] == "QUOTE_KIND_TERM":
                    self.assertEqual(block["speaker"], "")
        # The seed has a quotation continued over paragraphs: each of its
        # paragraphs is shown with its index.
        continued = [q for q in quotes
                     if q["lastParagraphIndex"] > q["firstParagraphIndex"]]
        self.assertTrue(continued)
        out, _ = self.ta("quotes", "--all")
        for quote in continued:
            for p in range(quote["firstParagraphIndex"],
                           quote["lastParagraphIndex"] + 1):
                self.assertRegex(out, r"(?m)^    ¶%d “" % p)
        # Names are numbered in document order.
        numbers = [int(q["name"].rsplit("/", 1)[1]) for q in quotes]
        self.assertEqual(numbers, sorted(set(numbers)))
        self.assertTrue(all(q["name"].startswith(SEED_NAME + "/quotes/")
                            for q in quotes))

    def test_quotes_kinds(self):
        default = self.ta_json("quotes", "--all")["quotes"]
        kinds = {q["kind"] for q in default}
        self.assertEqual(kinds, {"QUOTE_KIND_DIRECT", "QUOTE_KIND_PARTIAL"})
        self.assertEqual(self.ta_json("quotes", "--all", "--kind",
                                      "direct,partial")["quotes"], default)
        terms = self.ta_json("quotes", "--all", "--kind", "term")["quotes"]
        self.assertTrue(terms)
        self.assertTrue(all(q["kind"] == "QUOTE_KIND_TERM" for q in terms))
        self.assertFalse(any(q.get("speaker", {}).get("name") for q in terms))
        # Repeated --kind flags add up.
        both = self.ta_json("quotes", "--all", "--kind", "direct",
                            "--kind", "term")["quotes"]
        self.assertEqual(
            [q["name"] for q in both],
            sorted([q["name"] for q in default
                    if q["kind"] == "QUOTE_KIND_DIRECT"] +
                   [q["name"] for q in terms],
                   key=lambda n: int(n.rsplit("/", 1)[1])))
        out, _ = self.ta("quotes", "--kind", "term", "--page-size", "3")
        self.assertIn("(term;", out.splitlines()[0])
        self.assertTrue(all(b["kind"] == "TERM"
                            for b in self.quote_blocks(out)))

    def test_quotes_pages_follow_the_hints(self):
        everything = self.ta_json("quotes", "--doc", SEED_ID, "--all")
        names = [q["name"] for q in everything["quotes"]]
        self.assertGreater(len(names), 5)
        out, _ = self.ta("quotes", "--doc", SEED_ID, "--page-size", "5")
        seen = [b["name"] for b in self.quote_blocks(out)]
        self.assertEqual(len(seen), 5)
        self.assertTrue(footer(out).startswith("5 of %d quotations; next page:"
                                               % len(names)))
        while "next page:" in footer(out):
            args = next_page_args(out)
            self.assertEqual(args[:3], ["quotes", "--doc", SEED_ID])
            out, _ = self.ta(*args)
            seen += [b["name"] for b in self.quote_blocks(out)]
        self.assertEqual(seen, names)
        # JSON pages: the token continues the listing.
        first = self.ta_json("quotes", "--page-size", "2")
        second = self.ta_json("quotes", "--page-size", "2", "--page-token",
                              first["nextPageToken"])
        self.assertEqual([q["name"] for q in first["quotes"] +
                          second["quotes"]], names[:4])

    def test_quotes_offsets_slice_the_text(self):
        text = self.ta_json("--encoding", "utf32", "doc", SEED_ID,
                            "--full")["document"]["text"]
        units = text.encode("utf-16-le")

        def utf16(begin, end):
            return units[2 * int(begin):2 * int(end)].decode("utf-16-le")

        quotes = self.ta_json("--encoding", "utf16", "quotes", "--all",
                              "--kind", "all")["quotes"]
        for quote in quotes:
            pieces = [utf16(r["beginOffset"], r["endOffset"])
                      for r in quote["textRanges"]]
            self.assertEqual("\n".join(pieces), quote["text"])
            whole = utf16(quote["range"]["beginOffset"],
                          quote["range"]["endOffset"])
            self.assertIn(pieces[0], whole)
            self.assertIn(whole[0], "“\"‘'")
            self.assertIn(fold(pieces[0]), fold(quote["context"]))
            speaker = quote.get("speaker", {})
            if speaker.get("mention"):
                self.assertEqual(utf16(speaker["mentionBeginOffset"],
                                       speaker["mentionEndOffset"]),
                                 speaker["mention"])

    def test_quotes_bad_input(self):
        _, err = self.ta("quotes", "--doc", "nope", expect=1)
        self.assertTrue(err.startswith("ta: NOT_FOUND: "), err)
        _, err = self.ta("quotes", "--page-size", "-1", expect=1)
        self.assertTrue(err.startswith("ta: INVALID_ARGUMENT: "), err)
        _, err = self.ta("quotes", "--page-token", "nonsense", expect=1)
        self.assertTrue(err.startswith("ta: INVALID_ARGUMENT: "), err)
        # A token of another listing is refused.
        token = self.ta_json("quotes", "--page-size", "1")["nextPageToken"]
        _, err = self.ta("quotes", "--kind", "term", "--page-token", token,
                         expect=1)
        self.assertTrue(err.startswith("ta: INVALID_ARGUMENT: "), err)
        for args in (["--kind", "quip"], ["--page-size", "x"], ["extra"]):
            _, err = self.ta("quotes", *args, expect=2)
            self.assertIn("usage: ta quotes", err)

    # --- search-quotes ----------------------------------------------------

    def test_search_quotes_highlights(self):
        response = self.ta_json("search-quotes", "data control",
                                "--page-size", "50")
        hits = response["hits"]
        self.assertTrue(hits)
        self.assertEqual(response["totalSize"], len(hits))
        scores = [h["score"] for h in hits]
        self.assertEqual(scores, sorted(scores, reverse=True))
        self.assertGreater(scores[-1], 0)
        for hit in hits:
            text = hit["quote"]["text"]
            self.assertTrue(hit["highlights"], hit)
            for h in hit["highlights"]:  # UTF-8 bytes by default
                word = text.encode("utf-8")[
                    int(h["beginOffset"]):int(h["endOffset"])].decode("utf-8")
                self.assertRegex(word.lower(), r"^(data|control)")
        # Code points slice the Python string the same way.
        utf32 = self.ta_json("--encoding", "utf32", "search-quotes",
                             "data control", "--page-size", "50")["hits"]
        self.assertEqual([h["quote"]["name"] for h in utf32],
                         [h["quote"]["name"] for h in hits])
        for hit in utf32:
            text = hit["quote"]["text"]
            for h in hit["highlights"]:
                word = text[int(h["beginOffset"]):int(h["endOffset"])]
                self.assertRegex(word.lower(), r"^(data|control)")
        # Readable: rank, score, speaker, the quotation with the matches in
        # brackets (stdout is not a terminal), and where it is.
        out, _ = self.ta("search-quotes", "data", "control", "--page-size",
                         "50")
        self.assertIn("matching “data control”", out.splitlines()[0])
        flat = fold(out)
        for rank, hit in enumerate(hits, 1):
            quote = hit["quote"]
            self.assertRegex(out, r"(?m)^%d\.  score %.3f" % (rank,
                                                              hit["score"]))
            marked = quote["text"].encode("utf-8")
            for h in sorted(hit["highlights"],
                            key=lambda h: -int(h["beginOffset"])):
                b, e = int(h["beginOffset"]), int(h["endOffset"])
                marked = marked[:b] + b"[" + marked[b:e] + b"]" + marked[e:]
            self.assertIn(self.readable_quote(
                dict(quote, text=marked.decode("utf-8"))), flat)
            self.assertRegex(out, r"(?m)^    %s  ¶%d" % (
                re.escape(quote["name"]), quote["firstParagraphIndex"]))
        self.assertNotIn("\x1b[", out)
        self.assertEqual(footer(out), "%d of %d hits" % (len(hits), len(hits)))

    def test_search_quotes_filters_and_pages(self):
        everything = self.ta_json("search-quotes", "data", "--page-size",
                                  "100")
        hits = everything["hits"]
        self.assertGreater(len(hits), 3)
        by_doc = self.ta_json("search-quotes", "data", "--doc", SEED_ID,
                              "--page-size", "100")
        self.assertEqual(by_doc["hits"], hits)
        gilholm = self.ta_json("search-quotes", "data", "--speaker",
                               "gilholm", "--page-size", "100")["hits"]
        self.assertTrue(gilholm)
        self.assertTrue(all(h["quote"]["speaker"]["name"] == "Andrew Gilholm"
                            for h in gilholm))
        self.assertEqual(
            [h["quote"]["name"] for h in gilholm],
            [h["quote"]["name"] for h in hits
             if h["quote"].get("speaker", {}).get("name") ==
             "Andrew Gilholm"])
        terms = self.ta_json("search-quotes", "data", "--kind", "term",
                             "--page-size", "100")["hits"]
        self.assertTrue(all(h["quote"]["kind"] == "QUOTE_KIND_TERM"
                            for h in terms))
        # The next-page hint continues the ranks.
        out, _ = self.ta("search-quotes", "data", "--page-size", "2")
        self.assertEqual(footer(out).split(";")[0],
                         "2 of %d hits" % len(hits))
        args = next_page_args(out)
        self.assertEqual(args[args.index("--first-rank") + 1], "3")
        second, _ = self.ta(*args)
        self.assertRegex(second, r"(?m)^3\.  score ")
        self.assertRegex(second, r"(?m)^4\.  score ")
        self.assertNotRegex(second, r"(?m)^[12]\.  score ")
        self.assertIn("    %s  ¶" % hits[2]["quote"]["name"], second)

    def test_search_quotes_bad_input(self):
        _, err = self.ta("search-quotes", "the", expect=1)
        self.assertTrue(err.startswith("ta: INVALID_ARGUMENT: "), err)
        _, err = self.ta("search-quotes", "data", "--doc", "nope", expect=1)
        self.assertTrue(err.startswith("ta: NOT_FOUND: "), err)
        _, err = self.ta("search-quotes", expect=2)
        self.assertIn("usage: ta search-quotes", err)
        self.ta("search-quotes", "data", "--kind", "x", expect=2)
        self.ta("search-quotes", "data", "--first-rank", "0", expect=2)
        out, _ = self.ta("search-quotes", "zebra")
        self.assertIn("(no matching quotations)", out)

    # --- speakers ---------------------------------------------------------

    def test_speakers_table_matches_json(self):
        response = self.ta_json("speakers")
        speakers = response["speakers"]
        self.assertEqual(response["totalSize"], len(speakers))
        by_name = {s["name"]: s for s in speakers}
        self.assertEqual(by_name["Andrew Gilholm"]["quoteCount"], 3)
        counts = [s["quoteCount"] for s in speakers]
        self.assertEqual(counts, sorted(counts, reverse=True))
        out, _ = self.ta("speakers", columns=200)
        self.assertRegex(out, r"(?m)^speaker\s+quotes\s+words\s+docs\s+")
        rows = table_rows(out, "speaker")
        self.assertEqual(len(rows), len(speakers))
        for row, s in zip(rows, speakers):
            name = row[0]
            if s["organization"]:
                self.assertTrue(name.endswith(" (org.)"), name)
                name = name[:-len(" (org.)")]
            if name.endswith("…"):
                self.assertTrue(s["name"].startswith(name[:-1]), name)
            else:
                self.assertEqual(name, s["name"])
            self.assertEqual(row[1:4], [str(s["quoteCount"]),
                                        str(s["quotedWordCount"]),
                                        str(len(s["documents"]))])
            others = [m for m in s["mentions"] if m != s["name"]]
            cell = ", ".join(others)
            if s["descriptions"]:
                cell += (" — " if cell else "") + s["descriptions"][0]
            self.assertTrue(row[4].startswith(cell or "-"), (row, s))
        gilholm = [r for r in rows if r[0] == "Andrew Gilholm"]
        self.assertEqual(gilholm[0][1], "3")
        self.assertEqual(footer(out), "%d of %d speakers"
                         % (len(speakers), len(speakers)))
        # At 80 columns the last column is cut to fit.
        out, _ = self.ta("speakers")
        for line in out.splitlines()[:-1]:
            self.assertLessEqual(len(line), 80, line)
        # Everyone quoted in the seed's one document is quoted in the corpus.
        self.assertEqual(self.ta_json("speakers", "--doc", SEED_ID), response)

    def test_speakers_pages_and_errors(self):
        names = [s["name"] for s in self.ta_json("speakers")["speakers"]]
        out, _ = self.ta("speakers", "--page-size", "4")
        seen = [r[0] for r in table_rows(out, "speaker")]
        while "next page:" in footer(out):
            out, _ = self.ta(*next_page_args(out))
            seen += [r[0] for r in table_rows(out, "speaker")]
        self.assertEqual(len(seen), len(names))
        self.assertEqual(
            [s["name"] for s in self.ta_json("speakers", "--page-size", "3",
                                             "--all")["speakers"]], names)
        _, err = self.ta("speakers", "--doc", "nope", expect=1)
        self.assertTrue(err.startswith("ta: NOT_FOUND: "), err)
        self.ta("speakers", "--page-size", "x", expect=2)
        # A document where nobody is quoted.
        out, _ = self.ta("speakers", "--doc", "101-harbour-bridge",
                         server=self.three)
        self.assertIn("(nobody is quoted)", out)
        self.assertEqual(footer(out), "0 of 0 speakers")

    # --- quotations in stats and analyze ----------------------------------

    def test_stats_show_quotations(self):
        stats = self.ta_json("stats")["stats"]
        out, _ = self.ta("stats")
        self.assertRegex(out, r"(?m)^Quotations$")
        self.assertEqual(int(readable_value(out, "quotations")),
                         int(stats["quoteCount"]))
        self.assertEqual(int(readable_value(out, "speakers")),
                         int(stats["speakerCount"]))
        share = stats["quotedWordShare"]
        self.assertGreater(share, 0)
        self.assertLess(share, 1)
        self.assertEqual(readable_value(out, "quoted share of words"),
                         "%.1f%%" % (100 * share))
        self.assertEqual(int(stats["speakerCount"]),
                         self.ta_json("speakers")["totalSize"])

    def test_analyze_lists_quotations(self):
        text = ("Bridge reopens\n\n"
                "The mayor, Jane Roe, praised the crews. \u201cWe are proud "
                "of every one of them,\u201d Roe said.\n\n"
                "She added: \u201cTraffic will flow again by Monday.\u201d\n")
        response = self.ta_json("analyze", "-", stdin=text)
        quotes = response["quotes"]
        self.assertEqual([q["text"] for q in quotes],
                         ["We are proud of every one of them,",
                          "Traffic will flow again by Monday."])
        self.assertEqual({q["speaker"]["name"] for q in quotes}, {"Jane Roe"})
        self.assertEqual(int(response["stats"]["quoteCount"]), 2)
        self.assertEqual(int(response["stats"]["speakerCount"]), 1)
        out, _ = self.ta("analyze", "-", stdin=text)
        self.assertIn("\nQuotations (¶ = paragraph)\n", out)
        self.assertEqual(readable_value(out, "quotations"), "2")
        rows = table_rows(out, "¶ ")
        self.assertEqual(rows, [
            [str(q["firstParagraphIndex"]), "direct", "Jane Roe",
             "“%s”" % q["text"]] for q in quotes])
        # The seed has more quotations than analyze lists by default.
        with open(os.path.join(SOURCE_DIR, "seeds", e2e_support.SEED_FILE),
                  encoding="utf-8") as f:
            seed = f.read()
        total = len(self.ta_json("analyze", "-", stdin=seed)["quotes"])
        out, _ = self.ta("analyze", "-", stdin=seed)
        self.assertEqual(len(table_rows(out, "¶ ")), 5)
        self.assertIn("(5 of %d quotations; --quotes N to list more)" % total,
                      out)
        out, _ = self.ta("analyze", "-", "--quotes", "100", stdin=seed)
        self.assertEqual(len(table_rows(out, "¶ ")), total)
        self.ta("analyze", "-", "--quotes", "-1", stdin=seed, expect=2)


class ServerLifecycleTest(unittest.TestCase):

    def test_sigterm_and_sigint_exit_0(self):
        for sig in (signal.SIGTERM, signal.SIGINT):
            server = e2e_support.Server(SERVER,
                                        os.path.join(SOURCE_DIR, "seeds"))
            try:
                self.assertEqual(server.document_count, 1)
                self.assertEqual(server.stop(sig), 0, server.stderr())
            finally:
                server.close()

    def test_refuses_invalid_utf8_corpus(self):
        with tempfile.TemporaryDirectory() as corpus:
            with open(os.path.join(corpus, "good.txt"), "w") as f:
                f.write("A fine sentence.\n")
            with open(os.path.join(corpus, "broken.txt"), "wb") as f:
                f.write(b"Hello, world.\n\xffbad\n")
            code, out, err = e2e_support.run_server_expecting_failure(SERVER,
                                                                      corpus)
        self.assertNotEqual(code, 0)
        self.assertNotIn("serving", out)
        self.assertIn("broken.txt", err)
        self.assertRegex(err, r"\b14\b")  # the byte offset of \xff

    def test_refuses_two_files_with_one_id(self):
        with tempfile.TemporaryDirectory() as corpus:
            for name in ("Story One.txt", "story-one.txt"):
                with open(os.path.join(corpus, name), "w") as f:
                    f.write("A fine sentence.\n")
            code, out, err = e2e_support.run_server_expecting_failure(SERVER,
                                                                      corpus)
        self.assertNotEqual(code, 0)
        self.assertNotIn("serving", out)
        self.assertIn("Story One.txt", err)
        self.assertIn("story-one.txt", err)


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    SERVER, CLIENT, SOURCE_DIR = sys.argv[1:4]
    unittest.main(argv=sys.argv[:1] + sys.argv[4:])
