#include "service/core/summary.h"

#include <libstemmer.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "service/core/summary_stopwords.h"
#include "unicode/normalizer2.h"
#include "unicode/unistr.h"

namespace textanalytics::core {
namespace {

// Sentences with fewer words are fragments ("Hit on corporates" has three;
// "Yes." or "Exclusive:" have one or two) and are never candidates.
constexpr int kMinCandidateWords = 3;

// PageRank parameters.
constexpr double kDamping = 0.85;
constexpr double kTolerance = 1e-6;  // L1 change between iterations
constexpr int kMaxIterations = 100;

// Lead bias. The teleport (random jump) vector gives candidate i (0-based,
// in text order) the weight 1 + kLeadBias / (1 + i), normalised. Only the
// 1 - kDamping part of the score goes through it, so it moves the lead
// sentence by a few percent in a typical article: enough to break near-ties
// toward the lead, far too little to lift an unconnected sentence over a
// connected one.
constexpr double kLeadBias = 0.5;

// The similarity graph holds at most this many candidates (the first ones in
// text order), which bounds the work at O(kMaxGraphSentences^2) and the
// edges at kMaxGraphSentences^2. Candidates past the cap are scored after
// the graph converges, with one PageRank step over their similarities to the
// graph's sentences (as if their edges had been added without changing the
// graph's scores), so that every candidate still gets a comparable score.
constexpr int kMaxGraphSentences = 2000;

// One Snowball English stemmer per thread: libstemmer stemmers keep state
// and are not thread-safe.
class Stemmer {
 public:
  Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {}
  ~Stemmer() { sb_stemmer_delete(stemmer_); }
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a lower-case UTF-8 word; the word itself if stemming fails.
  std::string Stem(const std::string& word) {
    if (stemmer_ == nullptr) return word;
    const sb_symbol* stem = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
        static_cast<int>(word.size()));
    if (stem == nullptr) return word;
    return std::string(reinterpret_cast<const char*>(stem),
                       sb_stemmer_length(stemmer_));
  }

 private:
  sb_stemmer* stemmer_;
};

Stemmer& ThreadStemmer() {
  thread_local Stemmer stemmer;
  return stemmer;
}

constexpr std::string_view kRightQuote = "\u2019";

// NFKC case folding (which also maps compatibility forms such as ligatures
// and full-width letters, and drops soft hyphens), then U+2019 apostrophes
// to ASCII ones, the form the stopword list and the stemmer expect.
std::string FoldWord(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* fold =
      icu::Normalizer2::getNFKCCasefoldInstance(status);
  std::string folded;
  if (U_SUCCESS(status)) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    icu::UnicodeString out = fold->normalize(u, status);
    if (U_SUCCESS(status)) out.toUTF8String(folded);
  }
  if (!U_SUCCESS(status)) folded.assign(word);
  if (folded.find(kRightQuote) == std::string::npos) return folded;
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size();) {
    if (folded.compare(i, kRightQuote.size(), kRightQuote) == 0) {
      out += '\'';
      i += kRightQuote.size();
    } else {
      out += folded[i++];
    }
  }
  return out;
}

// Maps words to term ids: ids are given in order of first appearance, so
// nothing depends on hash-map iteration order. Not thread-safe; one per call.
class TermTable {
 public:
  static constexpr int kNoTerm = -1;

  // The term of `word` (text of a Word with a letter), or kNoTerm for a
  // stopword.
  int Lookup(std::string_view word) {
    absl::string_view key(word.data(), word.size());
    auto it = by_word_.find(key);
    if (it != by_word_.end()) return it->second;
    const int term = Compute(word);
    by_word_.emplace(key, term);
    return term;
  }

  int size() const { return static_cast<int>(by_stem_.size()); }

 private:
  int Compute(std::string_view word) {
    std::string folded = FoldWord(word);
    if (IsEnglishStopword(folded)) return kNoTerm;
    if (folded.size() > 2 && folded.compare(folded.size() - 2, 2, "'s") == 0) {
      folded.resize(folded.size() - 2);
      if (folded.empty() || IsEnglishStopword(folded)) return kNoTerm;
    }
    std::string stem = ThreadStemmer().Stem(folded);
    auto [it, inserted] =
        by_stem_.emplace(std::move(stem), static_cast<int>(by_stem_.size()));
    return it->second;
  }

