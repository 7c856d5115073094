#include "service/core/segmenter.h"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace textanalytics::core {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::IsEmpty;

std::vector<std::string> SentenceTexts(std::string_view text) {
  const Segmentation seg = Segment(text);
  std::vector<std::string> out;
  for (const Sentence& s : seg.sentences) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

std::vector<std::string> WordTexts(std::string_view text) {
  const Segmentation seg = Segment(text);
  std::vector<std::string> out;
  for (const Word& w : seg.words) {
    out.emplace_back(text.substr(w.begin, w.end - w.begin));
  }
  return out;
}

std::vector<std::string> BlockKinds(std::string_view text) {
  const Segmentation seg = Segment(text);
  std::vector<std::string> out;
  for (const Block& b : seg.blocks) {
    out.emplace_back(BlockKindName(b.kind));
  }
  return out;
}

// ---------------------------------------------------------------- Sentences

struct SentenceCase {
  const char* name;
  const char* text;
  std::vector<std::string> sentences;
};

void PrintTo(const SentenceCase& c, std::ostream* os) { *os << c.name; }

class SentenceTest : public ::testing::TestWithParam<SentenceCase> {};

TEST_P(SentenceTest, Splits) {
  EXPECT_THAT(SentenceTexts(GetParam().text),
              ElementsAreArray(GetParam().sentences))
      << GetParam().text;
}

const SentenceCase kSentenceCases[] = {
    {"TitlesAndSaint",
     "Dr. Smith flew to St. Louis on Monday. Then he left.",
     {"Dr. Smith flew to St. Louis on Monday.", "Then he left."}},
    {"MrMrsMs",
     "Mr. and Mrs. Jones met Ms. Lee at noon. They talked.",
     {"Mr. and Mrs. Jones met Ms. Lee at noon.", "They talked."}},
    {"MilitaryAndPoliticalTitles",
     "Gen. Mark Hale briefed Gov. Ann Ruiz, Sen. Tom Bell and Rep. Kay Ito. "
     "It was short.",
     {"Gen. Mark Hale briefed Gov. Ann Ruiz, Sen. Tom Bell and Rep. Kay Ito.",
      "It was short."}},
    {"CouncillorsConstablesAldermen",
     "Coun. Jo Fry and Const. Al Dee met Ald. Ray Okafor. It was short.",
     {"Coun. Jo Fry and Const. Al Dee met Ald. Ray Okafor.", "It was short."}},
    {"GraduateTitlesAndDegree",
     "Lic. Ana Ruiz met Ing. Raul Vega and a Ph.D. Student. It was short.",
     {"Lic. Ana Ruiz met Ing. Raul Vega and a Ph.D. Student.",
      "It was short."}},
    {"JuniorBeforeVerb",
     "Sammy Davis Jr. sang last night. Crowds cheered.",
     {"Sammy Davis Jr. sang last night.", "Crowds cheered."}},
    {"JuniorAtSentenceEnd",
     "The prize went to Sammy Davis Jr. The crowd cheered.",
     {"The prize went to Sammy Davis Jr.", "The crowd cheered."}},
    {"IncAndCorpMidSentence",
     "Apple Inc. said on Monday that Acme Corp. shares rose. Others fell.",
     {"Apple Inc. said on Monday that Acme Corp. shares rose.",
      "Others fell."}},
    // Rule: a company suffix before a capitalised word ends the sentence.
    {"CoAtSentenceEnd",
     "The mine is run by Harbin Power Industry Co. The company declined to "
     "comment.",
     {"The mine is run by Harbin Power Industry Co.",
      "The company declined to comment."}},
    {"CoEvenBeforeAName",
     "It signed with Harbin Power Co. Wang Lei, its chairman, agreed.",
     {"It signed with Harbin Power Co.", "Wang Lei, its chairman, agreed."}},
    {"CoLtdStaysTogether",
     "It owns Harbin Power Co. Ltd. shares. Others do not.",
     {"It owns Harbin Power Co. Ltd. shares.", "Others do not."}},
    {"CoAtBlockEnd",
     "Its iCloud service is run by the state-owned Harbin Data Industry Co.",
     {"Its iCloud service is run by the state-owned Harbin Data Industry "
      "Co."}},
    {"USBeforeName",
     "The U.S. Treasury sold bonds. The U.K. economy shrank.",
     {"The U.S. Treasury sold bonds.", "The U.K. economy shrank."}},
    {"USAtSentenceEnd",
     "Prices rose in the U.S. The euro fell.",
     {"Prices rose in the U.S.", "The euro fell."}},
    {"USBeforeQuote",
     "He lives in the U.S. \xE2\x80\x9CIt is home,\xE2\x80\x9D he said.",
     {"He lives in the U.S.", "\xE2\x80\x9CIt is home,\xE2\x80\x9D he said."}},
    {"AmPm",
     "Polls close at 9 p.m. on Tuesday. They open at 7 a.m. The queue is "
     "long.",
     {"Polls close at 9 p.m. on Tuesday.", "They open at 7 a.m.",
      "The queue is long."}},
    {"AmBeforeName",
     "The flight left at 7 a.m. Eastern time. It was late.",
     {"The flight left at 7 a.m. Eastern time.", "It was late."}},
    {"EgIeVs",
     "Some firms, e.g. Tencent, agreed. Others, i.e. Baidu, did not. "
     "Arsenal vs. Chelsea ended 2-1.",
     {"Some firms, e.g. Tencent, agreed.", "Others, i.e. Baidu, did not.",
      "Arsenal vs. Chelsea ended 2-1."}},
    {"NumberPrefixBeforeNumber",
     "He lives at No. 10 Downing Street. It is old.",
     {"He lives at No. 10 Downing Street.", "It is old."}},
    {"NoAsAWord",
     "The answer was No. The talks ended.",
     {"The answer was No.", "The talks ended."}},
    {"EtcContinues",
     "They sold shoes, hats, etc. and more. The shop shut.",
     {"They sold shoes, hats, etc. and more.", "The shop shut."}},
    {"EtcEnds",
     "They sold shoes, hats, etc. The shop shut.",
     {"They sold shoes, hats, etc.", "The shop shut."}},
    {"Initials",
     "James P. Mitchell joined J.P. Morgan in 2010. He left.",
     {"James P. Mitchell joined J.P. Morgan in 2010.", "He left."}},
    {"SpacedInitials",
     "The book by J. R. Hartley sold well. It is rare.",
     {"The book by J. R. Hartley sold well.", "It is rare."}},
    {"MoneyAndNumbers",
     "The group lost $2.1tn in value. Its shares fell 3.5% to 8,000 yuan. "
     "A 1.4bn market remains.",
     {"The group lost $2.1tn in value.", "Its shares fell 3.5% to 8,000 yuan.",
      "A 1.4bn market remains."}},
    {"SpacedEllipsisMidSentence",
     "That is data . . . You make sure you win. Fine.",
     {"That is data . . . You make sure you win.", "Fine."}},
    {"ThinSpacedEllipsis",
     "That is data\xE2\x80\x89.\xE2\x80\x89.\xE2\x80\x89.\xE2\x80\x89You win.",
     {"That is data\xE2\x80\x89.\xE2\x80\x89.\xE2\x80\x89.\xE2\x80\x89You "
      "win."}},
    {"EllipsisCharMidSentence",
     "It was fine\xE2\x80\xA6 Then it was not. Really.",
     {"It was fine\xE2\x80\xA6 Then it was not.", "Really."}},
    {"ThreeDotsMidSentence",
     "We waited... Nobody came. Then rain.",
     {"We waited... Nobody came.", "Then rain."}},
    {"FourDotsEndSentence",
     "He paused. . . . Then he spoke.",
     {"He paused. . . .", "Then he spoke."}},
    {"CurlyQuoteAfterStop",
     "\xE2\x80\x9CWe will win.\xE2\x80\x9D Then he left.",
     {"\xE2\x80\x9CWe will win.\xE2\x80\x9D", "Then he left."}},
    {"CurlyQuoteBeforeStop",
     "He called it \xE2\x80\x9C"
     "a disaster\xE2\x80\x9D. Then he left.",
     {"He called it \xE2\x80\x9C"
      "a disaster\xE2\x80\x9D.",
      "Then he left."}},
    {"StraightQuoteAfterStop",
     "He said \"no.\" Then he left.",
     {"He said \"no.\"", "Then he left."}},
    {"QuestionAndExclamation",
     "Is it over? Yes! It is.",
     {"Is it over?", "Yes!", "It is."}},
    {"QuestionInQuotesThenLowercase",
     "\xE2\x80\x9CWhy?\xE2\x80\x9D she asked. \xE2\x80\x9C"
     "Because.\xE2\x80\x9D",
     {"\xE2\x80\x9CWhy?\xE2\x80\x9D she asked.",
      "\xE2\x80\x9C"
      "Because.\xE2\x80\x9D"}},
    {"QuestionInQuotesThenNameAndVerb",
     "\xE2\x80\x9CIs this the end?\xE2\x80\x9D Johnson asked. Nobody spoke.",
     {"\xE2\x80\x9CIs this the end?\xE2\x80\x9D Johnson asked.",
      "Nobody spoke."}},
    {"StreetAtSentenceEnd",
     "He lives on Baker St. The house is old.",
     {"He lives on Baker St.", "The house is old."}},
    {"EmAndEnDashesDoNotSplit",
     "Several countries \xE2\x80\x94 both rich and poor \xE2\x80\x93 agreed. "
     "Others did not.",
     {"Several countries \xE2\x80\x94 both rich and poor \xE2\x80\x93 agreed.",
      "Others did not."}},
    {"ListMarkers",
     "1. Buy milk. 2. Sell eggs.",
     {"1. Buy milk.", "2. Sell eggs."}},
    {"DegreeAndCity",
     "She is a Ph.D. student in St. Petersburg. She left.",
     {"She is a Ph.D. student in St. Petersburg.", "She left."}},
    {"NeverCrossesABlock",
     "A line without a stop\nThe next line.",
     {"A line without a stop", "The next line."}},
    {"NoFinalPunctuation",
     "Markets rallied on Friday",
     {"Markets rallied on Friday"}},
    {"SurroundingSpacesExcluded",
     "  \xC2\xA0Hello there.\xC2\xA0  Bye now.  ",
     {"Hello there.", "Bye now."}},
    {"LonePunctuationJoinsItsSentence", "It ended. )", {"It ended. )"}},
    {"EmptyText", "", {}},
    {"WhitespaceOnly", " \t\xC2\xA0\r\n\xE2\x80\x89\n", {}},
};

INSTANTIATE_TEST_SUITE_P(Cases, SentenceTest,
                         ::testing::ValuesIn(kSentenceCases),
                         [](const auto& info) { return info.param.name; });

TEST(SegmenterTest, EmptyAndWhitespaceTextHaveNothing) {
  for (std::string_view text :
       {std::string_view(""), std::string_view(" \n\r\n\t\xC2\xA0 ")}) {
    const Segmentation seg = Segment(text);
    EXPECT_THAT(seg.blocks, IsEmpty());
    EXPECT_THAT(seg.sentences, IsEmpty());
    EXPECT_THAT(seg.words, IsEmpty());
  }
}

TEST(SegmenterTest, BlockWithoutLettersOrDigitsHasNoSentence) {
  const Segmentation seg = Segment("* * *\n\xE2\x80\x94");
  ASSERT_EQ(seg.blocks.size(), 2u);
  EXPECT_EQ(seg.blocks[0].kind, BlockKind::kBoilerplate);
  EXPECT_EQ(seg.blocks[1].kind, BlockKind::kBoilerplate);
  EXPECT_THAT(seg.sentences, IsEmpty());
}

TEST(SegmenterTest, CrlfAndLfMakeBlocksWithoutLineEnds) {
  const std::string text = "One here.\r\nTwo here.\r\n\r\n  Three here.\n";
  const Segmentation seg = Segment(text);
  ASSERT_EQ(seg.blocks.size(), 3u);
  EXPECT_EQ(
      text.substr(seg.blocks[0].begin, seg.blocks[0].end - seg.blocks[0].begin),
      "One here.");
  EXPECT_EQ(
      text.substr(seg.blocks[1].begin, seg.blocks[1].end - seg.blocks[1].begin),
      "Two here.");
  EXPECT_EQ(
      text.substr(seg.blocks[2].begin, seg.blocks[2].end - seg.blocks[2].begin),
      "Three here.");
  ASSERT_EQ(seg.sentences.size(), 3u);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(seg.sentences[i].block, i);
}

TEST(SegmenterTest, OtherLineBreaksSeparateBlocks) {
  // CR alone, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
  const std::string text =
      "One.\rTwo.\xC2\x85Three.\xE2\x80\xA8"
      "Four.\xE2\x80\xA9"
      "Five.";
  EXPECT_EQ(Segment(text).blocks.size(), 5u);
}

TEST(SegmenterTest, NonBreakingSpacesAreTrimmedFromBlocks) {
  const std::string text =
      "\xC2\xA0\xC2\xA0"
      "Body text here.\xC2\xA0";
  const Segmentation seg = Segment(text);
  ASSERT_EQ(seg.blocks.size(), 1u);
  EXPECT_EQ(seg.blocks[0].begin, 4u);
  EXPECT_EQ(seg.blocks[0].end, text.size() - 2);
}

// -------------------------------------------------------------------- Words

struct WordCase {
  const char* name;
  const char* text;
  std::vector<std::string> words;
};

void PrintTo(const WordCase& c, std::ostream* os) { *os << c.name; }

class WordTest : public ::testing::TestWithParam<WordCase> {};

TEST_P(WordTest, Finds) {
  EXPECT_THAT(WordTexts(GetParam().text), ElementsAreArray(GetParam().words))
      << GetParam().text;
}

const WordCase kWordCases[] = {
    {"CurlyApostrophe",
     "China\xE2\x80\x99s leader",
     {"China\xE2\x80\x99s", "leader"}},
    {"StraightApostrophe",
     "They don't know O'Brien.",
     {"They", "don't", "know", "O'Brien"}},
    {"TrailingApostropheIsNotPartOfTheWord",
     "our users\xE2\x80\x99 data and the users' data",
     {"our", "users", "data", "and", "the", "users", "data"}},
    {"Hyphens",
     "data-rich China-made e-CNY co-founder US-China",
     {"data-rich", "China-made", "e-CNY", "co-founder", "US-China"}},
    {"UnicodeHyphen",
     "a well\xE2\x80\x90known case",
     {"a", "well\xE2\x80\x90known", "case"}},
    {"DoubleHyphenIsNotAHyphen", "before--after", {"before", "after"}},
    {"DashesAreNotWords",
     "war \xE2\x80\x94 peace \xE2\x80\x93 calm\xE2\x80\x94then",
     {"war", "peace", "calm", "then"}},
    {"MoneyAndNumbers",
     "$2.1tn, 1.4bn people, 8,000 cameras, 3.5% growth",
     {"2.1tn", "1.4bn", "people", "8,000", "cameras", "3.5", "growth"}},
    {"OrdinalsAndUnits",
     "the 21st century, 415m cameras, 1m users",
     {"the", "21st", "century", "415m", "cameras", "1m", "users"}},
    {"CommaAfterNumberIsPunctuation",
     "In 2013, 2014 and 1984.",
     {"In", "2013", "2014", "and", "1984"}},
    {"AbbreviationKeepsInnerStops",
     "the U.S. economy",
     {"the", "U.S", "economy"}},
    {"CurlyQuotesAreNotWords",
     "\xE2\x80\x9CHello,\xE2\x80\x9D she said.",
     {"Hello", "she", "said"}},
    {"NonBreakingSpaceSeparates",
     "manage\xC2\xA0its own",
     {"manage", "its", "own"}},
    {"CombiningMarkStaysInWord",
     "cafe\xCC\x81 na\xC3\xAFve",
     {"cafe\xCC\x81", "na\xC3\xAFve"}},
    {"NonLatinLetters",
     "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 and "
     "\xE6\x9D\xB1\xE4\xBA\xAC",
     {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "and",
      "\xE6\x9D\xB1\xE4\xBA\xAC"}},
    {"AmpersandBetweenCapitals",
     "AT&T and S&P 500 rose; R & D fell",
     {"AT&T", "and", "S&P", "500", "rose", "R", "D", "fell"}},
    {"SymbolsAreNotWords", "# @ & % $ \xC2\xA9 *", {}},
    {"BracketsAndSlash",
     "(on data) 24/7 [Xi Jinping]",
     {"on", "data", "24", "7", "Xi", "Jinping"}},
};

INSTANTIATE_TEST_SUITE_P(Cases, WordTest, ::testing::ValuesIn(kWordCases),
                         [](const auto& info) { return info.param.name; });

TEST(SegmenterTest, WordsRecordOffsetsSentenceAndHasLetter) {
  const std::string text = "It cost $2.1tn. Then 8,000 fell.";
  const Segmentation seg = Segment(text);
  ASSERT_EQ(seg.words.size(), 6u);
  // "2.1tn" without the dollar sign.
  EXPECT_EQ(seg.words[2].begin, 9u);
  EXPECT_EQ(seg.words[2].end, 14u);
  std::vector<int> sentence;
  std::vector<bool> has_letter;
  for (const Word& w : seg.words) {
    sentence.push_back(w.sentence);
    has_letter.push_back(w.has_letter);
  }
  EXPECT_THAT(sentence, ElementsAre(0, 0, 0, 1, 1, 1));
  EXPECT_THAT(has_letter, ElementsAre(true, true, true, true, false, true));
}

TEST(SegmenterTest, DecimalAndPlainNumbersHaveNoLetter) {
  const Segmentation seg = Segment("3.5 and 1984");
  ASSERT_EQ(seg.words.size(), 3u);
  EXPECT_FALSE(seg.words[0].has_letter);
  EXPECT_TRUE(seg.words[1].has_letter);
  EXPECT_FALSE(seg.words[2].has_letter);
}

// --------------------------------------------------------------- Block kinds

struct KindCase {
  const char* name;
  const char* text;
  std::vector<std::string> kinds;  // one per block
};

void PrintTo(const KindCase& c, std::ostream* os) { *os << c.name; }

class BlockKindTest : public ::testing::TestWithParam<KindCase> {};

TEST_P(BlockKindTest, Classifies) {
  EXPECT_THAT(BlockKinds(GetParam().text), ElementsAreArray(GetParam().kinds))
      << GetParam().text;
}

// A body paragraph to put after the block under test.
#define PARA                                                             \
  "The council said the new rules would apply from April and that most " \
  "residents would see no change to their bills."

const KindCase kKindCases[] = {
    // Boilerplate.
    {"CopyrightAllRightsReserved",
     PARA "\n\nCopyright 2023 Example Gazette Ltd. All rights reserved.",
     {"body", "boilerplate"}},
    {"CopyrightSignWithYear",
     PARA "\n\xC2\xA9 2024 The Daily Example",
     {"body", "boilerplate"}},
    {"CopyrightSignWithCompany",
     PARA "\n\xC2\xA9 Example News Media Limited",
     {"body", "boilerplate"}},
    {"CopyrightWithYear",
     PARA "\nCopyright 2022 Northern Post",
     {"body", "boilerplate"}},
    {"ShareFollowComments",
     PARA "\nShare this article\nFollow us on Facebook\nJump to comments\n"
          "Comments",
     {"body", "boilerplate", "boilerplate", "boilerplate", "boilerplate"}},
    {"NewsletterAndReadMore",
     PARA "\nSign up to the Morning Briefing newsletter\nRead more: Why "
          "rents keep rising",
     {"body", "boilerplate", "boilerplate"}},
    {"BylineAndAgencyTrailer",
     "By Jane Doe, Business reporter\n" PARA
     "\nReporting by Tom Ng; Editing by Ann Cole",
     {"boilerplate", "body", "boilerplate"}},
    {"WordlessSeparator",
     PARA "\n* * *\n" PARA,
     {"body", "boilerplate", "body"}},
    {"TimeStampsAndBylineWithoutBy",
     "Sam Park Economics correspondent\nWed 4 Jan 2023 07.30 GMT\n"
     "Published\n12 March 2024\n" PARA,
     {"boilerplate", "boilerplate", "boilerplate", "boilerplate", "body"}},
    {"ContributedToThisReport",
     PARA "\nAssociated Press writer Ann Lee in Rome contributed to this "
          "report.",
     {"body", "boilerplate"}},
    {"BylineWithTimeStamps",
     "Jessica Cheng \xC2\xB7 CBC News \xC2\xB7 Posted: Feb 11, 2025 4:00 AM "
     "EST | Last Updated: 2 hours ago\n" PARA
     "\nNew Delhi | Updated: August 22, 2025 07:15 IST",
     {"boilerplate", "body", "boilerplate"}},
    {"TopicTagsAfterBoilerplate",
     PARA "\nExplore more on these topics\nHousing\nLocal government\n"
          "Share",
     {"body", "boilerplate", "boilerplate", "boilerplate", "boilerplate"}},
    {"LinksToTheStoriesBeforeAndAfter",
     PARA "\n\xC2\xAB Previous: Man charged in \"Route 1\" crash\nNext "
          "\xC2\xBB Lawmakers weigh new limits on rentals",
     {"body", "boilerplate", "boilerplate"}},
    // Credit.
    {"CopyrightSignWithAgency", PARA "\n\xC2\xA9 Reuters", {"body", "credit"}},
    {"CreditLabels",
     PARA "\nPhoto: Reuters\nPhotograph: Jane Doe/AP\nCredit: Sam Lee/"
          "Example Times\nIllustration by Kim Park\nImage source, Getty "
          "Images",
     {"body", "credit", "credit", "credit", "credit", "credit"}},
    {"NytCredit",
     PARA "\nCredit...Doug Mills/The New York Times",
     {"body", "credit"}},
    {"ParenthesisedCredit", PARA "\n(Getty Images)", {"body", "credit"}},
    {"CaptionWithTrailingCredit",
     PARA "\nProtesters march through central Paris on Saturday \xC2\xA9 "
          "EPA-EFE",
     {"body", "credit"}},
    {"CaptionWithGuardianCredit",
     PARA "\nFirefighters at the scene in Leeds. Photograph: Tom Jones/PA",
     {"body", "credit"}},
    {"CaptionWithApCredit",
     PARA "\nThe president waves to supporters in Ohio on Friday. (AP "
          "Photo/Jane Doe)",
     {"body", "credit"}},
    {"AgencyOnlyLine", PARA "\nSpencer Platt/Getty Images", {"body", "credit"}},
    // Caption.
    {"ChartDescriptions",
     PARA "\nBar chart of unemployment by region\nMap showing the flooded "
          "areas\nGraphic: how the vote works",
     {"body", "caption", "caption", "caption"}},
    {"CaptionLineBeforeCredit",
     PARA "\nFirefighters tackle the blaze in Leeds\nFirefighters tackle "
          "the blaze \xC2\xA9 PA Media\n" PARA,
     {"body", "caption", "credit", "body"}},
    {"PunctuatedCaptionRepeatedByCredit",
     PARA "\nFirefighters tackle the blaze in Leeds on Monday.\n"
          "Firefighters tackle the blaze in Leeds on Monday \xC2\xA9 PA "
          "Media",
     {"body", "caption", "credit"}},
    {"BbcImageCaption",
     PARA "\nImage source, Reuters\nImage caption, Rescue teams worked "
          "through the night",
     {"body", "credit", "caption"}},
    // Heading.
    {"SubheadingBeforeParagraph",
     PARA "\n\nMarkets react\n\n" PARA,
     {"body", "heading", "body"}},
    {"TitleAtTop", "Council tax to rise by 5%\n" PARA, {"heading", "body"}},
    {"TitleThenFurnitureThenText",
     "Council tax to rise by 5%\nShare\nImage source, Getty Images\n" PARA,
     {"heading", "boilerplate", "credit", "body"}},
    // Body: the rules must not take prose for furniture.
    {"ProseBeforeCreditStaysBody",
     PARA "\nRescue teams searched the river \xC2\xA9 Reuters",
     {"body", "credit"}},
    {"QuestionIsNotAHeading", "What happens next?\n" PARA, {"body", "body"}},
    {"ShortLineWithoutFollowingProse",
     PARA "\nThe end of the story",
     {"body", "body"}},
    {"HeadingNeedsACapital", "and then the rain came\n" PARA, {"body", "body"}},
    {"CueWordsInProse",
     "Share prices fell 3% on Monday after the results.\n"
     "Comments made by the minister angered the opposition.\n"
     "By the end of the year, prices had doubled.\n"
     "Follow the money, investigators say.\n"
     "Copyright law was changed in 2019 to protect artists.\n"
     "Updated figures show inflation rose.\n"
     "Source material was scarce, she said.\n"
     "On 3 May the editor resigned.",
     {"body", "body", "body", "body", "body", "body", "body", "body"}},
    {"ShortProseLinesAreNotTags",
     PARA "\nComments\nHe disagreed.\nShe did not",
     {"body", "boilerplate", "body", "body"}},
};

#undef PARA

INSTANTIATE_TEST_SUITE_P(Cases, BlockKindTest, ::testing::ValuesIn(kKindCases),
                         [](const auto& info) { return info.param.name; });

TEST(SegmenterTest, BlockKindNames) {
  EXPECT_EQ(BlockKindName(BlockKind::kBody), "body");
  EXPECT_EQ(BlockKindName(BlockKind::kHeading), "heading");
  EXPECT_EQ(BlockKindName(BlockKind::kCaption), "caption");
  EXPECT_EQ(BlockKindName(BlockKind::kCredit), "credit");
  EXPECT_EQ(BlockKindName(BlockKind::kBoilerplate), "boilerplate");
}

}  // namespace
}  // namespace textanalytics::core
