#include "service/core/stats.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <string_view>

#include "gtest/gtest.h"
#include "service/core/segmenter.h"
#include "service/core/syllables.h"

namespace textanalytics::core {
namespace {

// Builds a Segmentation by hand, so that these tests do not depend on the
// segmenter: each block, sentence and word is the next occurrence of its
// text after the previous one of its kind.
class SegBuilder {
 public:
  explicit SegBuilder(std::string_view text) : text_(text) {}

  SegBuilder& Block(std::string_view block, BlockKind kind = BlockKind::kBody) {
    const size_t begin = Find(block, next_block_);
    seg_.blocks.push_back({begin, begin + block.size(), kind});
    next_block_ = begin + block.size();
    next_sentence_ = begin;
    return *this;
  }

  SegBuilder& Sentence(std::string_view sentence,
                       std::initializer_list<std::string_view> words) {
    const size_t begin = Find(sentence, next_sentence_);
    const int index = static_cast<int>(seg_.sentences.size());
    seg_.sentences.push_back({begin, begin + sentence.size(),
                              static_cast<int>(seg_.blocks.size()) - 1});
    next_sentence_ = begin + sentence.size();
    size_t next_word = begin;
    for (std::string_view word : words) {
      const size_t w = Find(word, next_word);
      const bool has_letter = std::any_of(word.begin(), word.end(), [](char c) {
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c & 0x80);
      });
      seg_.words.push_back({w, w + word.size(), index, has_letter});
      next_word = w + word.size();
    }
    return *this;
  }

  Segmentation Build() const { return seg_; }

 private:
  size_t Find(std::string_view piece, size_t from) {
    const size_t at = text_.find(piece, from);
    if (at == std::string_view::npos) {
      ADD_FAILURE() << "\"" << piece << "\" not found after " << from;
      return from;
    }
    return at;
  }

  std::string_view text_;
  Segmentation seg_;
  size_t next_block_ = 0;
  size_t next_sentence_ = 0;
};

// Within 1e-9 of `expected`, relative.
void ExpectClose(double actual, double expected, const char* what) {
  EXPECT_NEAR(actual, expected, 1e-9 * std::max(1.0, std::fabs(expected)))
      << what;
}

void ExpectReadability(const Readability& r, double words, double sentences,
                       double syllables, double polysyllabic, double letters,
                       double long_words) {
  ExpectClose(
      r.flesch_reading_ease,
      206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words),
      "flesch_reading_ease");
  ExpectClose(r.flesch_kincaid_grade,
              11.8 * (syllables / words) + 0.39 * (words / sentences) - 15.59,
              "flesch_kincaid_grade");
  ExpectClose(r.gunning_fog,
              0.4 * (words / sentences + 100 * polysyllabic / words),
              "gunning_fog");
  ExpectClose(r.smog,
              1.0430 * std::sqrt(30 * polysyllabic / sentences) + 3.1291,
              "smog");
  ExpectClose(
      r.coleman_liau,
      5.879851 * letters / words - 29.587280 * sentences / words - 15.800804,
      "coleman_liau");
  ExpectClose(r.automated_readability,
              4.71 * letters / words + 0.5 * words / sentences - 21.43,
              "automated_readability");
  ExpectClose(r.lix, words / sentences + 100 * long_words / words, "lix");
}

void ExpectAllZero(const TextStats& s) {
  EXPECT_EQ(s.characters, 0);
  EXPECT_EQ(s.letters, 0);
  EXPECT_EQ(s.words, 0);
  EXPECT_EQ(s.unique_words, 0);
  EXPECT_EQ(s.sentences, 0);
  EXPECT_EQ(s.paragraphs, 0);
  EXPECT_EQ(s.syllables, 0);
  EXPECT_EQ(s.polysyllabic_words, 0);
  EXPECT_EQ(s.long_words, 0);
  EXPECT_EQ(s.mean_words_per_sentence, 0);
  EXPECT_EQ(s.mean_syllables_per_word, 0);
  EXPECT_EQ(s.mean_word_length, 0);
  EXPECT_EQ(s.type_token_ratio, 0);
  EXPECT_EQ(s.reading_time_seconds, 0);
  const Readability& r = s.readability;
  EXPECT_EQ(r.flesch_reading_ease, 0);
  EXPECT_EQ(r.flesch_kincaid_grade, 0);
  EXPECT_EQ(r.gunning_fog, 0);
  EXPECT_EQ(r.smog, 0);
  EXPECT_EQ(r.coleman_liau, 0);
  EXPECT_EQ(r.automated_readability, 0);
  EXPECT_EQ(r.lix, 0);
}

