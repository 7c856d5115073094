#include "service/core/keywords.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "service/core/segmenter.h"
#include "service/core/utf8.h"

namespace textanalytics::core {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;

const char kSeedPath[] = TA_SOURCE_DIR "/seeds/000_f2b4827ed7942156.txt";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const StopwordList& English() {
  static const StopwordList* list = [] {
    absl::StatusOr<StopwordList> loaded = LoadStopwords(
        std::string(TA_SOURCE_DIR "/") + std::string(kEnglishStopwordsPath));
    EXPECT_TRUE(loaded.ok()) << loaded.status();
    return new StopwordList(loaded.ok() ? *loaded : StopwordList());
  }();
  return *list;
}

TermOptions Options(Normalization normalization,
                    const StopwordList* stopwords = nullptr, int max_ngram = 1,
                    bool include_numbers = false) {
  TermOptions o;
  o.normalization = normalization;
  o.stopwords = stopwords;
  o.max_ngram = max_ngram;
  o.include_numbers = include_numbers;
  o.scope = Scope::kAllText;
  return o;
}

TermCounts Count(std::string_view text, const TermOptions& options) {
  return CountTerms(text, Segment(text), options);
}

// key -> count of the terms of n words.
std::map<std::string, int64_t> Counts(const TermCounts& counts, int n = 1) {
  std::map<std::string, int64_t> out;
  for (const Term& t : counts.terms(n)) out[t.key] = t.count;
  return out;
}

std::vector<std::pair<std::string, int64_t>> Surfaces(const Term& t) {
  std::vector<std::pair<std::string, int64_t>> out;
  for (const SurfaceCount& s : t.surfaces) out.emplace_back(s.form, s.count);
  return out;
}

// ------------------------------------------------------------ Folding

TEST(FoldWordTest, CaseFoldsAndNormalises) {
  EXPECT_EQ(FoldWord("DATA"), "data");
  EXPECT_EQ(FoldWord("Straße"), "strasse");       // full case folding
  EXPECT_EQ(FoldWord("\uFB01nance"), "finance");  // NFKC: the fi ligature
  EXPECT_EQ(FoldWord("\uFF34\uFF45\uFF53\uFF4C\uFF41"), "tesla");  // full-width
  EXPECT_EQ(FoldWord("ÉTAT"), "état");
  EXPECT_EQ(FoldWord("E\u0301TAT"), "\u00e9tat");  // composed by NFKC
}

TEST(FoldWordTest, ApostrophesAndHyphensBecomeAscii) {
  EXPECT_EQ(FoldWord("China\u2019s"), "china's");
  EXPECT_EQ(FoldWord("don\u02BCt"), "don't");
  EXPECT_EQ(FoldWord("data\u2010rich"), "data-rich");
  EXPECT_EQ(FoldWord("data\u2011rich"), "data-rich");
  EXPECT_EQ(FoldWord("co\u00ADoperate"), "cooperate");  // soft hyphen dropped
}

// ------------------------------------------------------ Normalisation

TEST(KeywordsNormalisationTest, CaseAndApostrophesAndPossessive) {
  // china: China’s, China's, CHINA, china = 4; data: 2; and: 1.
  const TermCounts c = Count("China\u2019s data and China's data. CHINA china",
                             Options(Normalization::kLowercase));
  EXPECT_EQ(c.words(), 7);
  EXPECT_THAT(Counts(c),
              ElementsAre(Pair("and", 1), Pair("china", 4), Pair("data", 2)));
  // All four surface forms fold to "china".
  EXPECT_THAT(Surfaces(*c.Find("china")), ElementsAre(Pair("china", 4)));
}

TEST(KeywordsNormalisationTest, HyphenatedCompoundsStayOneTerm) {
  // "data-rich" 2 (one with U+2010), "data" 1, "rich" 1,
  // "techno-authoritarian" 1.
  const TermCounts c =
      Count("A data-rich, data\u2010rich data rich techno-authoritarian state",
            Options(Normalization::kLowercase));
  EXPECT_THAT(Counts(c),
              ElementsAre(Pair("a", 1), Pair("data", 1), Pair("data-rich", 2),
                          Pair("rich", 1), Pair("state", 1),
                          Pair("techno-authoritarian", 1)));
}

TEST(KeywordsNormalisationTest, NumbersAreSingleTokensExcludedByDefault) {
  const std::string text =
      "Profit rose to $1.4bn from 8,000 units and 2.1tn in the 1990s, "
      "with 3.5 per cent and G20 talks.";
  // 17 words: Profit rose to 1.4bn from 8,000 units and 2.1tn in the 1990s
  // with 3.5 per cent and G20 talks -- 19; numbers: 1.4bn 8,000 2.1tn 1990s
  // 3.5.
  const TermCounts excluded = Count(text, Options(Normalization::kLowercase));
  EXPECT_EQ(excluded.words(), 19);
  const std::map<std::string, int64_t> ex = Counts(excluded);
  EXPECT_EQ(ex.count("1.4bn"), 0u);
  EXPECT_EQ(ex.count("8,000"), 0u);
  EXPECT_EQ(ex.at("g20"), 1);  // starts with a letter: not a number
  EXPECT_EQ(ex.at("and"), 2);
  int64_t total = 0;
  for (const auto& [key, count] : ex) total += count;
  EXPECT_EQ(total, 19 - 5);

  const TermCounts included =
      Count(text, Options(Normalization::kLowercase, nullptr, 1, true));
  const std::map<std::string, int64_t> in = Counts(included);
  EXPECT_EQ(in.at("1.4bn"), 1);
  EXPECT_EQ(in.at("8,000"), 1);
  EXPECT_EQ(in.at("2.1tn"), 1);
  EXPECT_EQ(in.at("1990s"), 1);
  EXPECT_EQ(in.at("3.5"), 1);
}

TEST(KeywordsNormalisationTest, NumbersAreNotStemmed) {
  const TermCounts c =
      Count("1990s 1990s", Options(Normalization::kStem, nullptr, 1, true));
  EXPECT_THAT(Counts(c), ElementsAre(Pair("1990s", 2)));
}

TEST(KeywordsNormalisationTest, StemsWithDisplayFormTheMostFrequentSurface) {
  // Snowball: regulations, regulation, regulate -> "regul"; surfaces
  // regulations 2, regulate 1, regulation 1 (ties by form).
  const TermCounts c =
      Count("Regulations regulation regulate regulations; Data's data",
            Options(Normalization::kStem));
  const Term* regul = c.Find("regul");
  ASSERT_NE(regul, nullptr);
  EXPECT_EQ(regul->count, 4);
  EXPECT_EQ(regul->display(), "regulations");
  EXPECT_THAT(Surfaces(*regul),
              ElementsAre(Pair("regulations", 2), Pair("regulate", 1),
                          Pair("regulation", 1)));
  const Term* data = c.Find("data");
  ASSERT_NE(data, nullptr);
  EXPECT_EQ(data->count, 2);
  EXPECT_EQ(data->display(), "data");
}

TEST(KeywordsNormalisationTest, StopwordsLeftOutBeforeAndAfterPossessive) {
  // 9 words; stopwords: The, of, the, it’s and He's (listed as "it's" and
  // "he's"). Left: data 2, state 1, china 1 (China's without "'s").
  const TermCounts c =
      Count("The data of the state: it\u2019s data. He's China's",
            Options(Normalization::kLowercase, &English()));
  EXPECT_EQ(c.words(), 9);
  EXPECT_THAT(Counts(c),
              ElementsAre(Pair("china", 1), Pair("data", 2), Pair("state", 1)));
}

TEST(KeywordsNormalisationTest, ExtraStopwordsAndNone) {
  StopwordList extra = English();
  extra.Add("DATA");
  const std::string text = "the data and the state";
  EXPECT_THAT(Counts(Count(text, Options(Normalization::kLowercase, &extra))),
              ElementsAre(Pair("state", 1)));
  const StopwordList none;
  EXPECT_THAT(Counts(Count(text, Options(Normalization::kLowercase, &none))),
              ElementsAre(Pair("and", 1), Pair("data", 1), Pair("state", 1),
                          Pair("the", 2)));
}

TEST(KeywordsNormalisationTest, BodyScopeSkipsOtherBlocks) {
  // The second block is boilerplate ("Advertisement").
  const std::string text = "Data rules the state today.\n\nAdvertisement\n";
  const Segmentation seg = Segment(text);
  ASSERT_EQ(seg.blocks.size(), 2u);
  ASSERT_EQ(seg.blocks[1].kind, BlockKind::kBoilerplate);
  TermOptions o = Options(Normalization::kLowercase);
  o.scope = Scope::kBody;
  const TermCounts body = CountTerms(text, seg, o);
  EXPECT_EQ(body.words(), 5);
  EXPECT_EQ(body.Find("advertisement"), nullptr);
  o.scope = Scope::kAllText;
  EXPECT_EQ(CountTerms(text, seg, o).Find("advertisement")->count, 1);
}

// ---------------------------------------------------------- Stopwords

TEST(StopwordsTest, LoadsTheShippedSnowballList) {
  const StopwordList& en = English();
  EXPECT_EQ(en.size(), 174u);
  EXPECT_TRUE(en.Contains("the"));
  EXPECT_TRUE(en.Contains("don't"));
  EXPECT_FALSE(en.Contains("us"));
  EXPECT_FALSE(en.Contains("data"));
}

TEST(StopwordsTest, FileFormatAndErrors) {
  const std::string dir = testing::TempDir();
  const std::string good = dir + "/kw_stop_good.txt";
  {
    std::ofstream out(good, std::ios::binary);
    out << "\xEF\xBB\xBF# a comment after a BOM\n\n  Foo  \r\n"
        << "Don\u2019t # trailing comment\nBAR\n";
  }
  absl::StatusOr<StopwordList> list = LoadStopwords(good);
  ASSERT_TRUE(list.ok()) << list.status();
  EXPECT_EQ(list->size(), 3u);
  EXPECT_TRUE(list->Contains("foo"));
  EXPECT_TRUE(list->Contains("don't"));
  EXPECT_TRUE(list->Contains("bar"));

  const std::string bad = dir + "/kw_stop_bad.txt";
  {
    std::ofstream out(bad, std::ios::binary);
    out << "one\ntwo words\n";
  }
  absl::StatusOr<StopwordList> two = LoadStopwords(bad);
  EXPECT_EQ(two.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(two.status().message()),
              ::testing::HasSubstr("line 2"));
  EXPECT_EQ(LoadStopwords(dir + "/kw_no_such_file.txt").status().code(),
            absl::StatusCode::kNotFound);
}

// ------------------------------------------------------------- n-grams

TEST(KeywordsNgramTest, BoundariesAndStopwordEdges) {
  // Sentence 1: The data security law was passed .
  // Sentence 2: Data security matters , rule of law , of the data .
  // Bigrams: "data security" 2 (one per sentence), "security law",
  // "security matters"; not "the data" (starts with a stopword), "law was"
  // and "of law" (end with one), "passed data" (crosses the sentence
  // end), "matters rule" (crosses a comma).
  // Trigrams: "data security law", "law was passed" (a stopword inside),
  // "data security matters", "rule of law"; not "of the data".
  const std::string text =
      "The data security law was passed. Data security matters, rule of "
      "law, of the data.";
  const TermCounts c =
      Count(text, Options(Normalization::kLowercase, &English(), 3));
  EXPECT_THAT(Counts(c, 2),
              ElementsAre(Pair("data security", 2), Pair("security law", 1),
                          Pair("security matters", 1)));
  EXPECT_THAT(Counts(c, 3),
              ElementsAre(Pair("data security law", 1),
                          Pair("data security matters", 1),
                          Pair("law was passed", 1), Pair("rule of law", 1)));
  EXPECT_EQ(c.Find("data security")->display(), "data security");
  // Unigrams are unchanged by counting n-grams.
  EXPECT_EQ(Counts(c, 1).at("data"), 3);
}

TEST(KeywordsNgramTest, ExcludedNumbersBreakNgramsAndStemsJoin) {
  // "8,000 new jobs": the number is left out and so are n-grams with it;
  // stems join: "new jobs" and "New job" are both "new job".
  const TermCounts c = Count("Some 8,000 new jobs. New job (plans) made",
                             Options(Normalization::kStem, &English(), 2));
  EXPECT_THAT(Counts(c, 2), ElementsAre(Pair("new job", 2)));
  const Term* t = c.Find("new job");
  EXPECT_THAT(Surfaces(*t),
              ElementsAre(Pair("new job", 1), Pair("new jobs", 1)));
  const TermCounts with_numbers =
      Count("Some 8,000 new jobs",
            Options(Normalization::kStem, &English(), 3, true));
  EXPECT_EQ(Counts(with_numbers, 3).at("8,000 new job"), 1);
}

// ------------------------------------------------------------- Corpus

TEST(CorpusCounterTest, SumsCountsSurfacesAndDocumentFrequency) {
  CorpusCounter corpus;
  corpus.Add(Count("Regulations data", Options(Normalization::kStem)));
  corpus.Add(Count("regulation regulation", Options(Normalization::kStem)));
  const TermCounts all = corpus.Finish();
  EXPECT_EQ(all.documents(), 2);
  EXPECT_EQ(all.words(), 4);
  const Term* regul = all.Find("regul");
  ASSERT_NE(regul, nullptr);
  EXPECT_EQ(regul->count, 3);
  EXPECT_EQ(regul->doc_freq, 2);
  EXPECT_EQ(regul->display(), "regulation");
  EXPECT_EQ(all.Find("data")->doc_freq, 1);
}

// ------------------------------------------------------------ Ranking

std::vector<std::string> Keys(const KeywordPage& page) {
  std::vector<std::string> keys;
  for (const Keyword& k : page.keywords) keys.push_back(k.key);
  return keys;
}

TEST(RankKeywordsTest, FrequencyIsCountThenKeyAndPagesAreConsistent) {
  // b 3, a 2, c 2, d 2, e 1: ties by key.
  const TermCounts c =
      Count("d c b a b e c a d b", Options(Normalization::kLowercase));
  RankOptions o;
  o.limit = 10;
  absl::StatusOr<KeywordPage> all = RankKeywords(c, nullptr, nullptr, o);
  ASSERT_TRUE(all.ok()) << all.status();
  EXPECT_THAT(Keys(*all), ElementsAre("b", "a", "c", "d", "e"));
  EXPECT_EQ(all->total, 5);
  EXPECT_EQ(all->keywords[0].count, 3);
  EXPECT_DOUBLE_EQ(all->keywords[0].score, 3);
  EXPECT_DOUBLE_EQ(all->keywords[0].per_10k_words, 3 * 10000.0 / 10);
  EXPECT_EQ(all->keywords[0].display, "b");
  EXPECT_EQ(all->keywords[0].doc_freq, 1);

  o.limit = 2;
  o.offset = 2;
  EXPECT_THAT(Keys(*RankKeywords(c, nullptr, nullptr, o)),
              ElementsAre("c", "d"));
  o.offset = 4;
  EXPECT_THAT(Keys(*RankKeywords(c, nullptr, nullptr, o)), ElementsAre("e"));
  o.offset = 0;
  o.limit = 10;
  o.min_count = 2;
  absl::StatusOr<KeywordPage> min2 = RankKeywords(c, nullptr, nullptr, o);
  EXPECT_THAT(Keys(*min2), ElementsAre("b", "a", "c", "d"));
  EXPECT_EQ(min2->total, 4);
}

TEST(RankKeywordsTest, MergesNgramSizesInOneOrder) {
  // "data security" 2, "data" 2, "security" 2, "law" 1, "security law" 1.
  const TermCounts c = Count("data security. data security law",
                             Options(Normalization::kLowercase, nullptr, 2));
  RankOptions o;
  o.ngram_sizes = {2, 1};
  o.limit = 10;
  EXPECT_THAT(
      Keys(*RankKeywords(c, nullptr, nullptr, o)),
      ElementsAre("data", "data security", "security", "law", "security law"));
  o.ngram_sizes = {3};
  EXPECT_EQ(RankKeywords(c, nullptr, nullptr, o).status().code(),
            absl::StatusCode::kInvalidArgument);
  o.ngram_sizes = {0};
  EXPECT_EQ(RankKeywords(c, nullptr, nullptr, o).status().code(),
            absl::StatusCode::kInvalidArgument);
  o.ngram_sizes = {1};
  o.limit = -1;
  EXPECT_EQ(RankKeywords(c, nullptr, nullptr, o).status().code(),
            absl::StatusCode::kInvalidArgument);
}

// The toy corpus of the TF-IDF and G² tests (LOWERCASE, no stopwords):
//   d1 "apple apple banana"          3 words
//   d2 "apple cherry"                2 words
//   d3 "cherry cherry cherry date"   4 words
// Corpus: N = 3, 9 words; apple 3 (df 2), banana 1 (df 1), cherry 4 (df 2),
// date 1 (df 1).
// idf = ln((1 + N) / (1 + df)) + 1:  df 2: ln(4/3) + 1 = 1.2876821
//                                    df 1: ln(4/2) + 1 = 1.6931472
class ToyCorpusTest : public ::testing::Test {
 protected:
  ToyCorpusTest() {
    const TermOptions o = Options(Normalization::kLowercase);
    for (const char* text :
         {"apple apple banana", "apple cherry", "cherry cherry cherry date"}) {
      docs_.push_back(Count(text, o));
    }
    CorpusCounter counter;
    for (const TermCounts& d : docs_) counter.Add(d);
    corpus_ = counter.Finish();
  }

