#include "service/core/stats.h"

namespace textanalytics::core {

// STUB: to be replaced.
Readability ComputeReadability(const TextStats& counts) { return {}; }

void StatsAccumulator::Add(std::string_view text, const Segmentation& seg) {
  counts_.words += seg.words.size();
  counts_.sentences += seg.sentences.size();
}

TextStats StatsAccumulator::Finish() const { return counts_; }

TextStats ComputeStats(std::string_view text, const Segmentation& seg,
                       Scope scope) {
  StatsAccumulator acc(scope);
  acc.Add(text, seg);
  return acc.Finish();
}

}  // namespace textanalytics::core
