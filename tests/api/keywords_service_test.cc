// GetKeywords, CountTerms and the keywords of AnalyzeText, in-process.
//
// The corpus has three documents whose counts are worked out by hand below.
// Body words: a 13 (3 + 6 + 4), b 11 (3 + 8), c 9 (6 + 3): 33 in all.
// Default options (Snowball stems, English stopwords, no numbers), unigrams:
//   data 4 (a 3, c 1), then the count-2 terms in key order: energi (c),
//   price (b, c), regul ("Regulators", "regulations" in a), rose (b, c),
//   secur (a), wheat (b); then 11 terms of count 1. 18 terms in all.
#include <cmath>
#include <fstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/api/test_server.h"

namespace textanalytics {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<corpus::SourceFile> Corpus() {
  return {
      {"a.txt",
       "Data security matters. The data security law protects data.\n\n"
       "Regulators wrote new regulations.\n"},
      {"b.txt",
       "Farmers grow wheat. Wheat prices rose in 2021 by 8,000 dollars.\n"},
      {"c.txt", "Data centres in Montréal use energy. Energy prices rose.\n"},
  };
}

class KeywordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<TestServer>(Corpus(), 1 << 16);
    ASSERT_NE(server_->stub, nullptr);
  }

  v1::GetKeywordsResponse Keywords(const v1::GetKeywordsRequest& request) {
    v1::GetKeywordsResponse response;
    grpc::Status status =
        server_->stub->GetKeywords(Context().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return response;
  }

  grpc::Status KeywordsStatus(const v1::GetKeywordsRequest& request) {
    v1::GetKeywordsResponse response;
    return server_->stub->GetKeywords(Context().get(), request, &response);
  }

  grpc::Status Count(const v1::CountTermsRequest& request,
                     v1::CountTermsResponse* response) {
    return server_->stub->CountTerms(Context().get(), request, response);
  }

  std::unique_ptr<TestServer> server_;
};

std::vector<std::string> Keys(const v1::GetKeywordsResponse& response) {
  std::vector<std::string> keys;
  for (const v1::Keyword& k : response.keywords()) keys.push_back(k.key());
  return keys;
}

TEST_F(KeywordsTest, CorpusFrequencyWithDefaultOptions) {
  v1::GetKeywordsRequest request;
  request.set_limit(7);
  const v1::GetKeywordsResponse response = Keywords(request);
  EXPECT_EQ(response.name(), "documents/-");
  EXPECT_EQ(response.word_count(), 33);
  EXPECT_EQ(response.total_size(), 18);
  EXPECT_THAT(Keys(response), ElementsAre("data", "energi", "price", "regul",
                                          "rose", "secur", "wheat"));
  const v1::Keyword& data = response.keywords(0);
  EXPECT_EQ(data.display_form(), "data");
  EXPECT_EQ(data.count(), 4);
  EXPECT_EQ(data.document_frequency(), 2);
  EXPECT_NEAR(data.frequency_per_10k_words(), 4 * 10000.0 / 33, 1e-9);
  EXPECT_EQ(data.score(), 4);
  // Two surface forms of one stem; the display form is the first by count,
  // then alphabetically.
  const v1::Keyword& regul = response.keywords(3);
  EXPECT_EQ(regul.display_form(), "regulations");
  ASSERT_EQ(regul.surface_forms_size(), 2);
  EXPECT_EQ(regul.surface_forms(0).text(), "regulations");
  EXPECT_EQ(regul.surface_forms(1).text(), "regulators");
  EXPECT_TRUE(response.next_page_token().size() > 0);
}

TEST_F(KeywordsTest, PagesCoverEveryTermOnce) {
  v1::GetKeywordsRequest request;
  request.set_limit(5);
  std::vector<std::string> keys;
  int pages = 0;
  do {
    const v1::GetKeywordsResponse response = Keywords(request);
    for (const auto& k : response.keywords()) keys.push_back(k.key());
    request.set_page_token(response.next_page_token());
    ++pages;
  } while (!request.page_token().empty() && pages < 10);
  EXPECT_EQ(pages, 4);  // 5 + 5 + 5 + 3
  request.set_limit(100);
  request.clear_page_token();
  EXPECT_EQ(keys, Keys(Keywords(request)));
}