  KeywordPage Rank(const TermCounts& scope, Ranking ranking,
                   const ReferenceCounts* background = nullptr) {
    RankOptions o;
    o.ranking = ranking;
    o.limit = 10;
    absl::StatusOr<KeywordPage> page =
        RankKeywords(scope, &corpus_, background, o);
    EXPECT_TRUE(page.ok()) << page.status();
    return page.ok() ? *page : KeywordPage();
  }

  std::vector<TermCounts> docs_;
  TermCounts corpus_;
};

TEST_F(ToyCorpusTest, TfIdfOfADocument) {
  // d1: apple 2 * 1.2876821 = 2.5753641; banana 1 * 1.6931472.
  const KeywordPage p = Rank(docs_[0], Ranking::kTfIdf);
  EXPECT_THAT(Keys(p), ElementsAre("apple", "banana"));
  EXPECT_NEAR(p.keywords[0].score, 2.5753641, 1e-6);
  EXPECT_NEAR(p.keywords[1].score, 1.6931472, 1e-6);
  EXPECT_EQ(p.keywords[0].doc_freq, 2);  // from the corpus
  // d2: apple 1 * 1.2876821 and cherry 1 * 1.2876821 tie: count, then key.
  const KeywordPage p2 = Rank(docs_[1], Ranking::kTfIdf);
  EXPECT_THAT(Keys(p2), ElementsAre("apple", "cherry"));
  EXPECT_NEAR(p2.keywords[1].score, 1.2876821, 1e-6);
}

TEST_F(ToyCorpusTest, TfIdfOfTheCorpus) {
  // cherry 4 * 1.2876821 = 5.1507283; apple 3 * 1.2876821 = 3.8630462;
  // banana and date 1 * 1.6931472 (tie: key).
  const KeywordPage p = Rank(corpus_, Ranking::kTfIdf);
  EXPECT_THAT(Keys(p), ElementsAre("cherry", "apple", "banana", "date"));
  EXPECT_NEAR(p.keywords[0].score, 5.1507283, 1e-6);
  EXPECT_NEAR(p.keywords[1].score, 3.8630462, 1e-6);
  EXPECT_NEAR(p.keywords[3].score, 1.6931472, 1e-6);
}

TEST_F(ToyCorpusTest, DistinctiveAgainstTheRestOfTheCorpus) {
  // d1 (c = 3) against d2 + d3 (d = 6):
  //   apple  a=2 b=1: E1 = 3*3/9 = 1, E2 = 6*3/9 = 2;
  //          G² = 2 (2 ln 2 + 1 ln 1/2) = 2 ln 2 = 1.3862944
  //   banana a=1 b=0: E1 = 3*1/9 = 1/3; G² = 2 ln 3 = 2.1972246
  const KeywordPage p1 = Rank(docs_[0], Ranking::kDistinctive);
  EXPECT_THAT(Keys(p1), ElementsAre("banana", "apple"));
  EXPECT_NEAR(p1.keywords[0].score, 2.1972246, 1e-6);
  EXPECT_NEAR(p1.keywords[1].score, 1.3862944, 1e-6);
  // d3 (c = 4) against d1 + d2 (d = 5):
  //   cherry a=3 b=1: E1 = 16/9, E2 = 20/9;
  //          G² = 2 (3 ln(27/16) + ln(9/20))
  //             = 2 (3 * 0.5232481 - 0.7985077) = 1.5424735
  //   date   a=1 b=0: E1 = 4/9; G² = 2 ln(9/4) = 1.6218604
  const KeywordPage p3 = Rank(docs_[2], Ranking::kDistinctive);
  EXPECT_THAT(Keys(p3), ElementsAre("date", "cherry"));
  EXPECT_NEAR(p3.keywords[0].score, 1.6218604, 1e-6);
  EXPECT_NEAR(p3.keywords[1].score, 1.5424735, 1e-6);
}

TEST_F(ToyCorpusTest, DistinctiveOfATextOutsideTheCorpus) {
  // The inline text "banana banana" (c = 2) against the whole corpus
  // (d = 9, banana b = 1): E1 = 2*3/11, E2 = 9*3/11;
  // G² = 2 (2 ln(11/3) + ln(11/27)) = 2 (2 * 1.2992830 - 0.8979416)
  //    = 3.4012488
  const TermCounts text =
      Count("banana banana", Options(Normalization::kLowercase));
  RankOptions o;
  o.ranking = Ranking::kDistinctive;
  o.scope_in_corpus = false;
  absl::StatusOr<KeywordPage> p = RankKeywords(text, &corpus_, nullptr, o);
  ASSERT_TRUE(p.ok()) << p.status();
  ASSERT_EQ(p->keywords.size(), 1u);
  EXPECT_NEAR(p->keywords[0].score, 3.4012488, 1e-6);
  EXPECT_EQ(p->keywords[0].doc_freq, 1);  // the corpus's
}

class MapReference : public ReferenceCounts {
 public:
  MapReference(std::map<std::string, int64_t> counts, int64_t words)
      : counts_(std::move(counts)), words_(words) {}
  int64_t Count(std::string_view key) const override {
    auto it = counts_.find(std::string(key));
    return it == counts_.end() ? 0 : it->second;
  }
  int64_t words() const override { return words_; }