  absl::flat_hash_map<std::string, int> by_word_;
  absl::flat_hash_map<std::string, int> by_stem_;
};

// A unit-length TF-IDF vector, sorted by term.
using SparseVector = std::vector<std::pair<int, double>>;

// Similarity edges of the graph in compressed rows: row i is
// [row_begin[i], row_begin[i + 1]) of `to` and `weight`, sorted by `to`.
struct Graph {
  std::vector<size_t> row_begin;
  std::vector<int> to;
  std::vector<float> weight;
  std::vector<double> out_weight;  // row sums
};

// For each term, the graph sentences that contain it, with their weights.
using Postings = std::vector<std::vector<std::pair<int, double>>>;

// Accumulates the cosine similarities of `v` with every graph sentence
// into `sums` (indexed by graph sentence) and lists the sentences touched,
// in increasing order.
void Similarities(const SparseVector& v, const Postings& postings,
                  std::vector<double>& sums, std::vector<int>& touched) {
  touched.clear();
  for (const auto& [term, w] : v) {
    for (const auto& [j, wj] : postings[term]) {
      if (sums[j] == 0) touched.push_back(j);
      sums[j] += w * wj;
    }
  }
  std::sort(touched.begin(), touched.end());
}

Graph BuildGraph(const std::vector<SparseVector>& vectors, int n,
                 const Postings& postings) {
  Graph g;
  g.row_begin.reserve(n + 1);
  g.out_weight.assign(n, 0.0);
  std::vector<double> sums(n, 0.0);
  std::vector<int> touched;
  g.row_begin.push_back(0);
  for (int i = 0; i < n; ++i) {
    Similarities(vectors[i], postings, sums, touched);
    for (int j : touched) {
      if (j != i && sums[j] > 0) {
        g.to.push_back(j);
        g.weight.push_back(static_cast<float>(sums[j]));
        g.out_weight[i] += g.weight.back();
      }
      sums[j] = 0;
    }
    g.row_begin.push_back(g.to.size());
  }
  return g;
}

// PageRank with teleport vector `teleport` (sums to 1). Rows with no edges
// (sentences similar to no other) spread their score by `teleport`.
std::vector<double> PageRank(const Graph& g,
                             const std::vector<double>& teleport) {
  const int n = static_cast<int>(teleport.size());
  std::vector<double> score = teleport;
  std::vector<double> next(n);
  for (int iter = 0; iter < kMaxIterations; ++iter) {
    double dangling = 0;
    std::fill(next.begin(), next.end(), 0.0);
    for (int i = 0; i < n; ++i) {
      if (g.out_weight[i] <= 0) {
        dangling += score[i];
        continue;
      }
      const double share = score[i] / g.out_weight[i];
      for (size_t e = g.row_begin[i]; e < g.row_begin[i + 1]; ++e) {
        next[g.to[e]] += share * g.weight[e];
      }
    }
    double change = 0;
    for (int j = 0; j < n; ++j) {
      next[j] = (1 - kDamping) * teleport[j] +
                kDamping * (next[j] + dangling * teleport[j]);
      change += std::abs(next[j] - score[j]);
    }
    score.swap(next);
    if (change < kTolerance) break;
  }
  return score;
}

}  // namespace

