// The extractor's tokens (quote_extractor.h, steps 1 to 3): UTF-8
// classes, the tokenizer, the reporting verb and word classes of a token,
// the pairing of quotation marks and the reporter sentences of a block.

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "service/core/ascii_mask.h"
#include "service/core/quote_extractor.h"
#include "service/core/quotes_lexicon.h"

namespace textanalytics::core::quotes_internal {

// ---------------------------------------------------------------- UTF-8 --

namespace {

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
         c == 0x2009 || c == 0x202F || c == 0x200A || c == 0x2002 ||
         c == 0x2003 || c == 0x2007 || c == 0x2008 || c == 0x3000 ||
         c == 0x2028 || c == 0x2029;
}

}  // namespace

bool IsAlnum(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  }
  return u_isalnum(static_cast<UChar32>(c)) ||
         u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ALPHABETIC);
}

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) ||
         u_istitle(static_cast<UChar32>(c));
}

// --------------------------------------------------------------- tokens --

namespace {

// Byte classes for the tokenizer's word loop: an ASCII letter or digit goes
// on, any other ASCII byte but ' - . , & ends the word, the rest (those five
// and non-ASCII lead or continuation bytes) need a closer look.
enum : uint8_t { kAsciiAlnum, kAsciiOther, kLookCloser };
constexpr std::array<uint8_t, 256> MakeByteClass() {
  std::array<uint8_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
        (b >= '0' && b <= '9')) {
      t[b] = kAsciiAlnum;
    } else if (b < 0x80 && b != '\'' && b != '-' && b != '.' && b != ',' &&
               b != '&') {
      t[b] = kAsciiOther;
    } else {
      t[b] = kLookCloser;
    }
  }
  return t;
}
constexpr std::array<uint8_t, 256> kByteClass = MakeByteClass();

}  // namespace

uint32_t ComputeClasses(std::string_view raw) {
  uint32_t c = 0;
  char buf[32];
  if (raw.size() < 32) {
    for (size_t k = 0; k < raw.size(); ++k) {
      char ch = raw[k];
      buf[k] = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
    }
    std::string_view lower(buf, raw.size());
    if (qi::IsFunctionWord(lower)) c |= kFunction;
    if (qi::IsAuxiliary(lower)) c |= kAuxiliary;
    if (qi::IsAuxOrAdverb(lower)) c |= kAuxOrAdverb;
    if (qi::IsClauseWord(lower)) c |= kClause;
    if (qi::IsRoleNoun(lower)) c |= kRole;
    if (qi::IsPersonNoun(lower)) c |= kPerson;
    if (qi::IsOrgNoun(lower)) c |= kOrgNoun;
    if (qi::IsNationality(lower)) c |= kNationality;
  }
  std::string_view bare = raw;
  if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
  std::string_view stem = StripPossessive(bare);
  // ("Justices Meenakshi S. Iyengar and B.K. Thimmaiah": a title for two.)
  if (qi::IsTitle(bare) || (bare.size() > 4 && bare.back() == 's' &&
                            qi::IsTitle(bare.substr(0, bare.size() - 1)))) {
    c |= kTitleWord;
  }
  // "Eng. Hamad bin Saif al Rawahi": an engineer so styled in Gulf and East
  // African copy, with its full stop (not "Koh Eng Chuan", a Chinese given
  // name).
  if (raw == "Eng.") c |= kTitleWord;
  // "Sub-Commissioner", "Sub-Inspector": a rank below a title's, joined to
  // it.
  if (bare.size() > 6 && bare.starts_with("Sub-") &&
      qi::IsTitle(bare.substr(4))) {
    c |= kTitleWord;
  }
  // (The stem only when it is shorter; speed: the same word was looked up
  // twice; ExtractQuotes ran 0.2% fewer instructions.)
  const bool possessive = stem.size() != bare.size();
  if (qi::IsOrgSuffix(bare) || (possessive && qi::IsOrgSuffix(stem))) {
    c |= kOrgSuffixWord;
  }
  if (qi::IsNonPersonWord(bare) || (possessive && qi::IsNonPersonWord(stem))) {
    c |= kNonPerson;
  }
  if (qi::IsNameParticle(raw)) c |= kParticle;
  return c;
}

// ------------------------------------------------------------ tokenizer --

namespace {

// A capitalised prefix that makes a hyphenated word a description:
// "Co-founder", "Ex-minister", "Fifth-grader", "Two-time".
bool IsDescriptivePrefix(std::string_view w) {
  static constexpr std::string_view kPrefixes[] = {
      "Co",      "Ex",    "Non",     "Anti",   "Pro",    "Mid",   "Self",
      "Vice",    "Multi", "Former",  "First",  "Second", "Third", "Fourth",
      "Fifth",   "Sixth", "Seventh", "Eighth", "Ninth",  "Tenth", "Eleventh",
      "Twelfth", "One",   "Two",     "Three",  "Four",   "Five",  "Six",
      "Seven",   "Eight", "Nine",    "Ten",    "Long",   "Award", "Record",
      "World",   "Then",  "Would",   "Part",   "Full",   "Half",  "Single"};
  for (std::string_view p : kPrefixes) {
    if (w == p) return true;
  }
  return false;
}

}  // namespace

