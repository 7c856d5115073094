// ListQuotes, SearchQuotes, ListSpeakers and the quotations of AnalyzeText
// and GetTextStats, in-process, on two small documents.
#include <cmath>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/api/test_server.h"

namespace textanalytics {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// a: two direct quotations of Maria Lopez (the second a follow-on) and a
//    partial one of the council.
// b: two direct quotations of John Smith (the second through "He") and a
//    TERM.
std::vector<corpus::SourceFile> Corpus() {
  return {
      {"a.txt",
       "Maria Lopez, the mayor of Springfield, spoke on Monday.\n\n"
       "“We will rebuild the bridge,” Lopez said. “It will take two years.”\n\n"
       "The council said in a statement that the plan was “fully funded”.\n"},
      {"b.txt",
       "“Prices are rising fast,” said John Smith, an economist at Acme "
       "Bank.\n\n"
       "He added: “Inflation will stay high this year.”\n\n"
       "The so-called “bridge tax” was dropped, Smith noted.\n"},
  };
}

class QuotesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<TestServer>(Corpus(), 1 << 16);
    ASSERT_NE(server_->stub, nullptr);
  }

  v1::ListQuotesResponse List(const v1::ListQuotesRequest& request) {
    v1::ListQuotesResponse response;
    grpc::Status status =
        server_->stub->ListQuotes(Context().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return response;
  }

  std::unique_ptr<TestServer> server_;
};

std::vector<std::string> Names(const v1::ListQuotesResponse& response) {
  std::vector<std::string> names;
  for (const v1::Quote& q : response.quotes()) names.push_back(q.name());
  return names;
}

TEST_F(QuotesTest, ListsDirectAndPartialQuotesOfTheCorpusInOrder) {
  v1::ListQuotesRequest request;
  request.set_parent("documents/-");
  const v1::ListQuotesResponse response = List(request);
  EXPECT_EQ(response.total_size(), 5);  // the TERM is left out by default
  EXPECT_THAT(Names(response),
              ElementsAre("documents/a/quotes/1", "documents/a/quotes/2",
                          "documents/a/quotes/3", "documents/b/quotes/1",
                          "documents/b/quotes/2"));
  const v1::Quote& first = response.quotes(0);
  EXPECT_EQ(first.text(), "We will rebuild the bridge,");
  EXPECT_EQ(first.kind(), v1::QUOTE_KIND_DIRECT);
  EXPECT_EQ(first.speaker().name(), "Maria Lopez");  // "Lopez" resolved
  EXPECT_EQ(first.speaker().mention(), "Lopez");
  EXPECT_EQ(first.cue(), "said");
  EXPECT_EQ(first.first_paragraph_index(), 1);
  EXPECT_EQ(first.word_count(), 5);
  const v1::Quote& smith = response.quotes(3);
  EXPECT_EQ(smith.speaker().name(), "John Smith");
  EXPECT_EQ(smith.speaker().description(), "an economist at Acme Bank");
  EXPECT_EQ(smith.speaker().attribution(), v1::ATTRIBUTION_EXPLICIT);
  EXPECT_EQ(response.quotes(4).speaker().name(), "John Smith");  // "He"
}