// Two body paragraphs, three sentences.
constexpr std::string_view kArticle =
    "Readability matters. Technology changes everything!\n"
    "\n"
    "The cat saw the cat.\n";

Segmentation ArticleSegmentation() {
  return SegBuilder(kArticle)
      .Block("Readability matters. Technology changes everything!")
      .Sentence("Readability matters.", {"Readability", "matters"})
      .Sentence("Technology changes everything!",
                {"Technology", "changes", "everything"})
      .Block("The cat saw the cat.")
      .Sentence("The cat saw the cat.", {"The", "cat", "saw", "the", "cat"})
      .Build();
}

TEST(StatsTest, HandComputedCounts) {
  const TextStats s =
      ComputeStats(kArticle, ArticleSegmentation(), Scope::kBody);
  // Block 1: "Readability"(11) " "(1) "matters."(8) " "(1) "Technology"(10)
  // " "(1) "changes"(7) " "(1) "everything!"(11) = 51 code points; block 2:
  // "The cat saw the cat." = 20.
  EXPECT_EQ(s.characters, 71);
  // Letters: 11 + 7 + 10 + 7 + 10 + 3 * 5 = 60.
  EXPECT_EQ(s.letters, 60);
  EXPECT_EQ(s.words, 10);
  // The first five words differ; then "the", "cat", "saw" ("The" = "the").
  EXPECT_EQ(s.unique_words, 8);
  EXPECT_EQ(s.sentences, 3);
  EXPECT_EQ(s.paragraphs, 2);
  // Dictionary: readability 5, matters 2, technology 4, changes 2,
  // everything 3, and 1 each for the five short words: 21.
  EXPECT_EQ(s.syllables, 21);
  // readability, technology, everything.
  EXPECT_EQ(s.polysyllabic_words, 3);
  // 7+ letters: readability, matters, technology, changes, everything.
  EXPECT_EQ(s.long_words, 5);
  ExpectClose(s.mean_words_per_sentence, 10.0 / 3, "words per sentence");
  ExpectClose(s.mean_syllables_per_word, 2.1, "syllables per word");
  ExpectClose(s.mean_word_length, 6.0, "word length");
  ExpectClose(s.type_token_ratio, 0.8, "type-token ratio");
  ExpectClose(s.reading_time_seconds, 10.0 / 238 * 60, "reading time");  // 2.52
  EXPECT_EQ(s.blocks_by_kind[static_cast<int>(BlockKind::kBody)], 2);

  // By hand: words/sentences = 3.3333, syllables/words = 2.1.
  const Readability& r = s.readability;
  // 206.835 - 1.015 * 3.33333 - 84.6 * 2.1 = 206.835 - 3.38333 - 177.66
  ExpectClose(r.flesch_reading_ease, 25.7916666666666667, "FRE");
  // 11.8 * 2.1 + 0.39 * 3.33333 - 15.59 = 24.78 + 1.3 - 15.59
  ExpectClose(r.flesch_kincaid_grade, 10.49, "FKG");
  // 0.4 * (3.33333 + 100 * 3 / 10) = 0.4 * 33.33333
  ExpectClose(r.gunning_fog, 13.3333333333333333, "fog");
  // 1.0430 * sqrt(30 * 3 / 3) + 3.1291 = 1.0430 * 5.4772255750516611 + 3.1291
  ExpectClose(r.smog, 8.8418462747788826, "SMOG");
  // 5.879851 * 60 / 10 - 29.587280 * 3 / 10 - 15.800804
  //   = 35.279106 - 8.876184 - 15.800804
  ExpectClose(r.coleman_liau, 10.602118, "Coleman-Liau");
  // 4.71 * 6 + 0.5 * 3.33333 - 21.43 = 28.26 + 1.66667 - 21.43
  ExpectClose(r.automated_readability, 8.4966666666666667, "ARI");
  // 3.33333 + 100 * 5 / 10
  ExpectClose(r.lix, 53.3333333333333333, "LIX");
  ExpectReadability(r, 10, 3, 21, 3, 60, 5);
}

