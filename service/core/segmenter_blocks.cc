#include "service/core/segmenter_blocks.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "service/core/segmenter_chars.h"

// How a block's kind is decided. Every rule looks at one line (a block) and
// at most its neighbours; no rule names a publication's article. Body
// statistics drop non-body blocks, so each rule is narrow: when in doubt a
// block is body.
//
// 1. A block with no letter or digit (a "* * *" separator) is boilerplate.
// 2. BOILERPLATE: copyright lines ("All rights reserved" anywhere; a line
//    opening with "Copyright", "©" or "(c)" that carries a year or a
//    company word); the site furniture of kBoilerplateCues and
//    kBoilerplatePhrases (share/follow/comment/newsletter/read-more lines,
//    bylines, time stamps, agency trailers such as "Reporting by ...;
//    Editing by ..." and "... contributed to this report"); short lines
//    with a date ("Tue 3 May 2022 18.00 BST"); and short bylines without
//    "By" that end in "correspondent", "editor", "reporter" ...
// 3. CREDIT: a line opening with a credit label ("Photo:", "Photograph:",
//    "Credit:", "Illustration by", "Image source, ...", "Source: ..."), a
//    line opening with "©" that is not a copyright line, a line ending in a
//    short credit ("... © AFP/Getty Images", "... Photograph: X/Reuters",
//    "... (AP Photo/Evan Vucci)"), or a short line naming a picture agency
//    ("Spencer Platt/Getty Images").
// 4. CAPTION: chart and graphic descriptions ("Line chart of ...", "Map
//    showing ...", "Graphic: ...") and BBC-style "Image caption, ..."; and
//    the line right before a credit line when it is not body prose: it has no
//    sentence-final punctuation, or most of its words are repeated in the
//    credit line.
// 5. HEADING: a short line (at most kMaxHeadingWords words) that starts with
//    a capital or digit, ends in a letter, digit, "%", currency sign or
//    closing quote (so no sentence punctuation, no question, no trailing
//    comma or dash), and is followed by a body paragraph of prose, possibly
//    after other headings and furniture (a title, then a photo, then text).
// 6. Topic tags: short lines without sentence punctuation right after a
//    boilerplate line ("Explore more on these topics", "China", "Asia
//    Pacific") are boilerplate too.
// 7. BODY: everything else.

