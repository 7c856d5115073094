#include "service/api/page_token.h"

#include <string>

#include "gtest/gtest.h"

namespace textanalytics::api {
namespace {

const PageContext kContext{
    .method = "ListDocuments", .request_hash = 42, .corpus_fingerprint = 7};

TEST(PageToken, RoundTrips) {
  const std::string token = EncodePageToken(kContext, 150);
  EXPECT_FALSE(token.empty());
  absl::StatusOr<int64_t> offset = DecodePageToken(kContext, token);
  ASSERT_TRUE(offset.ok()) << offset.status();
  EXPECT_EQ(*offset, 150);
}

TEST(PageToken, EmptyTokenIsTheFirstPage) {
  EXPECT_EQ(*DecodePageToken(kContext, ""), 0);
}

TEST(PageToken, RejectsAlteredTokens) {
  const std::string token = EncodePageToken(kContext, 150);
  for (size_t i = 0; i < token.size(); ++i) {
    std::string altered = token;
    altered[i] = altered[i] == 'A' ? 'B' : 'A';
    absl::StatusOr<int64_t> offset = DecodePageToken(kContext, altered);
    EXPECT_EQ(offset.status().code(), absl::StatusCode::kInvalidArgument)
        << "position " << i;
  }
  EXPECT_FALSE(DecodePageToken(kContext, token.substr(1)).ok());
  EXPECT_FALSE(DecodePageToken(kContext, "not a token!").ok());
}

TEST(PageToken, RejectsForeignTokens) {
  const std::string token = EncodePageToken(kContext, 3);
  PageContext other_method = kContext;
  other_method.method = "ListQuotes";
  PageContext other_request = kContext;
  other_request.request_hash = 43;
  PageContext other_corpus = kContext;
  other_corpus.corpus_fingerprint = 8;
  for (const PageContext& c : {other_method, other_request, other_corpus}) {
    absl::StatusOr<int64_t> offset = DecodePageToken(c, token);
    EXPECT_EQ(offset.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(offset.status().message().find("page_token"),
              absl::string_view::npos);
  }
}

TEST(ResolvePageSize, DefaultsCapsAndRejectsNegative) {
  EXPECT_EQ(*ResolvePageSize(0), 50);
  EXPECT_EQ(*ResolvePageSize(7), 7);
  EXPECT_EQ(*ResolvePageSize(1000), 1000);
  EXPECT_EQ(*ResolvePageSize(5000), 1000);
  EXPECT_EQ(ResolvePageSize(-1).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace textanalytics::api