void Extractor::Tokenize(size_t b, size_t e) {
  toks_.clear();
  stops_.clear();
  // The text in locals: the stores into a token (size_t, char) may alias
  // text_, which GCC then read again after each of them.
  const std::string_view text = text_;
  const char* const s = text.data();
  size_t i = b;
  while (i < e) {
    const unsigned char c0 = s[i];
    if (c0 == ' ' || c0 == '\t' || c0 == '\n' || c0 == '\r') {
      ++i;
      continue;
    }
    // An ASCII byte is its own code point, and no space but the four above
    // (speed: the decoding and the tests of every space and of ICU's
    // classes went for each token; with the text in locals and the test of
    // a full stop or comma below, ExtractQuotes ran 0.4% fewer
    // instructions).
    int len = 1;
    char32_t c = c0;
    if (c0 >= 0x80) {
      c = DecodeAt(text, i, &len);
      if (IsSpace(c)) {
        i += len;
        continue;
      }
    }
    Tok& t = toks_.emplace_back();  // no other token is added below
    t.b = i;
    if (c0 < 0x80 ? kByteClass[c0] == kAsciiAlnum : IsAlnum(c)) {
      t.type = kWord;
      t.cap = c0 < 0x80 ? c0 >= 'A' && c0 <= 'Z' : IsUpper(c);
      t.digit = c0 >= '0' && c0 <= '9';
      size_t j = i + len;
      // `prev` is the code point before j; ASCII letters and digits skipped
      // by the fast path below do not update it (prev_end tells).
      char32_t prev = c;
      size_t prev_end = j;
      bool lower_tail = false;
      size_t hyphen = 0;  // offset of the first hyphen joined, if any
      auto last = [&]() -> char32_t {
        return j > prev_end ? static_cast<unsigned char>(s[j - 1]) : prev;
      };
      // Most words are ASCII letters and digits up to a byte that joins
      // nothing: a space, most punctuation, or a full stop or a comma not
      // between digits. Then none of the tests below for hyphens,
      // apostrophes and other scripts can apply (speed: they ran for every
      // word; ExtractQuotes ran 3.2% fewer instructions).
      bool plain = false;
#ifdef __SSE2__
      if (c0 < 0x80 && j + 16 <= text.size()) {
        const unsigned run =
            static_cast<unsigned>(__builtin_ctz(~AsciiAlnumMask16(s + j)));
        if (run < 16) {
          const size_t end = std::min(j + run, e);
          if (end >= e) {
            plain = true;
          } else {
            const unsigned char next = s[end];
            plain = kByteClass[next] == kAsciiOther ||
                    ((next == '.' || next == ',') &&
                     !(s[end - 1] >= '0' && s[end - 1] <= '9' && end + 1 < e &&
                       s[end + 1] >= '0' && s[end + 1] <= '9'));
          }
          if (plain) j = end;
        }
      }
#endif
      if (!plain) {
        while (j < e) {
#ifdef __SSE2__
          // The ASCII letters and digits from j, 16 bytes at a time (speed:
          // the byte loop's exit was mispredicted at the end of every word;
          // ExtractQuotes took 4% less time).
          if (j + 16 <= text.size()) {
            const unsigned run =
                static_cast<unsigned>(__builtin_ctz(~AsciiAlnumMask16(s + j)));
            j = std::min(j + run, e);
            if (run == 16) continue;
            if (j >= e) break;
          }
#endif
          const unsigned char byte = s[j];
          const uint8_t k = kByteClass[byte];
          if (k == kAsciiAlnum) {
            ++j;  // ASCII fast path
            continue;
          }
          if (k == kAsciiOther) break;
          // A full stop or a comma joins only digits ("3.5", "8,000"): the
          // rest of the tests below need not run (speed, as above).
          if (byte == '.' || byte == ',') {
            prev = last();
            if (prev >= '0' && prev <= '9' && j + 1 < e && s[j + 1] >= '0' &&
                s[j + 1] <= '9') {
              prev = static_cast<unsigned char>(s[j + 1]);
              j += 2;
              prev_end = j;
              continue;
            }
            break;
          }
          prev = last();
          int l2;
          char32_t d = DecodeAt(text, j, &l2);
          if (IsAlnum(d)) {
            prev = d;
            j += l2;
            prev_end = j;
            continue;
          }
          if (j + l2 < e) {
            int l3;
            char32_t next = DecodeAt(text, j + l2, &l3);
            bool joins = false;
            if (IsApostrophe(d) && IsAlnum(prev) && IsAlnum(next) &&
                !(next >= '0' && next <= '9')) {
              joins = true;  // don't, China's
            } else if ((d == '-' || d == 0x2010 || d == 0x2011) &&
                       IsAlnum(next)) {
              joins = true;  // data-rich
              if (hyphen == 0) hyphen = j - t.b;
              // "Fifth-grader", "Co-founder": a description, not a name (but
              // "Seo-yeon").
              if (t.cap && next >= 'a' && next <= 'z' &&
                  IsDescriptivePrefix(text.substr(t.b, j - t.b))) {
                lower_tail = true;
              }
            } else if (d == '&' && t.cap && IsUpper(next)) {
              joins = true;  // AT&T
            }
            if (joins) {
              prev = next;
              j += l2 + l3;
              prev_end = j;
              continue;
            }
          }
          break;
        }
        prev = last();
      }
      t.e = j;
      if (!plain) {
        // "Corner-forward Pádraig O'Toole", "Wing-back", "All-rounder": a
        // player's position is a description.
        if (t.cap && hyphen != 0 && !lower_tail && t.e - t.b < 24) {
          const std::string_view w = text.substr(t.b, t.e - t.b);
          const std::string_view tail = w.substr(w.rfind('-') + 1);
          lower_tail = tail == "forward" || tail == "back" || tail == "half" ||
                       tail == "keeper" || tail == "rounder" ||
                       tail == "fielder" || tail == "winger";
        }
        if (lower_tail) t.cap = false;
        // "al-Mutairi", "el-Sisi", "bin-Salman": a surname after its particle.
        if (hyphen != 0 && !t.cap && hyphen >= 2 && hyphen <= 3 &&
            t.e - t.b > 4) {
          std::string_view w = text.substr(t.b, t.e - t.b);
          size_t h = hyphen;
          if (h + 1 < w.size() && w[h + 1] >= 'A' && w[h + 1] <= 'Z' &&
              (w.substr(0, h) == "al" || w.substr(0, h) == "el" ||
               w.substr(0, h) == "bin" || w.substr(0, h) == "ul" ||
               w.substr(0, h) == "ad" || w.substr(0, h) == "as" ||
               w.substr(0, h) == "ash" || w.substr(0, h) == "an" ||
               w.substr(0, h) == "ar" || w.substr(0, h) == "az")) {
            t.cap = true;
          }
        }
        // "d'Ursel", "d’Estaing", "dell'Orto": a surname after an
        // elided particle.
        if (!t.cap && t.e - t.b > 3 && c0 == 'd') {
          std::string_view w = text.substr(t.b, t.e - t.b);
          size_t k = w.starts_with("dell") || w.starts_with("dall") ? 4 : 1;
          if (w.compare(k, 1, "'") == 0) {
            k += 1;
          } else if (w.compare(k, 3, "\xE2\x80\x99") == 0) {
            k += 3;
          } else {
            k = 0;
          }
          int l;
          if (k != 0 && k < w.size() && IsUpper(DecodeAt(w, k, &l))) {
            t.cap = true;
          }
        }
      }
      const std::string_view w(s + t.b, t.e - t.b);
      const size_t n = w.size();
      // "the eThekwini Municipality", "eBay": a name whose first letter is
      // small and its second a capital, with small letters after it (not
      // "mRNA", "kWh").
      if (!t.cap && n >= 4 && c0 >= 'a' && c0 <= 'z' && w[1] >= 'A' &&
          w[1] <= 'Z' && w[2] >= 'a' && w[2] <= 'z') {
        t.cap = true;
      }
      // "Ermek Kanybek uulu", "Aida Bekova kyzy": the Kyrgyz and Kazakh
      // "son of", "daughter of" that end a name, after a capitalised word.
      if (!t.cap && (n == 4 || n == 3) &&
          (w == "uulu" || w == "kyzy" || w == "uly" || w == "qyzy") &&
          toks_.size() >= 2 && toks_[toks_.size() - 2].cap &&
          toks_[toks_.size() - 2].type == kWord &&
          toks_[toks_.size() - 2].e + 1 == t.b) {
        t.cap = true;
      }
      // "A MUM-OF-TWO has told how ...": a tabloid's capitals on a noun of
      // people are no name.
      if (t.cap && n >= 4 && n < 32 && w[1] >= 'A' && w[1] <= 'Z') {
        char low[32];
        bool caps = true;
        for (size_t k = 0; k < n && caps; ++k) {
          const char ch = w[k];
          caps = (ch >= 'A' && ch <= 'Z') || ch == '-';
          low[k] = ch == '-' ? ch : static_cast<char>(ch + 32);
        }
        if (caps && qi::IsPersonNoun(std::string_view(low, n))) t.cap = false;
      }
      // (Both tests below want an s last: one test first; speed, as above.)
      if (!plain && ((w[n - 1] | 0x20) == 's' || (prev | 0x20) == 's')) {
        if (n > 2 && (w[n - 1] == 's' || w[n - 1] == 'S') &&
            (w[n - 2] == '\'' || (n > 4 && w[n - 2] == '\x99' &&
                                  w[n - 3] == '\x80' && w[n - 4] == '\xE2'))) {
          t.poss = true;
        }
        // The Joneses' : a final apostrophe after s is possessive.
        if (j < e && (prev == 's' || prev == 'S')) {
          int l2;
          char32_t d = DecodeAt(text, j, &l2);
          if (IsApostrophe(d)) {
            bool next_word = false;
            if (j + l2 < e) {
              int l3;
              next_word = IsAlnum(DecodeAt(text, j + l2, &l3));
            }
            // Only when the apostrophe closes no quotation opened by a
            // single mark before the word.
            char32_t before = DecodeBefore(text, t.b);
            if (!next_word && before != '\'' && before != 0x2018) {
              t.e = j + l2;
              t.poss = true;
            }
          }
        }
      }
      // "Ms Achieng’ Odhiambo-Were": a final curly apostrophe of a name
      // (as Luo names take), not after s, before another capitalised word
      // and with no single mark opened before it on its line.
      if (t.cap && t.e + 4 < e && (prev | 0x20) != 's' && s[t.e] == '\xE2' &&
          s[t.e + 1] == '\x80' && s[t.e + 2] == '\x99' && s[t.e + 3] == ' ' &&
          s[t.e + 4] >= 'A' && s[t.e + 4] <= 'Z') {
        bool opened = false;
        for (size_t k = t.b; k >= 3 && k + 200 > t.b && s[k - 1] != '\n'; --k) {
          if (s[k - 3] == '\xE2' && s[k - 2] == '\x80' && s[k - 1] == '\x98') {
            opened = true;
            break;
          }
        }
        if (!opened) t.e += 3;
      }
      if (t.e < e && s[t.e] == '.') {
        // "a former Ph.D. student": one word, a degree's, and no name.
        if (w == "Ph" && t.e + 2 < e && s[t.e + 1] == 'D' &&
            s[t.e + 2] == '.') {
          t.e += 3;
          t.cap = false;
          i = t.e;
          if (i < e && s[i] == ' ') ++i;
          continue;
        }
        // "Sh.Oyunchimeg", "Ts.Bat-Erdene": a Mongolian initial of two
        // letters, joined to the given name.
        const bool two_letter_initial =
            t.cap && t.e - t.b == 2 &&
            (s[t.b + 1] == 'h' || s[t.b + 1] == 's') && t.e + 1 < e &&
            s[t.e + 1] >= 'A' && s[t.e + 1] <= 'Z';
        if ((!t.cap || t.e - t.b > 1) && !two_letter_initial) {
          if (t.e - t.b <= 6 &&
              (qi::IsAbbreviation(w) || (w == "Ma" && MariaBefore(t.e + 1)))) {
            t.abbr = true;
            t.e += 1;
          }
        } else {
          t.abbr = true;
          t.initial = true;
          t.e += 1;
        }
      }
      i = t.e;
      // (Past the space after it at once; speed: ExtractQuotes ran 0.28% fewer
      // instructions.)
      if (i < e && s[i] == ' ') ++i;
      continue;
    }
    t.e = i + len;
    // ASCII punctuation but '"' and '\'' (speed: the tests for the marks
    // and dashes of other scripts ran for each; ExtractQuotes ran 0.13% fewer
    // instructions).
    if (c0 < 0x80 && c0 != '"' && c0 != '\'') {
      t.type = kPunct;
      stops_.push_back(static_cast<int>(toks_.size()) - 1);
      t.ch = static_cast<char>(c0);
      i = t.e;
      continue;
    }
    if (IsDoubleMark(c)) {
      t.type = kMark;
      stops_.push_back(static_cast<int>(toks_.size()) - 1);
      t.mark = IsOpeningCurly(c) ? 1 : IsClosingCurly(c) ? 2 : 3;
      char32_t before = DecodeBefore(text, i);
      int l2 = 0;
      char32_t after = t.e < e ? DecodeAt(text, t.e, &l2) : 0;
      t.open_pos = i == b || IsSpace(before) || before == '(' ||
                   before == '[' || before == '{' || before == '/' ||
                   before == '-' || IsDash(before) || before == 0x2018 ||
                   before == 0x201C || before == ':';
      t.close_pos = t.e >= e || IsSpace(after) || after == ',' ||
                    after == '.' || after == ';' || after == ':' ||
                    after == '!' || after == '?' || after == ')' ||
                    after == ']' || after == '}' || after == '-' ||
                    IsDash(after) || after == 0x2019 || after == '\'' ||
                    after == 0x201D || after == 0x2026;
      if (c == '"' && before < 0x80 && before >= '0' && before <= '9' &&
          !t.open_pos) {
        t.mark = 4;  // after a digit: maybe an inch sign (5'10")
      }
    } else if (c == '\'' || c == 0x2018 || c == 0x2019) {
      t.type = kSingle;
    } else {
      t.type = kPunct;
      stops_.push_back(static_cast<int>(toks_.size()) - 1);
      if (c < 0x80) {
        t.ch = static_cast<char>(c);
      } else if (IsDash(c)) {
        t.ch = '-';
      } else if (c == 0x2026) {
        t.ch = '~';  // ellipsis: never a sentence end by itself
      } else {
        t.ch = '#';
      }
    }
    i = t.e;
  }
  n_ = static_cast<int>(toks_.size());
}

