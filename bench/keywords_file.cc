// Maps one UTF-8 text file into memory and counts its unigrams with the default
// keyword normalisation (Snowball stems, the shipped English stopword list,
// numbers left out) through CountUnigramsFast, which also checks the text is
// UTF-8; prints the top terms and the time of each step. It is what
// bench/run_bench.sh compares with `wc -w`.
//
//   keywords_file [--lowercase] [--no-stopwords] [--segment] [--threads N]
//                 [--top N] FILE
//
// --segment checks the UTF-8 with FindInvalidUtf8 and counts through
// Segment() + CountTerms(kAllText) instead (the same counts, slower);
// --threads 2 lets CountUnigramsFast use two threads (default one, like
// `wc -w`); --lowercase and --no-stopwords change the options. The stopword
// list is read from TA_STOPWORDS (the source tree's data/stopwords/en.txt),
// as the server reads it at start; reading it is timed too.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "service/core/keywords.h"
#include "service/core/segmenter.h"
#include "service/core/utf8.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double>(to - from).count();
}

int Usage() {
  std::fprintf(stderr,
               "usage: keywords_file [--lowercase] [--no-stopwords] "
               "[--segment] [--threads N] [--top N] FILE\n");
  return 2;
}

// The file's bytes, mapped read-only (no copy: the page cache's pages), or
// an empty view with ok = false.
struct MappedFile {
  std::string_view bytes;
  bool ok = false;
};

MappedFile MapFile(const char* path) {
  MappedFile f;
  const int fd = open(path, O_RDONLY);
  if (fd < 0) return f;
  struct stat st;
  if (fstat(fd, &st) != 0) {
    close(fd);
    return f;
  }
  f.ok = true;
  if (st.st_size > 0) {
    void* p = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ,
                   MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (p == MAP_FAILED) {
      f.ok = false;
    } else {
      f.bytes = std::string_view(static_cast<const char*>(p),
                                 static_cast<size_t>(st.st_size));
    }
  }
  close(fd);
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace textanalytics::core;
  TermOptions options;
  bool use_stopwords = true;
  bool segment = false;
  int top = 10;
  int threads = 1;
  const char* path = nullptr;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--lowercase") {
      options.normalization = Normalization::kLowercase;
    } else if (arg == "--no-stopwords") {
      use_stopwords = false;
    } else if (arg == "--segment") {
      segment = true;
    } else if (arg == "--threads" && i + 1 < argc) {
      threads = std::atoi(argv[++i]);
    } else if (arg == "--top" && i + 1 < argc) {
      top = std::atoi(argv[++i]);
    } else if (arg.starts_with("-") || path != nullptr) {
      return Usage();
    } else {
      path = argv[i];
    }
  }
  if (path == nullptr) return Usage();

  const Clock::time_point start = Clock::now();
  StopwordList stopwords;
  if (use_stopwords) {
    absl::StatusOr<StopwordList> loaded = LoadStopwords(TA_STOPWORDS);
    if (!loaded.ok()) {
      std::fprintf(stderr, "keywords_file: %s\n",
                   std::string(loaded.status().message()).c_str());
      return 1;
    }
    stopwords = *std::move(loaded);
    options.stopwords = &stopwords;
  }
  const MappedFile file = MapFile(path);
  if (!file.ok) {
    std::fprintf(stderr, "keywords_file: cannot open %s\n", path);
    return 1;
  }
  const std::string_view text = file.bytes;
  const Clock::time_point read_done = Clock::now();
  TermCounts counts;
  if (segment) {
    if (std::optional<size_t> bad = FindInvalidUtf8(text)) {
      std::fprintf(stderr, "keywords_file: %s: invalid UTF-8 at byte %zu\n",
                   path, *bad);
      return 1;
    }
    options.scope = Scope::kAllText;
    counts = CountTerms(text, Segment(text), options);
  } else {
    // Checks the UTF-8 as it counts.
    absl::StatusOr<TermCounts> fast = CountUnigramsFast(text, options, threads);
    if (!fast.ok()) {
      std::fprintf(stderr, "keywords_file: %s: %s\n", path,
                   std::string(fast.status().message()).c_str());
      return 1;
    }
    counts = *std::move(fast);
  }
  const Clock::time_point count_done = Clock::now();

  const std::span<const Term> terms = counts.terms(1);
  std::printf("bytes=%zu words=%lld terms=%zu\n", text.size(),
              static_cast<long long>(counts.words()), terms.size());
  for (int i = 0; i < top && i < static_cast<int>(terms.size()); ++i) {
    std::printf("%3d %-20s %-20s %lld\n", i + 1, terms[i].display().c_str(),
                terms[i].key.c_str(), static_cast<long long>(terms[i].count));
  }
  const double work = Seconds(read_done, count_done);
  std::printf("read_s=%.3f count_s=%.3f total_s=%.3f mb_per_s=%.1f\n",
              Seconds(start, read_done), Seconds(read_done, count_done),
              Seconds(start, count_done),
              work > 0 ? text.size() / 1e6 / work : 0.0);
  return 0;
}