TEST_F(QuotesTest, OffsetsSliceTheDocumentInEveryEncoding) {
  v1::GetDocumentRequest get;
  get.set_name("documents/a");
  get.set_view(v1::DOCUMENT_VIEW_FULL);
  v1::GetDocumentResponse doc;
  ASSERT_TRUE(server_->stub->GetDocument(Context().get(), get, &doc).ok());
  const std::string& text = doc.document().text();

  v1::ListQuotesRequest request;
  request.set_parent("documents/a");
  request.set_encoding_type(v1::ENCODING_TYPE_UTF8);
  v1::Quote q = List(request).quotes(0);
  ASSERT_EQ(q.text_ranges_size(), 1);
  EXPECT_EQ(text.substr(q.text_ranges(0).begin_offset(),
                        q.text_ranges(0).end_offset() -
                            q.text_ranges(0).begin_offset()),
            q.text());
  EXPECT_EQ(text.substr(q.range().begin_offset(), 3), "“");
  // In UTF-16 the opening mark is one unit: the words start one after it.
  request.set_encoding_type(v1::ENCODING_TYPE_UTF16);
  const v1::Quote utf16 = List(request).quotes(0);
  EXPECT_EQ(utf16.text_ranges(0).begin_offset(),
            utf16.range().begin_offset() + 1);
  EXPECT_EQ(
      utf16.text_ranges(0).end_offset() - utf16.text_ranges(0).begin_offset(),
      static_cast<int64_t>(q.text().size()));  // ASCII words
  // The range holds both marks: 3 bytes each in UTF-8, 1 unit in UTF-16.
  EXPECT_EQ(q.range().end_offset() - q.range().begin_offset(),
            static_cast<int64_t>(q.text().size()) + 6);
  EXPECT_EQ(utf16.range().end_offset() - utf16.range().begin_offset(),
            static_cast<int64_t>(q.text().size()) + 2);
}

TEST_F(QuotesTest, FiltersBySpeakerAndKind) {
  v1::ListQuotesRequest request;
  request.set_parent("documents/-");
  request.set_speaker("SMITH");  // a surname, any case
  EXPECT_THAT(Names(List(request)),
              ElementsAre("documents/b/quotes/1", "documents/b/quotes/2"));
  request.set_speaker("maria lopez");
  EXPECT_EQ(List(request).total_size(), 2);
  request.set_speaker("nobody");
  EXPECT_EQ(List(request).total_size(), 0);
  request.clear_speaker();
  request.add_kinds(v1::QUOTE_KIND_TERM);
  const v1::ListQuotesResponse terms = List(request);
  ASSERT_EQ(terms.total_size(), 1);
  EXPECT_EQ(terms.quotes(0).text(), "bridge tax");
  EXPECT_FALSE(terms.quotes(0).has_speaker());
}

TEST_F(QuotesTest, PagesThroughQuotes) {
  v1::ListQuotesRequest request;
  request.set_parent("documents/-");
  request.set_page_size(2);
  std::vector<std::string> names;
  do {
    const v1::ListQuotesResponse response = List(request);
    for (const auto& q : response.quotes()) names.push_back(q.name());
    request.set_page_token(response.next_page_token());
  } while (!request.page_token().empty() && names.size() < 20);
  EXPECT_EQ(names.size(), 5u);
  request.set_page_token("bad");
  v1::ListQuotesResponse response;
  EXPECT_EQ(server_->stub->ListQuotes(Context().get(), request, &response)
                .error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(QuotesTest, SearchRanksByBm25WithStemsAndHighlights) {
  v1::SearchQuotesRequest request;
  request.set_query("bridges and years");  // "and" is a stopword
  v1::SearchQuotesResponse response;
  ASSERT_TRUE(
      server_->stub->SearchQuotes(Context().get(), request, &response).ok());
  // Indexed (stems, stopwords out; "will" is not a Snowball stopword):
  // a1 will rebuild bridg (3), a2 will take two year (4), a3 fulli fund (2),
  // b1 price rise fast (3), b2 inflat will stay high year (5), b3 bridg tax
  // (2): 19 tokens, 6 quotations. "bridg" and "year" are each in 2, so
  // idf = ln(1 + 4.5 / 2.5) = ln 2.8. a1, the shortest match, scores
  // ln 2.8 * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 3 / (19 / 6))).
  // The TERM b3 matches too but the default kinds leave it out.
  ASSERT_EQ(response.total_size(), 3);
  EXPECT_EQ(response.hits(0).quote().name(), "documents/a/quotes/1");
  EXPECT_NEAR(response.hits(0).score(),
              std::log(2.8) * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 3 / (19.0 / 6))),
              1e-9);
  EXPECT_GE(response.hits(0).score(), response.hits(1).score());
  EXPECT_GE(response.hits(1).score(), response.hits(2).score());
  const v1::QuoteHit& top = response.hits(0);
  ASSERT_EQ(top.highlights_size(), 1);
  const std::string& text = top.quote().text();
  EXPECT_EQ(text.substr(top.highlights(0).begin_offset(),
                        top.highlights(0).end_offset() -
                            top.highlights(0).begin_offset()),
            "bridge");

  request.set_speaker("Smith");
  ASSERT_TRUE(
      server_->stub->SearchQuotes(Context().get(), request, &response).ok());
  ASSERT_EQ(response.total_size(), 1);
  EXPECT_EQ(response.hits(0).quote().name(), "documents/b/quotes/2");
}