uint32_t Extractor::FillClasses(int i) const {
  Tok& t = toks_[i];
  std::string_view raw = W(i);
  // Words of up to eight bytes first go through a direct-mapped cache
  // keyed by their bytes (speed: most words are short, and the map below
  // hashes and compares a string for each; ExtractQuotes ran 1.3% fewer
  // instructions).
  struct Slot {
    uint64_t word = 0;
    uint32_t cls = 0;
  };
  thread_local Slot short_words[4096];
  uint64_t packed = 0;
  Slot* slot = nullptr;
  if (raw.size() <= 8) {
    // (One 8-byte load and a mask, where the text goes on for 8 bytes,
    // instead of a call to memcpy for the word's size; speed: ExtractQuotes
    // ran 0.1% fewer instructions.)
    if (std::endian::native == std::endian::little &&
        static_cast<size_t>(text_.data() + text_.size() - raw.data()) >= 8) {
      std::memcpy(&packed, raw.data(), 8);
      if (raw.size() < 8) packed &= (uint64_t{1} << (8 * raw.size())) - 1;
    } else {
      std::memcpy(&packed, raw.data(), raw.size());
    }
    slot = &short_words[(packed * 0x9E3779B97F4A7C15ull) >> 52];
    if (slot->word == packed && packed != 0) {
      t.cls = slot->cls;
      t.cls_known = true;
      return t.cls;
    }
  }
  absl::string_view key(raw.data(), raw.size());
  // ComputeClasses depends on the spelling alone, so its answers are kept
  // per thread across texts: a corpus repeats most of its vocabulary, and
  // each new spelling costs a dozen word-list look-ups. Bounded: cleared
  // when it grows past kMaxClassMemo spellings.
  // (Room for the spellings of a few long texts from the start; speed: the
  // table grew from empty, rehashing every spelling at each doubling.)
  thread_local absl::flat_hash_map<std::string, uint32_t> memo = [] {
    absl::flat_hash_map<std::string, uint32_t> m;
    m.reserve(1 << 15);
    return m;
  }();
  // (One look-up for a new spelling, not a find and an emplace.)
  if (memo.size() >= kMaxClassMemo && !memo.contains(key)) memo.clear();
  auto [it, added] = memo.try_emplace(key);
  if (added) it->second = ComputeClasses(raw);
  t.cls = it->second;
  t.cls_known = true;
  if (slot != nullptr) *slot = {packed, t.cls};
  return t.cls;
}