TEST_F(KeywordsTest, LowercaseKeepsFormsApart) {
  v1::GetKeywordsRequest request;
  request.set_limit(100);
  request.mutable_options()->set_normalization(v1::NORMALIZATION_LOWERCASE);
  const std::vector<std::string> keys = Keys(Keywords(request));
  EXPECT_THAT(keys, ::testing::Contains("regulations"));
  EXPECT_THAT(keys, ::testing::Contains("regulators"));
  EXPECT_THAT(keys, ::testing::Not(::testing::Contains("regul")));
  EXPECT_EQ(keys.size(), 19u);
}

TEST_F(KeywordsTest, NgramsStayInsideSentencesAndSkipStopwordEdges) {
  v1::GetKeywordsRequest request;
  request.set_limit(100);
  request.mutable_options()->add_ngram_sizes(2);
  request.mutable_options()->add_ngram_sizes(3);
  const v1::GetKeywordsResponse response = Keywords(request);
  EXPECT_EQ(response.keywords(0).key(), "data secur");  // twice in a
  EXPECT_EQ(response.keywords(0).count(), 2);
  EXPECT_EQ(response.keywords(0).ngram_size(), 2);
  const std::vector<std::string> keys = Keys(response);
  // A stopword inside is fine; at either edge it is not.
  EXPECT_THAT(keys, ::testing::Contains("centr in montréal"));
  EXPECT_THAT(keys, ::testing::Not(::testing::Contains("the data")));
  EXPECT_THAT(keys, ::testing::Not(::testing::Contains("in montréal")));
  // "matters. The data" crosses a sentence end.
  EXPECT_THAT(keys, ::testing::Not(::testing::Contains("matter data")));
  for (const auto& k : response.keywords()) EXPECT_NE(k.ngram_size(), 1);
}

TEST_F(KeywordsTest, NumbersAndStopwordsOnRequest) {
  v1::GetKeywordsRequest request;
  request.set_limit(100);
  request.mutable_options()->set_include_numbers(true);
  request.mutable_options()->set_stopwords(v1::STOPWORD_SET_NONE);
  const std::vector<std::string> keys = Keys(Keywords(request));
  EXPECT_THAT(keys, ::testing::Contains("2021"));
  EXPECT_THAT(keys, ::testing::Contains("8,000"));
  EXPECT_THAT(keys, ::testing::Contains("the"));

  v1::GetKeywordsRequest extra;
  extra.set_limit(100);
  extra.mutable_options()->add_extra_stopwords("Data");
  const std::vector<std::string> without = Keys(Keywords(extra));
  EXPECT_THAT(without, ::testing::Not(::testing::Contains("data")));
  EXPECT_EQ(without.size(), 17u);
}

TEST_F(KeywordsTest, DocumentTfIdfAndDistinctive) {
  // TF-IDF, idf = ln((1 + 3) / (1 + df)) + 1:
  //   data 3 * (ln(4/3) + 1) = 3.8630; regul, secur 2 * (ln 2 + 1) = 3.3863.
  v1::GetKeywordsRequest request;
  request.set_name("documents/a");
  request.set_ranking(v1::KEYWORD_RANKING_TF_IDF);
  request.set_limit(3);
  v1::GetKeywordsResponse response = Keywords(request);
  EXPECT_EQ(response.word_count(), 13);
  EXPECT_THAT(Keys(response), ElementsAre("data", "regul", "secur"));
  EXPECT_NEAR(response.keywords(0).score(), 3 * (std::log(4.0 / 3) + 1), 1e-9);
  EXPECT_NEAR(response.keywords(1).score(), 2 * (std::log(2.0) + 1), 1e-9);

  // G² of a (13 words) against b + c (20 words). regul: a = 2, b = 0,
  // E1 = 13 * 2 / 33, G² = 2 * 2 ln(2 / E1) = 3.7262; data (a = 3, b = 1)
  // is less distinctive: 2.0922.
  request.set_ranking(v1::KEYWORD_RANKING_DISTINCTIVE);
  response = Keywords(request);
  EXPECT_THAT(Keys(response), ElementsAre("regul", "secur", "data"));
  EXPECT_NEAR(response.keywords(0).score(), 4 * std::log(2 / (26.0 / 33)),
              1e-9);
}

