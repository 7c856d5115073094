// Keyword frequency: normalised terms (words and n-grams of up to three
// words), their counts per text and over a corpus, rankings over those
// counts, and term look-up with concordance lines.
//
// Normalisation of one word (a Word of the segmenter):
//  - Unicode NFKC and full case folding (ICU; plain ASCII lower-casing for
//    ASCII words, which gives the same result); U+2019, U+02BC and U+FF07
//    become the ASCII apostrophe, U+2010 and U+2011 the ASCII hyphen;
//  - a final "'s" is dropped ("China’s" -> "china"; also "it's" -> "it":
//    possessive and contracted "is" cannot be told apart);
//  - a word whose first character is a number (Unicode category N: "8,000",
//    "1.4bn", "1990s"; not "G20") is a number: left out unless
//    TermOptions::include_numbers;
//  - a word is a stopword when its folded form, with or without the final
//    "'s", is in the stopword list;
//  - the surface form is the folded word without "'s"; the key is the
//    surface form (kLowercase) or its Snowball English stem (kStem; numbers
//    are not stemmed). Hyphenated compounds stay one word ("data-rich").
// An n-gram is n consecutive words of one sentence with only white space
// between each two (no punctuation), none of them an excluded number, whose
// first and last words are not stopwords ("rule of law" yes, "of the data"
// no). Its key and surface form are its words' keys and surface forms
// joined by one space.
//
// Everything here is thread-safe except where a class says otherwise
// (libstemmer is not; each thread uses its own stemmer).
#ifndef TEXTANALYTICS_SERVICE_CORE_KEYWORDS_H_
#define TEXTANALYTICS_SERVICE_CORE_KEYWORDS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "service/core/segmenter.h"
#include "service/core/stats.h"

namespace textanalytics::core {

// The shipped English list, relative to the source root: the Snowball
// project's English stop word list
// (https://snowballstem.org/algorithms/english/stop.txt, BSD licence).
inline constexpr std::string_view kEnglishStopwordsPath =
    "data/stopwords/en.txt";

// A set of case-folded stopwords. Copyable; thread-safe to read once
// built.
class StopwordList {
 public:
  StopwordList() = default;  // empty: no stopwords (the NONE option)

  // Adds `word`, folded like counted words (NFKC case folding, apostrophes).
  void Add(std::string_view word);

  // Whether `folded_word` (folded as above) is in the list.
  bool Contains(std::string_view folded_word) const;

  size_t size() const { return words_.size(); }

 private:
  absl::flat_hash_set<std::string> words_;
};

// Reads a stopword file: UTF-8, one word a line, "#" starts a comment, blank
// lines ignored. NotFoundError if the file cannot be read,
// InvalidArgumentError for invalid UTF-8 or a line of more than one word.
absl::StatusOr<StopwordList> LoadStopwords(const std::string& path);

enum class Normalization { kLowercase, kStem };

// How words become terms. `stopwords` may be null (no stopwords); it must
// outlive every use of the options.
struct TermOptions {
  Normalization normalization = Normalization::kStem;
  const StopwordList* stopwords = nullptr;
  bool include_numbers = false;
  int max_ngram = 1;           // count n-grams of 1..max_ngram words (1..3)
  Scope scope = Scope::kBody;  // which blocks' words are counted
};

// The case-folded form of one word (NFKC case folding and the apostrophe
// and hyphen mapping above; the final "'s" is kept).
std::string FoldWord(std::string_view word);

// One surface form of a term and how often it occurred.
struct SurfaceCount {
  std::string form;
  int64_t count = 0;

  bool operator==(const SurfaceCount&) const = default;
};

struct Term {
  std::string key;  // normalised: words' keys joined by one space
  int n = 1;        // words
  int64_t count = 0;
  int64_t doc_freq = 0;  // documents with the term: 1 for one text
  // Count descending, then form ascending; surfaces[0] is the display form.
  std::vector<SurfaceCount> surfaces;

  const std::string& display() const { return surfaces.front().form; }
  bool operator==(const Term&) const = default;
};

// The term counts of one text (from CountTerms or CountUnigramsFast) or of a
// corpus (from CorpusCounter). Immutable; thread-safe to read.
//
// Precomputed: for each n, the terms in FREQUENCY order (count descending,
// then key ascending, byte-wise), and a key index.
class TermCounts {
 public:
  TermCounts() = default;