namespace textanalytics::core::segmenter_internal {
namespace {

// Longer blocks are always body.
constexpr int kMaxFurnitureWords = 80;
// Limits for each kind, in words.
constexpr int kMaxBoilerplateWords = 30;
constexpr int kMaxCreditWords = 25;     // a line that is only a credit
constexpr int kMaxCreditTailWords = 8;  // "... © <tail>"
constexpr int kMaxCaptionWords = 60;
constexpr int kMaxHeadingWords = 12;
constexpr size_t kMaxHeadingBytes = 100;
// A topic tag ("Asia Pacific") in a list after a boilerplate line.
constexpr int kMaxTagWords = 5;
// A heading is followed by a paragraph of at least this many words.
constexpr int kMinProseWords = 8;

enum class CueMatch {
  kWhole,          // the line, less trailing punctuation, is the cue
  kPrefix,         // the line starts with the cue
  kPrefixNoFinal,  // ... and does not end with sentence punctuation
};

struct Cue {
  std::string_view text;  // lowercase, single spaces
  CueMatch match;
};

// Site furniture (BOILERPLATE), for lines of at most kMaxBoilerplateWords
// words. Lowercase; a prefix cue must end at a word boundary.
constexpr Cue kBoilerplateCues[] = {
    // Comments, sharing, following.
    {"comments", CueMatch::kWhole},
    {"comment", CueMatch::kWhole},
    {"view comments", CueMatch::kPrefix},
    {"show comments", CueMatch::kWhole},
    {"jump to comments", CueMatch::kPrefix},
    {"comments (", CueMatch::kPrefix},
    {"join the conversation", CueMatch::kPrefix},
    {"reuse this content", CueMatch::kPrefix},
    {"share", CueMatch::kWhole},
    {"share this", CueMatch::kPrefix},
    {"share on ", CueMatch::kPrefix},
    {"share via", CueMatch::kPrefix},
    {"copy link", CueMatch::kWhole},
    {"save", CueMatch::kWhole},
    {"print", CueMatch::kWhole},
    {"email", CueMatch::kWhole},
    {"follow", CueMatch::kWhole},
    {"follow the topics", CueMatch::kPrefix},
    {"follow us on", CueMatch::kPrefix},
    {"follow us at", CueMatch::kPrefix},
    {"send any friend a story", CueMatch::kPrefix},
    // Newsletters, apps, links to more.
    {"sign up", CueMatch::kWhole},
    {"sign up to", CueMatch::kPrefix},
    {"sign up for", CueMatch::kPrefix},
    {"subscribe", CueMatch::kWhole},
    {"subscribe to", CueMatch::kPrefix},
    {"newsletter", CueMatch::kWhole},
    {"download the app", CueMatch::kPrefix},
    {"get our ", CueMatch::kPrefixNoFinal},
    {"read more", CueMatch::kWhole},
    {"read more:", CueMatch::kPrefix},
    {"read more about", CueMatch::kPrefix},
    {"see also", CueMatch::kWhole},
    {"see also:", CueMatch::kPrefix},
    {"related", CueMatch::kWhole},
    {"related:", CueMatch::kPrefix},
    {"related articles", CueMatch::kWhole},
    {"related stories", CueMatch::kWhole},
    {"related content", CueMatch::kWhole},
    {"related topics", CueMatch::kWhole},
    {"topics", CueMatch::kWhole},
    {"tags", CueMatch::kWhole},
    // Links to the story before and after ("« Previous: Man charged in
    // crash", "Next » Lawmakers weigh limits").
    {"« previous", CueMatch::kPrefix},
    {"previous:", CueMatch::kPrefix},
    {"previous article", CueMatch::kPrefix},
    {"previous story", CueMatch::kPrefix},
    {"next »", CueMatch::kPrefix},
    {"next:", CueMatch::kPrefix},
    {"next article", CueMatch::kPrefix},
    {"next story", CueMatch::kPrefix},
    {"more on this story", CueMatch::kPrefix},
    {"more from ", CueMatch::kPrefixNoFinal},
    {"explore more on these topics", CueMatch::kPrefix},
    {"most read", CueMatch::kWhole},
    {"most popular", CueMatch::kWhole},
    {"most viewed", CueMatch::kWhole},
    {"top stories", CueMatch::kWhole},
    {"you may also like", CueMatch::kPrefix},
    {"recommended", CueMatch::kWhole},
    {"click here", CueMatch::kPrefix},
    {"listen to this article", CueMatch::kPrefix},
    {"watch:", CueMatch::kPrefixNoFinal},
    {"advertisement", CueMatch::kWhole},
    {"skip advertisement", CueMatch::kPrefix},
    {"supported by", CueMatch::kWhole},
    {"skip to content", CueMatch::kPrefix},
    {"back to top", CueMatch::kWhole},
    {"loading", CueMatch::kWhole},
    // Bylines, time stamps, notes on the article.
    {"by ", CueMatch::kPrefixNoFinal},
    {"published", CueMatch::kWhole},
    {"updated", CueMatch::kWhole},
    {"published ", CueMatch::kPrefixNoFinal},
    {"updated ", CueMatch::kPrefixNoFinal},
    {"posted ", CueMatch::kPrefixNoFinal},
    {"last modified", CueMatch::kPrefixNoFinal},
    {"last updated", CueMatch::kPrefixNoFinal},
    {"first published", CueMatch::kPrefixNoFinal},
    {"this article was amended", CueMatch::kPrefix},
    {"this article is more than", CueMatch::kPrefix},
    {"this article was originally published", CueMatch::kPrefix},
    {"a version of this article appears", CueMatch::kPrefix},
    // Agency trailers.
    {"reporting by", CueMatch::kPrefix},
    {"additional reporting by", CueMatch::kPrefix},
    {"editing by", CueMatch::kPrefix},
    {"writing by", CueMatch::kPrefix},
    {"our standards:", CueMatch::kPrefix},
};

// Phrases that make a line of at most kMaxBoilerplateWords words
// boilerplate wherever they occur in it.
constexpr std::string_view kBoilerplatePhrases[] = {
    "contributed to this report", "contributed reporting",
    "contributed to this story",
    // A web page's time stamps after the byline: "Jessica Cheng · CBC News
    // · Posted: Feb 11, 2025 4:00 AM EST".
    " posted: ", "| updated: ", "| last updated: "};

// Last words of a byline without "By" ("Jane Doe Political correspondent").
constexpr std::string_view kBylineEnds[] = {"correspondent", "editor",
                                            "reporter",      "writer",
                                            "columnist",     "contributor"};

// Month and weekday names; a short line with one and a digit is a time
// stamp ("Tue 3 May 2022 18.00 BST", "18 February 2022").
constexpr std::string_view kDateWords[] = {
    "Jan",       "January", "Feb",      "February", "Mar",      "March",
    "Apr",       "April",   "May",      "Jun",      "June",     "Jul",
    "July",      "Aug",     "August",   "Sep",      "Sept",     "September",
    "Oct",       "October", "Nov",      "November", "Dec",      "December",
    "Mon",       "Monday",  "Tue",      "Tues",     "Tuesday",  "Wed",
    "Wednesday", "Thu",     "Thur",     "Thurs",    "Thursday", "Fri",
    "Friday",    "Sat",     "Saturday", "Sun",      "Sunday"};
constexpr int kMaxDateLineWords = 8;

// A byline ("By Jane Smith, BBC News") is short.
constexpr int kMaxBylineWords = 10;

// A copyright line without a year or company word ("Copyright BBC").
constexpr int kMaxCopyrightWords = 8;

// Words that make a "©" line a publisher's copyright, not a photo credit.
// clang-format off
constexpr std::string_view kCompanyWords[] = {
    "limited", "ltd", "inc", "plc", "llc", "group", "media", "newspapers",
    "publishing", "affiliates", "company", "corporation"};
// clang-format on

// Labels that open a credit line, or introduce the credit at the end of a
// caption (kCreditTailLabels).
// clang-format off
constexpr std::string_view kCreditLabels[] = {
    "photo:", "photos:", "photograph:", "photographs:", "photography:",
    "picture:", "pictures:", "pic:", "image:", "images:", "credit:", "credits:",
    "credit\xE2\x80\xA6", "credit...", "photo credit", "image credit",
    "picture credit", "image source", "illustration:", "illustration by",
    "illustrations by", "photo by", "photos by", "photograph by",
    "photographs by", "photography by", "picture by", "pictures by",
    "composite:", "courtesy of", "source:", "sources:"};
// clang-format on
// clang-format off
constexpr std::string_view kCreditTailLabels[] = {
    "\xC2\xA9", "photograph:", "photographs:", "photo:", "photos:",
    "photography:", "picture:", "illustration:", "composite:", "image:",
    "credit:", "credit\xE2\x80\xA6", "credit...", "photo credit:"};
// clang-format on

// Picture agencies and libraries. A line naming one is a credit when it is
// short ("AFP via Getty Images", "Yan Cong/Bloomberg"). The "/" forms need a
// photographer's name or a second agency next to them.
// clang-format off
constexpr std::string_view kAgencyCues[] = {
    "getty images", "gettyimages", "via getty", "shutterstock", "alamy",
    "ap photo", "pa media", "pa wire", "pa images", "epa-efe", "afp via",
    "/reuters", "reuters/", "/afp", "afp/", "/getty", "/ap", "ap/", "/epa",
    "epa/", "/bloomberg", "bloomberg/", "/xinhua", "xinhua/", "/pa", "/rex",
    "rex/", "/eyevine", "/zuma", "/sipa", "/anadolu", "/nurphoto", "/pool",
    "pool/", "/handout", "/bbc", "/the guardian", "/the observer",
    "/the new york times", "/the washington post", "/financial times", "/ft",
    "/dpa", "/tass", "/kyodo", "/yonhap", "/upi", "/ansa", "/efe", "/sopa",
    "/imaginechina", "/costfoto"};
// clang-format on

// A parenthetical at the end of a line that is a credit starts with one of
// these or names an agency ("(AP Photo/Evan Vucci)", "(Getty Images)").
// clang-format off
constexpr std::string_view kParenCreditStarts[] = {
    "ap photo", "photo", "afp", "getty", "reuters", "epa", "credit", "courtesy",
    "image", "pool", "handout", "picture", "pa "};
// clang-format on

// Chart and graphic descriptions, and captions that say so (CAPTION).
constexpr Cue kCaptionCues[] = {
    {"line chart", CueMatch::kPrefix},
    {"bar chart", CueMatch::kPrefix},
    {"column chart", CueMatch::kPrefix},
    {"pie chart", CueMatch::kPrefix},
    {"area chart", CueMatch::kPrefix},
    {"scatter chart", CueMatch::kPrefix},
    {"scatter plot", CueMatch::kPrefix},
    {"stacked bar", CueMatch::kPrefix},
    {"stacked column", CueMatch::kPrefix},
    {"chart:", CueMatch::kPrefix},
    {"graphic:", CueMatch::kPrefix},
    {"infographic", CueMatch::kPrefix},
    {"map:", CueMatch::kPrefix},
    {"image caption", CueMatch::kPrefix},
    {"media caption", CueMatch::kPrefix},
    {"video caption", CueMatch::kPrefix},
    {"caption:", CueMatch::kPrefix},
    {"pictured:", CueMatch::kPrefix},
    {"chart showing", CueMatch::kPrefixNoFinal},
    {"chart of", CueMatch::kPrefixNoFinal},
    {"graph showing", CueMatch::kPrefixNoFinal},
    {"graph of", CueMatch::kPrefixNoFinal},
    {"graphic showing", CueMatch::kPrefixNoFinal},
    {"map showing", CueMatch::kPrefixNoFinal},
    {"map of", CueMatch::kPrefixNoFinal},
    {"table showing", CueMatch::kPrefixNoFinal},
    {"diagram of", CueMatch::kPrefixNoFinal},
    {"diagram showing", CueMatch::kPrefixNoFinal},
    {"timeline of", CueMatch::kPrefixNoFinal},
};

// Share of a line's words that the next credit line must repeat for the
// line to be its caption although it ends like a sentence.
constexpr double kCaptionRepeatShare = 0.6;

// What the rules need to know about one block.
struct BlockFacts {
  std::string_view s;  // the block's text
  int words = 0;
  bool final_punct = false;  // ends like a sentence (. ! ? … : ;)
  // Ends with neither sentence punctuation nor a mark that leads on (a
  // comma, dash, colon, opening bracket ...).
  bool ends_clean = false;
  bool starts_lower = false;
  // s with ASCII letters lowercased and white space runs collapsed to one
  // space, while the block is being looked at (it points into a buffer that
  // is reused for the next block).
  std::string_view lower;
  std::string_view whole;  // lower without trailing punctuation
};

inline bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

// Sets *out to `s` lowercased (ASCII letters) with white space runs collapsed
// to one space and trimmed.
void Lower(std::string_view s, std::string* out_buffer) {
  std::string& out = *out_buffer;
  out.resize(s.size());
  size_t n = 0;
  bool space = true;  // drops leading white space
  int len;
  for (size_t i = 0; i < s.size(); i += len) {
    const auto byte = static_cast<unsigned char>(s[i]);
    const UChar32 c = byte < 0x80 ? (len = 1, byte) : DecodeAt(s, i, &len);
    if (IsTrimSpace(c)) {
      if (!space) out[n++] = ' ';
      space = true;
      continue;
    }
    space = false;
    if (c < 0x80) {
      out[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else {
      for (int k = 0; k < len; ++k) out[n++] = s[i + k];
    }
  }
  if (n > 0 && out[n - 1] == ' ') --n;
  out.resize(n);
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  // The first byte settles most calls without a memcmp.
  return !prefix.empty() && !s.empty() && s[0] == prefix[0] &&
         s.substr(0, prefix.size()) == prefix;
}

// `s` starts with `cue` and the cue ends at a word boundary.
bool StartsWithWord(std::string_view s, std::string_view cue) {
  if (!StartsWith(s, cue)) return false;
  return s.size() == cue.size() || !IsAsciiAlnum(cue.back()) ||
         !IsAsciiAlnum(s[cue.size()]);
}

// Whether `needle` occurs in `s` with no letter or digit right before or
// after it (where the needle itself begins or ends with one).
bool ContainsWord(std::string_view s, std::string_view needle) {
  for (size_t pos = s.find(needle); pos != std::string_view::npos;
       pos = s.find(needle, pos + 1)) {
    const bool start_ok =
        pos == 0 || !IsAsciiAlnum(needle.front()) || !IsAsciiAlnum(s[pos - 1]);
    const size_t end = pos + needle.size();
    const bool end_ok = end == s.size() || !IsAsciiAlnum(needle.back()) ||
                        !IsAsciiAlnum(s[end]);
    if (start_ok && end_ok) return true;
  }
  return false;
}

// `lower` without trailing punctuation and spaces ("Comments:" ->
// "comments").
std::string_view StripTrailingPunct(std::string_view lower) {
  while (!lower.empty() && !IsAsciiAlnum(lower.back()) &&
         static_cast<unsigned char>(lower.back()) < 0x80) {
    lower.remove_suffix(1);
  }
  return lower;
}

bool MatchesCue(const BlockFacts& b, const Cue& cue) {
  switch (cue.match) {
    case CueMatch::kWhole:
      return b.whole == cue.text;
    case CueMatch::kPrefix:
      return StartsWithWord(b.lower, cue.text);
    case CueMatch::kPrefixNoFinal:
      return !b.final_punct && StartsWithWord(b.lower, cue.text);
  }
  return false;
}

template <size_t N>
bool ContainsAnyWord(std::string_view s, const std::string_view (&cues)[N]) {
  for (std::string_view cue : cues) {
    if (ContainsWord(s, cue)) return true;
  }
  return false;
}

// A four-digit year from 1900 to 2099 as a whole token.
bool HasYear(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if ((StartsWith(s.substr(i), "19") || StartsWith(s.substr(i), "20")) &&
        isdigit(static_cast<unsigned char>(s[i + 2])) &&
        isdigit(static_cast<unsigned char>(s[i + 3])) &&
        (i == 0 || !IsAsciiAlnum(s[i - 1])) &&
        (i + 4 == s.size() || !IsAsciiAlnum(s[i + 4]))) {
      return true;
    }
  }
  return false;
}

bool StartsWithCopyrightSign(std::string_view lower) {
  return StartsWith(lower, "\xC2\xA9") || StartsWith(lower, "(c) ");
}

bool IsCopyright(const BlockFacts& b) {
  if (b.lower.find("all rights reserved") != std::string::npos) return true;
  if (StartsWithWord(b.lower, "copyright")) {
    // "Copyright 2024 ...", "Copyright © ...", "Copyright The X Limited
    // 2024."; not "Copyright law was changed in 2019."
    std::string_view rest = std::string_view(b.lower).substr(9);
    if (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
    if (StartsWithCopyrightSign(rest) || StartsWith(rest, "(c)")) return true;
    if (HasYear(rest.substr(0, rest.find(' ')))) return true;
    if (HasYear(b.lower) && ContainsAnyWord(b.lower, kCompanyWords)) {
      return true;
    }
    return !b.final_punct && b.words <= kMaxCopyrightWords;
  }
  if (StartsWithCopyrightSign(b.lower)) {
    // "© 2024 The Publisher"; "© Name/Agency" is a credit.
    if (HasYear(b.lower) || ContainsWord(b.lower, "copyright")) return true;
    return b.lower.find('/') == std::string::npos &&
           ContainsAnyWord(b.lower, kCompanyWords);
  }
  return false;
}

// "Tue 3 May 2022 18.00 BST": a short line without sentence punctuation
// holding a digit and a capitalised month or weekday name.
bool IsDateLine(const BlockFacts& b) {
  if (b.words > kMaxDateLineWords || b.final_punct) return false;
  bool digit = false;
  bool date_word = false;
  size_t i = 0;
  while (i < b.s.size()) {
    if (!IsAsciiAlnum(b.s[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < b.s.size() && IsAsciiAlnum(b.s[i])) ++i;
    const std::string_view token = b.s.substr(begin, i - begin);
    if (isdigit(static_cast<unsigned char>(token[0]))) {
      digit = true;
    } else if (std::find(std::begin(kDateWords), std::end(kDateWords), token) !=
               std::end(kDateWords)) {
      date_word = true;
    }
  }
  return digit && date_word;
}

bool IsBylineWithoutBy(const BlockFacts& b) {
  if (b.words > kMaxBylineWords || b.final_punct) return false;
  const size_t space = b.lower.rfind(' ');
  if (space == std::string::npos) return false;
  const std::string_view last = std::string_view(b.lower).substr(space + 1);
  return std::find(std::begin(kBylineEnds), std::end(kBylineEnds), last) !=
         std::end(kBylineEnds);
}

bool IsBoilerplate(const BlockFacts& b) {
  if (IsCopyright(b)) return true;
  if (b.words > kMaxBoilerplateWords) return false;
  if (IsDateLine(b) || IsBylineWithoutBy(b)) return true;
  for (std::string_view phrase : kBoilerplatePhrases) {
    if (b.lower.find(phrase) != std::string::npos) return true;
  }
  for (const Cue& cue : kBoilerplateCues) {
    if (b.lower[0] != cue.text[0]) continue;  // cheap first test
    if (MatchesCue(b, cue)) {
      return cue.text != "by " || b.words <= kMaxBylineWords;
    }
  }
  return false;
}

// Words (by the segmenter's rules) in `s`.
int WordsIn(std::string_view s) { return CountWords(s); }

// Whether `tail` (the text after a credit label) is a short credit, not
// prose: a few words, no sentence inside.
bool IsShortCreditTail(std::string_view tail) {
  const int words = WordsIn(tail);
  if (words == 0 || words > kMaxCreditTailWords) return false;
  return tail.find(". ") == std::string_view::npos &&
         tail.find("? ") == std::string_view::npos &&
         tail.find("! ") == std::string_view::npos;
}

// If `b` is a credit line, sets `*caption_end` to the byte offset in
// b.lower where the credit starts (0 for a line that is only a credit).
bool IsCredit(const BlockFacts& b, size_t* caption_end) {
  const std::string_view lower = b.lower;
  *caption_end = 0;
  if (b.words <= kMaxCreditWords) {
    for (std::string_view label : kCreditLabels) {
      if (StartsWithWord(lower, label)) return true;
    }
    if (StartsWithCopyrightSign(lower)) return true;
  }
  // "... © AFP/Getty Images", "... Photograph: Name/Agency". Every tail
  // label holds "©", ":" or "credit".
  const bool may_have_tail = lower.find(':') != std::string_view::npos ||
                             lower.find("\xC2\xA9") != std::string_view::npos ||
                             lower.find("credit") != std::string_view::npos;
  for (std::string_view label : kCreditTailLabels) {
    if (!may_have_tail) break;
    const size_t pos = lower.rfind(label);
    if (pos == std::string_view::npos || pos == 0 || lower[pos - 1] != ' ') {
      continue;
    }
    if (IsShortCreditTail(lower.substr(pos + label.size()))) {
      *caption_end = pos;
      return true;
    }
  }
  // "... (AP Photo/Evan Vucci)", "(Getty Images)".
  if (!lower.empty() && lower.back() == ')') {
    const size_t open = lower.rfind('(');
    if (open != std::string_view::npos) {
      const std::string_view inner =
          lower.substr(open + 1, lower.size() - open - 2);
      const bool credit_like =
          std::any_of(
              std::begin(kParenCreditStarts), std::end(kParenCreditStarts),
              [&](std::string_view s) { return StartsWithWord(inner, s); }) ||
          ContainsAnyWord(inner, kAgencyCues);
      if (credit_like && IsShortCreditTail(inner)) {
        *caption_end = open;
        return true;
      }
    }
  }
  // "Spencer Platt/Getty Images".
  return b.words <= kMaxCreditTailWords && !b.final_punct &&
         ContainsAnyWord(lower, kAgencyCues);
}

bool IsCaptionByCue(const BlockFacts& b) {
  if (b.words > kMaxCaptionWords) return false;
  for (const Cue& cue : kCaptionCues) {
    if (b.lower[0] != cue.text[0]) continue;  // cheap first test
    if (MatchesCue(b, cue)) return true;
  }
  return false;
}

// The lowercase words of `s` (runs of ASCII letters and digits and of
// non-ASCII bytes).
std::vector<std::string_view> LowerWords(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsAsciiAlnum(s[i]) &&
           static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
    }
    const size_t begin = i;
    while (i < s.size() &&
           (IsAsciiAlnum(s[i]) || static_cast<unsigned char>(s[i]) >= 0x80)) {
      ++i;
    }
    if (i > begin) words.push_back(s.substr(begin, i - begin));
  }
  return words;
}

// The share of the words of `line` that also occur in `other`.
double RepeatedShare(std::string_view line, std::string_view other) {
  std::vector<std::string_view> a = LowerWords(line);
  std::vector<std::string_view> b = LowerWords(other);
  if (a.empty()) return 0;
  std::sort(b.begin(), b.end());
  int repeated = 0;
  for (std::string_view w : a) {
    if (std::binary_search(b.begin(), b.end(), w)) ++repeated;
  }
  return static_cast<double>(repeated) / static_cast<double>(a.size());
}

// Whether `b` is the caption of the credit line after it, whose caption
// text (before the credit) is `credit_caption`.
bool IsCaptionOfCredit(const BlockFacts& b, std::string_view credit_caption) {
  if (b.words == 0 || b.words > kMaxCaptionWords || b.starts_lower) {
    return false;
  }
  if (!b.final_punct) return true;
  return RepeatedShare(b.lower, credit_caption) >= kCaptionRepeatShare;
}

bool IsHeading(const BlockFacts& b, const BlockFacts& next) {
  return b.words >= 1 && b.words <= kMaxHeadingWords &&
         b.s.size() <= kMaxHeadingBytes && !b.starts_lower && b.ends_clean &&
         next.final_punct && next.words >= kMinProseWords &&
         next.words > b.words;
}

bool IsTag(const BlockFacts& b) {
  return b.words <= kMaxTagWords && !b.final_punct;
}

BlockFacts Facts(std::string_view s) {
  BlockFacts f;
  f.s = s;
  int len;
  size_t end = s.size();
  UChar32 last = 0;
  while (end > 0) {
    last = DecodeBefore(s, end, &len);
    if (!IsClosingPunct(last)) break;
    end -= len;
  }
  f.final_punct = last == '.' || last == '!' || last == '?' || last == 0x2026 ||
                  last == ':' || last == ';' || last == 0x3002 ||
                  last == 0xFF01 || last == 0xFF1F;
  if (!s.empty() && !f.final_punct) {
    const UChar32 c = DecodeBefore(s, s.size(), &len);
    f.ends_clean = IsAlnum(c) || IsClosingPunct(c) || c == '%' ||
                   u_charType(c) == U_CURRENCY_SYMBOL;
  }
  for (size_t i = 0; i < s.size(); i += len) {
    const UChar32 c = DecodeAt(s, i, &len);
    if (IsAlnum(c)) {
      f.starts_lower = IsLowercaseLetter(c);
      break;
    }
  }
  return f;
}

}  // namespace

void ClassifyBlocks(std::string_view text, Segmentation* seg) {
  const size_t n = seg->blocks.size();
  std::vector<BlockFacts> facts(n);
  for (size_t i = 0; i < n; ++i) {
    const Block& block = seg->blocks[i];
    facts[i] = Facts(text.substr(block.begin, block.end - block.begin));
  }
  for (const Word& word : seg->words) {
    ++facts[seg->sentences[word.sentence].block].words;
  }

  // Credit position in each credit block's `lower`.
  std::vector<size_t> caption_end(n, 0);
  std::string lower;
  for (size_t i = 0; i < n; ++i) {
    BlockFacts& f = facts[i];
    BlockKind& kind = seg->blocks[i].kind;
    if (f.words == 0) {
      kind = BlockKind::kBoilerplate;
      continue;
    }
    if (f.words > kMaxFurnitureWords) continue;
    Lower(f.s, &lower);
    f.lower = lower;
    f.whole = StripTrailingPunct(f.lower);
    if (IsBoilerplate(f)) {
      kind = BlockKind::kBoilerplate;
    } else if (IsCredit(f, &caption_end[i])) {
      kind = BlockKind::kCredit;
    } else if (IsCaptionByCue(f)) {
      kind = BlockKind::kCaption;
    }
    f.lower = f.whole = {};
  }
  std::string credit_lower;
  for (size_t i = 1; i < n; ++i) {
    if (seg->blocks[i].kind != BlockKind::kCredit ||
        seg->blocks[i - 1].kind != BlockKind::kBody ||
        facts[i - 1].words > kMaxCaptionWords) {
      continue;
    }
    Lower(facts[i].s, &credit_lower);
    Lower(facts[i - 1].s, &lower);
    facts[i - 1].lower = lower;
    if (IsCaptionOfCredit(
            facts[i - 1],
            std::string_view(credit_lower).substr(0, caption_end[i]))) {
      seg->blocks[i - 1].kind = BlockKind::kCaption;
    }
    facts[i - 1].lower = {};
  }
  // Backwards, so that a heading sees the final kinds of the blocks after
  // it; `next_body` is the first body block after block i, past any other
  // headings and furniture.
  size_t next_body = n;
  for (size_t i = n; i-- > 0;) {
    if (seg->blocks[i].kind != BlockKind::kBody) continue;
    if (next_body < n && IsHeading(facts[i], facts[next_body])) {
      seg->blocks[i].kind = BlockKind::kHeading;
    } else {
      next_body = i;
    }
  }
  for (size_t i = 1; i < n; ++i) {
    if (seg->blocks[i - 1].kind == BlockKind::kBoilerplate &&
        seg->blocks[i].kind == BlockKind::kBody && IsTag(facts[i])) {
      seg->blocks[i].kind = BlockKind::kBoilerplate;
    }
  }
}

}  // namespace textanalytics::core::segmenter_internal
