#include "service/core/segmenter_sentences.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

#include "service/core/segmenter_chars.h"

// Sentences come from ICU's sentence BreakIterator (UAX #29 rules: it knows
// terminators, closing quotes, "3.5", "e.g. the" and lowercase
// continuations), followed by a pass that joins back the breaks ICU makes
// wrongly in news text. ICU's own suppression list ("en@ss=standard") is not
// used: it suppresses a break whatever follows, so it cannot tell "the U.S.
// Treasury" from "in the U.S. The", and it misses "Dr. Smith" and initials.
//
// A break after a full stop that ends a known abbreviation is kept or joined
// by the class of the abbreviation and by the word after it:
//  - titles ("Mr.", "Dr.", "Gen.", "e.g.", "vs.") never end a sentence;
//  - number prefixes ("No.", "Fig.", "Vol.") continue only before a digit;
//  - company suffixes ("Inc.", "Co.", "Corp.", "Ltd.") end the sentence when
//    a capitalised word follows ("... Industry Co. The firm ..."): in news
//    style a name ending in "Co." is followed by a verb or comma, rarely by
//    another capitalised word; "Co. Ltd." stays together;
//  - other abbreviations ("U.S.", "St.", "Jr.", "a.m.", "etc.", months, US
//    states, initials such as "P." or "J.P.") continue unless the next word
//    is a digit-free common sentence opener ("The", "He", "But" ...), a title,
//    or an opening quote or bracket: "the U.S. Treasury" and "J.P. Morgan"
//    continue, "in the U.S. The" ends.
// Also joined: a list marker ("1.", "b.", "iv.") to what it numbers, a
// break before a lowercase letter ("“Why?” she asked"), a
// break after a question or exclamation in quotes followed by a short
// capitalised name and a reporting verb ("“Why?” Smith asked"), and a break
// after an ellipsis (". . ." or "…"): an ellipsis marks an omission inside a
// sentence; a full stop followed by one (four dots) ends it.