 private:
  std::map<std::string, int64_t> counts_;
  int64_t words_;
};

TEST_F(ToyCorpusTest, DistinctiveAgainstABackgroundAndSigned) {
  // Corpus (c = 9) against a background of 100 words with cherry 50 and
  // apple 1:
  //   apple  a=3 b=1:  E1 = 9*4/109, E2 = 100*4/109;
  //          G² = 2 (3 ln(327/36) + ln(109/400))
  //             = 2 (3 * 2.2064412 - 1.3001167) = 10.6384141
  //   cherry a=4 b=50: 4/9 < 50/100, rarer in the scope: negative;
  //          E1 = 9*54/109, E2 = 100*54/109;
  //          G² = 2 (4 ln(436/486) + 50 ln(5450/5400))
  //             = 2 (4 * -0.1085664 + 50 * 0.0092167) = 0.0531345
  //   banana, date a=1 b=0: E1 = 9/109; G² = 2 ln(109/9) = 4.9882466
  const MapReference background({{"apple", 1}, {"cherry", 50}}, 100);
  const KeywordPage p = Rank(corpus_, Ranking::kDistinctive, &background);
  EXPECT_THAT(Keys(p), ElementsAre("apple", "banana", "date", "cherry"));
  EXPECT_NEAR(p.keywords[0].score, 10.6384141, 1e-6);
  EXPECT_NEAR(p.keywords[1].score, 4.9882466, 1e-6);
  EXPECT_NEAR(p.keywords[3].score, -0.0531345, 1e-6);
}

TEST_F(ToyCorpusTest, ErrorsWithoutTheCountsARankingNeeds) {
  RankOptions o;
  o.ranking = Ranking::kDistinctive;
  absl::StatusOr<KeywordPage> p = RankKeywords(corpus_, &corpus_, nullptr, o);
  EXPECT_EQ(p.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(p.status().message()),
              ::testing::HasSubstr("background"));
  o.ranking = Ranking::kTfIdf;
  EXPECT_EQ(RankKeywords(docs_[0], nullptr, nullptr, o).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

// --------------------------------------------------------- Look-up, KWIC

TEST(NormalizeTermTest, SameRulesAsCounting) {
  EXPECT_EQ(*NormalizeTerm("Regulations", Normalization::kStem), "regul");
  EXPECT_EQ(*NormalizeTerm("China\u2019s", Normalization::kLowercase), "china");
  EXPECT_EQ(*NormalizeTerm("  Rule of LAW! ", Normalization::kLowercase),
            "rule of law");
  EXPECT_EQ(*NormalizeTerm("8,000", Normalization::kStem), "8,000");
  for (const char* bad : {"", "  ", "...", "\u201C\u2014\u201D"}) {
    absl::StatusOr<std::string> key = NormalizeTerm(bad, Normalization::kStem);
    EXPECT_EQ(key.status().code(), absl::StatusCode::kInvalidArgument) << bad;
    EXPECT_THAT(std::string(key.status().message()),
                ::testing::HasSubstr("send a word or phrase"));
  }
}

TEST(TermFinderTest, FindsPhrasesWithinSentencesAndWithoutPunctuation) {
  // "rule of law" 2 times; not across the comma ("rule, of law") nor the
  // sentence end ("rule of. Law").
  const std::string text =
      "The rule of law matters. Rule of LAW again; rule, of law. A rule of. "
      "Law";
  const Segmentation seg = Segment(text);
  TermFinder finder(*NormalizeTerm("rule of law", Normalization::kLowercase),
                    Normalization::kLowercase);
  const std::vector<TermMatch> m = finder.Find(text, seg);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(text.substr(m[0].begin, m[0].end - m[0].begin), "rule of law");
  EXPECT_EQ(text.substr(m[1].begin, m[1].end - m[1].begin), "Rule of LAW");
  EXPECT_EQ(m[0].sentence, 0);
  EXPECT_EQ(m[1].sentence, 1);
  EXPECT_EQ(m[1].last_word - m[1].first_word, 2);

  // Stems: "regulations" finds "Regulation" and "regulating".
  TermFinder stems(*NormalizeTerm("regulations", Normalization::kStem),
                   Normalization::kStem);
  const std::string t2 = "Regulation and regulating; regal.";
  EXPECT_EQ(stems.Find(t2, Segment(t2)).size(), 2u);
}

TEST(ConcordanceTest, WindowsStopAtTextAndBlockEdges) {
  const std::string text = "Data rules. New data law here\n\nOther para data.";
  const Segmentation seg = Segment(text);
  TermFinder finder("data", Normalization::kLowercase);
  const std::vector<TermMatch> m = finder.Find(text, seg);
  ASSERT_EQ(m.size(), 3u);

  // At the start of the text: no left context; right crosses the sentence
  // end within the block.
  ConcordanceLine first = MakeConcordanceLine(text, seg, m[0], 2);
  EXPECT_EQ(first.left, "");
  EXPECT_EQ(first.match, "Data");
  EXPECT_EQ(first.right, " rules. New");
  EXPECT_EQ(first.left_begin, 0u);
  EXPECT_EQ(first.right_end, 15u);
  EXPECT_EQ(first.block, 0);

  ConcordanceLine middle = MakeConcordanceLine(text, seg, m[1], 2);
  EXPECT_EQ(middle.left, "rules. New ");
  EXPECT_EQ(middle.right, " law here");
  EXPECT_EQ(middle.sentence, 1);

  // At the end of the text, in the second block: the left context does not
  // reach into the first block, even with more words asked for.
  ConcordanceLine last = MakeConcordanceLine(text, seg, m[2], 5);
  EXPECT_EQ(last.left, "Other para ");
  EXPECT_EQ(last.right, "");
  EXPECT_EQ(last.block, 1);
  EXPECT_EQ(last.match_end, text.size() - 1);

  ConcordanceLine none = MakeConcordanceLine(text, seg, m[1], 0);
  EXPECT_EQ(none.left, "");
  EXPECT_EQ(none.right, "");
}

// ------------------------------------------------- Fast path, reference

void ExpectSameCounts(const TermCounts& a, const TermCounts& b) {
  EXPECT_EQ(a.words(), b.words());
  ASSERT_EQ(a.terms(1).size(), b.terms(1).size());
  for (size_t i = 0; i < a.terms(1).size(); ++i) {
    EXPECT_EQ(a.terms(1)[i], b.terms(1)[i]) << a.terms(1)[i].key;
  }
}

TEST(CountUnigramsFastTest, EqualsTheSegmentationPathOnTheSeedArticle) {
  const std::string seed = ReadFile(kSeedPath);
  ASSERT_GT(seed.size(), 10000u);
  for (const TermOptions& o :
       {Options(Normalization::kStem, &English()),
        Options(Normalization::kLowercase, nullptr, 1, true)}) {
    const TermCounts fast = *CountUnigramsFast(seed, o);
    EXPECT_GT(fast.terms(1).size(), 500u);
    ExpectSameCounts(fast, Count(seed, o));
  }
}

TEST(CountUnigramsFastTest, EqualsTheSegmentationPathOnEdgeCases) {
  // Words at the very end, long and non-ASCII words, full stops between
  // letters (ASCII and not), sentence ends without a space, line breaks of
  // every kind, marks and connectors.
  const std::string text =
      "U.S. officials met.The Ünïcode-heavy Straße, AT&T and S&P; "
      "x.\u05D0\u05D1 \u05D0.b.\n"
      "supercalifragilisticexpialidocious-and-more words\r\n"
      "caf\u00E9 cafe\u0301 CAFÉ don\u2019t DON'T 3.5 8,000 1.4bn\u2028"
      "line\u2029para\u0085nel \u00ADsoft co\u00ADop e\u2011mail "
      "A.B.C. end.Z\u00E9. Ends with a word";
  for (bool numbers : {false, true}) {
    const TermOptions o =
        Options(Normalization::kLowercase, nullptr, 1, numbers);
    ExpectSameCounts(*CountUnigramsFast(text, o), Count(text, o));
  }
  // With two threads, texts of 4 MiB or more are cut into chunks.
  std::string big;
  while (big.size() < (size_t{5} << 20)) big += text + "\n";
  const TermOptions o = Options(Normalization::kStem, &English());
  ExpectSameCounts(*CountUnigramsFast(big, o, /*threads=*/2), Count(big, o));
}

TEST(CountUnigramsFastTest, EqualsTheSegmentationPathOnAsciiAtEveryAlignment) {
  // The fast counter reads plain ASCII 64 bytes at a time: words and
  // connectors across block edges, words of 64 bytes and more, connectors
  // next to block edges. A fixed pseudo-random sequence of pieces, shifted
  // by 0..63 bytes so that every piece meets every block position.
  const std::vector<std::string> pieces = {
      "data",
      "Data-rich",
      "U.S.",
      "3.5",
      "8,000",
      "AT&T",
      "don't",
      "a",
      "rule",
      "of",
      "law",
      ",",
      ".",
      ";",
      " - ",
      "'",
      "x-",
      "-y",
      "1.4bn",
      std::string(70, 'w'),
      std::string(64, 'Q') + "-" + std::string(3, 'r'),
      "e.g.",
      "O'Neill's",
      "a,b",
      "5.G",
      "end.The",
      "S&P"};
  std::string text;
  uint32_t state = 12345;
  for (int n = 0; n < 3000; ++n) {
    state = state * 1103515245u + 12345u;
    text += pieces[(state >> 16) % pieces.size()];
    text += (state >> 8) % 7 == 0 ? "\n" : " ";
  }
  const TermOptions o = Options(Normalization::kLowercase, nullptr, 1, true);
  for (int shift = 0; shift < 64; ++shift) {
    const std::string shifted = std::string(shift, ' ') + text;
    ExpectSameCounts(*CountUnigramsFast(shifted, o), Count(shifted, o));
  }
  // Each piece after 0..140 spaces, so that each of its bytes falls on
  // every position of the first two blocks (blocks after a word that goes
  // on past a block start at that word).
  for (const std::string& piece : pieces) {
    for (int pad = 0; pad <= 140; ++pad) {
      const std::string padded =
          std::string(pad, ' ') + "rule " + piece + " data law";
      ExpectSameCounts(*CountUnigramsFast(padded, o), Count(padded, o));
    }
  }
}

TEST(CountUnigramsFastTest, RejectsInvalidUtf8AtTheOffsetFindInvalidUtf8Gives) {
  const TermOptions o = Options(Normalization::kLowercase);
  EXPECT_TRUE(CountUnigramsFast("caf\u00E9 \uFFFD ok", o).ok());
  // Lone continuation byte, truncated sequence (before ASCII and at the
  // end), overlong, surrogate, past U+10FFFF, inside a word and in a line
  // counted through Segment() (the full stop next to a non-ASCII letter).
  for (const std::string& bad :
       {std::string("data \x80 data"), std::string("data\xE2\x82 x"),
        std::string("data \xE2\x82"), std::string("a \xC0\x80 b"),
        std::string("a \xED\xA0\x80 b"), std::string("a \xF4\x90\x80\x80"),
        std::string("da\xFFta"), std::string("x.\u05D0 a \x80")}) {
    absl::StatusOr<TermCounts> counts = CountUnigramsFast(bad, o);
    ASSERT_FALSE(counts.ok()) << bad;
    EXPECT_EQ(counts.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(counts.status().message()),
                ::testing::EndsWith("byte offset " +
                                    std::to_string(*FindInvalidUtf8(bad))))
        << bad;
  }
  // In a large text, the lowest offset wins whichever thread finds it.
  std::string big;
  while (big.size() < (size_t{6} << 20)) big += "Some words of a line.\n";
  big[(size_t{5} << 20) + 3] = '\xFF';
  big[(size_t{2} << 20) + 7] = '\xFF';
  absl::StatusOr<TermCounts> counts = CountUnigramsFast(big, o, /*threads=*/2);
  EXPECT_THAT(std::string(counts.status().message()),
              ::testing::EndsWith("byte offset " +
                                  std::to_string(*FindInvalidUtf8(big))));
}

TEST(ReferenceTest, SeedTopTwentyEqualsTheIndependentPythonReference) {
  // tests/core/keywords_reference.py implements the same documented rules
  // (words, folding, "'s", numbers, order) with Python's re and
  // unicodedata; FREQUENCY / LOWERCASE / no stopwords, numbers left out.
  const std::string command =
      std::string("/usr/bin/python3 ") +
      TA_SOURCE_DIR "/tests/core/keywords_reference.py " + kSeedPath + " 20";
  std::FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) output.append(buf, n);
  ASSERT_EQ(pclose(pipe), 0) << output;
  std::vector<std::pair<std::string, int64_t>> expected;
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) {
    const size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    expected.emplace_back(line.substr(0, tab),
                          std::stoll(line.substr(tab + 1)));
  }
  ASSERT_EQ(expected.size(), 20u);

  const std::string seed = ReadFile(kSeedPath);
  const TermCounts counts = Count(seed, Options(Normalization::kLowercase));
  RankOptions o;
  o.limit = 20;
  absl::StatusOr<KeywordPage> page = RankKeywords(counts, nullptr, nullptr, o);
  ASSERT_TRUE(page.ok()) << page.status();
  std::vector<std::pair<std::string, int64_t>> actual;
  for (const Keyword& k : page->keywords) actual.emplace_back(k.key, k.count);
  EXPECT_EQ(actual, expected);
}

}  // namespace
}  // namespace textanalytics::core