const qi::CueWord* Extractor::FillCue(int i) const {
  Tok& t = toks_[i];
  t.cue = FindCueAt(i);
  if (t.cue != nullptr && Hearsay(i)) t.cue = nullptr;
  // "found that the process was "fundamentally unfair"": finding reports
  // only with "that" after it (not "found the car abandoned").
  if (t.cue != nullptr &&
      (t.cue->lemma == "find" || t.cue->lemma == "hold" ||
       t.cue->lemma == "submit") &&
      !WordIs(i + 1, "that")) {
    t.cue = nullptr;
  }
  // ("X said his members had asked for a free first half-hour, but the
  // idea had been "dismissed out of hand"": a request inside someone's
  // reported words, not words of its own, unless the words asked for are
  // quoted right after it.)
  if (t.cue != nullptr && (t.cue->lemma == "ask" || t.cue->lemma == "call") &&
      WordIs(i + 1, "for") && !(i + 2 < n_ && toks_[i + 2].type == kOpen)) {
    // (Not another request: "Prosecutors had asked for six years; his
    // lawyers had asked for home confinement".)
    for (int k = i - 1;
         k >= 0 && k >= i - 24 && toks_[k].sent == t.sent && !IsPunct(k, ';');
         --k) {
      if (IsWordTok(k) && CueAt(k) != nullptr && !WordIs(k + 1, "for")) {
        t.cue = nullptr;
        break;
      }
    }
  }
  // ("had chanted for his dismissal": a demand, not words.)
  if (t.cue != nullptr && t.cue->lemma == "chant" && WordIs(i + 1, "for")) {
    t.cue = nullptr;
  }
  // ("on 1 in 30 test claims involving older vehicles, and that "...": the
  // noun, a verb's objects and participles after it.)
  if (t.cue != nullptr && t.cue->lemma == "claim" && WordIs(i, "claims") &&
      (WordIs(i + 1, "of") || WordIs(i + 1, "about") ||
       WordIs(i + 1, "against") || WordIs(i + 1, "for") ||
       WordIs(i + 1, "by") || WordIs(i + 1, "from") ||
       WordIs(i + 1, "involving") || WordIs(i + 1, "made") ||
       WordIs(i + 1, "filed") || WordIs(i + 1, "related"))) {
    t.cue = nullptr;
  }
  t.cue_known = true;
  return t.cue;
}