  // Word tokens of the counted blocks, stopwords and numbers included: the
  // denominator of "per 10,000 words".
  int64_t words() const { return words_; }
  // Texts counted: 1 for a text, the corpus size for a corpus.
  int64_t documents() const { return documents_; }
  // Highest n counted.
  int max_ngram() const { return max_ngram_; }

  // Terms of `n` words (1..3; empty if not counted), in FREQUENCY order.
  std::span<const Term> terms(int n) const;
  // The term with `key`, or null.
  const Term* Find(std::string_view key) const;

 private:
  friend class TermCounter;
  friend class CorpusCounter;
  void Finish();

  int64_t words_ = 0;
  int64_t documents_ = 0;
  int max_ngram_ = 1;
  std::array<std::vector<Term>, 3> terms_;
  absl::flat_hash_map<std::string, std::pair<int, int>> index_;  // n-1, i
};

// Counts the terms of `text` (segmented as `seg`) in the blocks of
// options.scope, in one pass over the words; each distinct word is
// normalised once.
TermCounts CountTerms(std::string_view text, const Segmentation& seg,
                      const TermOptions& options);

// Counts the unigrams of every word of `text` without segmenting it into
// sentences and blocks: the same result as CountTerms(text, Segment(text),
// options) with scope kAllText and max_ngram 1, several times faster.
// Ignores options.scope and options.max_ngram. Checks the text is UTF-8 in
// the same pass: InvalidArgumentError with the byte offset FindInvalidUtf8
// gives if not. With threads = 2, texts of 4 MiB or more are counted by
// two threads taking chunks of 1 MiB in turn (faster only when a core is
// free; on a loaded machine one thread is as fast).
absl::StatusOr<TermCounts> CountUnigramsFast(std::string_view text,
                                             const TermOptions& options,
                                             int threads = 1);

// Sums the counts of documents into corpus counts with document frequencies.
// Not thread-safe.
class CorpusCounter {
 public:
  // Adds one document's counts (all counted with the same options).
  void Add(const TermCounts& doc);
  // The corpus counts; the counter is empty afterwards.
  TermCounts Finish();

