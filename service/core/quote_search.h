// Reading quotations back: counts for statistics, speakers, speaker filters
// and a BM25 search index over the quoted words.
//
// Everything here is built once (at corpus load, or for one request's text)
// and then only read: thread-safe after construction.
#ifndef TEXTANALYTICS_SERVICE_CORE_QUOTE_SEARCH_H_
#define TEXTANALYTICS_SERVICE_CORE_QUOTE_SEARCH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "service/core/keywords.h"
#include "service/core/quotes.h"
#include "service/core/segmenter.h"
#include "service/core/stats.h"

namespace textanalytics::core {

// Words of `seg` inside the quoted parts of `quote`.
int64_t QuotedWords(const Segmentation& seg, const Quote& quote);

// Quotation counts of any number of texts, for TextStats. Not thread-safe.
class QuoteCounter {
 public:
  void Add(const Segmentation& seg, const std::vector<Quote>& quotes);
  // Sets stats->quotes, speakers, quoted_words and quoted_word_share (of
  // stats->words).
  void Finish(TextStats* stats) const;

 private:
  int64_t quotes_ = 0;
  int64_t quoted_words_ = 0;
  absl::flat_hash_set<std::string> speakers_;  // folded names
};

// Whether `quote`'s speaker is the one `filter` names: its canonical name,
// one of its words (a surname), or a capitalised mention of it, compared
// case-insensitively. An empty filter matches every quotation.
bool SpeakerMatches(const Quote& quote, std::string_view filter);

// Someone quoted, over a set of texts.
struct QuotedSpeaker {
  std::string name;
  std::vector<std::string> descriptions;  // distinct, in first-seen order
  std::vector<std::string> mentions;      // distinct, in first-seen order
  int quotes = 0;                         // DIRECT and PARTIAL
  int64_t quoted_words = 0;
  std::vector<int> documents;  // the caller's document indices, ascending
  bool organization = false;
};

// Gathers the speakers of DIRECT and PARTIAL quotations, keyed by folded
// canonical name. Not thread-safe.
class SpeakerCounter {
 public:
  void Add(int document, const Segmentation& seg,
           const std::vector<Quote>& quotes);
  // Most quotations first, then by name.
  std::vector<QuotedSpeaker> Finish() const;

 private:
  absl::flat_hash_map<std::string, QuotedSpeaker> speakers_;
};

// BM25 (k1 = 1.2, b = 0.75) over the quoted words of many texts' quotations.
// Words are normalised as keywords are with kStem, stopwords left out.
class QuoteSearchIndex {
 public:
  // `stopwords` may be null; it must outlive the index.
  explicit QuoteSearchIndex(const StopwordList* stopwords);

  // Adds the quotations of one text; `document` is the caller's index.
  void Add(int document, std::string_view text, const Segmentation& seg,
           const std::vector<Quote>& quotes);

  struct Hit {
    int document = 0;
    int quote = 0;  // index into that text's quotations
    double score = 0;
    // Matched words, as byte ranges of Quote::Text().
    std::vector<TextSpan> highlights;
  };

  // Quotations with at least one query word that `accept(document, quote)`
  // lets through, best first (ties by document, then quote).
  template <typename Accept>
  std::vector<Hit> Search(std::string_view query, Accept accept) const;

  // The query's normalised words; empty if it has none.
  std::vector<std::string> QueryTerms(std::string_view query) const;

 private:
  struct Token {
    int term;
    TextSpan span;  // in Quote::Text() coordinates
  };
  struct Entry {
    int document;
    int quote;
    int length;  // tokens
    std::vector<Token> tokens;
  };
  struct Posting {
    int entry;
    int tf;
  };

  int TermId(const std::string& key);
  std::vector<Hit> Score(const std::vector<int>& terms,
                         const std::vector<bool>& accepted) const;

  const StopwordList* stopwords_;
  absl::flat_hash_map<std::string, int> term_ids_;
  std::vector<std::vector<Posting>> postings_;  // by term id
  std::vector<Entry> entries_;
  int64_t total_length_ = 0;
};

template <typename Accept>
std::vector<QuoteSearchIndex::Hit> QuoteSearchIndex::Search(
    std::string_view query, Accept accept) const {
  std::vector<int> terms;
  for (const std::string& key : QueryTerms(query)) {
    auto it = term_ids_.find(key);
    if (it != term_ids_.end()) terms.push_back(it->second);
  }
  std::vector<bool> accepted(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    accepted[i] = accept(entries_[i].document, entries_[i].quote);
  }
  return Score(terms, accepted);
}

}  // namespace textanalytics::core

#endif  // TEXTANALYTICS_SERVICE_CORE_QUOTE_SEARCH_H_
