#include "service/core/quote_search.h"

#include <cmath>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace textanalytics::core {
namespace {

// A quotation of the words text[begin, end), and more parts if given.
Quote MakeQuote(std::string_view text, std::vector<std::string_view> parts,
                std::string speaker, QuoteKind kind = QuoteKind::kDirect,
                std::string mention = "") {
  Quote q;
  for (std::string_view part : parts) {
    const size_t begin = text.find(part);
    q.parts.push_back({begin, begin + part.size()});
  }
  q.outer = {q.parts.front().begin - 1, q.parts.back().end + 1};
  q.kind = kind;
  q.speaker.name = std::move(speaker);
  q.speaker.mention = std::move(mention);
  return q;
}

const std::string kText =
    "\"Rates will rise,\" said Ana Costa. \"Rates rise when prices rise.\"\n\n"
    "The bank called it a \"soft landing\".\n\n"
    "\"We disagree,\n\n\"Strongly,\" said the union.\n";

std::vector<Quote> Quotes() {
  return {MakeQuote(kText, {"Rates will rise,"}, "Ana Costa",
                    QuoteKind::kDirect, "Ana Costa"),
          MakeQuote(kText, {"Rates rise when prices rise."}, "Ana Costa",
                    QuoteKind::kDirect, "Costa"),
          MakeQuote(kText, {"soft landing"}, "", QuoteKind::kTerm),
          MakeQuote(kText, {"We disagree,", "Strongly,"}, "the union")};
}

TEST(QuotedWords, CountsTheWordsOfEveryPart) {
  const Segmentation seg = Segment(kText);
  const std::vector<Quote> quotes = Quotes();
  EXPECT_EQ(QuotedWords(seg, quotes[0]), 3);
  EXPECT_EQ(QuotedWords(seg, quotes[1]), 5);
  EXPECT_EQ(QuotedWords(seg, quotes[3]), 3);  // 2 + 1 across paragraphs
}

TEST(QuoteCounter, CountsQuotesSpeakersAndShare) {
  const Segmentation seg = Segment(kText);
  QuoteCounter counter;
  counter.Add(seg, Quotes());
  TextStats stats;
  stats.words = 26;
  counter.Finish(&stats);
  EXPECT_EQ(stats.quotes, 4);
  EXPECT_EQ(stats.speakers, 2);  // Ana Costa, the union; the TERM has none
  EXPECT_EQ(stats.quoted_words, 3 + 5 + 2 + 3);
  EXPECT_DOUBLE_EQ(stats.quoted_word_share, 13.0 / 26);
}

TEST(QuoteCounter, TheShareIsOfBodyWordsOnly) {
  const std::string text =
      "Owner vows to \"build it back\"\n\n"
      "A fire destroyed the bakery on Tuesday, officials said.\n\n"
      "\"We will build it back,\" said Anthony Rossi.\n";
  const Segmentation seg = Segment(text);
  ASSERT_EQ(seg.blocks[0].kind, BlockKind::kHeading);
  Quote headline = MakeQuote(text, {"build it back"}, "Anthony Rossi");
  Quote body = MakeQuote(text, {"We will build it back,"}, "Anthony Rossi");
  body.first_block = body.last_block = 2;
  QuoteCounter counter;
  counter.Add(seg, {headline, body});
  TextStats stats;
  stats.words = 14;
  counter.Finish(&stats);
  EXPECT_EQ(stats.quotes, 2);
  EXPECT_EQ(stats.quoted_words, 5);
}

TEST(SpeakerMatches, NameWordMentionAnyCase) {
  const std::vector<Quote> quotes = Quotes();
  EXPECT_TRUE(SpeakerMatches(quotes[0], ""));
  EXPECT_TRUE(SpeakerMatches(quotes[0], "ana costa"));
  EXPECT_TRUE(SpeakerMatches(quotes[0], "COSTA"));
  EXPECT_TRUE(SpeakerMatches(quotes[0], "Ana"));
  EXPECT_FALSE(SpeakerMatches(quotes[0], "Cost"));
  EXPECT_FALSE(SpeakerMatches(quotes[2], "soft"));  // no speaker
  EXPECT_TRUE(SpeakerMatches(quotes[3], "union"));
  Quote pronoun = quotes[0];
  pronoun.speaker.name = "Ana Costa";
  pronoun.speaker.mention = "she";
  EXPECT_FALSE(SpeakerMatches(pronoun, "she"));  // pronouns are not names
}

TEST(SpeakerCounter, MostQuotedFirstWithMentionsAndDocuments) {
  const Segmentation seg = Segment(kText);
  SpeakerCounter counter;
  counter.Add(4, seg, Quotes());
  counter.Add(7, seg, {Quotes()[3]});
  const std::vector<QuotedSpeaker> speakers = counter.Finish();
  ASSERT_EQ(speakers.size(), 2u);
  // Two quotations each: ties go by name ("Ana Costa" < "the union").
  EXPECT_EQ(speakers[0].name, "Ana Costa");
  EXPECT_EQ(speakers[0].quotes, 2);
  EXPECT_EQ(speakers[0].quoted_words, 8);
  EXPECT_THAT(speakers[0].mentions,
              ::testing::ElementsAre("Ana Costa", "Costa"));
  EXPECT_THAT(speakers[0].documents, ::testing::ElementsAre(4));
  EXPECT_EQ(speakers[1].name, "the union");
  EXPECT_THAT(speakers[1].documents, ::testing::ElementsAre(4, 7));
}

TEST(QuoteSearchIndex, RanksByBm25AndHighlightsInQuoteText) {
  const Segmentation seg = Segment(kText);
  StopwordList stopwords;
  for (const char* w : {"will", "when", "we", "it", "a"}) stopwords.Add(w);
  QuoteSearchIndex index(&stopwords);
  index.Add(0, kText, seg, Quotes());
  // Tokens: q0 rate rise (2), q1 rate rise price rise (4), q2 soft land (2),
  // q3 disagre strong (2): N = 4, 10 tokens, average 2.5.
  const auto hits = index.Search("rising rates", [](int, int) { return true; });
  ASSERT_EQ(hits.size(), 2u);
  const double idf = std::log(1 + (4 - 2 + 0.5) / (2 + 0.5));
  auto bm25 = [](double tf, double len) {
    return tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len / 2.5));
  };
  // q0 (both words, 2 tokens) beats q1 ("rise" twice, but 4 tokens long):
  // 2 * bm25(1, 2) = 2.178 > bm25(1, 4) + bm25(2, 4) = 1.979, times idf.
  EXPECT_EQ(hits[0].quote, 0);
  EXPECT_NEAR(hits[0].score, idf * (bm25(1, 2) + bm25(1, 2)), 1e-12);
  EXPECT_EQ(hits[1].quote, 1);
  EXPECT_NEAR(hits[1].score, idf * (bm25(1, 4) + bm25(2, 4)), 1e-12);
  const std::string text = Quotes()[1].Text(kText);
  ASSERT_EQ(hits[1].highlights.size(), 3u);  // Rates, rise, rise
  EXPECT_EQ(
      text.substr(hits[1].highlights[2].begin,
                  hits[1].highlights[2].end - hits[1].highlights[2].begin),
      "rise");
}

TEST(QuoteSearchIndex, HighlightsOfALaterPartCountTheJoiningNewline) {
  const Segmentation seg = Segment(kText);
  QuoteSearchIndex index(nullptr);
  index.Add(0, kText, seg, Quotes());
  const auto hits = index.Search("strongly", [](int, int) { return true; });
  ASSERT_EQ(hits.size(), 1u);
  const std::string text =
      Quotes()[3].Text(kText);  // "We disagree,\nStrongly,"
  ASSERT_EQ(hits[0].highlights.size(), 1u);
  EXPECT_EQ(hits[0].highlights[0].begin, text.find("Strongly"));
}

TEST(QuoteSearchIndex, FilterAndEmptyQueries) {
  const Segmentation seg = Segment(kText);
  QuoteSearchIndex index(nullptr);
  index.Add(3, kText, seg, Quotes());
  EXPECT_TRUE(index.Search("rates", [](int, int q) { return q == 2; }).empty());
  EXPECT_TRUE(index.Search("?!", [](int, int) { return true; }).empty());
  EXPECT_TRUE(index.QueryTerms("...").empty());
  const auto hits = index.Search("landing", [](int, int) { return true; });
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].document, 3);
}

}  // namespace
}  // namespace textanalytics::core