// The Brown count of `word` in the shipped table, read independently.
int64_t BrownCount(const std::string& word, int64_t* total) {
  std::ifstream in(std::string(TA_SOURCE_DIR "/data/background/en_brown.tsv"));
  std::string line;
  int64_t count = 0;
  while (std::getline(in, line)) {
    const size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
    const int64_t n = std::stoll(line.substr(tab + 1));
    if (line.substr(0, tab) == "<total>") *total = n;
    if (line.substr(0, tab) == word) count += n;
  }
  return count;
}

TEST_F(KeywordsTest, CorpusDistinctiveIsMeasuredAgainstGeneralEnglish) {
  v1::GetKeywordsRequest request;
  request.set_ranking(v1::KEYWORD_RANKING_DISTINCTIVE);
  request.mutable_options()->set_normalization(v1::NORMALIZATION_LOWERCASE);
  request.set_limit(100);
  const v1::GetKeywordsResponse response = Keywords(request);
  ASSERT_GT(response.keywords_size(), 0);
  // G² of "wheat": a = 2 of c = 33 words here, b of d in Brown.
  int64_t d = 0;
  const double b = static_cast<double>(BrownCount("wheat", &d));
  ASSERT_GT(d, 0);
  const double a = 2, c = 33;
  const double e1 = c * (a + b) / (c + d), e2 = d * (a + b) / (c + d);
  const double g2 =
      2 * (a * std::log(a / e1) + (b > 0 ? b * std::log(b / e2) : 0));
  bool found = false;
  for (const auto& k : response.keywords()) {
    if (k.key() != "wheat") continue;
    found = true;
    EXPECT_NEAR(k.score(), g2, 1e-6 * g2);
  }
  EXPECT_TRUE(found);
  for (int i = 1; i < response.keywords_size(); ++i) {
    EXPECT_GE(response.keywords(i - 1).score(), response.keywords(i).score());
  }
}

