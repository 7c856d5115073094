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

    # --- GetKeywords --------------------------------------------------------

    def test_get_keywords_counts_and_pages(self):
        top = self.call("GetKeywords", pb.GetKeywordsRequest(limit=10))
        self.assertEqual(top.name, "documents/-")
        self.assertEqual(len(top.keywords), 10)
        self.assertGreater(top.total_size, 10)
        self.assertTrue(top.next_page_token)
        # The corpus's most frequent content word, counted like CountTerms.
        self.assertEqual(top.keywords[0].display_form, "data")
        counted = self.call("CountTerms", pb.CountTermsRequest(terms=["data"]))
        self.assertEqual(top.keywords[0].count, counted.term_counts[0].count)
        counts = [k.count for k in top.keywords]
        self.assertEqual(counts, sorted(counts, reverse=True))
        for k in top.keywords:
            self.assertAlmostEqual(k.frequency_per_10k_words,
                                   1e4 * k.count / top.word_count, places=6)
            self.assertEqual(sum(f.count for f in k.surface_forms), k.count)
            self.assertEqual(k.surface_forms[0].text, k.display_form)
        # The next page continues the ranking.
        second = self.call("GetKeywords", pb.GetKeywordsRequest(
            limit=5, page_token=self.call(
                "GetKeywords", pb.GetKeywordsRequest(limit=5)).next_page_token))
        self.assertEqual(list(second.keywords), list(top.keywords[5:10]))
        # A document against the rest of the corpus.
        festival = self.call("GetKeywords", pb.GetKeywordsRequest(
            name="documents/102-festival",
            ranking=pb.KEYWORD_RANKING_DISTINCTIVE, limit=1))
        self.assertEqual(festival.keywords[0].display_form, "festival")
        bigrams = self.call("GetKeywords", pb.GetKeywordsRequest(
            options=pb.KeywordOptions(ngram_sizes=[2]), limit=5))
        self.assertTrue(all(k.ngram_size == 2 and len(k.key.split(" ")) == 2
                            for k in bigrams.keywords))
        self.assert_code(grpc.StatusCode.INVALID_ARGUMENT, "GetKeywords",
                         pb.GetKeywordsRequest(
                             options=pb.KeywordOptions(ngram_sizes=[4])))
        self.assert_code(grpc.StatusCode.NOT_FOUND, "GetKeywords",
                         pb.GetKeywordsRequest(name="documents/nope"))

    # --- CountTerms ---------------------------------------------------------

    def test_count_terms_concordance_offsets_and_pages(self):
        request = pb.CountTermsRequest(
            terms=["data", "festival"], context_words=3, page_size=7,
            encoding_type=pb.ENCODING_TYPE_UTF32)
        first = self.call("CountTerms", request)
        by_term = {t.term: t for t in first.term_counts}
        self.assertEqual(by_term["festival"].key, "festiv")
        self.assertEqual([(d.document, d.count)
                          for d in by_term["festival"].document_counts],
                         [("documents/102-festival", 2)])
        for t in first.term_counts:
            self.assertEqual(sum(d.count for d in t.document_counts), t.count)
        total = sum(t.count for t in first.term_counts)
        self.assertEqual(first.total_size, total)
        lines = list(first.concordance_lines)
        self.assertEqual(len(lines), 7)
        token = first.next_page_token
        while token:
            request.page_token = token
            page = self.call("CountTerms", request)
            lines += page.concordance_lines
            token = page.next_page_token
        self.assertEqual(len(lines), total)
        texts = {}
        for line in lines:
            if line.document not in texts:
                texts[line.document] = self.get_full(
                    line.document, pb.ENCODING_TYPE_UTF32).text
            text = texts[line.document]
            # Code point offsets slice the Python string to the match.
            self.assertEqual(text[line.begin_offset:line.end_offset],
                             line.match)
            self.assertTrue(line.match.lower().startswith(line.term[:5]))
            self.assertLessEqual(len(line.left_context.split()), 3)
        # The festival's emoji comes before its second "festival": its
        # UTF-8 offsets differ from the code point ones.
        fest = [l for l in lines if l.document == "documents/102-festival"]
        utf8 = self.call("CountTerms", pb.CountTermsRequest(
            name="documents/102-festival", terms=["festival"],
            context_words=1)).concordance_lines
        text = texts["documents/102-festival"]
        self.assertEqual([(l.begin_offset, l.end_offset) for l in utf8],
                         [(code_units(text[:l.begin_offset], pb.ENCODING_TYPE_UTF8),
                           code_units(text[:l.end_offset], pb.ENCODING_TYPE_UTF8))
                          for l in fest])
        self.assert_code(grpc.StatusCode.INVALID_ARGUMENT, "CountTerms",
                         pb.CountTermsRequest(terms=["?!"]))
        self.assert_code(grpc.StatusCode.NOT_FOUND, "CountTerms",
                         pb.CountTermsRequest(name="documents/nope",
                                              terms=["data"]))

    # --- ListQuotes ---------------------------------------------------------

    def list_all_quotes(self, **fields):
        """Every quotation ListQuotes returns for `fields`, page by page."""
        quotes, token = [], ""
        while True:
            page = self.call("ListQuotes", pb.ListQuotesRequest(
                page_token=token, **fields))
            quotes += page.quotes
            token = page.next_page_token
            if not token:
                return quotes, page.total_size

    def check_quote_offsets(self, quote, text, encoding):
        """Each paragraph range slices `text` to the quote's words; the
        range starts at a mark; the mention slices to the mention."""
        def piece(begin, end):
            if encoding == pb.ENCODING_TYPE_UTF32:
                return text[begin:end]
            if encoding == pb.ENCODING_TYPE_UTF16:
                return text.encode("utf-16-le")[2 * begin:2 * end].decode(
                    "utf-16-le")
            return text.encode("utf-8")[begin:end].decode("utf-8")
        self.assertEqual("\n".join(piece(r.begin_offset, r.end_offset)
                                   for r in quote.text_ranges), quote.text)
        self.assertEqual(len(quote.text_ranges),
                         quote.last_paragraph_index -
                         quote.first_paragraph_index + 1)
        self.assertLessEqual(quote.range.begin_offset,
                             quote.text_ranges[0].begin_offset)
        self.assertGreaterEqual(quote.range.end_offset,
                                quote.text_ranges[-1].end_offset)
        # From the opening mark to the words.
        self.assertIn(piece(quote.range.begin_offset,
                            quote.text_ranges[0].begin_offset).strip(),
                      ("“", '"', "‘", "'"))
        if quote.speaker.mention:
            self.assertEqual(piece(quote.speaker.mention_begin_offset,
                                   quote.speaker.mention_end_offset),
                             quote.speaker.mention)

    def test_list_quotes_offsets_in_every_encoding(self):
        all_kinds = [pb.QUOTE_KIND_DIRECT, pb.QUOTE_KIND_PARTIAL,
                     pb.QUOTE_KIND_TERM]
        for name in (SEED_NAME, "documents/102-festival"):
            text = self.get_full(name, pb.ENCODING_TYPE_UTF32).text
            reference = None
            for encoding in (pb.ENCODING_TYPE_UTF32, pb.ENCODING_TYPE_UTF16,
                             pb.ENCODING_TYPE_UTF8):
                response = self.call("ListQuotes", pb.ListQuotesRequest(
                    parent=name, kinds=all_kinds, page_size=1000,
                    encoding_type=encoding))
                self.assertTrue(response.quotes, name)
                self.assertEqual(response.total_size, len(response.quotes))
                for quote in response.quotes:
                    self.check_quote_offsets(quote, text, encoding)
                if reference is None:
                    reference = response.quotes
                    continue
                for ref, quote in zip(reference, response.quotes, strict=True):
                    self.assertEqual(quote.text, ref.text)
                    self.assertEqual(
                        quote.range.begin_offset,
                        code_units(text[:ref.range.begin_offset], encoding))
        # The festival quote follows an emoji: the encodings disagree there.
        begins = [self.call("ListQuotes", pb.ListQuotesRequest(
            parent="documents/102-festival", encoding_type=e)).quotes[0]
                  .range.begin_offset
                  for e in (pb.ENCODING_TYPE_UTF8, pb.ENCODING_TYPE_UTF16,
                            pb.ENCODING_TYPE_UTF32)]
        self.assertGreater(begins[0], begins[1])
        self.assertGreater(begins[1], begins[2])

    def test_list_quotes_pages_and_filters(self):
        whole = self.call("ListQuotes", pb.ListQuotesRequest(
            parent="documents/-", page_size=1000))
        self.assertGreater(whole.total_size, 6)
        self.assertEqual(whole.next_page_token, "")
        paged, total = self.list_all_quotes(parent="documents/-", page_size=4)
        self.assertEqual(total, whole.total_size)
        self.assertEqual(list(paged), list(whole.quotes))
        self.assertEqual({q.kind for q in whole.quotes},
                         {pb.QUOTE_KIND_DIRECT, pb.QUOTE_KIND_PARTIAL})
        # Document order: the seed's quotations are numbered from 1.
        seed = [q for q in whole.quotes if q.name.startswith(SEED_NAME + "/")]
        numbers = [int(q.name.rsplit("/", 1)[1]) for q in seed]
        self.assertEqual(numbers, sorted(numbers))
        self.assertEqual(whole.quotes[-1].name,
                         "documents/102-festival/quotes/1")
        # The speaker filter: surname, any case.
        musk = self.call("ListQuotes", pb.ListQuotesRequest(
            parent=SEED_NAME, speaker="MUSK"))
        self.assertTrue(musk.quotes)
        self.assertTrue(all(q.speaker.name == "Elon Musk" for q in musk.quotes))
        self.assertEqual(list(musk.quotes),
                         [q for q in seed if q.speaker.name == "Elon Musk"])
        terms = self.call("ListQuotes", pb.ListQuotesRequest(
            parent=SEED_NAME, kinds=[pb.QUOTE_KIND_TERM], page_size=1000))
        self.assertTrue(terms.quotes)
        self.assertTrue(all(q.kind == pb.QUOTE_KIND_TERM and
                            not q.HasField("speaker") for q in terms.quotes))
        # A token only continues the same listing.
        first = self.call("ListQuotes", pb.ListQuotesRequest(
            parent=SEED_NAME, page_size=2))
        self.assert_code(grpc.StatusCode.INVALID_ARGUMENT, "ListQuotes",
                         pb.ListQuotesRequest(parent=SEED_NAME, speaker="musk",
                                              page_token=first.next_page_token))
        self.assert_code(grpc.StatusCode.NOT_FOUND, "ListQuotes",
                         pb.ListQuotesRequest(parent="documents/nope"))
        self.assert_code(grpc.StatusCode.INVALID_ARGUMENT, "ListQuotes",
                         pb.ListQuotesRequest(parent="docs/x"))
        self.assert_code(grpc.StatusCode.INVALID_ARGUMENT, "ListQuotes",
                         pb.ListQuotesRequest(parent=SEED_NAME, page_size=-1))

    # --- SearchQuotes -------------------------------------------------------

    def test_search_quotes_highlights_and_filters(self):
        response = self.call("SearchQuotes", pb.SearchQuotesRequest(
            query="data control", page_size=100,
            encoding_type=pb.ENCODING_TYPE_UTF32))
        hits = response.hits
        self.assertTrue(hits)
        self.assertEqual(response.total_size, len(hits))
        scores = [h.score for h in hits]
        self.assertEqual(scores, sorted(scores, reverse=True))
        for hit in hits:
            self.assertTrue(hit.highlights)
            for h in hit.highlights:
                word = hit.quote.text[h.begin_offset:h.end_offset]
                self.assertRegex(word.lower(), r"^(data|control)")
        # Stemming: "controls" matches "control".
        self.assertTrue(any("controls" in h.quote.text for h in hits))
        # Pages of three give the same hits.
        paged, token = [], ""
        while True:
            page = self.call("SearchQuotes", pb.SearchQuotesRequest(
                query="data control", page_size=3, page_token=token,
                encoding_type=pb.ENCODING_TYPE_UTF32))
            paged += page.hits
            token = page.next_page_token
            if not token:
                break
        self.assertEqual(list(paged), list(hits))
        one = self.call("SearchQuotes", pb.SearchQuotesRequest(
            query="data control", speaker="gilholm", page_size=100))
        self.assertTrue(all(h.quote.speaker.name == "Andrew Gilholm"
                            for h in one.hits))
        elsewhere = self.call("SearchQuotes", pb.SearchQuotesRequest(
            parent="documents/102-festival", query="data control"))
        self.assertEqual(len(elsewhere.hits), 0)
        bread = self.call("SearchQuotes", pb.SearchQuotesRequest(query="bread"))
        self.assertEqual([h.quote.name for h in bread.hits],
                         ["documents/102-festival/quotes/1"])
        self.assert_code(grpc.StatusCode.INVALID_ARGUMENT, "SearchQuotes",
                         pb.SearchQuotesRequest(query="the"))
        self.assert_code(grpc.StatusCode.NOT_FOUND, "SearchQuotes",
                         pb.SearchQuotesRequest(parent="documents/nope",
                                                query="data"))

    # --- ListSpeakers -------------------------------------------------------

    def test_list_speakers(self):
        whole = self.call("ListSpeakers", pb.ListSpeakersRequest(
            parent="documents/-", page_size=1000))
        self.assertEqual(whole.total_size, len(whole.speakers))
        counts = [s.quote_count for s in whole.speakers]
        self.assertEqual(counts, sorted(counts, reverse=True))
        by_name = {s.name: s for s in whole.speakers}
        gilholm = by_name["Andrew Gilholm"]
        self.assertEqual(gilholm.quote_count, 3)
        self.assertEqual(list(gilholm.documents), [SEED_NAME])
        self.assertIn("Andrew Gilholm", gilholm.mentions)
        self.assertFalse(gilholm.organization)
        # The counts agree with his quotations.
        quotes, total = self.list_all_quotes(parent="documents/-",
                                             speaker="Andrew Gilholm")
        self.assertEqual(total, gilholm.quote_count)
        self.assertEqual(sum(q.word_count for q in quotes),
                         gilholm.quoted_word_count)
        # Pages of five give the same speakers.
        paged, token = [], ""
        while True:
            page = self.call("ListSpeakers", pb.ListSpeakersRequest(
                parent="documents/-", page_size=5, page_token=token))
            paged += page.speakers
            token = page.next_page_token
            if not token:
                break
        self.assertEqual(list(paged), list(whole.speakers))
        # One document's speakers, and the stats count the same people.
        seed = self.call("ListSpeakers", pb.ListSpeakersRequest(
            parent=SEED_NAME, page_size=1000))
        stats = self.call("GetTextStats", pb.GetTextStatsRequest(name=SEED_NAME))
        self.assertEqual(seed.total_size, stats.stats.speaker_count)
        harbour = self.call("ListSpeakers", pb.ListSpeakersRequest(
            parent="documents/101-harbour-bridge"))
        self.assertEqual(harbour.total_size, 0)
        self.assert_code(grpc.StatusCode.NOT_FOUND, "ListSpeakers",
                         pb.ListSpeakersRequest(parent="documents/nope"))

    # --- Quotations in AnalyzeText and GetTextStats -------------------------

    def test_analyze_text_quotes_match_list_quotes(self):
        analysed = self.call("AnalyzeText", pb.AnalyzeTextRequest(
            text=self.seed_text, encoding_type=pb.ENCODING_TYPE_UTF32))
        listed = self.call("ListQuotes", pb.ListQuotesRequest(
            parent=SEED_NAME, page_size=1000, encoding_type=pb.ENCODING_TYPE_UTF32,
            kinds=[pb.QUOTE_KIND_DIRECT, pb.QUOTE_KIND_PARTIAL,
                   pb.QUOTE_KIND_TERM]))
        self.assertEqual(len(analysed.quotes), len(listed.quotes))
        for sent, stored in zip(analysed.quotes, listed.quotes):
            self.assertEqual(sent.name, "")
            stored.ClearField("name")
            self.assertEqual(sent, stored)
            self.check_quote_offsets(sent, self.seed_text,
                                     pb.ENCODING_TYPE_UTF32)
        stats = analysed.stats
        self.assertEqual(stats.quote_count, len(analysed.quotes))
        self.assertGreater(stats.speaker_count, 0)
        self.assertGreater(stats.quoted_word_share, 0)
        self.assertLess(stats.quoted_word_share, 1)
        corpus = self.call("GetTextStats", pb.GetTextStatsRequest()).stats
        self.assertEqual(corpus.quote_count,
                         sum(self.call("GetTextStats", pb.GetTextStatsRequest(
                             name=d.name)).stats.quote_count
                             for d in self.call("ListDocuments",
                                                pb.ListDocumentsRequest()).documents))

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