// A heading, a body paragraph and a credit.
constexpr std::string_view kWithHeading =
    "Big News\n"
    "\n"
    "The cat saw the cat.\n"
    "\n"
    "Photo: Reuters\n";

Segmentation WithHeadingSegmentation() {
  return SegBuilder(kWithHeading)
      .Block("Big News", BlockKind::kHeading)
      .Sentence("Big News", {"Big", "News"})
      .Block("The cat saw the cat.")
      .Sentence("The cat saw the cat.", {"The", "cat", "saw", "the", "cat"})
      .Block("Photo: Reuters", BlockKind::kCredit)
      .Sentence("Photo: Reuters", {"Photo", "Reuters"})
      .Build();
}

void ExpectBlocksByKind(const TextStats& s) {
  EXPECT_EQ(s.blocks_by_kind[static_cast<int>(BlockKind::kBody)], 1);
  EXPECT_EQ(s.blocks_by_kind[static_cast<int>(BlockKind::kHeading)], 1);
  EXPECT_EQ(s.blocks_by_kind[static_cast<int>(BlockKind::kCaption)], 0);
  EXPECT_EQ(s.blocks_by_kind[static_cast<int>(BlockKind::kCredit)], 1);
  EXPECT_EQ(s.blocks_by_kind[static_cast<int>(BlockKind::kBoilerplate)], 0);
}

TEST(StatsTest, BodyScopeCountsOnlyBodyBlocks) {
  const TextStats s =
      ComputeStats(kWithHeading, WithHeadingSegmentation(), Scope::kBody);
  EXPECT_EQ(s.characters, 20);
  EXPECT_EQ(s.letters, 15);
  EXPECT_EQ(s.words, 5);
  EXPECT_EQ(s.unique_words, 3);
  EXPECT_EQ(s.sentences, 1);
  EXPECT_EQ(s.paragraphs, 1);
  EXPECT_EQ(s.syllables, 5);
  EXPECT_EQ(s.polysyllabic_words, 0);
  EXPECT_EQ(s.long_words, 0);
  // Every block, whatever the scope.
  ExpectBlocksByKind(s);
  // 206.835 - 1.015 * 5 - 84.6 * 1 = 117.16
  ExpectClose(s.readability.flesch_reading_ease, 117.16, "FRE");
  // 1.0430 * sqrt(0) + 3.1291
  ExpectClose(s.readability.smog, 3.1291, "SMOG");
  ExpectReadability(s.readability, 5, 1, 5, 0, 15, 0);
}

TEST(StatsTest, AllTextScopeCountsEveryBlock) {
  const TextStats s =
      ComputeStats(kWithHeading, WithHeadingSegmentation(), Scope::kAllText);
  // "Big News" 8 + 20 + "Photo: Reuters" 14.
  EXPECT_EQ(s.characters, 42);
  // 3 + 4 + 15 + 5 + 7.
  EXPECT_EQ(s.letters, 34);
  EXPECT_EQ(s.words, 9);
  // the, cat, saw, big, news, photo, reuters.
  EXPECT_EQ(s.unique_words, 7);
  EXPECT_EQ(s.sentences, 3);
  EXPECT_EQ(s.paragraphs, 3);
  // big 1, news 1, photo 2, reuters 2, and 5.
  EXPECT_EQ(s.syllables, 11);
  EXPECT_EQ(s.polysyllabic_words, 0);
  EXPECT_EQ(s.long_words, 1);  // Reuters
  ExpectBlocksByKind(s);
  // 9 / 3 + 100 * 1 / 9 = 3 + 11.1111
  ExpectClose(s.readability.lix, 14.1111111111111111, "LIX");
  ExpectReadability(s.readability, 9, 3, 11, 0, 34, 1);
}

