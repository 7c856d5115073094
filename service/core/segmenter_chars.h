// Private to the segmenter: code point helpers shared by its parts.
#ifndef TEXTANALYTICS_SERVICE_CORE_SEGMENTER_CHARS_H_
#define TEXTANALYTICS_SERVICE_CORE_SEGMENTER_CHARS_H_

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace textanalytics::core::segmenter_internal {

// The code point at byte `i` of `s` (which must be < s.size()) and its length
// in bytes. Ill-formed bytes decode as one U+FFFD each.
inline UChar32 DecodeAt(std::string_view s, size_t i, int* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int32_t j = static_cast<int32_t>(i);
  UChar32 cp;
  U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(s.data()), j,
                  static_cast<int32_t>(s.size()), cp);
  *len = j - static_cast<int32_t>(i);
  return cp;
}

// The code point that ends at byte `i` of `s` (i > 0) and its length.
inline UChar32 DecodeBefore(std::string_view s, size_t i, int* len) {
  const auto c = static_cast<unsigned char>(s[i - 1]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int32_t j = static_cast<int32_t>(i);
  UChar32 cp;
  U8_PREV_OR_FFFD(reinterpret_cast<const uint8_t*>(s.data()), 0, j, cp);
  *len = static_cast<int32_t>(i) - j;
  return cp;
}

// White space to trim from blocks and sentences: the Unicode White_Space
// property (which includes U+00A0 and U+2009) plus the invisible format
// characters that pad copied text (ZWSP, word joiner, BOM).
inline bool IsTrimSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return u_isUWhiteSpace(c) || c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

inline bool IsLetter(UChar32 c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(c);
}

inline bool IsLowercaseLetter(UChar32 c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_isULowercase(c);
}

inline bool IsUppercaseLetter(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isUUppercase(c) || u_charType(c) == U_TITLECASE_LETTER;
}

// Letters and numbers (Unicode general categories L* and N*).
inline bool IsAlnum(UChar32 c) {
  if (c < 0x80) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
  }
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK)) != 0;
}

// Opening quotes and brackets (Ps, Pi and the ASCII quotes).
inline bool IsOpeningPunct(UChar32 c) {
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '{') return true;
  if (c < 0x80) return false;
  return (U_GET_GC_MASK(c) & (U_GC_PS_MASK | U_GC_PI_MASK)) != 0;
}

// Closing quotes and brackets (Pe, Pf and the ASCII quotes).
inline bool IsClosingPunct(UChar32 c) {
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') return true;
  if (c < 0x80) return false;
  // U+2019 is Pf; U+201D is Pf; U+201C is Pi but is also used as a closing
  // quote in some locales: accept only the English forms here.
  return (U_GET_GC_MASK(c) & (U_GC_PE_MASK | U_GC_PF_MASK)) != 0;
}

// Counts the words of `s` quickly (same rules as the segmenter's words, for
// block classification); defined in segmenter.cc.
int CountWords(std::string_view s);

// What a code point can be inside a word. The segmenter and the fast word
// counter of keywords_fast.cc both classify with these, so that they find
// the same words.
enum class CharKind : uint8_t {
  kOther,
  kLetter,      // L*
  kNumber,      // N*
  kMark,        // M*: continues a word, never starts one
  kApostrophe,  // ' ’ ʼ: between letters or digits ("China’s", "don't")
  kHyphen,      // - ‐ ‑: between letters or digits ("data-rich", "e-CNY")
  kJoiner,      // soft hyphen, ZWJ, ZWNJ: between letters or digits
  kPeriod,      // between digits ("3.5") or letters ("U.S", "e.g")
  kComma,       // between digits ("8,000")
  kAmpersand,   // between capital letters ("AT&T", "S&P")
};

constexpr std::array<CharKind, 128> MakeAsciiKinds() {
  std::array<CharKind, 128> kinds{};
  for (int c = 0; c < 128; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      kinds[c] = CharKind::kLetter;
    } else if (c >= '0' && c <= '9') {
      kinds[c] = CharKind::kNumber;
    }
  }
  kinds['\''] = CharKind::kApostrophe;
  kinds['-'] = CharKind::kHyphen;
  kinds['.'] = CharKind::kPeriod;
  kinds[','] = CharKind::kComma;
  kinds['&'] = CharKind::kAmpersand;
  return kinds;
}
constexpr std::array<CharKind, 128> kAsciiKinds = MakeAsciiKinds();

inline CharKind KindOf(UChar32 c) {
  if (c < 0x80) return kAsciiKinds[c];
  switch (c) {
    case 0x2019:  // right single quotation mark
    case 0x02BC:  // modifier letter apostrophe
    case 0xFF07:  // fullwidth apostrophe
      return CharKind::kApostrophe;
    case 0x2010:  // hyphen
    case 0x2011:  // non-breaking hyphen
      return CharKind::kHyphen;
    case 0x00AD:  // soft hyphen
    case 0x200C:  // zero width non-joiner
    case 0x200D:  // zero width joiner
      return CharKind::kJoiner;
    default:
      break;
  }
  const uint32_t mask = U_GET_GC_MASK(c);
  if (mask & U_GC_L_MASK) return CharKind::kLetter;
  if (mask & U_GC_N_MASK) return CharKind::kNumber;
  if (mask & U_GC_M_MASK) return CharKind::kMark;
  return CharKind::kOther;
}

// Whether a connector of kind `k` between a code point of kind `before`
// (letter or number) and one of kind `after` keeps the word going.
inline bool Connects(CharKind k, CharKind before, CharKind after) {
  const bool after_alnum =
      after == CharKind::kLetter || after == CharKind::kNumber;
  switch (k) {
    case CharKind::kApostrophe:
    case CharKind::kHyphen:
    case CharKind::kJoiner:
      return after_alnum;
    case CharKind::kPeriod:
      return after_alnum && before == after;
    case CharKind::kComma:
      return before == CharKind::kNumber && after == CharKind::kNumber;
    default:
      return false;
  }
}

}  // namespace textanalytics::core::segmenter_internal

#endif  // TEXTANALYTICS_SERVICE_CORE_SEGMENTER_CHARS_H_
