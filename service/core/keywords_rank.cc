// Rankings over precomputed term counts (RankKeywords in keywords.h).
#include <algorithm>
#include <cmath>
#include <queue>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "service/core/keywords.h"

namespace textanalytics::core {
namespace {

struct Scored {
  const Term* term;
  double score;
};

// Score descending, then count descending, then key ascending.
bool Before(const Scored& a, const Scored& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.term->count != b.term->count) return a.term->count > b.term->count;
  return a.term->key < b.term->key;
}

double XLogX(double x, double e) { return x > 0 ? x * std::log(x / e) : 0; }

}  // namespace

absl::StatusOr<KeywordPage> RankKeywords(const TermCounts& scope,
                                         const TermCounts* corpus,
                                         const ReferenceCounts* background,
                                         const RankOptions& options) {
  if (options.ngram_sizes.empty()) {
    return absl::InvalidArgumentError(
        "no n-gram size given; ask for sizes from 1 to 3, such as 1 or 1,2");
  }
  for (int n : options.ngram_sizes) {
    if (n < 1 || n > 3) {
      return absl::InvalidArgumentError(absl::StrCat(
          "n-gram size ", n, " is outside 1 to 3; ask for 1, 2 or 3"));
    }
    if (n > scope.max_ngram()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "n-gram size ", n,
          " was not counted (the counts go up "
          "to ",
          scope.max_ngram(), "); ask for at most ", scope.max_ngram()));
    }
  }
  if (options.offset < 0 || options.limit < 0) {
    return absl::InvalidArgumentError("offset and limit must be 0 or more");
  }
  const bool corpus_scope = corpus == &scope;
  if (options.ranking == Ranking::kTfIdf && corpus == nullptr) {
    return absl::FailedPreconditionError(
        "TF_IDF needs corpus counts for document frequencies");
  }
  if (options.ranking == Ranking::kDistinctive && background == nullptr &&
      (corpus == nullptr || corpus_scope)) {
    return absl::FailedPreconditionError(
        "DISTINCTIVE over the whole corpus needs a background frequency "
        "table; rank one document against the rest of the corpus instead");
  }

  std::vector<int> sizes = options.ngram_sizes;
  std::sort(sizes.begin(), sizes.end());
  sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());

  const double n_docs = corpus != nullptr ? corpus->documents() : 1;
  auto idf = [&](const Term& t) {
    const Term* c = corpus_scope ? &t : corpus->Find(t.key);
    const double df = c != nullptr ? c->doc_freq : 0;
    return std::log((1 + n_docs) / (1 + df)) + 1;
  };
  auto g2 = [&](const Term& t) {
    const double a = t.count;
    const double c = scope.words();
    double b, d;
    if (background != nullptr) {
      b = background->Count(t.key);
      d = background->words();
    } else {
      const Term* ct = corpus->Find(t.key);
      b = ct != nullptr ? ct->count : 0;
      d = corpus->words();
      if (options.scope_in_corpus) {
        b = std::max(0.0, b - a);
        d = std::max(0.0, d - c);
      }
    }
    if (c + d <= 0) return 0.0;
    const double e1 = c * (a + b) / (c + d);
    const double e2 = d * (a + b) / (c + d);
    const double g = 2 * (XLogX(a, e1) + XLogX(b, e2));
    return a * d < b * c ? -g : g;
  };
  auto score = [&](const Term& t) -> double {
    switch (options.ranking) {
      case Ranking::kFrequency:
        return static_cast<double>(t.count);
      case Ranking::kTfIdf:
        return t.count * idf(t);
      case Ranking::kDistinctive:
        return g2(t);
    }
    return 0;
  };

  KeywordPage page;
  const size_t want =
      static_cast<size_t>(options.offset) + static_cast<size_t>(options.limit);
  std::vector<Scored> top;
  // The terms of each size are by count descending: binary search.
  for (int n : sizes) {
    const std::span<const Term> terms = scope.terms(n);
    page.total += std::partition_point(terms.begin(), terms.end(),
                                       [&options](const Term& t) {
                                         return t.count >= options.min_count;
                                       }) -
                  terms.begin();
  }
  if (options.ranking == Ranking::kFrequency) {
    // Merge the per-size lists, each already in FREQUENCY order.
    std::vector<size_t> at(sizes.size(), 0);
    while (top.size() < want) {
      int best = -1;
      for (int s = 0; s < static_cast<int>(sizes.size()); ++s) {
        const std::span<const Term> terms = scope.terms(sizes[s]);
        if (at[s] >= terms.size() || terms[at[s]].count < options.min_count) {
          continue;
        }
        if (best < 0) {
          best = s;
          continue;
        }
        const Term& a = terms[at[s]];
        const Term& b = scope.terms(sizes[best])[at[best]];
        if (a.count > b.count || (a.count == b.count && a.key < b.key)) {
          best = s;
        }
      }
      if (best < 0) break;
      const Term& t = scope.terms(sizes[best])[at[best]++];
      top.push_back({&t, static_cast<double>(t.count)});
    }
  } else if (want > 0) {
    // A heap of the best `want` so far; its top is the worst of them.
    auto worse = [](const Scored& a, const Scored& b) { return Before(a, b); };
    std::priority_queue<Scored, std::vector<Scored>, decltype(worse)> heap(
        worse);
    for (int n : sizes) {
      for (const Term& t : scope.terms(n)) {
        if (t.count < options.min_count) break;
        const Scored s{&t, score(t)};
        if (heap.size() < want) {
          heap.push(s);
        } else if (Before(s, heap.top())) {
          heap.pop();
          heap.push(s);
        }
      }
    }
    top.reserve(heap.size());
    while (!heap.empty()) {
      top.push_back(heap.top());
      heap.pop();
    }
    std::reverse(top.begin(), top.end());
  }

  for (size_t i = options.offset; i < top.size(); ++i) {
    const Term& t = *top[i].term;
    Keyword k;
    k.display = t.display();
    k.key = t.key;
    k.n = t.n;
    k.count = t.count;
    k.per_10k_words = scope.words() > 0 ? t.count * 10000.0 / scope.words() : 0;
    k.doc_freq = t.doc_freq;
    if (corpus != nullptr && !corpus_scope) {
      const Term* c = corpus->Find(t.key);
      k.doc_freq = c != nullptr ? c->doc_freq : 0;
    }
    k.score = top[i].score;
    k.surfaces = t.surfaces;
    page.keywords.push_back(std::move(k));
  }
  return page;
}

}  // namespace textanalytics::core