namespace {

bool IsMonthWord(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  static constexpr std::string_view kMonths[] = {
      "Jan",  "Feb",     "Mar",       "Apr",     "May",      "Jun",
      "Jul",  "Aug",     "Sep",       "Sept",    "Oct",      "Nov",
      "Dec",  "January", "February",  "March",   "April",    "June",
      "July", "August",  "September", "October", "November", "December"};
  for (std::string_view m : kMonths) {
    if (w == m) return true;
  }
  return false;
}

// The word lists of FindCueAt's rules, apart (speed: in that long function
// GCC compared each word out of line, with a strlen; ExtractQuotes ran 0.7%
// fewer instructions).

// "a report", "in report", "to say".
bool IsDeterminerOrPreposition(std::string_view p) {
  return p == "a" || p == "an" || p == "the" || p == "this" || p == "that" ||
         p == "his" || p == "her" || p == "its" || p == "their" || p == "our" ||
         p == "my" || p == "your" || p == "in" || p == "of" || p == "for" ||
         p == "no" || p == "any" || p == "to" || p == "with" || p == "whose" ||
         p == "every" || p == "each" || p == "such" ||
         // ("told reporters after question period": a noun after a
         // preposition of time, not "after saying", read below.)
         p == "after" || p == "before" || p == "during";
}

// "the final report", "his opening remarks".
bool IsStatementAdjective(std::string_view a) {
  return a == "opening" || a == "closing" || a == "final" || a == "initial" ||
         a == "earlier" || a == "public" || a == "recent" || a == "previous" ||
         a == "latest" || a == "written" || a == "brief" || a == "annual" ||
         a == "own" || a == "first" || a == "last" || a == "central" ||
         a == "main" || a == "key" || a == "core" || a == "principal" ||
         a == "repeated" || a == "stark" || a == "formal" || a == "original";
}

bool IsDeterminer(std::string_view d) {
  return d == "a" || d == "an" || d == "the" || d == "his" || d == "her" ||
         d == "its" || d == "their" || d == "our" || d == "my" || d == "your";
}

}  // namespace

int Extractor::DatelineEnd(int t) const {
  // "Jakarta (AFP) - ", "Kuala Lumpur (Reuters) — ": a place in upper and
  // lower case, the agency in brackets and a dash.
  {
    int k = t;
    while (k < n_ && k < t + 3 && NameTok(k) && !toks_[k].poss) ++k;
    // ("Canoas, Brazil (AFP) – ": and its country.)
    if (k > t && k + 2 < n_ && IsPunct(k, ',') && NameTok(k + 1) &&
        toks_[t].b == block_b_) {
      int m = k + 1;
      while (m < n_ && m < k + 4 && NameTok(m) && !toks_[m].poss) ++m;
      if (m < n_ && IsPunct(m, '(')) k = m;
    }
    if (k > t && k + 3 < n_ && IsPunct(k, '(') && NameTok(k + 1) &&
        IsPunct(k + 2, ')') && IsPunct(k + 3, '-') && k + 4 < n_ &&
        IsWordTok(k + 4)) {
      return k + 4;
    }
  }
  // "Sylhet, Bangladesh – Rokeya Begum spent": Al Jazeera's dateline, a
  // place and its country in upper and lower case and a dash opening the
  // paragraph.
  if (toks_[t].b == block_b_) {
    int k = t;
    while (k < n_ && k < t + 3 && NameTok(k) && !toks_[k].poss) ++k;
    if (k > t && k + 1 < n_ && IsPunct(k, ',')) {
      int m = k + 1;
      while (m < n_ && m < k + 4 && NameTok(m) && !toks_[m].poss) ++m;
      if (m > k + 1 && m + 1 < n_ && IsPunct(m, '-') &&
          text_[toks_[m].b] != '-' && IsWordTok(m + 1)) {
        return m + 1;
      }
    }
  }
  // (Most sentences open with a word in lower case after its capital.)
  if (t + 1 >= n_ || W(t).size() < 2 || W(t)[1] < 'A' || W(t)[1] > 'Z') {
    return t;
  }
  int k = t;
  bool caps = false;  // an all-capital place name opens it
  while (k < n_ && k < t + 14 && Outside(k)) {
    if (IsWordTok(k)) {
      std::string_view w = W(k);
      bool upper = w.size() >= 2 || toks_[k].initial;
      for (char c : w) upper &= (c >= 'A' && c <= 'Z') || c == '.';
      // ("(Reuters)", "(AP)": the agency in brackets.)
      bool agency = IsPunct(k - 1, '(') && IsPunct(k + 1, ')') && toks_[k].cap;
      // ("WELLINGTON, Nov 27 (Reuters) -": a date after the place.)
      bool date = caps && (toks_[k].digit || IsMonthWord(w));
      // ("MADISON, Wis. — Gov. Harold Vance": a state's abbreviation.)
      const bool abbr =
          toks_[k].abbr || (toks_[k].cap && k + 1 < n_ && IsPunct(k + 1, '.') &&
                            toks_[k + 1].b == toks_[k].e);
      if (!upper && !agency && !date && !(caps && abbr)) return t;
      caps |= upper && k == t;
    } else if (IsPunct(k, '-')) {
      return caps && k > t && k + 1 < n_ && IsWordTok(k + 1) ? k + 1 : t;
    } else if (IsPunct(k, ':')) {
      // "MUMBAI: With less than three weeks to go": the South Asian
      // papers' dateline, a place in capitals and a colon opening the
      // paragraph.
      return caps && k > t && k + 1 < n_ && IsWordTok(k + 1) &&
                     toks_[t].b == block_b_
                 ? k + 1
                 : t;
    } else if (IsPunct(k, '.') && caps && toks_[k - 1].cap &&
               toks_[k - 1].e == toks_[k].b) {
      // (The full stop of a state's abbreviation, as above.)
    } else if (!IsPunct(k, ',') && !IsPunct(k, '(') && !IsPunct(k, ')')) {
      return t;
    }
    ++k;
  }
  return t;
}

// "A24 is said to be circling": hearsay, nobody speaks.
bool Extractor::Hearsay(int i) const {
  return i + 1 < n_ && i > 0 && WordIs(i, "said") && WordIs(i + 1, "to") &&
         (WordIs(i - 1, "is") || WordIs(i - 1, "are") || WordIs(i - 1, "was") ||
          WordIs(i - 1, "were"));
}

