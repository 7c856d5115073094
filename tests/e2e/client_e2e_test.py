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

    def ta(self, *args, stdin=None, server=None, expect=0):
        """Runs ta against `server` (the seeds server by default); returns
        (stdout, stderr) after checking the exit code is `expect`."""
        server = server or self.seeds
        env = dict(os.environ, TA_ADDR=server.address)
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
                            "keywords", "terms", "help"):
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
