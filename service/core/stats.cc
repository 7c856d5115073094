#include "service/core/stats.h"

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "service/core/syllables.h"
#include "service/core/utf8.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"
#include "unicode/utf8.h"

namespace textanalytics::core {
namespace {

constexpr double kWordsPerMinute = 238;
constexpr int kPolysyllabic = 3;  // syllables
constexpr int kLongWord = 7;      // letters

// U+2019 RIGHT SINGLE QUOTATION MARK in UTF-8, the typographic apostrophe.
constexpr std::string_view kRightQuote = "\xE2\x80\x99";

// Letters (Unicode category L, u_isalpha) of `word`.
int64_t CountLetters(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const int32_t length = static_cast<int32_t>(word.size());
  int64_t letters = 0;
  int32_t i = 0;
  while (i < length) {
    const uint8_t b = s[i];
    if (b < 0x80) {
      letters += static_cast<uint8_t>((b | 0x20) - 'a') < 26;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    letters += c >= 0 && u_isalpha(c);
  }
  return letters;
}

// Writes the full Unicode case folding of `word` into `folded`, with U+2019
// as "'". ASCII words (and "’") are folded here, without ICU and without
// allocating once `folded` has grown; others go through ICU's full case
// folding ("Straße" -> "strasse").
void FoldWord(std::string_view word, std::string* folded) {
  folded->clear();
  bool ascii = true;
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      folded->push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b | 0x20)
                                             : static_cast<char>(b));
    } else if (word.substr(i, kRightQuote.size()) == kRightQuote) {
      folded->push_back('\'');
      i += kRightQuote.size() - 1;
    } else {
      ascii = false;
      break;
    }
  }
  if (ascii) return;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.foldCase(U_FOLD_CASE_DEFAULT);
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)),
                   icu::UnicodeString(static_cast<UChar>('\'')));
  folded->clear();
  u.toUTF8String(*folded);
}

}  // namespace

// The formulas of textacy.text_stats.readability (English coefficients):
//   flesch_reading_ease   = 206.835 - 1.015 * words / sentences
//                                   - 84.6 * syllables / words
//   flesch_kincaid_grade  = 11.8 * syllables / words
//                           + 0.39 * words / sentences - 15.59
//   gunning_fog           = 0.4 * (words / sentences
//                                  + 100 * polysyllabic / words)
//   smog                  = 1.0430 * sqrt(30 * polysyllabic / sentences)
//                           + 3.1291
//   coleman_liau          = 5.879851 * chars / words
//                           - 29.587280 * sentences / words - 15.800804
//   automated_readability = 4.71 * chars / words + 0.5 * words / sentences
//                           - 21.43
//   lix                   = words / sentences + 100 * long_words / words
// textacy's chars is the characters of its word tokens (spaCy splits "’s"
// and "-" off and drops punctuation); here it is the letters of the words,
// which is what Coleman and Liau count. textacy warns that SMOG is unreliable
// below 30 sentences; it is computed anyway.
Readability ComputeReadability(const TextStats& counts) {
  Readability r;
  if (counts.words == 0 || counts.sentences == 0) return r;
  const double words = static_cast<double>(counts.words);
  const double sentences = static_cast<double>(counts.sentences);
  const double syllables = static_cast<double>(counts.syllables);
  const double polysyllabic = static_cast<double>(counts.polysyllabic_words);
  const double long_words = static_cast<double>(counts.long_words);
  const double chars = static_cast<double>(counts.letters);
  r.flesch_reading_ease =
      206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
  r.flesch_kincaid_grade =
      11.8 * syllables / words + 0.39 * words / sentences - 15.59;
  r.gunning_fog = 0.4 * (words / sentences + 100 * polysyllabic / words);
  r.smog = 1.0430 * std::sqrt(30 * polysyllabic / sentences) + 3.1291;
  r.coleman_liau =
      5.879851 * chars / words - 29.587280 * sentences / words - 15.800804;
  r.automated_readability =
      4.71 * chars / words + 0.5 * words / sentences - 21.43;
  r.lix = words / sentences + 100 * long_words / words;
  return r;
}

void StatsAccumulator::Add(std::string_view text, const Segmentation& seg) {
  std::vector<char> counted_block(seg.blocks.size());
  for (size_t b = 0; b < seg.blocks.size(); ++b) {
    const Block& block = seg.blocks[b];
    ++counts_.blocks_by_kind[static_cast<int>(block.kind)];
    if (scope_ == Scope::kBody && block.kind != BlockKind::kBody) continue;
    counted_block[b] = 1;
    ++counts_.paragraphs;
    counts_.characters +=
        CountCodePoints(text.substr(block.begin, block.end - block.begin));
  }
  std::vector<char> counted_sentence(seg.sentences.size());
  for (size_t s = 0; s < seg.sentences.size(); ++s) {
    if (!counted_block[seg.sentences[s].block]) continue;
    counted_sentence[s] = 1;
    ++counts_.sentences;
  }
  std::string folded;  // reused: no allocation per word once grown
  for (const Word& w : seg.words) {
    if (!counted_sentence[w.sentence]) continue;
    const std::string_view word = text.substr(w.begin, w.end - w.begin);
    ++counts_.words;
    WordInfo info;
    auto it = seen_.find(absl::string_view(word.data(), word.size()));
    if (it != seen_.end()) {
      info = it->second;
    } else {
      info.letters = static_cast<int32_t>(CountLetters(word));
      info.syllables = CountSyllables(word);
      seen_.emplace(std::string(word), info);
      FoldWord(word, &folded);
      if (!unique_.contains(folded)) unique_.insert(folded);
    }
    counts_.letters += info.letters;
    counts_.long_words += info.letters >= kLongWord;
    counts_.syllables += info.syllables;
    counts_.polysyllabic_words += info.syllables >= kPolysyllabic;
  }
}

TextStats StatsAccumulator::Finish() const {
  TextStats s = counts_;
  s.unique_words = static_cast<int64_t>(unique_.size());
  const double words = static_cast<double>(s.words);
  if (s.sentences > 0) {
    s.mean_words_per_sentence = words / static_cast<double>(s.sentences);
  }
  if (s.words > 0) {
    s.mean_syllables_per_word = static_cast<double>(s.syllables) / words;
    s.mean_word_length = static_cast<double>(s.letters) / words;
    s.type_token_ratio = static_cast<double>(s.unique_words) / words;
  }
  s.reading_time_seconds = words / kWordsPerMinute * 60;
  s.readability = ComputeReadability(s);
  return s;
}

TextStats ComputeStats(std::string_view text, const Segmentation& seg,
                       Scope scope) {
  StatsAccumulator acc(scope);
  acc.Add(text, seg);
  return acc.Finish();
}

}  // namespace textanalytics::core
