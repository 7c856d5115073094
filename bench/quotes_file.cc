// Times ExtractQuotes alone over the first MB mebibytes of a file cut into
// 1 MiB texts at paragraph breaks (segmented once, before timing), ROUNDS
// times; prints each round's seconds on its own line. For side-by-side
// comparisons of two builds (bench/ab_quotes.sh) and for callgrind.
//
//   quotes_file FILE [MB] [ROUNDS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "bench/text_chunks.h"
#include "service/core/quotes.h"
#include "service/core/segmenter.h"

namespace {

using textanalytics::bench::Chunks;

using textanalytics::core::ExtractQuotes;
using textanalytics::core::Segment;
using textanalytics::core::Segmentation;

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: quotes_file FILE [MB] [ROUNDS]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "quotes_file: cannot read %s\n", argv[1]);
    return 1;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const size_t mb = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 8;
  const int rounds = argc > 3 ? std::atoi(argv[3]) : 1;
  size_t cut = text.size();
  if (cut > (mb << 20)) {
    cut = text.rfind("\n\n", mb << 20);
    if (cut == std::string::npos) cut = mb << 20;
  }
  const std::vector<std::string_view> chunks =
      Chunks(std::string_view(text.data(), cut), size_t{1} << 20);
  std::vector<Segmentation> segmentations;
  for (std::string_view chunk : chunks) segmentations.push_back(Segment(chunk));
  size_t quotes = 0;
  for (int r = 0; r < rounds; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < chunks.size(); ++i) {
      quotes += ExtractQuotes(chunks[i], segmentations[i]).size();
    }
    std::printf("%.4f\n", std::chrono::duration<double>(
                              std::chrono::steady_clock::now() - t0)
                              .count());
  }
  std::fprintf(stderr, "quotes=%zu\n", quotes);
  return 0;
}