const qi::CueWord* Extractor::FindCueAt(int i) const {
  const Tok& t = toks_[i];
  const size_t len = t.e - t.b;
  if (len < 3 || len > 14) return nullptr;
  // qi::MayBeCue inline: this runs for every word outside quotations.
  unsigned char first = text_[t.b] | 0x20, last = text_[t.e - 1] | 0x20;
  if (first < 'a' || first > 'z' || last < 'a' || last > 'z' ||
      !((cue_lengths_[first - 'a'][last - 'a'] >> len) & 1u)) {
    return nullptr;
  }
  unsigned char second = text_[t.b + 1];
  second = (second >= 'A' && second <= 'Z') ? second + 32 : second;
  if (!((cue_second_lengths_[first - 'a']
                            [second >= 'a' && second <= 'z' ? second - 'a'
                                                            : 26] >>
         len) &
        1u)) {
    return nullptr;
  }
  char buf[32];
  std::string_view w = Lower(i, buf);
  if (w.empty()) return nullptr;
  const qi::CueWord* cue = qi::FindCue(w);
  if (cue == nullptr) return nullptr;
  if (cue->particle && !WordIs(i + 1, cue->back ? "back"
                                      : cue->it ? "it"
                                                : "out")) {
    return nullptr;
  }
  // "posed as a "wealth adviser"": pretending, not asking.
  if (cue->lemma == "pose" && WordIs(i + 1, "as")) return nullptr;
  // "this semi-rural state seat", "state government": "state" is a noun
  // unless a subject or "to" stands right before it ("we state", "to state").
  if (cue->lemma == "state" && cue->form == qi::CueForm::kBase &&
      !(i > 0 && (WordIs(i - 1, "to") || WordIs(i - 1, "we") ||
                  WordIs(i - 1, "i") || WordIs(i - 1, "they") ||
                  WordIs(i - 1, "you") || WordIs(i - 1, "will") ||
                  WordIs(i - 1, "would") || WordIs(i - 1, "must") ||
                  WordIs(i - 1, "should") || WordIs(i - 1, "can") ||
                  WordIs(i - 1, "could") || WordIs(i - 1, "may")))) {
    return nullptr;
  }
  // "urged partner states to use", "member states and": a plural noun
  // before a preposition, a conjunction or a verb ("The report states
  // that", "The notice states the building is unsafe": a verb).
  char pb[32];
  if (cue->lemma == "state" && cue->form == qi::CueForm::kThird && i > 0 &&
      i + 1 < n_ && IsWordTok(i - 1) && !toks_[i - 1].cap &&
      qi::FindPronoun(Lower(i - 1, pb)) == qi::Pronoun::kNone &&
      (WordIs(i + 1, "to") || WordIs(i + 1, "and") || WordIs(i + 1, "or") ||
       WordIs(i + 1, "of") || WordIs(i + 1, "in") || WordIs(i + 1, "on") ||
       WordIs(i + 1, "from") || WordIs(i + 1, "with") ||
       WordIs(i + 1, "have") || WordIs(i + 1, "are") || WordIs(i + 1, "were") ||
       WordIs(i + 1, "had") || WordIs(i + 1, "will") ||
       WordIs(i + 1, "would") || WordIs(i + 1, "should") ||
       WordIs(i + 1, "must") || WordIs(i + 1, "can") ||
       WordIs(i + 1, "could"))) {
    return nullptr;
  }
  // ("Gulf states face", "the Baltic states agreed": after a place's name,
  // a plural noun before its verb; not "The report states the", "X states
  // that".)
  if (cue->lemma == "state" && cue->form == qi::CueForm::kThird && i > 0 &&
      i + 1 < n_ && IsWordTok(i - 1) && toks_[i - 1].cap &&
      !toks_[i - 1].poss && IsWordTok(i + 1) && !toks_[i + 1].cap &&
      !toks_[i + 1].digit) {
    char nb[32];
    const std::string_view next = Lower(i + 1, nb);
    if (!next.empty() && next != "that" && next != "the" && next != "a" &&
        next != "an" && next != "its" && next != "his" && next != "her" &&
        next != "their" && next != "it" && next != "this" &&
        qi::FindPronoun(next) == qi::Pronoun::kNone) {
      return nullptr;
    }
  }
  // ("agencies in the three states.", "across 12 states,": a plural noun
  // ending its clause, after a number or a determiner.)
  if (cue->lemma == "state" && cue->form == qi::CueForm::kThird && i > 0 &&
      (i + 1 >= n_ || toks_[i + 1].type == kPunct) && IsWordTok(i - 1) &&
      !toks_[i - 1].cap &&
      (toks_[i - 1].digit || qi::IsSmallNumber(Lower(i - 1, pb)) ||
       WordIs(i - 1, "the") || WordIs(i - 1, "several") ||
       WordIs(i - 1, "other") || WordIs(i - 1, "many") ||
       WordIs(i - 1, "all") || WordIs(i - 1, "both") ||
       WordIs(i - 1, "neighbouring") || WordIs(i - 1, "neighboring") ||
       WordIs(i - 1, "member") || WordIs(i - 1, "those") ||
       WordIs(i - 1, "these"))) {
    return nullptr;
  }
  // A capital mid-sentence is a name ("Stress"), not a verb.
  if (toks_[i].cap && i > 0 && toks_[i - 1].sent == toks_[i].sent &&
      toks_[i - 1].type == kWord) {
    return nullptr;
  }
  // After a capitalised word inside a sentence (not "I", not a plural like
  // "Democrats"), a base form is a noun: "India's Meghalaya state", "New
  // York state".
  // (Not a verb that is no noun: "Residents in parts of Birmingham say".)
  if (cue->form == qi::CueForm::kBase && i > 1 && IsWordTok(i - 1) &&
      toks_[i - 1].cap && toks_[i - 1].sent == toks_[i].sent &&
      toks_[i - 2].sent == toks_[i].sent && W(i - 1).back() != 's' &&
      W(i - 1) != "I" &&
      // (Nor one with its particle after it: "Kebba Touray put it to the
      // witness that".)
      !cue->particle &&
      !(cue->lemma == "say" || cue->lemma == "tell" || cue->lemma == "warn" ||
        cue->lemma == "insist" || cue->lemma == "argue" ||
        cue->lemma == "complain" || cue->lemma == "explain")) {
    return nullptr;
  }
  // After a possessive, a present or base form is a noun: "the union's
  // demands", "the minister's claim".
  if (i > 0 && IsWordTok(i - 1) && toks_[i - 1].poss &&
      (cue->form == qi::CueForm::kThird || cue->form == qi::CueForm::kBase)) {
    return nullptr;
  }
  // A determiner or preposition before makes it a noun: "in a report".
  if (i > 0 && IsWordTok(i - 1)) {
    char b2[32];
    std::string_view p = Lower(i - 1, b2);
    if (IsDeterminerOrPreposition(p)) {
      bool preposition = p == "in" || p == "of" || p == "for" || p == "with" ||
                         p == "to" || p == "after" || p == "before" ||
                         p == "during";
      if (cue->form == qi::CueForm::kGerund && preposition && p != "to") {
        return cue;  // "lauded for denouncing"
      }
      // "He liked to joke that", "used to say": a verb group.
      if (p == "to" && cue->form == qi::CueForm::kBase && IsToVerb(i - 2)) {
        return cue;
      }
      if (cue->form != qi::CueForm::kThird || p == "to") return nullptr;
      // "his remarks", "the claims": a plural noun after an article or a
      // possessive (not "that says", "this says").
      if (p != "that" && p != "this") return nullptr;
    }
  }
  // "a 2023 report by the council", "the 2019 review": a year between a
  // determiner and the word makes it a noun.
  if (i > 1 && IsWordTok(i - 1) && toks_[i - 1].digit &&
      (cue->form == qi::CueForm::kBase || cue->form == qi::CueForm::kThird) &&
      (WordIs(i - 2, "a") || WordIs(i - 2, "an") || WordIs(i - 2, "the") ||
       WordIs(i - 2, "its") || WordIs(i - 2, "their") || WordIs(i - 2, "his") ||
       WordIs(i - 2, "her"))) {
    return nullptr;
  }
  // "faced questions", "fielded questions", "published reports": a plural
  // after a verb in the past is its object.
  if (cue->form == qi::CueForm::kThird && i > 0 && IsWordTok(i - 1) &&
      !toks_[i - 1].cap && W(i - 1).size() > 4 && W(i - 1).ends_with("ed") &&
      toks_[i - 1].sent == toks_[i].sent && !Has(i - 1, kAuxOrAdverb)) {
    return nullptr;
  }
  // "in his opening remarks", "the final report": an adjective of such
  // nouns between.
  if (cue->form != qi::CueForm::kGerund && cue->form != qi::CueForm::kPast &&
      i > 1 && IsWordTok(i - 1) && IsWordTok(i - 2) && !toks_[i - 1].cap) {
    char b1[32], b2[32];
    std::string_view a = Lower(i - 1, b1);
    if (IsStatementAdjective(a) && IsDeterminer(Lower(i - 2, b2))) {
      return nullptr;
    }
  }
  return cue;
}

