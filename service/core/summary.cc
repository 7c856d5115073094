#include "service/core/summary.h"

namespace textanalytics::core {

// STUB: to be replaced.
Summary Summarize(std::string_view text, const Segmentation& seg,
                  const SummaryOptions& options) {
  Summary s;
  s.candidates = static_cast<int>(seg.sentences.size());
  for (int i = 0; i < s.candidates && i < options.max_sentences; ++i) {
    s.sentences.push_back({i, 1.0 / (i + 1), i + 1});
  }
  return s;
}

}  // namespace textanalytics::core
