// Quotations in news text and who said them.
//
// ExtractQuotes finds every span between quotation marks (curly “ ” and
// straight " double quotes; ‘ ’ and ' only nested inside them), joins
// newspaper-style continuation paragraphs into one quotation, classifies each
// as DIRECT, PARTIAL or TERM, and attributes DIRECT and PARTIAL quotations to
// a speaker resolved to the fullest name the text gives. All offsets are
// UTF-8 byte offsets into the text. Thread-safe; never fails on any valid
// UTF-8 input (unbalanced marks end at their paragraph's end).
#ifndef TEXTANALYTICS_SERVICE_CORE_QUOTES_H_
#define TEXTANALYTICS_SERVICE_CORE_QUOTES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "service/core/segmenter.h"

namespace textanalytics::core {

enum class QuoteKind {
  kDirect,   // one or more sentences of someone's words
  kPartial,  // a fragment of someone's words inside the reporter's sentence
  kTerm,     // a so-called term, title, nickname or scare quote; no speaker
};

// "direct", "partial" or "term".
std::string_view QuoteKindName(QuoteKind kind);

// How a quotation's speaker was found.
enum class Attribution {
  kNone,          // no speaker (TERM, or nobody could be found)
  kExplicit,      // named next to the quotation with a cue ("Musk said")
  kCoreference,   // a pronoun, surname, title or "the company" resolved
  kContinuation,  // a continuation paragraph or follow-on quote
};

// "none", "explicit", "coreference" or "continuation".
std::string_view AttributionName(Attribution attribution);

struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
};

struct Speaker {
  std::string name;         // canonical: "Elon Musk", "Microsoft", or an
                            // unnamed source as written ("a senior executive
                            // at a large Chinese tech conglomerate")
  std::string mention;      // as written next to this quote: "Musk", "he"
  TextSpan mention_span;    // where `mention` is; empty if none
  std::string description;  // "head of tech policy research at Trivium China"
  bool organization = false;
  Attribution attribution = Attribution::kNone;
};

struct Quote {
  // The quoted words without the marks, one span per paragraph (several for
  // a quotation continued across paragraphs), in text order.
  std::vector<TextSpan> parts;
  TextSpan outer;  // from the opening mark to the closing one (or the end of
                   // the paragraph where it is left open)
  QuoteKind kind = QuoteKind::kDirect;
  int first_block = 0;
  int last_block = 0;
  int first_sentence = 0;  // sentences the quotation stands in
  int last_sentence = 0;
  Speaker speaker;
  std::string cue;  // the reporting verb as written ("told", "says"),
                    // "according to", ":" or empty
  TextSpan cue_span;

  // The quoted words, parts joined with "\n".
  std::string Text(std::string_view text) const;
};

// Every quotation of `text`, which `seg` segments, in text order. Body
// blocks are searched; a quotation in a heading, caption or credit (and a
// headline's single marks, "UK accuses EU of ‘moving the goalposts’") only
// when it repeats words that a body quotation gives to a speaker, with that
// speaker.
std::vector<Quote> ExtractQuotes(std::string_view text,
                                 const Segmentation& seg);

}  // namespace textanalytics::core

#endif  // TEXTANALYTICS_SERVICE_CORE_QUOTES_H_
