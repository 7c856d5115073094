// The texts the benches cut a large file into: pieces of at most max_bytes,
// cut at the last paragraph break before the limit (or at the limit when a
// piece has none), as a caller would send them to AnalyzeText.
#ifndef TEXTANALYTICS_BENCH_TEXT_CHUNKS_H_
#define TEXTANALYTICS_BENCH_TEXT_CHUNKS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace textanalytics::bench {

inline std::vector<std::string_view> Chunks(std::string_view text,
                                            size_t max_bytes) {
  std::vector<std::string_view> chunks;
  while (!text.empty()) {
    size_t cut = text.size();
    if (cut > max_bytes) {
      cut = text.rfind("\n\n", max_bytes);
      if (cut == std::string_view::npos || cut == 0) cut = max_bytes;
    }
    chunks.push_back(text.substr(0, cut));
    text.remove_prefix(cut);
  }
  return chunks;
}

}  // namespace textanalytics::bench

#endif  // TEXTANALYTICS_BENCH_TEXT_CHUNKS_H_
