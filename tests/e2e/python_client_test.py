"""Calls every method of the API from Python, as another team's service would.

usage: python_client_test.py SERVER_BINARY CLIENT_BINARY SOURCE_DIR

Generates Python stubs from proto/ with protoc at test time, starts the real
textanalyticsd on a corpus of the seed and two small articles, and checks
every method with grpcio, including the offsets in each encoding against
Python's own string slicing. CLIENT_BINARY is not used; the argument keeps
the command line of both e2e tests the same.
"""

import hashlib
import importlib
import os
import subprocess
import sys
import tempfile
import unittest

import grpc

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2e_support  # noqa: E402
from e2e_support import SEED_ID, SEED_NAME  # noqa: E402

SERVER = SOURCE_DIR = None
pb = pb_grpc = health_pb = health_pb_grpc = None

PROTO = "textanalytics/v1/text_analytics.proto"
GRPC_PYTHON_PLUGIN = "/usr/bin/grpc_python_plugin"
TEXT_LIMIT = 100000  # --max_text_bytes of the server

# Debian ships neither grpc_health for Python nor health.proto, so the test
# writes the part of grpc.health.v1 it calls (field numbers as upstream).
HEALTH_PROTO = """
syntax = "proto3";
package grpc.health.v1;
message HealthCheckRequest { string service = 1; }
message HealthCheckResponse {
  enum ServingStatus { UNKNOWN = 0; SERVING = 1; NOT_SERVING = 2; SERVICE_UNKNOWN = 3; }
  ServingStatus status = 1;
}
service Health { rpc Check(HealthCheckRequest) returns (HealthCheckResponse); }
"""


def generate_stubs(out_dir):
    """Runs protoc for the API and the health proto into `out_dir`."""
    with open(os.path.join(out_dir, "health.proto"), "w") as f:
        f.write(HEALTH_PROTO)
    common = ["protoc", "--python_out=" + out_dir, "--grpc_python_out=" + out_dir,
              "--plugin=protoc-gen-grpc_python=" + GRPC_PYTHON_PLUGIN]
    subprocess.run(common + ["-I", os.path.join(SOURCE_DIR, "proto"),
                             "-I", "/usr/include", PROTO], check=True)
    subprocess.run(common + ["-I", out_dir, "health.proto"], check=True)
    sys.path.insert(0, out_dir)
    global pb, pb_grpc, health_pb, health_pb_grpc
    pb = importlib.import_module("textanalytics.v1.text_analytics_pb2")
    pb_grpc = importlib.import_module("textanalytics.v1.text_analytics_pb2_grpc")
    health_pb = importlib.import_module("health_pb2")
    health_pb_grpc = importlib.import_module("health_pb2_grpc")


def code_units(text, encoding):
    """Length of `text` in the code units of an EncodingType."""
    if encoding == pb.ENCODING_TYPE_UTF16:
        return len(text.encode("utf-16-le")) // 2
    if encoding == pb.ENCODING_TYPE_UTF32:
        return len(text)
    return len(text.encode("utf-8"))


class PythonClientTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        try:
            generate_stubs(cls.tmp.name)
            corpus = os.path.join(cls.tmp.name, "corpus")
            os.mkdir(corpus)
            e2e_support.make_corpus(SOURCE_DIR, corpus)
            cls.server = e2e_support.Server(
                SERVER, corpus, ["--max_text_bytes=%d" % TEXT_LIMIT])
        except Exception:
            cls.tmp.cleanup()
            raise
        cls.channel = grpc.insecure_channel(cls.server.address)
        cls.stub = pb_grpc.TextAnalyticsServiceStub(cls.channel)
        with open(os.path.join(corpus, e2e_support.SEED_FILE), "rb") as f:
            cls.seed_bytes = f.read()
        cls.seed_text = cls.seed_bytes.decode("utf-8")

    @classmethod
    def tearDownClass(cls):
        cls.channel.close()
        code = cls.server.stop()
        cls.server.close()
        cls.tmp.cleanup()
        if code != 0:
            raise AssertionError("server exited with %d on SIGTERM" % code)

    def call(self, method, request):
        return getattr(self.stub, method)(request, timeout=30)

    def assert_code(self, code, method, request):
        with self.assertRaises(grpc.RpcError) as caught:
            self.call(method, request)
        self.assertEqual(caught.exception.code(), code,
                         caught.exception.details())
        self.assertTrue(caught.exception.details())

    def get_full(self, name, encoding):
        return self.call("GetDocument", pb.GetDocumentRequest(
            name=name, view=pb.DOCUMENT_VIEW_FULL,
            encoding_type=encoding)).document

    # --- ListDocuments ------------------------------------------------------

    def test_list_documents_page_by_page(self):
        names, token, pages = [], "", 0
        while True:
            response = self.call("ListDocuments", pb.ListDocumentsRequest(
                page_size=1, page_token=token))
            pages += 1
            self.assertEqual(response.total_size, 3)
            self.assertEqual(len(response.documents), 1)
            self.assertEqual(response.documents[0].text, "")  # BASIC view
            names.append(response.documents[0].name)
            token = response.next_page_token
            if not token:
                break
            self.assertLess(pages, 3)
        self.assertEqual(names, [SEED_NAME, "documents/101-harbour-bridge",
                                 "documents/102-festival"])
        whole = self.call("ListDocuments", pb.ListDocumentsRequest())
        self.assertEqual([d.name for d in whole.documents], names)
        self.assertEqual(whole.next_page_token, "")

    def test_list_documents_errors(self):
        first = self.call("ListDocuments", pb.ListDocumentsRequest(page_size=1))
        token = first.next_page_token
        self.assertTrue(token)
        tampered = token[:-2] + ("AA" if token[-2:] != "AA" else "BB")
        self.assert_code(grpc.StatusCode.INVALID_ARGUMENT, "ListDocuments",
                         pb.ListDocumentsRequest(page_size=1, page_token=tampered))
        # A token only continues a request with the same parameters
        # (page_size may change, AIP-158).
        self.assert_code(grpc.StatusCode.INVALID_ARGUMENT, "ListDocuments",
                         pb.ListDocumentsRequest(page_size=1, page_token=token,
                                                 view=pb.DOCUMENT_VIEW_FULL))
        second = self.call("ListDocuments",
                           pb.ListDocumentsRequest(page_size=2, page_token=token))
        self.assertEqual([d.name for d in second.documents],
                         ["documents/101-harbour-bridge", "documents/102-festival"])
        self.assert_code(grpc.StatusCode.INVALID_ARGUMENT, "ListDocuments",
                         pb.ListDocumentsRequest(page_size=-1))

    # --- GetDocument --------------------------------------------------------

    def test_get_document_basic(self):
        doc = self.call("GetDocument", pb.GetDocumentRequest(name=SEED_NAME)).document
        self.assertEqual(doc.name, SEED_NAME)
        self.assertEqual(doc.source_file, e2e_support.SEED_FILE)
        self.assertEqual(doc.size_bytes, len(self.seed_bytes))
        self.assertEqual(doc.character_count, len(self.seed_text))
        self.assertEqual(doc.sha256, hashlib.sha256(self.seed_bytes).hexdigest())
        self.assertGreater(doc.word_count, 0)
        self.assertGreater(doc.sentence_count, 0)
        self.assertGreater(doc.paragraph_count, 0)
        self.assertGreaterEqual(doc.block_count, doc.paragraph_count)
        self.assertTrue(doc.title)
        self.assertEqual(doc.text, "")
        self.assertEqual(len(doc.blocks), 0)

    def test_get_document_full_offsets_in_every_encoding(self):
        for name in (SEED_NAME, "documents/102-festival"):
            reference = self.get_full(name, pb.ENCODING_TYPE_UTF32)
            text = reference.text
            self.assertEqual(len(reference.blocks), reference.block_count)
            # Code point offsets slice the Python string.
            for block in reference.blocks:
                self.assertEqual(text[block.begin_offset:block.end_offset],
                                 block.text)
                self.assertNotEqual(block.kind, pb.BLOCK_KIND_UNSPECIFIED)
            self.assertEqual([b.index for b in reference.blocks],
                             list(range(len(reference.blocks))))
            for encoding in (pb.ENCODING_TYPE_UTF8, pb.ENCODING_TYPE_UTF16,
                             pb.ENCODING_TYPE_UNSPECIFIED):
                doc = self.get_full(name, encoding)
                self.assertEqual(doc.text, text)
                for ref, block in zip(reference.blocks, doc.blocks, strict=True):
                    self.assertEqual(block.text, ref.text)
                    self.assertEqual(block.begin_offset,
                                     code_units(text[:ref.begin_offset], encoding))
                    self.assertEqual(block.end_offset,
                                     code_units(text[:ref.end_offset], encoding))
        self.assertEqual(self.get_full(SEED_NAME, pb.ENCODING_TYPE_UTF8).text,
                         self.seed_text)

    def test_offsets_differ_where_the_text_needs_it(self):
        # The festival article has U+1F389 (two UTF-16 units, four bytes)
        # before its last blocks, so the three encodings disagree there.
        ends = [self.get_full("documents/102-festival", e).blocks[-1].end_offset
                for e in (pb.ENCODING_TYPE_UTF8, pb.ENCODING_TYPE_UTF16,
                          pb.ENCODING_TYPE_UTF32)]
        self.assertGreater(ends[0], ends[1])
        self.assertGreater(ends[1], ends[2])

    def test_get_document_errors(self):
        self.assert_code(grpc.StatusCode.NOT_FOUND, "GetDocument",
                         pb.GetDocumentRequest(name="documents/nope"))
        self.assert_code(grpc.StatusCode.INVALID_ARGUMENT, "GetDocument",
                         pb.GetDocumentRequest(name="docs/x"))
        self.assert_code(grpc.StatusCode.INVALID_ARGUMENT, "GetDocument",
                         pb.GetDocumentRequest(name=""))

    # --- GetTextStats -------------------------------------------------------

    def test_get_text_stats_corpus_and_documents(self):
        corpus = self.call("GetTextStats", pb.GetTextStatsRequest())
        self.assertEqual(corpus.name, "documents/-")
        self.assertEqual(corpus.document_count, 3)
        self.assertEqual(corpus.scope, pb.TEXT_SCOPE_BODY)
        dash = self.call("GetTextStats", pb.GetTextStatsRequest(name="documents/-"))
        self.assertEqual(dash.stats, corpus.stats)
        words = sentences = 0
        for doc in self.call("ListDocuments", pb.ListDocumentsRequest()).documents:
            stats = self.call("GetTextStats",
                              pb.GetTextStatsRequest(name=doc.name))
            self.assertEqual(stats.name, doc.name)
            self.assertEqual(stats.document_count, 1)
            self.assertEqual(stats.stats.word_count, doc.word_count)
            self.assertEqual(stats.stats.sentence_count, doc.sentence_count)
            words += stats.stats.word_count
            sentences += stats.stats.sentence_count
        # Counts add up over the documents.
        self.assertEqual(corpus.stats.word_count, words)
        self.assertEqual(corpus.stats.sentence_count, sentences)
        s = corpus.stats
        self.assertAlmostEqual(s.mean_words_per_sentence,
                               s.word_count / s.sentence_count, places=6)
        self.assertGreater(s.reading_time.seconds, 0)
        self.assertGreater(s.block_counts.body, 0)

    def test_get_text_stats_scope(self):
        body = self.call("GetTextStats", pb.GetTextStatsRequest(name=SEED_NAME))
        every = self.call("GetTextStats", pb.GetTextStatsRequest(
            name=SEED_NAME, scope=pb.TEXT_SCOPE_ALL_TEXT))
        self.assertEqual(every.scope, pb.TEXT_SCOPE_ALL_TEXT)
        self.assertGreaterEqual(every.stats.word_count, body.stats.word_count)
        self.assertEqual(every.stats.block_counts, body.stats.block_counts)
        self.assert_code(grpc.StatusCode.NOT_FOUND, "GetTextStats",
                         pb.GetTextStatsRequest(name="documents/nope"))

    # --- Summarize ----------------------------------------------------------

    def check_summary(self, sentences, text, encoding):
        """Document order, distinct ranks, offsets that slice `text`."""
        indexes = [s.sentence_index for s in sentences]
        self.assertEqual(indexes, sorted(set(indexes)))
        self.assertEqual(len({s.rank for s in sentences}), len(sentences))
        for s in sentences:
            self.assertGreaterEqual(s.rank, 1)
            if encoding == pb.ENCODING_TYPE_UTF32:
                self.assertEqual(text[s.begin_offset:s.end_offset], s.text)
            else:  # UTF-16
                units = text.encode("utf-16-le")
                self.assertEqual(
                    units[2 * s.begin_offset:2 * s.end_offset].decode("utf-16-le"),
                    s.text)

    def test_summarize_by_name_and_by_text(self):
        by_name = self.call("Summarize", pb.SummarizeRequest(
            name=SEED_NAME, max_sentences=4, encoding_type=pb.ENCODING_TYPE_UTF32))
        self.assertEqual(len(by_name.sentences), 4)
        self.assertGreaterEqual(by_name.candidate_count, 4)
        self.check_summary(by_name.sentences, self.seed_text, pb.ENCODING_TYPE_UTF32)
        by_text = self.call("Summarize", pb.SummarizeRequest(
            text=self.seed_text, max_sentences=4,
            encoding_type=pb.ENCODING_TYPE_UTF16))
        self.check_summary(by_text.sentences, self.seed_text, pb.ENCODING_TYPE_UTF16)
        self.assertEqual([s.text for s in by_text.sentences],
                         [s.text for s in by_name.sentences])
        default = self.call("Summarize", pb.SummarizeRequest(name=SEED_NAME))
        self.assertEqual(len(default.sentences), 3)

    def test_summarize_errors(self):
        self.assert_code(grpc.StatusCode.NOT_FOUND, "Summarize",
                         pb.SummarizeRequest(name="documents/nope"))
        self.assert_code(grpc.StatusCode.RESOURCE_EXHAUSTED, "Summarize",
                         pb.SummarizeRequest(text="a" * (TEXT_LIMIT + 1)))

    # --- AnalyzeText --------------------------------------------------------

    def test_analyze_text_counts(self):
        response = self.call("AnalyzeText", pb.AnalyzeTextRequest(
            text="The cat sat on the mat. It was happy.\n"))
        self.assertEqual(response.stats.word_count, 9)
        self.assertEqual(response.stats.unique_word_count, 8)
        self.assertEqual(response.stats.sentence_count, 2)
        self.assertEqual(len(response.blocks), 1)
        self.assertEqual(len(response.summary), 0)

    def test_analyze_text_matches_the_corpus_document(self):
        analysed = self.call("AnalyzeText", pb.AnalyzeTextRequest(
            text=self.seed_text, include_summary=True, max_summary_sentences=2,
            encoding_type=pb.ENCODING_TYPE_UTF32))
        stored = self.call("GetTextStats", pb.GetTextStatsRequest(name=SEED_NAME))
        self.assertEqual(analysed.stats, stored.stats)
        self.assertEqual(len(analysed.summary), 2)
        self.check_summary(analysed.summary, self.seed_text, pb.ENCODING_TYPE_UTF32)
        full = self.get_full(SEED_NAME, pb.ENCODING_TYPE_UTF32)
        self.assertEqual([(b.kind, b.begin_offset, b.end_offset) for b in analysed.blocks],
                         [(b.kind, b.begin_offset, b.end_offset) for b in full.blocks])

    def test_analyze_text_utf16_offsets(self):
        text = e2e_support.EXTRA_DOCUMENTS["102_festival.txt"]
        response = self.call("AnalyzeText", pb.AnalyzeTextRequest(
            text=text, encoding_type=pb.ENCODING_TYPE_UTF16, include_summary=True))
        units = text.encode("utf-16-le")
        for block in response.blocks:
            self.assertEqual(
                units[2 * block.begin_offset:2 * block.end_offset].decode("utf-16-le"),
                block.text)
        self.check_summary(response.summary, text, pb.ENCODING_TYPE_UTF16)

    def test_analyze_text_limit(self):
        self.assert_code(grpc.StatusCode.RESOURCE_EXHAUSTED, "AnalyzeText",
                         pb.AnalyzeTextRequest(text="a" * (TEXT_LIMIT + 1)))
        # Exactly at the limit is accepted.
        self.call("AnalyzeText", pb.AnalyzeTextRequest(text="a " * (TEXT_LIMIT // 2)))

    def test_analyze_text_invalid_utf8_is_invalid_argument(self):
        # A Python str cannot hold invalid UTF-8, but a client in another
        # language can send it: encode AnalyzeTextRequest by hand (field 1,
        # length-delimited) and send the raw bytes.
        text = b"Hello, world.\n\xffbad\n"
        raw = bytes([0x0A, len(text)]) + text
        analyze = self.channel.unary_unary(
            "/textanalytics.v1.TextAnalyticsService/AnalyzeText",
            request_serializer=None,
            response_deserializer=pb.AnalyzeTextResponse.FromString)
        with self.assertRaises(grpc.RpcError) as caught:
            analyze(raw, timeout=30)
        self.assertEqual(caught.exception.code(),
                         grpc.StatusCode.INVALID_ARGUMENT,
                         caught.exception.details())
        self.assertRegex(caught.exception.details(), r"\b14\b")
        # The same framing with valid text is accepted.
        good = b"Hello, world.\n"
        response = analyze(bytes([0x0A, len(good)]) + good, timeout=30)
        self.assertEqual(len(response.blocks), 1)
        self.assertEqual(response.stats.word_count, 2)

    # --- Health -------------------------------------------------------------

    def test_health(self):
        health = health_pb_grpc.HealthStub(self.channel)
        for service in ("", "textanalytics.v1.TextAnalyticsService"):
            response = health.Check(health_pb.HealthCheckRequest(service=service),
                                    timeout=30)
            self.assertEqual(response.status,
                             health_pb.HealthCheckResponse.SERVING, service)


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    SERVER, _, SOURCE_DIR = sys.argv[1:4]
    unittest.main(argv=sys.argv[:1] + sys.argv[4:])
