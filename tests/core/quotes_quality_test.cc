// Quality of ExtractQuotes against the hand-labelled gold of
// tests/data/quotes/: the seed article and every fixture pair
// fixtures/NN_name.txt + .tsv. Prints the metrics and every mismatch, and
// fails below the bars of issue 4: span F1 >= 0.97 (DIRECT+PARTIAL),
// speaker accuracy >= 0.95, TERM precision >= 0.9, on the seed and on the
// fixtures pooled.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "service/core/quotes.h"
#include "service/core/segmenter.h"
#include "tests/core/quote_scoring.h"

namespace textanalytics::core {
namespace {

using testing::GoldQuote;
using testing::QuoteScore;

constexpr double kMinF1 = 0.97;
constexpr double kMinSpeakerAccuracy = 0.95;
constexpr double kMinTermPrecision = 0.9;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<GoldQuote> Predict(const std::string& text) {
  Segmentation seg = Segment(text);
  std::vector<GoldQuote> out;
  for (const Quote& q : ExtractQuotes(text, seg)) {
    GoldQuote g;
    g.kind = q.kind == QuoteKind::kTerm      ? "TERM"
             : q.kind == QuoteKind::kPartial ? "PARTIAL"
                                             : "DIRECT";
    g.speaker = q.speaker.name;
    g.text = q.Text(text);
    out.push_back(std::move(g));
  }
  return out;
}

QuoteScore ScoreFile(const std::string& text_path,
                     const std::string& gold_path) {
  std::vector<GoldQuote> gold;
  std::string error;
  EXPECT_TRUE(testing::ReadGold(gold_path, &gold, &error)) << error;
  std::string name = std::filesystem::path(text_path).filename().string();
  return testing::ScoreQuotes(gold, Predict(ReadFile(text_path)), name);
}

void Report(const std::string& what, const QuoteScore& score) {
  std::cout << what << ": " << score.Summary() << "\n";
  for (const std::string& m : score.mismatches) std::cout << "  " << m << "\n";
}

void ExpectBars(const QuoteScore& score) {
  EXPECT_GE(score.F1(), kMinF1) << score.Summary();
  EXPECT_GE(score.SpeakerAccuracy(), kMinSpeakerAccuracy) << score.Summary();
  EXPECT_GE(score.TermPrecision(), kMinTermPrecision) << score.Summary();
}

TEST(QuotesQualityTest, SeedArticle) {
  std::string root = TA_SOURCE_DIR;
  QuoteScore score =
      ScoreFile(root + "/seeds/000_f2b4827ed7942156.txt",
                root + "/tests/data/quotes/seed_gold.tsv");
  Report("seed", score);
  EXPECT_GT(score.gold_speech, 20);
  ExpectBars(score);
}

TEST(QuotesQualityTest, FixturesPooled) {
  std::string dir = std::string(TA_SOURCE_DIR) + "/tests/data/quotes/fixtures";
  std::vector<std::string> texts;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") {
      texts.push_back(entry.path().string());
    }
  }
  std::sort(texts.begin(), texts.end());
  ASSERT_GE(texts.size(), 20u);
  QuoteScore pooled;
  for (const std::string& text : texts) {
    std::string gold = text.substr(0, text.size() - 4) + ".tsv";
    ASSERT_TRUE(std::filesystem::exists(gold)) << gold;
    QuoteScore score = ScoreFile(text, gold);
    std::cout << std::filesystem::path(text).filename().string() << ": "
              << score.Summary() << "\n";
    pooled.Add(score);
  }
  Report("fixtures pooled", pooled);
  ExpectBars(pooled);
}

}  // namespace
}  // namespace textanalytics::core
