// A general-English word frequency table, the reference DISTINCTIVE keywords
// of a whole corpus are measured against (there is no "rest of the corpus").
//
// The table (data/background/en_brown.tsv) holds case-folded words and their
// counts in the Brown corpus; tools/make_background.sh regenerates it. It has
// no n-grams: Count() of a key of several words is 0. Immutable after Load,
// so thread-safe.
#ifndef TEXTANALYTICS_SERVICE_CORE_BACKGROUND_H_
#define TEXTANALYTICS_SERVICE_CORE_BACKGROUND_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "service/core/keywords.h"

namespace textanalytics::core {

// The shipped table, relative to the source root.
inline constexpr std::string_view kEnglishBackgroundPath =
    "data/background/en_brown.tsv";

class BackgroundCounts final : public ReferenceCounts {
 public:
  // Reads a table: '#' comment lines, then "<total>\tN" (the words of the
  // source), then "word\tcount" lines. Keys the words with `normalization`,
  // summing the counts of words with one key. NotFoundError if the file
  // cannot be read, InvalidArgumentError naming the line if it is malformed.
  static absl::StatusOr<std::unique_ptr<const BackgroundCounts>> Load(
      const std::string& path, Normalization normalization);

  // The same from counts in memory (folded words).
  static std::unique_ptr<const BackgroundCounts> FromCounts(
      const std::vector<std::pair<std::string, int64_t>>& counts, int64_t words,
      Normalization normalization);

  int64_t Count(std::string_view key) const override;
  int64_t words() const override { return words_; }
  size_t size() const { return counts_.size(); }

 private:
  BackgroundCounts() = default;

  int64_t words_ = 0;
  absl::flat_hash_map<std::string, int64_t> counts_;
};

}  // namespace textanalytics::core

#endif  // TEXTANALYTICS_SERVICE_CORE_BACKGROUND_H_