namespace textanalytics::core::segmenter_internal {
namespace {

enum class AbbrevClass { kNone, kTitle, kNumberPrefix, kCompany, kAmbiguous };

// All abbreviations known to the splitter, without their final full stop.
// Matching is case-sensitive.
// clang-format off
constexpr std::string_view kTitles[] = {
    "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs",
    "Prof", "Profs", "Rev", "Revd", "Hon", "Rt", "Fr", "Gen", "Lt", "Col",
    "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Pte",
    "Gov", "Sen", "Sens", "Rep", "Reps", "Pres", "Supt", "Insp", "Det", "Amb",
    "Atty", "Mt", "Ft", "vs", "v", "cf", "e.g", "i.e",
    // Councillors, constables and aldermen ("Coun. Jasmine Ferreira").
    "Coun", "Const", "Cst", "Ald",
    // Graduates and engineers in Latin American copy ("Lic. Ana Ruiz");
    // advocates and engineers in Israeli, South African, Nigerian and Gulf
    // copy ("Adv. Itamar Golan", "Engr. Musa Bello", "Eng. Hamad Al
    // Rawahi").
    "Lic", "Ing", "Adv", "Engr", "Eng"};
// clang-format on
// clang-format off
constexpr std::string_view kNumberPrefixes[] = {
    "No", "Nos", "no", "Nr", "Art", "Arts", "Sec", "Secs", "Fig", "Figs", "Vol",
    "Vols", "Ch", "pp", "p", "Op"};
// clang-format on
// clang-format off
constexpr std::string_view kCompanies[] = {
    "Inc", "Co", "Cos", "Corp", "Ltd", "Plc", "PLC", "LLC", "LLP", "Bros",
    "Pty", "Limited"};
// clang-format on
// clang-format off
constexpr std::string_view kAmbiguous[] = {
    "St", "Ste", "Jr", "Sr", "Ave", "Rd", "Blvd", "Sq", "etc", "al", "approx",
    "incl", "esp", "Dept", "Univ", "Assn", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ala", "Ariz", "Ark",
    "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
    "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
    "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va"};
// clang-format on

// Capitalised words that commonly open a sentence; after an ambiguous
// abbreviation they make the full stop a sentence end.
// clang-format off
constexpr std::string_view kSentenceOpeners[] = {
    "A", "About", "According", "After", "Against", "All", "Also", "Although",
    "Among", "An", "And", "Another", "Any", "As", "Asked", "At", "Because",
    "Before", "Both", "But", "By", "Despite", "During", "Each", "Earlier",
    "Either", "Even", "Every", "Few", "First", "For", "From", "Further",
    "Furthermore", "He", "Hence", "Her", "Here", "His", "How", "However", "I",
    "If", "In", "Indeed", "Instead", "Is", "It", "Its", "Last", "Later", "Many",
    "Meanwhile", "More", "Moreover", "Most", "Much", "My", "Neither", "Never",
    "Nevertheless", "Next", "No", "None", "Nonetheless", "Nor", "Not", "Now",
    "Of", "On", "Once", "One", "Only", "Or", "Other", "Others", "Otherwise",
    "Our", "Over", "Overall", "Several", "She", "Since", "So", "Some", "Still",
    "Such", "That", "The", "Their", "Then", "There", "These", "They", "This",
    "Those", "Though", "Thus", "To", "Today", "Under", "Unless", "Until", "We",
    "What", "When", "Where", "Whether", "Which", "While", "Who", "Why", "With",
    "Within", "Without", "Yet", "You", "Your"};
// clang-format on

// Lowercase reporting verbs for "“Why?” Smith asked."
// clang-format off
constexpr std::string_view kReportingVerbs[] = {
    "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote",
    "writes", "replied", "replies", "shouted", "continued", "explained",
    "insisted", "noted", "recalled", "warned", "cried", "wondered", "answered"};
// clang-format on

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(list, list + N, word) != list + N;
}

inline bool IsAsciiAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

Span Trim(std::string_view s, size_t b, size_t e) {
  int len;
  while (b < e && IsTrimSpace(DecodeAt(s, b, &len))) b += len;
  while (e > b && IsTrimSpace(DecodeBefore(s, e, &len))) e -= len;
  return {b, e};
}

bool HasAlnum(std::string_view s, Span span) {
  int len;
  for (size_t i = span.first; i < span.second; i += len) {
    if (IsAlnum(DecodeAt(s, i, &len))) return true;
  }
  return false;
}

// The class of the abbreviation that the full stop at s[dot] ends, if any.
AbbrevClass ClassifyAbbreviation(std::string_view s, size_t begin, size_t dot) {
  size_t k = dot;
  while (k > begin && (IsAsciiAlpha(s[k - 1]) || s[k - 1] == '.')) --k;
  while (k < dot && s[k] == '.') ++k;
  if (k == dot) return AbbrevClass::kNone;
  if (k > begin) {
    // The token must start a word: "Köln." or "5p." are not abbreviations.
    int len;
    const UChar32 before = DecodeBefore(s, k, &len);
    if (IsAlnum(before) || before == '\'' || before == 0x2019 ||
        before == '.') {
      return AbbrevClass::kNone;
    }
  }
  const std::string_view token = s.substr(k, dot - k);
  if (Contains(kTitles, token)) return AbbrevClass::kTitle;
  if (Contains(kNumberPrefixes, token)) return AbbrevClass::kNumberPrefix;
  if (Contains(kCompanies, token)) return AbbrevClass::kCompany;
  if (Contains(kAmbiguous, token)) return AbbrevClass::kAmbiguous;
  // An initial ("P.") or letters with inner full stops of one or two letters
  // each ("U.S.", "J.P.", "a.m.", "Ph.D.").
  if (token.size() == 1) {
    return (token[0] >= 'A' && token[0] <= 'Z') ? AbbrevClass::kAmbiguous
                                                : AbbrevClass::kNone;
  }
  if (token.find('.') == std::string_view::npos) return AbbrevClass::kNone;
  size_t run = 0;
  for (char c : token) {
    if (c == '.') {
      if (run == 0) return AbbrevClass::kNone;
      run = 0;
    } else if (++run > 2) {
      return AbbrevClass::kNone;
    }
  }
  return AbbrevClass::kAmbiguous;
}

// What the text after a candidate break starts with.
struct NextStart {
  bool opening_punct = false;
  bool digit = false;
  std::string_view word;      // the leading ASCII letters, if any
  bool word_has_dot = false;  // the word is followed by "."
};

NextStart LookAtNext(std::string_view s, Span next) {
  NextStart r;
  int len;
  const UChar32 c = DecodeAt(s, next.first, &len);
  if (IsOpeningPunct(c)) {
    r.opening_punct = true;
    return r;
  }
  if (c >= '0' && c <= '9') {
    r.digit = true;
    return r;
  }
  size_t i = next.first;
  while (i < next.second && IsAsciiAlpha(s[i])) ++i;
  r.word = s.substr(next.first, i - next.first);
  r.word_has_dot = i < next.second && s[i] == '.';
  return r;
}

// Whether a full stop ending an abbreviation of class `cls` continues into
// `next`.
bool AbbreviationContinues(AbbrevClass cls, const NextStart& next) {
  switch (cls) {
    case AbbrevClass::kNone:
      return false;
    case AbbrevClass::kTitle:
      return true;
    case AbbrevClass::kNumberPrefix:
      return next.digit;
    case AbbrevClass::kCompany:
      return Contains(kCompanies, next.word);
    case AbbrevClass::kAmbiguous:
      if (next.opening_punct) return false;
      if (next.digit) return true;
      if (next.word.size() == 1 && next.word_has_dot) return true;  // "J. P."
      if (Contains(kSentenceOpeners, next.word)) return false;
      if (next.word_has_dot && Contains(kTitles, next.word)) return false;
      return true;
  }
  return false;
}

// Whether `prev` ends with an ellipsis that is not a full stop plus one.
bool EndsWithEllipsis(std::string_view s, Span prev) {
  int dots = 0;
  bool ellipsis_char = false;
  size_t i = prev.second;
  int len;
  while (i > prev.first) {
    const UChar32 c = DecodeBefore(s, i, &len);
    if (c == '.') {
      ++dots;
    } else if (c == 0x2026) {
      dots += 3;
      ellipsis_char = true;
    } else if (!IsTrimSpace(c)) {
      break;
    }
    i -= len;
  }
  return (ellipsis_char || dots >= 3) && dots < 4;
}

// "“Why?” Smith asked": `prev` ends with ? or ! inside closing quotes and
// `next` is up to four capitalised words and a reporting verb.
bool IsQuoteAttribution(std::string_view s, Span prev, Span next) {
  size_t i = prev.second;
  int len;
  int quotes = 0;
  UChar32 c = DecodeBefore(s, i, &len);
  while (i > prev.first && IsClosingPunct(c) && c != ')' && c != ']') {
    ++quotes;
    i -= len;
    if (i == prev.first) return false;
    c = DecodeBefore(s, i, &len);
  }
  if (quotes == 0 || (c != '?' && c != '!')) return false;
  size_t j = next.first;
  for (int words = 0; words <= 4 && j < next.second; ++words) {
    size_t w = j;
    while (j < next.second && IsAsciiAlpha(s[j])) ++j;
    if (j == w) return false;
    const std::string_view word = s.substr(w, j - w);
    if (words > 0 && Contains(kReportingVerbs, word)) return true;
    if (!(word[0] >= 'A' && word[0] <= 'Z')) return false;
    if (j < next.second && s[j] == '.') ++j;  // "Mr. Smith asked"
    if (j >= next.second || s[j] != ' ') return false;
    ++j;
  }
  return false;
}

// "1." or "a." or "iv." alone: a list marker, not a sentence.
bool IsListMarker(std::string_view s, Span prev) {
  const size_t size = prev.second - prev.first;
  if (size < 2 || size > 5 || s[prev.second - 1] != '.') return false;
  for (size_t i = prev.first; i + 1 < prev.second; ++i) {
    if (!IsAsciiDigit(s[i]) && !IsAsciiAlpha(s[i])) return false;
  }
  const std::string_view marker = s.substr(prev.first, size - 1);
  if (IsAsciiDigit(marker[0])) {
    return std::all_of(marker.begin(), marker.end(), IsAsciiDigit);
  }
  return marker.size() == 1 ||
         marker.find_first_not_of("ivxlcIVXLC") == std::string_view::npos;
}

bool ShouldJoin(std::string_view s, Span prev, Span next) {
  if (!HasAlnum(s, next) || !HasAlnum(s, prev)) return true;
  if (IsListMarker(s, prev)) return true;
  int len;
  if (IsLowercaseLetter(DecodeAt(s, next.first, &len))) return true;
  if (EndsWithEllipsis(s, prev)) return true;
  if (IsQuoteAttribution(s, prev, next)) return true;
  if (s[prev.second - 1] == '.') {
    const AbbrevClass cls =
        ClassifyAbbreviation(s, prev.first, prev.second - 1);
    if (cls != AbbrevClass::kNone) {
      return AbbreviationContinues(cls, LookAtNext(s, next));
    }
  }
  return false;
}

// One ICU sentence iterator per thread: creating one loads rule data, and an
// iterator must not be shared between threads.
struct ThreadIterator {
  ThreadIterator() {
    UErrorCode status = U_ZERO_ERROR;
    iterator.reset(icu::BreakIterator::createSentenceInstance(
        icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) iterator.reset();
  }
  ~ThreadIterator() { utext_close(&text); }
  std::unique_ptr<icu::BreakIterator> iterator;
  UText text = UTEXT_INITIALIZER;
};

}  // namespace

void SplitSentences(std::string_view text, size_t begin, size_t end,
                    std::vector<Span>* out) {
  out->clear();
  if (begin >= end) return;
  thread_local ThreadIterator it;
  UErrorCode status = U_ZERO_ERROR;
  if (it.iterator != nullptr) {
    utext_openUTF8(&it.text, text.data() + begin,
                   static_cast<int64_t>(end - begin), &status);
    if (U_SUCCESS(status)) it.iterator->setText(&it.text, status);
  }
  if (it.iterator == nullptr || U_FAILURE(status)) {
    // Without ICU data the block is one sentence.
    if (HasAlnum(text, {begin, end})) out->push_back({begin, end});
    return;
  }
  int32_t from = it.iterator->first();
  for (int32_t to = it.iterator->next(); to != icu::BreakIterator::DONE;
       from = to, to = it.iterator->next()) {
    const Span piece = Trim(text, begin + from, begin + to);
    if (piece.first == piece.second) continue;
    if (!out->empty() && ShouldJoin(text, out->back(), piece)) {
      out->back().second = piece.second;
    } else {
      out->push_back(piece);
    }
  }
  if (out->size() == 1 && !HasAlnum(text, out->front())) out->clear();
}

}  // namespace textanalytics::core::segmenter_internal