TEST_F(KeywordsTest, BadRequests) {
  v1::GetKeywordsRequest request;
  request.set_name("documents/zzz");
  EXPECT_EQ(KeywordsStatus(request).error_code(), grpc::StatusCode::NOT_FOUND);
  request.set_name("papers/a");
  EXPECT_EQ(KeywordsStatus(request).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  request.clear_name();
  for (int limit : {-1, 1001}) {
    request.set_limit(limit);
    grpc::Status status = KeywordsStatus(request);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_THAT(status.error_message(), HasSubstr("limit"));
  }
  request.set_limit(0);
  for (int n : {0, 4}) {
    request.mutable_options()->clear_ngram_sizes();
    request.mutable_options()->add_ngram_sizes(n);
    grpc::Status status = KeywordsStatus(request);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_THAT(status.error_message(), HasSubstr("ngram_sizes"));
  }
  request.mutable_options()->clear_ngram_sizes();
  request.mutable_options()->set_min_count(-2);
  EXPECT_EQ(KeywordsStatus(request).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  request.mutable_options()->set_min_count(0);
  request.set_page_token("garbage");
  EXPECT_EQ(KeywordsStatus(request).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  // A token from a request with other options is foreign.
  request.clear_page_token();
  request.set_limit(2);
  const std::string token = Keywords(request).next_page_token();
  request.mutable_options()->set_normalization(v1::NORMALIZATION_LOWERCASE);
  request.set_page_token(token);
  EXPECT_EQ(KeywordsStatus(request).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(KeywordsTest, CountTermsPerDocumentWithConcordance) {
  v1::CountTermsRequest request;
  request.add_terms("data");
  request.add_terms("Data security");
  request.add_terms("prices");
  request.set_context_words(2);
  request.set_encoding_type(v1::ENCODING_TYPE_UTF16);
  v1::CountTermsResponse response;
  ASSERT_TRUE(Count(request, &response).ok());
  ASSERT_EQ(response.term_counts_size(), 3);
  const v1::TermCount& data = response.term_counts(0);
  EXPECT_EQ(data.key(), "data");
  EXPECT_EQ(data.count(), 4);
  ASSERT_EQ(data.document_counts_size(), 2);
  EXPECT_EQ(data.document_counts(0).document(), "documents/a");
  EXPECT_EQ(data.document_counts(0).count(), 3);
  EXPECT_EQ(data.document_counts(1).document(), "documents/c");
  EXPECT_EQ(data.document_counts(1).count(), 1);
  EXPECT_EQ(response.term_counts(1).term(), "Data security");
  EXPECT_EQ(response.term_counts(1).key(), "data secur");
  EXPECT_EQ(response.term_counts(1).count(), 2);
  EXPECT_EQ(response.term_counts(2).count(), 2);

  // 4 + 2 + 2 matches, in document then text order.
  ASSERT_EQ(response.concordance_lines_size(), 8);
  const v1::ConcordanceLine& last = response.concordance_lines(7);
  EXPECT_EQ(last.document(), "documents/c");
  EXPECT_EQ(last.term(), "prices");
  EXPECT_EQ(last.left_context(), "energy. Energy ");
  EXPECT_EQ(last.match(), "prices");
  EXPECT_EQ(last.right_context(), " rose");
  EXPECT_EQ(last.sentence_index(), 1);
  // "Data centres in Montréal use energy. Energy " is 44 UTF-16 units (45
  // bytes: é takes two).
  EXPECT_EQ(last.begin_offset(), 44);
  EXPECT_EQ(last.end_offset(), 50);
}

TEST_F(KeywordsTest, CountTermsPagesConcordanceLines) {
  v1::CountTermsRequest request;
  request.add_terms("data");
  request.set_context_words(1);
  request.set_page_size(3);
  v1::CountTermsResponse first, second;
  ASSERT_TRUE(Count(request, &first).ok());
  EXPECT_EQ(first.concordance_lines_size(), 3);
  EXPECT_EQ(first.total_size(), 4);
  ASSERT_FALSE(first.next_page_token().empty());
  request.set_page_token(first.next_page_token());
  ASSERT_TRUE(Count(request, &second).ok());
  ASSERT_EQ(second.concordance_lines_size(), 1);
  EXPECT_EQ(second.concordance_lines(0).document(), "documents/c");
  EXPECT_TRUE(second.next_page_token().empty());
  EXPECT_EQ(second.term_counts(0).count(), 4);  // counts on every page
}

TEST_F(KeywordsTest, CountTermsInOneDocumentWithoutConcordance) {
  v1::CountTermsRequest request;
  request.set_name("documents/b");
  request.add_terms("wheat");
  v1::CountTermsResponse response;
  ASSERT_TRUE(Count(request, &response).ok());
  EXPECT_EQ(response.term_counts(0).count(), 2);
  EXPECT_EQ(response.concordance_lines_size(), 0);
}

TEST_F(KeywordsTest, CountTermsBadRequests) {
  v1::CountTermsRequest request;
  v1::CountTermsResponse response;
  grpc::Status status = Count(request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("terms"));
  request.add_terms("data");
  request.add_terms(" ?! ");
  status = Count(request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("?!"));
  request.mutable_terms()->RemoveLast();
  request.set_context_words(51);
  EXPECT_EQ(Count(request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  request.set_context_words(0);
  request.set_page_size(-1);
  EXPECT_EQ(Count(request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  request.set_page_size(0);
  request.set_name("documents/nope");
  EXPECT_EQ(Count(request, &response).error_code(),
            grpc::StatusCode::NOT_FOUND);
}

TEST_F(KeywordsTest, AnalyzeTextReturnsTopKeywords) {
  v1::AnalyzeTextRequest request;
  request.set_text(
      "Data, data and more data. The data-rich firms rule the data.");
  request.set_max_keywords(2);
  v1::AnalyzeTextResponse response;
  ASSERT_TRUE(
      server_->stub->AnalyzeText(Context().get(), request, &response).ok());
  ASSERT_EQ(response.keywords_size(), 2);
  EXPECT_EQ(response.keywords(0).key(), "data");
  EXPECT_EQ(response.keywords(0).count(), 4);
  EXPECT_EQ(response.keywords(1).key(), "data-rich");  // one term, not two
  request.set_max_keywords(-1);
  EXPECT_EQ(server_->stub->AnalyzeText(Context().get(), request, &response)
                .error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

}  // namespace
}  // namespace textanalytics