Summary Summarize(std::string_view text, const Segmentation& seg,
                  const SummaryOptions& options) {
  Summary summary;
  const int num_sentences = static_cast<int>(seg.sentences.size());

  // Candidates: body sentences of at least kMinCandidateWords words.
  std::vector<int> words_in(num_sentences, 0);
  for (const Word& w : seg.words) {
    if (w.sentence >= 0 && w.sentence < num_sentences) ++words_in[w.sentence];
  }
  std::vector<int> candidate_of(num_sentences, -1);
  std::vector<int> candidates;  // sentence indexes, in text order
  for (int s = 0; s < num_sentences; ++s) {
    const int block = seg.sentences[s].block;
    if (block < 0 || block >= static_cast<int>(seg.blocks.size()) ||
        seg.blocks[block].kind != BlockKind::kBody ||
        words_in[s] < kMinCandidateWords) {
      continue;
    }
    candidate_of[s] = static_cast<int>(candidates.size());
    candidates.push_back(s);
  }
  const int n = static_cast<int>(candidates.size());
  summary.candidates = n;
  if (n == 0) return summary;

  // Term counts per candidate.
  TermTable terms;
  std::vector<std::vector<int>> term_lists(n);
  for (const Word& w : seg.words) {
    if (!w.has_letter || w.sentence < 0 || w.sentence >= num_sentences ||
        w.end > text.size() || w.begin >= w.end) {
      continue;
    }
    const int c = candidate_of[w.sentence];
    if (c < 0) continue;
    const int term = terms.Lookup(text.substr(w.begin, w.end - w.begin));
    if (term != TermTable::kNoTerm) term_lists[c].push_back(term);
  }

  // TF-IDF vectors, with the candidates as documents and smoothed IDF.
  std::vector<SparseVector> vectors(n);
  std::vector<int> df(terms.size(), 0);
  for (int c = 0; c < n; ++c) {
    std::vector<int>& list = term_lists[c];
    std::sort(list.begin(), list.end());
    for (size_t k = 0; k < list.size(); ++k) {
      if (k == 0 || list[k] != list[k - 1]) {
        vectors[c].push_back({list[k], 0.0});
        ++df[list[k]];
      }
      vectors[c].back().second += 1;  // raw term frequency
    }
    std::vector<int>().swap(list);
  }
  std::vector<double> idf(terms.size());
  for (int t = 0; t < terms.size(); ++t) {
    idf[t] = std::log((1.0 + n) / (1.0 + df[t])) + 1.0;
  }
  for (SparseVector& v : vectors) {
    double norm = 0;
    for (auto& [t, w] : v) {
      w *= idf[t];
      norm += w * w;
    }
    norm = std::sqrt(norm);
    for (auto& [t, w] : v) w /= norm;
  }

  // The graph over the first kMaxGraphSentences candidates.
  const int g_n = std::min(n, kMaxGraphSentences);
  Postings postings(terms.size());
  for (int c = 0; c < g_n; ++c) {
    for (const auto& [t, w] : vectors[c]) postings[t].push_back({c, w});
  }
  const Graph graph = BuildGraph(vectors, g_n, postings);

  std::vector<double> teleport(n);
  double teleport_sum = 0;
  for (int c = 0; c < g_n; ++c) {
    teleport[c] = 1.0 + kLeadBias / (1.0 + c);
    teleport_sum += teleport[c];
  }
  for (int c = 0; c < n; ++c) {
    if (c >= g_n) teleport[c] = 1.0;
    teleport[c] /= teleport_sum;
  }
  std::vector<double> graph_teleport(teleport.begin(), teleport.begin() + g_n);
  std::vector<double> score = PageRank(graph, graph_teleport);
  score.resize(n);

  // Candidates past the cap: one PageRank step from the graph's scores.
  if (n > g_n) {
    double dangling = 0;
    for (int i = 0; i < g_n; ++i) {
      if (graph.out_weight[i] <= 0) dangling += score[i];
    }
    std::vector<double> sums(g_n, 0.0);
    std::vector<int> touched;
    for (int c = g_n; c < n; ++c) {
      Similarities(vectors[c], postings, sums, touched);
      double in = 0;
      for (int i : touched) {
        if (graph.out_weight[i] > 0) {
          in += score[i] / graph.out_weight[i] * sums[i];
        }
        sums[i] = 0;
      }
      score[c] = (1 - kDamping) * teleport[c] +
                 kDamping * (in + dangling * teleport[c]);
    }
  }

  // Rank: highest score first, ties by text order.
  std::vector<int> order(n);
  for (int c = 0; c < n; ++c) order[c] = c;
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return score[a] > score[b]; });
  const int k = std::clamp(options.max_sentences, 0, n);
  std::vector<int> rank(n, 0);
  for (int r = 0; r < k; ++r) rank[order[r]] = r + 1;
  for (int c = 0; c < n; ++c) {
    if (rank[c] > 0) {
      summary.sentences.push_back({candidates[c], score[c], rank[c]});
    }
  }
  return summary;
}

}  // namespace textanalytics::core