// --------------------------------------------------------------- marks --

// Records the part of quotation `wi` between the mark at open_tok and
// end_tok (exclusive): the closing mark close_tok, or the next opening mark
// or the block end when it is left open.
void Extractor::CloseQuote(int wi, int open_tok, int end_tok, int close_tok,
                           size_t content_end, int block) {
  Work& w = works_[wi];
  size_t cb = toks_[open_tok].e;
  size_t ce = content_end;
  while (cb < ce && (text_[cb] == ' ' || text_[cb] == '\t')) ++cb;
  while (ce > cb && (text_[ce - 1] == ' ' || text_[ce - 1] == '\t')) --ce;
  if (w.q.parts.empty()) {
    w.q.outer.begin = toks_[open_tok].b;
    w.q.first_block = block;
  }
  w.q.parts.push_back({cb, ce});
  w.q.outer.end = close_tok >= 0 ? toks_[close_tok].e : content_end;
  w.q.last_block = block;
  int last = end_tok;
  w.fin_block = block;
  w.fin_tok = close_tok >= 0 ? close_tok : std::max(open_tok, last - 1);
  for (int k = open_tok; k < last; ++k) {
    toks_[k].q = wi;
    if (k > open_tok && toks_[k].type == kWord) {
      ++w.words;
      if (!w.first_word_seen) {
        w.first_word_seen = true;
        w.starts_cap = toks_[k].cap || toks_[k].digit;
      }
    }
  }
  if (close_tok >= 0) toks_[close_tok].q = wi;
  // A paragraph that is nothing but the quotation.
  w.whole_block = w.q.parts.size() == 1 && open_tok == 0 &&
                  (close_tok < 0 ? end_tok >= n_ : close_tok + 1 >= n_);
  w.last_char = ce > cb ? text_[ce - 1] : 0;
  if (ce > cb + 2 && static_cast<unsigned char>(text_[ce - 1]) == 0xA6 &&
      static_cast<unsigned char>(text_[ce - 3]) == 0xE2) {
    w.last_char = '~';
  }
}