TEST(StatsTest, AccumulatorSumsCountsOverTexts) {
  StatsAccumulator acc(Scope::kAllText);
  acc.Add(kArticle, ArticleSegmentation());
  acc.Add(kWithHeading, WithHeadingSegmentation());
  const TextStats s = acc.Finish();
  EXPECT_EQ(s.characters, 71 + 42);
  EXPECT_EQ(s.letters, 60 + 34);
  EXPECT_EQ(s.words, 10 + 9);
  // 8 of the article, and big, news, photo, reuters (the, cat, saw again).
  EXPECT_EQ(s.unique_words, 12);
  EXPECT_EQ(s.sentences, 3 + 3);
  EXPECT_EQ(s.paragraphs, 2 + 3);
  EXPECT_EQ(s.syllables, 21 + 11);
  EXPECT_EQ(s.polysyllabic_words, 3);
  EXPECT_EQ(s.long_words, 5 + 1);
  EXPECT_EQ(s.blocks_by_kind[static_cast<int>(BlockKind::kBody)], 3);
  EXPECT_EQ(s.blocks_by_kind[static_cast<int>(BlockKind::kHeading)], 1);
  EXPECT_EQ(s.blocks_by_kind[static_cast<int>(BlockKind::kCredit)], 1);
  // Means of the sums, not means of the means: 19 / 6, not (10/3 + 3) / 2.
  ExpectClose(s.mean_words_per_sentence, 19.0 / 6, "words per sentence");
  ExpectClose(s.mean_syllables_per_word, 32.0 / 19, "syllables per word");
  ExpectClose(s.type_token_ratio, 12.0 / 19, "type-token ratio");
  ExpectClose(s.reading_time_seconds, 19.0 / 238 * 60, "reading time");
  // 206.835 - 1.015 * 3.1666667 - 84.6 * 1.6842105
  //   = 206.835 - 3.2141667 - 142.4842105
  ExpectClose(s.readability.flesch_reading_ease, 61.1366228070175439, "FRE");
  ExpectReadability(s.readability, 19, 6, 32, 3, 94, 6);
  // Finish() does not change the accumulator.
  EXPECT_EQ(acc.Finish().words, 19);
}

TEST(StatsTest, EmptyTextIsAllZeros) {
  const TextStats s = ComputeStats("", Segmentation{}, Scope::kAllText);
  ExpectAllZero(s);
  for (int64_t n : s.blocks_by_kind) EXPECT_EQ(n, 0);
  ExpectAllZero(StatsAccumulator(Scope::kBody).Finish());
}

TEST(StatsTest, NoBodyTextIsAllZerosButBlockKinds) {
  constexpr std::string_view kText = "Big News";
  const Segmentation seg = SegBuilder(kText)
                               .Block("Big News", BlockKind::kHeading)
                               .Sentence("Big News", {"Big", "News"})
                               .Build();
  const TextStats s = ComputeStats(kText, seg, Scope::kBody);
  ExpectAllZero(s);
  EXPECT_EQ(s.blocks_by_kind[static_cast<int>(BlockKind::kHeading)], 1);
}

TEST(StatsTest, UniqueWordsAreCaseFolded) {
  constexpr std::string_view kText =
      "Straße STRASSE strasse. China’s China's CHINA’S. Όσος ΌΣΟΣ.";
  const Segmentation seg =
      SegBuilder(kText)
          .Block(kText)
          .Sentence("Straße STRASSE strasse.", {"Straße", "STRASSE", "strasse"})
          .Sentence("China’s China's CHINA’S.",
                    {"China’s", "China's", "CHINA’S"})
          .Sentence("Όσος ΌΣΟΣ.", {"Όσος", "ΌΣΟΣ"})
          .Build();
  const TextStats s = ComputeStats(kText, seg, Scope::kBody);
  EXPECT_EQ(s.words, 8);
  // "strasse", "china's" and "όσοσ" (final sigma folds to sigma).
  EXPECT_EQ(s.unique_words, 3);
  // Code points, not bytes: "Straße STRASSE strasse." 23, " " 1,
  // "China’s China's CHINA’S." 24, " " 1, "Όσος ΌΣΟΣ." 10.
  EXPECT_EQ(s.characters, 59);
  // 6 + 7 + 7, 6 * 3 (the apostrophes are not letters), 4 + 4.
  EXPECT_EQ(s.letters, 46);
  EXPECT_EQ(s.long_words, 2);  // STRASSE, strasse
}

