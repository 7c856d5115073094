// Summary statistics and readability of segmented text.
//
// StatsAccumulator sums raw counts over any number of texts, so corpus
// statistics are computed over all of its text, not as averages of averages.
// A StatsAccumulator is not thread-safe; a finished TextStats is a value.
#ifndef TEXTANALYTICS_SERVICE_CORE_STATS_H_
#define TEXTANALYTICS_SERVICE_CORE_STATS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "service/core/segmenter.h"

namespace textanalytics::core {

// Which blocks to count.
enum class Scope { kBody, kAllText };

struct Readability {
  double flesch_reading_ease = 0;
  double flesch_kincaid_grade = 0;
  double gunning_fog = 0;
  double smog = 0;
  double coleman_liau = 0;
  double automated_readability = 0;
  double lix = 0;
};

struct TextStats {
  int64_t characters = 0;  // code points of the counted blocks
  int64_t letters = 0;     // code points of category L in the counted words
  int64_t words = 0;
  int64_t unique_words = 0;  // after case folding
  int64_t sentences = 0;
  int64_t paragraphs = 0;  // counted blocks
  int64_t syllables = 0;
  int64_t polysyllabic_words = 0;  // 3+ syllables
  int64_t long_words = 0;          // 7+ letters
  double mean_words_per_sentence = 0;
  double mean_syllables_per_word = 0;
  double mean_word_length = 0;  // letters per word
  double type_token_ratio = 0;
  double reading_time_seconds = 0;  // at 238 words per minute
  // Blocks of every counted text by kind (indexed by BlockKind), whatever
  // the scope.
  std::array<int64_t, kNumBlockKinds> blocks_by_kind{};
  Readability readability;
  // Quotations (every kind) in the counted text, their distinct speakers,
  // the words inside them and those words' share of `words`. Set by
  // QuoteCounter (quote_search.h); zero where quotations were not counted.
  int64_t quotes = 0;
  int64_t speakers = 0;
  int64_t quoted_words = 0;
  double quoted_word_share = 0;
};

// Readability indices from raw counts; all zero when words or sentences is
// zero.
Readability ComputeReadability(const TextStats& counts);

class StatsAccumulator {
 public:
  explicit StatsAccumulator(Scope scope) : scope_(scope) {}

  // Adds the counts of `text`, which `seg` segments.
  void Add(std::string_view text, const Segmentation& seg);

  // The statistics of everything added so far.
  TextStats Finish() const;

 private:
  // What is known of a word as written, so that a repeated word (most words
  // of a text) costs one look-up instead of folding, a dictionary look-up
  // and a set look-up (measured: bench/run_bench.sh).
  struct WordInfo {
    int32_t letters = 0;
    int32_t syllables = 0;
  };

  Scope scope_;
  TextStats counts_;
  absl::flat_hash_set<std::string> unique_;          // folded words
  absl::flat_hash_map<std::string, WordInfo> seen_;  // words as written
};

// Statistics of one text.
TextStats ComputeStats(std::string_view text, const Segmentation& seg,
                       Scope scope);

}  // namespace textanalytics::core

#endif  // TEXTANALYTICS_SERVICE_CORE_STATS_H_