TEST_F(QuotesTest, SearchRejectsAQueryWithoutWords) {
  v1::SearchQuotesRequest request;
  request.set_query("the and of ?!");
  v1::SearchQuotesResponse response;
  grpc::Status status =
      server_->stub->SearchQuotes(Context().get(), request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("query"));
  request.set_query("bridge");
  request.set_parent("documents/zzz");
  EXPECT_EQ(server_->stub->SearchQuotes(Context().get(), request, &response)
                .error_code(),
            grpc::StatusCode::NOT_FOUND);
}

TEST_F(QuotesTest, ListsSpeakersMostQuotedFirst) {
  v1::ListSpeakersRequest request;
  request.set_parent("documents/-");
  v1::ListSpeakersResponse response;
  ASSERT_TRUE(
      server_->stub->ListSpeakers(Context().get(), request, &response).ok());
  ASSERT_EQ(response.total_size(), 3);
  // Two quotations each, then by name; then the council with one.
  EXPECT_EQ(response.speakers(0).name(), "John Smith");
  EXPECT_EQ(response.speakers(0).quote_count(), 2);
  EXPECT_EQ(response.speakers(0).quoted_word_count(), 4 + 6);
  EXPECT_THAT(response.speakers(0).documents(), ElementsAre("documents/b"));
  EXPECT_THAT(response.speakers(0).descriptions(),
              ElementsAre("an economist at Acme Bank"));
  EXPECT_EQ(response.speakers(1).name(), "Maria Lopez");
  EXPECT_EQ(response.speakers(2).quote_count(), 1);

  request.set_parent("documents/a");
  ASSERT_TRUE(
      server_->stub->ListSpeakers(Context().get(), request, &response).ok());
  EXPECT_EQ(response.total_size(), 2);
  request.set_parent("docs/a");
  EXPECT_EQ(server_->stub->ListSpeakers(Context().get(), request, &response)
                .error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(QuotesTest, StatsCountQuotationsSpeakersAndQuotedWords) {
  v1::GetTextStatsRequest request;
  request.set_name("documents/b");
  v1::GetTextStatsResponse response;
  ASSERT_TRUE(
      server_->stub->GetTextStats(Context().get(), request, &response).ok());
  // b: 12 + 8 + 8 = 28 body words; quoted: 4 + 6 + 2 (the TERM) = 12.
  EXPECT_EQ(response.stats().word_count(), 28);
  EXPECT_EQ(response.stats().quote_count(), 3);
  EXPECT_EQ(response.stats().speaker_count(), 1);
  EXPECT_NEAR(response.stats().quoted_word_share(), 12.0 / 28, 1e-12);
}

TEST_F(QuotesTest, AnalyzeTextReturnsQuotations) {
  v1::AnalyzeTextRequest request;
  request.set_text("“We are ready,” said Ana Costa, the coach.\n");
  v1::AnalyzeTextResponse response;
  ASSERT_TRUE(
      server_->stub->AnalyzeText(Context().get(), request, &response).ok());
  ASSERT_EQ(response.quotes_size(), 1);
  EXPECT_EQ(response.quotes(0).text(), "We are ready,");
  EXPECT_EQ(response.quotes(0).speaker().name(), "Ana Costa");
  EXPECT_EQ(response.quotes(0).speaker().description(), "the coach");
  EXPECT_TRUE(response.quotes(0).name().empty());
  EXPECT_EQ(response.stats().quote_count(), 1);
}

}  // namespace
}  // namespace textanalytics