TEST(StatsTest, NumbersAreWordsWithoutLetters) {
  constexpr std::string_view kText = "It cost 8,000 dollars.";
  const Segmentation seg =
      SegBuilder(kText)
          .Block(kText)
          .Sentence(kText, {"It", "cost", "8,000", "dollars"})
          .Build();
  const TextStats s = ComputeStats(kText, seg, Scope::kBody);
  EXPECT_EQ(s.words, 4);
  EXPECT_EQ(s.letters, 2 + 4 + 0 + 7);
  // it 1, cost 1, a number 1, dollars 2.
  EXPECT_EQ(s.syllables, 5);
  EXPECT_EQ(s.long_words, 1);
  EXPECT_EQ(s.unique_words, 4);
}

TEST(ComputeReadabilityTest, ZeroWithoutWordsOrSentences) {
  TextStats counts;
  counts.words = 10;
  counts.syllables = 15;
  counts.letters = 50;
  ExpectAllZero(TextStats{});
  EXPECT_EQ(ComputeReadability(counts).flesch_reading_ease, 0);
  EXPECT_EQ(ComputeReadability(counts).lix, 0);
  counts.words = 0;
  counts.sentences = 2;
  EXPECT_EQ(ComputeReadability(counts).flesch_reading_ease, 0);
  EXPECT_EQ(ComputeReadability(counts).smog, 0);
}

TEST(ComputeReadabilityTest, FromRawCounts) {
  TextStats counts;
  counts.words = 100;
  counts.sentences = 5;
  counts.syllables = 150;
  counts.polysyllabic_words = 12;
  counts.letters = 470;
  counts.long_words = 25;
  const Readability r = ComputeReadability(counts);
  // 206.835 - 1.015 * 20 - 84.6 * 1.5 = 206.835 - 20.3 - 126.9
  ExpectClose(r.flesch_reading_ease, 59.635, "FRE");
  // 11.8 * 1.5 + 0.39 * 20 - 15.59 = 17.7 + 7.8 - 15.59
  ExpectClose(r.flesch_kincaid_grade, 9.91, "FKG");
  // 0.4 * (20 + 12)
  ExpectClose(r.gunning_fog, 12.8, "fog");
  // 1.0430 * sqrt(72) + 3.1291 = 1.0430 * 8.4852813742385702 + 3.1291
  ExpectClose(r.smog, 11.979248473330827, "SMOG");
  // 5.879851 * 4.7 - 29.587280 * 0.05 - 15.800804
  //   = 27.6352997 - 1.479364 - 15.800804
  ExpectClose(r.coleman_liau, 10.3551317, "Coleman-Liau");
  // 4.71 * 4.7 + 0.5 * 20 - 21.43 = 22.137 + 10 - 21.43
  ExpectClose(r.automated_readability, 10.707, "ARI");
  // 20 + 100 * 25 / 100
  ExpectClose(r.lix, 45, "LIX");
}

// Through the segmenter.

