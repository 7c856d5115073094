// Private to the keywords code: word normalisation shared by counting and
// look-up. See keywords.h for the rules.
#ifndef TEXTANALYTICS_SERVICE_CORE_KEYWORDS_NORMALIZE_H_
#define TEXTANALYTICS_SERVICE_CORE_KEYWORDS_NORMALIZE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "service/core/keywords.h"

namespace textanalytics::core::keywords_internal {

struct NormalizedWord {
  std::string surface;  // folded, without a final "'s"
  std::string key;      // surface or its stem
  bool stopword = false;
  bool number = false;  // starts with a digit
};

// The Snowball English stem of a folded word (this thread's stemmer).
std::string Stem(std::string_view folded);

// Normalises one word; `stopwords` may be null.
NormalizedWord NormalizeWord(std::string_view word, Normalization normalization,
                             const StopwordList* stopwords);

// Gives each distinct word (its bytes as in the text) an id and normalises
// it once. Not thread-safe.
class WordNormalizer {
 public:
  WordNormalizer(Normalization normalization, const StopwordList* stopwords)
      : normalization_(normalization), stopwords_(stopwords) {}

  int Id(std::string_view word) {
    auto it = ids_.find(absl::string_view(word.data(), word.size()));
    if (it != ids_.end()) return it->second;
    const int id = static_cast<int>(words_.size());
    words_.push_back(NormalizeWord(word, normalization_, stopwords_));
    ids_.emplace(std::string(word), id);
    return id;
  }
  const NormalizedWord& word(int id) const { return words_[id]; }
  int size() const { return static_cast<int>(words_.size()); }

 private:
  Normalization normalization_;
  const StopwordList* stopwords_;
  absl::flat_hash_map<std::string, int> ids_;
  std::vector<NormalizedWord> words_;
};

// Finds the words of all of `text` (valid UTF-8) as Segment() does, without
// sentences or blocks, and calls sink(word, count) once for each distinct
// word with its bytes' ASCII letters lower-cased (other bytes as they are).
// Returns the number of words. If `text` is not valid UTF-8, sets
// *invalid_utf8 to the offset FindInvalidUtf8 gives, calls no sink and
// returns 0; else sets it to nullopt. Texts of 4 MiB or more are counted by
// `threads` (1 or 2) threads. Defined in keywords_fast.cc.
int64_t ScanWordsFast(
    std::string_view text,
    const std::function<void(std::string_view word, int64_t count)>& sink,
    std::optional<size_t>* invalid_utf8, int threads);

// Whether text[begin, end) is empty or only white space (Unicode
// White_Space, ZWSP, word joiner, BOM).
bool OnlySpace(std::string_view text, size_t begin, size_t end);

}  // namespace textanalytics::core::keywords_internal

#endif  // TEXTANALYTICS_SERVICE_CORE_KEYWORDS_NORMALIZE_H_