void Extractor::PairMarks(int block) {
  int cur = -1;       // work of the open quotation
  int open_tok = -1;  // its opening mark
  // (Only the punctuation and marks Tokenize listed, not every token;
  // speed: with Sentences, ExtractQuotes ran 1.0% fewer instructions.)
  size_t si = 0;  // into stops_
  if (pending_ >= 0) {
    // The block opens with a mark: the quotation goes on.
    for (; si < stops_.size(); ++si) {
      const int k = stops_[si];
      if (toks_[k].type == kMark) {
        cur = pending_;
        open_tok = k;
        toks_[k].type = kOpen;
        ++si;
        break;
      }
    }
    pending_ = -1;
  }
  bool nested_straight = false;  // inside "..." nested in “...”
  for (; si < stops_.size(); ++si) {
    const int k = stops_[si];
    Tok& t = toks_[k];
    if (t.type != kMark) continue;
    bool is_open = cur >= 0;
    if (!is_open) nested_straight = false;
    int role = 0;  // 1 open, 2 close, 0 ignore
    if (t.mark == 1) {
      role = (is_open && t.close_pos && !t.open_pos) ? 2 : 1;
    } else if (t.mark == 2) {
      role = is_open ? 2 : (t.open_pos && !t.close_pos ? 1 : 0);
    } else if (t.mark == 3) {
      bool curly_open = is_open && toks_[open_tok].mark == 1;
      if (curly_open && (nested_straight || (t.open_pos && !t.close_pos))) {
        // “He said "no" to me,” : straight marks nested in curly ones.
        nested_straight = !nested_straight;
        role = 0;
      } else if (t.open_pos && !t.close_pos) {
        role = 1;
      } else if (t.close_pos && !t.open_pos) {
        role = is_open ? 2 : 0;
      } else {
        role = is_open ? 2 : 1;
      }
    } else if (t.mark == 4) {
      // After a digit: an inch sign (5'10"), unless it closes an open
      // quotation ("... in 2026").
      role = is_open && t.close_pos ? 2 : 0;
    }
    if (role == 1) {
      if (cur >= 0) CloseQuote(cur, open_tok, k, -1, t.b, block);
      if (cur >= 0) works_[cur].done = true;
      cur = static_cast<int>(works_.size());
      works_.emplace_back();
      works_[cur].open_pos = t.b;
      works_[cur].open_block = block;
      open_tok = k;
      t.type = kOpen;
    } else if (role == 2) {
      t.type = kClose;
      CloseQuote(cur, open_tok, k, k, t.b, block);
      works_[cur].done = true;
      cur = -1;
    } else {
      t.type = kPunct;
      t.ch = '"';
    }
  }
  if (cur >= 0) {
    CloseQuote(cur, open_tok, n_, -1, block_e_, block);
    // Does the next block open with a mark? Then the quotation goes on.
    const auto& blocks = seg_.blocks;
    if (block + 1 < static_cast<int>(blocks.size()) &&
        blocks[block + 1].kind == BlockKind::kBody &&
        blocks[block + 1].begin < blocks[block + 1].end) {
      int len;
      char32_t c = DecodeAt(text_, blocks[block + 1].begin, &len);
      if (c == '"' || IsOpeningCurly(c)) {
        pending_ = cur;
        return;
      }
    }
    works_[cur].done = true;
  }
}

// Whether a first name follows text position p after one space, as after
// the Filipino "Ma." of Maria ("Ma. Teresa Villaluz"), not "Jack Ma. Shares
// rose".
bool Extractor::MariaBefore(size_t p) const {
  if (p + 1 >= text_.size() || text_[p] != ' ' || text_[p + 1] < 'A' ||
      text_[p + 1] > 'Z') {
    return false;
  }
  size_t e = p + 1;
  while (e < text_.size() && ((text_[e] >= 'a' && text_[e] <= 'z') ||
                              (text_[e] >= 'A' && text_[e] <= 'Z'))) {
    ++e;
  }
  return qi::KnownFirstName(text_.substr(p + 1, e - p - 1));
}

namespace {

// Sets the sentence of the tokens [p, end): a loop over pointers, not an
// index into toks_ (speed: ExtractQuotes ran 0.25% fewer instructions).
void Fill(Tok* p, Tok* end, int sent) {
  for (; p < end; ++p) p->sent = sent;
}

}  // namespace

void Extractor::Sentences() {
  int sent = 0;
  // Only a full stop, ! or ? and a closing mark may end a sentence: only
  // the punctuation and marks Tokenize listed are looked at (speed: the
  // next token past single marks was sought for every token; ExtractQuotes
  // ran 0.6% fewer instructions; and see PairMarks). The tokens up to each
  // take their sentence before it is looked at, as CueAt may read them.
  int filled = 0;  // the tokens before it have their sentence
  for (const int i : stops_) {
    Tok& t = toks_[i];
    if (t.type != kPunct && t.type != kClose) continue;
    Fill(toks_.data() + filled, toks_.data() + i + 1, sent);
    filled = i + 1;
    bool boundary = false;
    int next = i + 1;
    while (next < n_ && toks_[next].type == kSingle) ++next;
    if (t.type == kPunct && t.q < 0 &&
        (t.ch == '.' || t.ch == '!' || t.ch == '?')) {
      if (next >= n_) {
        boundary = true;
      } else {
        const Tok& u = toks_[next];
        boundary = (u.type == kWord && (u.cap || u.digit)) || u.type == kOpen ||
                   (u.type == kPunct && u.ch == '(');
        // ("(R-S.D.)": a full stop with a letter right after it, no space,
        // ends no sentence.)
        if (u.type == kWord && u.b == t.e) boundary = false;
      }
    } else if (t.type == kClose && i > 0 && next < n_) {
      // "... end." Next sentence: a full stop, ? or ! just inside the mark.
      const Tok& last = toks_[i - 1];
      const Tok& u = toks_[next];
      if (last.type == kPunct &&
          (last.ch == '.' || last.ch == '!' || last.ch == '?') &&
          ((u.type == kWord && (u.cap || u.digit)) || u.type == kOpen)) {
        boundary = true;
        // "Why?" Smith asked: a name and a reporting verb go on.
        if (last.ch != '.' && u.type == kWord) {
          for (int k = next + 1; k < n_ && k <= next + 3; ++k) {
            if (CueAt(k) != nullptr) {
              boundary = false;
              break;
            }
            if (!NameTok(k)) {
              // ("What do we do?" Alvarez, 74, a retired seamstress, said:
              // past the description between commas.)
              if (NameTok(next) && IsPunct(k, ',')) {
                for (int m = k + 1; m < n_ && m <= k + 16; ++m) {
                  if (toks_[m].type != kWord && toks_[m].type != kPunct) break;
                  if (IsPunct(m, '.') || IsPunct(m, '?') || IsPunct(m, '!') ||
                      IsPunct(m, ';')) {
                    break;
                  }
                  if (IsPunct(m, ',') && CueAt(m + 1) != nullptr) {
                    boundary = false;
                    break;
                  }
                }
              }
              break;
            }
          }
        }
      }
    }
    if (boundary) ++sent;
  }
  if (filled < n_) Fill(toks_.data() + filled, toks_.data() + n_, sent);
}

}  // namespace textanalytics::core::quotes_internal
