// ExtractQuotes on small texts written for each pattern and trap of issue 4:
// marks (curly, straight, nested, apostrophes, unbalanced), kinds, cues,
// attribution patterns and speaker resolution. The texts are made up; none
// comes from the seed article or the gold fixtures.
#include "service/core/quotes.h"

#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "service/core/quotes_lexicon.h"
#include "service/core/segmenter.h"

namespace textanalytics::core {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A quotation reduced to what the tests compare.
struct Q {
  std::string kind;
  std::string speaker;
  std::string text;
  bool operator==(const Q& o) const {
    return kind == o.kind && speaker == o.speaker && text == o.text;
  }
};

std::ostream& operator<<(std::ostream& os, const Q& q) {
  return os << "{" << q.kind << ", \"" << q.speaker << "\", \"" << q.text
            << "\"}";
}

std::vector<Quote> Extract(const std::string& text) {
  return ExtractQuotes(text, Segment(text));
}

std::vector<Q> Quotes(const std::string& text) {
  std::vector<Q> out;
  for (const Quote& q : Extract(text)) {
    out.push_back(
        {std::string(QuoteKindName(q.kind)), q.speaker.name, q.Text(text)});
  }
  return out;
}

Q Direct(std::string speaker, std::string text) {
  return {"direct", std::move(speaker), std::move(text)};
}
Q Partial(std::string speaker, std::string text) {
  return {"partial", std::move(speaker), std::move(text)};
}
Q Term(std::string text) { return {"term", "", std::move(text)}; }

// ------------------------------------------------------------------ marks

TEST(QuoteMarksTest, CurlyPairAndOffsets) {
  std::string text =
      "Harbour pilots went on strike on Friday.\n\n"
      "“We are not paid for the night shifts,” Lena Brandt said.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  const Quote& q = quotes[0];
  EXPECT_EQ(q.Text(text), "We are not paid for the night shifts,");
  ASSERT_EQ(q.parts.size(), 1u);
  EXPECT_EQ(text.substr(q.outer.begin, 3), "“");
  EXPECT_EQ(text.substr(q.outer.end - 3, 3), "”");
  EXPECT_EQ(q.first_block, 1);
  EXPECT_EQ(q.last_block, 1);
  EXPECT_EQ(q.speaker.name, "Lena Brandt");
  EXPECT_EQ(q.speaker.mention, "Lena Brandt");
  EXPECT_EQ(q.speaker.attribution, Attribution::kExplicit);
  EXPECT_EQ(q.cue, "said");
  EXPECT_EQ(text.substr(q.cue_span.begin, q.cue_span.end - q.cue_span.begin),
            "said");
}

TEST(QuoteMarksTest, StraightMarksPairedByPosition) {
  std::string text =
      "The ferry was late again.\n\n"
      "\"Nobody told us a thing,\" said Omar Haddad. \"We waited for four "
      "hours.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Omar Haddad", "Nobody told us a thing,"),
                          Direct("Omar Haddad", "We waited for four hours.")));
}

TEST(QuoteMarksTest, NestedSingleQuotesStayInside) {
  std::string text =
      "A union official described the meeting.\n\n"
      "“The manager said ‘take it or leave it’ and walked out,” said Rosa "
      "Lind.\n\n"
      "\"He called it 'a final offer,'\" she added.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Rosa Lind",
                         "The manager said ‘take it or leave "
                         "it’ and walked out,"),
                  Direct("Rosa Lind", "He called it 'a final offer,'")));
}

TEST(QuoteMarksTest, StraightMarksNestedInCurlyOnes) {
  std::string text =
      "The hearing resumed.\n\n"
      "“He said \"no\" to me twice,” said Dora Finch. “Mixed marks,\" she "
      "added.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Dora Finch", "He said \"no\" to me twice,"),
                          Direct("Dora Finch", "Mixed marks,")));
}

TEST(QuoteMarksTest, ApostrophesAreNeverMarks) {
  std::string text =
      "The Smiths' shop sold records from the '60s and rock 'n' roll "
      "posters.\n\n"
      "It didn’t survive the ’90s, and the owners' sons won't reopen it.\n\n"
      "Mike O'Neill, who's 80, said he'd miss the Joneses' stall.\n";
  EXPECT_THAT(Quotes(text), IsEmpty());
}

TEST(QuoteMarksTest, ApostrophesInsideAQuote) {
  std::string text =
      "The shop closed on Sunday.\n\n"
      "“We’ve had the ’70s, the ’80s and the Joneses’ parties,” said Ken "
      "Pryce.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Ken Pryce",
                                 "We’ve had the ’70s, the ’80s and the "
                                 "Joneses’ parties,")));
}

TEST(QuoteMarksTest, InchMarkIsNotAQuote) {
  std::string text = "The rower, who is 6'4\" tall, won the final.\n";
  EXPECT_THAT(Quotes(text), IsEmpty());
}

TEST(QuoteMarksTest, StraightMarkAfterADigitClosesAnOpenQuote) {
  std::string text =
      "The club has a new target.\n\n"
      "\"We want to be in the top four by 2026\", said Rhys Morgan, whose "
      "goal came after 20\".\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].Text(text), "We want to be in the top four by 2026");
  EXPECT_EQ(quotes[0].speaker.name, "Rhys Morgan");
}

TEST(QuoteMarksTest, UnclosedQuoteEndsAtItsParagraph) {
  std::string text =
      "Ivo Petrov spoke after the vote.\n\n"
      "Petrov said: “The count was fair. We accept it.\n\n"
      "The opposition said it would appeal.\n\n"
      "“We will go to court,” said Mira Kolev.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].Text(text), "The count was fair. We accept it.");
  EXPECT_EQ(quotes[0].speaker.name, "Ivo Petrov");
  EXPECT_EQ(quotes[0].first_block, quotes[0].last_block);
  EXPECT_EQ(quotes[1].Text(text), "We will go to court,");
  EXPECT_EQ(quotes[1].speaker.name, "Mira Kolev");
}

TEST(QuoteMarksTest, StrayClosingMarkIsIgnored) {
  std::string text =
      "The bridge was inspected in May” and passed, officials said.\n\n"
      "“It is safe,” said Tom Reyes.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Tom Reyes", "It is safe,")));
}

TEST(QuoteMarksTest, MultiParagraphQuotation) {
  std::string text =
      "Coach Dana Whitfield spoke to reporters after the defeat.\n\n"
      "“We were second to every ball. That is on me.\n\n"
      "“We start again on Monday,” she said.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].Text(text),
            "We were second to every ball. That is on me.\n"
            "We start again on Monday,");
  EXPECT_EQ(quotes[0].parts.size(), 2u);
  EXPECT_EQ(quotes[0].first_block, 1);
  EXPECT_EQ(quotes[0].last_block, 2);
  EXPECT_EQ(quotes[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(quotes[0].speaker.name, "Dana Whitfield");
  EXPECT_EQ(quotes[0].speaker.mention, "she");
  EXPECT_EQ(quotes[0].speaker.attribution, Attribution::kCoreference);
}

TEST(QuoteMarksTest, MultiParagraphStraightQuotationOfThreeParagraphs) {
  std::string text =
      "The inspector Kwame Mensah read his findings on Tuesday.\n\n"
      "\"The wiring was never tested.\n\n"
      "\"The alarms were switched off.\n\n"
      "\"Both failures were known to the owners.\"\n\n"
      "The owners have not commented.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].Text(text),
            "The wiring was never tested.\nThe alarms were switched off.\n"
            "Both failures were known to the owners.");
  EXPECT_EQ(quotes[0].speaker.name, "Kwame Mensah");
}

TEST(QuoteMarksTest, OpenQuoteBeforeANonQuoteParagraphDoesNotContinue) {
  std::string text =
      "Ana Ruiz said: “The rates will rise.\n\n"
      "Markets fell on the news.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].Text(text), "The rates will rise.");
  EXPECT_EQ(quotes[0].last_block, 0);
}

// Random strings of marks, apostrophes, words and paragraph breaks: no
// crash, valid spans, and no quotation across paragraphs unless the next
// paragraph opens with a mark.
TEST(QuoteMarksTest, GarbageNeverCrashesOrSpansParagraphsWrongly) {
  const char* pieces[] = {"“",    "”",     "\"",   "'", "‘", "’",    " ",
                          "word", "Smith", "said", ",", ".", ":",    "\n\n",
                          "\n",   "he",    "«",    "»", "—", "it’s", "'90s"};
  std::mt19937 rng(12345);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    int n = 1 + rng() % 60;
    for (int i = 0; i < n; ++i) text += pieces[rng() % std::size(pieces)];
    Segmentation seg = Segment(text);
    std::vector<Quote> quotes = ExtractQuotes(text, seg);
    for (const Quote& q : quotes) {
      ASSERT_FALSE(q.parts.empty()) << text;
      ASSERT_LE(q.outer.begin, q.outer.end) << text;
      ASSERT_LE(q.outer.end, text.size()) << text;
      for (size_t p = 0; p < q.parts.size(); ++p) {
        ASSERT_LE(q.parts[p].begin, q.parts[p].end) << text;
        ASSERT_LE(q.parts[p].end, text.size()) << text;
        // A part never holds a paragraph break.
        std::string part =
            text.substr(q.parts[p].begin, q.parts[p].end - q.parts[p].begin);
        ASSERT_EQ(part.find('\n'), std::string::npos) << text;
      }
      ASSERT_EQ(static_cast<int>(q.parts.size()),
                q.last_block - q.first_block + 1)
          << text;
      // Every later part's block opens with a mark.
      for (int b = q.first_block + 1; b <= q.last_block; ++b) {
        std::string_view block(text.data() + seg.blocks[b].begin,
                               seg.blocks[b].end - seg.blocks[b].begin);
        ASSERT_TRUE(block.rfind("“", 0) == 0 || block.rfind("\"", 0) == 0 ||
                    block.rfind("«", 0) == 0)
            << text;
      }
      q.Text(text);
    }
  }
}

TEST(QuoteMarksTest, NameHeavyGarbageNeverCrashes) {
  // The name, surname and nickname rules: surnames shared and written
  // alone, names given as each other's, things, titles, initials.
  const char* pieces[] = {"“",
                          "”",
                          "\"",
                          " ",
                          ", ",
                          ". ",
                          "\n\n",
                          "said",
                          "she said",
                          "he says",
                          "Leah ",
                          "Akavak",
                          "Martha ",
                          "Akavak's",
                          ", 31, ",
                          "records as ",
                          "Saint ",
                          "Quay ",
                          "Dorsey",
                          "album, ",
                          "the ",
                          "Limited",
                          "Republic of ",
                          "Bank",
                          "Mairéad ",
                          "Namibia",
                          "and ",
                          "Police ",
                          "Superintendent of ",
                          "V. ",
                          "(N ward) ",
                          "MEC ",
                          "An ",
                          "Post",
                          "’s",
                          "CDC",
                          "for ",
                          "Disease Control",
                          "the two banks"};
  std::mt19937 rng(2026);
  for (int round = 0; round < 600; ++round) {
    std::string text;
    int n = 1 + rng() % 80;
    for (int i = 0; i < n; ++i) text += pieces[rng() % std::size(pieces)];
    Segmentation seg = Segment(text);
    for (const Quote& q : ExtractQuotes(text, seg)) {
      ASSERT_LE(q.outer.end, text.size()) << text;
      q.Text(text);
    }
  }
}

TEST(QuoteMarksTest, EmptyAndMarkOnlyTexts) {
  EXPECT_THAT(Quotes(""), IsEmpty());
  EXPECT_THAT(Quotes("“"), IsEmpty());
  EXPECT_THAT(Quotes("\"\""), IsEmpty());
  EXPECT_THAT(Quotes("”“"), IsEmpty());
}

// ------------------------------------------------------------------ kinds

TEST(QuoteKindTest, TermsAreShortAndUnattributed) {
  std::string text =
      "The city’s so-called “green belt” has shrunk every year.\n\n"
      "Residents call the ring road “the moat”, and the council’s "
      "“Better Streets” plan has stalled.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("green belt"), Term("the moat"),
                                        Term("Better Streets")));
}

TEST(QuoteKindTest, PartialFragmentAttributedInItsSentence) {
  std::string text =
      "Finance minister Tariq Aziz defended the budget on Monday.\n\n"
      "He said that “every rupee will be accounted for” and that the "
      "deficit was “under control”.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Tariq Aziz", "every rupee will be accounted for"),
                  Partial("Tariq Aziz", "under control")));
}

TEST(QuoteKindTest, UnattributedSentenceIsNotATerm) {
  std::string text =
      "Nobody at the plant would comment.\n\n"
      "A note pinned to the gate read: “Closed until further notice. Do "
      "not call.”\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_NE(quotes[0].kind, QuoteKind::kTerm);
}

TEST(QuoteKindTest, AQuoteThatIsItsOwnParagraphIsSpeech) {
  std::string text =
      "Mira Holt was asked whether she would resign.\n\n"
      "\"Absolutely not\"\n\n"
      "The reporters laughed.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Mira Holt", "Absolutely not")));
}

// ----------------------------------------------------------------- cues

TEST(QuoteCueTest, LexiconHasSixtyLemmasInAllForms) {
  EXPECT_GE(quotes_internal::NumCueLemmas(), 60);
  for (const char* form :
       {"say",        "says",       "said",       "saying",       "tell",
        "told",       "add",        "added",      "insists",      "argued",
        "warning",    "wrote",      "written",    "explains",     "asked",
        "recalled",   "notes",      "claimed",    "admitted",     "declared",
        "replied",    "stated",     "commented",  "acknowledges", "announced",
        "asserts",    "concluded",  "confirmed",  "continued",    "denied",
        "describes",  "emphasised", "emphasized", "estimated",    "mentioned",
        "observed",   "pointed",    "predicted",  "promised",     "remarked",
        "reported",   "responded",  "revealed",   "stressed",     "suggests",
        "tweeted",    "urged",      "cautioned",  "conceded",     "complained",
        "contended",  "countered",  "maintained", "quipped",      "recounted",
        "reiterated", "testified",  "vowed",      "boasted",      "lamented",
        "joked",      "whispered",  "shouted"}) {
    EXPECT_NE(quotes_internal::FindCue(form), nullptr) << form;
  }
  EXPECT_EQ(quotes_internal::FindCue("table"), nullptr);
  EXPECT_TRUE(quotes_internal::FindCue("told")->tell);
  EXPECT_EQ(quotes_internal::FindCue("said")->lemma, "say");
}

TEST(QuoteCueTest, LessCommonVerbsAttribute) {
  std::string text =
      "The trial of Jonas Berg resumed on Wednesday.\n\n"
      "“I never saw the money,” Berg testified.\n\n"
      "“Then who did?” countered the prosecutor, Hilde Moe.\n\n"
      "“We will appeal,” vowed his lawyer, Erik Dahl.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Jonas Berg", "I never saw the money,"),
                          Direct("Hilde Moe", "Then who did?"),
                          Direct("Erik Dahl", "We will appeal,")));
}

TEST(QuoteCueTest, PointOutNeedsItsParticle) {
  std::string text =
      "The audit covered three years.\n\n"
      "“The gaps are in the paperwork, not the accounts,” pointed out the "
      "auditor, Nina Sato.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Nina Sato",
                                 "The gaps are in the "
                                 "paperwork, not the accounts,")));
}

// --------------------------------------------------------------- patterns

TEST(QuotePatternTest, QuoteCommaNameSaid) {
  std::string text =
      "Teachers in Leeds voted to strike.\n\n"
      "“Pay has fallen for ten years,” Carol Atkins said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Carol Atkins", "Pay has fallen for ten years,")));
}

TEST(QuotePatternTest, QuoteCommaSaidName) {
  std::string text =
      "Teachers in Leeds voted to strike.\n\n"
      "“Pay has fallen for ten years,” said Carol Atkins.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Carol Atkins", "Pay has fallen for ten years,")));
}

TEST(QuotePatternTest, NameSaidColon) {
  std::string text =
      "The airline cut 40 routes.\n\n"
      "Its chief executive, Paolo Greco, said: “We had no choice. Fuel "
      "doubled.”\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Paolo Greco",
                                               "We had no choice. Fuel "
                                               "doubled.")));
}

TEST(QuotePatternTest, NameSaidThat) {
  std::string text =
      "Ruth Okoye led the protest.\n\n"
      "Okoye said that “no family should choose between heat and food”.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(quotes[0].speaker.name, "Ruth Okoye");
  EXPECT_EQ(quotes[0].speaker.mention, "Okoye");
  EXPECT_EQ(quotes[0].speaker.attribution, Attribution::kCoreference);
}

TEST(QuotePatternTest, AppositiveBetweenNameAndVerb) {
  std::string text =
      "Rents rose again in March.\n\n"
      "“Supply is the whole story,” Priya Nair, an economist at Halden "
      "Bank, said.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Priya Nair");
  EXPECT_EQ(quotes[0].speaker.description, "an economist at Halden Bank");
}

TEST(QuotePatternTest, SaysNameHeadOf) {
  std::string text =
      "Rents rose again in March.\n\n"
      "“Supply is the whole story,” says Priya Nair, head of research at "
      "Halden Bank, a lender in Oslo.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Priya Nair");
  EXPECT_EQ(quotes[0].speaker.description, "head of research at Halden Bank");
  EXPECT_EQ(quotes[0].cue, "says");
}

TEST(QuotePatternTest, SplitQuote) {
  std::string text =
      "The harvest was the worst in memory.\n\n"
      "“The rain came too late,” Marta Silva said, “and then it would not "
      "stop.”\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Marta Silva", "The rain came too late,"),
                  Direct("Marta Silva", "and then it would not stop.")));
}

TEST(QuotePatternTest, FollowOnQuoteInTheSameParagraph) {
  std::string text =
      "The harvest was the worst in memory.\n\n"
      "“The rain came too late,” said Marta Silva. “We lost half the "
      "grapes.”\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker.name, "Marta Silva");
  EXPECT_EQ(quotes[1].speaker.attribution, Attribution::kContinuation);
}

TEST(QuotePatternTest, ContinuationParagraphWithoutCue) {
  std::string text =
      "The harvest was the worst in memory.\n\n"
      "“The rain came too late,” said Marta Silva.\n\n"
      "“We lost half the grapes and most of the pickers.”\n\n"
      "Prices are expected to rise.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker.name, "Marta Silva");
  EXPECT_EQ(quotes[1].speaker.attribution, Attribution::kContinuation);
  EXPECT_EQ(quotes[1].kind, QuoteKind::kDirect);
}

TEST(QuotePatternTest, SpeakerNamedInTheSentenceBefore) {
  std::string text =
      "The mayor, Jorge Campos, was unrepentant. “I would do it again.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Jorge Campos", "I would do it again.")));
}

TEST(QuotePatternTest, TwoSpeakersInOneParagraph) {
  std::string text =
      "The vote split the council.\n\n"
      "“It is a good deal,” said councillor Ama Owusu, while her rival Kofi "
      "Boateng replied: “It is a giveaway.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Ama Owusu", "It is a good deal,"),
                          Direct("Kofi Boateng", "It is a giveaway.")));
}

TEST(QuotePatternTest, SecondVerbSharesTheSubject) {
  std::string text =
      "The gallery reopened on Friday.\n\n"
      "Its director, Pieter Aalders, described the show as “brave” and said "
      "attendance had been “extraordinary”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Pieter Aalders", "brave"),
                          Partial("Pieter Aalders", "extraordinary")));
}

TEST(QuotePatternTest, RelativePronounSubject) {
  std::string text =
      "The union has a long memory.\n\n"
      "She recalled a colleague who had told her: “We are curators, not "
      "clowns.”\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("a colleague",
                                               "We are curators, not "
                                               "clowns.")));
}

TEST(QuotePatternTest, PassiveAgentSpeaks) {
  std::string text =
      "Tomas Brennan left school at 15.\n\n"
      "He was told by a teacher that he would “never amount to anything”. "
      "“I proved her wrong,” he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("a teacher", "never amount to anything"),
                          Direct("Tomas Brennan", "I proved her wrong,")));
}

TEST(QuotePatternTest, AnswerAfterAnInterviewersQuestion) {
  std::string text =
      "The pianist Ada Roth met us in Vienna. “I practise eight hours a "
      "day,” she says.\n\n"
      "What does she do on holiday?\n\n"
      "“I practise four hours a day.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Ada Roth", "I practise eight hours a day,"),
                          Direct("Ada Roth", "I practise four hours a day.")));
}

TEST(QuoteSpeakerTest, SpokespersonForAnOrganisationIsUnnamed) {
  std::string text =
      "Rents rose again.\n\n"
      "A spokesperson for the Ministry of Housing said: “We have given "
      "councils £1bn.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("A spokesperson for the Ministry of Housing",
                                 "We have given councils £1bn.")));
}

TEST(QuotePatternTest, VerbGroupWithTo) {
  std::string text =
      "Kieran Shaw presented the morning show for 30 years.\n\n"
      "His brother Sean said he was “devastated”. Shaw liked to joke that "
      "he was “the only DJ who never played a record on time”.\n";
  // (His brother Sean is a Shaw: see HerHusbandTomIsOfHerFamily.)
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Sean Shaw", "devastated"),
                                        Partial("Kieran Shaw",
                                                "the only DJ who never "
                                                "played a record on time")));
}

TEST(QuotePatternTest, PassiveListenerIsNotTheSpeaker) {
  std::string text =
      "Unions criticised the move.\n\n"
      "Union leader Magnus Berg said members had been told “nothing in "
      "advance”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Magnus Berg", "nothing in advance")));
}

TEST(QuotePatternTest, AccordingTo) {
  std::string text =
      "Exports fell by a fifth, according to the Baltic Trade Institute.\n\n"
      "“Orders have dried up,” according to Lars Vik, a shipping broker.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Lars Vik", "Orders have dried up,")));
}

// --------------------------------------------------------------- speakers

TEST(QuoteSpeakerTest, TitlesAndInitialsStayOutOfTheName) {
  std::string text =
      "The hearing was chaired by Sen. Walter J. Brennan.\n\n"
      "“This is not a witch hunt,” Mr. Brennan said.\n\n"
      "“We simply want answers,” said Dr. Alice van der Berg, a witness.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Walter J. Brennan", "This is not a witch hunt,"),
                  Direct("Alice van der Berg", "We simply want answers,")));
}

TEST(QuoteSpeakerTest, SurnameResolvesToTheFullestEarlierName) {
  std::string text =
      "Mining tycoon Gina Rinaldi bought the club in 2019.\n\n"
      "“I did not buy it to lose,” Rinaldi told fans.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Gina Rinaldi");
  EXPECT_EQ(quotes[0].speaker.mention, "Rinaldi");
}

TEST(QuoteSpeakerTest, NonWesternNames) {
  std::string text =
      "The conference heard from Li Wenjun and Nguyen Thi Lan.\n\n"
      "“Costs are falling,” said Li Wenjun, a battery engineer.\n\n"
      "“But not fast enough,” Nguyen Thi Lan added.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Li Wenjun", "Costs are falling,"),
                          Direct("Nguyen Thi Lan", "But not fast enough,")));
}

TEST(QuoteSpeakerTest, PronounsFollowGender) {
  std::string text =
      "Maria Costa and her deputy, Pedro Alves, disagreed on Tuesday.\n\n"
      "“We need the money now,” she said.\n\n"
      "“We need a plan first,” he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Maria Costa", "We need the money now,"),
                          Direct("Pedro Alves", "We need a plan first,")));
}

TEST(QuoteSpeakerTest, PronounPrefersTheSubjectOverAnObject) {
  std::string text =
      "Kelly Marsh met her lawyer, Anna Smith, on Monday. “I trust her "
      "completely,” she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Kelly Marsh", "I trust her completely,")));
}

TEST(QuoteSpeakerTest, PronounAfterANarrativeSentence) {
  std::string text =
      "Chief judge Samuel Otieno, who retires next month, has said the "
      "backlog is the worst in decades.\n\n"
      "“No court can work like this,” he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Samuel Otieno", "No court can work like this,")));
}

TEST(QuoteSpeakerTest, SeveralSpeakersJoinedByAnd) {
  std::string text =
      "Three scientists signed the letter.\n\n"
      "“The data are clear,” wrote Ines Moreau, Karl Vogt and Ewa Nowak.\n\n"
      "“We will publish everything,” Moreau and Vogt added.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Ines Moreau, Karl Vogt and Ewa Nowak", "The data are clear,"),
          Direct("Ines Moreau and Karl Vogt", "We will publish everything,")));
}

TEST(QuoteSpeakerTest, OrganisationsAndTheCompany) {
  std::string text =
      "Nordvik Energy, the Norwegian utility, raised prices by 12 per "
      "cent.\n\n"
      "“Wholesale costs left us no room,” the company said.\n\n"
      "Nordvik said it would review prices in June. “Customers in hardship "
      "can ask for help,” it added.\n\n"
      "Microsoft said: “We have no comment on the matter.”\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker.name, "Nordvik Energy");
  EXPECT_EQ(quotes[0].speaker.mention, "the company");
  EXPECT_TRUE(quotes[0].speaker.organization);
  EXPECT_EQ(quotes[0].speaker.attribution, Attribution::kCoreference);
  EXPECT_EQ(quotes[1].speaker.name, "Nordvik Energy");
  EXPECT_EQ(quotes[2].speaker.name, "Microsoft");
  EXPECT_TRUE(quotes[2].speaker.organization);
}

TEST(QuoteSpeakerTest, WireStoryOrganisations) {
  std::string text =
      "ANTWERP, May 2 (Reuters) - Pilots walked out on Monday, the VNL "
      "union said.\n\n"
      "The union said in a statement: “Management has refused every "
      "offer.”\n\n"
      "Port operator Kaai said it regretted the strike. “Our door remains "
      "open,” it said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("VNL", "Management has refused every offer."),
                          Direct("Kaai", "Our door remains open,")));
}

TEST(QuoteSpeakerTest, RolesAndTitlesBeforeNames) {
  std::string text =
      "Mayor Steven Park and Council President Raymond Ortiz clashed on "
      "Tuesday.\n\n"
      "“This is a responsible budget,” Mr. Park said.\n\n"
      "Mr. Ortiz disputed that. “That's simply not true,” he said.\n\n"
      "“Stay away from the river,” said NRW duty manager Gareth Lloyd.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Steven Park", "This is a responsible budget,"),
                  Direct("Raymond Ortiz", "That's simply not true,"),
                  Direct("Gareth Lloyd", "Stay away from the river,")));
}

TEST(QuoteSpeakerTest, TheUnionResolvesToItsDefinedName) {
  std::string text =
      "The Federation of Dutch Trade Unions (FNV) called the strike.\n\n"
      "The FNV union said: \"We will not back down.\"\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Federation of Dutch Trade Unions");
  EXPECT_TRUE(quotes[0].speaker.organization);
  EXPECT_EQ(quotes[0].speaker.attribution, Attribution::kCoreference);
}

TEST(QuoteSpeakerTest, LeftmostNameBeforeAnAppositive) {
  std::string text =
      "Drug makers reported results on Friday.\n\n"
      "Norvant, based in Basel, Switzerland, said sales would be “modest at "
      "first”.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Norvant", "modest at first")));
}

TEST(QuoteSpeakerTest, BodyDescribedNotNamed) {
  std::string text =
      "Japan's health ministry on Friday approved a new drug.\n\n"
      "The ministry said in a statement that it would be available “within "
      "weeks”.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Japan's health ministry");
  EXPECT_TRUE(quotes[0].speaker.organization);
}

TEST(QuoteSpeakerTest, TheJudgeAfterJudgeX) {
  std::string text =
      "Judge Miriam Okafor sentenced Gerald Pike to six years.\n\n"
      "Pike's lawyer, Dan Brandt, asked for leniency. “He has repaid what he "
      "could,” Brandt said.\n\n"
      "“You betrayed people who trusted you,” the judge said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Dan Brandt", "He has repaid what he could,"),
                          Direct("Miriam Okafor",
                                 "You betrayed people who trusted you,")));
}

TEST(QuoteSpeakerTest, SurnamesThatLookLikeNounsAndPartyReferences) {
  std::string text =
      "Senate Majority Leader Chuck Walker and Republican leader Mitch "
      "Bowman reached a deal late Tuesday.\n\n"
      "Walker said the agreement was “a victory for common sense.” Bowman, "
      "speaking after him, was more restrained.\n\n"
      "“Nobody got everything they wanted,” the Kentucky Republican "
      "said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Chuck Walker", "a victory for common sense."),
          Direct("Mitch Bowman", "Nobody got everything they wanted,")));
}

TEST(QuoteSpeakerTest, TheMinistryResolvesToItsFullName) {
  std::string text =
      "The Ministry of Water Resources closed two dams on Friday.\n\n"
      "The ministry said: “The levels are too low to release water.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Ministry of Water Resources",
                                 "The levels are too low to release "
                                 "water.")));
}

TEST(QuoteSpeakerTest, UnnamedSourcesKeptAsWritten) {
  std::string text =
      "The merger talks have stalled.\n\n"
      "“Neither side will move on price,” said a banker close to the "
      "talks.\n\n"
      "“It could take months,” two people familiar with the matter said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("a banker close to the talks",
                                 "Neither side will move on price,"),
                          Direct("two people familiar with the matter",
                                 "It could take months,")));
}

TEST(QuoteSpeakerTest, DescriptionBeforeTheName) {
  std::string text =
      "Floods closed the valley road.\n\n"
      "“We were cut off for three days,” said the village’s doctor, Anna "
      "Berger.\n\n"
      "“The road must be raised,” a local farmer, Hans Keller, told radio.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Anna Berger", "We were cut off for three days,"),
                  Direct("Hans Keller", "The road must be raised,")));
}

TEST(QuoteSpeakerTest, TheLeaderResolvesToThePersonNamed) {
  std::string text =
      "President Amara Diallo opened the new port on Saturday.\n\n"
      "The president urged investors to help build “a bridge to the "
      "world”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Amara Diallo", "a bridge to the world")));
}

TEST(QuoteSpeakerTest, OnlyBodyBlocksAreSearched) {
  std::string text =
      "Swimmers return to “the Lido”\n\n"
      "The pool reopened on Monday after a long repair.\n\n"
      "“It is colder than I remember,” said Joan Pike.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_FALSE(quotes.empty());
  EXPECT_EQ(quotes.back().speaker.name, "Joan Pike");
}

TEST(QuoteSpeakerTest, FirstNamesAndFamilyNouns) {
  std::string text =
      "The broadcaster Tomas Quinlan has died aged 81.\n\n"
      "His sister Orla remembers a boy who built radios. “He had wires all "
      "over the kitchen,” she said.\n\n"
      "He is survived by his son, Ruairi. “Dad would have hated the fuss,” "
      "Ruairi said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Orla", "He had wires all over the kitchen,"),
                          Direct("Ruairi", "Dad would have hated the fuss,")));
}

TEST(QuoteSpeakerTest, PeopleDescribedButNotNamed) {
  std::string text =
      "Prosecutors had asked for a ten-year sentence.\n\n"
      "In a memo, the prosecutors wrote that the scheme was “cruel by "
      "design.”\n\n"
      "The survey’s authors, led by Dr. Ilse Brandt, questioned 4,000 "
      "tenants.\n\n"
      "The authors wrote that so-called “starter” flats were “smaller than "
      "ever.”\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Prosecutors", "cruel by design."), Term("starter"),
                  Partial("The survey’s authors", "smaller than ever.")));
}

TEST(QuoteSpeakerTest, OrganisationNamesAndAcronyms) {
  std::string text =
      "Natural Resources Wales (NRW) issued flood warnings on Sunday.\n\n"
      "NRW said: “Rivers are still rising.”\n\n"
      "The State Attorney's Office for the Eastern District said the verdict "
      "“sends a clear message.”\n\n"
      "The Institute for Budget Studies published its report on Monday. “The "
      "gap is large,” the IBS said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Natural Resources Wales", "Rivers are still rising."),
                  Partial("State Attorney's Office for the Eastern District",
                          "sends a clear message."),
                  Direct("Institute for Budget Studies", "The gap is large,")));
}

TEST(QuoteSpeakerTest, UnnamedOfficialAndLaterReference) {
  std::string text =
      "Talks on the budget collapsed on Friday.\n\n"
      "An EU official, speaking on condition of anonymity, said a deal was "
      "“still possible.”\n\n"
      "“We are closer than it looks,” the official said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("An EU official", "still possible."),
                  Direct("An EU official", "We are closer than it looks,")));
}

TEST(QuoteSpeakerTest, NationalityAndAgeStandForThePersonJustNamed) {
  std::string text =
      "Jonas Weber scored twice on Saturday.\n\n"
      "“I was lucky,” the German said.\n\n"
      "His manager, Colin Pratt, was less modest. “We earned it,” the "
      "61-year-old said.\n\n"
      "Ivo Brandt came off the bench. “I was ready,” the 19-year-old "
      "midfielder said.\n\n"
      "Their goalkeeper Aiko Mori was close to tears.\n\n"
      "“It hurts a lot,” said the Japan international.\n\n"
      "Carrow manager Henrik Aaltonen made a triple change.\n\n"
      "“We were poor,” said the Finn, whose side are unbeaten.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Jonas Weber", "I was lucky,"),
                          Direct("Colin Pratt", "We earned it,"),
                          Direct("Ivo Brandt", "I was ready,"),
                          Direct("Aiko Mori", "It hurts a lot,"),
                          Direct("Henrik Aaltonen", "We were poor,")));
}

TEST(QuoteSpeakerTest, PossessiveDescriptionBeforeTheName) {
  std::string text =
      "The trial opened on Monday.\n\n"
      "\"I don't know where the money went,\" said Reilly's lawyer, Carla "
      "Mendes.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Carla Mendes");
  EXPECT_EQ(quotes[0].speaker.description, "Reilly's lawyer");
}

TEST(QuoteSpeakerTest, PossessivePronounBeforeAColon) {
  std::string text =
      "Judge Maria Lopez heard the case for three weeks.\n\n"
      "Her verdict: “The claim fails.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Maria Lopez", "The claim fails.")));
}

TEST(QuoteSpeakerTest, OrganisationsNamedFarFromTheirQuotes) {
  // Bodies named paragraphs before their quotations (where no quotation is
  // near, names are read by a faster path) still resolve their short
  // forms, and "the company" prefers a named company to a description.
  std::string text =
      "The Bank of Norland (BON) held rates on Tuesday.\n\n"
      "The Port of Kestrel Authority closed two berths after the storm.\n\n"
      "Shares in Lumora Systems rose 4 percent in early trading.\n\n"
      "Markets were calm. Traders said little.\n\n"
      "The chipmaker-turned-software company reported record sales.\n\n"
      "“Demand was strong,” the company said in a statement.\n\n"
      "“Inflation is still too high,” the BON said.\n\n"
      "“We expect to reopen by Friday,” the port authority said.\n\n"
      "“Safety comes first,” the authority added.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Lumora Systems", "Demand was strong,"),
          Direct("Bank of Norland", "Inflation is still too high,"),
          Direct("Port of Kestrel Authority", "We expect to reopen by Friday,"),
          Direct("Port of Kestrel Authority", "Safety comes first,")));
}

TEST(QuoteSpeakerTest, ShortFormOfAnOrganisationIsItsFullName) {
  // "the Commission" and "the agency" after "the Federal Mining Commission
  // (FMC)"; "the publisher Erein"-style nouns make the name a body.
  std::string text =
      "The Federal Mining Commission (FMC) opened an inquiry on Monday.\n\n"
      "The Commission's staff will question the executives.\n\n"
      "Markets were calm.\n\n"
      "“We will look at every contract,” the agency said.\n\n"
      "The software company Brightwell Data cut 200 jobs.\n\n"
      "“This was a hard decision,” the company said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Federal Mining Commission",
                         "We will look at every contract,"),
                  Direct("Brightwell Data", "This was a hard decision,")));
}

TEST(QuoteSpeakerTest, TitledNameOfAPlaceAfterADescription) {
  std::string text =
      "Ruth Kane opened the debate.\n\n"
      "The Senate minority leader, Senator Harriet Okonkwo of Vermont, "
      "said the plan was “a fantasy, start to finish”.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Harriet Okonkwo",
                                                "a fantasy, start to finish")));
}

TEST(QuoteSpeakerTest, SentenceInitialAccordingToBeatsANounLikeAVerb) {
  // "estimate" is a reporting verb's base form, but here a noun.
  std::string text =
      "Harriet Okonkwo voted against the bill.\n\n"
      "According to Ms. Okonkwo, the bill's cost estimate was “off by a "
      "factor of three”.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Harriet Okonkwo",
                                                "off by a factor of three")));
}

TEST(QuoteKindTest, AnOfficialClassIsATerm) {
  std::string text =
      "The consultation classes the coastal farms as “transition "
      "landscapes”, and the minister said they were “a national asset”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("transition landscapes"),
                          Partial("the minister", "a national asset")));
}

TEST(QuoteSpeakerTest, UnnamedSourcesWithAPlaceOrARelativeClause) {
  // "a critic in <paper>" stays as written; "One nurse who ..." is the
  // source without its relative clause, and "the nurse" refers back to it.
  std::string text =
      "A critic in the Daily Ledger described the show as “a clumsy "
      "compromise”.\n\n"
      "One nurse who worked on the ward said the shifts were "
      "“relentless”.\n\n"
      "The hospital declined to comment.\n\n"
      "“Nobody listened to us,” the nurse said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A critic in the Daily Ledger",
                                  "a clumsy compromise"),
                          Partial("One nurse", "relentless"),
                          Direct("One nurse", "Nobody listened to us,")));
}

TEST(QuoteSpeakerTest, NicknamesResolveToTheirPerson) {
  std::string text =
      "Margaret Olsen is 94.\n\n"
      "Her grandson knows her as “Nana Bee”.\n\n"
      "“I taught him to fish,” Nana Bee says.\n\n"
      "Her neighbour, Thomas Reid, known as “Tam”, runs the shop.\n\n"
      "“She taught me too,” Tam says.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Term("Nana Bee"),
                  Direct("Margaret Olsen", "I taught him to fish,"),
                  Term("Tam"), Direct("Thomas Reid", "She taught me too,")));
}

TEST(QuoteSpeakerTest, PronounsSkipThingsAndRespectDescribedSexes) {
  // "Dolan's own incident" is no person; "a man" cannot be "she"; "Her
  // brother, Tunde," is a man for "he" (and a Dolan).
  std::string text =
      "Maeve Dolan was on the pier when the boat went out.\n\n"
      "Dolan's own incident had come years earlier, when a man told the "
      "crew to turn back.\n\n"
      "“I knew the sea would take someone,” she said.\n\n"
      "Her sister, Aoife, stayed ashore. Her brother, Tunde, joined the "
      "crew in 2001.\n\n"
      "“It was the only job I wanted,” he says.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Maeve Dolan", "I knew the sea would take someone,"),
                  Direct("Tunde Dolan", "It was the only job I wanted,")));
}

TEST(QuoteSpeakerTest, AppositiveNamesAddresseesAndRelativeClauses) {
  // A name after "the presenter" in an appositive speaks; the person a
  // judge addresses does not take the follow-on quotation; "who had told
  // her" speaks for the noun phrase from its determiner, and a reporter's
  // clause going on after a quotation ("", included ...") does not lend
  // that speaker to the quotation before it.
  std::string text =
      "One former student, the presenter Ciara Mahon, said he was “the "
      "best teacher I ever had”.\n\n"
      "“You knew it was not safe,” the judge, Anna Berg, said, addressing "
      "Mr. Tomas Quint directly. “And you kept taking it.”\n\n"
      "Ruth Kane wrote the play. She said it, which she describes as “a "
      "love letter to that generation”, included the testimony of a former "
      "union official who had told her: “We were frightened.”\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Ciara Mahon", "the best teacher I ever had"),
                  Direct("Anna Berg", "You knew it was not safe,"),
                  Direct("Anna Berg", "And you kept taking it."),
                  Partial("Ruth Kane", "a love letter to that generation"),
                  Direct("a former union official", "We were frightened.")));
}

TEST(QuoteSpeakerTest, RoleWordsOpeningASentenceBeforeAName) {
  std::string text =
      "Terminal operator Nordhaven Logistics, which runs two berths, said "
      "it had made “a fair offer”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Nordhaven Logistics", "a fair offer")));
}

TEST(QuoteSpeakerTest, CommaInsideABodysNameAfterAnUnnamedSource) {
  std::string text =
      "A spokesperson for the Department of Roads, Rail and Ports said: "
      "“We are fixing it.”\n\n"
      "Omar Farooq, Sana Malik and Aisha Baig said they were “hopeful”.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("A spokesperson for the Department of Roads, Rail "
                 "and Ports",
                 "We are fixing it."),
          Partial("Omar Farooq, Sana Malik and Aisha Baig", "hopeful")));
}

TEST(QuoteSpeakerTest, PronounFallsBackToANameOnlyMentioned) {
  // No subject fits "he": the man named in passing is meant, not a
  // standfirst with an acronym, a nationality after "many", a modifier
  // ("his Christian Brothers school") or a passive agent.
  std::string text =
      "Radio DJ whose show kept a nation awake\n\n"
      "For decades, the voice of Fergal Byrne, who has died aged 81, was "
      "the last thing many Irish teenagers heard at night.\n\n"
      "He was told by a teacher at his Christian Brothers school that he "
      "would “never be fit for talking”.\n\n"
      "“I was talking to one person,” he told the Irish Press in 1985.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("a teacher at his Christian Brothers school",
                          "never be fit for talking"),
                  Direct("Fergal Byrne", "I was talking to one person,")));
}

TEST(QuoteSpeakerTest, NationalityBeforeARoleFindsThePersonSoDescribed) {
  std::string text =
      "The Italian prime minister, Carla Benti, arrived late. The Polish "
      "president, Jan Wozniak, spoke first.\n\n"
      "A diplomat said the Italian leader had told him: “You want the "
      "benefits and none of the costs.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Carla Benti",
                                 "You want the benefits and none of the "
                                 "costs.")));
}

TEST(QuoteCueTest, PresentFormAfterAPossessiveIsANoun) {
  // "the union's demands" is a noun phrase, not "the union" demanding.
  std::string text =
      "Alan Reyes, the port director, met reporters on Tuesday. The "
      "union’s demands: “A fair wage and safe docks.”\n\n"
      "“We will strike on Monday,” the union demands.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_NE(quotes[0].cue, "demands");
  EXPECT_NE(quotes[0].speaker.name, "The union");
  // Without the possessive it is the verb.
  EXPECT_EQ(quotes[1].cue, "demands");
  EXPECT_EQ(quotes[1].speaker.name, "the union");
}

TEST(QuoteSpeakerTest, SecondVerbAfterAndSharesTheSentenceSubject) {
  std::string text =
      "Alan Reyes said the port would reopen on Monday and told "
      "reporters: “We are ready for the ships.”\n\n"
      "Lena Brandt welcomed the deal on Friday and said: “Our members "
      "will vote next week.”\n\n"
      "The minister arrived late, thanked the workers and then told the "
      "crowd: “You built this port.”\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker.name, "Alan Reyes");
  EXPECT_EQ(quotes[1].speaker.name, "Lena Brandt");
  EXPECT_EQ(quotes[2].speaker.name, "The minister");
}

TEST(QuoteSpeakerTest, UnnamedSourceWithAParticiplePhrase) {
  // The head is the noun before the participle, not the quantifier before
  // "of".
  std::string text =
      "“We will appeal,” a lawyer representing two of the families told "
      "the court.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(quotes[0].speaker.name,
            "a lawyer representing two of the families");
}

TEST(QuoteSpeakerTest, InstitutionNounResolvesToTheNamedBody) {
  std::string text =
      "The Royal College of Nursing warned on Friday that wards were "
      "short of staff.\n\n"
      "“Staff are exhausted,” the college said.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Royal College of Nursing");
  EXPECT_TRUE(quotes[0].speaker.organization);
}

TEST(QuoteKindTest, CallIsALabelUnlessANamedSpeakerCallsIt) {
  // Generic callers and "what it/they call" label a thing; a named speaker
  // who called something so on an occasion said it, and so did "she" in
  // "what she called" (held-out labellers read it so 15 times in 21).
  std::string text =
      "The council approved the plan on Monday.\n\n"
      "Critics have called it “a giveaway”, and residents call the new "
      "tower “the Needle”.\n\n"
      "The mayor, Ruth Kane, called the vote “a disgrace” and called for "
      "“an urgent review”. She condemned what she called a “shameful "
      "process”.\n\n"
      "The developer sells what it calls “garden suites”, and neighbours "
      "fear what they call “the wall”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("a giveaway"), Term("the Needle"),
                          Partial("Ruth Kane", "a disgrace"),
                          Partial("Ruth Kane", "an urgent review"),
                          Partial("Ruth Kane", "shameful process"),
                          Term("garden suites"), Term("the wall")));
}

TEST(QuoteMarksTest, VeryLongParagraphStaysLinear) {
  // Thousands of quotations and reporting verbs in one paragraph without a
  // full stop: every quotation is found, each window stays bounded.
  std::string text = "Ada Lin spoke";
  for (int i = 0; i < 3000; ++i) {
    text += ", and she said “part ";
    text += std::to_string(i);
    text += "” and said it again";
  }
  text += ".\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 3000u);
  EXPECT_EQ(quotes[2999].Text(text), "part 2999");
}

TEST(QuoteNamesTest, KindAndAttributionNames) {
  EXPECT_EQ(QuoteKindName(QuoteKind::kDirect), "direct");
  EXPECT_EQ(QuoteKindName(QuoteKind::kPartial), "partial");
  EXPECT_EQ(QuoteKindName(QuoteKind::kTerm), "term");
  EXPECT_EQ(AttributionName(Attribution::kNone), "none");
  EXPECT_EQ(AttributionName(Attribution::kExplicit), "explicit");
  EXPECT_EQ(AttributionName(Attribution::kCoreference), "coreference");
  EXPECT_EQ(AttributionName(Attribution::kContinuation), "continuation");
}

// ------------------------------------------- resolution (held-out cases)

TEST(QuoteSpeakerTest, FullNameAfterADescriptionIsTheSpeaker) {
  std::string text =
      "The library will close in May.\n\n"
      "But cyclist Maren Dahl, 19, who started the petition, said the "
      "closure punished “the many for the few”.\n\n"
      "Opposition Green councillor Tobias Lindqvist, who represents the ward, "
      "said the council had “given up”.\n\n"
      "“We read there every week,” Fifth-grader Selin Aydın said.\n\n"
      "“It is a loss,” said Seo-yeon Park, a teacher.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Maren Dahl", "the many for the few"),
                          Partial("Tobias Lindqvist", "given up"),
                          Direct("Selin Aydın", "We read there every week,"),
                          Direct("Seo-yeon Park", "It is a loss,")));
}

TEST(QuoteSpeakerTest, OrganisationShortFormsAndDottedInitials) {
  std::string text =
      "Quarry Ridge Mining Corp. lost its case on Monday, and a Tarn Airlines "
      "Airbus A320 was grounded at the Federal Aviation Administration's "
      "request.\n\n"
      "Quarry Ridge said it was “disappointed but not deterred”.\n\n"
      "Tarn said its crew had “followed every procedure”.\n\n"
      "The F.A.A. said it was “reviewing the data”.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Quarry Ridge Mining Corp.", "disappointed but not deterred"),
          Partial("Tarn Airlines", "followed every procedure"),
          Partial("Federal Aviation Administration", "reviewing the data")));
}

TEST(QuoteSpeakerTest, GenderFromTheSubjectsOwnSentence) {
  // "Sanna" would be guessed a woman's name from its ending; "his" in her
  // own sentence says otherwise, and the -a guess never outweighs the
  // person just spoken of.
  std::string text =
      "Ines Vidal, a neighbour, watched from the road.\n\n"
      "Sanna Okoro left with his wife and two children on Friday.\n\n"
      "“The house is insured. The kids aren't,” he said.\n\n"
      "Returning officer Mwila Tembo told reporters the count was slow. "
      "He said a result was “likely by Saturday”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Sanna Okoro",
                                 "The house is insured. The kids aren't,"),
                          Partial("Mwila Tembo", "likely by Saturday")));
}

TEST(QuoteSpeakerTest, TheWritersQuestionAndTheAnswer) {
  std::string text =
      "The glaciologist who listens to ice\n\n"
      "By Arne Solvik\n\n"
      "Liv Haraldsen walks between the racks. “This fell as snow 9,000 "
      "years ago,” she says.\n\n"
      "“Can anything stop it?” I ask.\n\n"
      "She thinks for a long time. “Not the retreat that has started.”\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Liv Haraldsen", "This fell as snow 9,000 years ago,"),
          Direct("Arne Solvik", "Can anything stop it?"),
          Direct("Liv Haraldsen", "Not the retreat that has started.")));
}

TEST(QuoteSpeakerTest, NotThePersonTheQuotationSpeaksOf) {
  std::string text =
      "Ana Ruiz has drilled ice for 25 years.\n\n"
      "Her hero was her supervisor, the physicist Piet Kramer, who died in "
      "2015. “Piet used to say the ice does not care about your "
      "hypothesis. I have tried to live by that.”\n\n"
      "Mr. Kramer's student Tom Ueda, who left the team in 2004, said Ms. "
      "Ruiz had never cared for speed.\n\n"
      "“Ana could find a fault in one glance,” he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Ana Ruiz",
                         "Piet used to say the ice does not care about your "
                         "hypothesis. I have tried to live by that."),
                  Direct("Tom Ueda", "Ana could find a fault in one glance,")));
}

TEST(QuoteSpeakerTest, AVerbInsideWhatIsReportedGivesWay) {
  std::string text =
      "Asha Mehta said the plan would add “as many as 40,000 homes”.\n\n"
      "Priya Nair said the alliance would announce its list “within days”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Asha Mehta", "as many as 40,000 homes"),
                          Partial("Priya Nair", "within days")));
}

TEST(QuoteSpeakerTest, DocumentsAndDescribedRelatives) {
  std::string text =
      "In a statement, the Northfield School District said it would form a "
      "committee.\n\n"
      "“We understand how much the school means,” the statement said.\n\n"
      "His mother, Efua Boateng, said the family had “lost count” of the "
      "nights.\n\n"
      "His mother said they were planning “a proper holiday”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Northfield School District",
                                 "We understand how much the school means,"),
                          Partial("Efua Boateng", "lost count"),
                          Partial("Efua Boateng", "a proper holiday")));
}

TEST(QuoteSpeakerTest, UnnamedSourcesNamedAgainByTheirNoun) {
  std::string text =
      "One Brightline employee, who asked not to be named, said the change "
      "had been “debated for months”.\n\n"
      "“Leadership decided the math left no choice,” the employee said.\n\n"
      "Another Labour MP, who asked not to be named, said the whips had "
      "“misjudged the mood”. “They think we will fold,” the MP said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("One Brightline employee", "debated for months"),
                  Direct("One Brightline employee",
                         "Leadership decided the math left no choice,"),
                  Partial("Another Labour MP", "misjudged the mood"),
                  Direct("Another Labour MP", "They think we will fold,")));
}

TEST(QuoteSpeakerTest, NicknameInsideANameIsATermForThePerson) {
  std::string text =
      "Joaquín “Kino” Ibarra, the accordionist, died on Monday. He was 80.\n\n"
      "Mr. Ibarra formed the band with the drummer Lou Petit.\n\n"
      "In an interview on Tuesday, Mr. Petit said Mr. Ibarra had never cared "
      "for speed.\n\n"
      "“Kino could play one note and you knew it was him,” he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("Kino"),
                          Direct("Lou Petit",
                                 "Kino could play one note and you knew it "
                                 "was him,")));
}

TEST(QuoteSpeakerTest, ANameWithANicknameInsideCanOpenItsSentence) {
  // The subject of the sentence before is the person with the nickname,
  // not the woman named a paragraph earlier.
  std::string text =
      "Beside him, Aaliyah Moss shook her head: “A lawsuit takes years.”\n\n"
      "Harold “Hal” Whitfield, 81, brought a class photo.\n\n"
      "“My whole class is in this picture,” he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Aaliyah Moss", "A lawsuit takes years."), Term("Hal"),
          Direct("Harold Whitfield", "My whole class is in this picture,")));
}

TEST(QuoteSpeakerTest, PronounsPreferThePersonNamedInTheirParagraph) {
  std::string text =
      "“We are reviewing the pricing,” a spokesperson for Codewell said.\n\n"
      "Developer Marcus Feld, 34, wrote a post that went viral.\n\n"
      "A spokesperson for Codewell declined to comment further.\n\n"
      "For Feld, the damage is done. In a second post, he said he was "
      "“trying out everything else”.\n";
  std::vector<Q> quotes = Quotes(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1], Partial("Marcus Feld", "trying out everything else"));
}

TEST(QuoteSpeakerTest, AnUnnamedSourceIsNotSheTwoParagraphsOn) {
  std::string text =
      "“That smell is money,” says Linh Tran, the founder.\n\n"
      "One former employee, who asked not to be named, says the culture is "
      "demanding. “She expects a lot,” the former employee says.\n\n"
      "The company plans to expand into Cambodia next year.\n\n"
      "“Yes, I worry about it,” she says eventually.\n";
  std::vector<Q> quotes = Quotes(text);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker, "One former employee");
  EXPECT_EQ(quotes[2], Direct("Linh Tran", "Yes, I worry about it,"));
}

TEST(QuoteSpeakerTest, WritersQuestionOnlyInItsOwnParagraph) {
  std::string text =
      "The chef who came home\n\n"
      "By Ada Lindgren\n\n"
      "Rosa Field laughs. “I never planned any of it,” she says.\n\n"
      "Later I ask about home. “Do you ever miss Cape Town?”\n\n"
      "“Every day,” she says.\n\n"
      "I ask whether that hurts.\n\n"
      "“No. It made me who I am.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Rosa Field", "I never planned any of it,"),
                          Direct("Ada Lindgren", "Do you ever miss Cape Town?"),
                          Direct("Rosa Field", "Every day,"),
                          Direct("Rosa Field", "No. It made me who I am.")));
}

TEST(QuoteSpeakerTest, AndInsideABodysName) {
  std::string text =
      "The Brotherhood of Locomotive Engineers and Trainmen said the driver "
      "was “cooperating fully”.\n\n"
      "“We are not against any business model,” Minister of State for "
      "Commerce and Industry Suresh Kanwar said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Brotherhood of Locomotive Engineers and Trainmen",
                          "cooperating fully"),
                  Direct("Suresh Kanwar",
                         "We are not against any business "
                         "model,")));
}

TEST(QuoteSpeakerTest, APersonNamedFarFromAnyQuotationIsStillThere) {
  // The first paragraph is read only for names (no quotation next to it),
  // yet its subject is the retired bus driver and the "he" after.
  std::string text =
      "Brian Okafor, 67, from Leeds, has waited 19 months for a new knee.\n\n"
      "The retired bus driver said he could no longer climb the stairs.\n\n"
      "“I just want to know there is a queue,” he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Brian Okafor",
                                 "I just want to know there is a queue,")));
}

TEST(QuoteSpeakerTest, ASubjectAfterAConjunctionFarFromTheQuotation) {
  // Only the last sentences before a quotation are read in full; the name
  // opens a clause after "and" in the first one (but the mother in a list
  // after "and", with a comma, is no subject).
  std::string text =
      "It is not yet seven and Amihan Reyes is already in the sea. She "
      "moves along the cages. Inside are hundreds of young clams, none "
      "bigger than a fist.\n\n"
      "“These ones are two years old,” she says.\n\n"
      "Tomas Ferrer was born in 1936, the son of a foreman and Caridad "
      "Lopez, a church organist. He moved to Havana at 19. He left in "
      "1959. In a 2003 interview, he described his first weeks:\n\n"
      "“I slept on the floor of a cousin's flat.”\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Amihan Reyes", "These ones are two years old,"),
          Direct("Tomas Ferrer", "I slept on the floor of a cousin's flat.")));
}

TEST(QuoteSpeakerTest, WithSomeoneSayingReportsTheirWords) {
  // "with X saying": X speaks, not the preposition with X, nor the last
  // speaker; an Australian upper-house member's title is no name.
  std::string text =
      "“A government pays,” analyst Tom Lee said.\n\n"
      "The Greens held both seats, with Greens MLC Mariam Haddad saying "
      "the party had its “best upper house result in a decade”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Tom Lee", "A government pays,"),
                          Partial("Mariam Haddad",
                                  "best upper house result in a decade")));
}

TEST(QuoteSpeakerTest, DatelinesAndTitlesBeforeTheSubject) {
  // The subject after a wire dateline, read in full and read only for
  // names (three sentences on); a title says the noun of a later
  // description ("Gov." the governor, "U.S. Attorney" the prosecutor).
  std::string text =
      "SANTA FE, N.M. (AP) — Gov. Renata Salazar-Kim on Friday vetoed "
      "$212 million in spending. Lawmakers were angry. Some were not. Others "
      "left.\n\n"
      "“I will not sign it,” the governor said.\n\n"
      "LONDON (Reuters) - Tom Acheson raised taxes on Friday.\n\n"
      "“It hurts,” he said.\n\n"
      "Assistant U.S. Attorney Kenji Cole told the court that the money was "
      "gone.\n\n"
      "“That email tells you everything,” the prosecutor said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Renata Salazar-Kim", "I will not sign it,"),
                  Direct("Tom Acheson", "It hurts,"),
                  Direct("Kenji Cole", "That email tells you everything,")));
}

TEST(QuoteSpeakerTest, TheSpeakerNamedJustAfterTheQuotation) {
  // "So says X" after the quotation, and a paragraph that looks back at a
  // quotation alone in its own ("That is how X puts it"), name its speaker
  // rather than the last one.
  std::string text =
      "“I came in once because it was raining,” Con Papas says.\n\n"
      "“There is a reason chefs end up here.” So says Dani Ruatapu, a "
      "critic. “It is the food they want.”\n\n"
      "Sofia Mamani-Rios studies glaciers at the university in La Paz.\n\n"
      "“The glaciers are a savings account,” Marcelo Choque said.\n\n"
      "“Now we are spending the capital.”\n\n"
      "That is how Mamani-Rios puts it when she talks to farmers.\n\n"
      "“It's a bad day, but not the last day.” The words came from Grace "
      "Njoroge, whose son was shot last year.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Con Papas", "I came in once because it was raining,"),
          Direct("Dani Ruatapu", "There is a reason chefs end up here."),
          Direct("Dani Ruatapu", "It is the food they want."),
          Direct("Marcelo Choque", "The glaciers are a savings account,"),
          Direct("Sofia Mamani-Rios", "Now we are spending the capital."),
          Direct("Grace Njoroge", "It's a bad day, but not the last day.")));
}

TEST(QuoteSpeakerTest, ABaseFormAfterANameInsideASentenceIsANoun) {
  // "India's Meghalaya state" is a place, not Meghalaya stating anything;
  // the board warned. A verb far after a quotation ("a charge the ministry
  // rejected") does not outrank the named speaker's right before it.
  std::string text =
      "The Water Development Board said the river was high and warned that "
      "rain in India's Meghalaya state, one of the wettest places on earth, "
      "would keep levels high “for at least the next 72 hours”.\n\n"
      "Opposition lawmaker Mahbub Alam Talukder called the relief effort “a "
      "photo opportunity with boats” in a post on Facebook, a charge the "
      "Ministry of Disaster Management rejected.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Water Development Board", "for at least the next 72 hours"),
          Partial("Mahbub Alam Talukder", "a photo opportunity with boats")));
}

TEST(QuoteSpeakerTest, BirthRecordsAndTheTextSayWhoSheIs) {
  // Birth records know Aaliyah and Trent, and that Odessa alone is someone;
  // the text, not the records, says that this Minh is a woman.
  std::string text =
      "Aaliyah Moss runs the shop. Trent Cole delivers the bread.\n\n"
      "“We open at five,” she said.\n\n"
      "Gov. Lorraine Whitaker said the state had sent 1,200 linemen.\n\n"
      "Down the road, Minh Tran was trying to save what she could. The "
      "smell of mud hung in the air.\n\n"
      "“Everything's gone,” she said.\n\n"
      "Odessa is early, which she says is a first. “Don't print that,” she "
      "says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Aaliyah Moss", "We open at five,"),
                          Direct("Minh Tran", "Everything's gone,"),
                          Direct("Odessa", "Don't print that,")));
}

TEST(QuoteSpeakerTest, InAQAndATheAnswersIAndTheQuestionsYouAreTheGuest) {
  // After "By" the writer is known; in the answers to the questions, "I" is
  // the singer interviewed, and "You" in a question is her too.
  std::string text =
      "Odessa on fame and grief\n\n"
      "By Ruth Shaw\n\n"
      "Odessa is early, which she says is a first. Odessa orders tea.\n\n"
      "You describe the industry as “a machine for grinding up girls”. Do "
      "you still feel that way?\n\n"
      "Less angry than I was. My drummer texts me, “Still no?” And I text "
      "back, “Still no, and I mean it.”\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker.name, "Odessa");
  EXPECT_EQ(quotes[2].speaker.name, "Odessa");
}

TEST(QuoteSpeakerTest, RelayedWordsAndTheEdgesOfASpeakersPhrase) {
  // "recalled him telling her": his words. "money a judge said": the judge.
  // A verb far after a quotation needs someone who can speak ("during
  // education questions" cannot). A person "of the University of Bergen"
  // keeps her own name, past her titles; "New" stays in "New Mexico"; "the
  // club" is the football club named before.
  std::string text =
      "Gregory Ashworth was sentenced on Tuesday.\n\n"
      "The auditor, Yolanda Begay, said she recalled him telling her in a "
      "meeting: “You're an accountant, not a detective.”\n\n"
      "He took $3.4 million, money a judge said was meant “for children”.\n\n"
      "The minister, Fiona Reid, described the walkout as “a strike about "
      "Westminster” during education questions in the Commons.\n\n"
      "Co-author Prof. Jens Thorvaldsen of the University of Bergen said the "
      "ice had been “underappreciated”.\n\n"
      "The New Mexico Business Roundtable called the veto “a missed "
      "opportunity”.\n\n"
      "Kingsmoor United signed the winger for £42 million.\n\n"
      "“He is the player we wanted,” the club said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Gregory Ashworth", "You're an accountant, not a detective."),
          Partial("a judge", "for children"),
          Partial("Fiona Reid", "a strike about Westminster"),
          Partial("Jens Thorvaldsen", "underappreciated"),
          Partial("New Mexico Business Roundtable", "a missed opportunity"),
          Direct("Kingsmoor United", "He is the player we wanted,")));
}

TEST(QuoteSpeakerTest, OneOfAGroupDescribedAfterACommaOrByWhoFollows) {
  // "One of the two, a retired orchardist on Pine Ridge Road who ...":
  // the description, without its relative clause; and the description
  // before "who" when a place ends it.
  std::string text =
      "Cpl. Harjit Sangha said all but two had gone.\n\n"
      "One of the two, a retired orchardist on Pine Ridge Road who declined "
      "to give his name, told the Courier he was staying. “I've been "
      "through worse,” he said.\n\n"
      "A nurse on Hill Street who asked not to be named said the road was "
      "“completely blocked”.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("a retired orchardist on Pine Ridge Road",
                         "I've been through worse,"),
                  Partial("A nurse on Hill Street", "completely blocked")));
}

TEST(QuoteSpeakerTest, AFamilyInAnObituary) {
  // "Ms. Calloway" is the singer and "Mr. Calloway" her son Wendell
  // Calloway Jr.; her maiden name "Ruth Ellen Pennington" is her; "Mr.
  // Ferrer" is Orlando Ferrer Cabrera (a Spanish father's surname in the
  // middle).
  std::string text =
      "Ruth Ellen Calloway, a folk singer, died on Saturday. She was 86.\n\n"
      "Her son Wendell Calloway Jr. said the cause was pneumonia.\n\n"
      "Ruth Ellen Pennington was born in 1938 in Lynch, Ky.\n\n"
      "Mr. Calloway said he left home at 18. “I went to Cincinnati,” he "
      "said.\n\n"
      "Ms. Calloway recorded little after 1980. A late album earned her a "
      "nomination. She was inducted in 2016. At the ceremony, she told the "
      "audience: “I'm just a cook from Lynch.”\n\n"
      "Orlando Ferrer Cabrera, a pianist, played with her in 1972.\n\n"
      "Mr. Ferrer arrived in New York in 1959. “I had one suit,” he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Wendell Calloway Jr.", "I went to Cincinnati,"),
                  Direct("Ruth Ellen Calloway", "I'm just a cook from Lynch."),
                  Direct("Orlando Ferrer Cabrera", "I had one suit,")));
}

TEST(QuoteKindTest, ListenersTextsAndBodiesThatOwnASpokesperson) {
  // "texts me, "Still no?"" is speech, not a title in capitals; "text back"
  // too; "A Department for Education spokesperson" is a person, whose
  // fragment is PARTIAL.
  std::string text =
      "Our drummer, Kofi Mensah, has a running bet. Every few months he "
      "texts me, “Still no?” And Ama texts back, “Still no.”\n\n"
      "A Department for Education spokesperson said most schools had "
      "remained “open in some form”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Kofi Mensah", "Still no?"),
                          Direct("Ama", "Still no."),
                          Partial("A Department for Education spokesperson",
                                  "open in some form")));
}

TEST(QuoteSpeakerTest, ATopicBeforeThePronounAndWordsOnABanner) {
  // "On Okafor-Reyes, he added:" is the manager speaking about his player;
  // a banner's words are nobody's.
  std::string text =
      "Manager Henrik Aaltonen praised his side. “We were calm,” he said.\n\n"
      "On Idris Okafor-Reyes, he added: “He deserves this.”\n\n"
      "A banner strung across the main gate read: “No contract, no "
      "cargo.”\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker.name, "Henrik Aaltonen");
  EXPECT_EQ(quotes[2].speaker.name, "");
}

TEST(QuoteSpeakerTest, ShotBackIntroducesTheNextQuotation) {
  // "he shot back:" answers with the next quotation; the one before it is
  // the accuser's.
  std::string text =
      "Amina Noor and Jonathan Rotich clashed. When Noor accused Rotich of "
      "“writing the police a blank cheque,” he shot back: “The only blank "
      "cheque here is yours.”\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Amina Noor", "writing the police a blank cheque,"),
          Direct("Jonathan Rotich", "The only blank cheque here is yours.")));
}

TEST(QuoteSpeakerTest, SubjectsAfterWhereAndASemicolon) {
  // "where Thao Nguyen is pulling ...": the clause's subject, for the "she"
  // after it, not the photographer credited above; "Thao kept her job; Kim
  // joined ..., she says": Kim.
  std::string text =
      "Photographs by Trent Villanueva\n\n"
      "At 3:40 a.m. the only light comes from Golden Lotus Bakery, where "
      "Thao Nguyen is pulling the first trays out of the oven.\n\n"
      "“People think we're crazy,” she said.\n\n"
      "Thao kept her pharmacy job; Kim Nguyen joined full time in 2018 "
      "after, she says, “realizing I'd rather design a better sandwich”.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Thao Nguyen", "People think we're crazy,"),
                  Partial("Kim Nguyen",
                          "realizing I'd rather design a better sandwich")));
}

TEST(QuoteSpeakerTest, ASurnameIsThePersonNotTheShopNamedAfterHer) {
  // "Pho Hoa" (a restaurant, never a sentence's subject) comes first; "Hoa
  // says" is Nguyen Thi Hoa, who arrived in 1982.
  std::string text =
      "The only light on Hopkins Street comes from the kitchen of Pho Hoa, "
      "where Lien Tran is skimming a stockpot.\n\n"
      "Nguyen Thi Hoa arrived in Melbourne in 1982. They opened the shop in "
      "1984 with six tables.\n\n"
      "“He was right. Forty years, I never left,” Hoa says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Nguyen Thi Hoa",
                                 "He was right. Forty years, I never left,")));
}

TEST(QuoteSpeakerTest, AQuotationFirstThenTheAppThatWroteIt) {
  // The body opens with a quotation alone; the next paragraph says it
  // opened a blog post from an app named for the first time there, which
  // is then "the company".
  std::string text =
      "“We take the security of our customers' data extremely seriously.”\n\n"
      "That sentence opened a blog post from budgeting app Pocketwise on "
      "Thursday, hours after researchers found its database online.\n\n"
      "By the evening the company had confirmed “unauthorized access”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Pocketwise",
                                 "We take the security of our "
                                 "customers' data extremely seriously."),
                          Partial("Pocketwise", "unauthorized access")));
}

TEST(QuoteSpeakerTest, ADescribedSpeakerNamedInTheNextParagraph) {
  // The lede's "a judge said" is the judge the next paragraph names; "a
  // senior aide", never named, stays as written.
  std::string text =
      "The charity's former director was sentenced to six years for taking "
      "$3.4 million, money a judge said was meant “for children who went "
      "to bed hungry.”\n\n"
      "U.S. District Judge Ramona Burke also ordered full restitution.\n\n"
      "A senior aide said lawmakers were “furious”.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Ramona Burke",
                                                "for children who went to "
                                                "bed hungry."),
                                        Partial("A senior aide", "furious")));
}

TEST(QuoteSpeakerTest, ALedesRoleIsThePersonTheNextParagraphOpensOn) {
  // British style: the first paragraph gives the role, the second the
  // name.
  std::string text =
      "Car tariffs row\n\n"
      "The business secretary has accused the European Union of “moving the "
      "goalposts” on electric car trade.\n\n"
      "Gareth Llewellyn told the Today programme that Brussels had turned "
      "down a request to delay the rules.\n\n"
      "“We asked for three years,” he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Gareth Llewellyn", "moving the goalposts"),
                  Direct("Gareth Llewellyn", "We asked for three years,")));
}

TEST(QuoteSpeakerTest, ABodyDescribedByWhereItIsBased) {
  // "The Austin, Texas-based company" and "the Ohio-based firm" are the
  // company named before, not bodies called "Texas-based company".
  std::string text =
      "Kestrel Motors is recalling 40,000 cars.\n\n"
      "The Austin, Texas-based company said the fault “may be related” to a "
      "sensor.\n\n"
      "The Texas-based company also said it was “deeply sorry”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Kestrel Motors", "may be related"),
                          Partial("Kestrel Motors", "deeply sorry")));
}

TEST(QuoteSpeakerTest, TheFirstQuotationsSourceNamedFourParagraphsOn) {
  // The story's first quotation: "their attorney said" is the attorney
  // the fourth paragraph names.
  std::string text =
      "Family seeks release of video\n\n"
      "By Ann Lee\n\n"
      "The family of a man shot by an officer called for the release of all "
      "video, as their attorney said the footage so far \"raises more "
      "questions than it answers.\"\n\n"
      "The officer has been placed on leave.\n\n"
      "The city said it would review its policy.\n\n"
      "A vigil was held on Sunday.\n\n"
      "Benjamin Ross, a civil rights attorney retained by the family, said "
      "the man had been on a phone call.\n\n"
      "\"You can hear him say it,\" Ross said.\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker.name, "Benjamin Ross");
}

TEST(QuoteSpeakerTest, CounselsLettersAfterTheirNames) {
  // "prosecutor Elise Navarro SC", "Tom Kourakis KC": "Ms Navarro" and
  // "Kourakis" are them.
  std::string text =
      "Opening the case, prosecutor Elise Navarro SC told the jury it was "
      "about a minister.\n\n"
      "“The evidence will show it,” Ms Navarro said.\n\n"
      "The defence barrister, Tom Kourakis KC, spoke next.\n\n"
      "“This is a case built on a clip,” Kourakis said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Elise Navarro", "The evidence will show it,"),
                  Direct("Tom Kourakis", "This is a case built on a clip,")));
}

TEST(QuoteSpeakerTest, TitlesAndPlacesAroundAPersonsName) {
  // "The Lord Mayor of Cork, Cllr Fionnuala Dempsey, said": the person,
  // not the title; "X, 71, a retired docker from Ballinlough, who said":
  // the person, not the place.
  std::string text =
      "The Lord Mayor of Cork, Cllr Fionnuala Dempsey, said the opening was "
      "“long overdue”.\n\n"
      "Among the first passengers was Tadhg O'Mahony, 71, a retired docker "
      "from Ballinlough, who said he had waited “since I was in short "
      "trousers”.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Fionnuala Dempsey", "long overdue"),
                  Partial("Tadhg O'Mahony", "since I was in short trousers")));
}

TEST(QuoteSpeakerTest, APluralTitleBeforeTwoNames) {
  // "Justices Meenakshi S. Iyengar and B.K. Thimmaiah": the title is
  // neither's name.
  std::string text =
      "A bench of Justices Meenakshi S. Iyengar and B.K. Thimmaiah struck "
      "down the order on Monday.\n\n"
      "“An order that nobody can read is an order that nobody can "
      "challenge,” Iyengar wrote.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Meenakshi S. Iyengar",
                                 "An order that nobody can read is an order "
                                 "that nobody can challenge,")));
}

TEST(QuoteSpeakerTest, SchoolAndCountyTitlesBeforeNames) {
  // "Principal", "Sophomore", "County Supervisor": titles, not names.
  std::string text =
      "Principal Denise Albright told the crowd: “Our hearts are broken.”\n\n"
      "Sophomore Amira Sadeghi said she kept hearing it. “I keep hearing it,” "
      "she said.\n\n"
      "County Supervisor Rosalind Pettigrew called the count “encouraging "
      "but fragile”.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Denise Albright", "Our hearts are broken."),
                  Direct("Amira Sadeghi", "I keep hearing it,"),
                  Partial("Rosalind Pettigrew", "encouraging but fragile")));
}

TEST(QuoteSpeakerTest, AnUnnamedSourceWithAPlaceAndNoLeadingBut) {
  // Kept as written, with where they are, without the "But" that opens
  // the sentence.
  std::string text =
      "But a county official in Marsabit, who was not authorized to speak, "
      "said the deliveries were “far too late”.\n\n"
      "“We got maize for two weeks,” said a teacher in Moyale.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("a county official in Marsabit", "far too late"),
          Direct("a teacher in Moyale", "We got maize for two weeks,")));
}

TEST(QuoteSpeakerTest, SomeoneIsNobodyToQuote) {
  // "someone has written ..." is no one a later "she" stands for.
  std::string text =
      "Gloria Szymanski keeps the box in the basement, and on the side, in "
      "black marker, someone has written a name.\n\n"
      "“I'm not supposed to have it,” she says.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Gloria Szymanski", "I'm not supposed to have it,")));
}

TEST(QuoteSpeakerTest, InitialsAndTitleWordsAsFirstNames) {
  // "R.J. Okonkwo" and "striker Dean Whitlock" are people the surname
  // alone names later.
  std::string text =
      "Lead plaintiff R.J. Okonkwo, a nurse from Ohio, filed the suit.\n\n"
      "“I got one automated reply,” Okonkwo said.\n\n"
      "Former Castlebridge striker Dean Whitlock, now a pundit, said the "
      "players shared the blame.\n\n"
      "“You could see it on Saturday,” Whitlock said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("R.J. Okonkwo", "I got one automated reply,"),
                  Direct("Dean Whitlock", "You could see it on Saturday,")));
}

TEST(QuoteSpeakerTest, ASingularTheyForThePersonOfTheParagraph) {
  // "they said" after one person named in the paragraph is that person,
  // not the festival of the paragraph before.
  std::string text =
      "It caps a weekend that Hollowmere's founder feared would never "
      "happen.\n\n"
      "Friday belonged to Kez Adebanjo-Frost, whose set filled the tent. "
      "Afterwards they were typically self-deprecating. “I thought 40 "
      "people would turn up,” they said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Kez Adebanjo-Frost",
                                 "I thought 40 people would turn up,")));
}

TEST(QuoteSpeakerTest, TopicsAndSubjectsAfterTheVerb) {
  // "For Osman, the year has been ..." is about Osman, the next "he";
  // "Among them was Lily Tait, 17, ..." has her as its subject.
  std::string text =
      "Osman Abdelrahim, 42, is a civil engineer.\n\n"
      "Mireille Tshibanda, who studies resettlement, said the second year "
      "is the hard one.\n\n"
      "For Osman, the year has been about learning to measure progress.\n\n"
      "“We started again from zero,” he says.\n\n"
      "Ingrid Halcrow led the dig. Among the volunteers was Lily Tait, 17, "
      "from Kirkwall, who found the first weight.\n\n"
      "“My hands were shaking,” she said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Osman Abdelrahim", "We started again from zero,"),
                  Direct("Lily Tait", "My hands were shaking,")));
}

TEST(QuoteSpeakerTest, TwoSpeakersJoinedByWhile) {
  // "..., said X of Y, while Z, who runs ..., said: "..."": Z's words.
  std::string text =
      "“The phones haven't stopped,” said Mairead Quinlan of Quinlan Travel "
      "in Ennis, while Rory Walsh, who runs a booking service in Cork, said: "
      "“People want to know whether to cancel.”\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Mairead Quinlan", "The phones haven't stopped,"),
          Direct("Rory Walsh", "People want to know whether to cancel.")));
}

TEST(QuoteSpeakerTest, ABodysNameAndARoleBeforeTheName) {
  // "said Red Cross secretary general Celeste Ramos": the person.
  std::string text =
      "“Families have lost everything,” said Red Cross secretary general "
      "Celeste Ramos. “They will need help for months.”\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Celeste Ramos", "Families have lost everything,"),
                  Direct("Celeste Ramos", "They will need help for months.")));
}

TEST(QuoteSpeakerTest, AnAmpersandInsideABodysName) {
  // "Hollis & Reed" is one retailer; "Conference USA" a body, no "she".
  std::string text =
      "Hollis & Reed, which employs about 9,500 people, said it would emerge "
      "as a “leaner, more focused” retailer.\n\n"
      "Loretta Banks won titles in the Sun Belt and Conference USA.\n\n"
      "“I'm going to sleep in,” she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Hollis & Reed", "leaner, more focused"),
                          Direct("Loretta Banks", "I'm going to sleep in,")));
}

TEST(QuoteSpeakerTest, AMinistersPortfolioBeforeTheName) {
  // "Minister for Transport Patrick Sullivan": the portfolio goes with the
  // title; "Energy and Mines Minister Ricardo Talavera" still works.
  std::string text =
      "Minister for Transport Patrick Sullivan said he would “appeal to the "
      "company”.\n\n"
      "Energy and Mines Minister Ricardo Talavera arrived on Tuesday.\n\n"
      "“There will be consequences,” Talavera said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Patrick Sullivan", "appeal to the company"),
                  Direct("Ricardo Talavera", "There will be consequences,")));
}

TEST(QuoteSpeakerTest, AnAcronymForABodyWithAndInItsName) {
  // Named far from any quotation, "the US Food and Drug Administration"
  // is one body, which "the FDA" names later.
  std::string text =
      "The US Food and Drug Administration on Thursday approved the pill. "
      "It is the first of its kind. Doctors welcomed it. Shares rose.\n\n"
      "The trial enrolled 212 patients.\n\n"
      "Results were published in May.\n\n"
      "In a statement, the FDA said the pill “addresses a significant unmet "
      "need”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("US Food and Drug Administration",
                                  "addresses a significant unmet need")));
}

TEST(QuoteSpeakerTest, AGerundsClauseWithNoSubjectOfItsOwn) {
  // "..., and at one changeover was heard asking the umpire to "..."": the
  // sentence's subject asks, not "and at one changeover".
  std::string text =
      "Rafael Quintana was frustrated with the crowd, and at one changeover "
      "was heard asking the chair umpire to “do something about the "
      "noise”.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Rafael Quintana", "do something about the noise")));
}

TEST(QuoteSpeakerTest, APlaceAfterAPrepositionIsNoOneToQuote) {
  // "in Northern Ireland," names where she was, not someone who speaks in
  // the next paragraph.
  std::string text =
      "“This is what happens,” Marisol Quintero says.\n\n"
      "By 2011, on the set of a period drama in Northern Ireland, she was "
      "drinking every day.\n\n"
      "“I had this whole speech prepared.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Marisol Quintero", "This is what happens,"),
                          Direct("Marisol Quintero",
                                 "I had this whole speech prepared.")));
}

TEST(QuoteSpeakerTest, ARelativeNamedAfterTheSubjectIsNotHe) {
  // "Nyström said he had a message from his grandfather, Lennart, who
  // ...": "he said" next is Nyström.
  std::string text =
      "Aleksander Nyström won in four sets.\n\n"
      "Asked who he had heard from, Nyström said he had a message from his "
      "grandfather, Lennart, who first took him to a court.\n\n"
      "“It said, keep going,” he said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Aleksander Nyström",
                                               "It said, keep going,")));
}

TEST(QuoteSpeakerTest, ASurnameThatEndsLikeAnAgentNoun) {
  // "Mercer briefly addressed the court": the defendant named before, not
  // a common noun like "farmer".
  std::string text =
      "Devin Mercer, 19, pleaded guilty in August.\n\n"
      "Daniel Park spoke. “I am not here for him,” he said.\n\n"
      "Mercer briefly addressed the court.\n\n"
      "“I know saying sorry means nothing,” he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Daniel Park", "I am not here for him,"),
                          Direct("Devin Mercer",
                                 "I know saying sorry means nothing,")));
}

TEST(QuoteSpeakerTest, BodiesInThePluralSpeak) {
  // "14 civil society groups said the law was "..."": they speak, though
  // the verb is not next to the quotation; a review is a body whose name
  // goes on with "of".
  std::string text =
      "In a joint statement, 14 civil society groups said the law was "
      "“designed to make peaceful protest impossible”.\n\n"
      "The Lagos Review of Books described the novel as “a quiet "
      "detonation”.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("14 civil society groups",
                          "designed to make peaceful protest "
                          "impossible"),
                  Partial("Lagos Review of Books", "a quiet detonation")));
}

TEST(QuoteSpeakerTest, TitlesInitialsAndPossessivesBeforeNames) {
  std::string text =
      "U.S. District Judge Lorna Pike twice admonished the defence. “Let "
      "her finish,” the judge said.\n\n"
      "Qatar’s Minister of State at the Ministry of Foreign Affairs, Sultan "
      "bin Khalid Al-Marri, told reporters the talks were “difficult but "
      "serious”.\n\n"
      "Nadia Bensaïd, a crane operator, said she was “called in at "
      "midnight”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Lorna Pike", "Let her finish,"),
                          Partial("Sultan bin Khalid Al-Marri",
                                  "difficult but serious"),
                          Partial("Nadia Bensaïd", "called in at midnight")));
}

TEST(QuoteSpeakerTest, ASurnameKeepsThePersonFirstNamedWithIt) {
  std::string text =
      "Mayor Hlee Vang took office in 2021.\n\n"
      "Her mother, Mai Xiong Vang, still runs the family shop.\n\n"
      "“I made a bad call that night,” Vang says.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct(
                                "Hlee Vang", "I made a bad call that night,")));
}

TEST(QuoteSpeakerTest, ANewsAgencyIsNotTheCentralBank) {
  std::string text =
      "BOGOTA, Sept 30 (Reuters) - Colombia’s central bank cut its rate.\n\n"
      "The board of the Banco de la República was split.\n\n"
      "Analysts polled by Reuters had expected the cut.\n\n"
      "The central bank said demand was showing “signs of moderation”.\n";
  std::vector<Q> quotes = Quotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_NE(quotes[0].speaker, "Reuters");
}

TEST(QuoteSpeakerTest, GenerationsAndBracketsAroundNames) {
  std::string text =
      "“We will appeal,” said Martin Luther King Jr., a civil rights "
      "leader.\n\n"
      "Sen. Elizabeth Warren (D-Mass.) called the ruling “a disgrace.”\n\n"
      "The UN refugee agency, UNHCR, said it was “deeply saddened”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Martin Luther King Jr.", "We will appeal,"),
                          Partial("Elizabeth Warren", "a disgrace."),
                          Partial("UNHCR", "deeply saddened")));
}

TEST(QuoteKindTest, WhatSomeoneCallsHoweverLong) {
  // "what critics call" labels, however long; "what she calls" is hers.
  std::string text =
      "Adaeze Obi wrote two novels. There was a long stretch of what she "
      "calls “touring the book instead of writing the next one”, and what "
      "critics call “the long silence”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Adaeze Obi",
                                  "touring the book instead of writing the "
                                  "next one"),
                          Term("the long silence")));
}

TEST(QuoteSpeakerTest, SheIsAgainThePersonARelationWasDescribedBy) {
  // "Her editor" is described by her relation to the novelist; two
  // paragraphs on, "she" is the novelist again, while "he" right after
  // "His father, X, said" is still the father.
  std::string text =
      "Ama Owusu arrives with a bag of tomatoes. “My neighbour grows them,” "
      "she says.\n\n"
      "Her editor at Fourth Estate, Clara Webb, says the manuscript came “in "
      "a state of glorious chaos”. “Ama writes like someone emptying a "
      "drawer,” Webb says.\n\n"
      "The book took four years.\n\n"
      "“Grief made me very slow,” she says.\n\n"
      "His father, Kwame Owusu, said the family had been told last year.\n\n"
      "“We did not let ourselves believe it,” he said.\n";
  std::vector<Q> quotes = Quotes(text);
  ASSERT_EQ(quotes.size(), 5u);
  EXPECT_EQ(quotes[3], Direct("Ama Owusu", "Grief made me very slow,"));
  EXPECT_EQ(quotes[4],
            Direct("Kwame Owusu", "We did not let ourselves believe it,"));
}

TEST(QuoteSpeakerTest, BracketsAndAttributionsAreNoNewSpeakers) {
  std::string text =
      "Cllr Tom Hale (Conservative, Coleshill North), whose ward includes "
      "the site, said the roads were “at breaking point”.\n\n"
      "“I have never had as many emails,” he said.\n\n"
      "“The fire spread very fast,” said Tajul Islam, a deputy director of "
      "the Fire Service and Civil Defence, who oversaw the operation. “By the "
      "time we arrived, the smoke had reached the upper floors.”\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Tom Hale", "at breaking point"),
                  Direct("Tom Hale", "I have never had as many emails,"),
                  Direct("Tajul Islam", "The fire spread very fast,"),
                  Direct("Tajul Islam",
                         "By the time we arrived, the smoke "
                         "had reached the upper floors.")));
}

TEST(QuoteSpeakerTest, TheCompanyIsTheLatestBusinessNotTheLatestBody) {
  std::string text =
      "Meridian Petroleum was sued in The Hague. The Hague Court of Appeal "
      "will rule next year.\n\n"
      "“We are transforming our business,” the company said.\n\n"
      "The European Commission said the timetable had been agreed by both "
      "sides and that the UK had been given “ample time” to prepare.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Meridian Petroleum",
                                 "We are transforming our business,"),
                          Partial("European Commission", "ample time")));
}

TEST(QuoteSpeakerTest, DaysOpeningPhrasesAndAppositivesWithRelativeClauses) {
  std::string text =
      "Former MP Lucien Gagnon, who once called him “the government's "
      "attack dog,” said Saturday that he respected him.\n\n"
      "In The Hollywood Reporter, Priya Rao wrote that the film “curdles” "
      "in the final act, adding: “There is a great short film inside it.”\n\n"
      "Among the crowd was Suman Gurung, a delivery rider from Nepal who said "
      "he shared a flat with nine men. “We sleep ten in one house,” he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Lucien Gagnon", "the government's attack dog,"),
                  Partial("Priya Rao", "curdles"),
                  Direct("Priya Rao", "There is a great short film inside it."),
                  Direct("Suman Gurung", "We sleep ten in one house,")));
}

TEST(QuoteSpeakerTest, AndInsideAPortfolioBeforeATitle) {
  std::string text =
      "Power and Energy Minister Mahbubur Rashid told parliament the "
      "shortfall was “temporary” and blamed gas prices.\n\n"
      "“We are done,” said Ana Ruiz and Tom Baker.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Mahbubur Rashid", "temporary"),
                          Direct("Ana Ruiz and Tom Baker", "We are done,")));
}

TEST(QuoteSpeakerTest, AndInsideAPublicBodysName) {
  std::string text =
      "The impurity is classified by the U.S. Food and Drug Administration "
      "as a probable human carcinogen.\n\n"
      "\"The risk is very small,\" the agency said.\n\n"
      "Shares in Microsoft and Apple Inc. rose.\n\n"
      "\"We see no change,\" the company said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("U.S. Food and Drug Administration",
                                 "The risk is very small,"),
                          Direct("Apple Inc.", "We see no change,")));
}

TEST(QuoteSpeakerTest, AnAmpersandInsideABodysNameBeforeASpokesperson) {
  std::string text =
      "A Hollis & Reed spokesperson said gift cards would be honored "
      "“for the time being,” but added more.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("A Hollis & Reed spokesperson",
                                                "for the time being,")));
}

TEST(QuoteSpeakerTest, AListenerInThePassiveIsNoSpeaker) {
  std::string text =
      "Referee James Whitcombe told Rangi the Hurricanes had been warned "
      "about “repeat infringements” and that he had “no option”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("James Whitcombe", "repeat infringements"),
                          Partial("James Whitcombe", "no option")));
}

TEST(QuoteSpeakerTest, AnUnnamedSourceWithALongBodysName) {
  std::string text =
      "A spokesperson for the Sacramento County Department of Homeless "
      "Services and Housing said the county would open beds, and described "
      "the count as “a baseline, not a finish line.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A spokesperson for the Sacramento County "
                                  "Department of Homeless Services and Housing",
                                  "a baseline, not a finish line.")));
}

TEST(QuoteSpeakerTest, SomeoneKnownByARelationToAManIsNotTheHeAfterIt) {
  std::string text =
      "Dónal Sheehan has fished these waters for 50 years.\n\n"
      "He still comes out most days, though his knees are bad and his doctor "
      "has told him to stop.\n\n"
      "“He’s been telling me to stop for years,” he says.\n\n"
      "His mother has told him to sell. “He is stubborn,” she says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Dónal Sheehan",
                                 "He’s been telling me to stop for years,"),
                          Direct("His mother", "He is stubborn,")));
}

TEST(QuoteSpeakerTest, TheNameAfterARelationIsTheSubject) {
  std::string text =
      "“I am tired,” said Comfort Addo.\n\n"
      "Her son, Emmanuel Addo, a 22-year-old university graduate, said it "
      "was his first election. “My whole generation came out,” he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Comfort Addo", "I am tired,"),
                  Direct("Emmanuel Addo", "My whole generation came out,")));
}

TEST(QuoteSpeakerTest, AHeadlineRepeatingABodyQuoteHasItsSpeaker) {
  // The segmenter reads the first line as a heading (no full stop).
  std::string text =
      "Bakery fire: owner vows to “build it back”\n\n"
      "By Jane Roe\n\n"
      "A fire destroyed the Main Street bakery on Tuesday night, the fire "
      "department said.\n\n"
      "“My grandfather built the ovens,” Anthony Rossi said. “But we are "
      "going to build it back.”\n\n"
      "The “old oven” room in 2019. Credit: Jane Roe\n";
  Segmentation seg = Segment(text);
  ASSERT_EQ(seg.blocks[0].kind, BlockKind::kHeading);
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Anthony Rossi", "build it back"),
          Direct("Anthony Rossi", "My grandfather built the ovens,"),
          Direct("Anthony Rossi", "But we are going to build it back.")));
}

TEST(QuoteSpeakerTest, ATabloidsMoodWordIsNoPartOfTheName) {
  std::string text =
      "Kerry Dawson, 38, and her three kids were due to fly.\n\n"
      "Fuming Kerry, from Stockport, said: “We were treated like cattle.”\n\n"
      "But Kerry hit back: “We never saw a hotel.”\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Kerry Dawson", "We were treated like cattle."),
                  Direct("Kerry Dawson", "We never saw a hotel.")));
}

TEST(QuoteSpeakerTest, ATitleAndASharedSurnameAreTheOneLastSpokenOf) {
  std::string text =
      "Postmistress Bríd Gallagher is retiring. Mrs Gallagher said she had "
      "hoped someone would take over.\n\n"
      "The matter was raised by Cllr Martin Gallagher, who called the closure "
      "“a body blow”.\n\n"
      "“We are told every year that rural Ireland matters,” Cllr Gallagher "
      "said.\n\n"
      "Dr. Ruth Albright died on Monday. Her daughter, Claire Albright, said "
      "their mother had remained “fiercely curious”.\n\n"
      "“She would email me links at two in the morning,” Ms. Albright said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Martin Gallagher", "a body blow"),
                  Direct("Martin Gallagher",
                         "We are told every year that rural Ireland matters,"),
                  Partial("Claire Albright", "fiercely curious"),
                  Direct("Claire Albright",
                         "She would email me links at two in the morning,")));
}

TEST(QuoteSpeakerTest, TitlesOfOtherCountriesAndFamilyNamesWrittenFirst) {
  std::string text =
      "Mr Tan Boon Huat, who runs a noodle stall, said the new fans had made "
      "it “much cooler”.\n\n"
      "Madam Lim Siew Geok, 71, said: “I could never find a seat.”\n\n"
      "Ms Tan Li Ying, MP for Kemboja SMC, said hawker centres were “our "
      "dining rooms”.\n\n"
      "“We must keep hawking a livelihood,” said Ms Tan.\n\n"
      "Local TD Aoife Walsh called the consultation “a box-ticking "
      "exercise”.\n\n"
      "Deputy Public Prosecutor Gordon Chua opened the case. “She built a "
      "system,” DPP Chua said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Tan Boon Huat", "much cooler"),
                  Direct("Lim Siew Geok", "I could never find a seat."),
                  Partial("Tan Li Ying", "our dining rooms"),
                  Direct("Tan Li Ying", "We must keep hawking a livelihood,"),
                  Partial("Aoife Walsh", "a box-ticking exercise"),
                  Direct("Gordon Chua", "She built a system,")));
}

TEST(QuoteSpeakerTest, TheMumOfThreeIsThePersonJustNamed) {
  std::string text =
      "Kerry Dawson was stuck at the airport for 31 hours.\n\n"
      "The mum-of-three said gate staff were “rude and clueless” and that "
      "nobody told them anything.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Kerry Dawson", "rude and clueless")));
}

TEST(QuoteSpeakerTest, AnAcronymOfANameThatOpensWithAPossessive) {
  std::string text =
      "Asante led Efua Darko-Mensah of the governing People’s Democratic "
      "Alliance (PDA).\n\n"
      "Turnout was high.\n\n"
      "Counting went on overnight.\n\n"
      "The PDA said: “We note the claims with concern.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("People’s Democratic Alliance",
                                 "We note the claims with concern.")));
}

TEST(QuoteSpeakerTest, SharesOfACompanyAreNoPartOfItsName) {
  std::string text =
      "SAN JOSE, Calif. (AP) — Shares of Brightwell Technologies rose more "
      "than 9% on Tuesday.\n\n"
      "Revenue rose 17%.\n\n"
      "Costs fell.\n\n"
      "Brightwell said demand had been “stronger than anticipated” in "
      "Europe.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Brightwell Technologies",
                                                "stronger than anticipated")));
}

TEST(QuoteSpeakerTest, RemarksAfterAPossessiveAreANoun) {
  std::string text =
      "Simon Everett, for the defence, spoke next.\n\n"
      "Everett told jurors in his opening remarks that the case was “far "
      "more complicated than the crown suggests”.\n\n"
      "Kate Bell said the claims were false. “Her remarks were wrong,” "
      "she said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Simon Everett",
                          "far more complicated than the crown suggests"),
                  Direct("Kate Bell", "Her remarks were wrong,")));
}

TEST(QuoteSpeakerTest, ASpeakerHasTheMiddleNameGivenLater) {
  std::string text =
      "Ruth Albright, a marine geologist, died on Monday.\n\n"
      "She had been hired, she later said, “to do the drawing, not the "
      "thinking.”\n\n"
      "Ruth Ellen Albright was born in 1933 in Duluth.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ruth Ellen Albright",
                                  "to do the drawing, not the thinking.")));
}

TEST(QuoteSpeakerTest, APlaceBeforeANounThatLooksLikeAVerbIsNoSpeaker) {
  std::string text =
      "Marcus Lindqvist told analysts that revenue was slightly above Wall "
      "Street forecasts. He said the company was “cautiously optimistic” "
      "about spending.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Marcus Lindqvist",
                                                "cautiously optimistic")));
}

TEST(QuoteSpeakerTest, TheIrishAnInsideASentenceIsPartOfAName) {
  std::string text =
      "In a statement to the Connacht Courier, An Post said the decision "
      "followed “a comprehensive review” of the office.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("An Post", "a comprehensive review")));
}

TEST(QuoteSpeakerTest, ALedesMagistrateNamedFarIntoTheStory) {
  std::string text =
      "A former treasurer who took $86,000 from a football club has been "
      "spared jail, with a magistrate describing his offending as “a gross "
      "breach of trust” against the club.\n\n"
      "Craig Pearce, 47, pleaded guilty on Tuesday.\n\n"
      "He made 112 transfers.\n\n"
      "The money came from an appeal.\n\n"
      "He has repaid some of it.\n\n"
      "The club is run by volunteers.\n\n"
      "Its members were angry.\n\n"
      "Magistrate Helen Brophy said the impact had been significant.\n\n"
      "“You took from the kids,” Ms Brophy told Pearce.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Helen Brophy", "a gross breach of trust"),
                          Direct("Helen Brophy", "You took from the kids,")));
}

TEST(QuoteSpeakerTest, ACommaInsideABodysName) {
  std::string text =
      "The Department for Environment, Food and Rural Affairs said water "
      "companies would face “tougher penalties than ever before”.\n\n"
      "At Wexford District Court on Tuesday, prosecutor Elise Navarro said "
      "it was “a careless remark”.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Department for Environment, Food and Rural Affairs",
                          "tougher penalties than ever before"),
                  Partial("Elise Navarro", "a careless remark")));
}

TEST(QuoteSpeakerTest, AHeadlinesSingleMarksRepeatingABodyQuote) {
  std::string text =
      "UK accuses EU of ‘moving the goalposts’ on Britain’s car tariffs\n\n"
      "By Jane Roe\n\n"
      "The business secretary, Gareth Llewellyn, has accused the European "
      "Union of “moving the goalposts” on trade.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Gareth Llewellyn", "moving the goalposts"),
                          Partial("Gareth Llewellyn", "moving the goalposts")));
}

TEST(QuoteSpeakerTest, ABodyOpeningASentenceAfterADatelineSaying) {
  std::string text =
      "The Reserve Bank of New Zealand meets every six weeks.\n\n"
      "WELLINGTON, Nov 27 (Reuters) - New Zealand's central bank held its "
      "cash rate at 5.25% on Wednesday, saying inflation was proving \"more "
      "persistent than anticipated.\"\n\n"
      "Across the Causeway, Johor state transport committee chairman Azlan "
      "Hamid welcomed the move, saying it would “complement” its plans.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Reserve Bank of New Zealand",
                                  "more persistent than anticipated."),
                          Partial("Azlan Hamid", "complement")));
}

TEST(QuoteSpeakerTest, AHeadlinesQuoteIsTheBodysSpeakers) {
  std::string text =
      "After 72 years, a Silver Spring hardware store is closing: “We just "
      "couldn’t compete anymore”\n\n"
      "By Jonah Feld\n\n"
      "“We just couldn’t compete anymore,” said Teresa Ricci, 66.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Teresa Ricci", "We just couldn’t compete anymore"),
                  Direct("Teresa Ricci", "We just couldn’t compete anymore,")));
}

TEST(QuoteSpeakerTest, AnAdjectiveOrARoleBeforeATitleAndAName) {
  std::string text =
      "In a televised address, outgoing Prime Minister José Carlos Monteiro "
      "conceded defeat, saying his party would be a “responsible "
      "opposition”.\n\n"
      "“My client is a businessman,” said senior advocate Meera Srinivasan, "
      "who appears for him.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("José Carlos Monteiro", "responsible opposition"),
                  Direct("Meera Srinivasan", "My client is a businessman,")));
}

TEST(QuoteSpeakerTest, ACompanysAbbreviationKeepsItsFullStop) {
  std::string text =
      "Vantora Inc. will cut about 1,800 jobs, as the software maker moves "
      "spending.\n\n"
      "Vantora expects charges, according to the filing.\n\n"
      "“We expect savings,” the company said in the filing.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Vantora Inc.", "We expect savings,")));
}

TEST(QuoteSpeakerTest, AnAcronymWrittenAsAWordAndMoreBodyWords) {
  std::string text =
      "The team used radar data from the European Space Agency’s "
      "satellites.\n\n"
      "Esa said the findings showed the “enormous value” of the records.\n\n"
      "Tenants sued Lakeshore Residential REIT last year.\n\n"
      "Lakeshore said it “complies fully” with the law.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("European Space Agency", "enormous value"),
                  Partial("Lakeshore Residential REIT", "complies fully")));
}

TEST(QuoteSpeakerTest, MrsIsNotTheOneCalledMiss) {
  std::string text =
      "Connor Haig attacked Leanne Marsh, 24, hours after she had texted him "
      "that she “needed space”.\n\n"
      "Jurors rejected his claim that Miss Marsh came at him with a knife.\n\n"
      "Miss Marsh’s mother, Carol Marsh, sobbed in the public gallery.\n\n"
      "Speaking outside court, Mrs Marsh, 52, said: “Leanne was the light of "
      "our family.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Leanne Marsh", "needed space"),
                          Direct("Carol Marsh",
                                 "Leanne was the light of our family.")));
}

TEST(QuoteSpeakerTest, AUnionWithAndInItsNameAfterANationality) {
  std::string text =
      "Members of the Irish Nurses and Allied Health Union (INAHU) set up "
      "pickets at 8am.\n\n"
      "It was cold.\n\n"
      "It was wet.\n\n"
      "This evening, the union said: “Our members will be back tomorrow.”\n\n"
      "The Irish Nurses and Allied Health Union met again.\n\n"
      "“We are ready,” the union said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Irish Nurses and Allied Health Union",
                                 "Our members will be back tomorrow."),
                          Direct("Irish Nurses and Allied Health Union",
                                 "We are ready,")));
}

TEST(QuoteSpeakerTest, AndreaGoesByTheBirthRecords) {
  std::string text =
      "Jess Whitlock lost her shed in the fire.\n\n"
      "CFA Chief Officer Andrea Keller said conditions had been “about as bad "
      "as they get”.\n\n"
      "“Fire behaviour becomes extreme very quickly,” she said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Andrea Keller", "about as bad as they get"),
                  Direct("Andrea Keller",
                         "Fire behaviour becomes extreme very quickly,")));
}

TEST(QuoteSpeakerTest, TheSpeakersOwnVerbOverALaterOneOfTheSentence) {
  std::string text =
      "The Minister for Health, Gráinne Nolan, said she was “concerned” by "
      "the dispute and urged both sides to return to talks.\n\n"
      "Carlos Mendoza-Iturbe of the research firm Halvorsen Insights said "
      "Lumora had “leapfrogged” its rivals but warned that the price was "
      "high.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Gráinne Nolan", "concerned"),
                          Partial("Carlos Mendoza-Iturbe", "leapfrogged")));
}

TEST(QuoteSpeakerTest, BornOpensAParticiplePhraseNotAName) {
  std::string text =
      "Lorraine Vance, who died this week at 78, wrote quiet songs.\n\n"
      "Her daughter, Nora Vance, confirmed the death. “She was writing until "
      "the end,” Nora Vance said.\n\n"
      "Born Lorraine Mabry in Tupelo, Mississippi, in 1947, she grew up "
      "singing in church.\n\n"
      "“I never wanted to be a star,” she said in 1989.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Nora Vance", "She was writing until the end,"),
                  Direct("Lorraine Vance", "I never wanted to be a star,")));
}

TEST(QuoteSpeakerTest, ALedesHighCourtJudgeIsTheJusticeNamedNext) {
  std::string text =
      "A High Court judge has refused to jail six residents, but warned that "
      "the court’s orders “are not optional”.\n\n"
      "Ms Justice Áine Brophy said the six had breached the order.\n\n"
      "A Carrigmore Aggregates spokesperson said the company was "
      "“disappointed”.\n\n"
      "Site manager Declan Ward said: “We will comply.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Áine Brophy", "are not optional"),
                          Partial("A Carrigmore Aggregates spokesperson",
                                  "disappointed"),
                          Direct("Declan Ward", "We will comply.")));
}

TEST(QuoteSpeakerTest, AMinistryWithACommaInItsNameIsABody) {
  std::string text =
      "In a statement, the B.C. Ministry of Water, Land and Resource "
      "Stewardship said drought impacts are “almost certain.”\n\n"
      "The ministry said it was “working closely with licensees” now.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("B.C. Ministry of Water, Land and Resource Stewardship",
                  "almost certain."),
          Partial("B.C. Ministry of Water, Land and Resource Stewardship",
                  "working closely with licensees")));
}

TEST(QuoteSpeakerTest, APassiveListenerIsNoSpeakerButOneAskedAnswers) {
  std::string text =
      "Marcia Greaves, Andre’s mother, said that timeline offered “cold "
      "comfort” to a family that has been told almost nothing.\n\n"
      "“Nobody has knocked on my door,” she said.\n\n"
      "After the defeat, a drained Marko Vidović was asked whether he feared "
      "for his job. “I am not a man who hides.”\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Marcia Greaves", "cold comfort"),
                  Direct("Marcia Greaves", "Nobody has knocked on my door,"),
                  Direct("Marko Vidović", "I am not a man who hides.")));
}

TEST(QuoteSpeakerTest, ALedesPossessiveRoleIsThePersonNamedNext) {
  std::string text =
      "Malaysia’s foreign minister said on Thursday that ties with China were "
      "“bigger than any one issue”, as the two sides agreed to expand "
      "trade.\n\n"
      "Datuk Seri Hakim Rahman, who is on a three-day visit to Beijing, met "
      "Chinese Foreign Minister Liang Wenhao for talks.\n\n"
      "“We had frank talks,” Liang said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Hakim Rahman", "bigger than any one issue"),
                          Direct("Liang Wenhao", "We had frank talks,")));
}

TEST(QuoteSpeakerTest, ATitlesPortfolioBeforeTheNameInAClause) {
  std::string text =
      "Minister for Education Deirdre Lalor congratulated students, saying "
      "they had “shown remarkable resilience” through school.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Deirdre Lalor", "shown remarkable resilience")));
}

TEST(QuoteSpeakerTest, AnUnnamedSomeoneIsNotTheHeWhenAManWasNamed) {
  std::string text =
      "Harrison Lowe won by three shots.\n\n"
      "The victory earns Lowe a place at Royal Birkdale, something he "
      "admitted had not crossed his mind until a reporter mentioned it.\n\n"
      "“Birkdale. Wow. I hadn’t even thought about that,” he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Harrison Lowe",
                         "Birkdale. Wow. I hadn’t even thought about that,")));
}

TEST(QuoteKindTest, AFragmentSourcedByAccordingToLaterInTheSentence) {
  std::string text =
      "The surface turned “a bit two-paced” in the second innings, according "
      "to Gurpreet Sandhu, the groundsman.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Gurpreet Sandhu", "a bit two-paced")));
}

TEST(QuoteSpeakerTest, ThePoliceForceIsABody) {
  std::string text =
      "City of London Police investigated the case.\n\n"
      "The force said it was pursuing confiscation proceedings to “claw back "
      "every penny possible” for victims.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("City of London Police",
                                  "claw back every penny possible")));
}

TEST(QuoteSpeakerTest, PostNominalsEndANameInAnAppositive) {
  std::string text =
      "Counsel for Carrigmore, Rossa Fitzgerald SC, had told the court that "
      "the protests had left drivers “afraid to come to work”.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Rossa Fitzgerald",
                                                "afraid to come to work")));
}

TEST(QuoteSpeakerTest, AFirstNameBeforeAndSharesTheSurnameAfterIt) {
  std::string text =
      "For couple Jade and Ryan Whitlock, from Doncaster, the end of their "
      "fix will add £286 to their repayments.\n\n"
      "Jade, 29, a nursery nurse, said: “We’re not extravagant people.”\n\n"
      "Jade and Ryan Whitlock said it was “our third child”.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Jade Whitlock", "We’re not extravagant people."),
                  Partial("Jade and Ryan Whitlock", "our third child")));
}

TEST(QuoteSpeakerTest, TheUniversityIsTheBodyOfThatSortNotOneWithTheWord) {
  std::string text =
      "Staff at Dublin Metropolitan University walked out on Monday.\n\n"
      "The Irish Federation of University Teachers said the strike would "
      "go on.\n\n"
      "The university said it “regrets the disruption to students”.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Dublin Metropolitan University",
                                  "regrets the disruption to students")));
}

TEST(QuoteSpeakerTest, ATimeBeforeTheSubjectOfAClauseIsNoSpeaker) {
  std::string text =
      "In January the Yorkshire Food Awards named it restaurant of the year, "
      "praising its “generous, unapologetically bold” cooking.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Yorkshire Food Awards",
                                  "generous, unapologetically bold")));
}

TEST(QuoteSpeakerTest, ABodyOfABodyAfterAPossessive) {
  std::string text =
      "The Labor Department's Bureau of Labor Statistics said the strike had "
      "\"no discernible effect\" on the figures.\n\n"
      "The U.S. Attorney's Office for the Southern District said the case "
      "was \"a priority\" for it.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Bureau of Labor Statistics", "no discernible effect"),
          Partial("U.S. Attorney's Office for the Southern District",
                  "a priority")));
}

TEST(QuoteSpeakerTest, TheSourceIsTheSourceDescribedBefore) {
  std::string text =
      "A source at one of the big grocers said the cuts were “a shot across "
      "the bows” and that others would respond.\n\n"
      "“Nobody can afford to sit this out,” the source said.\n\n"
      "A city planning official, who was not authorized to speak, said "
      "permits were expected “within weeks.”\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("A source at one of the big grocers",
                          "a shot across the bows"),
                  Direct("A source at one of the big grocers",
                         "Nobody can afford to sit this out,"),
                  Partial("A city planning official", "within weeks.")));
}

TEST(QuoteSpeakerTest, ATimeBeforeARoleAndAMinistryListingItsPortfolios) {
  std::string text =
      "Within hours rival Pricewise hit back, vowing to “match every penny” "
      "from Monday.\n\n"
      "The Ministry of Housing, Communities and Local Government said it "
      "remained “committed to building 1.5 million homes”.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Pricewise", "match every penny"),
          Partial("Ministry of Housing, Communities and Local Government",
                  "committed to building 1.5 million homes")));
}

TEST(QuoteSpeakerTest, AfterAPlaceTheSentencesSubject) {
  std::string text =
      "Mayor Hannah Ng said the shire was ready.\n\n"
      "In Bowen, cafe owner Jenny Russo — no relation to the mayor — spent "
      "Monday night boarding up her shopfront.\n\n"
      "“You do what you can,” she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Jenny Russo", "You do what you can,")));
}

TEST(QuoteSpeakerTest, ASourceFarAfterIsTheDatasNotTheWords) {
  std::string text =
      "Chief Financial Officer Raúl Benavides-Lund said the company had seen "
      "\"clear evidence of trade-down\" in its frozen category, where "
      "private labels gained share, according to NielsenIQ data.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Raúl Benavides-Lund",
                                  "clear evidence of trade-down")));
}

TEST(QuoteSpeakerTest, DeanIsAFirstNameBeforeOneSurname) {
  std::string text =
      "Dean Coulter, a former army sergeant, won 14,208 votes.\n\n"
      "In his victory speech, Coulter said: “This is a political "
      "earthquake.”\n\n"
      "The group manager, Dean Whatuira, told the meeting: “We cannot award "
      "a contract.”\n\n"
      "“We are proud,” said Dean Maria Lopez of the law school.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Dean Coulter", "This is a political earthquake."),
                  Direct("Dean Whatuira", "We cannot award a contract."),
                  Direct("Maria Lopez", "We are proud,")));
}

TEST(QuoteSpeakerTest, AnAgedNationalityAndAFirstNameThatIsAlsoAThing) {
  std::string text =
      "Daria Korolenko lost the final.\n\n"
      "\"I had my chances,\" the 26-year-old Ukrainian said.\n\n"
      "\"It hurts,\" said the 26-year-old Ukrainian.\n\n"
      "Bill Harmon, who owns an insurance agency, disagreed.\n\n"
      "\"I had to take down a banner,\" Harmon said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Daria Korolenko", "I had my chances,"),
                  Direct("Daria Korolenko", "It hurts,"),
                  Direct("Bill Harmon", "I had to take down a banner,")));
}

TEST(QuoteKindTest, ANamedPersonCallingSomethingSoInAClauseSpeaks) {
  std::string text =
      "Daria Korolenko lost the final.\n\n"
      "Korolenko was gracious in defeat, calling her opponent \"fearless\".\n\n"
      "Fans have taken to calling the defence the \"New Orange Crush\".\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(quotes[0].speaker.name, "Daria Korolenko");
  EXPECT_EQ(quotes[1].kind, QuoteKind::kTerm);
}

TEST(QuoteSpeakerTest, APlaceBeforeABodysNounNamesTheBody) {
  std::string text =
      "The Delhi health department, in a statement issued late on Tuesday, "
      "said salaries had been \"released to the concerned hospitals\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Delhi health department",
                                  "released to the concerned hospitals")));
}

TEST(QuoteSpeakerTest, OneInitialAndASurnameAreAName) {
  std::string text =
      "The mission director, S. Raghavendra, said the launch went well.\n\n"
      "“We have three more launches planned,” Raghavendra said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("S. Raghavendra",
                                 "We have three more launches planned,")));
}

TEST(QuoteSpeakerTest, ATitlesOfPhraseBeforeTheNameAfterTheVerb) {
  std::string text =
      "“The villagers did remarkable work,” said Superintendent of Police "
      "Sanjeev Thakur.\n\n"
      "“We are done,” said Secretary of State Antony Blinken.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Sanjeev Thakur",
                                 "The villagers did remarkable work,"),
                          Direct("Antony Blinken", "We are done,")));
}

TEST(QuoteSpeakerTest, ABodysNameGoesOnPastOfAndABranchNumber) {
  std::string text =
      "The Fraternal Order of Police Lodge 38, which represents officers, "
      "said the officer had \"followed his training\" and urged residents "
      "\"not to rush to judgment.\"\n\n"
      "Senator Harriet Okonkwo of Vermont, who chairs the panel, said it "
      "was \"a betrayal\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Fraternal Order of Police Lodge 38",
                                  "followed his training"),
                          Partial("Fraternal Order of Police Lodge 38",
                                  "not to rush to judgment."),
                          Partial("Harriet Okonkwo", "a betrayal")));
}

TEST(QuoteSpeakerTest, APluralPossessiveInsideABodysName) {
  std::string text =
      "The Federation of Resident Doctors' Association (FORDA), which "
      "represents 4,500 doctors, said the strike would continue \"till "
      "written assurances are given\".\n\n"
      "Smith's lawyer, Jane Doe, said it was \"a betrayal\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Federation of Resident Doctors' Association",
                                  "till written assurances are given"),
                          Partial("Jane Doe", "a betrayal")));
}

TEST(QuoteSpeakerTest, ARankingOrFormerBeforeTheNameIsADescription) {
  std::string text =
      "Her run was \"the story of the season\", according to former world "
      "number four Sabine Kessler, now a commentator.\n\n"
      "\"It was hard,\" said world No. 3 Daria Korolenko.\n\n"
      "\"It was harder,\" said former Prime Minister Jane Smith.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Sabine Kessler", "the story of the season"),
                          Direct("Daria Korolenko", "It was hard,"),
                          Direct("Jane Smith", "It was harder,")));
}

TEST(QuoteSpeakerTest, ATitlesPortfolioAfterTheAndACapitalisedParticle) {
  std::string text =
      "Leader of the Opposition Malik Tariq Awan said it was \"a rubber "
      "stamp\".\n\n"
      "\"We will not sit quietly,\" said Leader of the Opposition Malik Tariq "
      "Awan.\n\n"
      "Khalid al-Mansouri, a senior official, said the sides agreed on "
      "\"about 80 percent\" of a text.\n\n"
      "Al-Mansouri said mediators would present a \"bridging proposal\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Malik Tariq Awan", "a rubber stamp"),
                  Direct("Malik Tariq Awan", "We will not sit quietly,"),
                  Partial("Khalid al-Mansouri", "about 80 percent"),
                  Partial("Khalid al-Mansouri", "bridging proposal")));
}

TEST(QuoteSpeakerTest, AFullNameBeforeAVerbInsideAPhraseIsMentioned) {
  std::string text =
      "The first thing Maren Ashdown does when I arrive is apologise for the "
      "weather.\n\n"
      "\u201cI say too much,\u201d she says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Maren Ashdown", "I say too much,")));
}

TEST(QuoteSpeakerTest, AFirstNameAfterARelationTakesTheFamilyName) {
  std::string text =
      "Danny Rourke is trying to remember the chords. His older brother, "
      "Caleb, watches from across the room.\n\n"
      "\u201cIt\u2019s a B-flat,\u201d Caleb finally says.\n\n"
      "Tom Radley farms 200 acres. Mr Radley\u2019s wife, Claire, who keeps "
      "the accounts, said the family had spent thousands. \u201cWe are "
      "spending money,\u201d she said.\n\n"
      "Ada Okafor-Reyes bakes. Her brother, Tunde, who lives in Lagos, says "
      "it explains a lot. \u201cBread is sacred,\u201d he says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Caleb Rourke", "It\u2019s a B-flat,"),
                          Direct("Claire Radley", "We are spending money,"),
                          Direct("Tunde", "Bread is sacred,")));
}

TEST(QuoteSpeakerTest, ABodyBeforeWhichSpeaks) {
  std::string text =
      "The plan was backed by the union, which said it was "
      "\u201cthrilling\u201d.\n\n"
      "A record 612 patients were on trolleys, according to the Irish Nurses "
      "and Midwives Organisation (INMO), which warned that overcrowding had "
      "reached \u201cdangerous\u201d levels.\n\n"
      "The NHC warned of a \u201clife-threatening\u201d storm surge.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("the union", "thrilling"),
                          Partial("Irish Nurses and Midwives Organisation",
                                  "dangerous"),
                          Partial("NHC", "life-threatening")));
}

TEST(QuoteKindTest, BlamingAPhraseQuotesIt) {
  std::string text =
      "In the declaration, Mr. Tan blamed a \u201cperfect storm\u201d of "
      "weaker spending.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Tan", "perfect storm")));
}

TEST(QuoteSpeakerTest, TheAgentOfAJudgingVerbInThePassiveSpeaks) {
  std::string text =
      "The decision was described as \u201cdeeply troubling\u201d by "
      "Inverclyde Shipbuilders, the nationalised yard.\n\n"
      "The area is described as a \u201chot spot\u201d by the locals.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Inverclyde Shipbuilders",
                                                "deeply troubling"),
                                        Term("hot spot")));
}

TEST(QuoteSpeakerTest, AHeadlinesStraightSingleMarksRepeatABodyQuote) {
  std::string text =
      "'We were nowhere near good enough' - Aldridge after England's "
      "collapse\n\n"
      "England captain Tom Aldridge was blunt. \"We were nowhere near good "
      "enough today,\" Aldridge said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Tom Aldridge", "We were nowhere near good enough"),
          Direct("Tom Aldridge", "We were nowhere near good enough today,")));
}

TEST(QuoteSpeakerTest, MorePeopleNounsMakeUnnamedSources) {
  std::string text =
      "A second delegate said ministers had discussed it.\n\n"
      "\u201cEverything depends on August,\u201d the delegate said.\n\n"
      "\u201cIt was terrifying,\u201d one passenger said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("A second delegate", "Everything depends on August,"),
                  Direct("one passenger", "It was terrifying,")));
}

TEST(QuoteSpeakerTest, ABodyEndingInAJobWordAndTheCapitalisedTitle) {
  std::string text =
      "The Health Service Executive (HSE) said departments had seen "
      "\u201cunprecedented demand\u201d.\n\n"
      "Prime Minister Jane Doe arrived in Paris on Monday.\n\n"
      "\"We are done,\" the Prime Minister said.\n\n"
      "\"We are leaving,\" said the Prime Minister.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Health Service Executive",
                                                "unprecedented demand"),
                                        Direct("Jane Doe", "We are done,"),
                                        Direct("Jane Doe", "We are leaving,")));
}

TEST(QuoteSpeakerTest, WhereABodyIsBasedIsNoPartOfItsName) {
  std::string text =
      "The approval was granted in January to Toronto-based Northcrest Gold "
      "Corp. for its mine.\n\n"
      "Northcrest said it had held \u201cmore than 60 meetings\u201d with "
      "the community.\n\n"
      "\u201cWe respect the right,\u201d the company said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Northcrest Gold Corp.", "more than 60 meetings"),
                  Direct("Northcrest Gold Corp.", "We respect the right,")));
}

TEST(QuoteSpeakerTest, APortfoliosAndIsPartOfTheTitle) {
  std::string text =
      "Tourism and Sports Minister Pimchanok Srisuk said the change was "
      "aimed at \"closing loopholes\".\n\n"
      "\"It is fine,\" said Tourism and Sports Minister Pimchanok Srisuk.\n\n"
      "A spokesman for the House Energy and Commerce Committee said it would "
      "\"review the bill\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Pimchanok Srisuk", "closing loopholes"),
                  Direct("Pimchanok Srisuk", "It is fine,"),
                  Partial("A spokesman for the House Energy and Commerce "
                          "Committee",
                          "review the bill")));
}

TEST(QuoteSpeakerTest, TheBodyNounFindsTheBodySoNamed) {
  // A relative clause says what a body did, not what it is; "the trust" is
  // the body whose name ends in "Trust".
  std::string text =
      "Graham Pellew, who ran the Lanterns Hospice Trust for 11 years, is "
      "accused of fraud.\n\n"
      "The Charity Commission, which opened an inquiry into the trust, said "
      "it was \u201cunable to comment\u201d.\n\n"
      "In a statement, the trust said: \u201cOur focus is the "
      "children.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Charity Commission", "unable to comment"),
                          Direct("Lanterns Hospice Trust",
                                 "Our focus is the children.")));
}

TEST(QuoteSpeakerTest, AParticipleOpeningTheSentenceIsNoName) {
  std::string text =
      "Cross-examining, Adrian Coyle, KC, for Mr Pellew, suggested that the "
      "minutes had been \u201cmislaid\u201d in 2020.\n\n"
      "Deborah Sayers, the finance director, was asked about it. \u201cI "
      "did,\u201d she replied.\n\n"
      "Alexander Fleming arrived.\n\n"
      "Fleming, a scientist, said it was \u201cfine\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Adrian Coyle", "mislaid"),
                                        Direct("Deborah Sayers", "I did,"),
                                        Partial("Alexander Fleming", "fine")));
}

TEST(QuoteSpeakerTest, APluralAfterAPastVerbAndInitialsBeforeATitle) {
  // "faced questions" is no "questions" of someone's saying; "the NLC
  // President" is a title before the name.
  std::string text =
      "Fed Chair Margaret Lindqvist spoke on Wednesday.\n\n"
      "Lindqvist also faced questions about the Fed. She declined to engage, "
      "saying only: \"I am not going to get into that.\"\n\n"
      "In Abuja, the NLC President, Emeka Obiorah, said the unions had \"no "
      "choice\" but to strike.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Margaret Lindqvist",
                                 "I am not going to get into that."),
                          Partial("Emeka Obiorah", "no choice")));
}

TEST(QuoteSpeakerTest, ADescribedSourceAfterWhereItHappened) {
  std::string text =
      "At the National Hospital, a senior nurse, who asked not to be named, "
      "said only emergency cases were seen. \"We are running a skeleton "
      "service,\" the nurse said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("a senior nurse",
                                 "We are running a skeleton service,")));
}

TEST(QuoteSpeakerTest, AClubNamedForItsTownWithAPluralVerb) {
  std::string text =
      "Millbrook City have sacked head coach Danny Rourke after a run of "
      "defeats.\n\n"
      "In a statement, the club said: \u201cDanny worked tirelessly.\u201d\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Millbrook City",
                                               "Danny worked tirelessly.")));
}

TEST(QuoteSpeakerTest, PastATimeAndAPortfolioEndingInABodysWord) {
  std::string text =
      "The next morning the band issued a statement saying it was \"going on "
      "indefinite hiatus.\"\n\n"
      "Minister of State for Science and Technology Rajesh Verma called it "
      "\"another feather in the cap\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("the band", "going on indefinite hiatus."),
                  Partial("Rajesh Verma", "another feather in the cap")));
}

TEST(QuoteSpeakerTest, InitialsOfABodyWithAPossessiveOrALegalForm) {
  std::string text =
      "The Dairy Producers\u2019 Association (DPA) met ministers.\n\n"
      "The DPA said it wanted \"cast-iron assurances\".\n\n"
      "The Nigerian National Petroleum Company Limited (NNPC) raised "
      "prices.\n\n"
      "NNPC Ltd said the price reflected \"the true market cost\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Dairy Producers\u2019 Association",
                                  "cast-iron assurances"),
                          Partial("Nigerian National Petroleum Company Limited",
                                  "the true market cost")));
}

TEST(QuoteSpeakerTest, APersonNamedBeforeOfAndHerFirmIsTheSubject) {
  std::string text =
      "Analyst Priya Natarajan of Ostrander Group said the chain was weak.\n\n"
      "Another analyst, Sarah Natarajan of credit-research firm Kestrel "
      "Analytics, who isn\u2019t related to Priya Natarajan, said bondholders "
      "would recover little. \u201cCreditors are looking at cents,\u201d she "
      "said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Sarah Natarajan",
                                 "Creditors are looking at cents,")));
}

TEST(QuoteSpeakerTest, ATitleAloneThenThePersonAndARegionIsNoPerson) {
  std::string text =
      "Speaking to reporters, the Taoiseach, Declan Furlong, had described "
      "the package as \u201cfair\u201d.\n\n"
      "The Minister for Finance, P\u00e1draig Kelleher, who is no relation, "
      "rejected the charge, telling the D\u00e1il it was "
      "\u201cbalanced\u201d.\n\n"
      "Denise Pickering, from Rotherham, South Yorkshire, won the jackpot. "
      "\u201cI told him,\u201d she laughed.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Declan Furlong", "fair"),
                          Partial("P\u00e1draig Kelleher", "balanced"),
                          Direct("Denise Pickering", "I told him,")));
}

TEST(QuoteSpeakerTest, ABodyThenRoleWordsThenThePerson) {
  std::string text =
      "Red Bull team principal Stefan Aigner was less forgiving, describing "
      "the mistake as \"unnecessary\".\n\n"
      "Luca Bernardi finished second.\n\n"
      "Ferrari team principal Paolo Bernardi - no relation to his driver - "
      "said the team would review it. \"We left time on the table,\" he "
      "said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Stefan Aigner", "unnecessary"),
                                        Direct("Paolo Bernardi",
                                               "We left time on the table,")));
}

TEST(QuoteSpeakerTest, LastOrFirstInsideABodysName) {
  std::string text =
      "Outside court, a spokesperson for Last Chance Coalition said: "
      "\u201cFive decent people are in the dock.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("a spokesperson for Last Chance Coalition",
                                 "Five decent people are in the dock.")));
}

TEST(QuoteSpeakerTest, AMoodBeforeASurnameAndAPartysRole) {
  std::string text =
      "Eoghan Boyle scored four points.\n\n"
      "\u201cIt\u2019s hard to take,\u201d said a dejected Boyle, who "
      "finished with four points.\n\n"
      "BJD MLA Sudhansu Rath demanded answers.\n\n"
      "\u201cWhy are only engineers being blamed?\u201d the BJD MLA said.\n\n"
      "Councillor Tania Ryder was angry. \u201cWe have been told,\u201d Cr "
      "Ryder said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Eoghan Boyle", "It\u2019s hard to take,"),
                          Direct("Sudhansu Rath",
                                 "Why are only engineers being blamed?"),
                          Direct("Tania Ryder", "We have been told,")));
}

TEST(QuoteSpeakerTest, ASourceInvolvedInOrBriefedOnKeepsItsPhrase) {
  std::string text =
      "\u201cThere was never trust,\u201d said a second person involved in "
      "the talks.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("a second person involved in the talks",
                                 "There was never trust,")));
}

TEST(QuoteSpeakerTest, TheObjectOfAVerbIsNoHeInItsParagraph) {
  std::string text =
      "Theo Marchetti is lost in Rome. \u201cMy phone knows where we "
      "are,\u201d "
      "he says.\n\n"
      "For three seasons he played Edward Ashby, a grieving widower, and he "
      "cried in so many episodes that fans kept count.\n\n"
      "\u201cI don\u2019t mind it,\u201d he says.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Theo Marchetti", "My phone knows where we are,"),
                  Direct("Theo Marchetti", "I don\u2019t mind it,")));
}

TEST(QuoteSpeakerTest, ASchoolDinnerLadyIsAPerson) {
  // "a former school dinner lady" is a person's description, so Denise is
  // no body and stays the "she" of her paragraph.
  std::string text =
      "Gary Pickering won.\n\n"
      "Denise, a former school dinner lady, said it was a scam.\n\n"
      "Gary plans to replace his battered Vauxhall Astra, which he describes "
      "as \u201cheld together with tape\u201d.\n\n"
      "Denise is more tempted by a new kitchen. \u201cI want to see the "
      "Northern Lights,\u201d she says.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Gary Pickering", "held together with tape"),
                  Direct("Denise", "I want to see the Northern Lights,")));
}

TEST(QuoteSpeakerTest, PosedAsksButPosedAsPretends) {
  std::string text =
      "Health minister Esther Wambui met the union. Union chief Mary Otieno "
      "walked out.\n\n"
      "\"What more do they want?\" Dr Wambui posed.\n\n"
      "Darren Pryce, 41, posed as a \u201cwealth adviser\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Esther Wambui", "What more do they want?"),
                          Term("wealth adviser")));
}

TEST(QuoteSpeakerTest, BodiesNamedForWhatTheyAreForAndBritishRanks) {
  std::string text =
      "Transport for London said it was \u201cdeeply saddened\u201d.\n\n"
      "The Centers for Disease Control and Prevention said the risk was "
      "\"low\".\n\n"
      "\"We are still trying,\" said Office of Civil Defense spokesman Jose "
      "Marasigan.\n\n"
      "Minister of State for Home Affairs Amelia Tan said it was \u201cthe "
      "biggest upgrade\u201d.\n\n"
      "\"The lorry was fitted with it,\" said PC Ryan Tate.\n\n"
      "Coun Jean Platt said there were \u201creal doubts\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Transport for London", "deeply saddened"),
                  Partial("Centers for Disease Control and Prevention", "low"),
                  Direct("Jose Marasigan", "We are still trying,"),
                  Partial("Amelia Tan", "the biggest upgrade"),
                  Direct("Ryan Tate", "The lorry was fitted with it,"),
                  Partial("Jean Platt", "real doubts")));
}

TEST(QuoteSpeakerTest, AmpersandsTitlesAndABodyAfterADescription) {
  std::string text =
      "Pacific Gas & Electric said it was \"cooperating fully\".\n\n"
      "Meridian Bulk Carriers said it was \"a complete loss\".\n\n"
      "Capitaine H\u00e9l\u00e8ne Marchetti said the sea was \"difficult\".\n\n"
      "A school has been accused by parents of \u201cmoving the "
      "goalposts\u201d.\n\n"
      "Pianist Theo Marchetti called her \"the most patient\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Pacific Gas & Electric", "cooperating fully"),
                  Partial("Meridian Bulk Carriers", "a complete loss"),
                  Partial("H\u00e9l\u00e8ne Marchetti", "difficult"),
                  Partial("parents", "moving the goalposts"),
                  Partial("Theo Marchetti", "the most patient")));
}

TEST(QuoteSpeakerTest, StateBeforeATitleIsNoVerb) {
  std::string text =
      "\"We have spent 70 years,\" said state Sen. Marisol Ocampo.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Marisol Ocampo", "We have spent 70 years,")));
}

TEST(QuoteSpeakerTest, AStateInBracketsEndsNoSentence) {
  std::string text =
      "Majority Leader Curtis Lamb (R-S.D.) said he would bring the bill to "
      "the floor \"as soon as possible\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Curtis Lamb", "as soon as possible")));
}

TEST(QuoteSpeakerTest, HerHusbandTomIsOfHerFamily) {
  std::string text =
      "Susan Ashworth and her husband Tom were trapped by the flood.\n\n"
      "\u201cI thought it was a big puddle,\u201d Mr Ashworth said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Tom Ashworth", "I thought it was a big puddle,")));
}

TEST(QuoteSpeakerTest, StateIsANounAndInTalksIsNoOne) {
  std::string text =
      "Rosli Kamaruddin told a crowd that voters in this semi-rural state "
      "seat had \u201cnothing left to lose\u201d.\n\n"
      "The UN coordinator, Kwame Asante, urged both sides to respect what he "
      "called the \u201chumanitarian corridors\u201d agreed in talks earlier "
      "this year.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Rosli Kamaruddin", "nothing left to lose"),
                          Partial("Kwame Asante", "humanitarian corridors")));
}

TEST(QuoteSpeakerTest, TheMunicipalityIsABody) {
  std::string text =
      "The tribunal said the claim was \"well founded\".\n\n"
      "The Sizanani Local Municipality cut supply.\n\n"
      "The municipality said on Thursday that it could take \"at least "
      "another four to five days\" for supply.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("The tribunal", "well founded"),
                          Partial("Sizanani Local Municipality",
                                  "at least another four to five days")));
}

TEST(QuoteSpeakerTest, ARankAndABracketBeforeTheName) {
  std::string text =
      "\"We have registered an offence,\" said DCP (Zone 7) Hemant Kadam.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Hemant Kadam", "We have registered an offence,")));
}

TEST(QuoteSpeakerTest, APlaceBeforeItsNounIsNoOne) {
  std::string text =
      "Collector Vani Menon said rescue teams were at the site.\n\n"
      "The department extended its alert for Idukki, Kottayam and "
      "Pathanamthitta districts till Friday.\n\n"
      "\u201cPlease move when officials ask you to,\u201d she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Vani Menon",
                                 "Please move when officials ask you to,")));
}

TEST(QuoteSpeakerTest, ACollectorIsATitleBeforeAnInitial) {
  std::string text =
      "District Collector V. Anitha told reporters the priority was to reach "
      "those still trapped. \u201cWe have information,\u201d she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("V. Anitha", "We have information,")));
}

TEST(QuoteSpeakerTest, TitlesJoinedByAndAreOnePersons) {
  std::string text =
      "\u201cShelters are for people with nowhere safe to go,\u201d said "
      "Territory Controller and Police Commissioner Bryce Holloway.\n\n"
      "Territory Controller and Police Commissioner Bryce Holloway said "
      "shelters would open at noon.\n\n"
      "\u201cStay put if your house is sound,\u201d he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Bryce Holloway",
                 "Shelters are for people with nowhere safe to go,"),
          Direct("Bryce Holloway", "Stay put if your house is sound,")));
}

TEST(QuoteSpeakerTest, ASurnameWrittenAloneStaysWithItsFirstOwner) {
  std::string text =
      "There are 12 people living in Leah Akavak's unit in Iqaluit.\n\n"
      "Akavak, 31, her partner and their children share one bedroom.\n\n"
      "Her mother, Martha Akavak, 58, said the crowding had taken a toll.\n\n"
      "\"I'm not asking for anything fancy,\" Akavak said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Leah Akavak", "I'm not asking for anything fancy,")));
}

TEST(QuoteSpeakerTest, AConstituencyBeforeAFirstNameWithAnAccent) {
  std::string text =
      "Sinn F\u00e9in TD for Galway West Mair\u00e9ad Connolly said the people "
      "of the city had \u201cheard promises before\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Mair\u00e9ad Connolly",
                                                "heard promises before")));
}

TEST(QuoteSpeakerTest, APostsInitialsBeforeAName) {
  std::string text =
      "Gauteng Roads and Transport MEC Palesa Nkuna said the province would "
      "meet the taxi industry.\n\n"
      "\"Commuters cannot be held hostage,\" Nkuna said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Palesa Nkuna", "Commuters cannot be held hostage,")));
}

TEST(QuoteSpeakerTest, AnOpensABodysNameBeforeAVerb) {
  std::string text =
      "An Post said the decision had been taken \u201cwith regret\u201d.\n\n"
      "An Uber spokesperson said it was \u201ca difficult day\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("An Post", "with regret"),
                          Partial("An Uber spokesperson", "a difficult day")));
}

TEST(QuoteSpeakerTest, ABankOfTheRepublicOfAState) {
  std::string text =
      "In a short statement, the Central Bank of the Republic of T\u00fcrkiye "
      "said \"decisions will continue to be taken by the committee\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial(
                                "Central Bank of the Republic of T\u00fcrkiye",
                                "decisions will continue to be taken by "
                                "the committee")));
}

TEST(QuoteSpeakerTest, AnEmployerAndAJobBeforeTheSubject) {
  std::string text =
      "Acme Coachlines general manager Grant Whitfield says the driver has "
      "14 years of experience.\n\n"
      "The road was closed for six hours.\n\n"
      "\"The driver did everything right,\" he says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Grant Whitfield",
                                 "The driver did everything right,")));
}

TEST(QuoteSpeakerTest, APronounThenNoLongerIsNoOneUnnamed) {
  std::string text =
      "Margaret Holloway handed over cash to couriers who called at her "
      "bungalow.\n\n"
      "For Mrs Holloway, life has changed. She no longer answers calls from "
      "numbers she does not recognise.\n\n"
      "\u201cI keep the phone unplugged now,\u201d she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Margaret Holloway",
                                 "I keep the phone unplugged now,")));
}

TEST(QuoteSpeakerTest, TheRetiredSchoolDinnerLadyIsThePersonJustNamed) {
  std::string text =
      "Margaret Holloway handed over cash to couriers who called at her "
      "bungalow.\n\n"
      "The retired school dinner lady said she was so ashamed that she hid "
      "what had happened.\n\n"
      "\u201cI felt so stupid,\u201d she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Margaret Holloway", "I felt so stupid,")));
}

TEST(QuoteSpeakerTest, AnAccusedBodyIsNoSpeakerAndAClauseAfterAfter) {
  std::string text =
      "The plan was thrown into doubt after Halvern Aerospace, the losing "
      "bidder, accused the service of running a \u201crigged\u201d "
      "evaluation.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Halvern Aerospace", "rigged")));
}

TEST(QuoteSpeakerTest, TheConferenceAndTheCityOfAPlaceAreBodies) {
  std::string text =
      "Coach Terry Hollis was suspended by the Big Prairie Conference.\n\n"
      "The conference said Hollis violated its policy by \"initiating "
      "physical contact\".\n\n"
      "In a statement, the City of Johannesburg said it was \"open to "
      "engagement\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Big Prairie Conference", "initiating physical contact"),
          Partial("City of Johannesburg", "open to engagement")));
}

TEST(QuoteSpeakerTest, TheWorldNumberNineIsThePlayerJustNamed) {
  std::string text =
      "Katya Voronova lost to Jana Holubov\u00e1 in three sets on Tuesday.\n\n"
      "\"She played the big points better than me,\" said the world number "
      "nine.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Katya Voronova",
                                 "She played the big points better than me,")));
}

TEST(QuoteSpeakerTest, AnAdviserToSomeoneIsOneSource) {
  std::string text =
      "An adviser to the prime minister said votes had been counted "
      "\u201cdown to the last deputy.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("An adviser to the prime minister",
                                  "down to the last deputy.")));
}

TEST(QuoteSpeakerTest, TheCompanyIsABusinessThatLookedLikeAPerson) {
  std::string text =
      "The Phoenix City Council ordered a review of the shut-off.\n\n"
      "In a statement, Sonoran Valley Power said it was \u201cdeeply "
      "saddened\u201d by the death.\n\n"
      "\u201cWe will cooperate fully with the council,\u201d the company "
      "said.\n\n"
      "Hendrik Vos said the oil market would stay \u201ctight\u201d as the "
      "company reported a profit.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Sonoran Valley Power", "deeply saddened"),
                          Direct("Sonoran Valley Power",
                                 "We will cooperate fully with the council,"),
                          Partial("Hendrik Vos", "tight")));
}

TEST(QuoteSpeakerTest, AMonthCanBeAFirstName) {
  std::string text =
      "His co-star, June Castellanos, who plays the sheriff, says the set "
      "was loose.\n\n"
      "\u201cHe does voices between takes,\u201d Castellanos says.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("June Castellanos", "He does voices between takes,")));
}

TEST(QuoteSpeakerTest, ADayAfterOnIsNoPartOfTheName) {
  std::string text =
      "The Supreme Court on Monday said the rules must be enforced with "
      "\u201cstrict and uniform\u201d rigour.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Supreme Court", "strict and uniform")));
}

TEST(QuoteSpeakerTest, GivenNamesWithoutTheFamilyName) {
  std::string text =
      "Student Nurul Aina Zulkifli, 22, said the fees had doubled.\n\n"
      "\u201cWe cannot pay this,\u201d Nurul Aina said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Nurul Aina Zulkifli",
                                               "We cannot pay this,")));
}

TEST(QuoteSpeakerTest, ACountryIsNoPerson) {
  std::string text =
      "Helen Voss measured oxygen in the sea for decades.\n\n"
      "Similar zones have been mapped off Chile, Namibia, and the Gulf of "
      "Mexico.\n\n"
      "\u201cI do not love the word,\u201d she told me.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Helen Voss", "I do not love the word,")));
}

TEST(QuoteSpeakerTest, TheLedesSomeoneIsThePersonNamedNext) {
  std::string text =
      "A consultant surgeon who warned hospital bosses about a cluster of "
      "deaths was \u201cfrozen out\u201d by senior managers, a tribunal has "
      "heard.\n\n"
      "Dr Miriam Achebe, 52, a paediatric surgeon, is bringing claims of "
      "whistleblowing detriment against the trust.\n\n"
      "Giving evidence on Tuesday, Achebe said she first raised concerns "
      "\u201cin writing\u201d in 2021.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Miriam Achebe", "frozen out"),
                          Partial("Miriam Achebe", "in writing")));
}

TEST(QuoteSpeakerTest, TheLedesSomeoneAtAHospital) {
  std::string text =
      "A senior emergency consultant at St Lorcan\u2019s University Hospital "
      "in Dublin has said the department is \u201cat breaking point\u201d.\n\n"
      "Dr Niamh Cassidy said staff were treating patients on trolleys in "
      "corridors.\n\n"
      "\u201cWe are doing our best,\u201d she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Niamh Cassidy", "at breaking point"),
                          Direct("Niamh Cassidy", "We are doing our best,")));
}

TEST(QuoteSpeakerTest, TheMinisterNamedBetweenCommas) {
  // Near the quotation and two paragraphs before it.
  std::string text =
      "The report was published by the Minister for Justice, Clare Nolan, "
      "three years after the killing.\n\n"
      "\u201cThis report makes for harrowing reading,\u201d the Minister "
      "said.\n\n"
      "It was published by the Minister for Health, Aoife Brady, on "
      "Friday.\n\n"
      "The report runs to 214 pages.\n\n"
      "\u201cWe will act on it,\u201d the Minister said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Clare Nolan",
                                 "This report makes for harrowing reading,"),
                          Direct("Aoife Brady", "We will act on it,")));
}

TEST(QuoteSpeakerTest, TheCdcIsTheCentersForDiseaseControlAndPrevention) {
  std::string text =
      "The Centers for Disease Control and Prevention has sent a team.\n\n"
      "The outbreak began in January.\n\n"
      "Schools have closed.\n\n"
      "In an update posted Monday, the CDC said the risk remained "
      "\u201clow\u201d.\n\n"
      "The Centers for Disease Control and Prevention said more cases were "
      "\u201clikely\u201d. The CDC said it was \u201cmonitoring\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Centers for Disease Control and Prevention", "low"),
          Partial("Centers for Disease Control and Prevention", "likely"),
          Partial("Centers for Disease Control and Prevention", "monitoring")));
}

TEST(QuoteSpeakerTest, ABracketAfterALowerCaseRole) {
  std::string text =
      "\"The residents had obtained a stay,\" assistant municipal "
      "commissioner (N ward) Prashant Jadhav told TOI.\n\n"
      "\"The matter was pending,\" said deputy commissioner (zone 2) Vinod "
      "Rane.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Prashant Jadhav",
                                 "The residents had obtained a stay,"),
                          Direct("Vinod Rane", "The matter was pending,")));
}

TEST(QuoteSpeakerTest, ABodyOfSomethingElsesStaysAsWritten) {
  std::string text =
      "Argyll and Bute Council said the roads were open.\n\n"
      "The festival\u2019s organising committee said in a statement: "
      "\u201cAll events will go ahead as planned.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("The festival\u2019s organising committee",
                                 "All events will go ahead as planned.")));
}

TEST(QuoteSpeakerTest, TheUtilityIsTheBodyThatLookedLikeAPerson) {
  std::string text =
      "Firefighters from the California Department of Forestry and Fire "
      "Protection were on the scene.\n\n"
      "Pacific Gas & Electric said it had shut off power to 14,000 "
      "customers. The utility said it was \"cooperating fully\" with "
      "investigators.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Pacific Gas & Electric",
                                                "cooperating fully")));
}

TEST(QuoteSpeakerTest, LimitedEndsACompanysName) {
  std::string text =
      "The Nigerian National Petroleum Company Limited (NNPC Ltd) raised "
      "prices on Monday.\n\n"
      "NNPC Ltd said the price reflected \"the true market cost of the "
      "product\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Nigerian National Petroleum Company Limited",
                                  "the true market cost of the product")));
}

TEST(QuoteSpeakerTest, TheNationalityOpeningASentence) {
  std::string text =
      "Manager Jens Halvorsen faced the press on Friday.\n\n"
      "The Norwegian confirmed that the striker is expected to be out for "
      "\"three to four weeks\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Jens Halvorsen", "three to four weeks")));
}

TEST(QuoteSpeakerTest, WhatHeCalledRightBeforeTheMarkIsHis) {
  std::string text =
      "Chief Financial Officer Daniel Osborne told analysts the company "
      "would invest in what he called \u201ctargeted price investments\u201d "
      "this year.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Daniel Osborne",
                                                "targeted price investments")));
}

TEST(QuoteSpeakerTest, ATitleAndAFirstNameCallingSomethingSo) {
  std::string text =
      "Judith Fenwick plays his mother in the drama.\n\n"
      "Dame Judith, 72, heaped praise on her co-star, calling him \u201ca "
      "natural\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Judith Fenwick", "a natural")));
}

TEST(QuoteSpeakerTest, TheCompaniesCanSpeak) {
  std::string text =
      "The companies described the transaction as a \"merger of "
      "equals.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("The companies", "merger of equals.")));
}

TEST(QuoteSpeakerTest, TheTwoBanksAreTheTwoBodiesNamedLast) {
  std::string text =
      "Halden Bank said talks with Carrow Group had ended. The two banks "
      "said they would seek \"revised terms\".\n\n"
      "Halvorsen Freight Inc and TransPac Logistics Corp agreed to combine. "
      "The companies described the deal as a \"merger of equals.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Halden Bank and Carrow Group", "revised terms"),
                  Partial("Halvorsen Freight Inc and TransPac Logistics Corp",
                          "merger of equals.")));
}

TEST(QuoteSpeakerTest, APossessiveRightBeforeTheVerbIsABusinesssName) {
  // (The name as the business writes it, with its 's: the gold sets give
  // "Fairley's", "Brindley's", "Marchetti's".)
  std::string text = "Sainsbury's said the change was \"temporary\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Sainsbury's", "temporary")));
}

TEST(QuoteSpeakerTest, ASurnameWithAnAgeOpensASentenceFarFromTheQuote) {
  std::string text =
      "There are 12 people living in Leah Akavak's unit in Iqaluit.\n\n"
      "Akavak, 31, her partner and their children share one bedroom.\n\n"
      "The rest sleep on the couch, in turns.\n\n"
      "\"We sleep in shifts,\" she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Leah Akavak", "We sleep in shifts,")));
}

TEST(QuoteSpeakerTest, AReportSpeaksAsWritten) {
  std::string text =
      "\u201cThe failure of the span was not a sudden event,\u201d the report "
      "said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("the report",
                                 "The failure of the span was not a sudden "
                                 "event,")));
}

TEST(QuoteSpeakerTest, APlusOnABodysInitials) {
  std::string text =
      "\u201cThe extension went through without a fight,\u201d one OPEC+ "
      "delegate said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("one OPEC+ delegate",
                                 "The extension went through without a "
                                 "fight,")));
}

TEST(QuoteSpeakerTest, ATitleOfABodyOpeningASentence) {
  std::string text =
      "Superintendent of Police Sanjeev Thakur said: \"The villagers did "
      "remarkable work.\"\n\n"
      "\"The owner will also be booked,\" Deputy Commissioner of Police Anil "
      "Rao said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Sanjeev Thakur", "The villagers did remarkable work."),
          Direct("Anil Rao", "The owner will also be booked,")));
}

TEST(QuoteSpeakerTest, GivenNamesOutsideTheUsRecordsHaveASex) {
  std::string text =
      "Adjoa Mensah runs the shop with her husband.\n\n"
      "Kobby Mensah opened the doors at six.\n\n"
      "\"Then we dream,\" she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Adjoa Mensah", "Then we dream,")));
}

TEST(QuoteSpeakerTest, AnAlbumNamedLikeAPersonIsNoOne) {
  std::string text =
      "Callie Mae Dunbar grew up in a mining town. All of it is on her "
      "second album, Pawnshop Gospel, out Friday.\n\n"
      "Pawnshop Gospel was recorded in 11 days in a converted church.\n\n"
      "\u201cI didn\u2019t write it to be a hit,\u201d she says.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Callie Mae Dunbar",
                                               "I didn\u2019t write it to be "
                                               "a hit,")));
}

TEST(QuoteSpeakerTest, TheNameSomeoneRecordsUnderIsTheirs) {
  std::string text =
      "Quay Dorsey has a rule about his grandmother\u2019s couch. Even now, "
      "the 27-year-old rapper who records as Saint Quay keeps it.\n\n"
      "\u201cI recorded half the album about four feet from here,\u201d he "
      "says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Quay Dorsey",
                                 "I recorded half the album about four feet "
                                 "from here,")));
}

TEST(QuoteSpeakerTest, ASentenceAdverbIsNoNameInApposition) {
  std::string text =
      "However, an NMC official who did not wish to be named said the "
      "pipeline was \"not even 40% done on the ground\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("an NMC official",
                                  "not even 40% done on the ground")));
}

TEST(QuoteSpeakerTest, ANationalityOpensAnUnnamedSource) {
  std::string text =
      "A Malaysian environment ministry official, who requested anonymity, "
      "told reporters that Kuala Lumpur was \u201cmonitoring the situation "
      "closely\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A Malaysian environment ministry official",
                                  "monitoring the situation closely")));
}

TEST(QuoteSpeakerTest, MrsIsNotTheOneCalledMs) {
  std::string text =
      "Among those caught up was Margaret Ellis, 84, who was admitted after a "
      "fall.\n\n"
      "Her daughter, Claire Ellis, says her mother spent two days on a "
      "trolley.\n\n"
      "\u201cShe lay in a corridor for 51 hours,\u201d Ms Ellis says.\n\n"
      "Mrs Ellis says she felt \u201clike a parcel waiting to be "
      "collected\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Claire Ellis", "She lay in a corridor for 51 hours,"),
          Partial("Margaret Ellis", "like a parcel waiting to be collected")));
}

TEST(QuoteSpeakerTest, TheElderAndTheYoungerOfAFamily) {
  std::string text =
      "Newcastle have signed winger Kaio Ferreira.\n\n"
      "Kaio Ferreira said he was \u201cvery happy\u201d.\n\n"
      "The player\u2019s father, Carlos Ferreira, coached his son until he was "
      "13.\n\n"
      "\u201cHe called me at two in the morning,\u201d the elder Ferreira "
      "said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Kaio Ferreira", "very happy"),
                          Direct("Carlos Ferreira",
                                 "He called me at two in the morning,")));
}

TEST(QuoteSpeakerTest, ATermInCapitalsNamesAThingNotAPerson) {
  std::string text =
      "Nimbus announced the Arc 2 on Tuesday, with a new feature the company "
      "is calling \u201cQuiet Mode,\u201d which silences every app.\n\n"
      "Hana Leclerc, its chief executive, said the phone was \u201ca calmer "
      "device\u201d.\n\n"
      "Quiet Mode is the feature Nimbus is most excited about, and Leclerc is "
      "careful about how she describes it. \u201cIt\u2019s not a digital "
      "wellness feature,\u201d she says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("Quiet Mode,"),
                          Partial("Hana Leclerc", "a calmer device"),
                          Direct("Hana Leclerc",
                                 "It\u2019s not a digital wellness "
                                 "feature,")));
}

TEST(QuoteSpeakerTest, APlaceNamedLikeAPersonIsNoOne) {
  std::string text =
      "Teresa Villanueva is the city manager of Paloma Springs, a town of "
      "2,400 people.\n\n"
      "Paloma Springs issued its fourth boil-water notice of the year in "
      "March.\n\n"
      "\u201cWe are talking about water next Tuesday,\u201d she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Teresa Villanueva",
                                 "We are talking about water next Tuesday,")));
}

TEST(QuoteSpeakerTest, ACooperativeIsAnOrganisation) {
  std::string text =
      "Loretta Pruitt rode out the storm in a hallway closet.\n\n"
      "Central Prairie Electric Cooperative said 4,300 of its members were "
      "without power.\n\n"
      "\u201cWe are rebuilding,\u201d she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Loretta Pruitt", "We are rebuilding,")));
}

TEST(QuoteSpeakerTest, AWomanNamedByAPossessiveOverSomeoneDescribedBefore) {
  std::string text =
      "Loretta Pruitt rode out the storm in a hallway closet.\n\n"
      "The church's pastor, the Rev. Aaron Mabry, said more than 200 people "
      "had come through.\n\n"
      "Back on her street, Loretta Pruitt's grandson Caleb, 9, was picking "
      "through the debris. He held up a small ceramic dog.\n\n"
      "She laughed. \"Well,\" she said, \"I guess we're rebuilding around "
      "that.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Loretta Pruitt", "Well,"),
                          Direct("Loretta Pruitt",
                                 "I guess we're rebuilding around that.")));
}

TEST(QuoteSpeakerTest, ANameClosingItsSentenceAfterACommaIsMentioned) {
  std::string text =
      "Sarah Okonedo, the chief executive, said sales had fallen.\n\n"
      "The group is still chaired by a member of the founding family, Anne "
      "Halden. In a letter to shareholders, she wrote that the board "
      "remained \u201centirely confident\u201d in the strategy.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Anne Halden", "entirely confident")));
}

TEST(QuoteSpeakerTest, TheLastOfAListClosingASentenceIsNotTheSubject) {
  std::string text =
      "Ruth Calloway, a singer who gave coal country a voice, died on "
      "Sunday.\n\n"
      "She is survived by a son, Ezra; eight grandchildren; and a sister, "
      "Hazel Tackett.\n\n"
      "Asked how she wanted to be remembered, she did not hesitate. \u201cAs "
      "somebody who told the truth,\u201d she said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Ruth Calloway", "As somebody who told the truth,")));
}

TEST(QuoteSpeakerTest, NamesAfterAParagraphsLastQuotationStillCount) {
  // The sentences after the last quotation of a paragraph, with none in the
  // next one, are read only for names (speed); the names still resolve.
  std::string text =
      "\u201cWe will rebuild,\u201d the mayor said on Monday. The council met "
      "in the evening. It voted to borrow the money. Its budget chief, Marta "
      "Kowalczyk, presented the plan.\n\n"
      "The vote was unanimous.\n\n"
      "\u201cThe numbers work,\u201d Kowalczyk said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("the mayor", "We will rebuild,"),
                          Direct("Marta Kowalczyk", "The numbers work,")));
}

TEST(QuoteSpeakerTest, ASpeakerNamedLateInTheParagraphBeforeAQuotation) {
  std::string text =
      "\u201cWe will rebuild,\u201d the mayor said on Monday. The council met "
      "in the evening. Then the budget chief, Marta Kowalczyk, stood up to "
      "speak.\n\n"
      "\u201cThe numbers work. We can borrow the money at a fixed "
      "rate.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("the mayor", "We will rebuild,"),
                          Direct("Marta Kowalczyk",
                                 "The numbers work. We can borrow the money "
                                 "at a fixed rate.")));
}

TEST(QuoteSpeakerTest, AParticipleAfterAConjunctionClauseHasTheMainSubject) {
  std::string text =
      "Tajudeen Olayemi, an analyst at Meristem Securities, welcomed the "
      "deal.\n\n"
      "He, however, cautioned that the company would face \u201cserious "
      "foreign exchange exposure\u201d because copper was priced in dollars, "
      "adding, \u201cIf the naira slips again, the savings could "
      "disappear.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Tajudeen Olayemi",
                                  "serious foreign exchange exposure"),
                          Direct("Tajudeen Olayemi",
                                 "If the naira slips again, the savings could "
                                 "disappear.")));
}

TEST(QuoteSpeakerTest, TheChairmanOfABodyThenHisName) {
  std::string text =
      "The Chairman of Oduduwa Cables, Chief Olusegun Adeyemi, announced the "
      "transaction at a press conference in Lagos on Wednesday, describing "
      "it as \u201ca marriage that is long overdue\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Olusegun Adeyemi",
                                                "a marriage that is long "
                                                "overdue")));
}

TEST(QuoteSpeakerTest, HonorificsOfNigerianAndMalaysianPapers) {
  std::string text =
      "The founder, Alhaji Musa Danjuma Kazaure, said he was \u201cproud of "
      "what we built\u201d.\n\n"
      "Datin Noraini Ismail said the fund was \u201cfully "
      "subscribed\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Musa Danjuma Kazaure",
                                  "proud of what we "
                                  "built"),
                          Partial("Noraini Ismail", "fully subscribed")));
}

TEST(QuoteSpeakerTest, ARankAdjectiveBeforeABodysNameOpensTheSource) {
  std::string text =
      "A senior Government source said there was \u201cno appetite\u201d for "
      "a freeze.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("A senior Government source",
                                                "no appetite")));
}

TEST(QuoteSpeakerTest, ABodyWithAndInItsNameAfterABullet) {
  std::string text =
      "\u2022 The Department of Health and Human Services said it was "
      "\u201cclosely monitoring\u201d access to care.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Department of Health and Human Services",
                                  "closely monitoring")));
}

TEST(QuoteSpeakerTest, ANameThenTheBodyTheyWorkForIsMentioned) {
  std::string text =
      "Helena Marsh, a coral biologist, led the study.\n\n"
      "The study\u2019s physical oceanographer, Julian Marsh of the Woods Hole "
      "Oceanographic Institution in Massachusetts, who is also her husband, "
      "modelled the temperatures. He is cautious. \u201cIt buys time,\u201d "
      "he says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Julian Marsh", "It buys time,")));
}

TEST(QuoteSpeakerTest, AGroupCallingItselfANameIsThatBody) {
  std::string text =
      "The Fox Prairie Community Unit School District board voted on "
      "Monday.\n\n"
      "In September, a group calling itself Fox Prairie Parents for "
      "Transparency presented the board with a list of 46 titles. The group "
      "has since described the policy as \u201ca free-for-all\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Fox Prairie Parents for Transparency",
                                  "a free-for-all")));
}

TEST(QuoteSpeakerTest, MsAndASurnameOpeningASentenceIsTheWomanOfThatName) {
  std::string text =
      "Gerald Pruitt was sentenced. His wife, Linda Pruitt, watched.\n\n"
      "At the hearing, Caroline Szabo, a prosecutor, told the judge that Mr. "
      "Pruitt had \u201ctreated the budget like a line of credit\u201d.\n\n"
      "Ms. Pruitt sat in the second row. \u201cWe\u2019re going to get "
      "through this,\u201d she said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Caroline Szabo", "treated the budget like a line of credit"),
          Direct("Linda Pruitt", "We\u2019re going to get through this,")));
}

TEST(QuoteSpeakerTest, SomeoneDescribedBeforeCommaWhoWroteThat) {
  std::string text =
      "Gerald Pruitt was sentenced on Thursday.\n\n"
      "More than 40 letters were submitted on his behalf, including one from "
      "a former county executive, who wrote that Mr. Pruitt had been "
      "\u201cthe only person who answered his phone\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("a former county executive",
                                  "the only person who answered his phone")));
}

TEST(QuoteSpeakerTest, WordsOpeningWithSheAreNotByTheWomanJustWrittenOf) {
  std::string text =
      "Ines Halvorsen founded her firm in 2006 with Deborah Lyle, a "
      "structural engineer. Lyle handles budgets and contractors. Halvorsen "
      "handles almost everything else.\n\n"
      "\u201cShe will redraw a stair forty times. Forty.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Deborah Lyle",
                                 "She will redraw a stair forty times. "
                                 "Forty.")));
}

TEST(QuoteSpeakerTest, AMinisterForAPortfolioOfAnIndianCabinet) {
  std::string text =
      "Minister for Municipal Administration K.R. Ilangovan called the Bill "
      "\u201cthe logical next step\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("K.R. Ilangovan", "the logical next step")));
}

TEST(QuoteSpeakerTest, AMinisterForChildrenOrEquality) {
  std::string text =
      "Responding, Minister for Children Ruair\u00ed Delaney said the cost "
      "had halved.\n\n"
      "\u201cThe job is not done,\u201d Delaney said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Ruair\u00ed Delaney",
                                               "The job is not done,")));
}

TEST(QuoteSpeakerTest, AMemberOfTheKnessetOrOfAnAssembly) {
  std::string text =
      "Opposition MK Yael Ben-Shimon accused the government of "
      "\u201cdragging its feet\u201d.\n\n"
      "PTI MPA Faheem Ahmed Jatoi said the banks were \u201csleeping until "
      "the water came\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Yael Ben-Shimon", "dragging its feet"),
                          Partial("Faheem Ahmed Jatoi",
                                  "sleeping until the water came")));
}

TEST(QuoteSpeakerTest, AnOrganisationsFullerNameAfterItsHeadline) {
  std::string text =
      "Former Veridian Labs safety manager sues S.F. AI company, says she "
      "was fired for raising alarms about teen chatbot\n\n"
      "A former manager at Veridian Labs Inc., the San Francisco startup, "
      "sued the company on Wednesday.\n\n"
      "In a statement, Veridian said the claims were \u201cwithout "
      "merit\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Veridian Labs Inc.", "without merit")));
}

TEST(QuoteSpeakerTest, AChairmanMayBeAWoman) {
  std::string text =
      "KOTA BARU: Flood victims rose to 42,118, with Pasir Mas and Tumpat the "
      "worst-hit districts.\n\n"
      "State Welfare, Women and Family Development Committee chairman Datuk "
      "Noraini Abdul Hamid said 212 relief centres had been opened.\n\n"
      "\u201cWe have enough food for seven days,\u201d she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Noraini Abdul Hamid",
                                 "We have enough food for seven days,")));
}

TEST(QuoteSpeakerTest, ANameBeforeWhereThePersonWorks) {
  std::string text =
      "Meteorologist Ana Ruiz-Torres of the weather service's Pendleton "
      "office said the region could see \u201ca little relief\u201d.\n\n"
      "In a 94-page opinion, Judge Eleanor Whitfield of Federal District "
      "Court in Columbus wrote that the map was \u201cdeliberately "
      "lopsided\u201d.\n\n"
      "Sarah Cole of the county health department said it was "
      "\u201cnot yet safe\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ana Ruiz-Torres", "a little relief"),
                          Partial("Eleanor Whitfield", "deliberately lopsided"),
                          Partial("Sarah Cole", "not yet safe")));
}

TEST(QuoteSpeakerTest, ANameBeforeABodysNameWithAPossessive) {
  std::string text =
      "Seismologist Nil\u00fcfer Kaya of Istanbul\u2019s Bo\u011fazi\u00e7i "
      "University said the fault had been \u201con everybody\u2019s "
      "list\u201d.\n\n"
      "Chase Bank of Texas said the branch would \u201cstay open\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Nil\u00fcfer Kaya", "on everybody\u2019s list"),
                  Partial("Chase Bank of Texas", "stay open")));
}

TEST(QuoteSpeakerTest, TheSouthAfricanIsThePersonJustNamed) {
  std::string text =
      "Head coach Grant Pieterse, who took charge in August, backed the "
      "move. \"Competition is healthy,\" the South African said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Grant Pieterse", "Competition is healthy,")));
}

TEST(QuoteSpeakerTest, ATitleOfTheOtherSexThanTheRecordsOfAFirstName) {
  std::string text =
      "The session was interrupted by Finance Minister Rana Shahid Iqbal.\n\n"
      "\"They did not read a single page,\" Mr Iqbal said.\n\n"
      "Jane Smith, 54, and her husband run the farm.\n\n"
      "\"It is hard,\" Mr Smith said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Rana Shahid Iqbal",
                                 "They did not read a single page,"),
                          Direct("Smith", "It is hard,")));
}

TEST(QuoteSpeakerTest, AColonAfterAnOpeningPhraseIntroducesTheNextParagraph) {
  std::string text =
      "Dana Whitcombe is the chief executive.\n\n"
      "In her post, Whitcombe also addressed the security argument "
      "directly:\n\n"
      "\u201cEvery connected device becomes a liability. We would rather "
      "make a hard call now.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Dana Whitcombe",
                                 "Every connected device becomes a "
                                 "liability. We would rather make a hard "
                                 "call now.")));
}

TEST(QuoteSpeakerTest, TheMotherOfFiveIsThePersonJustNamed) {
  std::string text =
      "At the school, Che Rohani Ismail, 56, said the water had entered her "
      "house.\n\n"
      "\u201cWe managed to save the documents,\u201d said the mother of "
      "five.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Che Rohani Ismail",
                                 "We managed to save the documents,")));
}

TEST(QuoteSpeakerTest, SheRepliedIsThePersonAsked) {
  std::string text =
      "Anjali Verma gave evidence on Wednesday.\n\n"
      "Counsel assisting the commission, Naomi Hartigan, SC, asked Verma "
      "whether she had understood the remark as a threat.\n\n"
      "\u201cI understood it as exactly that,\u201d she replied.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Anjali Verma", "I understood it as exactly that,")));
}

TEST(QuoteSpeakerTest, AFirstNationIsABody) {
  std::string text =
      "Chief Marlene Keesick says the plant is idle. She leads Kiskinaw Lake "
      "First Nation, a community of 600.\n\n"
      "She said the First Nation has written to Ottawa four times and "
      "received what she described as \u201cpolite letters that say "
      "nothing.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Marlene Keesick",
                                  "polite letters that say nothing.")));
}

TEST(QuoteSpeakerTest, ASeniorFigureIsAPerson) {
  std::string text =
      "A senior figure at another Scottish university, who asked not to be "
      "named, told The Times that three more were drawing up plans. "
      "\u201cDundee is the canary in the coal mine,\u201d he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("A senior figure at another Scottish "
                                 "university",
                                 "Dundee is the canary in the coal mine,")));
}

TEST(QuoteSpeakerTest, APersonBroughtInWithAWhoClauseIsHe) {
  std::string text =
      "The club's chairman, Huw Prosser, said the finances were \"in a bad "
      "way\".\n\n"
      "A crowdfunder had raised just over \u00a323,000 by Tuesday.\n\n"
      "It was set up by Steffan Davies, who captained the first XV in "
      "2019.\n\n"
      "\"These are kids who've grown up here,\" he said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Huw Prosser", "in a bad way"),
                                        Direct("Steffan Davies",
                                               "These are kids who've grown up "
                                               "here,")));
}

TEST(QuoteSpeakerTest, APersonInAppositionBeforeTheVerbIsASubject) {
  std::string text =
      "Kristin Dunning lives in Oakley.\n\n"
      "Her son, Wyatt, was born five weeks later in Salina. Dunning labored "
      "in the back seat while her husband, Cody Dunning, drove. \u201cI was "
      "doing 85 the whole way,\u201d he says.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Cody Dunning",
                                               "I was doing 85 the whole "
                                               "way,")));
}

TEST(QuoteSpeakerTest, MrXIsTheOneCalledSoBefore) {
  std::string text =
      "Donal Hurley, who milks 140 cows with his son Kevin, said the herd "
      "had been clear of TB.\n\n"
      "\u201cWe did everything right,\u201d Mr Hurley said.\n\n"
      "His son, Kevin Hurley, who returned to the farm, said the hit was "
      "only part of it. \u201cDad won\u2019t say it,\u201d he said.\n\n"
      "Mr Hurley said the herd could be restricted until spring. He said he "
      "was \u201cnot giving up\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Donal Hurley", "We did everything right,"),
                          Direct("Kevin Hurley", "Dad won\u2019t say it,"),
                          Partial("Donal Hurley", "not giving up")));
}

TEST(QuoteSpeakerTest, AUnionsNameWithACommaInside) {
  std::string text =
      "The National Union of Rail, Maritime and Transport Workers (RMT) said "
      "the offer was \u201cnowhere near good enough\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("National Union of Rail, Maritime and Transport "
                          "Workers",
                          "nowhere near good enough")));
}

TEST(QuoteSpeakerTest, TheInitialsOfATitle) {
  std::string text =
      "Additional Advocate-General N. Sethuraman, representing the State, "
      "told the court that the eviction was part of the project.\n\n"
      "\u201cThe river has to be given its space,\u201d the AAG said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("N. Sethuraman",
                                 "The river has to be given its space,")));
}

TEST(QuoteSpeakerTest, ASharedSurnameIsTheSubjectNamedJustBefore) {
  std::string text =
      "Daniel Okada runs the orchard now. \u201cIt is a lot of work,\u201d "
      "he says.\n\n"
      "Kenji Okada, 81, planted the first trees in 1968 and still walks the "
      "rows every morning.\n\n"
      "\u201cWe had nothing but a tractor,\u201d Okada said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Daniel Okada", "It is a lot of work,"),
                  Direct("Kenji Okada", "We had nothing but a tractor,")));
}

TEST(QuoteSpeakerTest, ASubjectWithAWhoseClause) {
  std::string text =
      "A mother whose home has flooded twice says her family \"lost "
      "everything\" in the storm.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A mother", "lost everything")));
}

TEST(QuoteSpeakerTest, AFirstNameAfterARelationWithNoComma) {
  std::string text =
      "Juan Ruiz farms olives near Jaen.\n\n"
      "Ruiz's son Javier, 34, who runs the mill, says the rules are hard. "
      "\"We have had to let the older trees go,\" he told Euronews.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Javier Ruiz",
                                 "We have had to let the older trees go,")));
}

TEST(QuoteSpeakerTest, TheAirportAfterAnOpeningAdverb) {
  std::string text =
      "Thousands of passengers were stranded at Manchester Airport on "
      "Friday.\n\n"
      "\"We are just as much in the dark as everyone else,\" Gary Pollard, a "
      "Unite officer, told Sky News.\n\n"
      "Shortly after 11.30am, the airport said the system had been "
      "\"partially restored\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Gary Pollard",
                         "We are just as much in the dark as everyone else,"),
                  Partial("Manchester Airport", "partially restored")));
}

TEST(QuoteSpeakerTest, APlaceAndCountryDatelineWithADash) {
  std::string text =
      "Sylhet, Bangladesh \u2013 Rokeya Begum spent two nights on the tin "
      "roof of her house.\n\n"
      "\u201cWe called and called, but nobody came,\u201d the 38-year-old "
      "told Al Jazeera.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Rokeya Begum",
                                 "We called and called, but nobody came,")));
}

TEST(QuoteSpeakerTest, TheWitnessIsOnePerson) {
  std::string text =
      "The witness, Hauwa Ibrahim, told the court about the firms.\n\n"
      "\"We visited the addresses,\" the witness said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Hauwa Ibrahim",
                                               "We visited the addresses,")));
}

TEST(QuoteSpeakerTest, AnAsideBetweenDashesBeforeTheVerb) {
  std::string text =
      "Its leader, Marcela Vidal - no relation to Hector Vidal - said her "
      "members were \"watching closely\".\n\n"
      "Dan Ochoa \u2013 who has run the shop since 1998 \u2013 said trade "
      "was \u201cthe worst I have seen\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Marcela Vidal", "watching closely"),
                          Partial("Dan Ochoa", "the worst I have seen")));
}

TEST(QuoteSpeakerTest, TheElderOrTheYoungerByTheirAges) {
  std::string text =
      "Oliver Castell, 44, was jailed. Rupert Castell, 39, was spared.\n\n"
      "\u201cNo,\u201d said the elder Castell.\n\n"
      "\u201cNever,\u201d said the younger Mr Castell.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Oliver Castell", "No,"),
                                        Direct("Rupert Castell", "Never,")));
}

TEST(QuoteSpeakerTest, APlaceAfterAnAdjectiveIsNoSpeaker) {
  std::string text =
      "A nurse in rural Ontario says the clinic is \u201cfull every "
      "day\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("A nurse in rural Ontario",
                                                "full every day")));
}

TEST(QuoteSpeakerTest, AYearBeforeTheSubjectWithNoComma) {
  std::string text =
      "In 1986 the Arts Council of Great Britain cut the grant by 40%, "
      "saying the theatre had \u201cfailed to broaden its audience\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Arts Council of Great Britain",
                                  "failed to broaden its audience")));
}

TEST(QuoteSpeakerTest, ANicknameInAnAppositiveBeforeTheVerb) {
  std::string text =
      "Kerry manager P\u00e1draig \u00d3 Conch\u00fair, known to supporters "
      "as \u201cthe Professor\u201d, said the win was \u201cthe most "
      "satisfying\u201d of his career.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("the Professor"),
                          Partial("P\u00e1draig \u00d3 Conch\u00fair",
                                  "the most satisfying")));
}

TEST(QuoteSpeakerTest, TheOmbudsmanSpeaks) {
  std::string text =
      "In its annual report, the ombudsman said too many landlords were "
      "still \u201cblaming residents\u2019 lifestyles\u201d for damp.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("the ombudsman",
                                  "blaming residents\u2019 lifestyles")));
}

TEST(QuoteSpeakerTest, AFirstNameBeforeAVerbEndingInMembers) {
  std::string text =
      "The man behind the counter was Dale Henning, who ran the store.\n\n"
      "His son, Travis Henning, had once planned to take over.\n\n"
      "Dale remembers the last afternoon more vividly than he would like. "
      "\u201cMrs. Albers came in for her pills,\u201d he says.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Dale Henning",
                                               "Mrs. Albers came in for her "
                                               "pills,")));
}

TEST(QuoteSpeakerTest, TheFirstOfTwoSurnamesAfterTwoGivenNames) {
  std::string text =
      "The union's leader, María Inés Fernández Cabrera, led the march.\n\n"
      "Fernández said the workers wanted \u201ca seat at every stage\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("María Inés Fernández Cabrera",
                                                "a seat at every stage")));
}

TEST(QuoteSpeakerTest, APostOrABodyBeforeAPersonsNameIsNotPartOfIt) {
  std::string text =
      "Retired professor of Madras University S. Kalaiselvi said the women's "
      "vote was \u201cdecisive\u201d.\n\n"
      "PTI MPA Imran Ahmed Jatoi accused the government of \u201csleeping "
      "until the water came\u201d.\n\n"
      "Det Gda Shane Lalor said the money was \u201calmost entirely\u201d "
      "lost.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("S. Kalaiselvi", "decisive"),
                  Partial("Imran Ahmed Jatoi", "sleeping until the water came"),
                  Partial("Shane Lalor", "almost entirely")));
}

TEST(QuoteSpeakerTest, BetweenOneBodyAndAnotherAreTwoBodies) {
  std::string text =
      "The MPs said the contract between the Ministry of Defence and Capita, "
      "which has run recruitment since 2012, should not be renewed.\n\n"
      "Capita said it had made \u201csignificant improvements\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Capita", "significant improvements")));
}

TEST(QuoteSpeakerTest, AQuestionThenANameADescriptionAndAVerb) {
  std::string text =
      "Mercedes Alvarez and her neighbour Rosa Diaz have lived there for "
      "years.\n\n"
      "\u201cWhat do we do?\u201d Diaz, 74, a retired seamstress, said in "
      "Spanish.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Rosa Diaz", "What do we do?")));
}

TEST(QuoteSpeakerTest, SaidOneOfThemAndAName) {
  std::string text =
      "Mercedes Alvarez watched the volunteers arrive.\n\n"
      "\"We just turned up,\" said one of them, Lucy Gill, a teaching "
      "assistant.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Lucy Gill", "We just turned up,")));
}

TEST(QuoteSpeakerTest, NorOpensAMalayName) {
  std::string text =
      "\u201cThey deserved it. We gave away too many balls,\u201d Malaysia "
      "coach Nor Azlina Ismail told reporters.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Nor Azlina Ismail",
                                 "They deserved it. We gave away too many "
                                 "balls,")));
}

TEST(QuoteSpeakerTest, AsShePutIt) {
  std::string text =
      "Maire Cullinane visited the farm in 1968.\n\n"
      "Her neighbour Tom Keane played the fiddle all night and, as she later "
      "put it, \u201cthe music was kept like the good china\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Maire Cullinane",
                                  "the music was kept like the good china")));
}

TEST(QuoteSpeakerTest, AMixedCaseDatelineIsNoSpeaker) {
  std::string text =
      "Jakarta (AFP) - Indonesia's central bank cut its rate on Wednesday, "
      "saying inflation was \"well anchored\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Indonesia's central bank",
                                                "well anchored")));
}

TEST(QuoteSpeakerTest, AFilipinoParticleInsideAName) {
  std::string text =
      "Ms Maria Cristina dela Paz, vice-chairperson of the commission, said "
      "they could not wait for \u201canother round of pledges\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Maria Cristina dela Paz",
                                                "another round of pledges")));
}

TEST(QuoteSpeakerTest, SomeoneWhoGaveTheirNameOnlyAs) {
  std::string text =
      "A 24-year-old Malian survivor, who gave his name only as Ibrahim, said "
      "several passengers had died. \"We threw three bodies into the sea,\" "
      "he told AFP.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Ibrahim", "We threw three bodies into the sea,")));
}

TEST(QuoteSpeakerTest, ABodysNameAfterTheNounsThatSayWhatItIs) {
  std::string text =
      "Refugees reached a record last year, the UN refugee agency UNHCR said, "
      "warning of people \"without protection\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("UNHCR", "without protection")));
}

TEST(QuoteSpeakerTest, PeopleAcrossAPlaceAreNotThePlace) {
  std::string text =
      "Commuters across Yorkshire have described scenes of \"absolute "
      "bedlam\" on the railways.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Commuters across Yorkshire",
                                                "absolute bedlam")));
}

TEST(QuoteSpeakerTest, AFamilyFirmIsNoOneAHeMayBe) {
  std::string text =
      "Andrew Pennock left the board in March.\n\n"
      "Pennock & Sons said in a statement that the board was united.\n\n"
      "\u201cUnited,\u201d he said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Andrew Pennock", "United,")));
}

TEST(QuoteSpeakerTest, SomeoneUnnamedOpeningASentenceIsTheNounLater) {
  std::string text =
      "Lawmakers left Harrisburg for the weekend.\n\n"
      "A Senate Republican aide disputed that account. \"There was no "
      "written offer,\" the aide said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("A Senate Republican aide",
                                               "There was no written offer,")));
}

TEST(QuoteSpeakerTest, OneOfThePeopleIsOnePerson) {
  std::string text =
      "One of the employees said the mood was \"grim.\" \"People are "
      "already asking who is next,\" the employee said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("One of the employees", "grim."),
                          Direct("One of the employees",
                                 "People are already asking who is next,")));
}

TEST(QuoteSpeakerTest, ACountryBeforeABodysNameIsNotPartOfIt) {
  std::string text =
      "China\u2019s Taiwan Affairs Office said it was \u201chighly "
      "concerned\u201d about the disaster.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Taiwan Affairs Office",
                                                "highly concerned")));
}

TEST(QuoteSpeakerTest, HerHusbandAfterACoupleNamedTogether) {
  std::string text =
      "Derek and Maureen Hollis were told on Friday that the house would be "
      "demolished.\n\n"
      "Mrs Hollis said she had \u201cnowhere to go\u201d. Her husband said the "
      "couple had always known the sea was coming \u201cbut not this "
      "fast\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Maureen Hollis", "nowhere to go"),
                          Partial("Derek Hollis", "but not this fast")));
}

TEST(QuoteSpeakerTest, ABodyOfAPlaceBeforeARelativeClause) {
  std::string text =
      "The City of Vancouver, which has contributed $180 million, said it "
      "was \u201cdisappointed but not surprised\u201d by the news.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("City of Vancouver",
                                                "disappointed but not "
                                                "surprised")));
}

TEST(QuoteSpeakerTest, AWhipIsSomeoneWhoSpeaks) {
  std::string text =
      "A government source said the vote would go ahead.\n\n"
      "However, one Labour whip admitted privately that the scale of the "
      "opposition had taken No 10 by surprise. \u201cThis isn\u2019t just the "
      "left of the party,\u201d the whip said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("one Labour whip",
                                 "This isn\u2019t just the left of the "
                                 "party,")));
}

TEST(QuoteSpeakerTest, TheyIsTheSourceNotTheBodyTheySpokeTo) {
  std::string text =
      "Universities face a crisis.\n\n"
      "One vice-chancellor, who spoke to Sky News on condition of anonymity, "
      "said several institutions were \u201ca few bad months away\u201d from "
      "insolvency. \u201cPeople outside the sector don\u2019t "
      "understand,\u201d "
      "they said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("One vice-chancellor", "a few bad months away"),
                  Direct("One vice-chancellor",
                         "People outside the sector don\u2019t "
                         "understand,")));
}

TEST(QuoteKindTest, AnArticleAndANounAroundReportedWordsArePartial) {
  std::string text =
      "Corrib Bank will close 41 branches.\n\n"
      "The bank said the closures were part of a \"digital-first\" strategy "
      "and reflected a fall in customers.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Corrib Bank", "digital-first")));
}

TEST(QuoteKindTest, AnUnnamedSourcesReportedWordsArePartialToo) {
  std::string text =
      "A bank spokeswoman said the closures were part of a \u201cdigital-first"
      "\u201d strategy and reflected a fall in customers.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A bank spokeswoman", "digital-first")));
}

TEST(QuoteCueTest, ApologisingIsReporting) {
  std::string text =
      "The health board\u2019s chief executive, Huw Pritchard, apologised "
      "\u201cunreservedly\u201d to the families.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Huw Pritchard", "unreservedly")));
}

TEST(QuoteSpeakerTest, AStudentsWordBeforeTheNameIsNoPartOfIt) {
  std::string text =
      "The new line opened in March.\n\n"
      "Undergraduate Shaun Koh, 22, said the line had \u201cshaken "
      "people\u2019s "
      "confidence\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Shaun Koh", "shaken people\u2019s confidence")));
}

TEST(QuoteSpeakerTest, APossessiveOpensTheSpeakersPhrase) {
  std::string text =
      "A court sentenced him to 14 years in prison, in a verdict his lawyers "
      "described as \"a political execution.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("his lawyers", "a political execution.")));
}

TEST(QuoteSpeakerTest, AccordingToAnAnalysisByABody) {
  std::string text =
      "The cuts will \"reduce but not eliminate\" a projected gap, according "
      "to an analysis by the Department of Finance and Administration.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Department of Finance and Administration",
                                  "reduce but not eliminate")));
}

TEST(QuoteSpeakerTest, ThePersonIsTheUnnamedSourceJustDescribed) {
  std::string text =
      "One top-20 shareholder said the buyback was welcome but that "
      "investors wanted more detail on costs. \u201cIncome has done the "
      "heavy lifting this year,\u201d the person said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("One top-20 shareholder",
                                 "Income has done the heavy lifting this "
                                 "year,")));
}

TEST(QuoteSpeakerTest, AccordingToDescribesTheSourceForTheNextQuote) {
  std::string text =
      "A case has been registered against the driver. According to a senior "
      "police officer, the bus\u2019s fitness certificate had expired in "
      "August. \u201cWe are verifying the documents,\u201d the officer "
      "said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("a senior police officer",
                                 "We are verifying the documents,")));
}

TEST(QuoteSpeakerTest, ANationalityBeforeTheNameIsNoPartOfIt) {
  std::string text =
      "MELBOURNE (Reuters) - Serbia's Mila Petrovic reached the final on "
      "Thursday, outlasting American Kayla Brooks 6-4 3-6 7-5.\n\n"
      "The 22-year-old broke serve in the 11th game.\n\n"
      "Brooks, the 2023 U.S. Open runner-up, had led early.\n\n"
      "\"She just refused to go away,\" Brooks told reporters.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Kayla Brooks",
                                               "She just refused to go "
                                               "away,")));
}

TEST(QuoteSpeakerTest, ANameBeforeABracketedAsideIsMentioned) {
  std::string text =
      "\u201cIt is a miniature otter,\u201d says Fiona MacAskill, a "
      "palaeontologist.\n\n"
      "The specimen was spotted in 2021 by Calum MacAskill (no relation), a "
      "retired ferry engineer. \u201cI nearly walked past it,\u201d he "
      "says.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Fiona MacAskill", "It is a miniature otter,"),
                  Direct("Calum MacAskill", "I nearly walked past it,")));
}

TEST(QuoteSpeakerTest, ATitledSurnameInThePossessiveIsMentioned) {
  std::string text =
      "\u201cWe have waited too long,\u201d said Mary Atieno, 28, a mother "
      "of three.\n\n"
      "Dr Grace Ouma said the shortage had been resolved. \u201cNo mother "
      "should be turned away,\u201d Dr Ouma said.\n\n"
      "Back at the clinic, Ms Atieno\u2019s son received his first dose. "
      "\u201cHe cried a little,\u201d she said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Mary Atieno", "We have waited too long,"),
                  Direct("Grace Ouma", "No mother should be turned away,"),
                  Direct("Mary Atieno", "He cried a little,")));
}

TEST(QuoteSpeakerTest, AFilingIsItsSubjectNotThePlaceItWasFiledIn) {
  std::string text =
      "A proposed class action filed Monday in federal court in Boston "
      "accuses Paysmith of \u201cnegligence\u201d for the data it lost.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A proposed class action", "negligence")));
}

TEST(QuoteSpeakerTest, TheReportIsTheBodyItCameFrom) {
  std::string text =
      "A 2025 report from the Rural Health Research Collaborative, a "
      "network of university researchers, found that 40% of rural "
      "hospitals reported vacancies. The report described the shortage as "
      "\u201cthe most acute\u201d threat facing rural facilities.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Rural Health Research Collaborative",
                                  "the most acute")));
}

TEST(QuoteSpeakerTest, CoronerIsATitle) {
  std::string text =
      "In findings released yesterday, Coroner Sarah Ngata said the bike "
      "had no crush protection device fitted.\n\n"
      "\u201cQuad bikes are unforgiving,\u201d Coroner Ngata said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Sarah Ngata",
                                               "Quad bikes are unforgiving,")));
}

TEST(QuoteSpeakerTest, AnAppositiveNounGivesTheSex) {
  // "Jan" is a man's name in the word lists; "wife" says otherwise.
  std::string text =
      "Robert James Baird, 58, died on his farm. He was found by his son.\n\n"
      "Tom Baird, who found his father, said the family had talked about "
      "it.\n\n"
      "Jan Baird, Mr Baird\u2019s wife of 34 years, told the paper the "
      "family supported the recommendations.\n\n"
      "\u201cSomething good has come of it,\u201d Mrs Baird said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Jan Baird",
                                               "Something good has come of "
                                               "it,")));
}

TEST(QuoteSpeakerTest, ADashedAsideAfterANameIsMentioned) {
  std::string text =
      "\u201cWe had 20 minutes,\u201d Leanne Fitzgerald said.\n\n"
      "Her neighbour Shane Fitzgerald \u2013 no relation \u2013 said he "
      "woke to water lapping at his bed.\n\n"
      "\u201cI\u2019ve lived here 40 years,\u201d he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Leanne Fitzgerald", "We had 20 minutes,"),
                          Direct("Shane Fitzgerald",
                                 "I\u2019ve lived here 40 years,")));
}

TEST(QuoteSpeakerTest, AHisInsideAClauseThatNamesSomeoneElseSaysNoSex) {
  // "Aroha" looks like a woman's name; the "his" is Mr Baird's.
  std::string text =
      "Federated Farmers Otago president Logan Fraser said most farmers "
      "accepted the devices.\n\n"
      "\u201cThere\u2019s a lot of different country out there,\u201d he "
      "said.\n\n"
      "Neighbour Aroha Tipene, who helped search for Mr Baird on the day he "
      "died, said the district had been \u201crocked\u201d by his death.\n\n"
      "\u201cEveryone in Tapanui knew him,\u201d she said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Logan Fraser",
                         "There\u2019s a lot of different country out there,"),
                  Partial("Aroha Tipene", "rocked"),
                  Direct("Aroha Tipene", "Everyone in Tapanui knew him,")));
}

TEST(QuoteSpeakerTest, TheReportIsTheOneFirstWrittenWithA) {
  std::string text =
      "According to a police report, officers stopped the car for a broken "
      "taillight. The report says he \u201cfailed to comply with lawful "
      "commands\u201d at the scene.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("a police report",
                                  "failed to comply with lawful commands")));
}

TEST(QuoteSpeakerTest, AnAllyOfATitledPersonIsAnUnnamedSource) {
  std::string text =
      "Rebecca Thorne was sacked as Chancellor on Tuesday.\n\n"
      "One ally of Ms Thorne said the Prime Minister had \u201cmade the "
      "worst mistake of his premiership\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("One ally of Ms Thorne",
                                                "made the worst mistake of his "
                                                "premiership")));
}

TEST(QuoteSpeakerTest, AnAcronymInAnotherLanguageNamesTheBody) {
  std::string text =
      "The head of the Federation of German Industries (BDI), Stefan "
      "Lorenz, warned against it. The BDI later said in a statement that "
      "the rise would \"cost hundreds of thousands of jobs.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Federation of German Industries",
                                  "cost hundreds of thousands of jobs.")));
}

TEST(QuoteSpeakerTest, TheAgentOfAParticipleIsNotTheSubject) {
  std::string text =
      "A draft of the conclusions seen by Reuters says the EU will "
      "\"continue work on options\" to support Ukraine.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("A draft of the conclusions",
                                                "continue work on options")));
}

TEST(QuoteSpeakerTest, ASportsPositionIsARole) {
  std::string text =
      "Wests Tigers halfback Jayden Maloney has shouldered the blame for a "
      "40-10 hiding, conceding his kicking game handed Parramatta "
      "\u201cabout four tries on a plate\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Jayden Maloney", "about four tries on a plate")));
}

TEST(QuoteSpeakerTest, TheRightHanderIsThePlayerJustNamed) {
  std::string text =
      "Texas took the lead in the seventh off Seattle starter Ben "
      "Carraway.\n\n"
      "Carraway allowed four runs and seven hits in 6 1/3 innings. The "
      "right-hander said he made \"one bad pitch\" to Whitley.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ben Carraway", "one bad pitch")));
}

TEST(QuoteSpeakerTest, ANameBeforeAColonInAStandfirstSpeaks) {
  std::string text =
      "Marchand wins in Singapore\n\n"
      "Theo Marchand claims third win of the season as Ferrari\u2019s slow "
      "stop costs Luca Bellandi the lead; Ferrari team principal Giorgio "
      "Ferrante: \u201cWe have to be better than that\u201d\n\n"
      "The race was won in the pits.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Giorgio Ferrante",
                                 "We have to be better than that")));
}

TEST(QuoteSpeakerTest, AGroundIsNoTeam) {
  std::string text =
      "The Ravens won 30-24 at M&T Bank Stadium.\n\n"
      "The team said Reyes was \u201cresting comfortably.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("The team", "resting comfortably.")));
}

TEST(QuoteSpeakerTest, InSomeonesWordsNamesTheSpeaker) {
  std::string text =
      "Ilya Marchenko founded Freightlane in 2019. Invoices there are, in "
      "Marchenko\u2019s words, \u201can order of magnitude messier.\u201d\n\n"
      "She spent two decades on the county board, where, in the words of "
      "one former colleague, she became \"a bulldog with a spreadsheet.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Ilya Marchenko", "an order of magnitude messier."),
          Partial("one former colleague", "a bulldog with a spreadsheet.")));
}

TEST(QuoteSpeakerTest, AnAbbreviatedMonthEndsNoSentence) {
  std::string text =
      "Premier Claire Arsenault has called a snap election for Oct. 20, "
      "saying her government needs a \u201cclear mandate\u201d to pass the "
      "budget.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Claire Arsenault", "clear mandate")));
}

TEST(QuoteCueTest, RuledAndPronouncedReport) {
  EXPECT_THAT(
      Quotes("An Ontario Superior Court judge ruled the company "
             "acted \u201cin bad faith.\u201d\n"),
      ElementsAre(Partial("An Ontario Superior Court judge", "in bad faith.")));
  EXPECT_THAT(Quotes("Marisol Ventura tastes the salsa off the back of a "
                     "spoon and pronounces it \u201cfine, for a "
                     "Tuesday.\u201d\n"),
              ElementsAre(Partial("Marisol Ventura", "fine, for a Tuesday.")));
}

TEST(QuoteSpeakerTest, APossessiveDescriptionBeforeABodysNameIsNoPartOfIt) {
  std::string text =
      "The quake struck at 3:41 a.m., according to Turkey\u2019s disaster "
      "management agency AFAD.\n\n"
      "\u201cTeams are working at 190 sites,\u201d the agency said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("AFAD", "Teams are working at 190 sites,")));
}

TEST(QuoteSpeakerTest, ANameAfterTheDescriptionOfAnInvertedSpeaker) {
  std::string text =
      "Truck owners welcomed the deal. \"For us, every day a truck waits "
      "is money lost,\" said the chairman of the Tanzania Truck Owners "
      "Association (Tatoa), Mr Elias Chambo.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Elias Chambo",
                                 "For us, every day a truck waits is money "
                                 "lost,")));
}

TEST(QuoteSpeakerTest, BrigadierIsATitle) {
  std::string text =
      "Brigadier Juma Salem Al Mazrouei, Director of Traffic at Dubai "
      "Police, spoke on Monday.\n\n"
      "\"There will be zero tolerance,\" Brigadier Al Mazrouei said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Juma Salem Al Mazrouei",
                                               "There will be zero "
                                               "tolerance,")));
}

TEST(QuoteSpeakerTest, TheNameAfterAnAbbreviatedMohammadIsTheGivenName) {
  std::string text =
      "Fire service officer Md Rezaul Karim led the team.\n\n"
      "\u201cThe building had no usable emergency exit,\u201d Rezaul "
      "said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Md Rezaul Karim",
                                 "The building had no usable emergency "
                                 "exit,")));
}

TEST(QuoteSpeakerTest, RemarksBySomeone) {
  std::string text =
      "The sitting was suspended after a heated exchange over remarks by "
      "Datuk Hamzah Ismail (BN-Sungai Lempit) that flood victims had become "
      "\u201ctoo dependent on handouts\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Hamzah Ismail",
                                                "too dependent on handouts")));
}

TEST(QuoteSpeakerTest, ATitlesWordAsASurname) {
  std::string text =
      "Marie Cardinal has beaded for sixty years.\n\n"
      "Her granddaughter, Kaylee Cardinal, 24, helped catalogue the work.\n\n"
      "\"I grew up with these things all over the house,\" Kaylee said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Kaylee Cardinal",
                                 "I grew up with these things all over the "
                                 "house,")));
}

TEST(QuoteSpeakerTest, AMiddleInitialSpelledOutLater) {
  std::string text =
      "Thaddeus R. Greenlee, a civil rights lawyer, died on Tuesday.\n\n"
      "\u201cAs a lawyer,\u201d Greenlee said of how he wished to be "
      "remembered.\n\n"
      "Thaddeus Roosevelt Greenlee was born in Danville in 1933.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Thaddeus Roosevelt Greenlee",
                                               "As a lawyer,")));
}

TEST(QuoteSpeakerTest, ARankOrAnAgeBeforeTheNameIsNoPartOfIt) {
  std::string text =
      "Major Alastair Renwick, who has died aged 101, won an MC on D-Day.\n\n"
      "\u201cEverybody was doing something brave,\u201d Renwick said.\n\n"
      "Nineteen-year-old Tate Pruitt rode next. \u201cI remember the "
      "ground,\u201d Pruitt says.\n\n"
      "Major League Baseball said the game would be \"rescheduled.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Alastair Renwick",
                                 "Everybody was doing something brave,"),
                          Direct("Tate Pruitt", "I remember the ground,"),
                          Partial("Major League Baseball", "rescheduled.")));
}

TEST(QuoteSpeakerTest, AForceAndACommunityAreBodies) {
  std::string text =
      "The Singapore Civil Defence Force (SCDF) said it was alerted to the "
      "fire at about 3.10am. When firefighters arrived, the bedroom was "
      "\u201cfully engulfed in flames\u201d, it said.\n\n"
      "The Economic Community of West African States (ECOWAS) said it was "
      "following the situation \u201cwith great concern\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Singapore Civil Defence Force",
                                  "fully engulfed in flames"),
                          Partial("Economic Community of West African States",
                                  "with great concern")));
}

TEST(QuoteSpeakerTest, TheWomanIsTheUnnamedSourceJustDescribed) {
  std::string text =
      "A neighbour said she heard shots. \u201cIt was so fast,\u201d the "
      "woman said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("A neighbour", "It was so fast,")));
}

TEST(QuoteSpeakerTest, ANameBeforeARelativeClauseThatEndsAtTheVerb) {
  std::string text =
      "The Mukono District Woman MP, Ms Betty Nalwoga, who addressed the "
      "parents, described the increase as \"insensitive\".\n\n"
      "An SMRT staff member at Jurong East, who declined to be named, said "
      "the morning had been \"chaotic\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Betty Nalwoga", "insensitive"),
                  Partial("An SMRT staff member at Jurong East", "chaotic")));
}

TEST(QuoteSpeakerTest, HyphenatedOfficesAreTitles) {
  std::string text =
      "Additional Advocate-General Vikram Hegde told the court that the "
      "barrage was a drinking water project. \u201cThis is not an "
      "irrigation project,\u201d he argued.\n\n"
      "Ashulia Police Station Officer-in-Charge Md Abu Bakar Siddique said "
      "a case would be filed. \u201cWe have detained the guard,\u201d he "
      "said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Vikram Hegde", "This is not an irrigation project,"),
          Direct("Md Abu Bakar Siddique", "We have detained the guard,")));
}

TEST(QuoteSpeakerTest, ALocalsNumberThenATitleAndAName) {
  std::string text =
      "\u201cThis vote sends a message,\u201d said Local 1427 President "
      "Theresa Kowalski.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Theresa Kowalski",
                                               "This vote sends a message,")));
}

TEST(QuoteSpeakerTest, AGivenNameOpeningTheSentenceIsTheSubject) {
  std::string text =
      "The mayor spoke on Monday.\n\n"
      "A man who gave his name only as Travis said he had lived at the site "
      "for eight months.\n\n"
      "\u201cI had a system here,\u201d he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Travis", "I had a system here,")));
}

TEST(QuoteSpeakerTest, TheRelativePronounOfAGerundsClause) {
  std::string text =
      "Colin Reyes was elected last year.\n\n"
      "Reyes, who took office promising to \u201cbring people inside,\u201d "
      "has made clearing encampments a centerpiece.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Colin Reyes", "bring people inside,")));
}

TEST(QuoteCueTest, AReportingNounAfterAnArticleIsNoVerb) {
  // Not "the company for a preliminary" speaking through "report"; the
  // agency's act is told by Nolan Pruitt (as the held-out gold reads it).
  std::string text =
      "Nolan Pruitt said the agency has asked the company for a preliminary "
      "report by Friday and would \"look closely at maintenance records\" "
      "for both substations.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Nolan Pruitt",
                                  "look closely at maintenance records")));
}

TEST(QuoteSpeakerTest, AJobInManBeforeTheNameIsNoPartOfIt) {
  std::string text =
      "Fisherman Jory Trewin, 61, said: \u201cWe\u2019re becoming a ghost "
      "village.\u201d\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Jory Trewin",
                                               "We\u2019re becoming a ghost "
                                               "village.")));
}

TEST(QuoteSpeakerTest, AnAdjectiveInEdAfterAnArticleEndsNoSource) {
  std::string text =
      "A source at the combined authority said officials were \u201clooking "
      "at all options\u201d but warned that funding was \u201cextremely "
      "tight\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A source at the combined authority",
                                  "looking at all options"),
                          Partial("A source at the combined authority",
                                  "extremely tight")));
}

TEST(QuoteCueTest, PostingReports) {
  std::string text =
      "His club, Clooncarra GAA, posted on social media: \"Everyone at the "
      "club is behind you, Cathal.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Clooncarra GAA",
                                 "Everyone at the club is behind you, "
                                 "Cathal.")));
}

TEST(QuoteSpeakerTest, ATabloidsCapitalsOnAPersonNounAreNoName) {
  std::string text =
      "Sickness bug ruins holiday\n\n"
      "A MUM-OF-TWO has told how her family\u2019s break turned into a "
      "\u201choliday from hell\u201d at a Turkish resort.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A MUM-OF-TWO", "holiday from hell")));
}

TEST(QuoteSpeakerTest, ATitlesPortfolioBeforeTheName) {
  std::string text =
      "US Secretary of State Warren Tillis welcomed the deal but warned that "
      "Washington expected \u201cresults, not promises\u201d.\n\n"
      "UN Humanitarian Coordinator for Ukraine Agnes Lindqvist said she was "
      "\"appalled\" by the strike.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Warren Tillis", "results, not promises"),
                          Partial("Agnes Lindqvist", "appalled")));
}

TEST(QuoteSpeakerTest, APlacesAdjectiveBeforeAColonIsNoName) {
  std::string text =
      "A diplomat from a southern European member state was more blunt: "
      "\u201cSome capitals have signed up to numbers they cannot pay "
      "for.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("A diplomat from a southern European member "
                                 "state",
                                 "Some capitals have signed up to numbers "
                                 "they cannot pay for.")));
}

TEST(QuoteSpeakerTest, TheAgencyIsTheAcronymNamedInItsParagraph) {
  std::string text =
      "The UN refugee office said the camp was full.\n\n"
      "UNICEF said in a separate statement that 40 children had died. "
      "\u201cThese deaths were preventable,\u201d the agency said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("UNICEF", "These deaths were preventable,")));
}

TEST(QuoteSpeakerTest, CapitalsOpeningASentenceAreABody) {
  std::string text =
      "EPA delays methane rules\n\n"
      "Environmental groups called the move a giveaway and vowed to sue.\n\n"
      "EPA on Tuesday finalized a rule, a move the agency said would give "
      "industry \"breathing room\" to comply.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("EPA", "breathing room")));
}

TEST(QuoteSpeakerTest, AfterTheWritersQuestionSheIsThePersonInterviewed) {
  std::string text =
      "Lunch with a novelist\n\n"
      "By Ruth Carr\n\n"
      "Maeve Tolland has ordered the soup. \u201cIt\u2019s the only thing "
      "here,\u201d she says.\n\n"
      "Tolland, 61, is one of the most admired novelists in Britain. She "
      "grew up in Lochgelly.\n\n"
      "The novelist Ros Kettering, a friend since the 1990s, says "
      "Tolland\u2019s gift is for what goes unsaid. \u201cMaeve writes "
      "around it,\u201d she says.\n\n"
      "I ask whether she thinks of herself as a political writer. She "
      "considers the question for a long time.\n\n"
      "\u201cI think of myself as a nosy writer,\u201d she says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Maeve Tolland",
                                 "It\u2019s the only thing "
                                 "here,"),
                          Direct("Ros Kettering", "Maeve writes around it,"),
                          Direct("Maeve Tolland",
                                 "I think of myself as a nosy writer,")));
}

TEST(QuoteSpeakerTest, ASharedSurnameNotThePersonNamedBesideIt) {
  std::string text =
      "\u201cThis is some of the best soil in the state,\u201d said Brenda "
      "Kauffman, whose family has farmed here since 1911.\n\n"
      "Elmer Kauffman, who has leased 240 acres of his farm, sees it "
      "differently.\n\n"
      "\u201cIt\u2019s my land,\u201d said Kauffman, who is not related to "
      "Brenda Kauffman.\n\n"
      "Kauffman, 71, said none of his children want to farm, and that the "
      "lease is \u201cthe only retirement plan I\u2019ve got.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Brenda Kauffman",
                                 "This is some of the best soil in the state,"),
                          Direct("Elmer Kauffman", "It\u2019s my land,"),
                          Partial("Elmer Kauffman",
                                  "the only retirement plan I\u2019ve got.")));
}

TEST(QuoteSpeakerTest, AnAgeBeforeANameAfterAnOpeningPhrase) {
  std::string text =
      "Ulrike Sommer, a nurse, said the hospital was coping.\n\n"
      "In Neuburg, 78-year-old Helga Baumann was rescued from her apartment "
      "by boat. \u201cI have lived here for 50 years,\u201d she told DW.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Helga Baumann", "I have lived here for 50 years,")));
}

TEST(QuoteSpeakerTest, ANicknameInMarksInsideTheName) {
  std::string text =
      "The group meets every Tuesday.\n\n"
      "\"We've all skated on that ice,\" said Harold \"Hap\" Dueck, 83, "
      "one of the founding members.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Harold Dueck",
                                               "We've all skated on that ice,"),
                                        Term("Hap")));
}

TEST(QuoteSpeakerTest, AShopkeepersTradeBeforeTheNameIsNoPartOfIt) {
  std::string text =
      "Postmaster Dilwyn Evans, 67, who has run the shop for 26 years, said "
      "the decision had been \"heartbreaking\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Dilwyn Evans", "heartbreaking")));
}

TEST(QuoteSpeakerTest, AFirstNameRightAfterARelationTakesTheSurname) {
  std::string text =
      "Conor Mulhare has kept goal for Kilkenny for a decade.\n\n"
      "On Sunday, Conor will be between the posts. His younger brother Eoin "
      "(27) will start at full-forward.\n\n"
      "\u201cP\u00e1draig was the best of us,\u201d Eoin said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Eoin Mulhare", "P\u00e1draig was the best of us,")));
}

TEST(QuoteCueTest, FindingThatReports) {
  EXPECT_THAT(Quotes("In a 41-page decision, Justice Helen Ostrowski found "
                     "that the process was \u201cfundamentally unfair\u201d "
                     "to residents.\n"),
              ElementsAre(Partial("Helen Ostrowski", "fundamentally unfair")));
  // (Not "found" without "that": "Police found the car \"abandoned\"".)
  EXPECT_THAT(Quotes("Some supporters had chanted for his dismissal. \"I've "
                     "had worse weeks,\" Wiremu Tane said.\n"),
              ElementsAre(Direct("Wiremu Tane", "I've had worse weeks,")));
}

TEST(QuoteSpeakerTest, TheMilitaryAndAHealthSystemAreBodies) {
  EXPECT_THAT(Quotes("The Israeli military said it had carried out \u201ca "
                     "precise strike\u201d on the compound.\n"),
              ElementsAre(Partial("Israeli military", "a precise strike")));
}

TEST(QuoteSpeakerTest, WithSomeoneCallingSomethingSo) {
  EXPECT_THAT(Quotes("He has been jailed for six years, with a judge calling "
                     "his conduct \u201ccallous and calculated\u201d.\n"),
              ElementsAre(Partial("a judge", "callous and calculated")));
}

TEST(QuoteCueTest, ChantingReports) {
  EXPECT_THAT(Quotes("About 200 residents marched to the municipal offices, "
                     "singing and chanting \u201cwater is ours\u201d as they "
                     "went.\n"),
              ElementsAre(Partial("About 200 residents", "water is ours")));
}

TEST(QuoteKindTest, SomeoneNamedTermingSomethingSpeaks) {
  EXPECT_THAT(Quotes("Ali Khurshid Siddiqui led the walkout.\n\n"
                     "Outside the assembly later, Mr Siddiqui termed the "
                     "budget \u201canti-people\u201d and left.\n"),
              ElementsAre(Partial("Ali Khurshid Siddiqui", "anti-people")));
  // (A thing's name stays a term: "which the company branded "Look Up"".)
  EXPECT_THAT(Quotes("The chief executive spoke at the event, which the "
                     "company branded \u201cLook Up\u201d.\n"),
              ElementsAre(Term("Look Up")));
}

TEST(QuoteSpeakerTest, ThePalaceIsABody) {
  EXPECT_THAT(
      Quotes("The presidential palace said cabinet secretaries had "
             "been ordered to \"stay on the ground\".\n"),
      ElementsAre(Partial("The presidential palace", "stay on the ground")));
}

TEST(QuoteSpeakerTest, TheSubjectMakesTheAccusationsOf) {
  EXPECT_THAT(
      Quotes("STRASBOURG \u2014 European lawmakers traded accusations of "
             "\"deregulation by stealth\" and \"bureaucratic paralysis\" "
             "on Wednesday.\n"),
      ElementsAre(Partial("European lawmakers", "deregulation by stealth"),
                  Partial("European lawmakers", "bureaucratic paralysis")));
}

TEST(QuoteSpeakerTest, BySomeonesAccountNamesTheSpeaker) {
  std::string text =
      "Callum Ashdown is directing. Rehearsals have been, by Ashdown\u2019s "
      "account, \u201cbrutal and joyful\u201d.\n\n"
      "Kiara Simmons coaches him. He has spent the week, by her estimate, "
      "watching film \u201cuntil the laptop gets hot.\u201d\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Callum Ashdown", "brutal and joyful"),
                  Partial("Kiara Simmons", "until the laptop gets hot.")));
}

TEST(QuoteKindTest, OnePersonDescribedCallingSomethingSoSpeaks) {
  EXPECT_THAT(Quotes("Another investor called the proposal \u201ctone "
                     "deaf\u201d.\n"),
              ElementsAre(Partial("Another investor", "tone deaf")));
  // (Critics in general only label.)
  EXPECT_THAT(Quotes("Critics called the proposal \u201ctone deaf\u201d.\n"),
              ElementsAre(Term("tone deaf")));
}

TEST(QuoteSpeakerTest, ATitlesSexPicksTheOneKnownToBeOfIt) {
  // "Tadhg" is in no first-name list; "Siobh\u00e1n" is a woman's.
  std::string text =
      "Siobh\u00e1n Quirke, chief executive of Early Years Providers "
      "Ireland, said the delays were costing staff.\n\n"
      "Tadhg Quirke, who runs a nursing home in Clonmel and is no relation, "
      "said: \u201cWe\u2019re paying agency rates.\u201d\n\n"
      "Ms Quirke said her members did not want the checks weakened. "
      "\u201cNobody is asking for shortcuts,\u201d she said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Tadhg Quirke", "We\u2019re paying agency rates."),
          Direct("Siobh\u00e1n Quirke", "Nobody is asking for shortcuts,")));
}

TEST(QuoteSpeakerTest, AStoreyKeepsAnUnnamedSourcesPhrase) {
  EXPECT_THAT(Quotes("\u201cThat bike was always out there,\u201d said a "
                     "neighbour on the 14th floor, who asked that her name "
                     "not be used.\n"),
              ElementsAre(Direct("a neighbour on the 14th floor",
                                 "That bike was always out there,")));
}

TEST(QuoteSpeakerTest, NamesInAWhoseClauseAreNoSubject) {
  EXPECT_THAT(Quotes("Donna Pickering, whose daughters Ellie, nine, and "
                     "Grace, seven, attend classes every Saturday, said the "
                     "school was \u201cpart of the furniture\u201d.\n"),
              ElementsAre(Partial("Donna Pickering", "part of the furniture")));
}

TEST(QuoteSpeakerTest, AnOpeningClausesNounIsNoSubject) {
  std::string text =
      "Shauna Mercredi has two sons on the team.\n\n"
      "When the U11 team's volunteer coach stepped down two seasons ago, "
      "nobody else put up a hand. She did.\n\n"
      "\"I thought, how hard can it be?\" she said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Shauna Mercredi",
                                               "I thought, how hard can it "
                                               "be?")));
}

TEST(QuoteSpeakerTest, ASurnameOpeningASentenceNearAQuotationIsItsSubject) {
  std::string text =
      "Marisol Ortega has worked nights for 23 years.\n\n"
      "\u201cMarisol called me from the room,\u201d Linda Farrow says.\n\n"
      "Hospitals have struggled to staff night shifts. Ortega says the "
      "money matters, but it is not why she stays.\n\n"
      "At 7 a.m., the day shift arrives. Ortega gives report on her two "
      "patients, then signs out.\n\n"
      "She says she will move to days in a few years.\n\n"
      "\u201cSomebody has to be here,\u201d she says.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Linda Farrow", "Marisol called me from the room,"),
                  Direct("Marisol Ortega", "Somebody has to be here,")));
}

TEST(QuoteSpeakerTest, ACoupleAfterAnOpeningWordSharesTheSurname) {
  std::string text =
      "Twins mark 40 years of dance\n\n"
      "When Janice and Lorraine Beckwith opened a dance school in 1985, "
      "they had 11 pupils.\n\n"
      "The school now has 300 pupils.\n\n"
      "The pupils perform every Easter.\n\n"
      "\u201cWe didn\u2019t have a business plan,\u201d said Janice, the "
      "elder by 11 minutes.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Janice Beckwith",
                                 "We didn\u2019t have a business plan,")));
}

TEST(QuoteSpeakerTest, ANicknameWithTheSurnameIsThePersonWithTheNickname) {
  std::string text =
      "Her mother, Guadalupe \u201cLupe\u201d Ortega, worked nights at a "
      "cannery.\n\n"
      "\u201cI never missed a shift,\u201d Lupe Ortega, now 78, says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("Lupe"), Direct("Guadalupe Ortega",
                                               "I never missed a shift,")));
}

TEST(QuoteSpeakerTest, ARelativeOpeningASentenceIsTheNextPronoun) {
  std::string text =
      "Ana Ferreira and Lucia Ferreira opened the bakery in 2019.\n\n"
      "\u201cWe grew up above a bakery,\u201d Lucia Ferreira said.\n\n"
      "\u201cIt was always going to be bread,\u201d Ana Ferreira said.\n\n"
      "Her sister was blunter.\n\n"
      "\u201cWe need the money,\u201d she said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Lucia Ferreira", "We grew up above a bakery,"),
                  Direct("Ana Ferreira", "It was always going to be bread,"),
                  Direct("Lucia Ferreira", "We need the money,")));
  // (Not one a life's story describes.)
  std::string story =
      "Tom Greenlee, 61, and his father, Marcus Greenlee, ran the yard.\n\n"
      "Tom Greenlee was born in Danville. His father was a laborer, and "
      "his mother, he said, \u201cran everything.\u201d\n";
  EXPECT_THAT(Quotes(story),
              ElementsAre(Partial("Tom Greenlee", "ran everything.")));
}

TEST(QuoteSpeakerTest, ABirthNameIsThePersonOfThatFirstName) {
  std::string text =
      "Eleanor Dunmore, an architect, died on Saturday. She was 91.\n\n"
      "Her son, Peter Dunmore, said the cause was pneumonia.\n\n"
      "Eleanor Ruth Marsh was born in 1933 in Terre Haute to Walter Marsh, "
      "a railroad engineer.\n\n"
      "She married Robert Dunmore, an engineer, in 1959. He handled the "
      "engineering and, as she liked to say, \u201cthe arguments with "
      "contractors.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Eleanor Dunmore",
                                  "the arguments with contractors.")));
}

TEST(QuoteSpeakerTest, ATheaterIsABodyHoweverItIsSpelt) {
  std::string text =
      "Harbor Street Theatre opened in 2011 in a converted hardware "
      "store.\n\n"
      "Its landlord, Brightwater Holdings, raised the rent this year.\n\n"
      "The theater said in a statement that opening weekend was \"nearly "
      "sold out\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Harbor Street Theatre", "nearly sold out")));
}

TEST(QuoteSpeakerTest, AUniversitysProfessorIsAPerson) {
  std::string text =
      "\u201cI did the math,\u201d said Ron Castellano, 74.\n\n"
      "Rebecca Tolliver, a University of South Florida professor who "
      "studies coastal housing, said the rule is doing what it was designed "
      "to do.\n\n"
      "\u201cThe whole point is to stop the cycle,\u201d she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Ron Castellano", "I did the math,"),
                          Direct("Rebecca Tolliver",
                                 "The whole point is to stop the cycle,")));
}

TEST(QuoteSpeakerTest, WhoAfterADescriptionIsThePersonDescribed) {
  std::string text =
      "Kevin Tran, a meteorologist, said the rain stalled.\n\n"
      "\u201cIt kept coming,\u201d Tran said.\n\n"
      "That explanation did not satisfy Terrence Whitfield, Doris "
      "Whitfield\u2019s son, who said he took two days off work.\n\n"
      "\u201cParcel by parcel,\u201d he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Kevin Tran", "It kept coming,"),
                          Direct("Terrence Whitfield", "Parcel by parcel,")));
}

TEST(QuoteSpeakerTest, ABodyAfterAPlacesPossessiveIsNamed) {
  std::string text =
      "Denver\u2019s Department of Transportation and Infrastructure has "
      "offered grants.\n\n"
      "The department said the project is \u201con schedule\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Department of Transportation and "
                                  "Infrastructure",
                                  "on schedule")));
}

TEST(QuoteSpeakerTest, TheUnionIsTheUnionWrittenWithAnAccent) {
  std::string text =
      "The walkout was called by the Uni\u00f3n de Tripulantes de Cabina "
      "(UTC), which represents most of the crew.\n\n"
      "UTC says basic salaries have fallen behind inflation.\n\n"
      "Spain\u2019s Transport Ministry ordered minimum services. The union "
      "called those levels \u201cabusive\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Uni\u00f3n de Tripulantes de Cabina", "abusive")));
}

TEST(QuoteSpeakerTest, APossessiveClosingADescriptionIsTheNamesOwn) {
  std::string text =
      "A nurse in the intensive care unit at Seattle Children\u2019s, who "
      "asked not to be named, said the unit was full. \u201cIt is "
      "heartbreaking,\u201d she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("A nurse in the intensive care unit at "
                                 "Seattle Children\u2019s",
                                 "It is heartbreaking,")));
}

TEST(QuoteSpeakerTest, HisFatherIsTheOtherOfTheSurname) {
  std::string text =
      "John Keane, 58, was jailed with Michael Keane, 31.\n\n"
      "Michael Keane told the court he was sorry. \"I let everyone "
      "down,\" he said.\n\n"
      "His father replied: \"Keep your chin up.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Michael Keane", "I let everyone down,"),
                          Direct("John Keane", "Keep your chin up.")));
}

TEST(QuoteKindTest, APassiveDescriptionByNobodyAndAReferenceAreLabels) {
  std::string text =
      "Focus Ireland said the figures left out people staying with friends, "
      "often described as the \u201chidden homeless\u201d.\n\n"
      "The prosecutor, Rebecca Stead, told the court that payments were "
      "made to his own account under the reference "
      "\u201cmaintenance\u201d.\n\n"
      "It was a dispute that the chief executive, Alan Pryce, described as "
      "\u201cregrettable but survivable\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("hidden homeless"), Term("maintenance"),
                          Partial("Alan Pryce", "regrettable but survivable")));
}

TEST(QuoteSpeakerTest, AFamilyNameFirstSaysNothingOfTheSex) {
  std::string text =
      "Jeonbuk coach Kim Do-hyun was furious. Lee Jun-seo scored twice.\n\n"
      "Kim Ji-won, the Ulsan captain, was more measured. \u201cWe are "
      "disappointed,\u201d he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Kim Ji-won", "We are disappointed,")));
}

TEST(QuoteSpeakerTest, ABodysInitialsBeforeTheRoleAndName) {
  std::string text =
      "\u201cWe cannot absorb this,\u201d said Matatu Owners Association "
      "(MOA) chairman Peter Odhiambo Ouma.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Peter Odhiambo Ouma",
                                               "We cannot absorb this,")));
}

TEST(QuoteSpeakerTest, WhoAfterAnUnnamedPersonIsThatPerson) {
  std::string text =
      "Civil hospital has also reserved beds, said an official of the state "
      "health department, who added that all hospitals must keep fluids "
      "\"in adequate stock\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("an official of the state health department",
                                  "in adequate stock")));
}

TEST(QuoteSpeakerTest, ABarristersTitleAndALeagueAreKnown) {
  std::string text =
      "His counsel, Barrister Hamza Tariq Gondal, argued that the tribunal "
      "ruled \u201cwithout recording evidence\u201d.\n\n"
      "The Korea Professional Football League defended the officials. Jeonbuk "
      "Hyundai Motors said it would "
      "appeal.\n\n"
      "\u201cThe decision was correct,\u201d the league said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Hamza Tariq Gondal", "without recording evidence"),
                  Direct("Korea Professional Football League",
                         "The decision was correct,")));
}

TEST(QuoteSpeakerTest, ABodysWordAloneBeforeAndOpensTheName) {
  std::string text =
      "The Energy and Petroleum Regulatory Authority (EPRA) raised diesel "
      "prices on Sunday.\n\n"
      "Motorists queued overnight.\n\n"
      "Traders were angry.\n\n"
      "The authority said it had \"cushioned consumers\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Energy and Petroleum Regulatory Authority",
                                  "cushioned consumers")));
}

TEST(QuoteSpeakerTest, AOneWordNameWithAnAgeIsAPerson) {
  std::string text =
      "\u201cThe budget remains prudent,\u201d ministry spokesman Arief "
      "Budiman Santoso said.\n\n"
      "\u201cI can\u2019t raise my prices,\u201d said Sutrisno, 46, who "
      "sells phone accessories.\n\n"
      "He said his profit had shrunk to \u201calmost nothing\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Arief Budiman Santoso",
                                 "The budget remains prudent,"),
                          Direct("Sutrisno", "I can\u2019t raise my prices,"),
                          Partial("Sutrisno", "almost nothing")));
}

TEST(QuoteSpeakerTest, BulletsAndLabelsOpenNoSentence) {
  std::string text =
      "Driving the news: Sens. Maria Delgado and Curtis Rhee are introducing "
      "the bill.\n\n"
      "- \"This isn't about stopping AI,\" she said.\n\n"
      "- Rhee, a former software executive, said the bill is \"not a "
      "regulation.\"\n\n"
      "The other side: The American Technology Council, a trade group that "
      "represents AI developers, said the bill would \"expose trade "
      "secrets.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Maria Delgado", "This isn't about stopping AI,"),
          Partial("Curtis Rhee", "not a regulation."),
          Partial("American Technology Council", "expose trade secrets.")));
}

TEST(QuoteSpeakerTest, ABodyWithAnAmpersandIsOneName) {
  std::string text =
      "Hollis & Grant Inc. ousted its chief executive on Wednesday.\n\n"
      "Sales fell 9% last year.\n\n"
      "Shares rose 7%.\n\n"
      "The company said it had lost \u201cconfidence\u201d in him.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Hollis & Grant Inc.", "confidence")));
}

TEST(QuoteSpeakerTest, ARelativeClauseEndsAtTheNextVerbOfSpeech) {
  std::string text =
      "Mark Ellison was ousted on Wednesday.\n\n"
      "One person who attended the meeting said Mr. Ellison had told "
      "directors that the company would be \u201cmanaging decline.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Mark Ellison", "managing decline.")));
}

TEST(QuoteSpeakerTest, ARelativeThatAfterANounReportsNothing) {
  std::string text =
      "The bank announced a buyback, a move that one investor described as "
      "\"a sweetener\".\n\n"
      "Stephanie Klein said in an email that the report recommended "
      "\"monitoring\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("one investor", "a sweetener"),
                          Partial("Stephanie Klein", "monitoring")));
}

TEST(QuoteKindTest, AWorksTitleAfterItsNounIsATerm) {
  std::string text =
      "Banfield, who is best known for the BBC crime series \u201cLow "
      "Tide,\u201d said the shoot was the coldest of his career.\n\n"
      "Ms Aksoy told reporters that the programme \"remains fully in "
      "place\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("Low Tide,"),
                          Partial("Aksoy", "remains fully in place")));
}

TEST(QuoteSpeakerTest, TheLeagueIsTheSubjectNotTheLeagueItRuns) {
  std::string text =
      "The Korea Professional Football League, which runs the K League, "
      "defended the officials. \u201cThe decision was correct,\u201d the "
      "league said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Korea Professional Football "
                                               "League",
                                               "The decision was correct,")));
}

TEST(QuoteSpeakerTest, ASpokeswomanForAPossessivesBody) {
  std::string text =
      "A spokeswoman for the state\u2019s Department of Human Services said "
      "the agency had \u201cstreamlined\u201d its process.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A spokeswoman for the state\u2019s "
                                  "Department of Human Services",
                                  "streamlined")));
}

TEST(QuoteSpeakerTest, SaysTheYoungerOfTheFamily) {
  std::string text =
      "Kenji Onodera, 79, farms rice. His son, Takuya Onodera, 48, lives in "
      "Sendai.\n\n"
      "\"Better her than the weeds,\" says the younger Onodera.\n\n"
      "Odile Brassard, 88, is the poet laureate. Her daughter, "
      "H\u00e9l\u00e8ne "
      "Brassard, is a playwright.\n\n"
      "\"We were her first audience,\" the younger Ms. Brassard said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Takuya Onodera", "Better her than the weeds,"),
          Direct("H\u00e9l\u00e8ne Brassard", "We were her first audience,")));
}

TEST(QuoteSpeakerTest, AHyphenatedTitleIsATitle) {
  std::string text =
      "Floyd County Judge-Executive Roy Sizemore said search teams had "
      "pulled 40 people from rooftops.\n\n"
      "\"We are still in rescue mode,\" Sizemore said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Roy Sizemore", "We are still in rescue mode,")));
}

TEST(QuoteSpeakerTest, AnInitialAndASurnameOpeningASentence) {
  std::string near =
      "R. Selvaraj, president of the association, said the order was a "
      "victory.\n\n"
      "\"Our boats did not go out,\" Mr. Selvaraj said.\n";
  EXPECT_THAT(Quotes(near),
              ElementsAre(Direct("R. Selvaraj", "Our boats did not go out,")));
  std::string far =
      "R. Selvaraj, president of the association, said the order was a "
      "victory.\n\n"
      "The company has 30 days to pay.\n\n"
      "It may appeal.\n\n"
      "\"Our boats did not go out,\" Mr. Selvaraj said.\n";
  EXPECT_THAT(Quotes(far),
              ElementsAre(Direct("R. Selvaraj", "Our boats did not go out,")));
}

TEST(QuoteSpeakerTest, AChargeSomeoneDeniedIsNotTheirs) {
  std::string text =
      "ABVP Delhi state secretary Saurabh Tomar alleged that the NSUI had "
      "\"misled first-year students\" about a fee hike, a charge the NSUI "
      "denied.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Saurabh Tomar",
                                                "misled first-year students")));
}

TEST(QuoteSpeakerTest, CouncillorsAbbreviationsPostNominalsAndANounsOf) {
  std::string text =
      "Coun. Paul Mendon\u00e7a, who moved the motion, said he had heard "
      "from \u201chundreds\u201d of constituents who say the changes hurt "
      "shops.\n\n"
      "\u201cWe are not going back,\u201d said Coun. Jasmine Ferreira, "
      "whose ward includes the road.\n\n"
      "Sinn F\u00e9in health spokesman Darragh Kilbride TD said the "
      "Government had \u201clost control\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Paul Mendon\u00e7a", "hundreds"),
                          Direct("Jasmine Ferreira", "We are not going back,"),
                          Partial("Darragh Kilbride", "lost control")));
}

TEST(QuoteSpeakerTest, AnObjectPronounAfterANameIsSomeoneElse) {
  std::string text =
      "Meredith Ashworth, the coroner, said quad bikes were dangerous.\n\n"
      "Bradford\u2019s wife, Leanne Bradford, found him about two hours "
      "after he left the house. In a statement to the coroner, she described "
      "her husband as \u201ca big, generous man\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Leanne Bradford", "a big, generous man")));
}

TEST(QuoteSpeakerTest, ItIsTheSubjectNotABodyNamedAfterAVerb) {
  std::string text =
      "The University of Westmorland confirmed on Tuesday that it had "
      "opened a consultation on closing its School of Languages and "
      "Cultures. Students already enrolled would be \u201ctaught out\u201d, "
      "it said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("University of Westmorland", "taught out")));
}

TEST(QuoteSpeakerTest, ALowerCasePlcEndsTheName) {
  std::string text =
      "Pennant Transport Group plc reported a loss on Tuesday.\n\n"
      "Buses ran late.\n\n"
      "Fares rose.\n\n"
      "The company said costs reflected \"persistent inflationary "
      "pressure\".\n\n"
      "Pennant Transport Group plc said it would \"review\" routes.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Pennant Transport Group plc",
                                  "persistent inflationary pressure"),
                          Partial("Pennant Transport Group plc", "review")));
}

TEST(QuoteSpeakerTest, AHealthSystemIsABody) {
  std::string text =
      "Maumee Valley Health System, which runs five hospitals, said it "
      "detected \"unusual activity\" on Sunday.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Maumee Valley Health System",
                                                "unusual activity")));
}

TEST(QuoteSpeakerTest, AJuryInAPlaceIsKeptAsWritten) {
  std::string text =
      "A jury in Vinton County found that the company acted with \"reckless "
      "disregard\" for residents.\n\n"
      "A proposed class action filed Monday in federal court in Boston "
      "accuses Paysmith of \"negligence\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("A jury in Vinton County", "reckless disregard"),
                  Partial("A proposed class action", "negligence")));
}

TEST(QuoteSpeakerTest, UnnamedSourcesWithPlacesBodiesAndInitials) {
  std::string text =
      "A Chicago restaurateur suggested the brand was \"at least partly a "
      "brand\".\n\n"
      "One Western Conference scout said his shooting was \"a real "
      "concern\".\n\n"
      "A Shah Alam City Council (MBSA) spokesman said it would \"act on "
      "every complaint\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("A Chicago restaurateur", "at least partly a brand"),
                  Partial("One Western Conference scout", "a real concern"),
                  Partial("A Shah Alam City Council (MBSA) spokesman",
                          "act on every complaint")));
}

TEST(QuoteSpeakerTest, BeganDescribingAfterAnAppositive) {
  std::string text =
      "Marta Lindqvist runs a lab.\n\n"
      "Published in Neuromedicine Reports, it was covered around the world, "
      "and Lindqvist, a neuroscientist at the Uppsala Institute, began "
      "describing the microbe as \u201ca smoking gun.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Marta Lindqvist", "a smoking gun.")));
}

TEST(QuoteSpeakerTest, TheFamilyByItsSurnameIsItsMembers) {
  std::string text =
      "Meridian co-founders Rachel Adler and Simon Adler, who are siblings, "
      "will run the label.\n\n"
      "In a memo to employees, the Adlers wrote: \"Nothing changes on "
      "Monday.\"\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Rachel Adler and Simon Adler",
                                               "Nothing changes on Monday.")));
}

TEST(QuoteSpeakerTest, ASheNoActorFitsIsThePersonNamedBefore) {
  std::string text =
      "The first thing Renata Okafor does when she walks into the gym is "
      "count the balls. \u201cI\u2019m not superstitious,\u201d she "
      "says.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Renata Okafor",
                                               "I\u2019m not superstitious,")));
}

TEST(QuoteSpeakerTest, TheSubjectOfARelativeClauseWithNoThat) {
  std::string text =
      "The board met in a closed-door meeting one participant described as "
      "\"tense\".\n\n"
      "The department asked employers to halt work, a measure activists said "
      "was \"largely ignored\".\n\n"
      "I had a label boss who called me \"the product\" to my face.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("one participant", "tense"),
                          Partial("activists", "largely ignored"),
                          Partial("a label boss", "the product")));
}

TEST(QuoteSpeakerTest, AMinistrysPortfoliosListedAreItsName) {
  std::string far =
      "The Ministry of Trade, Industry and Energy urged producers to cut "
      "capacity last year.\n\n"
      "Plants closed.\n\n"
      "Workers protested.\n\n"
      "The ministry said it \"welcomes voluntary restructuring\".\n";
  EXPECT_THAT(Quotes(far),
              ElementsAre(Partial("Ministry of Trade, Industry and Energy",
                                  "welcomes voluntary restructuring")));
  std::string near =
      "The Ministry of Trade, Industry and Energy last year urged producers "
      "to cut capacity. In a statement, the ministry said it \"welcomes "
      "voluntary restructuring\".\n";
  EXPECT_THAT(Quotes(near),
              ElementsAre(Partial("Ministry of Trade, Industry and Energy",
                                  "welcomes voluntary restructuring")));
}

TEST(QuoteSpeakerTest, ABodyKnownAsItsInitials) {
  std::string near =
      "The Norwegian Confederation of Trade Unions, known as LO, pushed "
      "back. \"Workers have already paid,\" LO said.\n";
  EXPECT_THAT(Quotes(near),
              ElementsAre(Direct("Norwegian Confederation of Trade Unions",
                                 "Workers have already paid,")));
  std::string far =
      "The Norwegian Confederation of Trade Unions, known as LO, signed a "
      "wage deal.\n\n"
      "Prices rose.\n\n"
      "Rates held.\n\n"
      "\"Workers have already paid,\" LO said.\n";
  EXPECT_THAT(Quotes(far),
              ElementsAre(Direct("Norwegian Confederation of Trade Unions",
                                 "Workers have already paid,")));
  // (A person's nickname is no body's initials.)
  std::string person =
      "Edward Tanaka, known as TJ, coached the team. \"We lost,\" TJ said.\n";
  EXPECT_THAT(Quotes(person), ElementsAre(Direct("TJ", "We lost,")));
}

TEST(QuoteSpeakerTest, TheUnnamedSourceOfTheSentenceBefore) {
  std::string text =
      "Calder is prepared to sell a valve business if required, a person "
      "familiar with the matter said. \u201cThey went in with their eyes "
      "open,\u201d the person said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("a person familiar with the matter",
                                 "They went in with their eyes open,")));
}

TEST(QuoteSpeakerTest, APersonOfTheBodyWhateverTheFirstName) {
  std::string text =
      "Nosheen Akhtar Gill of the Sunni Ittehad Council said the package was "
      "an \u201ceyewash\u201d.\n\n"
      "Water researcher Dr Refilwe Mahlangu of the University of Johannesburg "
      "said the problems were \u201cas much about management as about "
      "money\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Nosheen Akhtar Gill", "eyewash"),
                          Partial("Refilwe Mahlangu",
                                  "as much about management as about money")));
}

TEST(QuoteSpeakerTest, AJobsCapitalisedNameBeforeThePersons) {
  std::string text =
      "The National Public Relations Officer of the Independent Petroleum "
      "Marketers Association, Emeka Obi-Nwosu, said members were left with "
      "\"almost nothing\".\n\n"
      "Its National Publicity Secretary, Musa Bello, said members had been "
      "hit by \"the arbitrary pricing\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Emeka Obi-Nwosu", "almost nothing"),
                          Partial("Musa Bello", "the arbitrary pricing")));
}

TEST(QuoteSpeakerTest, TitlesOfSeveralWordsBeforeTheName) {
  std::string text =
      "Parliamentary Secretary for Agriculture Samina Rafiq, responding to "
      "Ms Gill, said the registration was under way. \u201cThe honourable "
      "member should check her facts,\u201d she said.\n\n"
      "\u201cThe department will not tolerate this,\u201d Public Works "
      "Undersecretary Teodoro Manalastas said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Samina Rafiq",
                         "The honourable member should check her facts,"),
                  Direct("Teodoro Manalastas",
                         "The department will not tolerate this,")));
}

TEST(QuoteSpeakerTest, ACompanysBracketedFormAndInitialsPastItsForm) {
  std::string text =
      "Johannesburg Water (SOC) Ltd said a pump would be installed "
      "\u201cwithin 72 hours\u201d. It said the reservoir would need "
      "\u201cbetween 24 and 48 hours\u201d.\n\n"
      "Residents blamed PT Halmahera Mineral Persada (HMP), which runs a "
      "mine upstream. HMP denied the claims, citing \u201cnatural "
      "sedimentation\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Johannesburg Water (SOC) Ltd", "within 72 hours"),
          Partial("Johannesburg Water (SOC) Ltd", "between 24 and 48 hours"),
          Partial("PT Halmahera Mineral Persada", "natural sedimentation")));
}

TEST(QuoteSpeakerTest, APlaceAfterFromBeforeTheName) {
  std::string near =
      "Former BJP corporator from Malad Sandhya Patil said the river was in "
      "\"a pathetic state\". \"I wrote to the ward twice,\" she said.\n";
  EXPECT_THAT(
      Quotes(near),
      ElementsAre(Partial("Sandhya Patil", "a pathetic state"),
                  Direct("Sandhya Patil", "I wrote to the ward twice,")));
  std::string far =
      "A former corporator from Malad Sandhya Patil wrote to the ward.\n\n"
      "Nothing happened.\n\n"
      "The rains came.\n\n"
      "\"I wrote twice,\" Patil said.\n";
  EXPECT_THAT(Quotes(far),
              ElementsAre(Direct("Sandhya Patil", "I wrote twice,")));
}

TEST(QuoteSpeakerTest, AnUnnamedSourceInABody) {
  std::string text =
      "A senior official in the county treasury who spoke on condition of "
      "anonymity said the executive was weighing its options. \"The numbers "
      "do not balance,\" the official said.\n\n"
      "\"We will appeal,\" said a lawyer in the attorney general's office.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("A senior official in the county treasury",
                                 "The numbers do not balance,"),
                          Direct("a lawyer in the attorney general's office",
                                 "We will appeal,")));
}

TEST(QuoteSpeakerTest, APersonDescribedBeforeALongWhoClause) {
  std::string text =
      "When contacted, the spokesman of the regulator, who did not want his "
      "name in print because he was not authorised to speak, said the "
      "authority was \"monitoring the situation closely\".\n\n"
      "Linda Brandt, Gary's wife, who ran the bakery counter, said the "
      "choice was easy. \"We raised our kids here,\" she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("the spokesman of the regulator",
                                  "monitoring the situation closely"),
                          Direct("Linda Brandt", "We raised our kids here,")));
}

TEST(QuoteSpeakerTest, ACapitalsDatelineWithAColonIsNoBody) {
  std::string text =
      "MUMBAI: With three weeks to go before the monsoon, former corporators "
      "accused the Brihanmumbai Municipal Corporation (BMC) of overstating "
      "progress.\n\n"
      "The civic body, however, said the work would be completed \"well "
      "before June 7\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Brihanmumbai Municipal Corporation",
                                  "well before June 7")));
}

TEST(QuoteSpeakerTest, APronounSpeakingInARelativeClause) {
  std::string text =
      "Aditya Sharma\u2019s unbeaten 78 carried Mumbai to a win, and captain "
      "Rohan Sharma was left to lament heavy dew that he said turned the "
      "innings into \u201ca lottery\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Rohan Sharma", "a lottery")));
}

TEST(QuoteSpeakerTest, TheElderOfTwoByTheOthersRelation) {
  std::string text =
      "Westmark was founded by the grandfather of its chairman, Paul "
      "Westmark. Its chief executive, Daniel Westmark, is the chairman\u2019s "
      "nephew.\n\n"
      "\u201cThis was not an easy decision,\u201d Daniel Westmark said.\n\n"
      "In a memo to employees, the elder Mr. Westmark wrote that the company "
      "\u201chas never been a museum\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Daniel Westmark", "This was not an easy decision,"),
                  Partial("Paul Westmark", "has never been a museum")));
}

TEST(QuoteSpeakerTest, BodiesNamesPastOwnersAndPortfolioWords) {
  std::string text =
      "Members rejected an offer from Transport for London (TfL) on Friday. "
      "TfL said lines would be \"extremely busy\".\n\n"
      "The ferries are built by Scottish Government-owned Caledonian Maritime "
      "Assets Ltd (CMAL). CMAL said it was \u201cworking closely\u201d with "
      "the yard.\n\n"
      "Home Ground Ireland, a charity, said the figures were \u201cdeeply "
      "disappointing\u201d.\n\n"
      "Her GP, Dr Farah Quayle, said patients had \u201cdeteriorated on the "
      "list\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Transport for London", "extremely busy"),
                  Partial("Caledonian Maritime Assets Ltd", "working closely"),
                  Partial("Home Ground Ireland", "deeply disappointing"),
                  Partial("Farah Quayle", "deteriorated on the list")));
}

TEST(QuoteSpeakerTest, ASharedSurnameAloneIsWhoThisParagraphNamed) {
  std::string text =
      "Labor backbencher Tom Nguyen said he would \u201craise it in "
      "caucus\u201d.\n\n"
      "Opposition gaming spokeswoman Kim Nguyen accused the government of "
      "losing its nerve. \u201cLabor talked a big game,\u201d Nguyen said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Tom Nguyen", "raise it in caucus"),
                          Direct("Kim Nguyen", "Labor talked a big game,")));
  // (Not a relative of the person the piece is about.)
  std::string profile =
      "Anika Ferreira has written a novel about her family.\n\n"
      "Her mother, Lucia Ferreira, now 74, was wary of the project. "
      "\u201cShe said to me, don\u2019t,\u201d Ferreira says.\n";
  EXPECT_THAT(
      Quotes(profile),
      ElementsAre(Direct("Anika Ferreira", "She said to me, don\u2019t,")));
}

TEST(QuoteSpeakerTest, APersonAfterABodysPossessiveOpensTheSentence) {
  std::string text =
      "Fiona Rennie, the transport secretary, apologised on Tuesday.\n\n"
      "Scottish Labour\u2019s Morag Findlay, who sits on the committee, "
      "called for a review. \u201cHow many more apologies are islanders "
      "expected to accept?\u201d she asked.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Morag Findlay",
                                 "How many more apologies are islanders "
                                 "expected to accept?")));
}

TEST(QuoteKindTest, WhatABodyCalledOnceIsItsWords) {
  std::string text =
      "Metrobridge said it was \u201cdisappointed\u201d that Unite had "
      "rejected what it called a \u201cfair and affordable\u201d offer.\n\n"
      "The council has launched what it calls \u201cfast progressors\u201d, "
      "a scheme for pupils.\n\n"
      "Police began what it called \u201cOperation Linda Mto\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Metrobridge", "disappointed"),
                  Partial("Metrobridge", "fair and affordable"),
                  Term("fast progressors"), Term("Operation Linda Mto")));
}

TEST(QuoteSpeakerTest, ABodyBeforeARelativeClauseEndingInATitle) {
  std::string text =
      "Lumenforge, which has worked on films including \u201cStarfall "
      "Rising\u201d and \u201cThe Glass Meridian,\u201d said in a statement "
      "that it was \u201cdisappointed\u201d by the decision.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("Starfall Rising"), Term("The Glass Meridian,"),
                          Partial("Lumenforge", "disappointed")));
}

TEST(QuoteSpeakerTest, AFirstNameAloneWithAnAgeFarFromTheQuotation) {
  std::string text =
      "Maria, 34, sits near the end with her son, a folder of documents on "
      "her lap. She fled Honduras in 2019 after, she says, a gang threatened "
      "her. NPR is using only her first name because she fears for "
      "relatives.\n\n"
      "\u201cI have been waiting five years for this day,\u201d she says in "
      "Spanish.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Maria",
                                 "I have been waiting five years for this "
                                 "day,")));
}

TEST(QuoteSpeakerTest, AFirstNameOpeningASentenceBeforeAQuotation) {
  std::string text =
      "Abe Sokolow opened the shop in 1974. His son, Marty Sokolow, runs it "
      "now.\n\n"
      "Marty fed a roll of paper into an Underwood by the door.\n\n"
      "Abe has strong views on typewriter care. Keep the machine covered. "
      "Never, ever force a key. \u201cTypewriters are very cooperative,\u201d "
      "he said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Abe Sokolow",
                                               "Typewriters are very "
                                               "cooperative,")));
}

TEST(QuoteSpeakerTest, SomeoneDescribedAndNamedIsTheSubject) {
  std::string text =
      "Abe Sokolow opened the shop in 1974. His son, Marty Sokolow, runs it "
      "now.\n\n"
      "Near the window, a high-school junior from Bay Ridge named Leo Park "
      "was explaining to an older man why he had bought his first "
      "typewriter. \u201cMy friends think it\u2019s a bit,\u201d he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Leo Park", "My friends think it\u2019s a bit,")));
}

TEST(QuoteSpeakerTest, ABareSurnameIsNotARelativeIntroducedAsSuch) {
  std::string text =
      "Norwich City have sacked head coach Ruud Verbeek.\n\n"
      "His brother and assistant, Jens Verbeek, and first-team coach Mark "
      "Tilley have also left the club.\n\n"
      "Verbeek released a statement on Monday.\n\n"
      "\u201cI want to thank the supporters,\u201d he said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Ruud Verbeek",
                                               "I want to thank the "
                                               "supporters,")));
}

TEST(QuoteKindTest, WhatANamedSpeakerRefersToAs) {
  std::string text =
      "Helena Marsh runs a cold lab, which she refers to, without much "
      "affection, as \u201cthe freezer.\u201d\n\n"
      "Locals refer to the bend as \u201cthe Swamp\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Helena Marsh", "the freezer."),
                                        Term("the Swamp")));
}

TEST(QuoteSpeakerTest, ATitleOfABodyWhoseNameEndsInItsWord) {
  std::string text =
      "Superintendent of Gazipur Industrial Police Mahbubur Rahman Khan said "
      "officers had tried to persuade the workers. \u201cWe have not used any "
      "force,\u201d he said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Mahbubur Rahman Khan",
                                               "We have not used any force,")));
}

TEST(QuoteSpeakerTest, ABodyDescribedBeforeARelativeClauseWithAQuotation) {
  std::string text =
      "Residents blamed PT Halmahera Mineral Persada (HMP), which runs the "
      "mine upstream.\n\n"
      "The company, which markets its output as \u201cgreen nickel\u201d for "
      "batteries, added that it would \u201ccooperate fully\u201d with the "
      "inspection.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("green nickel"),
                                        Partial("PT Halmahera Mineral Persada",
                                                "cooperate fully")));
}

TEST(QuoteSpeakerTest, AParticiplesAgentOpeningTheSentenceIsNoSubject) {
  std::string text =
      "Gary Thornton, the site manager, accepted that covers had been "
      "ordered. Asked by the family\u2019s barrister why work had gone on, he "
      "said: \u201cThe programme was tight.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Gary Thornton", "The programme was tight.")));
}

TEST(QuoteSpeakerTest, ASharedSurnameAloneAfterTheSubjectOfTheParagraphBefore) {
  std::string text =
      "Lio Falaniko, 23, left the stadium on crutches. His older brother, "
      "Sione Falaniko, was seen consoling him.\n\n"
      "Sione Falaniko said his brother had been \u201cpretty quiet\u201d after "
      "the match.\n\n"
      "\u201cHe knows his body,\u201d Falaniko said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Sione Falaniko", "pretty quiet"),
                          Direct("Sione Falaniko", "He knows his body,")));
}

TEST(QuoteSpeakerTest, ATitleCaseHeadlineNamesNobody) {
  std::string text =
      "Static Orchard Are Back, and Jesse Varga Says \u2018We Were Too "
      "Stubborn to Stay Dead\u2019\n\n"
      "The first thing Jesse Varga wants you to know is that the fight was "
      "not about a woman. \u201cEverybody thinks it was about a "
      "woman,\u201d he says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Jesse Varga",
                                 "Everybody thinks it was about a woman,")));
}

TEST(QuoteSpeakerTest, TheConfederationIsABody) {
  std::string text =
      "Farmers blamed the Guadalquivir Hydrographic Confederation (CHG) for "
      "the cuts.\n\n"
      "In a statement, the confederation said the measures were \"painful but "
      "unavoidable\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Guadalquivir Hydrographic Confederation",
                                  "painful but unavoidable")));
}

TEST(QuoteKindTest, KnownWithWordsBetweenAsAName) {
  std::string text =
      "The blast hit the cracking unit \u2014 known in the industry as the "
      "\u201ccat cracker\u201d \u2014 at the plant, officials said.\n\n"
      "He warned of gusts fanned by the easterly wind known locally as the "
      "\"su\u00e3o\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("cat cracker"), Term("su\u00e3o")));
}

TEST(QuoteKindTest, CalledWithAnAppositiveBeforeTheWords) {
  std::string text =
      "Teresa Lang bought the cooker in May. She called the remedy, a "
      "replacement lid rather than a refund, \u201cthe bare "
      "minimum.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Teresa Lang", "the bare minimum.")));
}

TEST(QuoteSpeakerTest, APersonNamedInThePossessiveIsMentioned) {
  std::string text =
      "Darragh Prendergast has started every game this season.\n\n"
      "Kevin Durcan, the Mayo manager, said the squad was in good shape.\n\n"
      "The new rules have suited Darragh Prendergast\u2019s game. "
      "\u201cIt\u2019s more open now,\u201d he says.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Darragh Prendergast",
                                               "It\u2019s more open now,")));
}

TEST(QuoteSpeakerTest, TheNameSomeoneDescribedGivesAfterTheVerb) {
  std::string text =
      "\u201cMy sister told me to get here early,\u201d said a woman near the "
      "front of the line, who gave only her first name, Beth. She had driven "
      "up from Portsmouth.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Beth",
                                               "My sister told me to get here "
                                               "early,")));
}

TEST(QuoteSpeakerTest, ANameBeforeATitlesInitialsAndAWhoClause) {
  std::string text =
      "Fiona Galbraith, the chief executive, said the firm would hire 30 "
      "people.\n\n"
      "The announcement was welcomed by Jenni Lamont, the local MSP, who "
      "described the investment as \u201ca huge vote of confidence\u201d.\n\n"
      "\u201cFor too long this part of Argyll has felt forgotten,\u201d she "
      "said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Jenni Lamont", "a huge vote of confidence"),
                          Direct("Jenni Lamont",
                                 "For too long this part of Argyll has felt "
                                 "forgotten,")));
}

TEST(QuoteSpeakerTest, NamesAfterAPronounOpeningTheSentenceAreObjects) {
  std::string text =
      "Dominic Strand is 38.\n\n"
      "He grew up in Duluth, the son of a high school wrestling coach, "
      "Walter Strand, and a hospice nurse, Diane Strand. His father, he says, "
      "was \u201cnot a talker,\u201d and his mother talked enough for "
      "both.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Dominic Strand", "not a talker,")));
}

TEST(QuoteSpeakerTest, AfterTheWritersQuestionPutToHerSheIsTheInterviewee) {
  std::string text =
      "The actor who wrote it all down\n\n"
      "By Jo Reed\n\n"
      "Marisol Quintero has written a memoir. \u201cI wrote it at night,\u201d "
      "she says.\n\n"
      "A representative for Daniel Ashworth-Kane, her former husband, said he "
      "\u201cwishes her well\u201d.\n\n"
      "When I put it to her that the chapter feels unfinished, she shrugs. "
      "\u201cMaybe it is,\u201d she says.\n\n"
      "When I put this to Ashworth-Kane\u2019s sister, Lena Kane, she "
      "laughed. \u201cShe would say that,\u201d she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Marisol Quintero", "I wrote it at night,"),
                          Partial("A representative for Daniel Ashworth-Kane",
                                  "wishes her well"),
                          Direct("Marisol Quintero", "Maybe it is,"),
                          Direct("Lena Kane", "She would say that,")));
}

TEST(QuoteSpeakerTest, AThingOfHisNamedOpeningTheSentenceIsNoOne) {
  std::string text =
      "Ishaan Mehra is 27.\n\n"
      "Pali, his 28-seat restaurant off Flinders Lane, opened 14 months ago "
      "with money from two uncles and a credit card he describes, "
      "cheerfully, as \u201ccompletely maxed out\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ishaan Mehra", "completely maxed out")));
}

TEST(QuoteSpeakerTest, AnUnnamedSourceWithMoreThanANumber) {
  std::string text =
      "One operator with more than 15 years at the refinery, who asked not "
      "to be named, said staffing had been cut. \u201cGuys retire and they "
      "don\u2019t get replaced,\u201d he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("One operator with more than 15 years at the "
                                 "refinery",
                                 "Guys retire and they don\u2019t get "
                                 "replaced,")));
}

TEST(QuoteSpeakerTest, AnEmployerAJobAndThePersonAfterAnOpeningPhrase) {
  std::string text =
      "Korvane shares fell on Thursday.\n\n"
      "On the call, Morgan Stanley analyst Daniel Whitcomb pressed management "
      "on its market share. \u201cIs any of this share loss?\u201d he "
      "asked.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Daniel Whitcomb",
                                               "Is any of this share loss?")));
}

TEST(QuoteSpeakerTest, ADayOrAMonthAloneIsNoOne) {
  std::string text =
      "A source familiar with the operations said a report commissioned in "
      "May had recommended more bolting, but that the work \"had not been "
      "completed.\"\n\n"
      "Theresa May was in Brussels. \"We will not be rushed,\" May said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A source familiar with the operations",
                                  "had not been completed."),
                          Direct("Theresa May", "We will not be rushed,")));
}

TEST(QuoteSpeakerTest, TheAndATitleAloneIsWhoHoldsIt) {
  std::string text =
      "Taoiseach Ciar\u00e1n Dunphy defended the budget on Tuesday.\n\n"
      "\u201cIt is fair,\u201d the Taoiseach said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Ciar\u00e1n Dunphy", "It is fair,")));
}

TEST(QuoteSpeakerTest, ADescribedNameBeforeARelativeClauseWithATitle) {
  std::string text =
      "Lorraine Vance died on Monday.\n\n"
      "The singer-songwriter Jess Calloway, who recorded \u201cPorch "
      "Light\u201d on her 2019 debut, says Vance taught a generation of "
      "women \u201cthat you could be quiet and still be in charge.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("Porch Light"),
                          Partial("Jess Calloway",
                                  "that you could be quiet and still be in "
                                  "charge.")));
}

TEST(QuoteSpeakerTest, MemberStatesIsNoReportingVerb) {
  std::string text =
      "The EAC Secretariat welcomed the deal. In a statement, it urged "
      "partner states to use the bloc's \"established channels\".\n\n"
      "The audit states the building \"is unsafe\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("EAC Secretariat", "established channels"),
                          Partial("The audit", "is unsafe")));
}

TEST(QuoteSpeakerTest, ASubjectOfAClauseWithNoThatAfterAPreposition) {
  std::string text =
      "Creative Scotland cut the grant by 40%, in a move organisers "
      "described as \u201cdevastating\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("organisers", "devastating")));
}

TEST(QuoteSpeakerTest, AVerbInThePastOpeningTheClauseBeforeAGerund) {
  std::string text =
      "The Kenya Medical Practitioners, Pharmacists and Dentists Union "
      "(KMPDU) walked out of a meeting with Health Cabinet Secretary Dr "
      "Esther Wambui on Monday evening, accusing the government of "
      "\"negotiating in bad faith\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Kenya Medical Practitioners, Pharmacists "
                                  "and Dentists Union",
                                  "negotiating in bad faith")));
}

TEST(QuoteSpeakerTest, AYearBeforeReportMakesItANoun) {
  std::string text =
      "\u201cMargins have never been thinner,\u201d according to a 2023 "
      "report by the Canadian Independent Bakers\u2019 Council.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Canadian Independent Bakers\u2019 Council",
                                 "Margins have never been thinner,")));
}

TEST(QuoteSpeakerTest, PeopleAListGoesOnWithAfterTheQuotationAreNoSpeakers) {
  std::string text =
      "Nicola Pryce, for the publisher, opened the case.\n\n"
      "Ms Pryce told the court the publisher would call witnesses who would "
      "describe \u201ca pattern of behaviour over many years\u201d, including "
      "former crew members who had never spoken to each other.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Nicola Pryce",
                                  "a pattern of behaviour over many years")));
}

TEST(QuoteSpeakerTest, TheNameGivenInAWhoClauseWithNoComma) {
  std::string text =
      "\"We have food, we have tents, and we have patience,\" said a "
      "41-year-old truck driver who gave his name only as Marcelo.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Marcelo",
                                 "We have food, we have tents, and "
                                 "we have patience,")));
}

TEST(QuoteSpeakerTest, ARelativeClauseInAnAppositiveMakesNoBody) {
  std::string text =
      "Coroner Lisa Marcum confirmed the deaths.\n\n"
      "Rep. Carla Benningfield, a Republican whose district includes Caney "
      "County, said she had spoken with the White House. \u201cPolitics has "
      "no place in this,\u201d she said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Carla Benningfield",
                                               "Politics has no place in "
                                               "this,")));
}

TEST(QuoteSpeakerTest, OneWhoSpeaksForATitledPersonIsKeptAsWritten) {
  std::string text =
      "A spokeswoman for Arts Minister Rachel Delahunty said the government "
      "had invested \u201crecord amounts\u201d in the arts.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A spokeswoman for Arts Minister Rachel "
                                  "Delahunty",
                                  "record amounts")));
}

TEST(QuoteSpeakerTest, InitialsNeverGivenInBracketsSpellOutABodyNamedBefore) {
  std::string text =
      "The Texas Commission on Environmental Quality said its monitors had "
      "detected benzene.\n\n"
      "\u201cResidents should call their doctor,\u201d the TCEQ said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Texas Commission on Environmental Quality",
                                 "Residents should call their doctor,")));
}

TEST(QuoteKindTest, AJudgementInCapitalsAfterDescribedAsIsPartial) {
  std::string text =
      "Frank Delaney said the family had spent \u00a390,000 on "
      "soundproofing and described the review as \u201cKafkaesque\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Frank Delaney", "Kafkaesque")));
}

TEST(QuoteSpeakerTest, ASeamstressCanSpeak) {
  std::string text =
      "Speaking from her armchair, the retired seamstress said she "
      "remembered little of the ordeal except \u201cthe noise and the "
      "lights\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("the retired seamstress",
                                                "the noise and the lights")));
}

TEST(QuoteSpeakerTest, OneNameWithAnAgeAfterTheOpeningPhraseIsTheSubject) {
  std::string text =
      "Every morning before dawn, Rasdi, 52, steers his small wooden boat "
      "out of the harbor in North Jakarta, past a concrete embankment.\n\n"
      "\u201cBack then the sea was out there,\u201d he says.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Rasdi",
                                               "Back then the sea was out "
                                               "there,")));
}

TEST(QuoteSpeakerTest, ABodysNameWithCommasThatItsInitialsClose) {
  std::string text =
      "Members of the National Union of Rail, Maritime and Transport "
      "Workers (RMT) will walk out on Monday.\n\n"
      "The union said its members had been left with \"no choice\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("National Union of Rail, Maritime and "
                                  "Transport Workers",
                                  "no choice")));
}

TEST(QuoteSpeakerTest, OneWhoSpeaksForAMinisterOfAPortfolioOfSeveralWords) {
  std::string text =
      "In a statement, a spokesperson for Emergency Services Minister "
      "Lachlan Holt said the grant would \u201chelp close the gap\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("a spokesperson for Emergency Services "
                                  "Minister Lachlan Holt",
                                  "help close the gap")));
}

TEST(QuoteSpeakerTest, AConstabularyIsABodyTheForceStandsFor) {
  std::string text =
      "The case was heard at Norwich Crown Court.\n\n"
      "Detective Constable Harriet Bligh, of Norfolk Constabulary\u2019s "
      "economic crime unit, said: \u201cSmall organisations run on "
      "trust.\u201d\n\n"
      "The force said it would now pursue \u201cevery penny\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Harriet Bligh", "Small organisations run on trust."),
                  Partial("Norfolk Constabulary", "every penny")));
}

TEST(QuoteSpeakerTest, AReportingClauseEndingTheSentenceSpeaksForAFragment) {
  std::string text =
      "Nordavia cuts flights\n\n"
      "Nordavia said on Monday it would cut its flight schedule, said a "
      "person familiar with the matter.\n\n"
      "It has held talks with lessors. The discussions are \u201cat "
      "an early stage\u201d and may not lead to a deal, the person "
      "said.\n\n"
      "Thousands of renters are \u201cliving in fear\u201d of losing their "
      "homes, Sinn F\u00e9in\u2019s housing spokesperson has told the "
      "D\u00e1il.\n\n"
      "Some astronomers had proposed that planets this size could be "
      "\u201chycean\u201d worlds, but the data rule that out, says Anna "
      "Wierzbicki.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("a person familiar with the matter",
                                  "at an early stage"),
                          Partial("Sinn F\u00e9in\u2019s housing spokesperson",
                                  "living in fear"),
                          Term("hycean")));
}

TEST(QuoteKindTest, WhatPeopleHaveTakenToCallingSomethingIsATerm) {
  std::string text =
      "The tankers, which some residents have taken to calling \u201cthe "
      "mayor\u2019s gift\u201d, arrive irregularly, residents said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("the mayor\u2019s gift")));
}

TEST(QuoteSpeakerTest, ACoupleCanSpeak) {
  std::string text =
      "The couple said they would \u201ctake anything\u201d within reach of "
      "the school.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("The couple", "take anything")));
}

TEST(QuoteKindTest, APhraseWithItsOwnArticleBeforeANounIsNoModifier) {
  std::string text =
      "Brianne Otis called the proposal \u201ca hostage note\u201d meant "
      "to pressure the jurisdictions.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Brianne Otis", "a hostage note")));
}

TEST(QuoteSpeakerTest, APhraseOfTimeBetweenTheAuxiliaryAndTheVerb) {
  std::string text =
      "Mr Ahmed Yakubu spoke first.\n\n"
      "Mr Yakubu had at an earlier sitting described the case as \"a "
      "political witch-hunt\" orchestrated by his opponents.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ahmed Yakubu", "a political witch-hunt")));
}

TEST(QuoteSpeakerTest, InitialsMaySpellAJoiningWordOrPassAComma) {
  std::string text =
      "The Electric Reliability Council of Texas said demand peaked.\n\n"
      "\u201cWe are ready,\u201d ERCOT said.\n\n"
      "Transport for London said services resumed.\n\n"
      "\u201cWe apologise,\u201d TfL said.\n\n"
      "The Foreign, Commonwealth & Development Office issued advice.\n\n"
      "\u201cDo not travel,\u201d the FCDO said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Electric Reliability Council of Texas",
                                 "We are ready,"),
                          Direct("Transport for London", "We apologise,"),
                          Direct("Foreign, Commonwealth & Development Office",
                                 "Do not travel,")));
}

TEST(QuoteSpeakerTest, ADetectiveConstablesRankIsNoName) {
  std::string text =
      "Det Con Huw Jenkins, of Dyfed-Powys Police, said: \"It can never be "
      "an excuse.\"\n\n"
      "Con O'Brien said: \"It is fine.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Huw Jenkins", "It can never be an excuse."),
                          Direct("Con O'Brien", "It is fine.")));
}

TEST(QuoteSpeakerTest, AnAuxiliaryBeforeTheDayIsNoPartOfTheName) {
  std::string text =
      "Treasury Cabinet Secretary Samuel Bett had on Monday described the "
      "Bill as \u201cthe least painful option\u201d available.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Samuel Bett", "the least painful option")));
}

TEST(QuoteSpeakerTest, ATitleOfSomethingInLowerCaseBeforeTheName) {
  std::string text =
      "Chair of governors Alun Pritchard said: \u201cThe governing body "
      "approved this policy.\u201d\n\n"
      "Under Secretary for Transport and Logistics Ivan Lau Chun-hei told "
      "the panel the government was \u201cworking closely with the "
      "trade\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Alun Pritchard", "The governing body approved this policy."),
          Partial("Ivan Lau Chun-hei", "working closely with the trade")));
}

TEST(QuoteSpeakerTest,
     ARoleResolvesWhenTheQuotationRunsOnIntoTheNextParagraph) {
  std::string text =
      "Justice R. Meenakshi Sundaram passed the order.\n\n"
      "In his order, the judge observed: \u201cTemple properties are held "
      "in trust for the deity.\n\n"
      "\u201cSympathy cannot be a substitute for law.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("R. Meenakshi Sundaram",
                                 "Temple properties are held in trust for "
                                 "the deity.\nSympathy cannot be a "
                                 "substitute for law.")));
}

TEST(QuoteSpeakerTest, APersonsDescriptionReportedAfterThatIsTheirs) {
  std::string text =
      "Sheriff Curtis Bramlett was convicted on Friday. His wife is Sharon "
      "Bramlett.\n\n"
      "She testified that her husband had described the fund as \"his "
      "money\" to spend.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Curtis Bramlett", "his money")));
}

TEST(QuoteSpeakerTest, APronounInARelativeClauseIsNotItsAntecedent) {
  std::string text =
      "His lawyer, Gregory Amato, told jurors that the case rested on the "
      "word of the contractor, Luis Ortega, who he said had \u201cevery "
      "reason in the world to lie.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Gregory Amato",
                                  "every reason in the world to lie.")));
}

TEST(QuoteSpeakerTest, AnAssociateProfessorOfAUniversity) {
  std::string text =
      "Associate Professor Ong Chee Meng of the Singapore University of "
      "Social Sciences, who studies urban transport, said the incident "
      "raised questions.\n\n"
      "\u201cThe network is ageing,\u201d he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Ong Chee Meng", "The network is ageing,")));
}

TEST(QuoteSpeakerTest, ATitleChoosesAmongPeopleOfASurnameWithItsParticle) {
  std::string text =
      "Fatima Al Suwaidi started the company in her kitchen.\n\n"
      "Ms Al Suwaidi began experimenting in 2018.\n\n"
      "Omar Al Suwaidi, 31, joined as a co-founder in 2020.\n\n"
      "\u201cI am the one who argues with the shipping companies,\u201d Mr "
      "Al Suwaidi says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Omar Al Suwaidi",
                                 "I am the one who argues with the shipping "
                                 "companies,")));
}

TEST(QuoteSpeakerTest, TheElderOfASurnameWithItsParticle) {
  std::string text =
      "Omar Al Suwaidi, 31, runs the roastery.\n\n"
      "Rashid bin Khalfan Al Suwaidi, 68, admits he was sceptical.\n\n"
      "\u201cNow my neighbours call me,\u201d the elder Mr Al Suwaidi "
      "says.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Rashid bin Khalfan Al Suwaidi",
                                               "Now my neighbours call me,")));
}

TEST(QuoteSpeakerTest, ASharedSurnameAfterAPronounIsThePersonOfItsSex) {
  std::string text =
      "Board chair Nicholas Pine, grandson of cofounder Walter Pine, "
      "thanked the chief executive for \"steering the company through a "
      "disruption.\"\n\n"
      "Caroline Pine, Walter Pine's granddaughter, sits on the board. She "
      "said in an interview that she had voted for the change.\n\n"
      "Asked whether she would support the rival slate, she declined to "
      "say. \"I'm keeping an open mind,\" Pine said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Nicholas Pine",
                          "steering the company through a "
                          "disruption."),
                  Direct("Caroline Pine", "I'm keeping an open mind,")));
}

TEST(QuoteSpeakerTest, APlaceBeforeATitleAndABodysNounBeforeItsName) {
  std::string text =
      "The Halifax MP, Sarah Dunworth, said she had spoken to the buyer, and "
      "described the factory as \u201cthe beating heart of this "
      "town\u201d.\n\n"
      "Steel lobby Eurofer, which has been calling for tougher measures, "
      "said the plan was \u201ca decisive step\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Sarah Dunworth", "the beating heart of this town"),
                  Partial("Eurofer", "a decisive step")));
}

TEST(QuoteSpeakerTest, APortfoliosAndBeforeThePersonsName) {
  std::string text =
      "Union Minister of State for Science and Technology Rajesh Verma, who "
      "was present at the launch, described the mission as \u201canother "
      "feather in the cap\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Rajesh Verma",
                                                "another feather in the "
                                                "cap")));
}

TEST(QuoteSpeakerTest, ADescriptionOpeningTheSentenceThenThePersonNamed) {
  std::string text =
      "Villa\u2019s German goalkeeper, Jonas Brandt, made a sprawling save "
      "and said the home crowd had been \u201clike a 12th man\u201d after "
      "the break.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Jonas Brandt", "like a 12th man")));
}

TEST(QuoteSpeakerTest, TheBenchIsItsJudgesOrTheCourt) {
  std::string text =
      "The Sindh High Court on Monday restrained the authorities from "
      "demolishing the homes. The Karachi Metropolitan Corporation had "
      "sought the demolition.\n\n"
      "In its written order, the bench observed that the right to shelter "
      "was \"an integral part of the right to life\".\n\n"
      "A bench of justices Arvind K Rao and Meenakshi Iyer, hearing the "
      "case, noted that the index had stayed severe.\n\n"
      "\u201cWe cannot allow the citizens of this city to choke every "
      "winter,\u201d the bench said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Sindh High Court",
                                  "an integral part of the right to life"),
                          Direct("Arvind K Rao and Meenakshi Iyer",
                                 "We cannot allow the citizens of this city "
                                 "to choke every winter,")));
}

TEST(QuoteSpeakerTest, AGerundInWhatAReportingVerbReports) {
  std::string text =
      "Cumberland Council\u2019s cabinet member for transport, Denise Fell, "
      "said the authority had written to the rail minister asking for "
      "\u201curgent intervention\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Denise Fell", "urgent intervention")));
}

TEST(QuoteKindTest, WordsInLowerCaseRightAfterTheSubjectArePartial) {
  std::string text =
      "The Economic Community of West African States (ECOWAS) \u201cstrongly "
      "condemned\u201d the attempt.\n\n"
      "In a brief statement, the company\u2019s chief operating officer, "
      "Bradley Sorensen, said Evergreen Pointe \u201cstrongly "
      "disputes\u201d ProPublica\u2019s findings.\n\n"
      "Those \u201crules of origin\u201d are due to tighten in January.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Economic Community of West African States",
                                  "strongly condemned"),
                          Partial("Bradley Sorensen", "strongly disputes"),
                          Term("rules of origin")));
}

TEST(QuoteSpeakerTest, ABodyDescribedInTheReportingClauseThatEndsTheSentence) {
  std::string text =
      "The recruitment system has become \u201ca national "
      "embarrassment\u201d that is driving away recruits, a committee of MPs "
      "has said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("a committee of MPs",
                                                "a national embarrassment")));
}

TEST(QuoteSpeakerTest, ACoronerNamedAfterTheLedeSpeaks) {
  std::string text =
      "Quarry death was preventable\n\n"
      "A coroner has ruled that the death of a 16-year-old girl who "
      "drowned in a flooded quarry \u201ccould and should have been "
      "prevented\u201d.\n\n"
      "Recording a narrative conclusion, assistant coroner Dr Miriam "
      "Ashdown said the owner had been \u201con notice for a considerable "
      "time\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Miriam Ashdown", "could and should have been prevented"),
          Partial("Miriam Ashdown", "on notice for a considerable time")));
}

TEST(QuoteSpeakerTest, ThePronounAfterANameInAppositionGivesItsSex) {
  std::string text =
      "A volunteer doctor, Nino Tsereteli, said her team worked through "
      "the night. \u201cWe treated more than 60 people,\u201d she said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Nino Tsereteli",
                                               "We treated more than 60 "
                                               "people,")));
}

TEST(QuoteSpeakerTest, ABodysEarlierActInANamedPersonsWords) {
  std::string text =
      "Hideo Kawamura, who heads the Tosa Tourism Association, said the "
      "group had asked the central government to make it clear that "
      "\u201cvisiting the coast is not forbidden.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Hideo Kawamura",
                                  "visiting the coast is not forbidden.")));
  text =
      "State Sen. Nolan Pruitt said the commission has asked the operator "
      "to \"look closely at maintenance records\" before summer.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Nolan Pruitt",
                                  "look closely at maintenance records")));
}

TEST(QuoteSpeakerTest, ANameClosesADescriptionAfterSaid) {
  std::string text =
      "\u201cWe found out on WhatsApp,\u201d said the Wessex flanker Callum "
      "Reid, who joined at 16.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Callum Reid", "We found out on WhatsApp,")));
  text =
      "\u201cThe first call came at 3.42pm,\u201d said Kuala Lumpur Fire and "
      "Rescue Department director Mohd Fadzli Rahmat.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Mohd Fadzli Rahmat",
                                 "The first call came at 3.42pm,")));
  text = "\u201cIt was bad,\u201d said veteran Leeds winger Tom Hart.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Tom Hart", "It was bad,")));
}

TEST(QuoteSpeakerTest, TheFirstWordsOfALongerNameAreThatName) {
  std::string text =
      "The birds at the site, owned by Prairie Gold Egg Farms, will be "
      "killed.\n\nPrairie Gold said in a statement that it was "
      "\"cooperating fully\" with officials.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Prairie Gold Egg Farms",
                                                "cooperating fully")));
  text =
      "The state health director, Zainal Abidin Mohd Yusof, opened the "
      "clinic.\n\n\u201cCases have dropped,\u201d Zainal Abidin said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Zainal Abidin Mohd Yusof",
                                               "Cases have dropped,")));
}

TEST(QuoteSpeakerTest, ARelativeNamedByAFirstNameTakesTheSurname) {
  const std::string text =
      "The shop was opened by Andreas Georgiou's parents in 1967. Andreas "
      "took over in 1989 and has run it with his wife Maria and their son "
      "Christos ever since.\n\nMaria said she would miss the customers. "
      "\"You see the kids grow up,\" she said.\n\n\"We're not the "
      "first,\" Christos said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Maria Georgiou", "You see the kids grow up,"),
                          Direct("Christos Georgiou", "We're not the first,")));
}

TEST(QuoteSpeakerTest, ANameWithADescriptionOpensAClauseThatCalls) {
  const std::string text =
      "His brother paid for a condominium in Naples, Fla., and handed him "
      "cash \u2014 an arrangement that Helen Park, an assistant United "
      "States attorney, called \u201cbrazen\u201d in her closing "
      "argument.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Helen Park", "brazen")));
}

TEST(QuoteSpeakerTest, TheLastPlaceOfAListAfterFromIsNoOne) {
  const std::string text =
      "Marcus Haynes has run a barbershop near Mattapan Square for 14 "
      "years. Most of his customers drive in from Milton, Randolph and Hyde "
      "Park, he said.\n\n\u201cIf they can\u2019t park, they\u2019ll "
      "find another barber,\u201d he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Marcus Haynes",
                                 "If they can\u2019t park, they\u2019ll "
                                 "find another barber,")));
}

TEST(QuoteSpeakerTest, ABodysObjectIsWhomHeMeans) {
  const std::string text =
      "Marrow Kings frontman Dev Castellano posted a tribute on "
      "Instagram.\n\nPitchfork reached Greg Halvorsen by phone on Tuesday "
      "afternoon. He said the decision had been made over the holidays. "
      "\u201cAnnie and I sat at the kitchen table,\u201d he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Greg Halvorsen",
                                 "Annie and I sat at the kitchen table,")));
}

TEST(QuoteSpeakerTest, AFamilyInThePluralIsTheCoupleAsNamed) {
  const std::string text =
      "Founders Greg and Annie Halvorsen announced the news on Tuesday.\n\n"
      "\u201cWe started this label in a basement,\u201d the Halvorsens "
      "wrote.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Greg and Annie Halvorsen",
                                 "We started this label in a basement,")));
}

TEST(QuoteSpeakerTest, AWidowNamedByAFirstNameTakesTheSurname) {
  const std::string text =
      "Graham Ashworth, a retired firefighter, died at the scene.\n\n"
      "In a statement read to the court, Mr Ashworth\u2019s widow, Helen, "
      "said her life had been \u201chollowed out\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Helen Ashworth", "hollowed out")));
}

TEST(QuoteSpeakerTest, ASpokeswomanForAMinisterStaysUnnamed) {
  std::string text =
      "A spokeswoman for the federal Resources Minister said the government "
      "was \u201cin close contact\u201d with the company.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A spokeswoman for the federal Resources "
                                  "Minister",
                                  "in close contact")));
  text =
      "A spokeswoman for the Resources Minister said the government was "
      "\u201cin close contact\u201d with the company.\n\nA spokeswoman "
      "for Resources Minister Tom Hart said the sector would \u201cgo "
      "through cycles\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("A spokeswoman for the Resources Minister",
                          "in close contact"),
                  Partial("A spokeswoman for Resources Minister Tom Hart",
                          "go through cycles")));
}

TEST(QuoteSpeakerTest, HerManagerIsNotHer) {
  std::string text =
      "Anna Kessler, 34, worked at the firm for six years.\n\nHer manager "
      "said the work was \u201cdifficult\u201d at times.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Her manager", "difficult")));
  text =
      "Anna Kessler, 34, worked at the firm for six years.\n\nShe was "
      "described by her manager as \u201cdifficult\u201d in a review.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("her manager", "difficult")));
}

TEST(QuoteSpeakerTest, TheCompanyIsNotTheOutletThatSawTheLetter) {
  const std::string text =
      "Kallby Energi, the Swedish battery start-up once hailed as "
      "Europe\u2019s "
      "answer to Chinese rivals, has warned of a shortfall.\n\nIn a letter "
      "to bondholders seen by the Financial Times, the company said it had "
      "\u201cmaterially less liquidity than previously forecast\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Kallby Energi",
                                  "materially less liquidity than "
                                  "previously forecast")));
}

TEST(QuoteSpeakerTest, ADescriptionOpensTheSentenceThenTheNameBetweenCommas) {
  const std::string text =
      "The chief executive of the charity Shelter, Joanne Mercer, said the "
      "resignation should be \u201ca wake-up call\u201d for ministers.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Joanne Mercer", "a wake-up call")));
}

TEST(QuoteSpeakerTest, BusinessesNamedForHomesFarmsOrRobots) {
  const std::string text =
      "Larchmont Homes fell 4.6% after the company said higher mortgage "
      "rates had caused \u201ca noticeable slowdown in foot traffic\u201d "
      "at its sales centers.\n\nIn a statement, Larchmont said it remained "
      "\u201cconfident in full-year guidance.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Larchmont Homes",
                                  "a noticeable slowdown in foot traffic"),
                          Partial("Larchmont Homes",
                                  "confident in full-year "
                                  "guidance.")));
}

TEST(QuoteSpeakerTest, SomeoneUnnamedAsTheSubjectOfAClause) {
  std::string text =
      "The investigation began in 2022 after a graduate student in the lab "
      "raised concerns about duplicated images. The student, who asked not "
      "to be identified, told Science it had been \u201cthe worst two years "
      "of my life.\u201d\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("a graduate student in the lab",
                                                "the worst two years of my "
                                                "life.")));
  // (Not a noun phrase after "until" whose head is no person.)
  text =
      "Marisol Echeverria studied piano until a chance meeting with the "
      "pianist Walter Pemberton changed her direction.\n\n\u201cHe said I "
      "was playing it like a typist,\u201d she recalls.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Marisol Echeverria",
                                 "He said I was playing it like a typist,")));
}

TEST(QuoteSpeakerTest, AJudgeSittingAloneIsTheBench) {
  const std::string text =
      "\u201cWho will answer for this?\u201d Justice Anupama Sethi asked "
      "during the hearing.\n\nThe Municipal Corporation of Gurugram had "
      "filed an affidavit last week.\n\nThe bench said the affidavit was "
      "\u201ca cut-and-paste exercise\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Anupama Sethi", "Who will answer for this?"),
                  Partial("Anupama Sethi", "a cut-and-paste exercise")));
}

TEST(QuoteSpeakerTest, ADeveloperNamedByAPersonsNameIsAPerson) {
  const std::string text =
      "\u201cWe\u2019ve accepted that,\u201d says Nadia Farrow, a policy "
      "counsel at the Digital Ownership Project.\n\nFarrow\u2019s group "
      "has petitioned the Federal Trade Commission. She calls it \u201ca "
      "Wild West.\u201d\n\nWithin days, a developer named Jonah Okwu "
      "published instructions on GitHub.\n\n\u201cThe hardware is "
      "great,\u201d Okwu says.\n\nOkwu estimates that a few thousand "
      "owners might try. He says:\n\n\u201cI\u2019d love for it to be a "
      "one-click thing.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Nadia Farrow", "We\u2019ve accepted that,"),
                          Partial("Nadia Farrow", "a Wild West."),
                          Direct("Jonah Okwu", "The hardware is great,"),
                          Direct("Jonah Okwu",
                                 "I\u2019d love for it to be a one-click "
                                 "thing.")));
}

TEST(QuoteSpeakerTest, HeIsNeverAWomanMentioned) {
  const std::string text =
      "Adjoa Mensah, 54, is back behind the counter.\n\nHer son, Kwabena "
      "\"Kobby\" Mensah, 27, left a job in logistics to help run the "
      "business. He handles the ordering and the books.\n\n\"My mom would "
      "give away half the food if I let her,\" he says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("Kobby"),
                          Direct("Kwabena Mensah",
                                 "My mom would give away half the food if I "
                                 "let her,")));
}

TEST(QuoteSpeakerTest, NoRelativeClauseVerbAfterTheQuotationAttributesIt) {
  std::string text =
      "Transport spokesman Ross Baird said the announcement was \u201can "
      "admission of failure\u201d by ministers who had promised to build the "
      "fleet in Scotland.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ross Baird", "an admission of failure")));
  text =
      "\u201cSort out your politics in the boardroom,\u201d said former "
      "Test captain Mohsin Iqbal Cheema.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Mohsin Iqbal Cheema",
                                 "Sort out your politics in the boardroom,")));
}

TEST(QuoteSpeakerTest, AGerundAfterAClauseThatOpensWithAnAuxiliary) {
  const std::string text =
      "His main rival, Socialist Party (PS) leader Helena Sousa Martins, has "
      "built her campaign around housing costs, accusing the government of "
      "\u201cgoverning for Lisbon\u2019s hotels\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Helena Sousa Martins",
                                  "governing for Lisbon\u2019s hotels")));
}

TEST(QuoteSpeakerTest, ALongRelativeClauseWithWhoseBeforeTheVerb) {
  std::string text =
      "A woman whose elderly mother spent 31 hours on a trolley in a "
      "hospital corridor has described the experience as "
      "\u201cdegrading\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("A woman", "degrading")));
  // (Not past a clause with its own subject.)
  text =
      "She presided over the retrial of the \u201cHarbour Road Four\u201d, "
      "four dockers whose convictions for a warehouse fire had been quashed "
      "after a detective admitted rewriting their statements.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("Harbour Road Four")));
}

TEST(QuoteSpeakerTest, AGerundsClauseGoesOnPastBrackets) {
  const std::string text =
      "NEW YORK (Reuters) - Halvorsen Freight Inc on Tuesday rejected a 4.1 "
      "billion pound ($5.5 billion) takeover proposal from private equity "
      "firm Castlegate Capital Partners, saying the offer \u201cmaterially "
      "undervalues\u201d the company.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Halvorsen Freight Inc",
                                                "materially undervalues")));
}

TEST(QuoteSpeakerTest, TheTextSaysASpeakersSexOverTheRecords) {
  const std::string text =
      "At seven on a Sunday morning, Jess Harker wades into the River Teme "
      "and holds a bottle under the surface. \u201cCold is the easy "
      "part,\u201d she says.\n\nRuth Danaher is unimpressed. \u201cWe have "
      "heard warm words for years.\u201d\n\nBack on the riverbank, Harker "
      "packs the samples into a cool box.\n\n\u201cI would love to be made "
      "redundant,\u201d she says.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Jess Harker", "Cold is the easy part,"),
                  Direct("Ruth Danaher", "We have heard warm words for years."),
                  Direct("Jess Harker", "I would love to be made redundant,")));
}

TEST(QuoteSpeakerTest, SayAfterAPlaceIsAVerb) {
  const std::string text =
      "Residents in parts of Birmingham say their streets look \u201clike a "
      "tip\u201d as the strike enters its fifth week.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Residents in parts of Birmingham", "like a tip")));
}

TEST(QuoteSpeakerTest, JudgesOfABenchAndTitlesBeforeInitials) {
  const std::string text =
      "A Division Bench of Justices S. Meenakshi Sundaram and K. Anitha "
      "passed the order on a petition.\n\n\u201cA lake is not a vacant "
      "plot,\u201d the judges said.\n\nAppearing for the State, Additional "
      "Government Pleader M. Senthil Kumar submitted that notices had been "
      "issued.\n\n\u201cThe department is not opposed to removal,\u201d Mr. "
      "Senthil Kumar told the court.\n\nLater, Minister for Water Resources "
      "Durai Anbalagan told reporters that the government would \u201cfully "
      "comply\u201d with the directions.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("S. Meenakshi Sundaram and K. Anitha",
                                 "A lake is not a vacant plot,"),
                          Direct("M. Senthil Kumar",
                                 "The department is not opposed to removal,"),
                          Partial("Durai Anbalagan", "fully comply")));
}

TEST(QuoteSpeakerTest, AConstituencyRepresentedIsNoOne) {
  const std::string text =
      "The chairman of the committee, Abubakar Danladi, opened the "
      "hearing.\n\n\"Nigerians are paying for 20 hours and getting ten,\" "
      "Mr Danladi, who represents Bauchi South, said.\n\n\"We did not call "
      "this hearing to embarrass anybody.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Abubakar Danladi",
                                 "Nigerians are paying for 20 hours and "
                                 "getting ten,"),
                          Direct("Abubakar Danladi",
                                 "We did not call this hearing to embarrass "
                                 "anybody.")));
}

TEST(QuoteSpeakerTest, APlaceAdjectiveKeepsTheUnnamedSourceWhole) {
  const std::string text =
      "Cuts to funding \u201cwill leave children hungry\u201d, a west "
      "Belfast principal has warned.\n\nOne Labour MP in a marginal "
      "Midlands seat said: \u201cNobody in my patch will thank us.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("a west Belfast principal",
                                  "will leave children hungry"),
                          Direct("One Labour MP in a marginal Midlands seat",
                                 "Nobody in my patch will thank us.")));
}

TEST(QuoteSpeakerTest, ACallAsANounAndAVerbDeniedSayNothing) {
  const std::string text =
      "Chief Executive Markus Engel told analysts on a conference call that "
      "there was \"no quick fix\" for the sites.\n\nEngel said Halberg did "
      "not comment on \"market speculation\" at all.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Markus Engel", "no quick fix"),
                          Partial("Markus Engel", "market speculation")));
}

TEST(QuoteSpeakerTest, TheBodyASpokeswomanSpeaksForIsMentioned) {
  const std::string text =
      "(Bloomberg) -- Corvalis Minerals Inc. will halt production at its "
      "Nevada mine.\n\n\u201cThe industry overbuilt,\u201d said Hannah "
      "Okafor, a metals analyst at Stroud Capital Markets in London.\n\nA "
      "Corvalis spokeswoman declined to comment on the talks. In its "
      "statement, the company said it remains \u201cfully committed to "
      "Nevada\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Hannah Okafor", "The industry overbuilt,"),
                          Partial("Corvalis Minerals Inc.",
                                  "fully committed to Nevada")));
}

TEST(QuoteSpeakerTest, SeniorAndJuniorKeepTheirSuffixes) {
  const std::string text =
      "On the slab, Tom\u00e1s Gutierrez Sr. keeps a folding chair.\n\n"
      "\u201cThis is a punishment,\u201d said Gutierrez, 73.\n\nHis son, "
      "Tom\u00e1s Gutierrez Jr., an engineer, drew the revisions.\n\n"
      "\u201cMy dad\u2019s lot is narrow,\u201d the younger Gutierrez "
      "said.\n\nBack on his slab, the elder Gutierrez said he wants "
      "\u201cthe house she picked out\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Tom\u00e1s Gutierrez Sr.", "This is a punishment,"),
          Direct("Tom\u00e1s Gutierrez Jr.", "My dad\u2019s lot is narrow,"),
          Partial("Tom\u00e1s Gutierrez Sr.", "the house she picked out")));
}

TEST(QuoteSpeakerTest, ARelativeOfANamedPersonBetweenCommasTakesTheSurname) {
  const std::string text =
      "Derek Pendry, 61, died at the scene on the A38.\n\nOutside court, "
      "Mr Pendry\u2019s widow, Gail, said the family had been given "
      "\u201cno answers\u201d.\n\nHenry Tolland ran the farm for forty "
      "years. Henry's younger son, Callum, said: \u201cHe never took a "
      "day off.\u201d\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Gail Pendry", "no answers"),
                                        Direct("Callum Tolland",
                                               "He never took a day off.")));
}

TEST(QuoteSpeakerTest, ANicknameAfterATitleLeavesTheNameWhole) {
  const std::string text =
      "\u201cThe money is gone,\u201d said Sen. Eduardo \u201cDodong\u201d "
      "Marquez, chair of the committee.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Eduardo Marquez", "The money is gone,"),
                          Term("Dodong")));
}

TEST(QuoteSpeakerTest, AManpowerPortfolioIsNoPartOfTheName) {
  const std::string text =
      "\u201cWe will act,\u201d Senior Minister of State for Manpower Tan "
      "Wei Ming said.\n\nMr Tan said more checks were due. \u201cMost "
      "firms comply,\u201d he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Tan Wei Ming", "We will act,"),
                          Direct("Tan Wei Ming", "Most firms comply,")));
}

TEST(QuoteSpeakerTest, ADatelineWithACountryAndAnAgencyIsNoSubject) {
  const std::string text =
      "Recife, Brazil (AFP) \u2013 Lucia Barbosa waded through the water to "
      "her home on Thursday.\n\n\u201cWe lost everything,\u201d said the "
      "61-year-old retired cook.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Lucia Barbosa", "We lost everything,")));
}

TEST(QuoteSpeakerTest, CallingOutIsSpeaking) {
  const std::string text =
      "Principal Mark Okafor opened the school in 2019.\n\n\u201cGood "
      "morning, class!\u201d Ana Ruiz calls out, and the children answer "
      "back.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Ana Ruiz", "Good morning, class!")));
}

TEST(QuoteSpeakerTest, AnAdverbAfterAnUnnamedSourceIsNotPartOfIt) {
  const std::string text =
      "The ferry was withdrawn on Monday.\n\nA council spokeswoman later "
      "confirmed that a bus would run from Saturday, describing it as "
      "\u201ca lifeline for the island\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("A council spokeswoman",
                                                "a lifeline for the island")));
}

TEST(QuoteSpeakerTest, ANameEndsALongRunOfCapitals) {
  const std::string text =
      "Tillery County Emergency Management Director Janelle Ortiz said "
      "crews searched all night. The victims lived in a trailer park. Their "
      "names were not released. More storms are due.\n\n\u201cWe never "
      "stopped,\u201d Ortiz said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Janelle Ortiz", "We never stopped,")));
}

TEST(QuoteSpeakerTest, ACoupleAfterACommaIsStillACouple) {
  const std::string text =
      "When the notice arrived in January, Priya and Rohan Mehta knew they "
      "had to move. The rent had risen by a fifth. They looked for weeks. "
      "Nothing was cheaper.\n\n\u201cWe had no choice,\u201d says Mrs "
      "Mehta.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Priya Mehta", "We had no choice,")));
}

TEST(QuoteSpeakerTest, ATitledSurnameIsNotAChildsOfThatSurname) {
  const std::string text =
      "Among those in emergency accommodation is Lisa Doyle (38), who has "
      "lived in a hotel room since March. Her eldest, Kayleigh Doyle (17), "
      "sits her exams in June.\n\n\u201cThere is no kitchen,\u201d Ms "
      "Doyle said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Lisa Doyle", "There is no kitchen,")));
}

TEST(QuoteSpeakerTest, ATitledSurnameGoesOnFromReportedWords) {
  const std::string text =
      "The company was fined over the death of Liam Carter, 24.\n\n"
      "\u201cHe never came home,\u201d his mother said.\n\nThe court "
      "heard Mr Carter, a fly-in worker, had climbed inside the guarding. "
      "\u201cA simple lock would have saved Mr Carter\u2019s life,\u201d "
      "the magistrate said.\n\nOutside court, Liam Carter\u2019s father "
      "Neil Carter said the family was relieved.\n\n\u201cNothing will "
      "bring our boy back,\u201d Mr Carter said.\n";
  EXPECT_THAT(Quotes(text).back(),
              Direct("Neil Carter", "Nothing will bring our boy back,"));
}

TEST(QuoteSpeakerTest, AnOpeningPastParticipleIsNoSubject) {
  const std::string text =
      "The deputy minister at the time, Claudette Rioux, has since retired. "
      "Reached by the Post, she declined to comment but said she had "
      "\u201calways followed the rules.\u201d\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Claudette Rioux",
                                                "always followed the rules.")));
}

TEST(QuoteSpeakerTest, NewOpensABodysName) {
  const std::string text =
      "The vote was announced on Tuesday night by the New England Nurses "
      "Council, which represents 900 nurses. It sets no date. Talks resume "
      "on Monday. The hospital has 400 beds.\n\n\u201cWe are out of "
      "ideas,\u201d the council said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("New England Nurses Council",
                                               "We are out of ideas,")));
}

TEST(QuoteSpeakerTest, InitialsInTitleCaseOrKnownByNameTheBody) {
  const std::string text =
      "Figures released by the Department of Conservation (Doc) show 91 "
      "pairs this season.\n\nDoc said it remained \u201ccommitted to the "
      "recovery\u201d of the species.\n\nThe Federation of Dutch Trade "
      "Unions, known by its Dutch acronym, FNV, called a strike.\n\nFNV "
      "said the offer was \u201can insult\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Department of Conservation", "committed to the recovery"),
          Partial("Federation of Dutch Trade Unions", "an insult")));
}

TEST(QuoteSpeakerTest, TheRoleNamedBetweenCommasFarFromAnyQuotation) {
  const std::string text =
      "The witness, Hauwa Ibrahim, a detective superintendent, was led in "
      "evidence by the prosecution. The trial resumed on Monday. Two "
      "defendants are in custody.\n\nThe court sat until noon.\n\nThe "
      "defence did not object.\n\n\u201cWe found a tailoring "
      "shop,\u201d the witness said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Hauwa Ibrahim",
                                               "We found a tailoring shop,")));
}

TEST(QuoteSpeakerTest, AThingNamedWithAnAmpersandIsNobody) {
  const std::string text =
      "The song, the lead single from her third album, Ashes & Honey, "
      "launches at No. 1.\n\nReached by phone, Jesse Vega laughed at his "
      "sister\u2019s version. \u201cShe\u2019s being generous,\u201d he "
      "says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Jesse Vega", "She\u2019s being generous,")));
}

TEST(QuoteSpeakerTest, ANameWithAPluralVerbIsNobodysHe) {
  const std::string text =
      "Aston Villa beat Benfica 3-1 on Wednesday.\n\n\u201cI was calm,"
      "\u201d Villa manager Rafael Ortu\u00f1o said.\n\nThe Spaniard has "
      "taken Villa to a semifinal. Villa have won their past 11 home "
      "matches.\n\n\u201cWe will enjoy tonight,\u201d he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Rafael Ortu\u00f1o", "I was calm,"),
                  Direct("Rafael Ortu\u00f1o", "We will enjoy tonight,")));
}

TEST(QuoteSpeakerTest, TheHeadOfABodyIsItsPresidentNamedLater) {
  const std::string text =
      "ABIDJAN (Reuters) - Cocoa futures hit a record on Thursday as the "
      "head of Ivory Coast's biggest farmer union warned of a \"lost "
      "season\" for the mid-crop.\n\nBenchmark May cocoa rose 6.2%.\n\n"
      "\"The rain has not stopped,\" Kouassi Yao, president of the Ivory "
      "Coast Cocoa Producers Union, told Reuters.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Kouassi Yao", "lost season"),
                          Direct("Kouassi Yao", "The rain has not stopped,")));
}

TEST(QuoteSpeakerTest, AnAnalystsEmployerIsNotTheCompany) {
  const std::string text =
      "(Bloomberg) -- Kazuhana Motor Co. cut its profit forecast by a "
      "third.\n\nThe revision was \u201cworse than feared,\u201d said Emi "
      "Sato, an analyst at Marunouchi Capital Markets in Tokyo.\n\nThe "
      "carmaker kept its dividend, which the company said reflected its "
      "\u201ccommitment to shareholders\u201d.\n";
  EXPECT_THAT(Quotes(text).back(),
              Partial("Kazuhana Motor Co.", "commitment to shareholders"));
}

TEST(QuoteSpeakerTest, TheNameAfterAnOpeningButIsTheSubject) {
  const std::string text =
      "Senator Ramon Alcaraz chairs the committee.\n\nUndersecretary "
      "Teodoro Villanueva told the committee that the department had "
      "acted.\n\n\u201cWe protect no one,\u201d Villanueva said.\n\nBut "
      "Alcaraz was unconvinced. \u201cWe have heard that before,\u201d he "
      "said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Teodoro Villanueva", "We protect no one,"),
                  Direct("Ramon Alcaraz", "We have heard that before,")));
}

TEST(QuoteSpeakerTest, AnInvertedSaidWithAnAppositiveIsTheSubject) {
  const std::string text =
      "Its director, Renata Wolfe, said the coalition had heard from 200 "
      "employees.\n\n\u201cPeople are scared,\u201d Wolfe said.\n\nThe "
      "market is not in freefall, said Anneliese Park, a regional labor "
      "economist with the state.\n\n\u201cIt is a big number,\u201d she "
      "said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Renata Wolfe", "People are scared,"),
                          Direct("Anneliese Park", "It is a big number,")));
}

TEST(QuoteSpeakerTest, AnUnnamedSourceStaysSheThroughARunOnQuotation) {
  const std::string text =
      "Medical superintendent at the county hospital Dr Kennedy Ouma Were "
      "said the hospital had set up a 40-bed isolation ward. \"Most "
      "patients recover. The two we lost came too late,\" he said.\n\nA "
      "nurse at the "
      "hospital, who sought anonymity because she is not authorised to "
      "speak, said staff were stretched.\n\n\"We are six nurses on a shift. "
      "We have not had a day off.\n\n\"The hands are not there,\" she "
      "said.\n";
  EXPECT_THAT(Quotes(text).back().speaker, "A nurse at the hospital");
}

TEST(QuoteSpeakerTest, AnOperationsPortfolioIsNoPartOfTheName) {
  const std::string text =
      "Agriculture Undersecretary for Operations Teresita Manalo-Cruz "
      "blamed a \u201clack of trained pilots\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Teresita Manalo-Cruz",
                                                "lack of trained pilots")));
}

TEST(QuoteSpeakerTest, APersonAfterAnOpeningPhraseIsNoThingsName) {
  const std::string text =
      "Anika Sharma, the chair, said the club was in good health. \u201cWe "
      "are fine,\u201d Sharma said.\n\nIn the club bar after that game, "
      "Margaret Hale, 71, who has held a season ticket since 1968, was in "
      "no mood to get carried away.\n\n\u201cI have seen us go bust "
      "twice,\u201d she said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Anika Sharma", "We are fine,"),
                  Direct("Margaret Hale", "I have seen us go bust twice,")));
}

TEST(QuoteSpeakerTest, ACookIsAPerson) {
  const std::string text =
      "Brandvold moved from San Francisco in 2019.\n\nA former line cook, "
      "who asked not to be named, said service felt like \u201cbeing graded "
      "by a volcano.\u201d\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("A former line cook",
                                                "being graded by a volcano.")));
}

TEST(QuoteSpeakerTest, ATitleAfterElderIsATitle) {
  const std::string text =
      "Oliver Castell, 44, a former portfolio manager, was known as a "
      "trader.\n\nRupert Castell, 39, who runs a dental practice, bought "
      "shares.\n\n\u201cJust following the market,\u201d the elder Mr "
      "Castell said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Oliver Castell",
                                               "Just following the market,")));
}

TEST(QuoteSpeakerTest, AHolidayFirmIsABody) {
  const std::string text =
      "Kerry Pike, 41, was halfway through a break in Marmaris when SunWays "
      "Holidays announced that it had ceased trading.\n\nHer husband "
      "Jason, 44, said they had been told to pay \u201cnearly \u00a32,000 "
      "again\u201d.\n\nIn a statement, the company said it had \u201cno "
      "alternative\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Jason Pike", "nearly \u00a32,000 again"),
                          Partial("SunWays Holidays", "no alternative")));
}

TEST(QuoteSpeakerTest, AMemberOfTheSeneddsLettersAreNoPartOfTheName) {
  const std::string text =
      "Plaid Cymru\u2019s transport spokesperson, Delyth Morgan MS, "
      "described the plan as \u201ca slap in the face\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Delyth Morgan", "a slap in the face")));
}

TEST(QuoteSpeakerTest, ADisabilitiesPortfolioIsNoPartOfTheName) {
  const std::string text =
      "Minister of State for Disabilities Fergal Tighe told the D\u00e1il "
      "the waiting lists were \u201csimply not good enough\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Fergal Tighe", "simply not good enough")));
}

TEST(QuoteSpeakerTest, InitialsSpellABodyNamedBeforeAPerson) {
  const std::string text =
      "The minister for the Office of Public Works Sean Kiely visited the "
      "town.\n\nThe OPW said in a statement that the scheme was at \u201can "
      "advanced stage of design\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Office of Public Works",
                                  "an advanced stage of design")));
}

TEST(QuoteSpeakerTest, AMinerNamedForItsMetalIsABody) {
  const std::string text =
      "More than 400 workers will lose their jobs after Karrabin Lithium "
      "announced it would halt mining.\n\nThe town was shocked.\n\n\u201cWe "
      "could not keep operating at a loss,\u201d the company said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Karrabin Lithium",
                                 "We could not keep operating at a loss,")));
}

TEST(QuoteSpeakerTest, InitialsThatLookLikeARoleSpellABody) {
  const std::string text =
      "The closure was confirmed, according to the Missouri Hospital "
      "Association.\n\nIn a report, the MHA said rural hospitals were "
      "\u201cat a breaking point\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Missouri Hospital Association",
                                                "at a breaking point")));
}

TEST(QuoteSpeakerTest, StatesEndingAClauseIsANoun) {
  const std::string text =
      "Sheriff Wade Calloway announced the arrests on Monday.\n\nCalloway "
      "said investigators shared footage among agencies in the three "
      "states.\n\n\u201cWithout that cooperation, we would still be "
      "chasing them.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Wade Calloway",
                                 "Without that cooperation, we would still be "
                                 "chasing them.")));
}

TEST(QuoteSpeakerTest, AGamingFirmIsABody) {
  const std::string text =
      "Culinary Workers Union Local 226 said members voted to strike.\n\n"
      "In a statement, Meridian Gaming said it had bargained in good "
      "faith.\n\n\u201cOur properties remain open,\u201d the company "
      "said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Meridian Gaming",
                                               "Our properties remain open,")));
}

TEST(QuoteSpeakerTest, ASubjectInsideTheSpeakersRelativeClauseDoesNotSpeak) {
  const std::string text =
      "Former sheriff Raymond Dekker was charged on Monday. \u201cI did "
      "nothing wrong,\u201d Dekker said.\n\nIn a statement, the current "
      "sheriff, Denise Varga, who took office after Dekker resigned in 2023, "
      "said the department had adopted new rules.\n\n\u201cWe have worked "
      "hard to rebuild trust.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Raymond Dekker", "I did nothing wrong,"),
                          Direct("Denise Varga",
                                 "We have worked hard to rebuild trust.")));
}

TEST(QuoteSpeakerTest, ASurnameNamedInFullOnlyInsideAQuotation) {
  const std::string text =
      "DILLON CREWE has vowed to \u201csend Tunde Okafor into "
      "retirement\u201d after a press conference.\n\nOkafor, 36, laughed "
      "off the threats. \u201cI have heard this before,\u201d Okafor "
      "said.\n";
  EXPECT_THAT(Quotes(text).back(),
              Direct("Tunde Okafor", "I have heard this before,"));
}

TEST(QuoteSpeakerTest, ACoupleWithAFirstNameOfEitherSex) {
  const std::string text =
      "Among them are Sheila and Robin Pryor, who have lived in the village "
      "for 41 years.\n\n\u201cWe knew something would be built,\u201d said "
      "Mrs Pryor, 72.\n\nHer husband added: \u201cThey talk about "
      "affordable homes.\u201d\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Sheila Pryor", "We knew something would be built,"),
                  Direct("Robin Pryor", "They talk about affordable homes.")));
}

TEST(QuoteSpeakerTest, ATwoWordBusinessWithNoFirstNameIsTheCompany) {
  const std::string text =
      "Zhiyuan Auto, one of the country\u2019s electric-vehicle start-ups, "
      "reported a fall in deliveries.\n\n\u201cThe cash pile looks "
      "big,\u201d said Tom\u00e1s Ferreira, an analyst at Kingsgate "
      "Securities.\n\nZhiyuan also cut its target. In a statement, the "
      "company said it remained \u201cconfident in its strategy\u201d.\n";
  EXPECT_THAT(Quotes(text).back(),
              Partial("Zhiyuan Auto", "confident in its strategy"));
}

TEST(QuoteSpeakerTest, TheCompanyIsTheFullNameOfABodyNamedShort) {
  // (A refinery named short in a caption, in full in the body.)
  const std::string text =
      "Explosion at Harbor City refinery injures 9, sends smoke plume "
      "over Ship Channel\n\nBy Dana Ruiz, Staff writer\n\nUpdated March "
      "5, 2026 8:41 p.m.\n\nSmoke rises from the Bayline Refining plant "
      "in Harbor City after an explosion Wednesday morning. Ben Kowal/Staff "
      "photographer\n\nAn explosion at a Harbor City refinery Wednesday "
      "morning injured nine workers and sent a column of black smoke "
      "over the Bay Ship Channel, prompting a shelter-in-place order "
      "for nearby neighborhoods that lasted much of the day.\n\nThe blast "
      "happened around 9:40 a.m. in a hydrotreating unit at the Bayline "
      "Refining Co. plant on Mill Road, according to the company and "
      "Harbor City fire officials. Two of the injured workers were flown "
      "to a Bay hospital with severe burns; the others were treated for "
      "minor injuries.\n\n\u201cIt shook the whole house. I thought a "
      "plane had crashed,\u201d said Rosa Trevino, who lives about a "
      "mile from the refinery. \u201cThen the sirens started and they "
      "told us to stay inside and turn off the air "
      "conditioning.\u201d\n\nBayline "
      "said in a statement that all employees and contractors had been "
      "accounted for and that the fire was extinguished by about 11:15 "
      "a.m. The company said air monitoring at the fence line showed "
      "\u201cno levels of concern\u201d for the public.\n";
  bool found = false;
  for (const Q& q : Quotes(text)) {
    if (q.text == "no levels of concern") {
      found = true;
      EXPECT_EQ(q.speaker, "Bayline Refining Co.");
    }
  }
  EXPECT_TRUE(found);
}

TEST(QuoteSpeakerTest, WhatOneDescribedPersonCalledIsTheirWords) {
  const std::string text =
      "Condo prices are falling across Florida, in what one economist "
      "called \u201ca perfect storm\u201d for the market.\n\nThe hospital "
      "will close its maternity unit, citing what its chief executive "
      "called \u201closses we can no longer absorb.\u201d\n\nThe plan is "
      "what critics call \u201ca giveaway\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("one economist", "a perfect storm"),
                          Partial("its chief executive",
                                  "losses we can no longer absorb."),
                          Term("a giveaway")));
}

TEST(QuoteSpeakerTest, ATermHidesNoCueFromTheNextQuotation) {
  const std::string text =
      "Her songs were recorded by performers from Jolene Marsh to the band "
      "the Tipple Kings. Ms. Marsh, who recorded \u201cCompany "
      "Store\u201d in 1994, said Ms. Calloway had \u201ctaught a whole "
      "generation of us that you could sing about work.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("Company Store"),
                          Partial("Jolene Marsh",
                                  "taught a whole generation of us that you "
                                  "could sing about work.")));
}

TEST(QuoteSpeakerTest, AJobThatIsAlsoABodysSortBeforeAPersonsName) {
  const std::string text =
      "The record was cut in a barn with producer Tomas Rieger, who also "
      "made the band\u2019s first album.\n\nGuitarist Aaron Pell, who left "
      "in 2015, is back. In a post, Pell wrote that he was \u201cmore "
      "nervous than ever.\u201d\n\nRieger, who has worked with many of the "
      "band\u2019s peers, said the sessions were long. \u201cThey argued "
      "about everything,\u201d he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Aaron Pell", "more nervous than ever."),
                          Direct("Tomas Rieger",
                                 "They argued about "
                                 "everything,")));
}

TEST(QuoteSpeakerTest, ANameAfterAPrepositionsNounIsNoSubject) {
  const std::string text =
      "Analysts were unconvinced. \u201cIt costs money,\u201d said Matthew "
      "Fenwick, retail analyst at Harcourt Lyle.\n\nHis namesake Nadia "
      "Fenwick, who covers the sector for the broker Holt Marlow, was "
      "blunter still, cutting her price target. \u201cThe shops are "
      "lovely,\u201d she wrote in a note to clients.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Matthew Fenwick", "It costs money,"),
                          Direct("Nadia Fenwick", "The shops are lovely,")));
}

TEST(QuoteSpeakerTest, ABodysWordBeforeAnotherIsNoRole) {
  const std::string text =
      "In the south, the International Organization for Migration said "
      "in a report that displacement was \u201caccelerating,\u201d with "
      "20,000 families gone.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("International Organization for Migration",
                                  "accelerating,")));
}

TEST(QuoteSpeakerTest, TitlesAfterANameAreNoListOfNames) {
  const std::string text =
      "\u201cDrain the fields now,\u201d said Jane Okoro, Professor and "
      "Head, Department of Agronomy, at the institute.\n\n\u201cWe "
      "agree,\u201d said Ann Lee, Mary Jones and Tom Hall.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Jane Okoro", "Drain the fields now,"),
                  Direct("Ann Lee, Mary Jones and Tom Hall", "We agree,")));
}

TEST(QuoteSpeakerTest, ATitledSurnameWithItsParticleIsShared) {
  const std::string text =
      "\u201cThe order is huge,\u201d Omar Al Mansoori, chief executive of "
      "the airline, told reporters.\n\nMr Al Mansoori said the jets would "
      "fly to Asia.\n\nKhalid Al Mansoori, director of air navigation at "
      "the aviation authority, said the skies had to keep pace.\n\n\u201cWe "
      "are redesigning the airspace,\u201d said Mr Al Mansoori, who is not "
      "related to the airline chief.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Omar Al Mansoori", "The order is huge,"),
                          Direct("Khalid Al Mansoori",
                                 "We are redesigning the airspace,")));
}

TEST(QuoteSpeakerTest, ATimeBetweenSubjectAndVerb) {
  const std::string text =
      "House Speaker Ronald Devine last year dismissed a similar idea as "
      "\u201crent control by another name.\u201d\n\nThe ministry earlier "
      "this week said the plan was \u201cunder review.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ronald Devine",
                                  "rent control by another "
                                  "name."),
                          Partial("The ministry", "under review.")));
}

TEST(QuoteKindTest, ALongerTitleInCapitalsAfterTheVerbIsATerm) {
  const std::string text =
      "The RSF last month announced a self-declared \u201cGovernment "
      "of Peace and Unity\u201d in the areas it controls.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("Government of Peace and Unity")));
}

TEST(QuoteSpeakerTest, ADescribedBodyIsNoBodyOfAnotherSort) {
  const std::string text =
      "The company said the pair had been \u201cvery lucky\u201d to "
      "survive.\n\nThe council said the road would be \u201cclosed for "
      "weeks\u201d after the flood.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("The company", "very lucky"),
                          Partial("The council", "closed for weeks")));
}

TEST(QuoteSpeakerTest, AFamilyNameBeforeACantoneseGivenName) {
  const std::string text =
      "Vincent Ng Chi-keung, 26, pleaded guilty on Monday.\n\nHis lawyer, "
      "Chan Ka-wing, spoke for him. \u201cHe is not a fraudster,\u201d Chan "
      "said.\n\n\u201cI am sorry,\u201d Ng said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Chan Ka-wing", "He is not a fraudster,"),
                          Direct("Vincent Ng Chi-keung", "I am sorry,")));
}

TEST(QuoteSpeakerTest, ANicknameInsideANameWithAParticle) {
  const std::string text =
      "Nueva Vizcaya Gov. Ramon \u201cMonching\u201d Dela Cruz, who attended "
      "the hearing, "
      "said the province had \u201cno role\u201d in the work.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("Monching"),
                                        Partial("Ramon Dela Cruz", "no role")));
}

TEST(QuoteSpeakerTest, ALedesMinisterForAPortfolioNamedLater) {
  const std::string text =
      "Prison numbers hit a record yesterday, as the Minister for Justice "
      "conceded that the plan had \u201cnot worked\u201d.\n\nSpeaking in "
      "Cork, Justice Minister Seán Ó Murchú said the figures were "
      "\u201cunacceptable\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Seán Ó Murchú", "not worked"),
                          Partial("Seán Ó Murchú", "unacceptable")));
}

TEST(QuoteSpeakerTest, PeopleAPluralNounNamesAreOneSpeaker) {
  const std::string text =
      "The post was signed by the company\u2019s co-founders, Dev and "
      "Anika Malhotra, who are married. \u201cWe built Orbit because we "
      "believed in it,\u201d the co-founders wrote.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Dev and Anika Malhotra",
                                 "We built Orbit because we believed in it,")));
}

TEST(QuoteSpeakerTest, APluralNounOpeningTheSentenceIsNoName) {
  const std::string text =
      "Analysts at Tessera Partners raised their forecast on Monday, "
      "writing in a note that the market was \u201cstructurally short\u201d "
      "and rising.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Analysts at Tessera Partners",
                                                "structurally short")));
}

TEST(QuoteSpeakerTest, TheCompanyAfterItsBoardSpoke) {
  const std::string text =
      "Harborline Capital on Monday launched an offer for Morimoto "
      "Precision, a machine tool maker.\n\n\u201cIt is cheap,\u201d said "
      "Daniel Cho, Harborline\u2019s founding partner.\n\nMorimoto "
      "Precision\u2019s board said in a statement that it had not been "
      "consulted. The company described the offer as \u201ccoercive and "
      "opportunistic\u201d and urged calm.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Daniel Cho", "It is cheap,"),
                                        Partial("Morimoto Precision",
                                                "coercive and opportunistic")));
}

TEST(QuoteSpeakerTest, ASurnameWithoutItsArticle) {
  const std::string text =
      "Water minister Hassan al-Karimi signed the deal in Baghdad.\n\n"
      "\u201cMy father planted wheat,\u201d Abbas Jabbar, a farmer near "
      "Nasiriyah, told reporters.\n\nKarimi acknowledged that the deal "
      "would take years.\n\n\u201cWe are not magicians.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Abbas Jabbar", "My father planted wheat,"),
                          Direct("Hassan al-Karimi", "We are not magicians.")));
}

TEST(QuoteSpeakerTest, ADepartmentsLastPortfolioOfTwoWords) {
  const std::string text =
      "Figures from the Department of Agriculture, Environment and Rural "
      "Affairs (DAERA) show that incidence rose.\n\nThe department said it "
      "was \u201cfully committed\u201d to the plan.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial(
                  "Department of Agriculture, Environment and Rural Affairs",
                  "fully committed")));
}

TEST(QuoteSpeakerTest, APronounAfterSinceInTheRelativeClauseSaysTheSex) {
  const std::string text =
      "\u201cWhy would we want the time?\u201d asked Patsy Gilheany (87), "
      "who has served here since he was 14.\n\nAmong the regulars is Bridie "
      "Flynn (79), who has sat by the range since she was widowed.\n\n"
      "\u201cIt is not about the drink,\u201d she said.\n\nMr Gilheany is "
      "philosophical. \u201cI am not finished yet,\u201d he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Patsy Gilheany", "Why would we want the time?"),
                  Direct("Bridie Flynn", "It is not about the drink,"),
                  Direct("Patsy Gilheany", "I am not finished yet,")));
}

TEST(QuoteSpeakerTest, TheFilipinoMaOfMariaOpensTheName) {
  const std::string text =
      "Assistant Ombudsman Ma. Teresa Villaluz, who led the panel, told "
      "reporters that the case was the first.\n\n\u201cNo one will be "
      "spared,\u201d Villaluz said.\n\nShares rose after a visit by Jack Ma. "
      "Analysts said the visit was \u201ca coup\u201d for the firm.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Ma. Teresa Villaluz",
                                               "No one will be spared,"),
                                        Partial("Analysts", "a coup")));
}

TEST(QuoteSpeakerTest, APeerNamedByTitleAloneKeepsIt) {
  const std::string text =
      "Sentencing him yesterday, Lord Arrochar told him: \u201cYou chose "
      "this.\u201d\n\nLord Arrochar said the remorse could carry \u201conly "
      "limited weight\u201d here.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Lord Arrochar", "You chose this."),
                          Partial("Lord Arrochar", "only limited weight")));
}

TEST(QuoteSpeakerTest, APluralOpeningABodysNameIsNoTitle) {
  const std::string text =
      "The charity Doctors Without Borders said the outbreak was \u201cout "
      "of control\u201d in the camps.\n\nJustices R. Anandavalli and K. "
      "Sethuraman heard the case. \u201cWho verified it?\u201d Justice "
      "Anandavalli asked.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Doctors Without Borders", "out of control"),
                          Direct("R. Anandavalli", "Who verified it?")));
}

TEST(QuoteSpeakerTest, AnAgeBeforeTheNameMarksAMinor) {
  const std::string text =
      "Mark Pascoe, 44, and his 12-year-old son Jack Pascoe were paddling "
      "near the beach when the wind turned.\n\n\u201cWithin five minutes "
      "the beach looked tiny,\u201d said Mr Pascoe, from Camborne.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct(
                                "Mark Pascoe",
                                "Within five minutes the beach looked tiny,")));
}

TEST(QuoteKindTest, OnePersonOpeningTheSentenceCallingSomethingSo) {
  const std::string text =
      "Rents rose again.\n\nA housing economist on Wednesday revised her "
      "forecast, calling the market \u201cunhinged\u201d for now.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A housing economist", "unhinged")));
}

TEST(QuoteSpeakerTest, ATitlesInitialsBeforeTheSurname) {
  const std::string text =
      "In a written judgment, Judicial Commissioner Marcus Tan dismissed "
      "the application.\n\nIn his concluding remarks, JC Tan wrote: \u201cIt "
      "is regrettable that neighbours now communicate through "
      "lawyers.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Marcus Tan",
                                 "It is regrettable that neighbours now "
                                 "communicate through lawyers.")));
}

TEST(QuoteSpeakerTest, APartysMemberForASeatOfThreeWords) {
  const std::string text =
      "Labour MP for Bolton North East Sarah Quinn said the people had "
      "\u201cwaited long enough\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Sarah Quinn", "waited long enough")));
}

TEST(QuoteSpeakerTest, ABodyNamedSinceTheSpeakerIsTheStartup) {
  // "The startup" is Halyard, named since Vo spoke: Vo stays a man for the
  // "he" after.
  const std::string text =
      "Long Vo likes to start his pitch with a stopwatch. At Halyard\u2019s "
      "office in San Francisco\u2019s Dogpatch neighborhood, he opens a "
      "laptop, uploads six photos of a dented bumper, and clicks a button. "
      "Four minutes later, the software has estimated the damage, checked "
      "the policy, flagged a prior claim, and drafted a settlement "
      "offer.\n\n\u201cA human adjuster does that in nine days,\u201d Vo "
      "says.\n\nHalyard, which Vo cofounded in 2023 with Ananya "
      "Krishnaswamy, a former machine learning lead at a large payments "
      "company, sells what the industry has started calling "
      "\u201cagentic\u201d claims processing: chains of AI models that take "
      "actions on their own instead of just answering questions. The "
      "startup says three regional auto insurers are using it on live "
      "claims.\n\nVo responded in the same thread. \u201cI hear you,\u201d "
      "he wrote.\n";
  const std::vector<Quote> quotes = ExtractQuotes(text, Segment(text));
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[2].speaker.name, "Long Vo");
}

TEST(QuoteKindTest, AHabitJustStartedLabels) {
  const std::string text =
      "The startup sells what the industry has started calling "
      "\u201cagentic\u201d claims processing.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("agentic")));
}

TEST(QuoteSpeakerTest, ClaimsBeforeAPrepositionIsTheNoun) {
  const std::string text =
      "One engineer wrote that the model was \u201cconfidently wrong\u201d "
      "on some test claims involving older vehicles, and that \u201cnobody "
      "upstairs wants to hear it.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("One engineer", "confidently wrong"),
                          Partial("One engineer",
                                  "nobody upstairs wants to hear it.")));
}

TEST(QuoteSpeakerTest, AHeadlinesParticleAndSurnameIsTheFullNameLater) {
  const std::string text =
      "\u00d3 Dochartaigh quits as county manager after row with board\n\n"
      "Fergal \u00d3 Dochartaigh has stepped down as manager.\n\nSpeaking "
      "yesterday, \u00d3 Dochartaigh said: \u201cI gave it everything.\u201d\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Fergal \u00d3 Dochartaigh",
                                               "I gave it everything.")));
}

TEST(QuoteSpeakerTest, AParticleInsideANameFarFromQuotations) {
  const std::string text =
      "Wales captain Owain ap Dafydd will miss the Six Nations after "
      "surgery.\n\nThe injury came in the second half at the Arms Park.\n\n"
      "Scans on Monday confirmed the damage to the ligament.\n\nThe squad "
      "meets in Cardiff next week.\n\nAp Dafydd posted on Instagram: "
      "\u201cGutted doesn't cover it.\u201d\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Owain ap Dafydd",
                                               "Gutted doesn't cover it.")));
}

TEST(QuoteSpeakerTest, APlacesWordInsideABodysNameOpeningASentence) {
  const std::string text =
      "Grand Harbour Land Holdings, a Hong Kong developer, has missed a "
      "payment on its bonds.\n\nThe company said it was \u201cactively "
      "engaging with its advisers\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Grand Harbour Land Holdings",
                                  "actively engaging with its advisers")));
}

TEST(QuoteSpeakerTest, TheWordsOfABodysNameWithACommaNameNoOtherBody) {
  const std::string text =
      "The chipmaker has informed the Ministry of Economy, Trade and "
      "Industry, which approved subsidies in 2023.\n\nThe ministry said in a "
      "statement that it would \u201ccarefully examine\u201d the delay.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ministry of Economy, Trade and Industry",
                                  "carefully examine")));
}

TEST(QuoteSpeakerTest, AYorubaNameGivenToBothSexes) {
  const std::string text =
      "Cathal Byrne, a consultant, said the list was growing.\n\n"
      "Dr Oluwaseun Adebayo-Walsh, chief executive of the patients' "
      "network, said waiting times should be published. \u201cPeople "
      "deserve to know,\u201d she said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Oluwaseun Adebayo-Walsh",
                                               "People deserve to know,")));
}

TEST(QuoteSpeakerTest, WhoAfterADescriptionEndingInABodyIsThePerson) {
  const std::string text =
      "Prices fell, according to Mr Arvind Pillai, chief executive of "
      "property agency Orchid Homes, who said buyers had become \u201cmore "
      "disciplined\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Arvind Pillai", "more disciplined")));
}

TEST(QuoteSpeakerTest, APossessiveRoleIsNotTheRole) {
  const std::string text =
      "\u201cWe are delaying, not retreating,\u201d President Masahiro Ikeda "
      "told reporters.\n\nThe president\u2019s father, Chairman Kenzo Ikeda, "
      "who founded the company in 1978, has been an outspoken advocate of "
      "domestic chip production. In a 2024 interview, the elder Ikeda said "
      "Japan had \u201clost its nerve.\u201d\n\nAsked whether his father had "
      "backed the delay, the president said: \u201cHe understands "
      "numbers.\u201d\n";
  const std::vector<Quote> quotes = ExtractQuotes(text, Segment(text));
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[2].speaker.name, "Masahiro Ikeda");
}

TEST(QuoteSpeakerTest, WhichAfterABodysDescriptionIsTheBody) {
  const std::string text =
      "She has been reversed in four of 212 appeals, according to the "
      "Center for Appellate Data, a nonpartisan research group, which "
      "described that rate as \"well below the circuit average.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Center for Appellate Data",
                                  "well below the circuit average.")));
}

TEST(QuoteSpeakerTest, SomeoneUnnamedAfterAnOpeningWord) {
  const std::string text =
      "Meanwhile, a Sindh energy department official, who requested "
      "anonymity, said the province had written to the division. \"The "
      "province cannot keep paying,\" the official said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("a Sindh energy department official",
                                 "The province cannot keep paying,")));
}

TEST(QuoteSpeakerTest, OneDescribedBeforeAPrepositionIsOne) {
  const std::string text =
      "Kaisei plans to source most of its cells from domestic partners until "
      "its own plant comes online. A senior official at one of Kaisei\u2019s "
      "main battery suppliers said the automaker had asked for volume "
      "guarantees from suppliers. \u201cThey want us to commit capacity "
      "first,\u201d the official said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("A senior official at one of Kaisei\u2019s "
                                 "main battery suppliers",
                                 "They want us to commit capacity first,")));
}

TEST(QuoteSpeakerTest, AnObituarysBirthNameIsTheFullName) {
  const std::string text =
      "Squadron Leader Rex Pendry, who has died aged 102, flew 80 sorties.\n\n"
      "\u201cWe were young enough to think we would live for ever,\u201d he "
      "said.\n\nReginald Arthur Pendry was born on March 2 1922 at Truro.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct(
                  "Reginald Arthur Pendry",
                  "We were young enough to think we would live for ever,")));
}

TEST(QuoteSpeakerTest, AnObituarysLastLineGivesTheFullName) {
  const std::string text =
      "Jimmy Sowerby, who has died aged 82, was a centre-half.\n\nHe joined "
      "the club in 1958.\n\nHe played 400 games.\n\nHe retired in 1975.\n\n"
      "\u201cBilly was the footballer,\u201d he said.\n\nJames Thomas "
      "Sowerby, footballer, born 4 April 1941; died 2 March 2024\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("James Thomas Sowerby",
                                               "Billy was the footballer,")));
}

TEST(QuoteSpeakerTest, ASumoRankIsATitle) {
  const std::string text =
      "OSAKA \u2013 Sekiwake Kirinoumi all but secured promotion on "
      "Sunday.\n\n\u201cI wanted to win with my own sumo,\u201d Kirinoumi "
      "told reporters.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Kirinoumi", "I wanted to win with my own sumo,")));
}

TEST(QuoteKindTest, ACourtHoldingThatReports) {
  const std::string text =
      "The high court quashed the fee hike, with justice Anupama Sethi "
      "holding that \u201ceducation is not a commodity\u201d.\n\nThe court "
      "rejected the argument. \u201cThe accounts speak for themselves,\u201d "
      "the judge wrote.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Anupama Sethi", "education is not a commodity"),
          Direct("Anupama Sethi", "The accounts speak for themselves,")));
}

TEST(QuoteSpeakerTest, TheCoupleIsTwoPeopleNamedTogether) {
  const std::string text =
      "Tessa Quinn and Rafe Halloran are officially husband and wife. The "
      "actor, 33, and the singer, 36, married on Saturday.\n\n\u201cIt was "
      "honestly magical,\u201d the couple tell PEOPLE.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Tessa Quinn and Rafe Halloran",
                                               "It was honestly magical,")));
}

TEST(QuoteSpeakerTest, ALedesRoleAfterAStandfirstIsNamedNext) {
  const std::string text =
      "Ostara chief accuses ministers over China exports\n\nChip equipment "
      "maker warns of a hit as The Hague tightens licensing rules\n\n"
      "Katrien de Wit in Amsterdam\n\nThe chief executive of Ostara "
      "Systems, one of Europe\u2019s largest makers of chipmaking equipment, "
      "has accused the Dutch government of \u201cmoving the goalposts\u201d on "
      "export controls.\n\nJoost van Dalen told the Financial Times that the "
      "group had received assurances last year.\n\n\u201cThen the rules "
      "changed overnight,\u201d van Dalen said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Joost van Dalen", "moving the goalposts"),
                          Direct("Joost van Dalen",
                                 "Then the rules changed overnight,")));
}

TEST(QuoteSpeakerTest, ALedesSomeoneIsWhoOpensTheNextParagraph) {
  const std::string text =
      "Planner tells inquiry of pressure over tower\n\nA senior planner at "
      "a Sydney council has told the corruption watchdog she was warned to "
      "\u201ckeep my mouth shut\u201d after she recommended against a "
      "tower.\n\nAnjali Verma, who worked at the council for 14 years, gave "
      "evidence on Wednesday.\n\nThe inquiry continues.\n\nIt will sit "
      "again next week.\n\nA report is due in May.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Anjali Verma", "keep my mouth shut")));
}

TEST(QuoteSpeakerTest, ATitleIsForTheRelativeNotCalledByFirstName) {
  const std::string text =
      "Saoirse Kinsella was 14 months old when she was brought to hospital "
      "by her parents, Niamh and Ciar\u00e1n Kinsella. The court heard she "
      "was sent home.\n\nCounsel told the court that, had antibiotics been "
      "given, Saoirse would have avoided the injuries she now lives "
      "with.\n\nIn a statement, Ms Kinsella said: \u201cWe trusted "
      "them.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Niamh Kinsella", "We trusted them.")));
}

TEST(QuoteKindTest, ALongTitleInTitleCaseIsATerm) {
  const std::string text =
      "The study, titled \u201cGrowing Up Anxious: Wellbeing of Young Adults "
      "in Singapore\u201d, surveyed 3,214 people.\n\nIn 2006 she published a "
      "cookbook, \u201cBiscuits at Dawn: Fifty Years on Mill Street,\u201d "
      "with recipes from the diner.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Term("Growing Up Anxious: Wellbeing of Young Adults in Singapore"),
          Term("Biscuits at Dawn: Fifty Years on Mill Street,")));
}

TEST(QuoteKindTest, WordsAfterATitleDoNotTakeItsKind) {
  const std::string text =
      "Declan O\u2019Sullivan, a consultant, spoke on Monday.\n\nHe called "
      "the emergency care strategy, titled \u201cA Safer Front Door\u201d, "
      "\u201ca good document that nobody has funded\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("A Safer Front Door"),
                          Partial("Declan O\u2019Sullivan",
                                  "a good document that nobody has funded")));
}

TEST(QuoteSpeakerTest, ADatelineWithAStatesAbbreviationIsSkipped) {
  const std::string text =
      "MADISON, Wis. \u2014 Gov. Harold Vance on Friday vetoed a bill.\n\n"
      "\u201cI share the goal,\u201d the governor said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Harold Vance", "I share the goal,")));
}

TEST(QuoteSpeakerTest, ATitleInASubjectSaysTheSexForAPronounAfter) {
  const std::string text =
      "Declan Broin (58), of Newbridge, pleaded guilty.\n\nGr\u00e1inne "
      "Moloney SC, defending, said her client had been a \u201cpillar of the "
      "community\u201d.\n\nMs Moloney handed in a letter from Mr Broin. In "
      "it, he wrote: \u201cThere is no excuse for what I did.\u201d\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Gr\u00e1inne Moloney", "pillar of the community"),
          Direct("Declan Broin", "There is no excuse for what I did.")));
}

TEST(QuoteSpeakerTest, ANameWhoseVerbPhraseSaysItsIsABody) {
  const std::string text =
      "Farmers are angry.\n\nRegional Drought Resilience NSW this week "
      "extended its drought mapping to the Western Division.\n\nIn a "
      "statement, the agency said the change \u201crecognises the severity "
      "of conditions\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Regional Drought Resilience NSW",
                                  "recognises the severity of conditions")));
}

TEST(QuoteSpeakerTest, ANextParagraphsWordsAreWhoSaidNotTheBodyReported) {
  const std::string text =
      "BMU general secretary Themba Nxumalo-Dube spoke to reporters.\n\n"
      "Nxumalo-Dube said the union would demand that the company open its "
      "books.\n\n\u201cWe have heard this story before.\n\n\u201cThis time "
      "we will not accept it.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Themba Nxumalo-Dube",
                                 "We have heard this story before.\n"
                                 "This time we will not accept it.")));
}

TEST(QuoteSpeakerTest, ANamedClauseBeforeAColonIsTheSpeakerNotAnEarlierVerb) {
  const std::string text =
      "Owen Marsh was less certain. \u201cIt is close,\u201d he said.\n\n"
      "Asked whether he had spoken with the governor, Daniel Marsh shook his "
      "head: \u201cNot a call.\u201d\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Owen Marsh", "It is close,"),
                                        Direct("Daniel Marsh", "Not a call.")));
}

TEST(QuoteSpeakerTest, ABodyNamedInsideADescriptionIsNotWhatItDescribes) {
  const std::string text =
      "Harrowgate Foods reported a drop in sales. Volume, a measure of how "
      "many bags the company sold, fell 6%.\n\nHarrowgate declined to "
      "comment. The company said in a statement that it \u201cregularly "
      "reviews its portfolio\u201d.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Harrowgate Foods",
                                                "regularly reviews its "
                                                "portfolio")));
}

TEST(QuoteSpeakerTest, WhoToldTheWordsSpeaksNotTheDocumentReportingThem) {
  const std::string text =
      "Dale Pruszynski, 52, was charged on Monday.\n\nWhen officers arrived "
      "at his home, he told them, \u201cI thought I hit a deer,\u201d "
      "according to the complaint.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Dale Pruszynski",
                                               "I thought I hit a deer,")));
}

TEST(QuoteSpeakerTest, AnEldersHonorificIsNoPartOfTheName) {
  const std::string text =
      "Gogo Thembisile Ngubane, 78, waited for water.\n\n\u201cWe were the "
      "emergency,\u201d said Gogo Thembisile Ngubane.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Thembisile Ngubane",
                                               "We were the emergency,")));
}

TEST(QuoteSpeakerTest, ADocumentFromANamedBodyIsTheBodys) {
  // By a body with "from", or in its possessive.
  const std::string text =
      "Growth will face \u201ca hard trade-off\u201d, according to the latest "
      "regional outlook from the Gulf Research Centre, a think tank.\n\n"
      "The gap is \u201cwidening, not closing\u201d, according to the Ocean "
      "Trust\u2019s latest Adaptation Gap Report, which estimates more.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Gulf Research Centre", "a hard trade-off"),
                          Partial("Ocean Trust", "widening, not closing")));
}

TEST(QuoteSpeakerTest, ANameShortenedFromTheEndIsTheFullerOne) {
  // (Another Tanvir's full name is the one the first name alone recalls.)
  const std::string text =
      "\u201cWe panicked,\u201d captain Tanvir Hasan Rony said.\n\n"
      "The board\u2019s head of operations, Tanvir Ahmed Chowdhury, was "
      "less forgiving. Chowdhury said the board would \u201csit with the "
      "selectors\u201d.\n\nAsked about the captaincy, Tanvir Ahmed said it "
      "was \u201ctoo early to talk about individuals\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Tanvir Hasan Rony", "We panicked,"),
                  Partial("Tanvir Ahmed Chowdhury", "sit with the selectors"),
                  Partial("Tanvir Ahmed Chowdhury",
                          "too early to talk about individuals")));
}

TEST(QuoteSpeakerTest, MalaysianAndHausaHonorificsAreNoPartOfTheName) {
  const std::string text =
      "Its chairman, Tan Sri Ahmad Zulkarnain Hashim, was conciliatory. "
      "\u201cWe will find a solution together,\u201d Tan Sri Zulkarnain "
      "said.\n\n\u201cTrust is the only weapon,\u201d said Hajiya Amina "
      "Garba Dikko, a rights campaigner.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Ahmad Zulkarnain Hashim",
                         "We will find a solution together,"),
                  Direct("Amina Garba Dikko", "Trust is the only weapon,")));
}

TEST(QuoteSpeakerTest, AChineseFamilyNameAfterAnEnglishFirstNameIsTheSurname) {
  // "Clarice Ong Hui Min" is "Ms Ong"; "Lim Wee Kiat", family name first,
  // shares "Lim" with "Darren Lim".
  const std::string text =
      "Minister Clarice Ong Hui Min spoke at the worksite.\n\n"
      "\u201cWe found this early,\u201d said Ms Ong.\n\n"
      "\u201cRents remain low,\u201d said the chief executive, Mr Darren "
      "Lim.\n\n"
      "Associate Professor Lim Wee Kiat of the university said disputes "
      "would recur.\n\n"
      "\u201cThe tension is built into the model,\u201d said Prof Lim.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Clarice Ong Hui Min", "We found this early,"),
                          Direct("Darren Lim", "Rents remain low,"),
                          Direct("Lim Wee Kiat",
                                 "The tension is built into the model,")));
}

TEST(QuoteSpeakerTest, AFullNameInACaptionNamesTheSurnameInTheStory) {
  // The story itself calls him only by his surname.
  const std::string text =
      "RAGING: Kenny McGlashan on the touchline at Bankside Park. Pic: Alan "
      "Rennie\n\n"
      "McGlashan, 52, who left his post as Scotland Under-21 assistant "
      "coach, said: \"I have watched it 20 times.\"\n\n"
      "Asked about the referee, he said: \"Writing? I will be phoning.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Kenny McGlashan", "I have watched it 20 times."),
                  Direct("Kenny McGlashan", "Writing? I will be phoning.")));
}

TEST(QuoteSpeakerTest, AReportTheTextSaysIsByANamedBodyIsThatBodys) {
  const std::string text =
      "Some patients were treated in a corridor that a new report describes "
      "as \u201cunsafe and undignified\u201d.\n\n"
      "The report, published on Tuesday by the Health Standards Inspectorate "
      "for Wales (HSIW), also found long queues.\n\n"
      "The report also criticised a \u201cculture of normalisation\u201d "
      "among staff.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Health Standards Inspectorate for Wales",
                                  "unsafe and undignified"),
                          Partial("Health Standards Inspectorate for Wales",
                                  "culture of normalisation")));
}

TEST(QuoteSpeakerTest, OneNameWithAnAgeIsAPerson) {
  // (Not a body, whom "she" could not stand for.)
  const std::string text =
      "Residents wade through floodwaters in Sumberejo village, Central "
      "Java, on Monday. (JP/Bagus Santoso)\n\n"
      "Suharti, 52, who sells fried snacks in front of her house, said the "
      "water rose \u201cfaster than a person can run\u201d.\n\n"
      "\u201cAt 11 p.m. it was only at the doorstep,\u201d she said in "
      "Javanese.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Suharti", "faster than a person can run"),
                          Direct("Suharti",
                                 "At 11 p.m. it was only at the doorstep,")));
}

TEST(QuoteSpeakerTest, WhoAfterADescriptionApposedToANameIsThePerson) {
  const std::string text =
      "The translation is by Anders Brekke, a Norwegian translator who "
      "describes their collaboration as \u201ca long, polite argument about "
      "commas\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Anders Brekke",
                                  "a long, polite argument about commas")));
}

TEST(QuoteSpeakerTest, ANumberOfMembersByInitialsIsKeptWithTheNumber) {
  const std::string text =
      "In a letter to Ms Malik last week, 43 MPs said the guidance "
      "\u201cfails the test of common sense\u201d.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("43 MPs", "fails the test of common sense")));
}

TEST(QuoteSpeakerTest, BrigadierAbbreviatedIsATitle) {
  const std::string text =
      "\u201cWe will act,\u201d regional police director Brig. Gen. Alfredo "
      "Santos Lacson said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Alfredo Santos Lacson", "We will act,")));
}

TEST(QuoteSpeakerTest, AnInitialAndASurnameOpeningASentenceAreItsSubject) {
  const std::string text =
      "A. Karthikeyan, State president of the students' front, called the "
      "hike \u201can attack on social justice\u201d.\n\n"
      "M. Pandiyammal, a farm labourer whose daughter is in the first year "
      "of M.Sc. Chemistry, had travelled to the campus. \u201cShe got a seat "
      "after two attempts,\u201d she said in Tamil.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("A. Karthikeyan", "an attack on social justice"),
          Direct("M. Pandiyammal", "She got a seat after two attempts,")));
}

TEST(QuoteSpeakerTest, ALaboratoryChainIsABody) {
  // "Diagnostics" ends a body's name, so "Trinetra" is the company.
  const std::string text =
      "A collection centre operated by Trinetra Diagnostics in Pune.\n\n"
      "In its response to Open File's questions, Trinetra said that every "
      "report was \u201cvalidated\u201d. The company said it had \u201czero "
      "tolerance\u201d for breaches.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Trinetra Diagnostics", "validated"),
                          Partial("Trinetra Diagnostics", "zero tolerance")));
}

TEST(QuoteSpeakerTest, ADocumentByABodyBeforeAnAsideIsTheBodys) {
  const std::string text =
      "A report by the Hospital Access Review Group, published in January, "
      "found that scheduling was \"over-reliant on manual processes\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Hospital Access Review Group",
                                  "over-reliant on manual processes")));
}

TEST(QuoteSpeakerTest, ALyricSungIsTheSingers) {
  // ("sung by" after a song's title is no cue: the title stays a term.)
  const std::string text =
      "On the title track, Okonkwo sings, "
      "\u201cLeave the door open, let the city in / I was never quiet, I "
      "was only listening.\u201d\n\n"
      "It closes with the ballad \u201cLamorna\u201d, sung by Orla Doyle.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Okonkwo",
                                 "Leave the door open, let the city in / I "
                                 "was never quiet, I was only listening."),
                          Term("Lamorna")));
}

TEST(QuoteSpeakerTest, TheNounABodyWasDescribedWithIsThatBody) {
  // (Not another body whose name ends in the noun.)
  const std::string text =
      "The case was handed to the Special Investigation Task Group.\n\n"
      "The Bantay Katarungan Network, a Central Luzon-based human rights "
      "group, said Mallari was the fourth official killed. \u201cEach "
      "killing that goes unsolved tells the next gunman it is safe,\u201d "
      "the group said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Bantay Katarungan Network",
                                 "Each killing that goes unsolved tells the "
                                 "next gunman it is safe,")));
}

TEST(QuoteSpeakerTest, APlaceNamedAsSubjectIsNotShe) {
  // (Neither as the subject nor only mentioned: "moved to Vardal Ice
  // Hall".)
  const std::string text =
      "Noemi Carrasco Vidal runs the kitchen at Pozo Alto.\n\n"
      "Pozo Alto, which opened in 2017, now has a waiting list.\n\n"
      "\u201cNobody needs to elevate her,\u201d she says.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Noemi Carrasco Vidal",
                                               "Nobody needs to elevate "
                                               "her,")));
  const std::string moved =
      "Sigrid Haugland calls the line during a practice at Vardala Ice "
      "Hall.\n\n"
      "Their coach is Kim Hye-jin, a former international who moved to "
      "Vardala, she says, \u201cfor three months, as a favour\u201d.\n";
  EXPECT_THAT(
      Quotes(moved),
      ElementsAre(Partial("Kim Hye-jin", "for three months, as a favour")));
}

TEST(QuoteSpeakerTest, TheFirstOfTwoSurnamesIsThePerson) {
  // (A first name the lists do not know; a maternal surname after "de".)
  const std::string text =
      "\u201cThere are three rangers,\u201d according to Yendry Quesada "
      "Obando, who coordinates the cooperative.\n\n"
      "\u201cThe harvest pays for the school bus,\u201d Quesada said.\n\n"
      "In the neighborhood, Rosa Elvira Cantero de Lara, a seamstress, has "
      "kept four tanks.\n\n"
      "\u201cWe learned our lesson,\u201d Cantero said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Yendry Quesada Obando", "There are three rangers,"),
          Direct("Yendry Quesada Obando",
                 "The harvest pays for the school bus,"),
          Direct("Rosa Elvira Cantero de Lara", "We learned our lesson,")));
}

TEST(QuoteSpeakerTest, PortfoliosInAListBeforeTheName) {
  // ("Minister of Livestock, Agriculture and Fisheries X"; "Supply" and
  // "Climate Change" are portfolios.)
  const std::string text =
      "Minister of Livestock, Agriculture and Fisheries Gonzalo Arrieta "
      "Pivel said the rules would apply.\n\n"
      "\u201cMontevideo is an open port,\u201d Arrieta said.\n\n"
      "Deputy Minister of Environment, Urbanization and Climate Change "
      "Hulya Aydemir, who toured the site, said the work was done. "
      "\u201cWe promised the people,\u201d she said.\n\n"
      "Minister of Supply Hisham Farouk Abdel-Latif said: \u201cThe state "
      "will buy every grain.\u201d\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Gonzalo Arrieta Pivel",
                                 "Montevideo is an open port,"),
                          Direct("Hulya Aydemir", "We promised the people,"),
                          Direct("Hisham Farouk Abdel-Latif",
                                 "The state will buy every grain.")));
}

TEST(QuoteSpeakerTest, TheLastWordOfABodysNameAfterThe) {
  // ("the Prefecture" after "the Coastal Naval Prefecture", a name not read
  // as a body's.)
  const std::string text =
      "In Buenos Aires, the Coastal Naval Prefecture welcomed the "
      "decision. \u201cAny measure is good news,\u201d the Prefecture said "
      "in a statement.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Coastal Naval Prefecture",
                                               "Any measure is good news,")));
}

TEST(QuoteSpeakerTest, AFirstNameBeforeAPluralPossessiveInABodysName) {
  // ("Israel" and "Kenya" are first names too.)
  const std::string text =
      "\"This is the first time,\" the Israel Tenants' Forum said in a "
      "statement.\n\n"
      "\"It is a beginning,\" the Kenya Tenants' Association said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Israel Tenants' Forum", "This is the first time,"),
                  Direct("Kenya Tenants' Association", "It is a beginning,")));
}

TEST(QuoteSpeakerTest, ABodysShortNameInBracketsInItsOwnLanguage) {
  // (Its letters are not the English name's initials.)
  const std::string text =
      "The National Water Commission (Conagua) said in a statement that "
      "62% of the country was affected. \u201cThe drought is severe,\u201d "
      "Conagua said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("National Water Commission",
                                               "The drought is severe,")));
}

TEST(QuoteSpeakerTest, ASpeakerAfterACommaAndIsAnotherClauses) {
  // (The verb before the quotation has its speaker.)
  const std::string text =
      "Sen. Leonard Achebe (D-Mass.) said the bill still contained "
      "\u201ca crypto carve-out\u201d from the rules, and Sen. Catherine "
      "Quon (D-Calif.) warned that it would fail.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Leonard Achebe", "a crypto carve-out")));
}

TEST(QuoteSpeakerTest, TheCompanyIsTheBusinessNamedBio) {
  // (Not the advocacy group named since.)
  const std::string text =
      "Halvorsen Bio said 11 of the 12 patients had no crises.\n\n"
      "Tomeka Braithwaite, who directs the Sickle Cell Family Alliance, said "
      "her group has heard from dozens of families.\n\n"
      "The company said it expects to \u201cbegin dosing by the fourth "
      "quarter,\u201d pending talks with regulators.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Halvorsen Bio",
                                  "begin dosing by the fourth quarter,")));
}

TEST(QuoteSpeakerTest, ThePersonAStatementQuotedBeforeAColon) {
  const std::string text =
      "Kestrel Aerospace said the lander survived. The statement also "
      "quoted Kestrel's chief executive, Delphine Marchetti-Wu: \"This "
      "mission was always about proving a point.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Delphine Marchetti-Wu",
                                 "This mission was always about proving a "
                                 "point.")));
}

TEST(QuoteSpeakerTest, TheEndOfABodysNameAfterOfIsNoOne) {
  // ("Infection Studies, who" is no "he".)
  const std::string text =
      "\u201cThe trial is well designed,\u201d says Declan Farrow-Mbeki at "
      "the London Institute of Infection Studies, who was not involved in "
      "the research. He points out that participants could feel the "
      "difference.\n\n"
      "\u201cGel and salt water do not feel the same,\u201d he says.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Declan Farrow-Mbeki", "The trial is well designed,"),
                  Direct("Declan Farrow-Mbeki",
                         "Gel and salt water do not feel the same,")));
}

TEST(QuoteSpeakerTest, TheAndAPluralIsTheClubNamedWithIt) {
  // (The club's full name was only mentioned, after "of the".)
  const std::string text =
      "Sione Taufa, 26, captain of the Redbank Kookaburras, pleaded guilty "
      "on Wednesday.\n\n"
      "The Kookaburras said in a statement the club \"does not condone "
      "violence of any kind\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Redbank Kookaburras",
                                  "does not condone violence of any kind")));
}

TEST(QuoteSpeakerTest, ADepartmentNamedTheOtherWayRound) {
  // ("the Energy Department" after "the U.S. Department of Energy".)
  const std::string text =
      "The plan cleared a federal hurdle Wednesday, when the U.S. "
      "Department of Energy granted the company authorization to ship "
      "gas.\n\n"
      "In a statement, the Energy Department said the authorization was "
      "\"consistent with the public interest.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("U.S. Department of Energy",
                                  "consistent with the public interest.")));
}

TEST(QuoteSpeakerTest, ACatalanNameJoinedByI) {
  const std::string text =
      "\u201cWe are not against tourists,\u201d said Montserrat Puigvert i "
      "Roca, a spokesperson for the residents.\n\n"
      "\u201cHalf of us will be gone,\u201d Puigvert said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Montserrat Puigvert i Roca", "We are not against tourists,"),
          Direct("Montserrat Puigvert i Roca", "Half of us will be gone,")));
}

TEST(QuoteSpeakerTest, PortfoliosWithAndTheBeforeTheName) {
  // ("Food" is no portfolio alone, but stands among them.)
  const std::string text =
      "Minister for Agriculture, Food and the Marine Seán Ó Briain told the "
      "Dáil that the Government was making \"every possible case\" to the "
      "Commission.\n\n"
      "\"I am not going to promise farmers an outcome,\" Ó Briain said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Seán Ó Briain", "every possible case"),
                          Direct("Seán Ó Briain",
                                 "I am not going to promise farmers an "
                                 "outcome,")));
}

TEST(QuoteSpeakerTest, TheJudgesAreTheJusticesNamedTogether) {
  const std::string text =
      "Justices R. Anandavalli and K. Sethuraman directed the Board to file "
      "a fresh report. \u201cA river cannot be cleaned by letters "
      "alone,\u201d the judges observed.\n\n"
      "Judges Mary Kline and Tom Reyes directed the Board to file a report. "
      "\u201cThe deadline stands,\u201d the judges said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("R. Anandavalli and K. Sethuraman",
                         "A river cannot be cleaned by letters "
                         "alone,"),
                  Direct("Mary Kline and Tom Reyes", "The deadline stands,")));
}

TEST(QuoteSpeakerTest, ParticleInsideABodysNameBeforeAnAppositive) {
  // ("de" and "del" join the body's words; they are no description before
  // a person's name.)
  const std::string text =
      "Wages rose 3.1 percent in July.\n\n"
      "The Confederaci\u00f3n de Trabajadores del Comercio (CTC), one of the "
      "largest unions, said its members had \"lost a year of purchasing "
      "power in eight months.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Confederaci\u00f3n de Trabajadores del "
                                  "Comercio",
                                  "lost a year of purchasing power in eight "
                                  "months.")));
}

TEST(QuoteSpeakerTest, PersonOfAnEmployerIsNoBodysName) {
  // ("according to Marietjie du Plessis" later is the person, not a body
  // named "Marietjie du Plessis of Kransberg Capital".)
  const std::string text =
      "Platinum prices fell again.\n\n"
      "Mining analyst Marietjie du Plessis of Kransberg Capital said the "
      "cuts were \"probably just the beginning\" for the sector.\n\n"
      "The stock has fallen \"further and faster than the metal itself\" "
      "this year, according to Marietjie du Plessis.\n\n"
      "Analyst Lakshmi Menon of Orrin Capital said the sector was "
      "\"oversold\".\n\n"
      "Demand is \"unlikely to recover before 2027\", according to Lakshmi "
      "Menon.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Marietjie du Plessis", "probably just the beginning"),
          Partial("Marietjie du Plessis",
                  "further and faster than the metal itself"),
          Partial("Lakshmi Menon", "oversold"),
          Partial("Lakshmi Menon", "unlikely to recover before 2027")));
}

TEST(QuoteSpeakerTest, MalayPatronymicKeepsItsParticle) {
  // ("binti" joins the name like "bin"; the given names alone later are
  // the same person.)
  const std::string text =
      "Education Minister Datuk Seri Ahmad Faizal bin Abdul Rahman announced "
      "the test today.\n\n"
      "Ahmad Faizal said it would not be \"a return to the old exam "
      "culture\".\n\n"
      "Director-general Nurul Aina binti Kamarudin said the ministry would "
      "pilot the test. \"It will cover four subjects,\" she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ahmad Faizal bin Abdul Rahman",
                                  "a return to the old exam culture"),
                          Direct("Nurul Aina binti Kamarudin",
                                 "It will cover four subjects,")));
}

TEST(QuoteSpeakerTest, TheTitleAloneIsThePersonNamedAfterIt) {
  // (A first name the records lack: the name is registered under its
  // surname and was written after the title.)
  const std::string text =
      "T\u00e1naiste Fergal Moynihan, who visited Bandon this afternoon, said "
      "the Government would reopen the scheme.\n\n"
      "\u201cWhat I saw today was heartbreaking,\u201d the T\u00e1naiste "
      "said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Fergal Moynihan",
                                 "What I saw today was heartbreaking,")));
}

TEST(QuoteSpeakerTest, TheCapitalisedBenchIsTheJudgesNamedTogether) {
  const std::string text =
      "A Division Bench of Justices K. R. Srinivasan and Fathima Begum "
      "Rasheed of the Madras High Court on Wednesday ordered the closure of "
      "14 units, holding that the Board had \u201clooked the other way\u201d "
      "for years.\n\n"
      "\u201cSludge was stored in open pits,\u201d the Bench observed.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("K. R. Srinivasan and Fathima Begum Rasheed",
                                  "looked the other way"),
                          Direct("K. R. Srinivasan and Fathima Begum Rasheed",
                                 "Sludge was stored in open pits,")));
}

TEST(QuoteSpeakerTest, AWordBeforeATitleAndItsPortfolios) {
  // ("Federal" is no one's first name; the title and portfolios describe
  // the person, so "the minister" later is him.)
  const std::string text =
      "ISLAMABAD: Federal Minister for Planning and Development Kamran Aziz "
      "Qureshi on Friday rejected the demand, saying the government had "
      "\"nothing to hide\".\n\n"
      "The minister also said that the \"door of dialogue remains open\" to "
      "the opposition.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Kamran Aziz Qureshi", "nothing to hide"),
                          Partial("Kamran Aziz Qureshi",
                                  "door of dialogue remains open")));
}

TEST(QuoteSpeakerTest, APortfolioOfTwoWordsBeforeAnd) {
  const std::string text =
      "Minister for Physical Infrastructure and Transport Devendra Kumar "
      "Shrestha, speaking in Lalitpur, accused the operators of holding "
      "passengers \"hostage\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Devendra Kumar Shrestha", "hostage")));
}

TEST(QuoteSpeakerTest, RecordedFirstNameAfterABodysLastWord) {
  // ("Yasir" is in the birth records, not in the list of given names.)
  const std::string text =
      "Leader of the Opposition in the National Assembly Yasir Khan Laghari "
      "called the remarks \"a textbook case of arrogance\".\n\n"
      "\"The people are paying,\" Mr Laghari told reporters.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Yasir Khan Laghari", "a textbook case of arrogance"),
                  Direct("Yasir Khan Laghari", "The people are paying,")));
}

TEST(QuoteSpeakerTest, ABaronessNamedByTitleAloneKeepsIt) {
  const std::string text =
      "Baroness Penhallow, the Liberal Democrat peer who has campaigned for "
      "an audit, said the VIP lane had been \"an open door for chancers\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Baroness Penhallow",
                                                "an open door for chancers")));
}

TEST(QuoteSpeakerTest, ARoleInLowerCaseBetweenAndAndATitledName) {
  const std::string text =
      "In a joint statement, First Minister M\u00e1ire Keenan and deputy "
      "First Minister Jonathan Crothers said: \"The Executive is united.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("M\u00e1ire Keenan and Jonathan Crothers",
                                 "The Executive is united.")));
}

TEST(QuoteSpeakerTest, GerundSubjectAfterDespite) {
  const std::string text =
      "Parents have vowed to fight the plans, after inspectors rated the "
      "school inadequate despite headteacher Claire Lumb insisting it had "
      "made \"huge strides\" since its last inspection.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Claire Lumb", "huge strides")));
}

TEST(QuoteSpeakerTest, TheNationalityAndRoleIsTheSubjectOfTheSentenceBefore) {
  // (No one was described as Argentine or Danish; the defender named in
  // the relative clause is not meant.)
  const std::string text =
      "Ridgeline led through a penalty from captain Jonas Vestergaard, "
      "before Daniel Arce crossed for the equaliser.\n\n"
      "Arce, who had also set up a goal for defender Malik Henshaw, was more "
      "measured. Asked about it, the Argentine midfielder said: \"It is one "
      "game.\"\n\n"
      "Vestergaard was blunter still. The Danish defender told ESPN that his "
      "team had \"switched off like schoolboys\" after going ahead.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Daniel Arce", "It is one game."),
                          Partial("Jonas Vestergaard",
                                  "switched off like schoolboys")));
}

TEST(QuoteSpeakerTest, AVerbAfterANameIsNoDescription) {
  // ("called" is the verb of the sentence's subject; the body after it is
  // its object, not the one who "said".)
  const std::string text =
      "Chief executive Warren Pike called Lantern Row Books \"sharp\" and "
      "said the deal was \"about talent, not catalog.\"\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Warren Pike", "sharp"),
                                        Partial("Warren Pike",
                                                "about talent, not catalog.")));
}

TEST(QuoteSpeakerTest, AStageNameThatOpensWithATitle) {
  const std::string text =
      "Organizer Driftwood Presents cited \"unforeseen circumstances\".\n\n"
      "Rapper Bishop Nine, who was due to headline Saturday night, was among "
      "the first to raise the alarm. He wrote on X: \"Pulled up to the site "
      "and there's no stage manager.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Driftwood Presents", "unforeseen circumstances"),
                  Direct("Bishop Nine",
                         "Pulled up to the site and there's no stage "
                         "manager.")));
}

TEST(QuoteKindTest, AShortTitleBeforeItsNounIsATerm) {
  const std::string text =
      "Speaking later on Variety's \"Awards Circuit\" podcast, Marsh said "
      "the role had been \"the hardest and the happiest\" of her career.\n\n"
      "The album features a duet on \"Paper Cathedrals,\" a track Castellanos "
      "described as \"the heart of the whole thing.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Term("Awards Circuit"),
                  Partial("Marsh", "the hardest and the happiest"),
                  Term("Paper Cathedrals,"),
                  Partial("Castellanos", "the heart of the whole thing.")));
}

TEST(QuoteSpeakerTest, AClubsInitialsBeforeItsName) {
  const std::string text =
      "Ashcombe Rovers have signed striker Andriy Kovalenko from Portuguese "
      "side CD Valmonte for a club-record fee.\n\n"
      "Valmonte said in a statement that the club had accepted the offer "
      "\"with sadness\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("CD Valmonte", "with sadness")));
}

TEST(QuoteSpeakerTest, ARelativeClauseWithWhoseHoldingATitle) {
  // (The title in the clause stays a term; the quotation after the verb
  // is the subject's.)
  const std::string text =
      "R&B singer Ameline, whose single \u201cHoney in the Engine\u201d has "
      "been a breakout hit, wrote on Instagram that her crew had been "
      "\u201ctreated like furniture\u201d.\n\n"
      "Ferro, whose debut feature \"Low Country\" won the audience award, "
      "said she had been \"stunned\" by the reaction.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("Honey in the Engine"),
                          Partial("Ameline", "treated like furniture"),
                          Term("Low Country"), Partial("Ferro", "stunned")));
}

TEST(QuoteSpeakerTest, ASecondPortfolioAfterForBeforeTheName) {
  const std::string text =
      "Senior Minister of State for Transport Clarice Ong Hui Min, speaking "
      "to reporters at the worksite, said the delay was \"disappointing but "
      "not surprising\" given the geology.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Clarice Ong Hui Min",
                                  "disappointing but not surprising")));
}

TEST(QuoteSpeakerTest, TheTitleNoOneIsNamedWithIsTheSubjectBefore) {
  // (The paragraph before is not read for quotations; its sentences are.
  // A plural is no title: "The Kings" is not Dunphy.)
  const std::string text =
      "Ciar\u00e1n Dunphy rejected the characterisation and accused Sinn "
      "F\u00e9in of opposing housing.\n\n"
      "\u201cDeputy Murphy likes to talk down everything,\u201d the Taoiseach "
      "said.\n\n"
      "The Kings confirmed the diagnosis, saying Mercer would undergo \"a "
      "full evaluation\".\n";
  const std::vector<Q> quotes = Quotes(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0], Direct("Ciar\u00e1n Dunphy",
                              "Deputy Murphy likes to talk down everything,"));
  EXPECT_NE(quotes[1].speaker, "Ciar\u00e1n Dunphy");
}

TEST(QuoteSpeakerTest, AShortFormFirstSeenAsAPersonIsTheBusiness) {
  // (The caption's possessive registers "Ukhozi Platinum" as a person's
  // name; the body names the business with its legal form.)
  const std::string text =
      "Mineworkers at the end of a shift at Ukhozi Platinum's Bospoort "
      "shaft near Brits.\n\n"
      "Ukhozi Platinum Holdings will cut about 2 100 jobs, the company said "
      "on Tuesday.\n\n"
      "Ukhozi said in a statement that it would begin consultations "
      "\"within the next 14 days\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Ukhozi Platinum Holdings",
                                                "within the next 14 days")));
}

TEST(QuoteSpeakerTest, ANameAfterARelativeClauseEndsTheSentence) {
  const std::string text =
      "\u201cI walk past that corner every morning,\u201d said a night-shift "
      "nurse who lives two blocks from the warehouse, Hodan Abdi-Warsame. "
      "\u201cI want these people to have beds.\u201d\n\n"
      "\u201cHe taught us to lose,\u201d said a point guard on his 1988 "
      "team who is now a tribal court judge, Loretta Bordeaux.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Hodan Abdi-Warsame",
                                 "I walk past that corner every morning,"),
                          Direct("Hodan Abdi-Warsame",
                                 "I want these people to have beds."),
                          Direct("Loretta Bordeaux", "He taught us to lose,")));
}

TEST(QuoteSpeakerTest, ATitledNameBeforeARelativeClauseWithATitle) {
  const std::string text =
      "Director Kasia Nowicka, whose space drama \u201cGlassworks\u201d opened "
      "at No. 1 in July, told Deadline that the artists had worked "
      "\u201csixteen-hour days for months\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Term("Glassworks"),
                  Partial("Kasia Nowicka", "sixteen-hour days for months")));
}

TEST(QuoteSpeakerTest, SharesDoNotSpeakTheirCompanyDoes) {
  const std::string text =
      "Shares in Pemberton Group fell 18 per cent on Thursday after the "
      "retailer issued its third profit warning in a year, blaming "
      "\"exceptionally subdued\" Christmas trading.\n\n"
      "Shares of Brightwell Technologies fell after it cut its forecast, "
      "citing \"weak demand\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Pemberton Group", "exceptionally subdued"),
                          Partial("Brightwell Technologies", "weak demand")));
}

TEST(QuoteSpeakerTest, InitialsSpelledOutLater) {
  // (Not a shorter form's initials: "EPA" stays, though "Domestic Energy
  // Producers Alliance" drops to it.)
  const std::string text =
      "The first squid season was \"one of the poorest on record\", FIG "
      "said on Monday.\n\n"
      "The Falkland Islands Government (FIG) has brought forward the "
      "closure of the season.\n\n"
      "EPA said the delay gives industry \"breathing room\".\n\n"
      "\"It was never realistic,\" said the president of the Domestic Energy "
      "Producers Alliance, Curtis Bell.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Falkland Islands Government",
                                  "one of the poorest on record"),
                          Partial("EPA", "breathing room"),
                          Direct("Curtis Bell", "It was never realistic,")));
}

TEST(QuoteSpeakerTest, ABareSpokespersonSpeaksForTheBodyBefore) {
  // (Not across a paragraph, and not one "for" someone: those stay as
  // written.)
  const std::string text =
      "Harbour Grid Networks said about 41,000 homes were without power. A "
      "spokesperson said crews would work \"through the night\".\n\n"
      "Kestrel Water said it had fixed the main.\n\n"
      "A spokeswoman added: \"We are sorry for the disruption.\"\n\n"
      "Tolland Rail said services would resume. A spokesman for the "
      "drivers said that was \"far too optimistic\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Harbour Grid Networks", "through the night"),
          Direct("A spokeswoman", "We are sorry for the disruption."),
          Partial("A spokesman for the drivers", "far too optimistic")));
}

TEST(QuoteSpeakerTest, TraditionalLeadersTitles) {
  const std::string text =
      "\"When the mine sneezes, the village catches a cold,\" said Kgosi "
      "Mothibi Segokgo.\n\n"
      "\"They went to pick beans,\" Bulama Ali Modu Kachalla said.\n\n"
      "\"I was told to make a nuisance of myself,\" said Substitute Sean "
      "Ryan.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Mothibi Segokgo",
                 "When the mine sneezes, the village catches a cold,"),
          Direct("Ali Modu Kachalla", "They went to pick beans,"),
          Direct("Sean Ryan", "I was told to make a nuisance of myself,")));
}

TEST(QuoteSpeakerTest, FirstNameFromACaptionOrACapitalsLede) {
  // (Not when two people share the surname: "Ms Brennan" and "Mr
  // Brennan".)
  const std::string text =
      "Kanemura President Takeshi Moriyama says Malaysia won. (Photo by "
      "Kenji Araki)\n\n"
      "\"Penang has the engineers,\" Moriyama told Nikkei Asia.\n\n"
      "WHEN DAVID HOLLOWAY opened his first shop, rivals laughed.\n\n"
      "\"We were never going to be small,\" Holloway said.\n\n"
      "Anne Brennan said her father waited for hours. \"I told the nurse "
      "I'd had worse shifts,\" Mr Brennan said. \"It was cold,\" Ms Brennan "
      "said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Takeshi Moriyama", "Penang has the engineers,"),
                  Direct("David Holloway", "We were never going to be small,"),
                  Direct("Brennan", "I told the nurse I'd had worse shifts,"),
                  Direct("Anne Brennan", "It was cold,")));
}

TEST(QuoteSpeakerTest, MaoriAndSamoanHonorifics) {
  const std::string text =
      "\"We didn't get everything,\" said Tā Hemi Te Whiu.\n\n"
      "\"Robust for who?\" Whaea Rangi Kereama asked.\n\n"
      "\"We had no budget,\" said Afioga Seiuli Mikaele Petaia.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Hemi Te Whiu", "We didn't get everything,"),
                  Direct("Rangi Kereama", "Robust for who?"),
                  Direct("Seiuli Mikaele Petaia", "We had no budget,")));
}

TEST(QuoteSpeakerTest, ASurnameWithAParticleEndsTheFullName) {
  // (Not the other Fernández: "Fernández Ibáñez" is no relation.)
  const std::string text =
      "\"We came out with a different number,\" says María José Fernández "
      "de la Cruz, a glaciologist.\n\n"
      "Co-author Tomás Fernández Ibáñez says the drone work was hard. \"We "
      "lost four drones,\" he said.\n\n"
      "\"It's being cut off at the ankles,\" Fernández de la Cruz says.\n\n"
      "\"Students are paying the price,\" said Comrade Emeka Okafor.\n\n"
      "\"The court has listened to us,\" said Siddalinge Gowda, a farmer.\n\n"
      "Water Resources Minister H.N. Rame Gowda told The Hindu the state "
      "would comply.\n\n"
      "\"We will place all the documents before the court,\" Mr. Rame Gowda "
      "said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("María José Fernández de la Cruz",
                         "We came out with a different number,"),
                  Direct("Tomás Fernández Ibáñez", "We lost four drones,"),
                  Direct("María José Fernández de la Cruz",
                         "It's being cut off at the ankles,"),
                  Direct("Emeka Okafor", "Students are paying the price,"),
                  Direct("Siddalinge Gowda", "The court has listened to us,"),
                  Direct("H.N. Rame Gowda",
                         "We will place all the documents before the court,")));
}

TEST(QuoteSpeakerTest, OceansIsAPortfolioButACanadianDepartmentKeepsItsAnd) {
  const std::string text =
      "Oceans and Fisheries Minister Simon Aldridge said the decision was "
      "\"not one I take lightly\".\n\n"
      "Fisheries and Oceans Canada said the stock was \"as low as "
      "possible\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Simon Aldridge", "not one I take lightly"),
                          Partial("Fisheries and Oceans Canada",
                                  "as low as possible")));
}

TEST(QuoteSpeakerTest, ABodysNameInFullAroundTheWordsRead) {
  // (Not two bodies: "Capita", named on its own, is no part of the
  // ministry's name.)
  const std::string text =
      "The French Ministry for the Economy and Finance said in an email "
      "that it \"takes note\" of the decision.\n\n"
      "Nevada's Medicaid agency, the Division of Health Care Financing and "
      "Policy, said in an email that it was \"exploring additional "
      "supports\".\n\n"
      "The country's water agency, the Dirección General de Aguas (DGA), "
      "said it was \"reviewing the study\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("French Ministry for the Economy and Finance", "takes note"),
          Partial("Division of Health Care Financing and Policy",
                  "exploring additional supports"),
          Partial("Dirección General de Aguas", "reviewing the study")));
  const std::string two_bodies =
      "The MPs said the contract between the Ministry of Defence and "
      "Capita, which has run Army recruitment since 2012, had failed.\n\n"
      "Capita said it had made \"significant improvements\".\n\n"
      "In a statement, the company said: \"We are proud of our "
      "partnership.\"\n";
  EXPECT_THAT(
      Quotes(two_bodies),
      ElementsAre(Partial("Capita", "significant improvements"),
                  Direct("Capita", "We are proud of our partnership.")));
}

TEST(QuoteSpeakerTest, TheReportingVerbAtTheEndOutranksAGerundsSubject) {
  const std::string text =
      "Senegal on Thursday suspended the permit of the mine, accusing the "
      "miner of \"grave breaches\" of its obligations, the Ministry of Energy "
      "said.\n\n"
      "Senegal on Friday fined the miner, accusing it of \"negligence\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ministry of Energy", "grave breaches"),
                          Partial("Senegal", "negligence")));
}

TEST(QuoteSpeakerTest, PeopleKnownForWhatTheyPost) {
  const std::string text =
      "Tech YouTuber Priya Jagannathan, whose channel has six million "
      "subscribers, was blunt. \"I wanted to love it,\" she said.\n\n"
      "\"It's a scam,\" said food blogger Dana Whitcombe.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Priya Jagannathan", "I wanted to love it,"),
                          Direct("Dana Whitcombe", "It's a scam,")));
}

TEST(QuoteHeadlineTest, AStraightSingleQuoteClosingAfterAComma) {
  const std::string text =
      "Thousands walk out at plane-parts maker: 'We're done waiting,' union "
      "chief says\n\n"
      "\"We're done waiting,\" said Tomas Ibarra, the local's president, as "
      "picket lines formed.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Tomas Ibarra", "We're done waiting,"),
                          Direct("Tomas Ibarra", "We're done waiting,")));
}

TEST(QuoteSpeakerTest, AnAiCompanysShortName) {
  const std::string text =
      "Senators tore into the chief executive of Meridian AI over the "
      "leak.\n\n"
      "Meridian, in a statement released as the hearing ended, said it "
      "\"welcomes thoughtful federal standards\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Meridian AI",
                                  "welcomes thoughtful federal standards")));
}

TEST(QuoteSpeakerTest, InitialsThenTheNameTheyStandFor) {
  // (Not a description after them: "NASA, the space agency".)
  const std::string text =
      "PhRMA, the Pharmaceutical Research and Manufacturers of America, said "
      "the cap \"does nothing\" for patients.\n\n"
      "NASA, the space agency, said the launch was \"on track\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Pharmaceutical Research and Manufacturers of America",
                  "does nothing"),
          Partial("NASA", "on track")));
}

TEST(QuoteSpeakerTest, ATitlesListOfPortfolios) {
  const std::string text =
      "\"We won,\" said Minister for Health, Housing and Transport Ana "
      "Ruiz.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Ana Ruiz", "We won,")));
}

TEST(QuoteSpeakerTest, ACompoundFirstNameBeforeOfAndAFirm) {
  const std::string text =
      "Marc-André Tremblay of Laurentian Capital Markets asked whether the "
      "campaign had cut sales. \"Why not just cut the price?\" he asked.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Marc-André Tremblay",
                                               "Why not just cut the price?")));
}

TEST(QuoteHeadlineTest, AHeadlineTellsABodyQuotationAgain) {
  const std::string text =
      "\"We lost everything in 20 minutes\": residents count the cost of "
      "the fire\n\n"
      "\"We lost the lot in 20 minutes. Everything,\" said Graham Tully, 71, "
      "standing in the ash of his kitchen.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Graham Tully", "We lost everything in 20 minutes"),
                  Direct("Graham Tully",
                         "We lost the lot in 20 minutes. Everything,")));
}

TEST(QuoteSpeakerTest, AGenerationInCapitalsEndsAName) {
  // "III" is no acronym after two names; "Mr. Pruett" is him.
  const std::string text =
      "Chief Executive J. Ramsey Pruett III said the board would meet. "
      "\"We are strong,\" Mr. Pruett said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("J. Ramsey Pruett III", "We are strong,")));
}

TEST(QuoteSpeakerTest, ASurnameAtAFirm) {
  // "Weber at Meridian" is Anna Weber, not a person of that name.
  const std::string text =
      "\"Buying time is costly,\" said Anna Weber, an economist at Meridian "
      "Straits Capital.\n\n"
      "Weber at Meridian said the \"real test\" would come in April.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Anna Weber", "Buying time is costly,"),
                          Partial("Anna Weber", "real test")));
}

TEST(QuoteSpeakerTest, ADepartmentsListOfPortfoliosIsOneBody) {
  const std::string text =
      "According to the Department of Housing, Local Government and "
      "Heritage, the figures point to \"a strong pipeline of activity\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial(
                  "Department of Housing, Local Government and Heritage",
                  "a strong pipeline of activity")));
}

TEST(QuoteSpeakerTest, EthiopianSwahiliIrishAndSportsTitles) {
  const std::string text =
      "\"Nobody is being evicted,\" said Ato Yonas Tadesse Gebremedhin.\n\n"
      "\"We were paid late and short,\" said Mzee Fred Kasangaki.\n\n"
      "\"Resume your seats,\" said Ceann Comhairle Seán Mac Cárthaigh.\n\n"
      "\"Honestly? That helped,\" said Rookie Jaylen Kittredge.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Yonas Tadesse Gebremedhin", "Nobody is being evicted,"),
          Direct("Fred Kasangaki", "We were paid late and short,"),
          Direct("Seán Mac Cárthaigh", "Resume your seats,"),
          Direct("Jaylen Kittredge", "Honestly? That helped,")));
}

TEST(QuoteSpeakerTest, TheOneWordRoleOfTheParagraphsSubject) {
  // "the CEO said" after a paragraph about Byaruhanga is him, though no
  // text called him the CEO; "the administrators" (plural, no reporting
  // verb) stay as written.
  const std::string text =
      "Robert Kato Byaruhanga runs the pipeline firm.\n\n"
      "Byaruhanga was unmoved by the criticism. \"The crude is in the "
      "ground,\" the CEO said.\n\n"
      "Lenders offered new money, an offer the administrators rejected as "
      "\"not deliverable\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Robert Kato Byaruhanga",
                                 "The crude is in the ground,"),
                          Partial("the administrators", "not deliverable")));
}

TEST(QuoteSpeakerTest, OneElectedToARole) {
  const std::string text =
      "Joseph Mwangi Gachanja won the seat.\n\n"
      "Mr Gachanja, 52, dismissed the claims. \"I want to thank the "
      "people,\" the MP-elect said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Joseph Mwangi Gachanja",
                                               "I want to thank the people,")));
}

TEST(QuoteSpeakerTest, ATitleAloneIsThePersonNamedWithIt) {
  // The standfirst's "Health Minister" is the one named after it; "the
  // Tánaiste" the one named before.
  const std::string text =
      "Five-year wait for a hip operation\n\n"
      "Health Minister says figures are “unacceptable” but warns there is "
      "no quick fix\n\n"
      "Health Minister Alan Corry-Fullerton said the numbers were "
      "“unacceptable”. Tánaiste Colm Brennan said the Opposition had “no "
      "plan”.\n\n"
      "Later the Tánaiste said: “We will take no lectures.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Alan Corry-Fullerton", "unacceptable"),
                          Partial("Alan Corry-Fullerton", "unacceptable"),
                          Partial("Colm Brennan", "no plan"),
                          Direct("Colm Brennan", "We will take no lectures.")));
}

TEST(QuoteSpeakerTest, TwoWordsInsideAFullerName) {
  const std::string text =
      "The spokesperson, Dr Hisham Abdel Moneim el-Sayed, denied the "
      "reports.\n\n"
      "\"There is no shortage,\" Abdel Moneim said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Hisham Abdel Moneim el-Sayed",
                                               "There is no shortage,")));
}

TEST(QuoteSpeakerTest, ANicknameInSingleMarksInsideAName) {
  const std::string text =
      "Label president Andre ‘Dre’ Castellanos said the label expected a "
      "top-three debut. “Nobody had us at No. 1,” Castellanos said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Andre Castellanos",
                                               "Nobody had us at No. 1,")));
}

TEST(QuoteSpeakerTest, InitialsThenTheNameInBracketsAfterADescription) {
  // "PGMOL (...)" spells the initials out after them; "later" stands
  // between the brackets and the verb; "Referees' body" describes it.
  const std::string text =
      "PGMOL (Professional Game Match Officials Limited) later said VAR had "
      "“correctly identified a clear error”. Referees’ body PGMOL said it "
      "would “review the call”.\n\n"
      "The NGO Climate Accountability Europe said: “Every month brings a new "
      "record.”\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Professional Game Match Officials Limited",
                                  "correctly identified a clear error"),
                          Partial("Professional Game Match Officials Limited",
                                  "review the call"),
                          Direct("Climate Accountability Europe",
                                 "Every month brings a new record.")));
}

TEST(QuoteSpeakerTest, ABodyNamedBeforeWithItsCountrysAdjective) {
  const std::string text =
      "The Ukrainian Air Force said Russia had launched 112 drones. \"We "
      "shot down 90,\" it said.\n\n"
      "\"Our air defense cannot be everywhere at once,\" the Air Force said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Ukrainian Air Force", "We shot down 90,"),
                  Direct("Ukrainian Air Force",
                         "Our air defense cannot be everywhere at once,")));
}

TEST(QuoteSpeakerTest, APortfolioOfTwoWordsJoinedByAnd) {
  // "Sports and Recreation" is the minister's portfolio, not "Sports" (of
  // "Joy Sports") and a second speaker.
  const std::string text =
      "Sports and Recreation Minister Abena Serwaa Owusu-Ansah told Joy "
      "Sports: \"Government has full confidence in the team.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Abena Serwaa Owusu-Ansah",
                         "Government has full confidence in the team.")));
}

TEST(QuoteSpeakerTest, InitialsInTitleCaseOrEndingInLowerCase) {
  // "The" is no initial of "Cosla", whose letters after the first are in
  // lower case; "SAMCo" ends in a lower-case letter.
  const std::string text =
      "The Convention of Scottish Local Authorities (Cosla), the umbrella "
      "body for the councils, welcomed the deal.\n\n"
      "In a statement, Cosla said the settlement was \"better than "
      "feared\".\n\n"
      "Southern Alps Meat Company (SAMCo) will close its plant. SAMCo said "
      "costs would reach \"about $14 million\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Convention of Scottish Local Authorities",
                          "better than feared"),
                  Partial("Southern Alps Meat Company", "about $14 million")));
}

TEST(QuoteSpeakerTest, AColonEndsAClauseAfterWhile) {
  // The clause after "while" has its own subject, Layla Haddad, whom the
  // colon introduces; "told" belongs to the clause before.
  const std::string text =
      "\"This changes everything,\" Ravi Menon, an analyst at Sandstone, "
      "told The National, while Layla Haddad, a partner at Arcwell, was "
      "more cautious: \"Discovered is not developed.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Ravi Menon", "This changes everything,"),
                  Direct("Layla Haddad", "Discovered is not developed.")));
}

TEST(QuoteSpeakerTest, SurnameAndGenerationIsThatGeneration) {
  // Father and son share a name but for "Sr." and "Jr."; "Pruett Jr."
  // is the son.
  const std::string text =
      "The Rev. Amos Pruett Sr. led a vigil on the steps. \"This is a civil "
      "rights issue,\" Pruett said.\n\n"
      "His son, Amos Pruett Jr., has driven a city bus for 14 years. \"It's "
      "our paychecks,\" Pruett Jr. said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Amos Pruett Sr.", "This is a civil rights issue,"),
                  Direct("Amos Pruett Jr.", "It's our paychecks,")));
}

TEST(QuoteSpeakerTest, PublicServiceIsAPortfolio) {
  // "Labour and Public Service" is the minister's portfolio, not part of
  // her name; "the minister" is then she.
  const std::string text =
      "Minister of Labour and Public Service Joanne Clarke-Best said talks "
      "were \"ongoing\". \"Nobody is insulting anybody,\" the minister "
      "said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Joanne Clarke-Best", "ongoing"),
                          Direct("Joanne Clarke-Best",
                                 "Nobody is insulting anybody,")));
}

TEST(QuoteSpeakerTest, ConstituencyThenAnUnlistedFirstName) {
  // "Laventille West" is the seat; "Keron" is in no list of first names,
  // and the last two words are the member's name.
  const std::string text =
      "Opposition MP for Laventille West Keron Alleyne was scathing. \"The "
      "minister has had two years,\" Alleyne said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Keron Alleyne", "The minister has had two years,")));
}

TEST(QuoteSpeakerTest, LatinAmericanGraduateTitleAndAcademician) {
  // "Lic." is a title with a full stop that ends no sentence;
  // "Academician" is a title too.
  const std::string text =
      "\"The hotline is a joke,\" said Lic. Itzel Carranza Olvera, who "
      "studies organized crime.\n\n"
      "Volkov trained under Academician Yevgeny Petrovich Gromov of the "
      "Academy of Sciences. Gromov said he was \"shocked\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Itzel Carranza Olvera", "The hotline is a joke,"),
                  Partial("Yevgeny Petrovich Gromov", "shocked")));
}

TEST(QuoteSpeakerTest, PhDIsOneWordOfAnUnnamedSource) {
  // The full stops of "Ph.D." end neither the sentence nor the speaker's
  // description.
  const std::string text =
      "\"Nobody wanted to hear it,\" said a former Ph.D. student in the "
      "group, who asked not to be named.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("a former Ph.D. student in the group",
                                 "Nobody wanted to hear it,")));
}

TEST(QuoteSpeakerTest, InitialsInTheOrderOfTheOriginalLanguage) {
  // "JNE" is "Jurado Nacional de Elecciones": the English name's initials
  // in another order.
  const std::string text =
      "When the National Jury of Elections (JNE) closed registration, 34 "
      "tickets had qualified.\n\n"
      "The JNE said its systems were \"ready to guarantee a clean count\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("National Jury of Elections",
                                  "ready to guarantee a clean count")));
}

TEST(QuoteSpeakerTest, InitialsThenOrAndTheNameTheyStandFor) {
  // ", or Florida Power & Light," spells "FPL" out, "&" and all.
  const std::string text =
      "FPL, or Florida Power & Light, said it had staged 16,000 workers. "
      "\"We expect widespread outages,\" the utility said.\n\n"
      "FPL said restoring power could take \"days, not hours\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Florida Power & Light",
                                 "We expect widespread outages,"),
                          Partial("Florida Power & Light", "days, not hours")));
}

TEST(QuoteSpeakerTest, NationalityAndDescriptionBeforeTheName) {
  // A nationality and a description in lower case open the sentence; the
  // name after them is its subject, which "citing" reports.
  const std::string text =
      "SEOUL, March 9 (Reuters) - South Korean crypto lender Hanbit Vault "
      "suspended withdrawals on Monday, citing \"extreme market "
      "conditions.\"\n\n"
      "British carmaker Lotus Cars halted output, citing \"weak demand\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Hanbit Vault", "extreme market conditions."),
                          Partial("Lotus Cars", "weak demand")));
}

TEST(QuoteSpeakerTest, NicknameInDoubleMarksInsideANameAfterTheQuote) {
  // The nickname's marks stand between the quotation and "said"; the
  // name around them, after a body and a title, is the speaker.
  const std::string text =
      "\"We are shocked,\" Halvorsen CEO Margaret \"Meg\" Lindqvist said on "
      "a call.\n\n"
      "\"The data speak for themselves,\" Lindqvist said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Margaret Lindqvist", "We are shocked,"), Term("Meg"),
          Direct("Margaret Lindqvist", "The data speak for themselves,")));
}

TEST(QuoteSpeakerTest, TheUnionIsAUnionNamedForItsMembers) {
  // "United Auto Workers" looks like a person's name; "the union" is it,
  // not the carmaker named since.
  const std::string text =
      "Members approved the agreement, the United Auto Workers said. The "
      "strike had idled Meridian Motors Inc.'s pickup line, and the deal "
      "ends a pay system that the union had called \"the original sin\" of "
      "the plant.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("United Auto Workers", "the original sin")));
}

TEST(QuoteSpeakerTest, ACityAndItsCountryBetweenCommasSpeakForNoOne) {
  // "in Lima, Peru," places the body; the subject is before it. After a
  // relative clause, the person the clause is about speaks.
  const std::string text =
      "A review by the Ministry of Health in Lima, Peru, found that the "
      "hospital had been \"grossly negligent\".\n\n"
      "Hiroshi Tanabe, who studies bees at Hokkaido University in Sapporo, "
      "Japan, says the decline is \"entirely consistent\" with his data.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ministry of Health", "grossly negligent"),
                          Partial("Hiroshi Tanabe", "entirely consistent")));
}

TEST(QuoteSpeakerTest, PressedReportsAQuestion) {
  // "pressed" after a question reports it: the reporter asked, not the
  // engineer named before and after.
  const std::string text =
      "\"It is too early to say,\" Kenta Ishikawa told reporters.\n\n"
      "\"Is it the same problem as last time?\" one reporter pressed. Kenta "
      "Ishikawa replied: \"I hope not.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Kenta Ishikawa", "It is too early to say,"),
                          Direct("one reporter",
                                 "Is it the same problem as last time?"),
                          Direct("Kenta Ishikawa", "I hope not.")));
}

TEST(QuoteSpeakerTest, TheBodyAndTitleStandForThePersonSoDescribed) {
  // "the Reelhouse CEO" is the person described as CEO of Reelhouse.
  const std::string text =
      "\"We pay 30 percent,\" Vincent Tran, CEO of the indie streaming "
      "service Reelhouse, told The Verge. \"If we said no, we would be "
      "buried,\" the Reelhouse CEO said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Vincent Tran", "We pay 30 percent,"),
                          Direct("Vincent Tran",
                                 "If we said no, we would be buried,")));
}

TEST(QuoteSpeakerTest, ANounInSAfterAParticipleIsNoCue) {
  // "promises" after "has heard similar" is a noun; the colon introduces
  // the words of "he", the chief.
  const std::string text =
      "Chief Harold Bighetty-Flett spoke first.\n\n"
      "Bighetty-Flett has heard similar promises before, and he was blunt "
      "about it: \"I have a drawer full of letters.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Harold Bighetty-Flett",
                                 "I have a drawer full of letters.")));
}

TEST(QuoteSpeakerTest, WhomOneSpokeToDoesNotSpeak) {
  // "spoke to reporters": the listeners; the mother named between commas
  // spoke, and the paragraph after is hers.
  const std::string text =
      "His mother, Sherry-Ann Phillip, spoke to reporters.\n\n"
      "\"He was not in no gang. He played football.\"\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct(
                                "Sherry-Ann Phillip",
                                "He was not in no gang. He played football.")));
}

TEST(QuoteSpeakerTest, TheSubjectAfterAQuestionPutOpensTheSentence) {
  // "Asked what ..., X only smiled": X is the sentence's subject, and the
  // paragraph of words after it is X's.
  const std::string text =
      "\"Thirty-one years,\" said Nelson da Conceicao, a founding member.\n\n"
      "The champions will parade again on Saturday night.\n\n"
      "Asked what theme the school would bring next year, Marcio de Souza "
      "Lima only smiled.\n\n"
      "\"Next year? Let me enjoy Wednesday first.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Nelson da Conceicao", "Thirty-one years,"),
                          Direct("Marcio de Souza Lima",
                                 "Next year? Let me enjoy Wednesday first.")));
}

TEST(QuoteSpeakerTest, ACueWordAfterAnArticleAndBeforeWasIsANoun) {
  // "estimate" is a noun here; the official said the words. "say" after
  // "activists" is still a verb.
  const std::string text =
      "A senior official who asked not to be named said the preliminary "
      "damage estimate was \"north of $1 billion\".\n\n"
      "The river turned red again, in what activists say is \"a warning\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A senior official", "north of $1 billion"),
                          Partial("activists", "a warning")));
}

TEST(QuoteSpeakerTest, WordsAColonIntroducesAreTheSubjectsNotTheRelayers) {
  // "according to two employees" relays the words; the verb and the colon
  // before them say whose they are.
  const std::string text =
      "At a meeting on Monday, Chiamaka Eze-Obi said: \"We planned for a "
      "naira at 1,200,\" according to two employees who attended.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Chiamaka Eze-Obi",
                                 "We planned for a naira at 1,200,")));
}

TEST(QuoteSpeakerTest, ATitleWithItsPortfolioAloneIsThePersonNamedWithIt) {
  // "CoP" spells "Commissioner of Police", a title with its body: the
  // person the text names after it.
  const std::string text =
      "Acting Commissioner of Police Kerwin Alleyne-Baptiste yesterday vowed "
      "that the service would not yield.\n\n"
      "Speaking at a briefing, the acting CoP said: \"I want to be very "
      "clear.\"\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Kerwin Alleyne-Baptiste",
                                               "I want to be very clear.")));
}

TEST(QuoteSpeakerTest, AHeadlineSurnameIsThePersonTheBodyNamesInFull) {
  // The headline's "Mensah" is read before the body names the coach in
  // full.
  const std::string text =
      "\"We did not lose this game on the pitch\" - Mensah fumes after "
      "defeat\n\n"
      "Head coach Emmanuel Kwabena Mensah has blamed the officiating.\n\n"
      "\"Two decisions changed everything,\" Mensah said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Emmanuel Kwabena Mensah",
                                 "We did not lose this game on the pitch"),
                          Direct("Emmanuel Kwabena Mensah",
                                 "Two decisions changed everything,")));
}

TEST(QuoteSpeakerTest, ANameThenTheProgrammeItSpokeOnBeforeAColon) {
  // A "what they said" list: the name before "on" and the programme.
  const std::string text =
      "What they said\n\n"
      "Former Denholm captain Lee Okonjo-Whyte on BBC Radio 5 Live: "
      "\"That's as bad as I've seen them.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Lee Okonjo-Whyte",
                                 "That's as bad as I've seen them.")));
}

TEST(QuoteSpeakerTest, ABodyARoleThenThePersonOpeningASentence) {
  // "Sky Sports pundit Carl Fenwick-Adeyemi believes": the person is the
  // subject, and the "he" after it; not "Sky Sports".
  const std::string text =
      "\"We are ready,\" Seun Ogunleye-Cole said.\n\n"
      "Sky Sports pundit Carl Fenwick-Adeyemi believes the fight will not go "
      "the distance.\n\n"
      "\"His right hand is the best punch in the division,\" he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Seun Ogunleye-Cole", "We are ready,"),
                          Direct("Carl Fenwick-Adeyemi",
                                 "His right hand is the best punch in the "
                                 "division,")));
}

TEST(QuoteSpeakerTest, WhoSpokeThroughAnInterpreterIsNoSpeaker) {
  // "apologized through an interpreter. "...," he said": the boxer, not
  // the interpreter.
  const std::string text =
      "Darkhan Abenov lost on points in Las Vegas.\n\n"
      "Abenov, 27, apologized through an interpreter. \"I tried everything. "
      "My body said no,\" he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Darkhan Abenov",
                                 "I tried everything. My body said no,")));
}

TEST(QuoteSpeakerTest, HonorificsOfTheRegionAreNoPartOfTheName) {
  // Ethiopian clergy, an Egyptian "Hagga" and a Kurdish "Kak" are titles.
  const std::string text =
      "\"Boil the water,\" said Memhir Haile Mariam Abebe, a parish priest.\n\n"
      "Hagga Soad Ibrahim Mansour, 67, has depended on insulin for years. "
      "\"I went to seven pharmacies,\" Hagga Soad told reporters.\n\n"
      "Kak Aras Omer Hamad, a schoolteacher, said he had not been paid. "
      "\"Where is my salary?\" he asked.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Haile Mariam Abebe", "Boil the water,"),
                  Direct("Soad Ibrahim Mansour", "I went to seven pharmacies,"),
                  Direct("Aras Omer Hamad", "Where is my salary?")));
}

TEST(QuoteSpeakerTest, APlaceAfterFromInADescribedSubjectIsNoSpeaker) {
  // "The 29-year-old from Tijuana, nicknamed "...", said he ...": the
  // description is the subject, and the "he" is the boxer named before.
  const std::string text =
      "Emiliano Ruiz Castaneda won the title on Saturday.\n\n"
      "The 29-year-old from Tijuana, nicknamed \"El Relampago\" since his "
      "amateur days, said he had considered pulling out. \"What was I "
      "supposed to do?\" he asked.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("El Relampago"),
                                        Direct("Emiliano Ruiz Castaneda",
                                               "What was I supposed to do?")));
}

TEST(QuoteSpeakerTest, ANameQualifyingANounBeforeAColonIsNoSpeaker) {
  // "was blunter in a LinkedIn post on Sunday:": the subject, not the
  // platform named in "a LinkedIn post".
  const std::string text =
      "Bophelo's chief executive, Pieter-Jan de Villiers, was blunter in a "
      "LinkedIn post on Sunday: \"Every day of this strike costs us "
      "money.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Pieter-Jan de Villiers",
                                 "Every day of this strike costs us money.")));
}

TEST(QuoteSpeakerTest, AnUnnamedSourceWhoseClauseHasAClauseOfItsOwn) {
  // "who requested anonymity because he was not authorized to speak to
  // media told": the official, not "media".
  const std::string text =
      "A regional official who requested anonymity because he was not "
      "authorized to speak to media told Rappler that \"everyone in the "
      "district knew\" about it.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("A regional official",
                                                "everyone in the district "
                                                "knew")));
}

TEST(QuoteSpeakerTest, WhatKindOfBodyBeforeItsNameIsNoPartOfIt) {
  // "Local NGO Haor Unnayan Sangstha (HUS) said": the body's name.
  const std::string text =
      "Local NGO Haor Unnayan Sangstha (HUS) said in a statement that "
      "relief was \"not reaching the remote villages\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Haor Unnayan Sangstha",
                                  "not reaching the remote villages")));
}

TEST(QuoteSpeakerTest, ANicknameAfterTwoGivenNamesAfterTheVerb) {
  // "asked Senator Maria Concepcion "Connie" Dela Rosa-Villareal": the
  // name without the nickname, the surname too.
  const std::string text =
      "\"Where did the money go?\" asked Senator Maria Concepcion \"Connie\" "
      "Dela Rosa-Villareal, who chairs the committee.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Maria Concepcion Dela Rosa-Villareal",
                                 "Where did the money go?"),
                          Term("Connie")));
}

TEST(QuoteSpeakerTest, ASourceFromAPaperSoDescribed) {
  // "A journalist from the German daily Tagesspiegel asked": the
  // journalist, as written, not the paper.
  const std::string text =
      "A journalist from the German daily Tagesspiegel asked whether the "
      "film was \"a direct response to the protests\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A journalist from the German daily "
                                  "Tagesspiegel",
                                  "a direct response to the protests")));
}

TEST(QuoteSpeakerTest, ADayBeforeAFirstNameIsNoPartOfTheName) {
  // "On Tuesday Einar posted on X:": Einar, named in full before.
  const std::string text =
      "Einar Gunnarsson left the band in 2021.\n\n"
      "On Tuesday Einar posted on X: \"Proud of my sister.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Einar Gunnarsson", "Proud of my sister.")));
}

TEST(QuoteSpeakerTest, ANameAfterAWhoseClauseWithNoVerbIsTheSubject) {
  // "Lumen Vert, whose head of sales, Delphine Aubry-Castellane, said":
  // the head of sales, not the company.
  const std::string text =
      "The film is sold by Paris outfit Lumen Vert, whose head of sales, "
      "Delphine Aubry-Castellane, said she had received \"serious offers "
      "from every major territory\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Delphine Aubry-Castellane",
                                  "serious offers from every major "
                                  "territory")));
}

TEST(QuoteSpeakerTest, AskedWhatThenANameOpeningWithAParticle) {
  // "Asked what ..., de la Fuente Arriaga paused": the director, not the
  // actor quoted last.
  const std::string text =
      "Ines de la Fuente Arriaga's film won an ovation.\n\n"
      "The film follows two sisters, played by Lotte Sandvik and Marisa "
      "Ribas.\n\n"
      "\"I dreamed in Spanish,\" Sandvik said.\n\n"
      "Asked what she wanted audiences to take home, de la Fuente Arriaga "
      "paused for a long moment. \"Thirst,\" she said finally.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Lotte Sandvik", "I dreamed in Spanish,"),
                          Direct("Ines de la Fuente Arriaga", "Thirst,")));
}

TEST(QuoteSpeakerTest, APossessiveAfterAndOpensAnotherBodysName) {
  // "Harambee Development Bank and Tanzania's Kilimanjaro Commercial Bank":
  // two banks; "Harambee" is the first.
  const std::string text =
      "The Nairobi-based Harambee Development Bank and Tanzania's "
      "Kilimanjaro Commercial Bank confirmed their withdrawal. In a "
      "statement, Harambee said its decision followed \"a routine review "
      "of portfolio exposure\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Harambee Development Bank",
                                  "a routine review of portfolio exposure")));
}

TEST(QuoteSpeakerTest, InitialsThatKeepAnAcronymInsideTheName) {
  // "The Central Bank of the UAE (CBUAE)": over "of the", and "UAE" gives
  // all its letters.
  const std::string text =
      "The Central Bank of the UAE (CBUAE) expects the digital dirham to "
      "be accepted within months.\n\n"
      "The CBUAE said in a statement that it would release figures \"in "
      "line with international best practice\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Central Bank of the UAE",
                                  "in line with international best "
                                  "practice")));
}

TEST(QuoteSpeakerTest, ANameThatEndsInACurlyApostrophe) {
  // "Ms Achieng’ Odhiambo-Were": the apostrophe is part of the first name;
  // not the possessive of "the Mineworkers’ Union".
  const std::string text =
      "His advocate, Ms Achieng\u2019 Odhiambo-Were, said the ruling would "
      "\u201csend a message\u201d.\n\n"
      "The Mineworkers\u2019 Union said it was \u201cinsulted\u201d.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Achieng\u2019 Odhiambo-Were", "send a message"),
                  Partial("Mineworkers\u2019 Union", "insulted")));
}

TEST(QuoteSpeakerTest, AskedWhetherThenTheRoleIsTheSubject) {
  // "Asked whether ... the younger Mensah ..., the coach paused": the
  // coach, not the player named in the question.
  const std::string text =
      "Black Stars head coach Kwabena Asante-Boateng has accepted the "
      "blame.\n\n"
      "Ghana led through a header from captain Jordan Kofi Mensah.\n\n"
      "Asked whether withdrawing the younger Mensah had cost Ghana the "
      "match, the coach paused. \"Maybe,\" he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Kwabena Asante-Boateng", "Maybe,")));
}

TEST(QuoteSpeakerTest, AdvBeforeANameEndsNoSentence) {
  // "told the state's attorney, Adv. Itamar Golan.": one sentence, whose
  // last name is whom she spoke to; the quotation after it is still hers.
  const std::string text =
      "\"Where is the paper trail?\" Justice Miriam Shapira-Levi told the "
      "state's attorney, Adv. Itamar Golan. \"Or perhaps that is exactly "
      "the problem.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Miriam Shapira-Levi", "Where is the paper trail?"),
                  Direct("Miriam Shapira-Levi",
                         "Or perhaps that is exactly the problem.")));
}

TEST(QuoteSpeakerTest, ANameAndItsBodyBeforeAnAsideBetweenDashes) {
  // "The contractor ..., Florante Macaraeg of FBM Builders and Supply -
  // no relation to the undersecretary - declined": the contractor is
  // Macaraeg, for "the contractor said".
  const std::string text =
      "The contractor behind nine of the 14 projects, Florante "
      "Macaraeg of FBM Builders and Supply - no relation to the "
      "undersecretary - declined to answer most questions. \"I invoke my "
      "right,\" the contractor said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Florante Macaraeg", "I invoke my right,")));
}

TEST(QuoteSpeakerTest, AFirstNameThatEndsLikeAnAgentNounOpensASentence) {
  // "Tyler, 24, finished with 41 points. He said ...": Tyler Dawson, the
  // son, not the father named first.
  const std::string text =
      "Rick Dawson coached Tyler Dawson the way he coaches everyone.\n\n"
      "Tyler, 24, finished with 41 points. He said afterward that he had "
      "\"never heard him say anything like that.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Tyler Dawson",
                                  "never heard him say anything like "
                                  "that.")));
}

TEST(QuoteSpeakerTest, AQuestionPutBySomeoneUnnamedIsAnsweredByThePersonAsked) {
  // "One reporter asked Bandara whether ... "...," he said": the one
  // asked answers; the reporter is no "he" here.
  const std::string text =
      "Ravindu Bandara took six wickets.\n\n"
      "One reporter asked Bandara whether he was now the best spinner in "
      "the country. \"Let me play ten Tests first,\" he said, to "
      "laughter.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Ravindu Bandara",
                                               "Let me play ten Tests "
                                               "first,")));
}

TEST(QuoteSpeakerTest, InTheWordsOfAfterAPartialNamesItsOwner) {
  // ""fiction, like every other drill song", in the words of his
  // barrister, X": the barrister, not the subject of the sentence before.
  const std::string text =
      "Mr Adebayo-Mills released a track eleven days later. The defence "
      "says its lyrics are \"fiction, like every other drill song\", in "
      "the words of his barrister, Tobias Fenn-Ridley KC.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Tobias Fenn-Ridley",
                                  "fiction, like every other drill song")));
}

TEST(QuoteSpeakerTest, TheAuthorOfAStatementReadOutSpeaksInIt) {
  // "a written statement from the Reverend X, vicar of ..." then ""...,"
  // she said in the statement": X, not the judge who spoke before.
  const std::string text =
      "Judge Helen Marwood told jurors: \"You must not be swayed by its "
      "style,\" she said.\n\n"
      "The court also heard a written statement from the Reverend Angela "
      "Osei-Bonsu, vicar of St Saviour's Church, who gave first aid.\n\n"
      "\"I held his hand and told him help was coming,\" she said in the "
      "statement.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Helen Marwood",
                                 "You must not be swayed by its style,"),
                          Direct("Angela Osei-Bonsu",
                                 "I held his hand and told him help was "
                                 "coming,")));
}

TEST(QuoteSpeakerTest, ANationalityInARolesAppositiveIsNoPartOfTheName) {
  // "His coach, the Portuguese Rui Vasco Leitão, called": the coach is Rui
  // Vasco Leitão, and "Leitão" later is him.
  const std::string text =
      "His coach, the Portuguese Rui Vasco Leitão, called the performance "
      "\"the most complete of the season\".\n\n"
      "\"Tonight we enjoy,\" said Leitão.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Rui Vasco Leitão",
                                  "the most complete of the season"),
                          Direct("Rui Vasco Leitão", "Tonight we enjoy,")));
}

TEST(QuoteSpeakerTest, TheFirstOfTwoSurnamesJoinedByAParticleNamesThePerson) {
  // "Hernán Ezequiel Palacios de la Fuente ... Palacios told reporters":
  // six words with the particles, and "Palacios" is him.
  const std::string text =
      "Ribera coach Hernán Ezequiel Palacios de la Fuente was gracious in "
      "defeat. \"We made two errors,\" Palacios told reporters.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Hernán Ezequiel Palacios de la Fuente",
                                 "We made two errors,")));
}

TEST(QuoteSpeakerTest, ANicknameInsideANameBeforeAParticleIsThePerson) {
  // "veteran striker Antônio "Toninho Jacaré" da Conceição": the person
  // is "Antônio da Conceição", the one "the 34-year-old" and "Jacaré" are
  // later.
  const std::string text =
      "Esporte Clube Guanabara won 3-1 behind two goals from veteran "
      "striker Antônio \"Toninho Jacaré\" da Conceição.\n\n"
      "\"This one is for Maré,\" the 34-year-old said.\n\n"
      "Later, Jacaré posted a photo with the caption: \"Mãe, eu "
      "prometi.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Term("Toninho Jacaré"),
                  Direct("Antônio da Conceição", "This one is for Maré,"),
                  Direct("Antônio da Conceição", "Mãe, eu prometi.")));
}

TEST(QuoteSpeakerTest, BinteJoinsAMalayNameAsBintiDoes) {
  // "said Nur Aisyah binte Kamal, a 29-year-old nurse": the Singapore
  // spelling of "binti" is part of the name.
  const std::string text =
      "\"I put in my whole savings,\" said Nur Aisyah binte Kamal, a "
      "29-year-old nurse.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Nur Aisyah binte Kamal",
                                               "I put in my whole "
                                               "savings,")));
}

TEST(QuoteSpeakerTest, ATitlesInitialsStandForThePersonWhoHoldsIt) {
  // "Acting Commissioner of Police (CoP) Natalie Ramdass-Mohammed ...
  // The CoP said": the initials are a title's, so the person's, not a
  // body's.
  const std::string text =
      "Police will deploy 4,200 officers, Acting Commissioner of Police "
      "(CoP) Natalie Ramdass-Mohammed announced yesterday.\n\n"
      "The CoP said officers would be stationed at \"every major judging "
      "point\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Natalie Ramdass-Mohammed",
                                                "every major judging "
                                                "point")));
}

TEST(QuoteSpeakerTest, ABodysWordBeforeAParticleOpensItsNameNotAnAdjective) {
  // "The Ministerio de Economía, which oversees prices, said": the body,
  // as "The Ministry of Economy, which ..." is; "Ministerio" before "de"
  // is no adjective.
  const std::string text =
      "The Ministerio de Economía, which oversees prices, said it saw \"a "
      "short road.\"\n\n"
      "The Confederación de Trabajadores del Comercio, one of the largest "
      "unions, said its members had \"lost a year.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ministerio de Economía", "a short road."),
                          Partial("Confederación de Trabajadores del Comercio",
                                  "lost a year.")));
}

TEST(QuoteSpeakerTest, AHeadlinesSurnameMayBeTheFirstOfTwo) {
  // "Urioste wins ... "..."" before "Beatriz Urioste Ferrés" in the body,
  // and "Beatriz Urioste" in the tags below: one person, her first
  // surname.
  const std::string text =
      "Uruguay: Urioste wins tight runoff and promises \"a government for "
      "the three million\"\n\n"
      "Frente Amplio candidate Beatriz Urioste Ferrés won the runoff.\n\n"
      "\"Tonight nobody lost,\" Urioste told supporters.\n\n"
      "Tags: Beatriz Urioste, Frente Amplio, Uruguay\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Beatriz Urioste Ferrés",
                          "a government for the three million"),
                  Direct("Beatriz Urioste Ferrés", "Tonight nobody lost,")));
}

TEST(QuoteSpeakerTest, AnAgeOpeningALongerDescriptionPointsBack) {
  // "The 61-year-old former mayor of Canelones said": the one just named,
  // as "the 61-year-old" alone is.
  const std::string text =
      "Beatriz Urioste Ferrés won Sunday's runoff.\n\n"
      "The 61-year-old former mayor of Canelones said her first priority "
      "would be \"security with rights\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Beatriz Urioste Ferrés",
                                                "security with rights")));
}

TEST(QuoteSpeakerTest, ATitleAndItsPortfolioBeforeTheNameAreNoName) {
  // "Minister of Tourism and International Transport, Senator the Hon.
  // Jerome Springer-Hinds, insisted ... the minister said": the person is
  // the subject and the minister; "The Director of Natural Resources,
  // Andrea Clausen, said" is Andrea Clausen.
  const std::string text =
      "Prime Minister Dr Cheryl Alleyne-Worrell defended the levy.\n\n"
      "Minister of Tourism and International Transport, Senator the Hon. "
      "Jerome Springer-Hinds, insisted the fears were overblown. \"The "
      "figures are clear,\" the minister said.\n\n"
      "The Director of Natural Resources, Andrea Clausen, said: \"We "
      "would welcome talks.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Jerome Springer-Hinds", "The figures are clear,"),
                  Direct("Andrea Clausen", "We would welcome talks.")));
}

TEST(QuoteSpeakerTest, InitialsABodyIsSaidToBeKnownByNameIt) {
  // "The CNI, as the National Confederation of Industry is known, said":
  // the body, its initials in the order of its own language's name.
  const std::string text =
      "Industry fumed. The CNI, as the National Confederation of Industry "
      "is known, said in a note that the decision \"suffocates productive "
      "investment\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("National Confederation of Industry",
                                  "suffocates productive investment")));
}

TEST(QuoteSpeakerTest, APhraseOpenedByForNamesNoSpeakerOfAGerund) {
  // "issued warnings, its highest alert level, for 11 municipalities,
  // saying ...": the agency that opens the sentence, not "for 11
  // municipalities".
  const std::string text =
      "The Japan Meteorological Agency (JMA) issued emergency warnings, its "
      "highest alert level, for 11 municipalities, saying the region faced "
      "\"a danger to life\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Japan Meteorological Agency",
                                                "a danger to life")));
}

TEST(QuoteSpeakerTest, ATitlesRegionBeforeANameBetweenCommasIsNoName) {
  // "Divisional Police Commander Northern, Superintendent Apenisa Vuniwai,
  // said": the superintendent, not "Northern"; "Ms Kinsella, who ..., Co
  // Cork, said" stays Ms Kinsella.
  const std::string text =
      "Divisional Police Commander Northern, Superintendent Apenisa "
      "Vuniwai, said officers had gone to \"every evacuation centre\".\n\n"
      "Mairéad Kinsella farms in the south. Ms Kinsella, who milks 90 cows "
      "near Mitchelstown, Co Cork, said farmers had been \"told to cut\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Apenisa Vuniwai", "every evacuation centre"),
                          Partial("Mairéad Kinsella", "told to cut")));
}

TEST(QuoteSpeakerTest, AHeadlineQuoteThatHoldsMostOfABodyPartialIsItsSpeakers) {
  // ""I just saw red": Kettle's fiery spell ..." over "Josh Kettle says
  // he "just saw red"": the headline's words hold the partial's.
  const std::string text =
      "\"I just saw red\": Kettle's fiery spell blows Sri Lanka away\n\n"
      "By Sam Ward\n\n"
      "Josh Kettle says he \"just saw red\" after being dropped for the "
      "Melbourne Test.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Josh Kettle", "I just saw red"),
                          Partial("Josh Kettle", "just saw red")));
}

TEST(QuoteSpeakerTest, WhoAnsweredIsTheSheOfTheNextParagraph) {
  // "That drew a sharp response from Yuko Tanaka, a lawmaker ..." then
  // ""...," she wrote": the lawmaker, not the mayor quoted before.
  const std::string text =
      "Mayor Keiko Shimabukuro said: \"Leave now.\"\n\n"
      "Chief Cabinet Secretary Hiroshi Tanaka said the government had set "
      "up a task force.\n\n"
      "That drew a sharp response from Yuko Tanaka, a lawmaker from the "
      "opposition.\n\n"
      "\"Moderate for whom?\" she wrote in a post on X.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Keiko Shimabukuro", "Leave now."),
                          Direct("Yuko Tanaka", "Moderate for whom?")));
}

TEST(QuoteSpeakerTest, AHeadlinesTitleIsThePersonNamedWithItAndItsPortfolio) {
  // "Minister hails ... "silicon ecosystem"" over "Minister of Economic
  // Affairs Lin Wen-hsiang": the name after the portfolio.
  const std::string text =
      "Minister hails FASC's plant as proof of Taiwan's \"silicon "
      "ecosystem\"\n\n"
      "By Lee Chia-hui\n\n"
      "Minister of Economic Affairs Lin Wen-hsiang attended the opening.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Lin Wen-hsiang", "silicon ecosystem")));
}

TEST(QuoteSpeakerTest, ATitledAgentClosingItsSentenceIsTheRoleLater) {
  // "... which was read out by Presiding Judge Kim Hye-jin." then "the
  // judge added": the judge named with the title after "by".
  const std::string text =
      "The court ruled on Friday in a decision which was read out by "
      "Presiding Judge Kim Hye-jin.\n\n"
      "The agency had \"failed to provide the transparency\" the contract "
      "requires, the judge added.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Kim Hye-jin",
                                                "failed to provide the "
                                                "transparency")));
}

TEST(QuoteSpeakerTest, ElHadjIsAnHonorificBeforeTheName) {
  // "the imam, El Hadj Moussa Barry, urged ... "...," he recalls": the
  // name is Moussa Barry.
  const std::string text =
      "In Dandé, the imam, El Hadj Moussa Barry, urged families to take "
      "part. \"I told them to come,\" he recalls.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Moussa Barry", "I told them to come,")));
}

TEST(QuoteSpeakerTest, APersonOfAFirmBeforeAColonIsThePerson) {
  // "Julian Strand of Bexley Research was less impressed: "..."": the
  // analyst, not his firm.
  const std::string text =
      "Analysts were split. Julian Strand of Bexley Research was less "
      "impressed: \"Today was a skirmish.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Julian Strand", "Today was a skirmish.")));
}

TEST(QuoteSpeakerTest, ASurnameWhoseParticlesOpenItIsTheSubjectAfterAComma) {
  // "Back in The Hague, van der Hoeven is due to brief parliament. Asked
  // ..., he said only: "..."": the minister, not the man quoted before.
  const std::string text =
      "Dutch trade minister Reinout van der Hoeven was angry.\n\n"
      "\"It is a fair rule,\" said Gregory Lin, an official in Washington.\n\n"
      "Back in The Hague, van der Hoeven is due to brief parliament on "
      "Thursday. Asked whether the Netherlands would push back, he said "
      "only: \"We will see.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Gregory Lin", "It is a fair rule,"),
                          Direct("Reinout van der Hoeven", "We will see.")));
}

TEST(QuoteSpeakerTest, DonaIsAnHonorificBeforeAWomansName) {
  // "said his mother, Dona Ivonete da Conceição, 61": the name after the
  // Portuguese honorific.
  const std::string text =
      "\"Today I told him he can skip the homework,\" said his mother, Dona "
      "Ivonete da Conceição, 61, laughing.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Ivonete da Conceição",
                                               "Today I told him he can "
                                               "skip the homework,")));
}

TEST(QuoteSpeakerTest, ABrotherBetweenCommasSharesTheSurname) {
  // "Theo Lindqvist and his younger brother, Jonah,": a sibling takes the
  // surname, as "his wife Maria" does without the commas.
  const std::string text =
      "Theo Lindqvist and his younger brother, Jonah, have toured for a "
      "decade.\n\n"
      "Jonah, 31, is more careful. \"Hate is a strong word,\" he says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Jonah Lindqvist", "Hate is a strong word,")));
}

TEST(QuoteSpeakerTest, SonOfAndDaughterOfAreInsideAName) {
  // "Rajesh s/o Krishnan", "Pushpa a/p Ramachandran": the Malaysian and
  // Singaporean particles join a given name to the father's.
  const std::string text =
      "\"Parliament must act,\" said Pushpa a/p Ramachandran, executive "
      "director of a watchdog.\n\n"
      "The firm's co-founder, Mr Rajesh s/o Krishnan, wrote that \"the tech "
      "works\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Pushpa a/p Ramachandran", "Parliament must act,"),
                  Partial("Rajesh s/o Krishnan", "the tech works")));
}

TEST(QuoteSpeakerTest, BurmeseHonorificsAreLeftOutInAStoryAboutMyanmar) {
  // "said U Tin Maung Win", "Ko Zeyar said": in a story about Myanmar the
  // honorifics are no part of the name.
  const std::string text =
      "Airstrikes hit a village in Myanmar's Sagaing Region.\n\n"
      "\"Let them come and see,\" said U Tin Maung Win, a village elder.\n\n"
      "\"We warned people,\" Ko Zeyar said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Tin Maung Win", "Let them come and see,"),
                          Direct("Zeyar", "We warned people,")));
}

TEST(QuoteSpeakerTest, MaAndKoAreSurnamesOutsideMyanmar) {
  // Elsewhere "Ma" is a Chinese surname: "Ma Jun" keeps it.
  const std::string text =
      "\"The data is clear,\" said Ma Jun, director of a Beijing "
      "institute.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Ma Jun", "The data is clear,")));
}

TEST(QuoteSpeakerTest, CambodianAndSriLankanStylesAreLeftOut) {
  // "H.E. Ly Sokunthy", "Oknha Meas Vuthy", "Ven. Kotapitiye Sudhamma
  // Thera": an excellency, a tycoon's honorific, a monk's before and after.
  const std::string text =
      "H.E. Ly Sokunthy, Secretary of State at the Ministry of Commerce, "
      "said the government was \"working closely with exporters\".\n\n"
      "\"Small exporters cannot absorb that,\" said Oknha Meas Vuthy, who "
      "chairs a rice federation.\n\n"
      "Ven. Kotapitiye Sudhamma Thera said the law would \"open the door to "
      "insults\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Ly Sokunthy", "working closely with exporters"),
                  Direct("Meas Vuthy", "Small exporters cannot absorb that,"),
                  Partial("Kotapitiye Sudhamma", "open the door to insults")));
}

TEST(QuoteSpeakerTest, AHeadlinesCapitalisedParticleIsTheStorysName) {
  // "'We threw it away' - Van Leeuwen fumes", then "Oskar van Leeuwen":
  // the particle is capitalised only where it opens the name.
  const std::string text =
      "Grand Prix: We threw it away - Van Leeuwen fumes at strategy\n\n"
      "Oskar van Leeuwen accused his team of throwing away the race.\n\n"
      "\"We threw it away, simple as that,\" Van Leeuwen said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Oskar van Leeuwen",
                                               "We threw it away, simple "
                                               "as that,")));
}

TEST(QuoteSpeakerTest, AWireHeadlinesDeskIsNoPartOfTheName) {
  // "Tennis-De la Torre saves match points": Reuters' desk, then the name.
  const std::string text =
      "Tennis-De la Torre saves match points to beat Dell'Acqua in French "
      "Open epic\n\n"
      "By Martine Leclercq\n\n"
      "PARIS (Reuters) - Spain's Alvaro de la Torre saved two match "
      "points.\n\n"
      "He will face Nikolai Sorensen in the final.\n\n"
      "\"I was thinking about my flight home,\" de la Torre told "
      "reporters.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Alvaro de la Torre",
                                 "I was thinking about my flight home,")));
}

TEST(QuoteSpeakerTest, ANationalityBeforeAGuessedFirstNameIsLeftOut) {
  // "Czech Tereza Novotna beat ...": a first name the lists only guess at,
  // before one surname.
  const std::string text =
      "In the women's draw, Czech Tereza Novotna beat the champion.\n\n"
      "\"We are not even cousins,\" Tereza Novotna said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Tereza Novotna",
                                               "We are not even cousins,")));
}

TEST(QuoteSpeakerTest, ARegentIsATitle) {
  // "Rejang Hulu Regent Bambang Sulistyo": the head of an Indonesian
  // regency, after the regency's name.
  const std::string text =
      "Rejang Hulu Regent Bambang Sulistyo said he would \"follow the legal "
      "process\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Bambang Sulistyo",
                                                "follow the legal process")));
}

TEST(QuoteSpeakerTest, ASurnameAfterAnElidedParticleIsAName) {
  // "Sophie d'Ursel", "Jeanne d’Arc Uwimana": the particle's
  // apostrophe, then the capital.
  const std::string text =
      "\"We are not a piggy bank,\" Brussels Minister-President Sophie "
      "d'Ursel told reporters.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Sophie d'Ursel",
                                               "We are not a piggy bank,")));
}

TEST(QuoteSpeakerTest, APortfolioOfSeveralWordsAndAndsIsNoPartOfTheName) {
  // "Minister for Rural and Maritime Development and Disaster Management
  // Sakiusa Tabualevu": a portfolio with words that are no portfolio's.
  const std::string text =
      "Minister for Rural and Maritime Development and Disaster Management "
      "Sakiusa Tabualevu said Cabinet had approved relief.\n\n"
      "\"Help is on its way,\" Mr Tabualevu said in Suva.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Sakiusa Tabualevu", "Help is on its way,")));
}

TEST(QuoteSpeakerTest, AnAgeNamesThePersonNamedLastWhenNobodyWasTheSubject) {
  // "When Mr Lucas Tan and his fiancee picked a flat in Bukit Merah, the
  // couple knew ...", then "said the 29-year-old engineer": the person named
  // last in the paragraph before (not the place).
  const std::string text =
      "When Mr Lucas Tan and his fiancee picked a flat in Bukit Merah, the "
      "couple knew it came with strings attached.\n\n"
      "\"We read the fine print,\" said the 29-year-old engineer.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Lucas Tan", "We read the fine print,")));
}

TEST(QuoteSpeakerTest, AUnionNamedWithItsNounIsItsName) {
  // "The IG Metall union said": the union is "IG Metall".
  const std::string text =
      "The IG Metall union said it would \"use every legal means\" to fight "
      "the closures.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("IG Metall", "use every legal means")));
}

TEST(QuoteSpeakerTest, TheObjectOfAPrepositionAfterAQuotationIsNoSpeaker) {
  // ""continue negotiations" with Gulf states": "states" is no reporting
  // verb of "Gulf" there.
  const std::string text =
      "The Ministry of Commerce said it would \"continue negotiations\" with "
      "Gulf states.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Ministry of Commerce",
                                                "continue negotiations")));
}

TEST(QuoteSpeakerTest, TheWitnessIsTheOneQuestioned) {
  // "Pemberton pressed Dean Tallis on ...", then ""I did," the witness
  // said.": the one the questions were put to.
  const std::string text =
      "Tallis' attorney, Howard Pemberton, told jurors the case rested on "
      "hindsight.\n\n"
      "On cross-examination, Pemberton pressed Dean Tallis on his own role. "
      "\"You signed off, didn't you?\" Pemberton asked.\n\n"
      "\"I did,\" the witness said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Howard Pemberton",
                                               "You signed off, didn't you?"),
                                        Direct("Dean Tallis", "I did,")));
}

TEST(QuoteSpeakerTest, AnAttorneyIsALawyer) {
  // A lede's "his lawyer said", then "Tallis' attorney, Howard Pemberton,":
  // the lawyer, by another word.
  const std::string text =
      "The former finance chief hid a collapse in sales, regulators told a "
      "jury on Tuesday, while his lawyer said the entries were \"ordinary "
      "judgment calls\".\n\n"
      "Tallis' attorney, Howard Pemberton of Pemberton Vance LLP, told "
      "jurors the case rested on hindsight.\n\n"
      "\"This is a case about a company that grew too fast,\" Pemberton "
      "said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Howard Pemberton", "ordinary judgment calls"),
                  Direct("Howard Pemberton",
                         "This is a case about a company that grew "
                         "too fast,")));
}

TEST(QuoteSpeakerTest, AChineseFamilyNameAloneIsTheOneOfItNamedLast) {
  // "Lim Boon Hock", then "Datuk Lim Siew Lan said ... "...," Lim said.":
  // of two names in Chinese order with that family name, the one just
  // named.
  const std::string text =
      "\"I lost everything in the shop,\" said Lim Boon Hock, 62, who sells "
      "dried goods.\n\n"
      "Association president Datuk Lim Siew Lan said members had been "
      "advised. \"Businesses should take photographs,\" Lim said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Lim Boon Hock", "I lost everything in the shop,"),
          Direct("Lim Siew Lan", "Businesses should take photographs,")));
}

TEST(QuoteSpeakerTest, TheInitialsOfASolicitorGeneralAreTheirs) {
  // "Additional Solicitor General (ASG) Rohini Deshpande ... the ASG
  // said": a title's initials, of the person named after them.
  const std::string text =
      "Justice Mehrotra questioned Additional Solicitor General (ASG) Rohini "
      "Deshpande, who appeared for the government.\n\n"
      "\"There is no intention to delay,\" the ASG said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Rohini Deshpande",
                                               "There is no intention to "
                                               "delay,")));
}

TEST(QuoteSpeakerTest, SomethingDescribedByAnotherNounIsNotTheRole) {
  // "after a stoppage-time header completed his hat-trick ... the striker
  // told": the role is the person named, not the header.
  const std::string text =
      "Rhodri Evans insisted he was fit after a stoppage-time header "
      "completed his hat-trick.\n\n"
      "\"I'm not done yet,\" the striker told reporters.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Rhodri Evans", "I'm not done yet,")));
}

TEST(QuoteSpeakerTest, WhatABodyIsForRunsOnOverOfTheToItsName) {
  // "The Royal Society for the Protection of Birds said": the whole name,
  // not "Birds".
  const std::string text =
      "The Royal Society for the Protection of Birds said it was \"deeply "
      "worried\".\n\n"
      "The Institute for the Study of War said the advance was \"slow but "
      "steady\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Royal Society for the Protection of Birds",
                                  "deeply worried"),
                          Partial("Institute for the Study of War",
                                  "slow but steady")));
}

TEST(QuoteSpeakerTest, AnUnnamedSubjectStartsAtItsArticle) {
  // "Yesterday the minister said", "On Monday the director of the agency
  // said": not the day or the adverb before it.
  const std::string text =
      "Yesterday the minister said the plan was \"on track\".\n\n"
      "On Monday the director of the agency said it was \"deeply "
      "worried\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("the minister", "on track"),
                                        Partial("the director of the agency",
                                                "deeply worried")));
}

TEST(QuoteSpeakerTest, AClaimAfterItsAdjectiveIsANoun) {
  // "The paper puts its central claim plainly:": "claim" is no verb, and
  // "its central" no speaker.
  const std::string text =
      "Adaeze Nwosu led the study.\n\n"
      "The paper puts its central claim plainly: \"Legible reasoning is not "
      "faithful reasoning.\"\n";
  const std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_NE(quotes[0].speaker.name, "its central");
}

TEST(QuoteSpeakerTest, AGerundAfterAPriceSpeaksForTheSubject) {
  // "X and Y on Monday terminated their planned $1.9 billion merger,
  // saying": the companies, not the merger.
  const std::string text =
      "Ridgeway Health on Monday terminated its planned $1.9 billion "
      "merger, saying the path had become \"too uncertain\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ridgeway Health", "too uncertain")));
}

TEST(QuoteSpeakerTest, ADocumentPutOutByABodyIsTheBodys) {
  // "according to figures released Tuesday by the Ministry of Tourism",
  // "According to a statement from Corvane Therapeutics": the body.
  const std::string text =
      "The country had 1.2 million visitors, \"the best January in its "
      "history,\" according to figures released Tuesday by the Ministry of "
      "Tourism.\n\n"
      "According to a statement from Corvane Therapeutics, the drug \"did not "
      "achieve significance\".\n\n"
      "According to a release Monday morning, the trial \"will continue\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Ministry of Tourism", "the best January in its history,"),
          Partial("Corvane Therapeutics", "did not achieve significance"),
          Partial("a release", "will continue")));
}

TEST(QuoteSpeakerTest, DonaIsATitle) {
  // "Doña Encarnación Ruiz, 83, ... said": Spain's honorific for a woman.
  const std::string text =
      "His neighbour, Doña Encarnación Ruiz, 83, said the street was \"full "
      "of suitcases\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Encarnación Ruiz", "full of suitcases")));
}

TEST(QuoteSpeakerTest, APlaceBeforeACommaIsNoPartOfTheName) {
  // "Speaking at a press conference at Congress Place, Carmichael said":
  // a body's name runs on over a comma only into a list with "and".
  const std::string text =
      "Aubrey Carmichael leads the opposition.\n\n"
      "Speaking at his weekly press conference at Congress Place, Carmichael "
      "said the deal was \"the worst deal ever signed\".\n\n"
      "The Department for Environment, Food and Rural Affairs said it was "
      "\"monitoring the situation\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Aubrey Carmichael", "the worst deal ever signed"),
                  Partial("Department for Environment, Food and Rural Affairs",
                          "monitoring the situation")));
}

TEST(QuoteSpeakerTest, APluralTitleBeforeNamesInChineseOrder) {
  // "that Legislators Wang Mei-hui and Tsai Cheng-lung had been added":
  // "Legislators" titles them, so "Wang" is Wang Mei-hui.
  const std::string text =
      "The office announced that Legislators Wang Mei-hui and Tsai "
      "Cheng-lung had been added to its list.\n\n"
      "Wang, a second-term legislator, told CNA that she considered it \"a "
      "badge of honor.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Wang Mei-hui", "a badge of honor.")));
}

TEST(QuoteSpeakerTest, AKoreanFamilyNameAloneIsTheOneOfItNamedLast) {
  // "Kim Jae-hoon ... union leader Kim Sun-hee said ... "...," Kim said":
  // of two with the family name, the one named in this paragraph or the
  // one before.
  const std::string text =
      "Labor Minister Kim Jae-hoon urged both sides to return to talks.\n\n"
      "Union leader Kim Sun-hee rejected the call on Monday.\n\n"
      "\"A strike is a legal right,\" Kim said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Kim Sun-hee", "A strike is a legal right,")));
}

TEST(QuoteSpeakerTest, ATitleWithAPortfolioOfTwoWordsIsNoName) {
  // "The Minister of Energy and Mines, Rómulo Quispe Valdivia, stated":
  // the name between the commas, not "and Mines".
  const std::string text =
      "The Minister of Energy and Mines, Rómulo Quispe Valdivia, stated on "
      "Tuesday that the project \"has the social conditions\" to begin.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Rómulo Quispe Valdivia",
                                                "has the social conditions")));
}

TEST(QuoteSpeakerTest, ANameAfterARoleAndWhereItServes) {
  // "said the party's spokesperson in parliament, Montserrat Puig-Oriol.":
  // the name past the phrase of where they serve.
  const std::string text =
      "\"Junts will not sign a blank cheque,\" said the party's spokesperson "
      "in parliament, Montserrat Puig-Oriol.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Montserrat Puig-Oriol",
                                 "Junts will not sign a blank cheque,")));
}

TEST(QuoteSpeakerTest, TheDrugmakerIsTheSubjectNotTheBodyItBuys) {
  // "Halvard Pharma is ..., agreeing to acquire Tessaro Bio ... The
  // Copenhagen-based drugmaker said": the buyer.
  const std::string text =
      "Halvard Pharma is making a big oncology bet, agreeing to acquire "
      "Tessaro Bio for $180 million upfront.\n\n"
      "The Copenhagen-based drugmaker said the deal \"strengthens our "
      "position\" in oncology.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Halvard Pharma",
                                                "strengthens our position")));
}

TEST(QuoteSpeakerTest, AHeadlinesShortNameIsTheBodysFullOne) {
  // "Nimbal Cloud blames ..." in the headline, "Nimbal Cloud Services" in
  // the body: "Nimbal said" is the body's full name.
  const std::string text =
      "Nimbal Cloud blames 'routine change' for outage\n\n"
      "Status page stayed a soothing green for 47 minutes while customer "
      "dashboards burned\n\n"
      "Nimbal Cloud Services has blamed a configuration change for an "
      "outage in Dublin.\n\n"
      "In an incident summary, Nimbal said: \"The change did not behave as "
      "expected.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Nimbal Cloud Services",
                                 "The change did not behave as expected.")));
}

TEST(QuoteSpeakerTest, ABodysWordThatOpensItsNameKeepsTheNameAfterIt) {
  // "Grupo Brisa Dorada said": a Spanish body's word opens its name; the
  // female first name after it does not start a person's name.
  const std::string text =
      "Grupo Brisa Dorada said in a statement that it \"respects the "
      "tribunal's decision\" but will appeal.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Grupo Brisa Dorada",
                                                "respects the tribunal's "
                                                "decision")));
}

TEST(QuoteSpeakerTest, ASingleMarkHeadlineUnderASectionLabelIsTheBodySpeakers) {
  // "News › Local" over the headline: the headline is not the first block,
  // and it still quotes with single marks the words of a body quotation.
  const std::string text =
      "News \u203a Local News \u203a Dudley\n\n"
      "\u2018We were never asked\u2019: Swimmers\u2019 fury as council "
      "confirms Brierley Hill baths will close\n\n"
      "Cabinet says the repair bill cannot be justified, but club warns "
      "children will be left with nowhere to train\n\n"
      "By Kerry-Ann Whitlock, Local Democracy Reporting Service | "
      "Published: Nov 3, 2026\n\n"
      "Jodie Hartshorn, chair of the swimming club, said: \u201cWe were "
      "never asked. Not once.\u201d\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Jodie Hartshorn", "We were never asked"),
                  Direct("Jodie Hartshorn", "We were never asked. Not once.")));
}

TEST(QuoteSpeakerTest, SpanishPluralParticlesAndMaltasArchitectsTitle) {
  // "Rafael de los Santos" keeps "de los"; "Perit" (architect) is a title.
  const std::string text =
      "Rafael de los Santos told the panel that the bureau had \"revoked "
      "the accreditation\" of all 17 importers.\n\n"
      "\"Half the towers used the same argument,\" said Perit Karl Spiteri "
      "Debono.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Rafael de los Santos", "revoked the accreditation"),
                  Direct("Karl Spiteri Debono",
                         "Half the towers used the same argument,")));
}

TEST(QuoteSpeakerTest, AReligiousBodyKeepsItsPlaceInItsName) {
  // "The Archdiocese of Utrecht, which ..., said": the whole name.
  const std::string text =
      "The Archdiocese of Utrecht, which sold the building in 2020, said it "
      "had \"no objection in principle\" to a change of use.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Archdiocese of Utrecht",
                                                "no objection in principle")));
}

TEST(QuoteSpeakerTest, TheAndATwoWordTitleStandForThePersonSoNamed) {
  // "the Chief Justice wrote": the person named with that title, not a
  // speaker called "Justice".
  const std::string text =
      "Chief Justice Anthony Vella Borg wrote that the tribunal had "
      "\"stretched the policy\".\n\n"
      "\"The law is not a suggestion,\" the Chief Justice wrote.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Anthony Vella Borg", "stretched the policy"),
                          Direct("Anthony Vella Borg",
                                 "The law is not a suggestion,")));
}

TEST(QuoteSpeakerTest, ElderAndChiefTitlesAndAustralianHonoursAreNotTheName) {
  // "Mama", "Papa", "Kgoshigadi", "Reeve" before the name and "AO" after it
  // are kept out of it; "Pellew" is then the chair named in full.
  const std::string text =
      "\"We sell here, we stay here,\" said Mama Elsie Kalmet.\n\n"
      "\"We danced our hearts out,\" said Papa Tere Marsters.\n\n"
      "\"Paper is not a clinic,\" said Kgoshigadi Mmaphuti Sekwati.\n\n"
      "\"We paved a road to a field,\" said Reeve Colleen Baptiste-Lavallee."
      "\n\n"
      "The chair, Margaret Pellew AO, said the board would \"take "
      "responsibility\".\n\n"
      "\"We misjudged the mood,\" Pellew said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Elsie Kalmet", "We sell here, we stay here,"),
                          Direct("Tere Marsters", "We danced our hearts out,"),
                          Direct("Mmaphuti Sekwati", "Paper is not a clinic,"),
                          Direct("Colleen Baptiste-Lavallee",
                                 "We paved a road to a field,"),
                          Partial("Margaret Pellew", "take responsibility"),
                          Direct("Margaret Pellew", "We misjudged the mood,")));
}

TEST(QuoteSpeakerTest, AnElderNamedByOneNameKeepsTheTitle) {
  // "Mama Ibeji", with no other name, is the speaker's whole name.
  const std::string text =
      "A trader who gave her name simply as Mama Ibeji said her shop had "
      "been buried. \"My goods are under there,\" she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Mama Ibeji", "My goods are under there,")));
}

TEST(QuoteSpeakerTest, ADepartmentsPortfoliosListedWithCommasAreItsName) {
  // Portfolios of several words, and "and the" before the last: one body.
  const std::string text =
      "The Department of Climate, Energy and the Environment said it was "
      "\"strongly supportive\" of the plan.\n\n"
      "The Department of Public Expenditure, Infrastructure, Public Service "
      "Reform and Digitalisation said the scheme was \"a priority\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Department of Climate, Energy and the Environment",
                  "strongly supportive"),
          Partial("Department of Public Expenditure, Infrastructure, Public "
                  "Service Reform and Digitalisation",
                  "a priority")));
}

TEST(QuoteSpeakerTest, ASurnameWithAParticleGetsTheFirstNameACaptionGives) {
  // The full name is only in the photo caption; "Donnacha" is known only
  // by its ending.
  const std::string text =
      "Taoiseach Donnacha \u00d3 S\u00failleabh\u00e1in during Leaders' "
      "Questions today. Image: Oireachtas TV\n\n"
      "\u00d3 S\u00failleabh\u00e1in said the government had cut fees by "
      "\"more than half for most families\" since 2022.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Donnacha \u00d3 S\u00failleabh\u00e1in",
                                  "more than half for most families")));
}

TEST(QuoteSpeakerTest, AFoodBusinessAndTheTradeNounThatRefersToIt) {
  // "Dairies" makes the name a business's; "the processor" refers to it.
  const std::string text =
      "Arlen Dairies will cut its litre price by 2p from 1 April.\n\n"
      "In a letter to suppliers, the processor said markets had \"softened "
      "considerably\" since January.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Arlen Dairies", "softened considerably")));
}

TEST(QuoteSpeakerTest, ANameAfterTheAndATitleClosesADescription) {
  // "said its Gulf director, the Revd Sarah Okonkwo-Lyle": the name, past
  // "the" and the title.
  const std::string text =
      "Harbour Light Mission has delivered water since February. \"We can "
      "get water out there in a day,\" said its Gulf director, the Revd "
      "Sarah Okonkwo-Lyle.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Sarah Okonkwo-Lyle",
                                               "We can get water out there in "
                                               "a day,")));
}

TEST(QuoteSpeakerTest, HerHonourIsTheJudge) {
  // "her Honour said": the judge named before, not a speaker "Honour".
  const std::string text =
      "Sentencing Daniel Sfeir, 52, on Friday, Justice Helen Tarrant-Okafor "
      "said the offending was \"not a lapse but a decision\".\n\n"
      "\"He chose the cheaper bolt,\" her Honour said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Helen Tarrant-Okafor", "not a lapse but a decision"),
          Direct("Helen Tarrant-Okafor", "He chose the cheaper bolt,")));
}

TEST(QuoteSpeakerTest, AllOpensABodysNameAfterThe) {
  const std::string text =
      "The All Progressives Congress said the result was \"a victory\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("All Progressives Congress", "a victory")));
}

TEST(QuoteSpeakerTest, ABodysNounOpeningAHeadlineIsNoBodysName) {
  // "Agency vows": no body called "Agency" for "the agency" to mean; and
  // "Ministry says" is the ministry the text names.
  const std::string text =
      "Agency vows to \"respond sternly\" as fans protest\n\n"
      "Ministry says water plan is \"lawful\"\n\n"
      "Starwave Entertainment rejected the claims on Wednesday.\n\n"
      "\"We are deeply saddened,\" the agency said.\n\n"
      "The Ministry for the Ecological Transition said the plan was "
      "\"lawful\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Agency", "respond sternly"),
                  Partial("Ministry for the Ecological Transition", "lawful"),
                  Direct("Starwave Entertainment", "We are deeply saddened,"),
                  Partial("Ministry for the Ecological Transition", "lawful")));
}

TEST(QuoteSpeakerTest, ANicknameInSingleMarksAfterAnUnlistedFirstName) {
  // "rider Somsak 'Noi' Phromma": a first name the lists lack, after a
  // description; "Mr Somsak" is then the person named in full.
  const std::string text =
      "On Rama IV Road, motorcycle taxi rider Somsak 'Noi' Phromma, 52, said "
      "he had bought masks.\n\n"
      "\"My eyes are burning,\" Mr Somsak said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Somsak Phromma", "My eyes are burning,")));
}

TEST(QuoteSpeakerTest, JuniorAfterSeniorIsAnotherPerson) {
  // "Rafael Ortiz Jr. said" after "Rafael Ortiz Sr.": the son, not a
  // fuller form of the father's name.
  const std::string text =
      "Rafael Ortiz Sr. played six seasons for the Expos.\n\n"
      "\"He is always right,\" Rafael Ortiz Jr. said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Rafael Ortiz Jr.", "He is always right,")));
}

TEST(QuoteSpeakerTest, TheSonOfAFatherNamedAlikeIsJunior) {
  // "The son" and "the father" after "Rafael Ortiz Jr." and "Rafael Ortiz
  // Sr.": the one of that generation.
  const std::string text =
      "Rafael Ortiz Jr. hit a double in the 10th inning.\n\n"
      "Watching was his father, Rafael Ortiz Sr., who played for the "
      "Expos.\n\n"
      "The son confirmed it. \"He told me to relax,\" he said.\n\n"
      "\"It was a good day,\" the father said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Rafael Ortiz Jr.", "He told me to relax,"),
                          Direct("Rafael Ortiz Sr.", "It was a good day,")));
}

TEST(QuoteSpeakerTest, ElderIsAnEldersTitleNotABodysWord) {
  // "Elder Albert Moose": an elder's title, left out; "the charity Elder
  // Care NI": a body's name, kept whole.
  const std::string text =
      "\"We drank right from the lake,\" said Elder Albert Moose.\n\n"
      "The charity Elder Care NI said it was \"appalled\" by the attack.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Albert Moose",
                                               "We drank right from the lake,"),
                                        Partial("Elder Care NI", "appalled")));
}

TEST(QuoteSpeakerTest, AOneWordCountryClosesABodysName) {
  // "in India" is part of a name with "of" or "for" in it, and of a
  // mission's; not of a ministry's, nor a city.
  const std::string text =
      "The Board of Control for Cricket in India said he had been \"a great "
      "servant\".\n\n"
      "In a statement, the UN Verification Mission in Colombia said it "
      "\"welcomes the extension\".\n\n"
      "The Ministry of Health in Kenya said it was \"monitoring\" the "
      "outbreak.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Board of Control for Cricket in India",
                                  "a great servant"),
                          Partial("UN Verification Mission in Colombia",
                                  "welcomes the extension"),
                          Partial("Ministry of Health", "monitoring")));
}

TEST(QuoteSpeakerTest, WordsListedWithCommasOpenABodysName) {
  // Single words listed with commas after "the", then "and" and a name
  // that ends in a body's word: all one name.
  const std::string text =
      "The Foreign, Commonwealth and Development Office said it was \"in "
      "contact\" with the authorities.\n\n"
      "The Meteorology, Climatology and Geophysics Agency said the quake "
      "had \"the potential to trigger a tsunami\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Foreign, Commonwealth and Development Office", "in contact"),
          Partial("Meteorology, Climatology and Geophysics Agency",
                  "the potential to trigger a tsunami")));
}

TEST(QuoteSpeakerTest, SeniorAfterASurnameIsTheParent) {
  // "Marsh senior said", "said Mr Marsh junior": of a father and son
  // sharing the surname, the father or the son.
  const std::string text =
      "The yard is run by Harry Marsh, who took over the licence from his "
      "father, Tom Marsh, in 2022.\n\n"
      "\"The lad did nothing wrong,\" Marsh senior said.\n\n"
      "\"It was a fair result,\" said Mr Marsh junior.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Tom Marsh", "The lad did nothing wrong,"),
                          Direct("Harry Marsh", "It was a fair result,")));
}

TEST(QuoteSpeakerTest, UnresolvedCompanyIsTheBodyTheHeadlineOpensWith) {
  // "the company" left with no body before it (a coined name the rules do
  // not know as one) is the body the headline opens with, as the text
  // names it again below; with its full name where the text gives it.
  const std::string text =
      "Brightloom will shut down its first smart speakers in May\n\n"
      "Owners of the first Brightloom speaker got an email on Tuesday.\n\n"
      "\"We know this is disappointing,\" the company said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Brightloom", "We know this is disappointing,")));
  const std::string club =
      "Harwick Town sack their manager after nine defeats\n\n"
      "A statement from Harwick Town Football Club came on Monday night.\n\n"
      "\"We thank him for his work,\" the club said.\n";
  EXPECT_THAT(Quotes(club), ElementsAre(Direct("Harwick Town Football Club",
                                               "We thank him for his work,")));
  // (Not a headline's common noun or verb: "Workers", "Read".)
  const std::string workers =
      "Workers locked out at smelter as talks collapse\n\n"
      "The workers were told on Friday.\n\n"
      "\"It is our final offer,\" the company said.\n";
  EXPECT_THAT(Quotes(workers),
              ElementsAre(Direct("the company", "It is our final offer,")));
}

TEST(QuoteSpeakerTest, AccordingToARecordAfterTheSpeakersVerb) {
  // "X said in Parliament that ... "Q," according to Hansard": the record
  // reports what X said; the speaker is X, in the same sentence.
  const std::string text =
      "Minister Anil Raju said in Parliament earlier this year that the "
      "industry faced \"a make-or-break decade,\" according to Hansard.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Anil Raju", "a make-or-break decade,")));
  // (Not a request relayed by people who saw it.)
  const std::string asked =
      "Toyonaka Motor has asked its suppliers to submit plans that \"work "
      "even if the border closes,\" according to two people familiar with "
      "the matter.\n";
  EXPECT_THAT(Quotes(asked),
              ElementsAre(Partial("two people familiar with the matter",
                                  "work even if the border closes,")));
}

TEST(QuoteSpeakerTest, StatesAfterAPlaceIsAPluralNoun) {
  // "Gulf states face": a plural noun after a place's name, not "states"
  // the reporting verb with "Gulf" its subject.
  const std::string text =
      "\"Diversification is a necessity,\" said Omar al-Harthy, an economist "
      "at the Gulf Policy Institute.\n\n"
      "Gulf states face \"a difficult trade-off\", according to a report "
      "from the Kuwait Forecasting Centre.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Omar al-Harthy", "Diversification is a necessity,"),
          Partial("Kuwait Forecasting Centre", "a difficult trade-off")));
}

TEST(QuoteSpeakerTest, TitlesOfHongKongSarawakAndGuyana) {
  // "Ir" (an engineer), "YB" (a Malaysian legislator), "Tuai Rumah" (an
  // Iban longhouse's headman) and "Toshao" (a Guyanese village's leader)
  // are titles, left out of the name; "anak" ("child of") joins an Iban
  // name as "bin" does.
  const std::string text =
      "Lawmaker Ir Dominic Yeung Ka-lok backed the call. \"There is no "
      "logic in it,\" he said.\n\n"
      "Tuai Rumah Jelani anak Luta said the pipes were dry. \"We see the "
      "pipes,\" he said.\n\n"
      "His daughter, Rosalind anak Jelani, a nurse, said residents were "
      "\"tired of waiting\".\n\n"
      "Jelani had one request: \"Please do not come again.\"\n\n"
      "Toshao Marlon Andrews said: \"They are poisoning our creek.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Dominic Yeung Ka-lok", "There is no logic in it,"),
                  Direct("Jelani anak Luta", "We see the pipes,"),
                  Partial("Rosalind anak Jelani", "tired of waiting"),
                  Direct("Jelani anak Luta", "Please do not come again."),
                  Direct("Marlon Andrews", "They are poisoning our creek.")));
}

TEST(QuoteSpeakerTest, BrothersShareTheSurnameAfterAnd) {
  // "brothers Evandro and Marcelo Soares": the first given name, one the
  // rules do not know, shares the surname after "and".
  const std::string text =
      "In Sorriso, brothers Evandro and Marcelo Soares farm 3,200 hectares "
      "between them.\n\n"
      "\"Nobody will buy the soy,\" said Evandro, the elder.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Evandro Soares",
                                               "Nobody will buy the soy,")));
}

TEST(QuoteSpeakerTest, DonBeforeAGivenNameIsAnHonorific) {
  // "Don Mario Chan Poot": the Spanish honorific, left out; "Don Lemon"
  // keeps his given name. "Attorney-at-law" is a title.
  const std::string text =
      "\"The fish leave,\" said Don Mario Chan Poot, a fisherman.\n\n"
      "\"It was a long night,\" said Don Lemon, the host.\n\n"
      "\"This is the loophole,\" said Attorney-at-law Sasha Goolsarran.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Mario Chan Poot", "The fish leave,"),
                          Direct("Don Lemon", "It was a long night,"),
                          Direct("Sasha Goolsarran", "This is the loophole,")));
}

TEST(QuoteSpeakerTest, SpanishFirstSurnameOfTheOneNamedSince) {
  // "Ruiz said" after "Raúl López Ruiz" and then "Lucía Ruiz Moreno": the
  // first surname names the family, of the one named since.
  const std::string text =
      "\"We are against the model,\" said the councillor, Raúl López "
      "Ruiz.\n\n"
      "Lucía Ruiz Moreno, 71, has lived on Calle Álamos for five decades. "
      "\"I am the last attraction,\" Ruiz said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Raúl López Ruiz", "We are against the model,"),
                  Direct("Lucía Ruiz Moreno", "I am the last attraction,")));
}

TEST(QuoteSpeakerTest, TheMinisterIsThePersonNamedAfterThePortfolio) {
  // "the Minister of the Blue Economy and Marine Conservation, Hon.
  // Orlando Habet-Cuellar", a paragraph later "the Minister said": the
  // person named after the title and its portfolio.
  const std::string text =
      "About 80 fishers voiced their frustration to the Minister of the Blue "
      "Economy and Marine Conservation, Hon. Orlando Habet-Cuellar.\n\n"
      "Fishers say the patrols come every week.\n\n"
      "\"I hear you,\" the Minister said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Orlando Habet-Cuellar", "I hear you,")));
}

TEST(QuoteSpeakerTest, MongolianInitialAndGivenName) {
  // "B.Oyunchimeg said" after "Batsukh Oyunchimeg": the father's name's
  // initial joined to the given name is the person named in full.
  const std::string text =
      "Forecasting head Batsukh Oyunchimeg said the snow was deep.\n\n"
      "\"The risk becomes very serious,\" B.Oyunchimeg said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Batsukh Oyunchimeg",
                                 "The risk becomes very serious,")));
}

TEST(QuoteSpeakerTest, PartyAndHomeTownTagIsTheLegislators) {
  // "Sen. Kirk Halvorsen, R-Lehi, whose district ..., said": the tag
  // after the name is no speaker; the legislator is.
  const std::string text =
      "Sen. Kirk Halvorsen, R-Lehi, whose district includes much of the "
      "area known as \"Silicon Slopes,\" said the case \"should worry "
      "every founder.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Term("Silicon Slopes,"),
                  Partial("Kirk Halvorsen", "should worry every founder.")));
}

TEST(QuoteSpeakerTest, TheElderOfAFamilyNameWrittenFirst) {
  // "the elder Tan" after "Tan Chee Keong, 58" and "Tan Jun Hao, 26": of
  // the people whose family name opens their names, the parent.
  const std::string text =
      "Shop owner Tan Chee Keong, 58, said he and his son, Tan Jun Hao, 26, "
      "moved stock upstairs.\n\n"
      "\"We learnt our lesson in 2014,\" the elder Tan said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Tan Chee Keong", "We learnt our lesson in 2014,")));
}

TEST(QuoteSpeakerTest, TheDoctorOpeningAParagraphIsTheSubjectBefore) {
  // "..., Ana Rita Costa, told Lusa ..." and, opening the next paragraph,
  // ""...," the doctor said": with nobody described as a doctor, the
  // person who was the subject in the paragraph before.
  const std::string text =
      "The director of the obstetrics service, Ana Rita Costa, told Lusa "
      "that the service had lost seven specialists.\n\n"
      "\"My team is exhausted,\" the doctor said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Ana Rita Costa", "My team is exhausted,")));
}

TEST(QuoteSpeakerTest, FijianGhanaianZimbabweanAndIrishHonorifics) {
  // "Adi" (a Fijian woman of chiefly rank, in a text about Fiji),
  // "Opanin" (an Akan elder), "Cde" (comrade) and "Garda" before a given
  // name are left out of the name.
  const std::string text =
      "Cane growers met in Lautoka, Fiji, on Monday.\n\n"
      "\"We cannot lose another generation,\" said fund chair Adi Litia "
      "Qionibaravi.\n\n"
      "\"Our cocoa is drinking mud,\" said Opanin Kofi Mensah.\n\n"
      "\"We are assuring,\" said Cde Farai Mutandiro.\n\n"
      "\"He was calm,\" said Garda Shane Lalor.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Litia Qionibaravi",
                                 "We cannot lose another generation,"),
                          Direct("Kofi Mensah", "Our cocoa is drinking mud,"),
                          Direct("Farai Mutandiro", "We are assuring,"),
                          Direct("Shane Lalor", "He was calm,")));
  // (Elsewhere "Adi" is a given name.)
  const std::string given = "\"It is a hard problem,\" said Adi Shamir.\n";
  EXPECT_THAT(Quotes(given),
              ElementsAre(Direct("Adi Shamir", "It is a hard problem,")));
}

TEST(QuoteSpeakerTest, BhutaneseAndBangladeshiTitles) {
  // "Gup" and "Tshogpa" (Bhutan's local government head and village
  // representative) and "Alhaj" are titles, left out of the name.
  const std::string text =
      "\"Nothing is left to harvest,\" said Gup Kinzang Dorji.\n\n"
      "\"When do they sleep?\" said Tshogpa Phuntsho Wangmo.\n\n"
      "\"I have deeds,\" said Alhaj Abdul Mannan Bepari.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Kinzang Dorji", "Nothing is left to harvest,"),
                  Direct("Phuntsho Wangmo", "When do they sleep?"),
                  Direct("Abdul Mannan Bepari", "I have deeds,")));
}

TEST(QuoteSpeakerTest, TheCourtIsTheBenchOfJusticesNamedBefore) {
  // "The bench of Justice X and Justice Y passed the order" and then
  // "the court observed": the two judges.
  const std::string text =
      "The bench of Justice Md Ashraful Kabir and Justice Nasreen Akhter "
      "Lipi passed the order on Tuesday.\n\n"
      "\"The river is not anyone's property,\" the court observed.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Md Ashraful Kabir and Nasreen Akhter Lipi",
                                 "The river is not anyone's property,")));
}

TEST(QuoteSpeakerTest, TheNameAfterATitlesLongPortfolio) {
  // A title with a portfolio the rules do not know, before the name: the
  // name opens after a "Dr", at an initial, or at a word the text never
  // writes in lower case that is no member of the portfolio's list.
  const std::string text =
      "Minister of State for Fisheries and Ocean Resources Dr Aishath "
      "Shaheema told reporters the ministry was \"in discussion\" with the "
      "fisheries company.\n\n"
      "\"We cannot stop the snow,\" Minister of Food, Agriculture and Light "
      "Industry J.Enkhbayar said.\n\n"
      "Prime Minister's Focal Person for Polio Eradication Syeda Mehreen "
      "Bukhari told the "
      "meeting the trend was \"encouraging\". The eradication of polio is "
      "near.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Aishath Shaheema", "in discussion"),
                          Direct("J.Enkhbayar", "We cannot stop the snow,"),
                          Partial("Syeda Mehreen Bukhari", "encouraging")));
}

TEST(QuoteSpeakerTest, APortfolioAfterForIsNoPartOfTheName) {
  // A minister named with the portfolio far from any quotation: the name
  // opens after the portfolio, for the surname later.
  const std::string text =
      "Japan's State Minister for Foreign Affairs Kenji Morita held talks in "
      "Colombo on Wednesday.\n\n"
      "The talks covered trade.\n\n"
      "They also covered energy.\n\n"
      "They covered the ports too.\n\n"
      "\"We are ready,\" Morita said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Kenji Morita", "We are ready,")));
}

TEST(QuoteSpeakerTest, AnEmbassyIsNamedForWhereItIs) {
  // An embassy is a body (not "Japan", the country it is of), and the
  // place it is in is part of its name.
  const std::string text =
      "The Embassy of Japan said the visit was \"a new chapter.\"\n\n"
      "In a statement, the Embassy of Japan in Sri Lanka said it was "
      "\"pleased.\"\n\n"
      "The US Embassy in Kyiv said the staff were \"safe.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Embassy of Japan", "a new chapter."),
                          Partial("Embassy of Japan in Sri Lanka", "pleased."),
                          Partial("US Embassy in Kyiv", "safe.")));
}

TEST(QuoteSpeakerTest, TheClubIsATeamReadAsAPerson) {
  // "Kaizer Chiefs" looks like a person's name; a name ending in a plural
  // and opening with no first name is the team "the club" means.
  const std::string text =
      "Kaizer Chiefs beat Golden Arrows 2-1 on Wednesday.\n\n"
      "Chiefs later confirmed that defender Nkosinathi Sibiya had been "
      "substituted. In a statement, the club said the player would "
      "\"undergo further assessment\" on Thursday.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Kaizer Chiefs",
                                                "undergo further assessment")));
}

TEST(QuoteSpeakerTest, APlaceAdjectiveAloneIsNoName) {
  // "Leeds-based" describes where the subject is; before a relative
  // clause it was read as the speaker's name.
  const std::string text =
      "A Mumbai-based venture capitalist who invests in startups, who did "
      "not wish to be named, said the sector had been through \"a painful "
      "correction\".\n\n"
      "The Leeds-based retailer, which has traded for 46 years, said the "
      "stores were \"loss-making\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A Mumbai-based venture capitalist",
                                  "a painful correction"),
                          Partial("The Leeds-based retailer", "loss-making")));
}

TEST(QuoteSpeakerTest, AReportingVerbRightAfterAnotherIsItsNoun) {
  // "said demand had risen": "demand" is what was said, not a second verb
  // whose subject would run to "said".
  const std::string text =
      "Chairman of trustees Alan Greaves said demand had risen every "
      "year.\n\n"
      "\"When we started we thought we would be needed,\" he said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Alan Greaves",
                                 "When we started we thought we would be "
                                 "needed,")));
}

TEST(QuoteSpeakerTest, CofounderWrittenAsOneWordIsATitle) {
  // "Cofounder and COO Kavya Reddy": two titles joined by "and" before the
  // name, as "Chairman and CEO" are, in the spelling without a hyphen.
  const std::string text =
      "Cofounder and COO Kavya Reddy said the loan book had gross bad loans "
      "\"below 2%\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Kavya Reddy", "below 2%")));
}

TEST(QuoteSpeakerTest, ACanadianDepartmentsPortfoliosListedWithCommas) {
  // A federal department named for its portfolios, with commas before the
  // "and": the whole list is its name.
  const std::string text =
      "Innovation, Science and Economic Development Canada said it was "
      "\"monitoring the situation\".\n\n"
      "Immigration, Refugees and Citizenship Canada said it was "
      "\"reviewing\" the files.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Innovation, Science and Economic Development Canada",
                          "monitoring the situation"),
                  Partial("Immigration, Refugees and Citizenship Canada",
                          "reviewing")));
}

TEST(QuoteSpeakerTest, CaciqueIsATitle) {
  // Brazil's press writes an Indigenous chief's title before the name.
  const std::string text =
      "\"We want to be consulted in our language,\" said Cacique Jairo Kaba "
      "Munduruku.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Jairo Kaba Munduruku",
                                 "We want to be consulted in our language,")));
}

TEST(QuoteSpeakerTest, SouthAsianPoliceRanksAndTheirZones) {
  // Pakistani and Indian papers write a police rank, and the zone it
  // commands, before the officer's name; "the SSP" is the officer later.
  const std::string text =
      "SSP East Kamran Ali Shah told reporters: \"The gang used two "
      "motorcycles.\"\n\n"
      "\"This is the problem,\" the SSP said.\n\n"
      "DIG South Asad Raza Naqvi said: \"Safety is our priority.\"\n\n"
      "Malam Sani Ibrahim said: \"I have cleared the land.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Kamran Ali Shah", "The gang used two motorcycles."),
                  Direct("Kamran Ali Shah", "This is the problem,"),
                  Direct("Asad Raza Naqvi", "Safety is our priority."),
                  Direct("Sani Ibrahim", "I have cleared the land.")));
}

TEST(QuoteSpeakerTest, InAStatementBetweenTheSubjectAndTheVerb) {
  // "X in a statement said": where it was said is no part of the subject
  // (but "said in a statement posted ..." is another verb's).
  const std::string text =
      "The Electoral Commission of Zambia (ECZ) in a statement said the poll "
      "was \"peaceful and orderly\".\n\n"
      "The Ministry of Health said in a statement posted on Tuesday that it "
      "had sent \"a rapid response team\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Electoral Commission of Zambia", "peaceful and orderly"),
          Partial("Ministry of Health", "a rapid response team")));
}

TEST(QuoteSpeakerTest, TheHeadOfABodyThenTheNameBetweenCommas) {
  // "The Head of the ... Department, Dr X, said": the person named between
  // the commas, not the capitalised role that opens the sentence.
  const std::string text =
      "The Head of the Internal Medicine Department, Dr Rehema Kasongo, said "
      "people came \"too late\".\n\n"
      "The Head of the Renal Unit, Dr Juma Mrisho, urged people to be "
      "tested, saying it was \"vital\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Rehema Kasongo", "too late"),
                                        Partial("Juma Mrisho", "vital")));
}

TEST(QuoteSpeakerTest, FormateurAndConciliatorAreTitles) {
  const std::string text =
      "\"We have agreed on a method,\" Formateur Olivier Vandenbossche "
      "said.\n\n"
      "National Conciliator Kaisa Rinne said: \"Both sides are ready.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Olivier Vandenbossche",
                                 "We have agreed on a method,"),
                          Direct("Kaisa Rinne", "Both sides are ready.")));
}

TEST(QuoteSpeakerTest, ABodysPersonNamedAfterItsNounInThePossessive) {
  // "said the party's Ida Marie Skou": the person, not the phrase.
  const std::string text =
      "\"Copenhagen is a city of cyclists,\" said the party\u2019s Ida Marie "
      "Skou.\n\n"
      "The club's Jane Doe said the result was \"a relief\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Ida Marie Skou", "Copenhagen is a city of cyclists,"),
                  Partial("Jane Doe", "a relief")));
}

TEST(QuoteSpeakerTest, ATitlesBodyWithItsOwnPortfolioBeforeTheName) {
  // "Director of the Hanoi Department of Construction Le Thi Mai Huong":
  // the name opens after the body's own "of" and portfolio, and the
  // portfolio is no first name for a "she" later.
  const std::string text =
      "Director of the Hanoi Department of Construction Le Thi Mai Huong said "
      "the city had finished nine projects.\n\n"
      "\"The biggest difficulties remain land funds,\" she said.\n\n"
      "\"It is fast-tracked,\" said Minister of State for Public Works Sean "
      "Kiely.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Le Thi Mai Huong",
                                 "The biggest difficulties remain land funds,"),
                          Direct("Sean Kiely", "It is fast-tracked,")));
}

TEST(QuoteSpeakerTest, ADocumentsParticipleAndTimeAreNoPartOfIt) {
  // "A ... report released last month found": the report, not "report
  // released".
  const std::string text =
      "A Government Accountability Office report released last month found "
      "that the program relied on \"complex procedures\" that confused "
      "applicants.\n\n"
      "A report published on Monday found that the scheme was \"poorly "
      "run\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A Government Accountability Office report",
                                  "complex procedures"),
                          Partial("A report", "poorly run")));
}

TEST(QuoteSpeakerTest, AnAgeFromAPlacePointsBackToThePersonNamed) {
  // "said the 16-year-old from Satkhira": where the person comes from,
  // after the age that points back to them.
  const std::string text =
      "Captain Afeida Sultana Mitu scored the equaliser.\n\n"
      "Mitu dedicated the win to the supporters. \"We could not let them go "
      "home sad,\" said the 16-year-old from Satkhira.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Afeida Sultana Mitu",
                                 "We could not let them go home sad,")));
}

TEST(QuoteSpeakerTest, APrepositionOfPlaceOpeningTheSentenceIsNoName) {
  // "Near Kiskunfelegyhaza, farmer Laszlo Szucs ...": the place phrase is
  // no one; the person after it is the subject.
  const std::string text =
      "Near Kiskunfelegyhaza, farmer Laszlo Szucs showed reporters a field "
      "of maize. \"The wells are running dry,\" he said.\n\n"
      "Outside City Hall, protester Anna Kovacs held a sign. \"We are not "
      "going away,\" she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Laszlo Szucs", "The wells are running dry,"),
                          Direct("Anna Kovacs", "We are not going away,")));
}

TEST(QuoteSpeakerTest, TheNewOfAPlaceOpensABodysName) {
  // "The New York State Thruway Authority": "New" is part of the name.
  const std::string text =
      "The New York State Thruway Authority closed the Thruway overnight. "
      "\"We had no choice,\" the authority said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("New York State Thruway Authority",
                                 "We had no choice,")));
}

TEST(QuoteSpeakerTest, APlaceNamedForATitledPersonKeepsTheTitle) {
  // "Prince George's County", "Prince Edward Island": the title is part of
  // the place's name, and of the body's named for it.
  const std::string text =
      "The Prince George's County Department of Public Works and "
      "Transportation said it would add trips. \"We are working with "
      "Metro,\" the department said.\n\n"
      "\"We are ready,\" the Prince Edward Island Department of Health "
      "said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Prince George's County Department of Public Works "
                         "and Transportation",
                         "We are working with Metro,"),
                  Direct("Prince Edward Island Department of Health",
                         "We are ready,")));
}

TEST(QuoteSpeakerTest, AUnionLocalsNumberEndsItsName) {
  // "the Teamsters Local 727 said": the number is part of the name, and
  // "the" is not.
  const std::string text =
      "In a statement, the Teamsters Local 727 said it would \"hold the "
      "district to its word\".\n\n"
      "\"We will fight for every job,\" said Local 727 president Dana "
      "Ruiz.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Teamsters Local 727",
                                  "hold the district to "
                                  "its word"),
                          Direct("Dana Ruiz", "We will fight for every job,")));
}

TEST(QuoteSpeakerTest, ARequestInsideReportedWordsIsNoCue) {
  // "X said his members had asked for ..., but the idea had been "...": the
  // request is part of what X said; a request quoted right after "for"
  // still reports words.
  const std::string text =
      "Kevin Marsh, chairman of the traders' association, said his members "
      "had asked for a free first half-hour, but the idea had been "
      "\"dismissed out of hand\".\n\n"
      "Prosecutors had asked for six years; his lawyers had asked for home "
      "confinement, citing his \"lifetime of service\".\n\n"
      "The mayor asked for \"calm and patience\" as the inquiry went on.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Kevin Marsh", "dismissed out of hand"),
                          Partial("his lawyers", "lifetime of service"),
                          Partial("The mayor", "calm and patience")));
}

TEST(QuoteSpeakerTest, ANameOfThreeWordsAfterABodyOfOne) {
  // "Superintendent of Police Ravinder Singh Chauhan": after a body of one
  // word, the three words are the name, first name and all.
  const std::string text =
      "Mandi Superintendent of Police Ravinder Singh Chauhan said the driver "
      "lost control. \"A case has been registered,\" Chauhan said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Ravinder Singh Chauhan",
                                               "A case has been registered,")));
}

TEST(QuoteSpeakerTest, AGivenNameBeforeSinghIsNoDescription) {
  // "Gurvinder Singh Dhillon reopened": a given name the lists lack ends
  // like a noun of people ("Developer Marcus Feld"), but before "Singh" it
  // is the name's first word.
  const std::string text =
      "Gurvinder Singh Dhillon reopened his store within an hour. \"People "
      "need gas,\" Dhillon said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Gurvinder Singh Dhillon",
                                               "People need gas,")));
}

TEST(QuoteSpeakerTest, SaidTheRoleAfterAQuoteOpeningItsParagraph) {
  // "At a butcher's shop, X said ...", then ""...," said the butcher,":
  // the one-word role after the verb is the person just spoken of, as "the
  // butcher said" is.
  const std::string text =
      "At a butcher's shop in Boedo, Carlos Fernandez said beef prices had "
      "gone up three times.\n\n"
      "\"What am I going to do? If I don't pass it on, I close,\" said the "
      "butcher, who is no relation to the economist.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Carlos Fernandez",
                                 "What am I going to do? If I don't pass it "
                                 "on, I close,")));
}

TEST(QuoteSpeakerTest, TheTitleOfAPlaceThenTheTitledPersonBetweenCommas) {
  // "The Anglican Bishop of Nakuru, the Rt Rev Samuel Wambugu, called":
  // the person between the commas is the subject, for a "he said" after.
  const std::string text =
      "The commission on Friday declared Joseph Gachanja the winner of the "
      "by-election, but his closest rival, Esther Kamau, called the result "
      "\"daylight robbery\".\n\n"
      "A senior official who asked not to be named said two kits had been "
      "replaced. \"It is normal,\" the official said.\n\n"
      "The Anglican Bishop of Nakuru, the Rt Rev Samuel Kariuki Wambugu, "
      "called for calm. \"Elections come and go,\" he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Esther Kamau", "daylight robbery"),
                  Direct("A senior official", "It is normal,"),
                  Direct("Samuel Kariuki Wambugu", "Elections come and go,")));
}

TEST(QuoteSpeakerTest, BruneiHonorificsAndTheFathersHaji) {
  // "Hajah Salmah binti Haji Othman": the honorific before the name goes,
  // the father's "Haji" after "binti" stays; Brunei's "Awang" and "Dayang"
  // are honorifics.
  const std::string text =
      "Among the weavers was Hajah Salmah binti Haji Othman, 67, from "
      "Kampong Sungai Kebun. \"I learnt from my mother,\" she said.\n\n"
      "Also present was Awang Muhammad Aqil bin Abdullah, who sells his work "
      "online. \"The orders come in,\" he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Salmah binti Haji Othman", "I learnt from my mother,"),
          Direct("Muhammad Aqil bin Abdullah", "The orders come in,")));
}

TEST(QuoteSpeakerTest, AKenyanCountyAssemblyMemberIsATitleAndARole) {
  // "Biashara Ward MCA Joseph Njuguna ... the MCA said".
  const std::string text =
      "Biashara Ward MCA Joseph Njuguna called on the county to suspend the "
      "directive.\n\n"
      "\"Let us sit down with them,\" the MCA said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Joseph Njuguna",
                                               "Let us sit down with them,")));
}

TEST(QuoteSpeakerTest, ANameEndingInApostropheSBeforeItsVerbKeepsIt) {
  // "McDonald's said": no possessive, the name's own ending.
  const std::string text =
      "McDonald's said the change was \"a difficult decision\".\n\n"
      "Sainsbury's chief executive said prices would \"stay low\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("McDonald's", "a difficult decision"),
                          Partial("Sainsbury's chief executive", "stay low")));
}

TEST(QuoteSpeakerTest, TheLastOfTwoPlacesAfterInTheIsAPlace) {
  // "in the Agbara and Ota axis": the last of a list after a preposition
  // and "the" is a place, no subject for the "he said" after.
  const std::string text =
      "Chairman of the association, John Danjuma, lamented that 17 companies "
      "in the Agbara and Ota axis had shut down.\n\n"
      "\"When a factory closes, the workers suffer,\" he said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct(
                                "John Danjuma",
                                "When a factory closes, the workers suffer,")));
}

TEST(QuoteSpeakerTest, TheCityOfAPersonsFirmBeforeTheVerbIsNoName) {
  // "Rafael Quintero of Quintero & Moss in Des Moines said": the person,
  // not the firm and its city.
  const std::string text =
      "Plaintiffs' lawyer Rafael Quintero of Quintero & Moss in Des Moines "
      "said the decision \"puts the responsibility where it belongs.\"\n\n"
      "Ana Ruiz of Ruiz Legal in Miami said the ruling was \"overdue\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Rafael Quintero",
                                  "puts the responsibility where it belongs."),
                          Partial("Ana Ruiz", "overdue")));
}

TEST(QuoteSpeakerTest, TheSuspectIsAPerson) {
  // "Police said the suspect told officers he "...": the suspect speaks,
  // and a suspect's words are no term.
  const std::string text =
      "Police said the suspect told officers he \"was defending himself,\" "
      "a claim detectives are investigating.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("the suspect", "was defending himself,")));
}

TEST(QuoteSpeakerTest, HajiInsideANameIsAName) {
  // "Juma Haji Mwinyimkuu": "Haji" after a given name is part of the name,
  // for the surname later; "Kiai Haji X" opens with two honorifics.
  const std::string text =
      "Juma Haji Mwinyimkuu said the trips were costly. \"I sold my shop,\" "
      "Mwinyimkuu added.\n\n"
      "\"Our job is finished,\" said Kiai Haji Zainal Muttaqin.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Juma Haji Mwinyimkuu", "I sold my shop,"),
                          Direct("Zainal Muttaqin", "Our job is finished,")));
}

TEST(QuoteSpeakerTest, APlacesTitleThenTheNameBetweenCommasAfterAnOpening) {
  // "Speaking yesterday, the Mbeya Regional Commissioner, Ms X, said": the
  // name between the commas is the subject, after an opening phrase and a
  // capitalised title.
  const std::string text =
      "Speaking yesterday, the Mbeya Regional Commissioner, Ms Happiness "
      "Lyimo Mwansasu, said the facility was part of the effort.\n\n"
      "\"Before this unit, patients travelled far,\" she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Happiness Lyimo Mwansasu",
                                 "Before this unit, patients travelled far,")));
}

TEST(QuoteSpeakerTest, AnIndefiniteDescriptionWithACapitalisedRoleIsNoName) {
  // "a senior Tory MP said": an unnamed source as written, not "Tory" or
  // "MP" read as a name.
  const std::string text =
      "Motorists are \"paying the price\", a senior Tory MP said.\n\n"
      "The plan is \"the nuclear option\", one senior MP has warned.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("a senior Tory MP", "paying the price"),
                          Partial("one senior MP", "the nuclear option")));
}

TEST(QuoteSpeakerTest, AndThatJoinsAClauseToAnEarlierVerbOfSpeech) {
  // "He told lawmakers that the ministry had written to ... and that work
  // would resume "...": the second "that" clause is still his.
  const std::string text =
      "Public Works Minister Emmanuel Toweh appeared before plenary.\n\n"
      "He told lawmakers that the ministry had written to the Ministry of "
      "Finance requesting the release of funds and that work would resume "
      "\"by the end of the first quarter\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Emmanuel Toweh",
                                  "by the end of the first quarter")));
}

TEST(QuoteSpeakerTest, TheCityOfAPlaceIsALocalAuthority) {
  // "The City of Ekurhuleni said ...": an organisation of that full name,
  // which a later "it said" stands for, also when "The" opens the sentence.
  const std::string text =
      "The City of Ekurhuleni said in a statement that the officials had "
      "been suspended.\n\n"
      "\"We have zero tolerance for corruption,\" it said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("City of Ekurhuleni",
                                 "We have zero tolerance for corruption,")));
}

TEST(QuoteSpeakerTest, APluralTitleBeforeTwoNamesJoinedByAnd) {
  // "Councilors Analyn Tampus and Jerome Saberon": a title for both, so
  // that "Tampus" later is Analyn Tampus.
  const std::string text =
      "The two councilors who voted against it, Councilors Analyn Tampus "
      "and Jerome Saberon, said they objected.\n\n"
      "Tampus said the City had known. \"This is an emergency,\" she "
      "said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Analyn Tampus", "This is an emergency,")));
}

TEST(QuoteSpeakerTest, AMinistrysPortfoliosListedWithCommasBeforeAGerund) {
  // "The Ministry of Trade, Industry and Energy said ..., describing": the
  // ministry, not "Energy" after the comma, nor a company of that word.
  const std::string text =
      "Hanul Energy shares fell.\n\n"
      "The Ministry of Trade, Industry and Energy said in a statement that "
      "it would extend loans, describing the industry as \"a strategic "
      "asset.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ministry of Trade, Industry and Energy",
                                  "a strategic asset.")));
}

TEST(QuoteSpeakerTest, ABodysPortfoliosListedWithCommasBeforeItsWord) {
  // "the Agriculture, Fisheries and Conservation Department": one body,
  // which "the department" later is.
  const std::string text =
      "Hong Kong has 84 species of coral, \"more than the Caribbean\", "
      "according to the Agriculture, Fisheries and Conservation "
      "Department.\n\n"
      "\"We will study the findings,\" the department said.\n";
  const std::string body = "Agriculture, Fisheries and Conservation Department";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial(body, "more than the Caribbean"),
                          Direct(body, "We will study the findings,")));
}

TEST(QuoteSpeakerTest, ATitleOfAPlacesOfficeBeforeTheName) {
  // "Deputy Utah County Attorney Sean Albrecht": a county's office in the
  // title, not a place named for a titled person ("Prince George's
  // County").
  const std::string text =
      "\"This was not a lapse,\" Deputy Utah County Attorney Sean Albrecht "
      "told the judge.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Sean Albrecht", "This was not a lapse,")));
}

TEST(QuoteSpeakerTest, ATitleOfABodyThenTheName) {
  // "President of the Public Health Inspectors Union Chaminda Weerasekara":
  // the body's name opens with a portfolio's words ("Public Health") and
  // ends in its word ("Union"); the two words after it are the person.
  const std::string text =
      "Inspectors are stretched. President of the Public Health Inspectors "
      "Union Chaminda Weerasekara told the paper that posts remained "
      "vacant.\n\n"
      "\"One inspector serves 15,000 people,\" Weerasekara said.\n\n"
      "President of the Government Medical Officers' Union Anura "
      "Dissanayaka told the paper that doctors were leaving.\n\n"
      "\"We are losing them,\" Dissanayaka said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Chaminda Weerasekara",
                                 "One inspector serves 15,000 people,"),
                          Direct("Anura Dissanayaka", "We are losing them,")));
}

TEST(QuoteSpeakerTest, ATribunalIsABody) {
  // "..., the Solicitors Disciplinary Tribunal heard. ... the tribunal
  // said": the tribunal named before, not the firm named before it.
  const std::string text =
      "Jeremy Pask, sole principal of Pask & Co, admitted 23 transfers, the "
      "Solicitors Disciplinary Tribunal heard.\n\n"
      "In its judgment, the tribunal said the conduct had been "
      "\"deliberate\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Solicitors Disciplinary Tribunal", "deliberate")));
}

TEST(QuoteSpeakerTest, JeanBeforeAMansNameIsAMans) {
  // "Dr Jean Claude Mugabo ... he explained": the French "Jean" before
  // "Claude" is a man's name, though "Jean" alone reads as a woman's.
  const std::string text =
      "Dr Jean Claude Mugabo said most people do not know.\n\n"
      "\"The health worker knows every household,\" he explained.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Jean Claude Mugabo",
                                 "The health worker knows every household,")));
}

TEST(QuoteSpeakerTest, ASlogansWordsAreNoName) {
  // "(Know Where You Stand)": a campaign's name in translation, with a
  // pronoun in it, is nobody "he" can stand for.
  const std::string text =
      "The campaign, dubbed \"Menya Uko Uhagaze\" (Know Where You Stand), "
      "was launched on Monday.\n\n"
      "\"The health worker knows every household,\" he said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Term("Menya Uko Uhagaze"),
                  Direct("", "The health worker knows every household,")));
}

TEST(QuoteSpeakerTest, CounselSubmittedThat) {
  // "Senior advocate Rohan Malhotra submitted that ... "Q"": counsel's
  // verb of speech before "that"; not "submitted a report".
  const std::string text =
      "Senior advocate Rohan Malhotra submitted that the delay had forced "
      "the school to \"bridge an unsustainable deficit\" from its "
      "reserves.\n\n"
      "The school submitted its \"annual return\" late.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Rohan Malhotra", "bridge an unsustainable deficit"),
                  Term("annual return")));
}

TEST(QuoteSpeakerTest, CalledOnSomeoneToDoTheQuotedWords) {
  // "called on the Finance Minister to "ring-fence" part of the levy": a
  // demand whose words are what is asked; not "called on the Taoiseach to
  // extend the "rent pressure zone" rules", a scheme's name.
  const std::string text =
      "Dr Kwabena Asare-Yeboah said patients were struggling. He called on "
      "the Finance Minister to \"ring-fence\" part of the levy.\n\n"
      "Gráinne Tobin called on the Taoiseach to extend the \"rent pressure "
      "zone\" rules.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Kwabena Asare-Yeboah", "ring-fence"),
                          Term("rent pressure zone")));
}

TEST(QuoteSpeakerTest, AccordingToAnObjectPronoun) {
  // "According to her, ... "clean" ...": the pronoun after "according to"
  // stands for the speaker, as a name there does.
  const std::string text =
      "Registrar Isatu Conteh-Jalloh addressed reporters.\n\n"
      "According to her, the candidates would be invited to appear, and "
      "results found to be \"clean\" would be released.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Isatu Conteh-Jalloh", "clean")));
}

TEST(QuoteSpeakerTest, PutItToTheWitnessThat) {
  // "Lawyer Kebba Touray put it to the witness that ... "Q"": "put" after a
  // capitalised word is a verb when its "it" follows.
  const std::string text =
      "Lawyer Kebba Touray put it to the witness that she had given the "
      "money to \"someone she knows very well\" and was blaming a man.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Kebba Touray", "someone she knows very well")));
}

TEST(QuoteSpeakerTest, PoliceRanksAreTitles) {
  // "Comm Datuk Rosli Hamzah ... Comm Rosli said": the Malaysian police's
  // Commissioner, then the given name; "Trooper Ashley Vandermark", a US
  // state police officer.
  const std::string text =
      "The suspects were detained, said Johor police chief Comm Datuk Rosli "
      "Hamzah.\n\n"
      "\"The scripts were detailed,\" Comm Rosli said.\n\n"
      "\"That one picture gave us a face,\" said Trooper Ashley "
      "Vandermark.\n\n"
      "\"It was a floating nightclub,\" said Kumu Hoku Alapai.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Rosli Hamzah", "The scripts were detailed,"),
          Direct("Ashley Vandermark", "That one picture gave us a face,"),
          Direct("Hoku Alapai", "It was a floating nightclub,")));
}

TEST(QuoteSpeakerTest, AnEnglishGivenNameBeforeACantoneseName) {
  // "Vivian Tsang Wing-sze, head of research ..., said": "Vivian" ends like
  // "librarian" but is her given name, before a Cantonese name.
  const std::string text =
      "Vivian Tsang Wing-sze, head of research at Ridgeline Surveyors, said "
      "the recovery was concentrated.\n\n"
      "\"Small units are doing the heavy lifting,\" Tsang said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Vivian Tsang Wing-sze",
                                 "Small units are doing the heavy lifting,")));
}

TEST(QuoteSpeakerTest, ABodysShortNameIsItsFullName) {
  // "Ozark Highlands Medical Center filed ... Ozark Highlands declined ...
  // the hospital said": the body named in full before.
  const std::string text =
      "Records show Ozark Highlands Medical Center filed more than 3,100 "
      "debt lawsuits.\n\n"
      "Ozark Highlands declined to make its chief executive available. In a "
      "written statement, the hospital said it \"has always provided "
      "care\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ozark Highlands Medical Center",
                                  "has always provided care")));
}

TEST(QuoteSpeakerTest, APortfolioAfterATitleBeforeAFirstName) {
  // "DIG Operations Imran Rasheed Bhatti", "Director General Sports Khyber
  // Pakhtunkhwa Tariq Mehmood Khalil": the title's portfolio (and place),
  // then the name, which a known first name opens.
  const std::string text =
      "DIG Operations Imran Rasheed Bhatti said kites were banned.\n\n"
      "\"We are going after the supply chain,\" Bhatti said.\n\n"
      "Director General Sports Khyber Pakhtunkhwa Tariq Mehmood Khalil "
      "distributed prizes.\n\n"
      "\"Talent is not the problem,\" Khalil said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Imran Rasheed Bhatti",
                                 "We are going after the supply chain,"),
                          Direct("Tariq Mehmood Khalil",
                                 "Talent is not the problem,")));
}

TEST(QuoteSpeakerTest, ADepartmentsPortfoliosWithCommasInAName) {
  // "the Queensland Department of the Environment, Tourism, Science and
  // Innovation said", "A Department for Environment, Food and Rural
  // Affairs spokesperson said": the whole body, commas and all.
  const std::string text =
      "In a statement, the Queensland Department of the Environment, "
      "Tourism, Science and Innovation said it was \"working with "
      "researchers\".\n\n"
      "A Department for Environment, Food and Rural Affairs spokesperson "
      "said: \"We are taking action.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Queensland Department of the Environment, Tourism, "
                          "Science and Innovation",
                          "working with researchers"),
                  Direct("A Department for Environment, Food and Rural "
                         "Affairs spokesperson",
                         "We are taking action.")));
}

TEST(QuoteSpeakerTest, AnAppositivesPredicateIsNoRole) {
  // "The public defender, Corinne Abbott, told the judge ...": what she
  // did is no role of hers, so "the judge said" is the judge.
  const std::string text =
      "He appeared in court Monday, where Judge Harold Nkemelu set bail.\n\n"
      "The public defender, Corinne Abbott, told the judge Monday that her "
      "client \"needs treatment.\"\n\n"
      "Nkemelu sided largely with prosecutors.\n\n"
      "\"I am not making a finding,\" the judge said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Corinne Abbott", "needs treatment."),
                  Direct("Harold Nkemelu", "I am not making a finding,")));
}

TEST(QuoteSpeakerTest, TheBodysLastTwoWordsStandForIt) {
  // "the New York State Thruway Authority ... the Thruway Authority said":
  // "the" and a body's last two words, the last a body's word, are the
  // body named in full before.
  const std::string text =
      "The New York State Thruway Authority opened the bridge.\n\n"
      "\"Repairs are underway,\" the Thruway Authority said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("New York State Thruway Authority",
                                 "Repairs are underway,")));
}

TEST(QuoteSpeakerTest, AGivenNameTheListsLackAfterAPortfolio) {
  // "Minister of State for Higher Education Darragh Mac Conmara": after
  // the portfolio, a given name the lists lack, then "Mac", which they
  // know.
  const std::string text =
      "Minister of State for Higher Education Darragh Mac Conmara said the "
      "Government would look at \"every lever\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Darragh Mac Conmara", "every lever")));
}

TEST(QuoteSpeakerTest, GeneralBeforeABodysWordIsPartOfTheName) {
  // "the ministry's General Department of Traffic said": "General" opens
  // the body's name; it is no general's title.
  const std::string text =
      "In a statement, the ministry's General Department of Traffic said "
      "the new law was \"achieving its purpose\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("General Department of Traffic",
                                                "achieving its purpose")));
}

TEST(QuoteSpeakerTest, ACuesWordAfterAPrepositionOfTimeIsANoun) {
  // "told reporters after question period that ...": "question" is a noun
  // after "after"; "after saying" is still a verb of speech.
  const std::string text =
      "Colin Verhoeven spoke.\n\n"
      "Verhoeven told reporters after question period that the committee "
      "would hear from \"every group that wants to be heard,\" but he "
      "signalled no delay.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Colin Verhoeven",
                                  "every group that wants to be heard,")));
}

TEST(QuoteSpeakerTest, AGerundsSubjectEndsWithARoleAndAName) {
  // "with its Barpeta district president Dipankar Kalita describing it as
  // "Q"": the person named after the role.
  const std::string text =
      "The union criticised the decision, with its Barpeta district "
      "president Dipankar Kalita describing it as \"a step backward\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Dipankar Kalita", "a step backward")));
}

TEST(QuoteTermTest, WhatAnUnnamedGroupDescribesAs) {
  // "what officials describe as "health care deserts"", "a practice staff
  // describe as "stacking"": a label an unnamed group gives by habit, as
  // "what critics call" is; not "what prosecutors described as", one
  // occasion's words.
  const std::string text =
      "The plan aims to shrink what officials describe as \"health care "
      "deserts\" in the state.\n\n"
      "The delays leave fewer ambulances, a practice staff describe as "
      "\"stacking\".\n\n"
      "The money paid for what prosecutors described as \"a lavish "
      "lifestyle\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("health care deserts"), Term("stacking"),
                          Partial("prosecutors", "a lavish lifestyle")));
}

TEST(QuoteSpeakerTest, ARelativeIsAPerson) {
  // ""...," a relative told this newspaper": an unnamed source.
  const std::string text =
      "Ricky Doodnauth was injured.\n\n"
      "\"They knew he was coming,\" a relative told this newspaper.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("a relative", "They knew he was coming,")));
}

TEST(QuoteSpeakerTest, AndAVerbOfSpeechAfterAReportedClause) {
  // "He said the network had received complaints from teachers who were
  // waiting ... and urged the ministry to ensure payments were made "Q"":
  // the subject of "said", not the words before "and urged".
  const std::string text =
      "Ros Vibol leads the teachers' network.\n\n"
      "He said the network had received complaints from teachers who were "
      "still waiting for allowances and urged the ministry to ensure "
      "payments were made \"on time and in full\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ros Vibol", "on time and in full")));
}

TEST(QuoteSpeakerTest, TheBodysLastWordsFoundInTheTextGoOnOverAFirstName) {
  // "The Jefferson County Sheriff's Office, which assisted ..., urged ...
  // the Sheriff's Office said": the body's whole name, though "Jefferson"
  // is also a first name.
  const std::string text =
      "The Jefferson County Sheriff\u2019s Office, which assisted in the "
      "investigation, urged camp owners to document valuables.\n\n"
      "\u201cWe encourage anyone to take photos,\u201d the Sheriff\u2019s "
      "Office said in a statement.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Jefferson County Sheriff\u2019s Office",
                                 "We encourage anyone to take photos,")));
}

TEST(QuoteSpeakerTest, AnAcronymSpelledOverAnotherLanguagesParticle) {
  // "the Bangko Sentral ng Pilipinas ... the BSP said": the Filipino "ng"
  // spells nothing, as "of" does in "ERCOT".
  const std::string text =
      "Inflation was under the Bangko Sentral ng Pilipinas target.\n\n"
      "In a statement, the BSP said the outturn was \"consistent with its "
      "assessment\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Bangko Sentral ng Pilipinas",
                                  "consistent with its assessment")));
}

TEST(QuoteSpeakerTest, ANameAfterARoleAndItsPortfolio) {
  // "Vysočina regional councillor for transport Jana Procházková said": the
  // name after the role and its portfolio; not "a spokesperson for the
  // World Food Programme", a body after "for the".
  const std::string text =
      "Vysočina regional councillor for transport Jana Procházková said the "
      "region had pushed for battery trains.\n\n"
      "\"We looked carefully at hydrogen,\" she said.\n\n"
      "A spokesperson for the World Food Programme said it was \"extremely "
      "concerned\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Jana Procházková",
                                 "We looked carefully at hydrogen,"),
                          Partial("A spokesperson for the World Food Programme",
                                  "extremely concerned")));
}

TEST(QuoteSpeakerTest, WorkAndPensionsIsAPortfolio) {
  // "Shadow Work and Pensions Secretary Sir Graham Pilling said": one
  // person after a title of two portfolios, not "Shadow Work" and him.
  const std::string text =
      "Shadow Work and Pensions Secretary Sir Graham Pilling said the leak "
      "showed Labour was \"preparing the ground for a pensions raid\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Graham Pilling",
                                  "preparing the ground for a pensions raid")));
}

TEST(QuoteSpeakerTest, ATitledNameInsideADescribedSpeakerAfterTheQuote) {
  // ""...," said BACA director of culture and arts Dr Fatima Al Mannai at
  // the opening.": the titled name inside the description; not "a senior
  // Economy Ministry official", no name.
  const std::string text =
      "\"The nahham was important,\" said BACA director of culture and arts "
      "Dr Fatima Al Mannai at the opening.\n\n"
      "\"There is no plan,\" a senior Economy Ministry official said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Fatima Al Mannai", "The nahham was important,"),
          Direct("a senior Economy Ministry official", "There is no plan,")));
}

TEST(QuoteSpeakerTest, TheCityOfAPlaceInLowerCaseIsTheLocalAuthority) {
  // "The city of Ann Arbor, which ..., said": the City of Ann Arbor.
  const std::string text =
      "The city of Ann Arbor, which draws its water from the Huron, said in "
      "a statement that levels were \"below state limits\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("City of Ann Arbor", "below state limits")));
}

TEST(QuoteSpeakerTest, ButSaidAfterAnOpeningParticiple) {
  // "Sentencing, Judge X said he accepted it, but said he had shown "Q"":
  // the judge, not "Sentencing", the participle that opens the sentence.
  const std::string text =
      "Sentencing, Judge Gwyn Parry-Evans said he accepted it, but said he "
      "had shown \"a callous disregard\" for the man.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Gwyn Parry-Evans", "a callous disregard")));
}

TEST(QuoteSpeakerTest, TheRoleOfTheSubjectJustNamedWithARelativeClause) {
  // "Brandt said .... The composer, who ..., described it as "Q"": the
  // person just the subject, as "The composer described it as" is.
  const std::string text =
      "The show has music by Elias Brandt.\n\n"
      "Brandt said the transfer had come faster than he expected. The "
      "composer, who spent a decade writing for television, described the "
      "past year as \"a fever dream with very good reviews.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Elias Brandt",
                                  "a fever dream with very good reviews.")));
}

TEST(QuoteSpeakerTest, ADefencemanOpeningTheSentenceIsNoPartOfTheName) {
  // "Defenceman Ryland Kostiuk scored": the position, then the name.
  const std::string text =
      "Defenceman Ryland Kostiuk scored at 3:14 of the extra frame.\n\n"
      "\"I just saw a lane,\" Kostiuk said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Ryland Kostiuk", "I just saw a lane,")));
}

TEST(QuoteSpeakerTest, ANounOfANationBeforeAnUnknownFirstName) {
  // "Dutchman Daan Hoekstra finished second": not "Dutchman Daan
  // Hoekstra", though "Daan" is in no list of first names.
  const std::string text =
      "Dutchman Daan Hoekstra finished second.\n\n"
      "\"He was simply the strongest today,\" Hoekstra said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Daan Hoekstra",
                                               "He was simply the strongest "
                                               "today,")));
}

TEST(QuoteSpeakerTest, AnAgeOrANationBeforeANameFarFromTheQuotation) {
  // Read only for names, paragraphs before: "Nineteen-year-old Vikas
  // Gowda", "Swede Lars Ekdahl".
  const std::string text =
      "Nineteen-year-old Vikas Gowda took eight wickets.\n\n"
      "Swede Lars Ekdahl finished second.\n\n"
      "It was a good day.\n\n"
      "The crowd was big.\n\n"
      "The sun shone.\n\n"
      "\"I did not expect it,\" Gowda said.\n\n"
      "\"He was strong,\" Ekdahl said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Vikas Gowda", "I did not expect it,"),
                          Direct("Lars Ekdahl", "He was strong,")));
}

TEST(QuoteSpeakerTest, AlBeforeASurnameAfterAPortfolioIsNoFirstName) {
  // "Director of Private Education Affairs Hamad Saleh Al Kuwari said": the
  // given names before "Al Kuwari", not "Al" as in "Al Gore".
  const std::string text =
      "Director of Private Education Affairs Hamad Saleh Al Kuwari said: "
      "\"The aim is clear.\"\n\n"
      "\"Parents have a right to know,\" Al Kuwari said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Hamad Saleh Al Kuwari", "The aim is clear."),
                          Direct("Hamad Saleh Al Kuwari",
                                 "Parents have a right to know,")));
}

TEST(QuoteSpeakerTest, ATitleOfABodyThenTheNameBeforeTwoVerbs) {
  // "The Commissioner of Police, CP Babatunde Adeyemo, commended ... and
  // warned": the person named between commas, described by the title (not
  // by the words up to the verb); "CP" is a police rank.
  const std::string text =
      "The Commissioner of Police, CP Babatunde Adeyemo, commended the "
      "officers and the vigilantes, and warned criminals to \"relocate from "
      "Kwara State.\"\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Babatunde Adeyemo");
  EXPECT_EQ(quotes[0].speaker.description, "The Commissioner of Police");
}

TEST(QuoteSpeakerTest, ADescriptionOpeningTheSentenceBeforeTheNameAndTwoVerbs) {
  // "Villa's German goalkeeper, Jonas Brandt, made a save and said": the
  // description is the one before the name.
  const std::string text =
      "Villa's German goalkeeper, Jonas Brandt, made a save and said it was "
      "\"a good day.\"\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Jonas Brandt");
  EXPECT_EQ(quotes[0].speaker.description, "Villa's German goalkeeper");
}

TEST(QuoteSpeakerTest, ABareTitleOfABodyThenANameOfOneWord) {
  // "Head of the Bandung City Health Office, Sukirman, said": a role with
  // no article opening the sentence, then a name of one word between
  // commas, the one "he" stands for next.
  const std::string text =
      "Head of the Bandung City Health Office, Sukirman, said the trucks "
      "would visit 30 sub-districts.\n\n"
      "\"Many people with TB do not come,\" he said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Sukirman",
                                               "Many people with TB do not "
                                               "come,")));
}

TEST(QuoteKindTest, NamesGivenAsExamplesAfterSuchAsAreTerms) {
  // "According to police, the gangs go by names such as "Bhaiya Group" and
  // "Tokai 420"": names, not the police's words.
  const std::string text =
      "According to police, the gangs go by names such as \"Bhaiya Group\" "
      "and \"Tokai 420\". The leader was arrested.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("Bhaiya Group"), Term("Tokai 420")));
}

TEST(QuoteKindTest, OftenCalledAfterANounAndACommaIsALabel) {
  // "Synthetic cannabinoids, often called "K2" or "spice,"": what they are
  // called; "Synthetic" calls nothing.
  const std::string text =
      "Synthetic cannabinoids, often called \"K2\" or \"spice,\" can be "
      "dissolved and sprayed onto paper.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("K2"), Term("spice,")));
}

TEST(QuoteSpeakerTest, ANameAfterABodyOfAPortfolio) {
  // "Deputy Director of the Hanoi Department of Health Nguyen Dinh Phuong
  // said": the name after the body's portfolio, not the body with it.
  const std::string text =
      "Deputy Director of the Hanoi Department of Health Nguyen Dinh Phuong "
      "said the city was at the peak of the season.\n\n"
      "\"The number of outbreaks is still increasing,\" Phuong said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Nguyen Dinh Phuong",
                                 "The number of outbreaks is still "
                                 "increasing,")));
}

TEST(QuoteSpeakerTest, ANameAfterABodyOfOneWordAfterThe) {
  // "Opposition leader in the Assembly Govind Singh Rathore": not
  // "Assembly Govind Singh Rathore".
  const std::string text =
      "Opposition leader in the Assembly Govind Singh Rathore demanded that "
      "the minister resign.\n\n"
      "\"Paper leaks have become an industry,\" Rathore said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Govind Singh Rathore",
                                 "Paper leaks have become an industry,")));
}

TEST(QuoteSpeakerTest, ABodyOverOfThenATitleAndAPerson) {
  // "Idaho Department of Water Resources Director Russell Baird told ...":
  // the body is "Idaho Department of Water Resources", "the department"
  // next.
  const std::string text =
      "Idaho Department of Water Resources Director Russell Baird told a "
      "meeting that the shortfall was big.\n\n"
      "In a written response, the department said it \"will continue to "
      "work with both sides\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Idaho Department of Water Resources",
                                  "will continue to work with both sides")));
}

TEST(QuoteSpeakerTest, ATitleAndItsInitialsInBracketsBeforeTheName) {
  // "Deputy Public Prosecutor (DPP) Tan Wei Ming sought": the name after
  // the title's initials; "the DPP" is then that person, not the title.
  const std::string text =
      "Deputy Public Prosecutor (DPP) Tan Wei Ming sought 18 months' jail, "
      "describing the offences as \"premeditated and persistent\".\n\n"
      "\"The accused targeted young fans,\" the DPP said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Tan Wei Ming", "premeditated and persistent"),
                  Direct("Tan Wei Ming", "The accused targeted young fans,")));
}

TEST(QuoteSpeakerTest, TheRoleOfAPostDescribedBeforeTheName) {
  // "The Central Regional Director of the Ghana Health Service (GHS), Dr
  // X, confirmed": X is a director, so "The regional director" later, a
  // few paragraphs on, is X.
  const std::string text =
      "The Central Regional Director of the Ghana Health Service (GHS), Dr "
      "Kwabena Asante-Mensah, confirmed the figures on Tuesday, saying the "
      "first cases were reported on 21 November.\n\n"
      "\"We have 87 suspected cases,\" Dr Asante-Mensah said.\n\n"
      "He said surveillance teams had been deployed to Opeikuma.\n\n"
      "According to him, a treatment centre has been set up.\n\n"
      "The regional director urged residents to wash their hands.\n\n"
      "\"Cholera is preventable,\" he stressed.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Kwabena Asante-Mensah", "We have 87 suspected cases,"),
          Direct("Kwabena Asante-Mensah", "Cholera is preventable,")));
}

TEST(QuoteSpeakerTest, GeneralBeforeAPortfolioIsPartOfTheMinistrysName) {
  // "the Ministry of General Education and Instruction": "General" is no
  // title there ("Attorney General").
  const std::string text =
      "The Ministry of General Education and Instruction said salaries had "
      "been \"processed and submitted\" to the Treasury.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ministry of General Education and "
                                  "Instruction",
                                  "processed and submitted")));
}

TEST(QuoteSpeakerTest, CanonIsAClericsTitle) {
  // "Canon Ruth Lambert, the cathedral's ... said": "Canon" is her title.
  const std::string text =
      "Canon Ruth Lambert said the plays were \"part of the DNA of this "
      "city\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Ruth Lambert",
                                                "part of the DNA of this "
                                                "city")));
}

TEST(QuoteSpeakerTest, ARoleBeforeANameWithANickname) {
  // "Linebacker Tyce "Boomer" Petrakis had two sacks": the position is no
  // part of the name.
  const std::string text =
      "Linebacker Tyce \"Boomer\" Petrakis had two sacks.\n\n"
      "\"I saw the guard pull,\" Petrakis said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Term("Boomer"),
                          Direct("Tyce Petrakis", "I saw the guard pull,")));
}

TEST(QuoteSpeakerTest, ARoleInABodyOfTwoWordsThenTheName) {
  // "Opposition representative in the Cantonal Assembly Dženan Begić
  // said": the name after the body the role sits in.
  const std::string text =
      "Opposition representative in the Cantonal Assembly Dženan Begić said "
      "the utility had \"known about the problem for years\".\n\n"
      "\"Every government promises new pipes,\" Begić said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Dženan Begić", "known about the problem for years"),
          Direct("Dženan Begić", "Every government promises new pipes,")));
}

TEST(QuoteSpeakerTest, ANameOfTwoWordsBeforeOfAndABody) {
  // "Thandi Moloi of Pula Energy Advisory said": the person is Thandi
  // Moloi, whose first name no list has, not the whole phrase.
  const std::string text =
      "Thandi Moloi of Pula Energy Advisory said the methodology was "
      "wrong.\n\n"
      "\"A single margin is a blunt instrument,\" she said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Thandi Moloi",
                                               "A single margin is a blunt "
                                               "instrument,")));
}

TEST(QuoteSpeakerTest, InitialsOfABodyLeaveOutThePlaceItIsOf) {
  // "the Trade Promotion Organization of Iran ... the TPO said": the body
  // in full, not its name before "of".
  const std::string text =
      "Officials at the Trade Promotion Organization of Iran acknowledged "
      "the pressure. In a statement, the TPO said prices had risen, "
      "reflecting \"the premium quality\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Trade Promotion Organization of Iran",
                                  "the premium quality")));
}

TEST(QuoteSpeakerTest, ATitledAgentAfterByBeforeWhereIsMentioned) {
  // "opened by Education Minister Rana Tariq Mehmood at a ceremony ... The
  // minister said": the minister named as the agent.
  const std::string text =
      "The campaign was opened by Education Minister Rana Tariq Mehmood at a "
      "ceremony.\n\n"
      "The minister said education was \"the most powerful investment\" a "
      "nation could make.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Rana Tariq Mehmood",
                                  "the most powerful investment")));
}

TEST(QuoteSpeakerTest, WhereABodyIsRegisteredIsNoPartOfItsNameFarFromTheQuote) {
  // "managed by Hong Kong-registered Bayview Shipmanagement", paragraphs
  // before "Bayview Shipmanagement said".
  const std::string text =
      "It is the third vessel managed by Hong Kong-registered Bayview "
      "Shipmanagement to be detained this year.\n\n"
      "The ship is old.\n\n"
      "The crew is unpaid.\n\n"
      "The port is busy.\n\n"
      "In a statement, Bayview Shipmanagement said the arrears had arisen "
      "from \"a temporary cash-flow difficulty\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Bayview Shipmanagement",
                                  "a temporary cash-flow difficulty")));
}

TEST(QuoteSpeakerTest, ABodyOfNoSortIsTheParagraphsSubjectOverOneNamedAfter) {
  // "ZESCO said ... Lake Kariba, which supplies the Kariba North Bank power
  // station. "...," the power utility said": ZESCO, not the body the
  // relative clause names.
  const std::string text =
      "In a statement on Tuesday, ZESCO said the revised schedule was "
      "necessary because of low water levels at Lake Kariba, which supplies "
      "the Kariba North Bank power station.\n\n"
      "\"Load management has been increased,\" the power utility said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("ZESCO",
                                               "Load management has been "
                                               "increased,")));
}

TEST(QuoteSpeakerTest, SomeoneDescribedKnownOnlyByAFirstName) {
  // "One of the victims, a clerk who wanted to be known only as Siti, told
  // Malay Mail": the name they go by.
  const std::string text =
      "One of the victims, a 34-year-old clerk from Batu Pahat who wanted to "
      "be known only as Siti, told Malay Mail she lost RM27,000.\n\n"
      "\"At first they paid me,\" she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Siti", "At first they paid me,")));
}

TEST(QuoteSpeakerTest, ALowerCaseDescriptionOpeningTheSentenceBeforeTheName) {
  // "WINDHOEK, 02 SEP (NAMPA) - Senior women's national football team head
  // coach Elifas Shikongo on Tuesday named a squad, saying": not "Senior".
  const std::string text =
      "WINDHOEK, 02 SEP (NAMPA) - Senior women's national football team head "
      "coach Elifas Shikongo on Tuesday named a squad, saying the team will "
      "travel \"to compete, not to make up numbers\".\n";
  std::vector<Quote> quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Elifas Shikongo");
  EXPECT_EQ(quotes[0].speaker.description,
            "Senior women's national football team head coach");
}

TEST(QuoteSpeakerTest, TheObjectOfAVerbBeforeWhoIsNoSubject) {
  // "the office thanked bystanders who called 911 quickly and said": the
  // office said it, not "the office thanked bystanders".
  const std::string text =
      "The Hennepin County Sheriff's Office said the ice was thin.\n\n"
      "In a statement, the office thanked bystanders who called 911 quickly "
      "and said the outcome could have been \"very different\" if help "
      "had arrived later.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Hennepin County Sheriff's Office",
                                  "very different")));
}

TEST(QuoteSpeakerTest, ABodyWithAPossessiveInsideItsNameOpensTheSentence) {
  // "The Hennepin County Sheriff's Office is urging ... the sheriff's
  // office said": the body named in full.
  const std::string text =
      "The Hennepin County Sheriff's Office is urging people to stay off the "
      "lake.\n\n"
      "In a statement, the sheriff's office said the outcome could have "
      "been \"very different\" if help had arrived later.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Hennepin County Sheriff's Office",
                                  "very different")));
}

TEST(QuoteSpeakerTest, AnUnnamedSourceWithAnAdverbAndThePlace) {
  // "According to one newly qualified social worker in the Midlands": the
  // source as written, not "one newly".
  const std::string text =
      "According to one newly qualified social worker in the Midlands, "
      "protected caseloads \"exist on paper but not in practice\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("one newly qualified social worker in the Midlands",
                          "exist on paper but not in practice")));
}

TEST(QuoteSpeakerTest, RectorIsAUniversityHeadsTitle) {
  // "Rector Francisco Aguirre said": the title of a university's head.
  const std::string text =
      "\"We support the end of the CAE,\" Rector Francisco Aguirre said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Francisco Aguirre",
                                               "We support the end of the "
                                               "CAE,")));
}

TEST(QuoteSpeakerTest, PastTheDayAndItsPartBeforeTheVerb) {
  // "A statement from the state Irrigation and Waterways Department on
  // Wednesday evening said": not "... on Wednesday evening".
  const std::string text =
      "A statement from the state Irrigation and Waterways Department on "
      "Wednesday evening said dredging had been \"taken up on "
      "priority\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Irrigation and Waterways Department",
                                  "taken up on priority")));
}

TEST(QuoteSpeakerTest, ADescriptionThenARoleInLowerCaseAndTheName) {
  // "said the study's coordinator, biochemist Helena Moura Rezende": the
  // person named after the role.
  const std::string text =
      "\"Most people do not know they have it,\" said the study's "
      "coordinator, biochemist Helena Moura Rezende.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Helena Moura Rezende",
                                 "Most people do not know they have it,")));
}

TEST(QuoteKindTest, ACampaignTaggedIsALabel) {
  // "its sensitisation campaign tagged "Kill the Rat, Save a Life"": the
  // campaign's name, nobody's words.
  const std::string text =
      "According to her, the ministry has resumed its campaign tagged \"Kill "
      "the Rat, Save a Life\", with town criers carrying the message.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("Kill the Rat, Save a Life")));
}

TEST(QuoteKindTest, APapersNameAfterToldIsATerm) {
  // ""...," Segev told "Globes".": the paper told, not words of Segev's.
  const std::string text =
      "\"Today we have zero,\" Segev told \"Globes\". \"A contractor "
      "cannot wait.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Segev", "Today we have zero,"), Term("Globes"),
                  Direct("Segev", "A contractor cannot wait.")));
}

TEST(QuoteKindTest, WhatAGroupIsCallingSomethingIsALabel) {
  // "said what hill farmers are already calling the "March gap" had come":
  // the farmers' name for it, nobody's words on an occasion.
  const std::string text =
      "Sandy Mathieson said what hill farmers are already calling the "
      "\"March gap\" had come at the end of a difficult year.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("March gap")));
}

TEST(QuoteKindTest, WhatPeopleCalledSomethingAfterAnArticleIsALabel) {
  // "a format artists at the time jokingly called the "Zoom NAMAs"": the
  // artists' name for it; "a format artists" is no one person.
  const std::string text =
      "The awards were staged online in 2020, a format artists at the time "
      "jokingly called the \"Zoom NAMAs\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("Zoom NAMAs")));
}

TEST(QuoteSpeakerTest, HonourableAlderwomanAndSetswanaHonorificsAreTitles) {
  // "Honourable Mpho Kgathi-Sello, said", "Alderwoman Tricia Bledsoe
  // said", "Mma Keitumetse Ramotswa ... said": titles, not names.
  const std::string text =
      "Boteti West Member of Parliament, Honourable Mpho Kgathi-Sello, said "
      "the problem had "
      "reached \"crisis levels\".\n\n"
      "\"If we lose them, we lose the block,\" Alderwoman Tricia Bledsoe "
      "said.\n\n"
      "Mma Keitumetse Ramotswa, a farmer, said: \"In the morning there was "
      "nothing left.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Mpho Kgathi-Sello", "crisis levels"),
                          Direct("Tricia Bledsoe",
                                 "If we lose them, we lose the block,"),
                          Direct("Keitumetse Ramotswa",
                                 "In the morning there was nothing left.")));
}

TEST(QuoteSpeakerTest, ABodysNameWithAndBetweenItsOwnWords) {
  // "The International Boundary and Water Commission, which operates the
  // plant, said": one body's name; "International" opens it and
  // "Commission" ends it.
  const std::string text =
      "The International Boundary and Water Commission, which operates the "
      "plant, said the repairs were \"on track\".\n\n"
      "The International Boundary and Water Commission said the work was "
      "\"nearly done\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("International Boundary and Water Commission",
                                  "on track"),
                          Partial("International Boundary and Water Commission",
                                  "nearly done")));
}

TEST(QuoteSpeakerTest, ANameBeforeLedIsThePersonsFullName) {
  // "The Fredrik Aasen-led owner": "Aasen" later is Fredrik Aasen, read
  // near a quotation or far from one.
  const std::string near =
      "The Fredrik Aasen-led owner had been in talks with the yard.\n\n"
      "\"There is no drama here,\" Aasen told reporters.\n";
  EXPECT_THAT(Quotes(near),
              ElementsAre(Direct("Fredrik Aasen", "There is no drama here,")));
  const std::string far =
      "Oslo-listed Nordvik Bulk has walked away from a deal for four "
      "bulkers in China.\n\n"
      "The Fredrik Aasen-led owner had been in talks with the yard since "
      "the summer over two firm ships plus two options.\n\n"
      "The yard lifted its price by about $5m a ship last month, citing "
      "steel costs and a full order book into 2028.\n\n"
      "Brokers said several other owners had been offered similar terms "
      "and were weighing their options.\n\n"
      "Rates for the largest bulkers have fallen by a fifth since the "
      "spring, and the forward curve points lower.\n\n"
      "\"There is no drama here,\" Aasen told reporters.\n";
  EXPECT_THAT(Quotes(far),
              ElementsAre(Direct("Fredrik Aasen", "There is no drama here,")));
}

TEST(QuoteSpeakerTest, TheInitialsThatStoodBeforeANameAreThatPerson) {
  // "DTC Fiona Garside said ... the DTC wrote": initials used as her
  // title, after "the", stand for her.
  const std::string text =
      "A deputy traffic commissioner (DTC) revoked the licence.\n\n"
      "In her decision, DTC Fiona Garside said the director had \"no "
      "meaningful involvement\".\n\n"
      "\"This was not an operator that fell short through carelessness,\" "
      "the DTC wrote.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Fiona Garside", "no meaningful involvement"),
                          Direct("Fiona Garside",
                                 "This was not an operator that fell short "
                                 "through carelessness,")));
}

TEST(QuoteSpeakerTest, WaysAndMeansIsACommitteesPortfolioAndNtateATitle) {
  // "Senate Ways and Means Chair Lorraine Petersen, R-Sioux Center,
  // said": one title, not two names joined by "and"; "Ntate Lebohang
  // Molapo": Sesotho's "Mr".
  const std::string text =
      "Senate Ways and Means Chair Lorraine Petersen, R-Sioux Center, said "
      "the chambers were \"not far apart\".\n\n"
      "The chairman of the association, Ntate Lebohang Molapo, said: \"That "
      "is not possible.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Lorraine Petersen", "not far apart"),
                          Direct("Lebohang Molapo", "That is not possible.")));
}

TEST(QuoteSpeakerTest, TheJudgeIsTheOneTitledSoParagraphsBefore) {
  // "Judge Md Rezaul Karim ... handed down the verdict" three paragraphs
  // before "the judge said": the role is the person with that title.
  const std::string text =
      "Judge Md Rezaul Karim of the Dhaka Special Court handed down the "
      "verdict in the presence of three of the accused.\n\n"
      "The other convicts are Abu Sayeed Mollah, former manager of the "
      "branch, and Nazmul Haque and Kamrul Hasan, owners of two trading "
      "firms.\n\n"
      "The court also fined each of them Tk 50 lakh and ordered the "
      "confiscation of a building bought with the money.\n\n"
      "In his observation, the judge said the case showed \"how easily a "
      "public bank can be emptied\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Md Rezaul Karim",
                                  "how easily a public bank can be emptied")));
}

TEST(QuoteSpeakerTest, ABowlersOrAGhilliesRoleBeforeTheName) {
  // "Ghillie Alasdair Grant, who ..., said", "Seamer Tom "Tank" Kereama":
  // the role is no part of the name.
  const std::string text =
      "Ghillie Alasdair Grant, who has worked on a beat near Aberlour for "
      "26 years, said the change had been \"dramatic\".\n\n"
      "Seamer Tom \"Tank\" Kereama took four wickets.\n\n"
      "Kereama, 19, said he would \"sleep for a week\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Alasdair Grant", "dramatic"), Term("Tank"),
                          Partial("Tom Kereama", "sleep for a week")));
}

TEST(QuoteSpeakerTest, FederalBeforeATitleIsPartOfTheTitle) {
  // "Federal Minister for IT and Telecom Saima Rashid defended": no one
  // named "Federal Minister"; the "she" after it is Saima Rashid.
  const std::string text =
      "Federal Minister for IT and Telecom Saima Rashid defended the "
      "timeline at a press conference.\n\n"
      "\"Pakistan cannot afford to be left behind,\" she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Saima Rashid",
                                 "Pakistan cannot afford to be left behind,")));
}

TEST(QuoteSpeakerTest, PastAnOpeningClauseToTheSubjectOfTwoVerbs) {
  // "When presented to the media ..., Gelvezon denied the allegations and
  // claimed he was "only a fisherman"": the subject after the clause.
  const std::string text =
      "Police said Ronald Gelvezon was arrested on Tuesday.\n\n"
      "When presented to the media at the ICPO headquarters on Thursday, "
      "Gelvezon denied the allegations and claimed he was \"only a "
      "fisherman.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ronald Gelvezon", "only a fisherman.")));
}

TEST(QuoteSpeakerTest, AnAdjectiveBeforeATitleAndItsPortfolioThenTheName) {
  // "Regional Director of Health Services, Dr. Gifty Bawa-Naa, said": the
  // person between the commas is the subject, for the "she" after.
  const std::string text =
      "Regional Director of Health Services, Dr. Gifty Bawa-Naa, said "
      "laboratory results had confirmed the cases.\n\n"
      "\"What we are seeing this year is earlier than usual,\" she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Gifty Bawa-Naa",
                                 "What we are seeing this year is earlier "
                                 "than usual,")));
}

TEST(QuotePatternTest, ADayThenAVerbBeforeCommaSaying) {
  // "X, on Wednesday tabled the Bill ..., saying it would make quotas
  // "..."": the clause has no subject of its own; the sentence's speaks.
  const std::string text =
      "The Minister of Fisheries and Marine Resources, Penda Shikongo, on "
      "Wednesday tabled the Marine Resources Amendment Bill in the National "
      "Assembly, saying it would make quotas \"open and competitive\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Penda Shikongo", "open and competitive")));
}

TEST(QuoteSpeakerTest, ATitleAndAPortfolioEndingInGovernmentThenTheName) {
  // "the Cabinet Secretary for Local Government, Fiona Lennox, said":
  // "Government" ends the portfolio, not a body's name; the person between
  // the commas speaks.
  const std::string text =
      "Pressed on a timetable, the Cabinet Secretary for Local Government, "
      "Fiona Lennox, said ministers wanted a \"durable consensus\" "
      "first.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Fiona Lennox", "durable consensus")));
}

TEST(QuoteSpeakerTest, LowerOpeningABodysNameIsPartOfIt) {
  // "Lower Murray Water said": a place's "Lower", not a noun of people
  // before a name ("Developer Marcus Feld").
  const std::string text =
      "Lower Murray Water said in a statement it was \"closely "
      "monitoring\" the tender.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Lower Murray Water", "closely monitoring")));
}

TEST(QuoteSpeakerTest, ASurnameThatIsAlsoATitleAfterAGivenNameTheListsLack) {
  // "Former Fijiana captain Mereani Ratu ... "...," Ratu says": "Ratu" is
  // her surname here, not the Fijian chief's title.
  const std::string text =
      "Former captain Mereani Ratu, now a commentator, says the new caps "
      "bring speed.\n\n"
      "\"She has that step off her left foot,\" Ratu says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Mereani Ratu",
                                 "She has that step off her left foot,")));
}

TEST(QuoteSpeakerTest, DonBeforeThePriestsSurname) {
  // "Parish priest Don Lorenzo Guidi said ... Don Guidi said": the
  // Italian title before his surname.
  const std::string text =
      "Parish priest Don Lorenzo Guidi said the painting would be "
      "displayed.\n\n"
      "\"This is not a museum piece,\" Don Guidi said.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Lorenzo Guidi",
                                               "This is not a museum piece,")));
}

TEST(QuoteSpeakerTest, AViceMinistersAndAKenyanCountyExecutivesTitles) {
  // "Vice-minister of Economy Ramón Villalba said", "Finance CEC Wycliffe
  // Abuya said": titles, not part of the names.
  const std::string text =
      "Vice-minister of Economy Ramón Villalba said the government had \"no "
      "intention\" of changing course.\n\n"
      "Finance CEC Wycliffe Abuya said the county would \"respect the "
      "Judiciary\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ramón Villalba", "no intention"),
                          Partial("Wycliffe Abuya", "respect the Judiciary")));
}

TEST(QuoteSpeakerTest, ATitleBeforeANameWhoseSurnameIsABodysWord) {
  // "Cllr Derek Steel said": "Steel" ends bodies' names ("Tata Steel"),
  // but after a title and a given name it is a surname; and "Queen
  // Elizabeth Hospital" keeps its title.
  const std::string text =
      "Committee chair Cllr Derek Steel said members would want "
      "\"cast-iron guarantees\".\n\n"
      "Queen Elizabeth Hospital said it was \"fully staffed\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Derek Steel", "cast-iron guarantees"),
                  Partial("Queen Elizabeth Hospital", "fully staffed")));
}

TEST(QuoteSpeakerTest, APlaceARoleForItsPortfolioThenTheNameBetweenCommas) {
  // "The Borno State Commissioner for Agriculture, Dr Mustapha Zanna
  // Alkali, said ..., describing", "The Member of Parliament for the
  // area, Dr Simone Lindo, condemned ... and called for": the person
  // between the commas.
  const std::string text =
      "The Borno State Commissioner for Agriculture, Dr Mustapha Zanna "
      "Alkali, said 11,000 hectares were farmed, describing the figure as "
      "\"what is possible\".\n\n"
      "The Member of Parliament for the area, Dr Simone Lindo, condemned the "
      "killings and called for \"calm heads\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Mustapha Zanna Alkali", "what is possible"),
                          Partial("Simone Lindo", "calm heads")));
}

TEST(QuoteSpeakerTest, OurSourceIsTheSourceQuotedBefore) {
  // "A senior garda source said ... Our source said": the paper's source,
  // as "the source" is.
  const std::string text =
      "A senior garda source said the man had become \"paranoid\".\n\n"
      "\"He trusts nobody now,\" our source said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("A senior garda source", "paranoid"),
                  Direct("A senior garda source", "He trusts nobody now,")));
}

TEST(QuoteSpeakerTest, ASchoolDistrictsNumberEndsItsName) {
  // "McLean County Unit District 5 said in a statement": the district's
  // number is part of its name, as a union local's is.
  const std::string text =
      "McLean County Unit District 5 said in a statement that it had "
      "\"notified all families at affected schools\" and was following "
      "guidance.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial(
                                "McLean County Unit District 5",
                                "notified all families at affected schools")));
}

TEST(QuoteSpeakerTest, AnUnnamedSourceFromAPlaceEndsBeforeItsVerb) {
  // "One woman from Co Kildare lost €31,500 ... the woman said": the
  // source is "One woman from Co Kildare", not "... Kildare lost".
  const std::string text =
      "One woman from Co Kildare lost 31,500 euro over four days, the court "
      "heard.\n\n"
      "In a statement, the woman said she had been \"too ashamed to tell "
      "anyone\" for weeks.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("One woman from Co Kildare",
                                                "too ashamed to tell anyone")));
}

TEST(QuoteSpeakerTest, UrbanMobilityIsAPortfolio) {
  // "Deputy Mayor for Urban Mobility Eleni Markaki told the council": the
  // portfolio is no part of her name.
  const std::string text =
      "\"The Old Town is not a theme park,\" Deputy Mayor for Urban Mobility "
      "Eleni Markaki told the council.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Eleni Markaki",
                                               "The Old Town is not a theme "
                                               "park,")));
}

TEST(QuoteSpeakerTest, ACourtBranchsNumberEndsItsName) {
  // "Judge X of the Regional Trial Court Branch 14 sentenced ... the court
  // said": the branch's number is part of the court's name.
  const std::string text =
      "Presiding Judge Teresa Lumbao of the Regional Trial Court Branch 14 "
      "sentenced the two accused to life imprisonment.\n\n"
      "\"The accused had no license to deploy workers abroad,\" the court "
      "said in its decision.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Regional Trial Court Branch 14",
                                 "The accused had no license to deploy "
                                 "workers abroad,")));
}

TEST(QuoteSpeakerTest, BarristerAtLawLettersAfterTheName) {
  // "Úna Cullivan BL, defending, said ... Cullivan said": the letters are
  // no part of her name.
  const std::string text =
      "Úna Cullivan BL, defending, said her client had drunk \"two or three "
      "cans\".\n\n"
      "\"He accepts entirely that what he did was reckless,\" Cullivan "
      "said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Úna Cullivan", "two or three cans"),
                          Direct("Úna Cullivan",
                                 "He accepts entirely that what he did was "
                                 "reckless,")));
}

TEST(QuoteSpeakerTest, ANounAfterANamesCommaAndBeforeACueIsNoAppositive) {
  // "read to the court by Mr Lawlor, the woman said": "the woman" is the
  // next clause's subject, not Mr Lawlor's description.
  const std::string text =
      "Ronan Lawlor BL, prosecuting, said the money was never found.\n\n"
      "One woman from Co Kildare lost 31,500 euro, the court heard.\n\n"
      "In a statement read to the court by Mr Lawlor, the woman said she had "
      "been \"too ashamed to tell anyone\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("One woman from Co Kildare",
                                                "too ashamed to tell anyone")));
}

TEST(QuoteSpeakerTest, AnEducationDivisionsPortfolioWithAnd) {
  // "Secondary and Higher Education Division Secretary Rehana Parvin said":
  // one title, not two names joined by "and".
  const std::string text =
      "Secondary and Higher Education Division Secretary Rehana Parvin said "
      "the printing had \"almost been completed\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Rehana Parvin", "almost been completed")));
}

TEST(QuoteSpeakerTest, CanadianConstableAbbreviation) {
  // "said Cst. Rachel Tamburri": RCMP copy abbreviates Constable "Cst.";
  // the title is no speaker and ends no sentence.
  const std::string text =
      "\"The officer saw a till being carried down the street,\" said Cst. "
      "Rachel Tamburri, a spokesperson for the RCMP.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Rachel Tamburri",
                                 "The officer saw a till being carried down "
                                 "the street,")));
}

TEST(QuoteSpeakerTest, TheProgrammeSpokenOnIsNotThePronoun) {
  // "Speaking on Midlands Today, he said": "he" is the superintendent of the
  // paragraph before, not the programme named in this one.
  const std::string text =
      "Superintendent Brendan Hogan of Portlaoise Garda Station says the "
      "pattern points to one group.\n\n"
      "Speaking on Midlands Today, he said: \"We are seeing the same method "
      "of entry.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Brendan Hogan",
                                 "We are seeing the same method of entry.")));
}

TEST(QuoteSpeakerTest, TheSecondPartOfAHyphenatedSurname) {
  // "Dr. Cecilia Bantugan-Lumayag ... Lumayag said": the married name after
  // a hyphen is her surname; a "Jonathan Lumayag" named since takes it.
  const std::string text =
      "Provincial Health Officer Dr. Cecilia Bantugan-Lumayag said three "
      "towns had passed the threshold.\n\n"
      "\"The numbers are worrying,\" Lumayag said.\n\n"
      "Her husband, Jonathan Lumayag, runs a clinic.\n\n"
      "\"We are full,\" Lumayag said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Cecilia Bantugan-Lumayag",
                                 "The numbers are worrying,"),
                          Direct("Jonathan Lumayag", "We are full,")));
}

TEST(QuoteSpeakerTest, APersonOfABodysNamedUnit) {
  // "Gareth Allen of the PSNI's Economic Crime Unit said": the person, not
  // the unit after its owner's possessive.
  const std::string text =
      "Speaking after the case, Detective Sergeant Gareth Allen of the "
      "PSNI's Economic Crime Unit said: \"Community clubs run on "
      "trust.\"\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Direct("Gareth Allen",
                                               "Community clubs run on "
                                               "trust.")));
}

TEST(QuoteSpeakerTest, ALatinAmericanFirmsOpeningWord) {
  // "Minera Cordillera Sur": "Minera" opens a firm's name, which "the
  // company" and the name without it ("Cordillera Sur said") stand for.
  const std::string text =
      "Minera Cordillera Sur, which operates the Qollqa copper mine in "
      "neighbouring Apurimac, said shipments would be \"rescheduled as "
      "conditions allow\".\n\n"
      "\"Our operations continue normally,\" the company said in a "
      "statement.\n\n"
      "Cordillera Sur said it had \"full compliance with national "
      "standards\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Minera Cordillera Sur", "rescheduled as conditions allow"),
          Direct("Minera Cordillera Sur", "Our operations continue normally,"),
          Partial("Minera Cordillera Sur",
                  "full compliance with national standards")));
}

TEST(QuoteSpeakerTest, APlacesPossessiveIsNoPartOfItsMinistrysName) {
  // "Ontario's Ministry of Economic Development said": the ministry; not
  // so a title's ("the U.S. Attorney's Office").
  const std::string text =
      "Ontario's Ministry of Economic Development said it was \"in contact "
      "with the company\".\n\n"
      "The U.S. Attorney's Office for the District of Arizona said the "
      "verdict \"sends a clear message\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Ministry of Economic Development",
                          "in contact with the company"),
                  Partial("U.S. Attorney's Office for the District of Arizona",
                          "sends a clear message")));
}

TEST(QuoteSpeakerTest, IndonesianPoliceRanksAndOlympianAreTitles) {
  // "Kompol I Ketut Wiradana said", "said Olympian Farhat Iqbal Cheema":
  // the rank and the standing are no part of the name.
  const std::string text =
      "Kompol I Ketut Wiradana said the suspects \"operated out of a "
      "kiosk\".\n\n"
      "\"There was no pressure from anyone,\" said Olympian Farhat Iqbal "
      "Cheema.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("I Ketut Wiradana", "operated out of a kiosk"),
          Direct("Farhat Iqbal Cheema", "There was no pressure from anyone,")));
}

TEST(QuoteSpeakerTest, TheIrishArticleOpensABodysName) {
  // "An Garda Síochána said": "An" before a consonant is no English
  // article but the first word of the name.
  const std::string text =
      "An Garda Síochána said in a statement: \"We are appealing to "
      "anyone who saw a vehicle.\"\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("An Garda Síochána",
                                 "We are appealing to anyone who saw a "
                                 "vehicle.")));
}

TEST(QuoteSpeakerTest, ASourceForADepartmentOfListedPortfolios) {
  // "A spokesperson for the Department of Agriculture, Environment and
  // Rural Affairs said": the source as written, the whole department in it.
  const std::string text =
      "A spokesperson for the Department of Agriculture, Environment and "
      "Rural Affairs said it \"recognises the pressures\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("A spokesperson for the Department of "
                                  "Agriculture, Environment and Rural Affairs",
                                  "recognises the pressures")));
}

TEST(QuoteSpeakerTest, NamesakesCountedAreNoOne) {
  // "from at least two other Angus MacIsaacs": a plural of namesakes is not
  // the "he" who speaks.
  const std::string text =
      "The old man is Angus Dan MacIsaac, 71, a retired fisherman. Around "
      "Mabou, where half the phone book seems to be MacIsaacs, people tell "
      "him apart the old way, from at least two other Angus MacIsaacs within "
      "10 km.\n\n"
      "\"I am not going to go running around the world at my age,\" he "
      "says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Angus Dan MacIsaac",
                                 "I am not going to go running around the "
                                 "world at my age,")));
}

TEST(QuoteSpeakerTest, AGivenNameThatIsATitleAfterARankAndASkip) {
  // "Senior Sergeant Dean Moffitt": "Dean" after a rank and before one
  // surname is his given name; "Skip Maddie Lacroix": a curling skip's
  // title before a given name and a surname (not "Skip Bayless").
  const std::string text =
      "Senior Sergeant Dean Moffitt said the crowd was \"a credit to the "
      "town\".\n\n"
      "\"Honestly, none of us breathed,\" said Skip Maddie Lacroix.\n\n"
      "Skip Bayless said it was \"fine\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Dean Moffitt", "a credit to the town"),
                  Direct("Maddie Lacroix", "Honestly, none of us breathed,"),
                  Partial("Skip Bayless", "fine")));
}

TEST(QuoteSpeakerTest, APlacesCountryAfterADescriptionIsNoName) {
  // "said the 31-year-old from Maracaibo, Venezuela, who": the country is
  // where she is from, part of the source as written, not its name.
  const std::string text =
      "\"The air in the room is hot,\" said the 31-year-old from Maracaibo, "
      "Venezuela, who asked that only her first name be used.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("the 31-year-old from Maracaibo, Venezuela",
                                 "The air in the room is hot,")));
}

TEST(QuoteSpeakerTest, InternationalInsideABodysNameIsNoRole) {
  // "Transparency International Vanuatu": the body whose branch is of a
  // country, not a player capped by Vanuatu.
  const std::string text =
      "Transparency International Vanuatu welcomed the bill in a "
      "statement.\n\n"
      "\"Stopping Members from switching sides is only half of the "
      "problem,\" the organisation said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Transparency International Vanuatu",
                                 "Stopping Members from switching sides is "
                                 "only half of the problem,")));
}

TEST(QuoteSpeakerTest, HonorificsOfSouthernAfricaEthiopiaGreeceAndMalaysia) {
  // "Make Nomsa Khumalo", "Weizero Meseret Alemu", "Kyria Despina Mavrou",
  // "Datuk Wira Hamdan Yusof": honorifics, no part of the name.
  const std::string text =
      "\"I asked them, where must I go at my age?\" said Make Nomsa "
      "Khumalo.\n\n"
      "\"Every hotel is booked,\" said Weizero Meseret Alemu.\n\n"
      "\"I had to go outside for a minute,\" said Kyria Despina Mavrou.\n\n"
      "\"We need to build faster,\" said Datuk Wira Hamdan Yusof.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Nomsa Khumalo", "I asked them, where must I go at my age?"),
          Direct("Meseret Alemu", "Every hotel is booked,"),
          Direct("Despina Mavrou", "I had to go outside for a minute,"),
          Direct("Hamdan Yusof", "We need to build faster,")));
}

TEST(QuoteSpeakerTest, NoInvertedSubjectAfterARelativeClausesComma) {
  // "One pupil, who is hoping ..., says the class spent": the verb's
  // subject is the pupil before the clause, not the words after "says".
  const std::string text =
      "One pupil, who is hoping to get into a technical school next year, "
      "says the class spent most of October copying from the textbook.\n\n"
      "\"We had a teacher for two weeks, then nobody,\" she says.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("One pupil",
                                 "We had a teacher for two weeks, then "
                                 "nobody,")));
}

TEST(QuoteSpeakerTest, TheNounOfAnUnnamedSourceGivenByAccordingTo) {
  // "according to a Guayaquil-based exporter ... the exporter told": the
  // source as first written, not a body of the noun's sort.
  const std::string text =
      "Shrimp sold to China at $4.10 a kilogram in late September, "
      "according to a Guayaquil-based exporter, down from $4.60 in June.\n\n"
      "\"The Chinese buyers are waiting,\" the exporter told Undercurrent "
      "News.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("a Guayaquil-based exporter",
                                 "The Chinese buyers are waiting,")));
}

TEST(QuoteSpeakerTest, AwangAfterAGivenNameAndTogbeAndExcellency) {
  // "Haslinda Awang Damit": "Awang" after a given name is part of the
  // name; "Togbe" (an Ewe chief) and "His Excellency" are titles.
  const std::string text =
      "\"I will believe it when I drive on it,\" said Haslinda Awang Damit, "
      "38, a clerk.\n\n"
      "\"We cannot let our children go hungry,\" said Togbe Kwasi Dzamesi "
      "III.\n\n"
      "\"Taiwan is proud to stand with the Federation,\" said His "
      "Excellency Lin Wei-chen.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Haslinda Awang Damit",
                                 "I will believe it when I drive on it,"),
                          Direct("Kwasi Dzamesi III",
                                 "We cannot let our children go hungry,"),
                          Direct("Lin Wei-chen",
                                 "Taiwan is proud to stand with the "
                                 "Federation,")));
}

TEST(QuoteSpeakerTest, ASkipsTitleInAStandfirst) {
  // "Skip Brynn Haugen and her teammates ... head to nationals": the
  // standfirst's names are read apart from the body's, with the same
  // honorifics.
  const std::string text =
      "Salmon Arm rink claims B.C. under-21 women's curling title\n\n"
      "Skip Brynn Haugen and her teammates from the Salmon Arm Curling "
      "Centre head to nationals in February\n\n"
      "Cole Anderby\n\n"
      "Salmon Arm Observer\n\n"
      "The Haugen rink celebrates after winning the B.C. under-21 women's "
      "final in Kamloops on Sunday. (Curl BC photo)\n\n"
      "A Salmon Arm rink is headed to the Canadian under-21 curling "
      "championships after knocking off the defending provincial champions "
      "in an extra end on Sunday.\n\n"
      "Skip Brynn Haugen, third Tessa Morin, second Kiana Sahota and lead "
      "Josie Wuttunee of the Salmon Arm Curling Centre beat Kelowna's Amelie "
      "Strand rink 7-6 in the final.\n\n"
      "\"We're going to enjoy this for a few days,\" Haugen said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Brynn Haugen",
                                 "We're going to enjoy this for a few "
                                 "days,")));
}

TEST(QuoteSpeakerTest, NamesInKoThatAreNoJapaneseWomens) {
  // "Marko Petrović ... he said", "Baraniko Tetabea ... Mr Tetabea": the
  // -ko of Japanese women's names (Yoko, Michiko) is no woman's in a
  // Slavic or Gilbertese name.
  const std::string text =
      "Coach Marko Petrović praised his side.\n\n"
      "\"One step at a time,\" he said.\n\n"
      "Baraniko Tetabea said the budget was \"written in pencil\".\n\n"
      "Mr Tetabea said it had come back \"three times in eighteen "
      "months\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Marko Petrović", "One step at a time,"),
                          Partial("Baraniko Tetabea", "written in pencil"),
                          Partial("Baraniko Tetabea",
                                  "three times in eighteen months")));
}

TEST(QuoteSpeakerTest, CouncillorsPluralTitle) {
  // "with Crs Gareth Pennefather, Lyn Okafor and Sam Thurlow voting
  // against ... Cr Pennefather told": "Crs" titles them all.
  const std::string text =
      "The motion passed six votes to three, with Crs Gareth Pennefather, "
      "Lyn Okafor and Sam Thurlow voting against.\n\n"
      "Cr Pennefather told the meeting the council was \"putting the cart "
      "before the horse\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Gareth Pennefather",
                                                "putting the cart before the "
                                                "horse")));
}

TEST(QuoteSpeakerTest, EmpowermentIsAPortfolio) {
  // "Minister of State for Social Justice and Empowerment Pradeep Kumar
  // Sethi said": the title's portfolio ends before the name.
  const std::string text =
      "Minister of State for Social Justice and Empowerment Pradeep Kumar "
      "Sethi said the scheme would pay \"not one rupee less\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Pradeep Kumar Sethi",
                                                "not one rupee less")));
}

TEST(QuoteSpeakerTest, PlayersPositionsAndMusiciansBeforeANameAreNoPartOfIt) {
  // "Goalie Liam Brassard", "Accordionist Yeison Maestre Fragozo": what
  // the person is, opening the sentence before the name.
  const std::string text =
      "Goalie Liam Brassard called it \"the most fun I've had in a hockey "
      "game\".\n\n"
      "Accordionist Yeison Maestre Fragozo said the crown was \"for "
      "Villanueva\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Liam Brassard",
                                  "the most fun I've had in a hockey game"),
                          Partial("Yeison Maestre Fragozo", "for Villanueva")));
}

TEST(QuoteSpeakerTest, TwoGivenNamesThatOpenALongerName) {
  // "Datuk Ahmad Faizal Che Mat ... Ahmad Faizal said": Malaysian copy
  // calls him by his given names.
  const std::string text =
      "Rapid Bus chief executive officer Datuk Ahmad Faizal Che Mat said the "
      "company had learned from complaints.\n\n"
      "\"We admit that some routes were not good enough,\" Ahmad Faizal "
      "said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Ahmad Faizal Che Mat",
                                 "We admit that some routes were not good "
                                 "enough,")));
}

TEST(QuoteSpeakerTest, ADeckhandABoxersWeightAndAnAfghanClericsTitle) {
  // "Deckhand Kerensa Nicholls", "Heavyweight Aibek Nurmaganbetov",
  // "Mawlawi Abdul Rahim Saqib": what the person is, before the name.
  const std::string text =
      "\"It's a share boat,\" said Deckhand Kerensa Nicholls.\n\n"
      "\"Today I cried again,\" said Heavyweight Aibek Nurmaganbetov.\n\n"
      "Mawlawi Abdul Rahim Saqib said classes needed \"a suitable "
      "environment\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Kerensa Nicholls", "It's a share boat,"),
                  Direct("Aibek Nurmaganbetov", "Today I cried again,"),
                  Partial("Abdul Rahim Saqib", "a suitable environment")));
}

TEST(QuoteSpeakerTest, ASourceForABodyWithPortfoliosOfSeveralWordsListed) {
  // "A spokesperson for the Department of Climate Change, Energy, the
  // Environment and Water said": the source, with every portfolio.
  const std::string text =
      "A spokesperson for the Department of Climate Change, Energy, the "
      "Environment and Water said the package \"will be co-designed\".\n\n"
      "A spokeswoman for the Department of Public Expenditure, "
      "Infrastructure, Public Service Reform and Digitalisation said it "
      "remained \"a priority investment\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("A spokesperson for the Department of Climate Change, "
                  "Energy, the Environment and Water",
                  "will be co-designed"),
          Partial("A spokeswoman for the Department of Public Expenditure, "
                  "Infrastructure, Public Service Reform and Digitalisation",
                  "a priority investment")));
}

TEST(QuoteSpeakerTest, AMinistryNamedWithPortfoliosOfSeveralWordsListed) {
  // "the Ministry of Blue Economy, Marine Resources, Fisheries and
  // Shipping ... the ministry said": the ministry by its whole name.
  const std::string text =
      "The findings were presented to officers of the Ministry of Blue "
      "Economy, Marine Resources, Fisheries and Shipping on Tuesday.\n\n"
      "The ministry said it was \"closely monitoring\" the reef.\n\n"
      "Figures from the Department of Agriculture, Food and the Marine show "
      "payments are late.\n\n"
      "The Department said the delays were \"regrettable\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Ministry of Blue Economy, Marine Resources, "
                          "Fisheries and Shipping",
                          "closely monitoring"),
                  Partial("Department of Agriculture, Food and the Marine",
                          "regrettable")));
}

TEST(QuoteKindTest, LabelsACampaignAndWhatAGroupHabituallyCallsAThing) {
  // A campaign's title before "campaign"; "Pikas, sometimes called";
  // "describe as a", "refer to as", "referred to him as"; the passive
  // "referred to in the industry as"; "marked as the": names for things,
  // which no one speaks.
  const std::string text =
      "Residents wore T-shirts from the \"Fix Our Roads, Not Our Rates\" "
      "campaign.\n\n"
      "Pikas, sometimes called \"rock rabbits\" by hikers, cannot tolerate "
      "heat.\n\n"
      "The spots grow a halo, which agronomists often describe as a "
      "\"fish-eye\" lesion.\n\n"
      "Patients waited for weeks, something health managers refer to as "
      "\"delayed transfers of care\".\n\n"
      "Art historians have long referred to him as the \"Master of the "
      "Seasons\".\n\n"
      "The company began what is commonly referred to in the industry as a "
      "\"section 189\".\n\n"
      "Cattle inside what officials have marked as the \"red zone\" were "
      "vaccinated.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("Fix Our Roads, Not Our Rates"),
                                        Term("rock rabbits"), Term("fish-eye"),
                                        Term("delayed transfers of care"),
                                        Term("Master of the Seasons"),
                                        Term("section 189"), Term("red zone")));
}

TEST(QuoteSpeakerTest, MongolianNamesWithTheFathersInitialJoined) {
  // "D.Gantulga ... Gantulga said"; "Sh.Oyunchimeg": an initial of two
  // letters, joined to the given name, opens the name and no sentence.
  const std::string text =
      "D.Gantulga, head of the Air Quality Department, told News.mn that "
      "supply was to blame.\n\n"
      "\"Some families burn wood,\" Gantulga said.\n\n"
      "Sh.Oyunchimeg, 54, who lives in a ger, said the bags cost more.\n\n"
      "\"We use two bags a day,\" she said.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("D.Gantulga", "Some families burn wood,"),
                          Direct("Sh.Oyunchimeg", "We use two bags a day,")));
}

TEST(QuoteSpeakerTest, ABodysNameThenAFirstNameAndASurname) {
  // "Head of the Union of Southern Farmers Viktor Hrytsenko said": the
  // body's words end where a known first name opens the person's; not
  // "the Embassy of Japan in Sri Lanka", a place after the body.
  const std::string text =
      "Head of the Union of Southern Farmers Viktor Hrytsenko said the "
      "season would be \"loss-making\" for many farms.\n\n"
      "The Embassy of Japan in Sri Lanka said the visit marked \"a new "
      "chapter\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Viktor Hrytsenko", "loss-making"),
                  Partial("Embassy of Japan in Sri Lanka", "a new chapter")));
}

TEST(QuoteSpeakerTest, TheSubjectOfARelativeClauseAfterAnAdjective) {
  // "a move local councillors have described as": the subject of the
  // clause with no "that" starts at its adjective.
  const std::string text =
      "Ten beds will close from March 1, a move local councillors have "
      "described as \"a body blow to the town\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("local councillors",
                                                "a body blow to the town")));
}

TEST(QuoteSpeakerTest, OneAskedToDoSomethingIsNoSpeaker) {
  // "and that no current resident would be asked to leave": a request in
  // the passive, not a question someone answers next; the statement after
  // it is the body's.
  const std::string text =
      "In a statement, HSE Dublin and South East said the decision followed "
      "\"a review of staffing\", and that no current resident would be "
      "asked to leave.\n\n"
      "\"The unit has been unable to recruit staff,\" the statement "
      "said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("HSE Dublin and South East", "a review of staffing"),
                  Direct("HSE Dublin and South East",
                         "The unit has been unable to recruit staff,")));
}

TEST(QuoteSpeakerTest, ABodyNamedLaterWithoutItsCountry) {
  // "the Army Corps said" after "the U.S. Army Corps of Engineers": the
  // body's name without the country that opens it.
  const std::string text =
      "The U.S. Army Corps of Engineers said the dunes were \"rebuilt\".\n\n"
      "In a statement, the Army Corps said it was \"aware of the "
      "erosion\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("U.S. Army Corps of Engineers", "rebuilt"),
                          Partial("U.S. Army Corps of Engineers",
                                  "aware of the erosion")));
}

TEST(QuoteSpeakerTest, AKyrgyzNameEndingInSonOf) {
  // "Ermek Kanybek uulu": "uulu" (son of) ends the name in lower case.
  const std::string text =
      "Young researcher Ermek Kanybek uulu said the lake was \"the most "
      "immediate danger\".\n\n"
      "\"We informed the ministry at once,\" Kanybek uulu said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Partial("Ermek Kanybek uulu", "the most immediate danger"),
          Direct("Ermek Kanybek uulu", "We informed the ministry at once,")));
}

TEST(QuoteKindTest, WhatAPlaceOrAThingIsOftenCalled) {
  // "Hawke's Bay, often called", "the black bear is often called": a name
  // for a thing in the passive, by no one.
  const std::string text =
      "Hawke's Bay, often called \"the fruit bowl of New Zealand\", grows "
      "half the country's apples.\n\n"
      "The Formosan black bear is often called the \"moon bear\" because "
      "of its markings.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("the fruit bowl of New Zealand"),
                                        Term("moon bear")));
}

TEST(QuoteKindTest, WhatABodyCallsAThingIsALabel) {
  // "what the U.S. Department of Agriculture calls", "which the government
  // calls": a body's name for a thing, in the present; but "which Tomas
  // calls" is the person's own words.
  const std::string text =
      "A town can land in what the U.S. Department of Agriculture calls a "
      "\"low-income, low-access\" area.\n\n"
      "The dispute is a levy, which the government calls a \"ground rent "
      "tax\", on fish farms.\n\n"
      "Tomas Vega plans a policy for horses, which Tomas half-jokingly calls "
      "\"the final boss of pet insurance\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Term("low-income, low-access"), Term("ground rent tax"),
                  Partial("Tomas Vega", "the final boss of pet insurance")));
}

TEST(QuoteKindTest, WhatAGroupHasLongCalledSomeone) {
  // "whom their teammates have long called": a group's name for them, by
  // habit.
  const std::string text =
      "The pair, whom their teammates have long called \"the Bookends\", "
      "sit together.\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Term("the Bookends")));
}

TEST(QuoteSpeakerTest, ABodyNamedForWhatItIsForOpensASentence) {
  // "Transport for Wales said ..., and described": the subject of the
  // second verb is the whole name.
  // ("Transport for Wales, which operates ..., said": or before a
  // relative clause.)
  const std::string text =
      "Transport for Wales said trains would run from Monday, and described "
      "the reopening as \"a huge moment\".\n\n"
      "Transport for Wales, which operates regional services, said it would "
      "\"study the detail\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Transport for Wales", "a huge moment"),
                          Partial("Transport for Wales", "study the detail")));
}

TEST(QuoteSpeakerTest, AGardaBySurnameAfterHerFullName) {
  // "Garda Niamh Rossiter ... Garda Rossiter said": the rank before a
  // surname named before; not "Garda Síochána".
  const std::string text =
      "Garda Niamh Rossiter said the accused was \"aggressive\".\n\n"
      "\"He refused and told me to mind my own business,\" Garda Rossiter "
      "said.\n\n"
      "An Garda Síochána said it was \"following a line of inquiry\".\n\n"
      "Garda Síochána said the road was \"closed\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Niamh Rossiter", "aggressive"),
                  Direct("Niamh Rossiter",
                         "He refused and told me to mind my own business,"),
                  Partial("An Garda Síochána", "following a line of inquiry"),
                  Partial("Garda Síochána", "closed")));
}

TEST(QuoteSpeakerTest, AMinistryWithItsPortfoliosBeforeARelativeClause) {
  // "The Ministry of Cultures, Decolonization and Depatriarchalization,
  // which supported the exhibition, said": the whole name, not the words
  // before its first comma.
  const std::string text =
      "The Ministry of Cultures, Decolonization and Depatriarchalization, "
      "which supported the exhibition, said the designs were \"collective "
      "heritage\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Ministry of Cultures, Decolonization and "
                                  "Depatriarchalization",
                                  "collective heritage")));
}

TEST(QuoteSpeakerTest, AFirstSurnameWithAnAccentedCapital) {
  // "Sergio Ávila Monzón ... Ávila said": the first of two surnames, its
  // capital accented; short inner words ("de la", the Catalan "i") are
  // passed over.
  const std::string text =
      "The chief executive, Sergio Ávila Monzón, said the port would grow.\n\n"
      "\"We are moving to a real container hub,\" Ávila said.\n\n"
      "The priest, Juan de la Cruz Soto, said it was \"a blessing\".\n\n"
      "The mayor, Jordi Puigvert i Roca, said it was \"a good day\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Sergio Ávila Monzón",
                                 "We are moving to a real container hub,"),
                          Partial("Juan de la Cruz Soto", "a blessing"),
                          Partial("Jordi Puigvert i Roca", "a good day")));
}

TEST(QuoteSpeakerTest, AnIrishCouncilChairAndASecwepemcChief) {
  // "The Cathaoirleach of the Bray Municipal District, Cllr Dermot
  // Lawless, said", "Kukpi7 Loretta Harry said": titles, not names.
  const std::string text =
      "The Cathaoirleach of the Bray Municipal District, Cllr Dermot "
      "Lawless, said it was \"a mess\".\n\n"
      "Kukpi7 Loretta Harry said the nation had not been \"consulted\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("Dermot Lawless", "a mess"),
                                        Partial("Loretta Harry", "consulted")));
}

TEST(QuoteSpeakerTest, ACountyAttorneysOfficeAfterAnOpeningClause) {
  // "In a statement ..., the Scott County Attorney's Office said": "Scott"
  // opens a county's name, not a person's whose office it is.
  const std::string text =
      "In a statement released after the hearing, the Scott County "
      "Attorney's Office said: \"We hope the sentence brings "
      "accountability.\"\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Scott County Attorney's Office",
                         "We hope the sentence brings accountability.")));
}

TEST(QuoteSpeakerTest, AChairladyAnEgyptianHaggAndAKurdishMam) {
  // "Chairlady Yvette Leslie-Garbutt", "Hagg Mahmoud Refaat", "Mam Hussein
  // Qadir": a title or an elder's honorific before the name.
  const std::string text =
      "\"We cannot keep running the truck on goodwill,\" said Chairlady "
      "Yvette Leslie-Garbutt.\n\n"
      "\"My mother sent me here with a brass cup,\" said Hagg Mahmoud "
      "Refaat.\n\n"
      "\"My father farmed here,\" said Mam Hussein Qadir.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Yvette Leslie-Garbutt",
                                 "We cannot keep running the truck "
                                 "on goodwill,"),
                          Direct("Mahmoud Refaat",
                                 "My mother sent me here with a brass cup,"),
                          Direct("Hussein Qadir", "My father farmed here,")));
}

TEST(QuoteSpeakerTest, ASpanishGivenNameThatEndsLikeAnAgentNoun) {
  // "Néstor Zelaya Rugama", "Leonor Ramírez Soto": given names, not
  // descriptions opening the sentence ("Developer Marcus Feld").
  const std::string text =
      "Néstor Zelaya Rugama said the rain was \"brutal\".\n\n"
      "Leonor Ramírez Soto said the harvest was \"late\".\n\n"
      "Developer Marcus Feld said the plan was \"sound\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Néstor Zelaya Rugama", "brutal"),
                          Partial("Leonor Ramírez Soto", "late"),
                          Partial("Marcus Feld", "sound")));
}

TEST(QuoteSpeakerTest, AnEngineersTitleWithItsFullStopInsideARun) {
  // "said Eng. Abdulkarim Saleh al-Shameeri", "Mayor of Al-Ahsa Eng. Essam
  // bin Abdullatif Al-Mulla", "Undersecretary for Land Transport and Post
  // Dr. Hussain Al Mahmeed": the title ends no sentence and opens the name;
  // "Koh Eng Chuan", with no full stop, is a name.
  const std::string text =
      "\"We cannot reach them,\" said Eng. Abdulkarim Saleh al-Shameeri, "
      "the director.\n\n"
      "Mayor of Al-Ahsa Eng. Essam bin Abdullatif Al-Mulla said the stops "
      "were \"designed for heat\".\n\n"
      "Undersecretary for Land Transport and Post Dr. Hussain Al Mahmeed "
      "said the plan was \"based on data\".\n\n"
      "Koh Eng Chuan said the queue was \"long\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(
          Direct("Abdulkarim Saleh al-Shameeri", "We cannot reach them,"),
          Partial("Essam bin Abdullatif Al-Mulla", "designed for heat"),
          Partial("Hussain Al Mahmeed", "based on data"),
          Partial("Koh Eng Chuan", "long")));
}

TEST(QuoteSpeakerTest, ASubCommissionersRankJoinedByAHyphen) {
  // "Sub-Commissioner Hector Zelaya Portillo, the regional head, told":
  // the rank is a title, not the name's first word.
  const std::string text =
      "\"This structure was charging lempiras,\" Sub-Commissioner Hector "
      "Zelaya Portillo, the regional head, told reporters.\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Direct("Hector Zelaya Portillo",
                                 "This structure was charging lempiras,")));
}

TEST(QuoteSpeakerTest, ANameWhoseFirstLetterIsSmall) {
  // "the eThekwini Municipality said", "eBay said": a small letter, a
  // capital and small letters open a name.
  const std::string text =
      "In a statement, the eThekwini Municipality said the pipe had "
      "\"complicated the repair\".\n\n"
      "eBay said the fees were \"fair\".\n";
  EXPECT_THAT(Quotes(text), ElementsAre(Partial("eThekwini Municipality",
                                                "complicated the repair"),
                                        Partial("eBay", "fair")));
}

TEST(QuoteSpeakerTest, APluralOfPeopleInsideABodysName) {
  // "The Rural Doctors Association of Victoria said": "Doctors" before
  // "Association" names the body's members, not a title before a name.
  const std::string text =
      "The Rural Doctors Association of Victoria said the change was \"a "
      "symptom\".\n\n"
      "Rural Doctors Association chief Anna Berg said it was \"late\".\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Partial("Rural Doctors Association of Victoria", "a symptom"),
                  Partial("Anna Berg", "late")));
}

TEST(QuoteSpeakerTest, ASaintsNameWithItsPossessiveOpensABodysName) {
  // "The St. John's Development Corporation announced": the saint's name
  // is the body's, not a place that owns it ("Ghana's Development
  // Corporation").
  const std::string text =
      "The St. John's Development Corporation announced that vendors would "
      "\"restore safe passage\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("St. John's Development Corporation",
                                  "restore safe passage")));
}

TEST(QuoteSpeakerTest, ABodysNameWithoutThePlaceThatOpensIt) {
  // "The Department of Health said" after "the Tasmanian Department of
  // Health": the body named before, without its place's words.
  const std::string text =
      "The practice works under a contract with the Tasmanian Department of "
      "Health.\n\n"
      "The Department of Health said it was \"aware of the closure\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Tasmanian Department of Health",
                                  "aware of the closure")));
}

TEST(QuoteSpeakerTest, AKalenjinSonOfInsideAName) {
  // "Kipkemoi arap Langat": "arap", "son of", joins the names.
  const std::string text =
      "\"The bank does not wait,\" said Kipkemoi arap Langat, who grows "
      "tea.\n\n"
      "\"We are telling the truth,\" Langat said.\n";
  EXPECT_THAT(
      Quotes(text),
      ElementsAre(Direct("Kipkemoi arap Langat", "The bank does not wait,"),
                  Direct("Kipkemoi arap Langat", "We are telling the truth,")));
}

TEST(QuoteSpeakerTest, APlayersPositionWithAHyphenOpeningASentence) {
  // "Corner-forward Pádraig O'Toole said", "Wing-back Aoife Dunne said":
  // the position is a description, not the name's first word.
  const std::string text =
      "Corner-forward Pádraig O'Toole said the dressing room was \"very "
      "quiet\".\n\n"
      "Wing-back Aoife Dunne said the pitch was \"heavy\".\n";
  EXPECT_THAT(Quotes(text),
              ElementsAre(Partial("Pádraig O'Toole", "very quiet"),
                          Partial("Aoife Dunne", "heavy")));
}

}  // namespace
}  // namespace textanalytics::core
