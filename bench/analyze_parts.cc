// analyze_parts FILE [ROUNDS] [TEXT_KIB]: what AnalyzeText spends on each
// analysis.
//
// Cuts FILE into texts of at most TEXT_KIB KiB (default 1024, the largest a
// request may send by default) at paragraph breaks, then, ROUNDS times (default
// 5), times text by text, in AnalyzeText's order: statistics alone (Segment +
// ComputeStats), ExtractQuotes on the segmentation just made, and keyword
// counting (CountTerms, default options), each summed over the texts.
// Prints the median of each, the
// ratio of quotations to statistics (issue 4 asks for at most 0.5), and the
// ratio to statistics and keywords together, all that AnalyzeText computed
// before it returned quotations.
//
// It also times AnalyzeText's own arrangement, text by text: Segment, then
// ExtractQuotes on a side worker (api::SideWorkers) while ComputeStats and
// CountTerms run on the calling thread, against the same work without
// quotations; the difference is what quotations add to the request's
// time, printed as a ratio to statistics alone (on an idle second core).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/text_chunks.h"
#include "service/api/side_workers.h"
#include "service/core/keywords.h"
#include "service/core/quotes.h"
#include "service/core/segmenter.h"
#include "service/core/stats.h"

namespace {

using textanalytics::bench::Chunks;

using namespace textanalytics::core;
using Clock = std::chrono::steady_clock;

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

template <typename F>
double Seconds(F f) {
  const auto t0 = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: analyze_parts FILE [ROUNDS] [TEXT_KIB]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  const size_t text_kib = argc > 3 ? std::max(1, std::atoi(argv[3])) : 1024;
  const std::vector<std::string_view> chunks = Chunks(text, text_kib << 10);
  auto stopwords = LoadStopwords(TA_STOPWORDS);
  if (!stopwords.ok()) {
    std::fprintf(stderr, "analyze_parts: %s\n",
                 stopwords.status().ToString().c_str());
    return 1;
  }
  TermOptions term_options;
  term_options.stopwords = &*stopwords;

  std::vector<double> stats_s, quotes_s, keywords_s, added_s;
  textanalytics::api::SideWorkers side_workers(1);
  size_t quotes = 0;
  for (int r = 0; r < rounds; ++r) {
    // Text by text, in AnalyzeText's order: statistics, then quotations on
    // the segmentation just made, then keywords. (Each phase over all the
    // texts in turn, as before, read the segmentations back from memory
    // for the quotations where AnalyzeText finds them in the cache; and a
    // phase of a second or more met a different load on a shared machine
    // than the next one.)
    double stats = 0, quote_time = 0, keyword_time = 0, without = 0, beside = 0;
    size_t beside_quotes = 0;
    int64_t words = 0, terms = 0;
    quotes = 0;
    for (size_t i = 0; i < chunks.size(); ++i) {
      Segmentation seg;
      stats += Seconds([&] {
        seg = Segment(chunks[i]);
        words += ComputeStats(chunks[i], seg, Scope::kBody).words;
      });
      quote_time +=
          Seconds([&] { quotes += ExtractQuotes(chunks[i], seg).size(); });
      keyword_time += Seconds([&] {
        terms += CountTerms(chunks[i], seg, term_options).words();
      });
      // AnalyzeText's arrangement, and the same without quotations, in
      // turns.
      auto without_quotes = [&] {
        without += Seconds([&] {
          Segmentation s = Segment(chunks[i]);
          words += ComputeStats(chunks[i], s, Scope::kBody).words;
          terms += CountTerms(chunks[i], s, term_options).words();
        });
      };
      auto with_quotes_beside = [&] {
        beside += Seconds([&] {
          Segmentation s = Segment(chunks[i]);
          side_workers.RunBeside(
              [&] { beside_quotes += ExtractQuotes(chunks[i], s).size(); },
              [&] {
                words += ComputeStats(chunks[i], s, Scope::kBody).words;
                terms += CountTerms(chunks[i], s, term_options).words();
              });
        });
      };
      if ((r + i) % 2 == 0) {
        without_quotes();
        with_quotes_beside();
      } else {
        with_quotes_beside();
        without_quotes();
      }
    }
    added_s.push_back((beside - without) / stats);
    stats_s.push_back(stats);
    quotes_s.push_back(quote_time);
    keywords_s.push_back(keyword_time);
    std::fprintf(stderr,
                 "round %d: stats %.3f s, quotes %.3f s, keywords %.3f s\n",
                 r + 1, stats_s.back(), quotes_s.back(), keywords_s.back());
    (void)beside_quotes;
    (void)words;
    (void)terms;
  }
  const double s = Median(stats_s), q = Median(quotes_s),
               k = Median(keywords_s);
  std::printf("texts=%zu bytes=%zu quotes=%zu rounds=%d\n", chunks.size(),
              text.size(), quotes, rounds);
  std::printf("median_s statistics=%.3f quotes=%.3f keywords=%.3f\n", s, q, k);
  std::printf("ratio quotes/statistics=%.2f keywords/statistics=%.2f\n", q / s,
              k / s);
  // Against all AnalyzeText computed before quotations (statistics and the
  // keywords it always returns): the median of the rounds' ratios.
  std::vector<double> without_quotes;
  for (int r = 0; r < rounds; ++r) {
    without_quotes.push_back(quotes_s[r] / (stats_s[r] + keywords_s[r]));
  }
  std::printf("ratio quotes/(statistics+keywords)=%.2f\n",
              Median(without_quotes));
  std::printf("ratio added_by_quotes_beside/statistics=%.2f\n",
              Median(added_s));
  return 0;
}
