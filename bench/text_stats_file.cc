// Reads one UTF-8 text file and runs Segment() and ComputeStats() over the
// whole of it, as one text; prints the counts and the time of each step. It
// is what bench/run_bench.sh compares with `wc -w`.
//
//   text_stats_file [--all] FILE
//
// --all counts every block (Scope::kAllText) instead of the body only.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "service/core/segmenter.h"
#include "service/core/stats.h"
#include "service/core/utf8.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double>(to - from).count();
}

int Usage() {
  std::fprintf(stderr, "usage: text_stats_file [--all] FILE\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace textanalytics::core;
  Scope scope = Scope::kBody;
  const char* path = nullptr;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--all") {
      scope = Scope::kAllText;
    } else if (arg.starts_with("-") || path != nullptr) {
      return Usage();
    } else {
      path = argv[i];
    }
  }
  if (path == nullptr) return Usage();

  const Clock::time_point start = Clock::now();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "text_stats_file: cannot open %s\n", path);
    return 1;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = std::move(buffer).str();

  const Clock::time_point read_done = Clock::now();
  if (std::optional<size_t> bad = FindInvalidUtf8(text)) {
    std::fprintf(stderr, "text_stats_file: %s: invalid UTF-8 at byte %zu\n",
                 path, *bad);
    return 1;
  }
  const Clock::time_point validate_done = Clock::now();
  const Segmentation seg = Segment(text);
  const Clock::time_point segment_done = Clock::now();
  const TextStats stats = ComputeStats(text, seg, scope);
  const Clock::time_point stats_done = Clock::now();

  const double work = Seconds(read_done, stats_done);
  std::printf(
      "bytes=%zu words=%lld sentences=%lld paragraphs=%lld "
      "unique_words=%lld syllables=%lld\n",
      text.size(), static_cast<long long>(stats.words),
      static_cast<long long>(stats.sentences),
      static_cast<long long>(stats.paragraphs),
      static_cast<long long>(stats.unique_words),
      static_cast<long long>(stats.syllables));
  std::printf(
      "read_s=%.3f validate_s=%.3f segment_s=%.3f stats_s=%.3f "
      "total_s=%.3f mb_per_s=%.1f\n",
      Seconds(start, read_done), Seconds(read_done, validate_done),
      Seconds(validate_done, segment_done), Seconds(segment_done, stats_done),
      Seconds(start, stats_done), work > 0 ? text.size() / 1e6 / work : 0.0);
  return 0;
}
