"""End-to-end test of the `ta` client against the real server.

usage: client_e2e_test.py SERVER_BINARY CLIENT_BINARY SOURCE_DIR

Starts textanalyticsd on seeds/ (and on a temporary corpus of three documents
for paging and limits), runs `ta` for every subcommand in readable and --json
modes, and checks what it prints and how it exits.
"""

import json
import os
import re
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
            for command in ("docs", "doc", "stats", "summary", "analyze", "help"):
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
