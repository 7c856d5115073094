// Benchmarks of the core text library: Segment(), ComputeStats() and
// CountSyllables() over the seed article, a synthetic text made of the seed
// repeated, and a 1 MB slice of the Brown corpus when bench/prepare_brown.sh
// has written it. Throughput is reported as bytes/s of input text.
//
//   core_bench [--text=FILE] [benchmark flags]
//
// --text adds benchmarks over FILE as well.
#include <benchmark/benchmark.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "service/core/segmenter.h"
#include "service/core/stats.h"
#include "service/core/syllables.h"

namespace textanalytics::core {
namespace {

// The whole of `path`, or an empty string if it cannot be read.
std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// `text` repeated until it is at least `min_bytes` long, with a blank line
// between the copies.
std::string Repeat(const std::string& text, size_t min_bytes) {
  std::string out;
  while (out.size() < min_bytes) {
    out += text;
    out += "\n\n";
  }
  return out;
}

// The first `max_bytes` of `text`, cut back to the last paragraph break.
std::string Prefix(const std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t cut = text.rfind("\n\n", max_bytes);
  return text.substr(0, cut == std::string::npos ? max_bytes : cut);
}

// Runs of ASCII letters and apostrophes: a word list for the syllable
// benchmark that does not depend on the segmenter.
std::vector<std::string> SimpleWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '\'') {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

void BM_Segment(benchmark::State& state, const std::string* text) {
  size_t words = 0;
  for (auto _ : state) {
    Segmentation seg = Segment(*text);
    words = seg.words.size();
    benchmark::DoNotOptimize(seg);
  }
  state.SetBytesProcessed(state.iterations() * text->size());
  state.counters["words"] = static_cast<double>(words);
}

void BM_ComputeStats(benchmark::State& state, const std::string* text) {
  const Segmentation seg = Segment(*text);
  for (auto _ : state) {
    TextStats stats = ComputeStats(*text, seg, Scope::kBody);
    benchmark::DoNotOptimize(stats);
  }
  state.SetBytesProcessed(state.iterations() * text->size());
  state.counters["words"] = static_cast<double>(seg.words.size());
}

void BM_SegmentAndStats(benchmark::State& state, const std::string* text) {
  for (auto _ : state) {
    Segmentation seg = Segment(*text);
    TextStats stats = ComputeStats(*text, seg, Scope::kBody);
    benchmark::DoNotOptimize(stats);
  }
  state.SetBytesProcessed(state.iterations() * text->size());
}

void BM_CountSyllables(benchmark::State& state, const std::string* text) {
  const std::vector<std::string> words = SimpleWords(*text);
  size_t bytes = 0;
  for (const std::string& w : words) bytes += w.size();
  for (auto _ : state) {
    int64_t total = 0;
    for (const std::string& w : words) total += CountSyllables(w);
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * words.size());
  state.SetBytesProcessed(state.iterations() * bytes);
}

// Registers every benchmark over `text`, named "<Benchmark>/<name>".
void RegisterAll(const std::string& name, const std::string* text) {
  benchmark::RegisterBenchmark(("BM_Segment/" + name).c_str(), BM_Segment, text)
      ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark(("BM_ComputeStats/" + name).c_str(),
                               BM_ComputeStats, text)
      ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark(("BM_SegmentAndStats/" + name).c_str(),
                               BM_SegmentAndStats, text)
      ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark(("BM_CountSyllables/" + name).c_str(),
                               BM_CountSyllables, text)
      ->Unit(benchmark::kMicrosecond);
}

}  // namespace
}  // namespace textanalytics::core

int main(int argc, char** argv) {
  using namespace textanalytics::core;
  benchmark::Initialize(&argc, argv);
  std::string extra_path;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg.starts_with("--text=")) {
      extra_path = std::string(arg.substr(7));
    } else {
      std::fprintf(stderr, "core_bench: unknown argument %s\n", argv[i]);
      return 2;
    }
  }

  // The texts live until the end of main, after the benchmarks have run.
  static std::string seed = ReadFile(TA_SEED_FILE);
  if (seed.empty()) {
    std::fprintf(stderr, "core_bench: cannot read %s\n", TA_SEED_FILE);
    return 1;
  }
  static std::string seed_x100 = Repeat(seed, 100 * seed.size());
  static std::string brown = Prefix(
      ReadFile(std::string(TA_BENCH_CACHE_DIR) + "/brown1.txt"), 1 << 20);
  static std::string extra;

  RegisterAll("seed", &seed);
  RegisterAll("seed_x100", &seed_x100);
  if (!brown.empty()) {
    RegisterAll("brown_1mb", &brown);
  } else {
    std::fprintf(stderr,
                 "core_bench: no Brown sample (run bench/prepare_brown.sh)\n");
  }
  if (!extra_path.empty()) {
    extra = ReadFile(extra_path);
    if (extra.empty()) {
      std::fprintf(stderr, "core_bench: cannot read %s\n", extra_path.c_str());
      return 1;
    }
    RegisterAll("text", &extra);
  }

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