TEST(StatsOfSegmentTest, HandCheckedText) {
  const std::string text =
      "The cat sat on the mat. The dog ran away.\n"
      "\n"
      "It was late, and China\u2019s rain fell on China's well-known 8,000 "
      "roofs.";
  const TextStats s = ComputeStats(text, Segment(text), Scope::kBody);
  EXPECT_EQ(s.paragraphs, 2);
  EXPECT_EQ(s.sentences, 3);
  EXPECT_EQ(s.words, 22);
  // the, cat, sat, on, mat, dog, ran, away, it, was, late, and, china's,
  // rain, fell, well-known, 8,000, roofs.
  EXPECT_EQ(s.unique_words, 18);
  // All 1 but away 2, China's 2 (twice), well-known 2: 22 + 4.
  EXPECT_EQ(s.syllables, 26);
  // 30 in the first paragraph; 2+3+4+3+6+4+4+2+6+9+0+5 = 48.
  EXPECT_EQ(s.letters, 78);
  EXPECT_EQ(s.long_words, 1);  // well-known
  EXPECT_EQ(s.polysyllabic_words, 0);
  // 41 + 69 code points (the 71 bytes of paragraph 2 hold one 3-byte ’).
  EXPECT_EQ(s.characters, 110);
  ExpectReadability(s.readability, 22, 3, 26, 0, 78, 1);
}

std::string ReadSeed() {
  std::ifstream in(std::string(TA_SOURCE_DIR) +
                   "/seeds/000_f2b4827ed7942156.txt");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(StatsOfSegmentTest, SeedArticleCountsAgreeWithTheSegmentation) {
  const std::string text = ReadSeed();
  ASSERT_FALSE(text.empty());
  const Segmentation seg = Segment(text);
  const TextStats all = ComputeStats(text, seg, Scope::kAllText);
  EXPECT_EQ(all.words, static_cast<int64_t>(seg.words.size()));
  EXPECT_EQ(all.sentences, static_cast<int64_t>(seg.sentences.size()));
  EXPECT_EQ(all.paragraphs, static_cast<int64_t>(seg.blocks.size()));

  int64_t body_blocks = 0;
  int64_t body_words = 0;
  for (const Word& w : seg.words) {
    body_words +=
        seg.blocks[seg.sentences[w.sentence].block].kind == BlockKind::kBody;
  }
  for (const Block& b : seg.blocks) body_blocks += b.kind == BlockKind::kBody;
  const TextStats body = ComputeStats(text, seg, Scope::kBody);
  EXPECT_EQ(body.words, body_words);
  EXPECT_EQ(body.paragraphs, body_blocks);
  EXPECT_GT(body.words, 1000);
  EXPECT_LT(body.words, all.words);
  EXPECT_EQ(body.blocks_by_kind, all.blocks_by_kind);
  int64_t blocks = 0;
  for (int64_t n : body.blocks_by_kind) blocks += n;
  EXPECT_EQ(blocks, static_cast<int64_t>(seg.blocks.size()));

  // Long-form news: hard, but within the usual ranges of the indices.
  EXPECT_GT(body.readability.flesch_reading_ease, 10);
  EXPECT_LT(body.readability.flesch_reading_ease, 70);
  EXPECT_GT(body.readability.flesch_kincaid_grade, 8);
  EXPECT_LT(body.readability.flesch_kincaid_grade, 20);
  EXPECT_GT(body.mean_syllables_per_word, 1.4);
  EXPECT_LT(body.mean_syllables_per_word, 2.0);
}

// Repeated words are remembered as written: a word's counts come back the
// same whatever its case, and across texts of one accumulator.
TEST(StatsAccumulator, RepeatedWordsCountLikeNewOnes) {
  // "NHS" is spelled out (3 syllables); "nhs" is read by the rules (1).
  const std::string text = "The NHS grew. The NHS grew. the nhs grew.";
  StatsAccumulator acc(Scope::kBody);
  acc.Add(text, Segment(text));
  acc.Add(text, Segment(text));
  const TextStats s = acc.Finish();
  EXPECT_EQ(s.words, 18);
  EXPECT_EQ(s.unique_words, 3);  // the, nhs, grew
  EXPECT_EQ(s.letters, 2 * (3 * (3 + 3 + 4)));
  EXPECT_EQ(s.syllables, 2 * (3 * (1 + 1) + 3 + 3 + CountSyllables("nhs")));
  EXPECT_EQ(s.polysyllabic_words, 4);  // "NHS" four times
}

}  // namespace
}  // namespace textanalytics::core
