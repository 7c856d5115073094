#include "service/core/background.h"

#include <fstream>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "service/core/keywords_normalize.h"

namespace textanalytics::core {

std::unique_ptr<const BackgroundCounts> BackgroundCounts::FromCounts(
    const std::vector<std::pair<std::string, int64_t>>& counts, int64_t words,
    Normalization normalization) {
  std::unique_ptr<BackgroundCounts> table(new BackgroundCounts());
  table->words_ = words;
  for (const auto& [word, count] : counts) {
    keywords_internal::NormalizedWord w =
        keywords_internal::NormalizeWord(word, normalization, nullptr);
    if (!w.key.empty()) table->counts_[w.key] += count;
  }
  return table;
}

absl::StatusOr<std::unique_ptr<const BackgroundCounts>> BackgroundCounts::Load(
    const std::string& path, Normalization normalization) {
  std::ifstream in(path);
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat("cannot read background table ", path));
  }
  std::vector<std::pair<std::string, int64_t>> counts;
  int64_t words = -1;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    int64_t count = 0;
    if (tab == std::string::npos || tab == 0 ||
        !absl::SimpleAtoi(absl::string_view(line).substr(tab + 1), &count) ||
        count < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", number, ": expected \"word<TAB>count\""));
    }
    std::string word = line.substr(0, tab);
    if (words < 0) {
      if (word != "<total>") {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ":", number, ": the first line must be \"<total>\\tN\""));
      }
      words = count;
      continue;
    }
    counts.emplace_back(std::move(word), count);
  }
  if (words <= 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": no \"<total>\" line"));
  }
  return FromCounts(counts, words, normalization);
}

int64_t BackgroundCounts::Count(std::string_view key) const {
  auto it = counts_.find(absl::string_view(key.data(), key.size()));
  return it == counts_.end() ? 0 : it->second;
}

}  // namespace textanalytics::core
