#include "service/core/summary.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "service/core/segmenter.h"

namespace textanalytics::core {
namespace {

using ::testing::ElementsAre;

// A text and a hand-made segmentation of it: one block per line, sentences
// ending at ". ", words are runs of letters, digits and non-ASCII bytes with
// inner apostrophes.
struct Segmented {
  std::string text;
  Segmentation seg;
};

bool IsWordByte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

void AddWords(const std::string& text, size_t begin, size_t end, int sentence,
              Segmentation& seg) {
  size_t i = begin;
  while (i < end) {
    if (!IsWordByte(text[i])) {
      ++i;
      continue;
    }
    Word w;
    w.begin = i;
    w.sentence = sentence;
    while (i < end &&
           (IsWordByte(text[i]) || (text[i] == '\'' && i + 1 < end &&
                                    IsWordByte(text[i + 1]) && i > w.begin))) {
      const unsigned char u = static_cast<unsigned char>(text[i]);
      if (u >= 0x80 || std::isalpha(u)) w.has_letter = true;
      ++i;
    }
    w.end = i;
    seg.words.push_back(w);
  }
}

Segmented Make(const std::vector<std::pair<BlockKind, std::string>>& lines) {
  Segmented out;
  for (const auto& [kind, line] : lines) {
    if (!out.text.empty()) out.text += "\n";
    const size_t block_begin = out.text.size();
    out.text += line;
    const int block = static_cast<int>(out.seg.blocks.size());
    out.seg.blocks.push_back({block_begin, out.text.size(), kind});
    size_t begin = block_begin;
    while (begin < out.text.size()) {
      size_t stop = out.text.find(". ", begin);
      const size_t end = stop == std::string::npos ? out.text.size() : stop + 1;
      const int sentence = static_cast<int>(out.seg.sentences.size());
      out.seg.sentences.push_back({begin, end, block});
      AddWords(out.text, begin, end, sentence, out.seg);
      begin = stop == std::string::npos ? end : end + 1;
    }
  }
  return out;
}

// Body paragraphs only.
Segmented MakeBody(const std::vector<std::string>& lines) {
  std::vector<std::pair<BlockKind, std::string>> kinds;
  for (const std::string& l : lines) kinds.push_back({BlockKind::kBody, l});
  return Make(kinds);
}

Summary SummarizeTop(const Segmented& s, int max_sentences) {
  return Summarize(s.text, s.seg, SummaryOptions{max_sentences});
}

// Sentence index -> rank, for every candidate.
std::vector<int> Ranks(const Segmented& s) {
  std::vector<int> ranks(s.seg.sentences.size(), 0);
  for (const RankedSentence& r : SummarizeTop(s, INT_MAX).sentences) {
    ranks[r.sentence] = r.rank;
  }
  return ranks;
}

std::vector<int> SentenceIds(const Summary& summary) {
  std::vector<int> ids;
  for (const RankedSentence& r : summary.sentences) ids.push_back(r.sentence);
  return ids;
}

// Sentence 0 is off topic; sentence 4, the last, shares terms with all of
// sentences 1-3, which share none with each other.
Segmented HubText() {
  return MakeBody({
      "Penguins waddle slowly over frozen Antarctic ice.",
      "The central bank raised interest rates sharply. "
      "Grain harvests failed across northern provinces.",
      "Export tariffs on steel doubled overnight.",
      "Bank rates, grain harvests and steel tariffs all shook markets "
      "together.",
  });
}

TEST(SummaryTest, CentralSentenceFirstOffTopicLast) {
  const Segmented s = HubText();
  ASSERT_EQ(s.seg.sentences.size(), 5u);
  const Summary all = SummarizeTop(s, INT_MAX);
  EXPECT_EQ(all.candidates, 5);
  const std::vector<int> ranks = Ranks(s);
  // The hub is last in the text and still beats the lead; the off-topic
  // sentence is first in the text and still ranks last.
  EXPECT_EQ(ranks[4], 1);
  EXPECT_EQ(ranks[0], 5);
}

TEST(SummaryTest, TextOrderRanksAndScores) {
  const Segmented s = HubText();
  const Summary top3 = SummarizeTop(s, 3);
  EXPECT_EQ(top3.candidates, 5);
  ASSERT_EQ(top3.sentences.size(), 3u);
  std::vector<int> ranks;
  for (size_t i = 0; i < top3.sentences.size(); ++i) {
    if (i > 0) {
      EXPECT_LT(top3.sentences[i - 1].sentence, top3.sentences[i].sentence);
    }
    ranks.push_back(top3.sentences[i].rank);
  }
  std::sort(ranks.begin(), ranks.end());
  EXPECT_THAT(ranks, ElementsAre(1, 2, 3));

  const Summary all = SummarizeTop(s, INT_MAX);
  ASSERT_EQ(all.sentences.size(), 5u);
  std::vector<const RankedSentence*> by_rank(5);
  for (const RankedSentence& r : all.sentences) {
    ASSERT_GE(r.rank, 1);
    ASSERT_LE(r.rank, 5);
    by_rank[r.rank - 1] = &r;
  }
  for (int r = 1; r < 5; ++r) {
    ASSERT_NE(by_rank[r], nullptr);
    EXPECT_GE(by_rank[r - 1]->score, by_rank[r]->score);
  }
  EXPECT_GT(by_rank[0]->score, by_rank[4]->score);
  // The top three are the same sentences with the same scores.
  for (const RankedSentence& r : top3.sentences) {
    EXPECT_EQ(by_rank[r.rank - 1]->sentence, r.sentence);
    EXPECT_EQ(by_rank[r.rank - 1]->score, r.score);
  }

  const Summary top1 = SummarizeTop(s, 1);
  ASSERT_EQ(top1.sentences.size(), 1u);
  EXPECT_EQ(top1.sentences[0].sentence, 4);
  EXPECT_EQ(top1.sentences[0].rank, 1);

  EXPECT_EQ(SummarizeTop(s, 5).sentences.size(), 5u);
  EXPECT_EQ(SummarizeTop(s, 6).sentences.size(), 5u);
  EXPECT_TRUE(SummarizeTop(s, 0).sentences.empty());
  EXPECT_TRUE(SummarizeTop(s, -1).sentences.empty());
  EXPECT_EQ(SummarizeTop(s, -1).candidates, 5);
}

bool SameSummary(const Summary& a, const Summary& b) {
  if (a.candidates != b.candidates ||
      a.sentences.size() != b.sentences.size()) {
    return false;
  }
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    if (a.sentences[i].sentence != b.sentences[i].sentence ||
        a.sentences[i].score != b.sentences[i].score ||
        a.sentences[i].rank != b.sentences[i].rank) {
      return false;
    }
  }
  return true;
}

TEST(SummaryTest, Deterministic) {
  const Segmented s = HubText();
  const Summary first = SummarizeTop(s, INT_MAX);
  const Segmented copy = HubText();  // a different buffer
  EXPECT_TRUE(SameSummary(first, SummarizeTop(s, INT_MAX)));
  EXPECT_TRUE(SameSummary(first, SummarizeTop(copy, INT_MAX)));

  // From several threads at once (one stemmer per thread).
  std::vector<Summary> results(4);
  std::vector<std::thread> threads;
  for (Summary& r : results) {
    threads.emplace_back([&s, &r] { r = SummarizeTop(s, INT_MAX); });
  }
  for (std::thread& t : threads) t.join();
  for (const Summary& r : results) EXPECT_TRUE(SameSummary(first, r));
}

TEST(SummaryTest, EarlierOfTwoIdenticalSentencesRanksHigher) {
  const Segmented s = MakeBody({
      "Officials approved the new harbour budget today.",
      "The harbour budget funds new cranes and docks. "
      "Dock workers welcomed the harbour budget.",
      "The harbour budget funds new cranes and docks.",
  });
  ASSERT_EQ(s.seg.sentences.size(), 4u);
  const std::vector<int> ranks = Ranks(s);
  EXPECT_LT(ranks[1], ranks[3]);
  const Summary top1 = SummarizeTop(s, 1);
  ASSERT_EQ(top1.sentences.size(), 1u);
  EXPECT_NE(top1.sentences[0].sentence, 3);
}

TEST(SummaryTest, NonBodyBlocksNeverChosen) {
  // The non-body blocks repeat the body's terms, so each would be the most
  // central sentence if it were a candidate.
  const std::string hub =
      "Flood waters closed schools, roads, bridges and railways.";
  const Segmented s = Make({
      {BlockKind::kHeading, hub},
      {BlockKind::kBody, "Flood waters closed several schools on Monday."},
      {BlockKind::kCaption, hub},
      {BlockKind::kBody, "Engineers inspected the roads and bridges."},
      {BlockKind::kCredit, hub},
      {BlockKind::kBody, "Railways stopped trains until the waters fell."},
      {BlockKind::kBoilerplate, hub},
  });
  const Summary all = SummarizeTop(s, INT_MAX);
  EXPECT_EQ(all.candidates, 3);
  EXPECT_THAT(SentenceIds(all), ElementsAre(1, 3, 5));
  const Summary top1 = SummarizeTop(s, 1);
  ASSERT_EQ(top1.sentences.size(), 1u);
  EXPECT_EQ(
      s.seg.blocks[s.seg.sentences[top1.sentences[0].sentence].block].kind,
      BlockKind::kBody);

  const Segmented none = Make({
      {BlockKind::kHeading, hub},
      {BlockKind::kCaption, hub},
  });
  const Summary empty = SummarizeTop(none, INT_MAX);
  EXPECT_EQ(empty.candidates, 0);
  EXPECT_TRUE(empty.sentences.empty());
}

TEST(SummaryTest, FragmentsAreNotCandidates) {
  const Segmented s = MakeBody({
      "Exclusive. Storm damage closed the coastal road.",
      "Coastal road repairs start. Big storm.",
      "Storm crews cleared the coastal road overnight.",
  });
  ASSERT_EQ(s.seg.sentences.size(), 5u);
  const Summary all = SummarizeTop(s, INT_MAX);
  EXPECT_EQ(all.candidates, 3);
  EXPECT_THAT(SentenceIds(all), ElementsAre(1, 2, 4));
}

// The rank of the first of three sentences: an island on its own topic,
// then `second` and `third`, which share at most the word forms under test.
int FirstSentenceRank(const std::string& second, const std::string& third) {
  return Ranks(
      MakeBody({"Penguins waddle over frozen ice.", second, third}))[0];
}

TEST(SummaryTest, StemmingAndCaseFoldingJoinTerms) {
  // Linked by one shared term, the last two outrank the lead island...
  EXPECT_EQ(FirstSentenceRank("Regulations tighten lending.",
                              "Officials drafted another regulation today."),
            3);
  EXPECT_EQ(FirstSentenceRank("Regulators tighten LENDING.",
                              "Officials drafted another lending code."),
            3);
  // ...possessives included ("Tesla\u2019s" and "Tesla's" are "tesla")...
  EXPECT_EQ(FirstSentenceRank("Tesla\u2019s profits rose sharply.",
                              "Analysts praised Tesla's managers."),
            3);
  // ...while with unrelated words all three are islands and the lead wins.
  EXPECT_EQ(FirstSentenceRank("Regulations tighten lending.",
                              "Officials drafted another statute today."),
            1);
}

TEST(SummaryTest, StopwordsDoNotLinkSentences) {
  // The first two sentences share only stopwords; the last two share a
  // content word. The shared stopwords must not outweigh the lead bias.
  const Segmented s = MakeBody({
      "They were there with all of them.",
      "They were there with all of us.",
      "Volcano ash grounded flights.",
      "Volcano ash covered villages.",
  });
  const std::vector<int> ranks = Ranks(s);
  EXPECT_LT(ranks[2], ranks[0]);
  EXPECT_LT(ranks[3], ranks[0]);
}

// A word of letters only, unique to `i`, that no stemmer rule shortens.
std::string UniqueWord(int i) {
  std::string w = "k";
  do {
    w += static_cast<char>('a' + i % 26);
    i /= 26;
  } while (i > 0);
  return w + "x";
}

TEST(SummaryTest, CandidatesPastTheGraphCapAreRanked) {
  // More candidates than the graph holds (2000). Sentences 2k and 2k + 1
  // share a word; sentence kHub, past the cap, shares the words of the first
  // ten pairs, so it is the most central sentence.
  constexpr int kSentences = 2400;
  constexpr int kHub = 2300;
  std::vector<std::string> lines;
  for (int i = 0; i < kSentences; ++i) {
    if (i == kHub) {
      std::string hub = "Hub";
      for (int p = 0; p < 10; ++p) {
        hub += ' ';
        hub += UniqueWord(3 * kSentences + p);
      }
      lines.push_back(hub + ".");
      continue;
    }
    lines.push_back(UniqueWord(3 * kSentences + i / 2) + " " +
                    UniqueWord(2 * i) + " " + UniqueWord(2 * i + 1) + ".");
  }
  const Segmented s = MakeBody(lines);
  const Summary all = SummarizeTop(s, INT_MAX);
  EXPECT_EQ(all.candidates, kSentences);
  ASSERT_EQ(all.sentences.size(), static_cast<size_t>(kSentences));
  std::vector<int> ranks;
  for (const RankedSentence& r : all.sentences) ranks.push_back(r.rank);
  std::sort(ranks.begin(), ranks.end());
  for (int i = 0; i < kSentences; ++i) ASSERT_EQ(ranks[i], i + 1);

  const Summary top1 = SummarizeTop(s, 1);
  ASSERT_EQ(top1.sentences.size(), 1u);
  EXPECT_EQ(top1.sentences[0].sentence, kHub);
}

TEST(SummaryTest, EmptyAndSingleSentence) {
  const Summary empty = Summarize("", Segmentation{}, SummaryOptions{});
  EXPECT_EQ(empty.candidates, 0);
  EXPECT_TRUE(empty.sentences.empty());

  const Segmented one = MakeBody({"Only one sentence is here today."});
  const Summary single = SummarizeTop(one, 3);
  EXPECT_EQ(single.candidates, 1);
  ASSERT_EQ(single.sentences.size(), 1u);
  EXPECT_EQ(single.sentences[0].sentence, 0);
  EXPECT_EQ(single.sentences[0].rank, 1);
  EXPECT_GT(single.sentences[0].score, 0);
}

// Through the real segmenter.

bool IsBody(const Segmentation& seg, int sentence) {
  return seg.blocks[seg.sentences[sentence].block].kind == BlockKind::kBody;
}

// Body sentences of at least three words, counted independently.
int BodySentencesOfThreeWords(const Segmentation& seg) {
  std::vector<int> words(seg.sentences.size(), 0);
  for (const Word& w : seg.words) ++words[w.sentence];
  int n = 0;
  for (size_t i = 0; i < seg.sentences.size(); ++i) {
    if (IsBody(seg, static_cast<int>(i)) && words[i] >= 3) ++n;
  }
  return n;
}

TEST(SummaryTest, SegmentedNewsText) {
  // The headline, the photo credit and the newsletter line repeat the body's
  // terms but are not body text.
  const std::string text =
      "Flood waters close city schools and roads\n\n"
      "Flood waters closed every school in the city on Monday.\n\n"
      "The city council said the flood waters would recede by Friday.\n\n"
      "Pupils will learn from home until the schools reopen.\n\n"
      "Flood waters in a city street. Photograph: Jane Doe/Reuters\n\n"
      "Sign up for our flood waters newsletter.\n";
  const Segmentation seg = Segment(text);
  const Summary all = Summarize(text, seg, SummaryOptions{INT_MAX});
  EXPECT_EQ(all.candidates, 3);
  ASSERT_EQ(all.sentences.size(), 3u);
  for (const RankedSentence& r : all.sentences) {
    EXPECT_TRUE(IsBody(seg, r.sentence)) << r.sentence;
  }
}

TEST(SummaryTest, SeedArticle) {
  std::ifstream in(std::string(TA_SOURCE_DIR) +
                   "/seeds/000_f2b4827ed7942156.txt");
  ASSERT_TRUE(in) << "seed article missing";
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const Segmentation seg = Segment(text);
  bool has_non_body = false;
  for (size_t i = 0; i < seg.sentences.size(); ++i) {
    if (!IsBody(seg, static_cast<int>(i))) has_non_body = true;
  }
  ASSERT_TRUE(has_non_body);  // otherwise the body check below is empty

  const Summary top3 = Summarize(text, seg, SummaryOptions{3});
  EXPECT_EQ(top3.candidates, BodySentencesOfThreeWords(seg));
  EXPECT_GT(top3.candidates, 50);
  ASSERT_EQ(top3.sentences.size(), 3u);
  std::vector<int> ranks;
  for (size_t i = 0; i < top3.sentences.size(); ++i) {
    EXPECT_TRUE(IsBody(seg, top3.sentences[i].sentence));
    if (i > 0) {
      EXPECT_LT(top3.sentences[i - 1].sentence, top3.sentences[i].sentence);
    }
    ranks.push_back(top3.sentences[i].rank);
  }
  std::sort(ranks.begin(), ranks.end());
  EXPECT_THAT(ranks, ElementsAre(1, 2, 3));

  const Summary all = Summarize(text, seg, SummaryOptions{INT_MAX});
  ASSERT_EQ(all.sentences.size(), static_cast<size_t>(all.candidates));
  for (const RankedSentence& r : all.sentences) {
    EXPECT_TRUE(IsBody(seg, r.sentence));
  }
  EXPECT_TRUE(SameSummary(all, Summarize(text, seg, SummaryOptions{INT_MAX})));
}

}  // namespace
}  // namespace textanalytics::core