 private:
  struct Entry {
    int n = 1;
    int64_t count = 0;
    int64_t doc_freq = 0;
    absl::flat_hash_map<std::string, int64_t> surfaces;
  };
  int64_t words_ = 0;
  int64_t documents_ = 0;
  int max_ngram_ = 1;
  absl::flat_hash_map<std::string, Entry> entries_;
};

// ---------------------------------------------------------------- Ranking

enum class Ranking {
  // Count descending, then key ascending. Score = count.
  kFrequency,
  // Document scope: score = count * idf, idf = ln((1 + N) / (1 + df)) + 1
  // (the smoothed idf of scikit-learn), N = corpus documents, df = corpus
  // document frequency (0 for a term the corpus lacks).
  // Corpus scope: the sum of that score over all documents, which is the
  // corpus count * idf: a term concentrated in few documents ranks above a
  // term as frequent spread over all of them (idf 1 when df = N).
  kTfIdf,
  // Dunning's log-likelihood G² of the term's count in the scope against a
  // reference: a = scope count, c = scope words, b = reference count,
  // d = reference words; E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d);
  // G² = 2 (a ln(a/E1) + b ln(b/E2)) with 0 ln 0 = 0. Negated when the term
  // is relatively rarer in the scope than in the reference (a/c < b/d), so
  // over-represented terms rank first. The reference is the background
  // table if one is given, else the rest of the corpus (corpus minus scope;
  // the whole corpus when RankOptions::scope_in_corpus is false).
  kDistinctive,
};

// Counts of a reference text collection (a general-English frequency table,
// for example) for kDistinctive. Implementations must be thread-safe.
class ReferenceCounts {
 public:
  virtual ~ReferenceCounts() = default;
  // Occurrences of the term `key` (normalised as the scope's terms).
  virtual int64_t Count(std::string_view key) const = 0;
  // Word tokens of the collection.
  virtual int64_t words() const = 0;
};

struct RankOptions {
  Ranking ranking = Ranking::kFrequency;
  std::vector<int> ngram_sizes = {1};  // each 1..max_ngram of the counts
  int64_t min_count = 1;
  int offset = 0;  // keywords to skip (for paging)
  int limit = 20;  // at most this many keywords
  // Whether the scope's counts are part of the corpus counts (a corpus
  // document). If not (a text sent inline), kDistinctive compares it with
  // the whole corpus instead of the corpus minus the scope.
  bool scope_in_corpus = true;
};

struct Keyword {
  std::string display;  // most frequent surface form
  std::string key;
  int n = 1;
  int64_t count = 0;
  double per_10k_words = 0;
  // Corpus document frequency when a corpus is given, else the scope's.
  int64_t doc_freq = 0;
  double score = 0;
  std::vector<SurfaceCount> surfaces;
};

struct KeywordPage {
  std::vector<Keyword> keywords;
  int64_t total = 0;  // terms that pass the size and min_count filters
};

// Ranks the terms of `scope`. `corpus` (may be null, or equal to &scope for
// the corpus scope) gives document frequencies, N for kTfIdf and the rest of
// the corpus for kDistinctive; `background` (may be null) replaces the rest
// of the corpus for kDistinctive. Order: score descending, then count
// descending, then key ascending; deterministic.
// Cost: kFrequency walks the precomputed order, O(offset + limit) per size
// (and O(log V) for `total`); the others score every term of the requested
// sizes, O(V log(offset + limit)).
// Errors: InvalidArgumentError for an n-gram size outside 1..3 or above the
// counted max_ngram, a negative offset or limit; FailedPreconditionError for
// kTfIdf without a corpus and for kDistinctive over the corpus scope (or
// without a corpus) when there is no background.
absl::StatusOr<KeywordPage> RankKeywords(const TermCounts& scope,
                                         const TermCounts* corpus,
                                         const ReferenceCounts* background,
                                         const RankOptions& options);

// ------------------------------------------------------ Term look-up, KWIC

// The key of a query term or phrase: its words (as the segmenter finds them)
// normalised like counted words with `normalization`, joined by one space.
// Stopwords and numbers are kept ("the", "8,000"), "'s" is dropped, and
// punctuation between the words is ignored ("rule, of law" is "rule of
// law", which then matches only "rule of law" in a text).
// InvalidArgumentError when `term` has no word (empty, or only punctuation
// or spaces).
absl::StatusOr<std::string> NormalizeTerm(std::string_view term,
                                          Normalization normalization);

// One occurrence of a term in a text.
struct TermMatch {
  int first_word = 0;  // index into Segmentation::words
  int last_word = 0;   // inclusive
  size_t begin = 0;    // byte offsets of the occurrence
  size_t end = 0;
  int sentence = 0;
  int block = 0;
};

// Finds the occurrences of one normalised term (from NormalizeTerm) in
// segmented texts, in O(words) per text: its words in order, each two adjacent
// as in n-grams (same sentence, only white space between). Overlapping
// occurrences all count. Caches word normalisations across texts; not
// thread-safe (one per thread).
class TermFinder {
 public:
  TermFinder(std::string_view key, Normalization normalization,
             Scope scope = Scope::kAllText);
  ~TermFinder();

  std::vector<TermMatch> Find(std::string_view text, const Segmentation& seg);

 private:
  struct Cache;
  std::vector<std::string> keys_;
  Scope scope_;
  std::unique_ptr<Cache> cache_;
};

// A key-word-in-context line: the match with up to `context_words` words on
// each side, taken from the match's block (paragraph) only.
struct ConcordanceLine {
  size_t left_begin = 0;  // start of the first left context word
  size_t match_begin = 0;
  size_t match_end = 0;
  size_t right_end = 0;  // end of the last right context word
  int sentence = 0;
  int block = 0;
  std::string_view left;   // text[left_begin, match_begin)
  std::string_view match;  // text[match_begin, match_end)
  std::string_view right;  // text[match_end, right_end)
};

ConcordanceLine MakeConcordanceLine(std::string_view text,
                                    const Segmentation& seg,
                                    const TermMatch& match, int context_words);

}  // namespace textanalytics::core

#endif  // TEXTANALYTICS_SERVICE_CORE_KEYWORDS_H_
