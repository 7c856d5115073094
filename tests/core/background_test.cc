#include "service/core/background.h"

#include <cstdio>
#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace textanalytics::core {
namespace {

TEST(BackgroundCounts, KeysWordsWithTheNormalization) {
  auto stems = BackgroundCounts::FromCounts(
      {{"regulations", 3}, {"regulators", 2}, {"data", 7}}, 100,
      Normalization::kStem);
  EXPECT_EQ(stems->words(), 100);
  EXPECT_EQ(stems->Count("regul"), 5);  // both forms have one stem
  EXPECT_EQ(stems->Count("data"), 7);
  EXPECT_EQ(stems->Count("regulations"), 0);
  auto lower = BackgroundCounts::FromCounts(
      {{"regulations", 3}, {"regulators", 2}}, 100, Normalization::kLowercase);
  EXPECT_EQ(lower->Count("regulations"), 3);
  EXPECT_EQ(lower->Count("regul"), 0);
  EXPECT_EQ(lower->Count("regulations regulators"), 0);  // no n-grams
}

class BackgroundFileTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& contents) {
    // Unique per test: ctest runs the tests of this file in parallel.
    path_ = ::testing::TempDir() + "/background_test_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name() +
            ".tsv";
    std::ofstream(path_) << contents;
    return path_;
  }
  void TearDown() override { std::remove(path_.c_str()); }
  std::string path_;
};

TEST_F(BackgroundFileTest, ReadsTheTotalThenWords) {
  auto table =
      BackgroundCounts::Load(Write("# comment\n<total>\t50\nthe\t9\nThe\t1\n"),
                             Normalization::kLowercase);
  ASSERT_TRUE(table.ok()) << table.status();
  EXPECT_EQ((*table)->words(), 50);
  EXPECT_EQ((*table)->Count("the"), 10);  // folded together
}

TEST_F(BackgroundFileTest, RejectsMalformedTables) {
  EXPECT_EQ(BackgroundCounts::Load(Write("the\t9\n"), Normalization::kStem)
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);  // no total first
  auto bad = BackgroundCounts::Load(Write("<total>\t5\nthe nine\n"),
                                    Normalization::kStem);
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find(":2:"), absl::string_view::npos);
  EXPECT_EQ(BackgroundCounts::Load("/no/such/file", Normalization::kStem)
                .status()
                .code(),
            absl::StatusCode::kNotFound);
}

TEST(BackgroundCounts, TheShippedTableLoads) {
  auto table = BackgroundCounts::Load(
      std::string(TA_SOURCE_DIR "/") + std::string(kEnglishBackgroundPath),
      Normalization::kStem);
  ASSERT_TRUE(table.ok()) << table.status();
  EXPECT_GT((*table)->words(), 1000000);  // the Brown corpus
  EXPECT_GT((*table)->Count("the"), (*table)->Count("govern"));
  EXPECT_GT((*table)->Count("govern"), 0);
}

}  // namespace
}  // namespace textanalytics::core
