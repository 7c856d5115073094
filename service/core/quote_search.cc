#include "service/core/quote_search.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/ascii.h"
#include "service/core/keywords_normalize.h"

namespace textanalytics::core {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

std::string Folded(std::string_view s) {
  return absl::AsciiStrToLower(absl::string_view(s.data(), s.size()));
}

bool IsDirectOrPartial(const Quote& q) { return q.kind != QuoteKind::kTerm; }

// Visits the words of `seg` inside each part of `quote`, with the part's
// index.
template <typename Visit>
void ForEachQuotedWord(const Segmentation& seg, const Quote& quote,
                       Visit visit) {
  for (size_t p = 0; p < quote.parts.size(); ++p) {
    const TextSpan& part = quote.parts[p];
    auto it = std::lower_bound(
        seg.words.begin(), seg.words.end(), part.begin,
        [](const Word& w, size_t offset) { return w.begin < offset; });
    for (; it != seg.words.end() && it->end <= part.end; ++it) visit(p, *it);
  }
}

void AddDistinct(const std::string& value, std::vector<std::string>* values) {
  if (value.empty()) return;
  if (std::find(values->begin(), values->end(), value) == values->end()) {
    values->push_back(value);
  }
}

}  // namespace

int64_t QuotedWords(const Segmentation& seg, const Quote& quote) {
  int64_t n = 0;
  ForEachQuotedWord(seg, quote, [&n](size_t, const Word&) { ++n; });
  return n;
}

void QuoteCounter::Add(const Segmentation& seg,
                       const std::vector<Quote>& quotes) {
  for (const Quote& q : quotes) {
    ++quotes_;
    // (The share is of body words: a headline's repeat is not counted.)
    if (q.first_block < static_cast<int>(seg.blocks.size()) &&
        seg.blocks[q.first_block].kind == BlockKind::kBody) {
      quoted_words_ += QuotedWords(seg, q);
    }
    if (IsDirectOrPartial(q) && !q.speaker.name.empty()) {
      speakers_.insert(Folded(q.speaker.name));
    }
  }
}

void QuoteCounter::Finish(TextStats* stats) const {
  stats->quotes = quotes_;
  stats->speakers = static_cast<int64_t>(speakers_.size());
  stats->quoted_words = quoted_words_;
  stats->quoted_word_share =
      stats->words > 0 ? std::min(1.0, static_cast<double>(quoted_words_) /
                                           static_cast<double>(stats->words))
                       : 0;
}

bool SpeakerMatches(const Quote& quote, std::string_view filter) {
  if (filter.empty()) return true;
  const std::string want = Folded(filter);
  const std::string name = Folded(quote.speaker.name);
  if (name.empty()) return false;
  if (name == want) return true;
  // One word of the name: a surname or a first name.
  size_t start = 0;
  while (start <= name.size()) {
    size_t end = name.find(' ', start);
    if (end == std::string::npos) end = name.size();
    if (name.compare(start, end - start, want) == 0) return true;
    start = end + 1;
  }
  const std::string& mention = quote.speaker.mention;
  return !mention.empty() && absl::ascii_isupper(mention[0]) &&
         Folded(mention) == want;
}

void SpeakerCounter::Add(int document, const Segmentation& seg,
                         const std::vector<Quote>& quotes) {
  for (const Quote& q : quotes) {
    if (!IsDirectOrPartial(q) || q.speaker.name.empty()) continue;
    QuotedSpeaker& s = speakers_[Folded(q.speaker.name)];
    if (s.name.empty()) s.name = q.speaker.name;
    AddDistinct(q.speaker.description, &s.descriptions);
    AddDistinct(q.speaker.mention, &s.mentions);
    ++s.quotes;
    s.quoted_words += QuotedWords(seg, q);
    if (s.documents.empty() || s.documents.back() != document) {
      s.documents.push_back(document);
    }
    s.organization = s.organization || q.speaker.organization;
  }
}

std::vector<QuotedSpeaker> SpeakerCounter::Finish() const {
  std::vector<QuotedSpeaker> out;
  out.reserve(speakers_.size());
  for (const auto& [key, speaker] : speakers_) out.push_back(speaker);
  std::sort(out.begin(), out.end(),
            [](const QuotedSpeaker& a, const QuotedSpeaker& b) {
              if (a.quotes != b.quotes) return a.quotes > b.quotes;
              return a.name < b.name;
            });
  return out;
}

QuoteSearchIndex::QuoteSearchIndex(const StopwordList* stopwords)
    : stopwords_(stopwords) {}

int QuoteSearchIndex::TermId(const std::string& key) {
  auto [it, inserted] =
      term_ids_.emplace(key, static_cast<int>(postings_.size()));
  if (inserted) postings_.emplace_back();
  return it->second;
}

void QuoteSearchIndex::Add(int document, std::string_view text,
                           const Segmentation& seg,
                           const std::vector<Quote>& quotes) {
  for (size_t i = 0; i < quotes.size(); ++i) {
    const Quote& q = quotes[i];
    Entry entry{document, static_cast<int>(i), 0, {}};
    // Where each part starts in Quote::Text() (parts joined by "\n").
    std::vector<size_t> part_start(q.parts.size());
    for (size_t p = 0, at = 0; p < q.parts.size(); ++p) {
      part_start[p] = at;
      at += q.parts[p].end - q.parts[p].begin + 1;
    }
    ForEachQuotedWord(seg, q, [&](size_t p, const Word& w) {
      keywords_internal::NormalizedWord n = keywords_internal::NormalizeWord(
          text.substr(w.begin, w.end - w.begin), Normalization::kStem,
          stopwords_);
      if (n.stopword || n.key.empty()) return;
      const size_t base = part_start[p] - q.parts[p].begin;
      entry.tokens.push_back({TermId(n.key), {w.begin + base, w.end + base}});
    });
    entry.length = static_cast<int>(entry.tokens.size());
    total_length_ += entry.length;
    const int id = static_cast<int>(entries_.size());
    // Postings are built in entry order, so each list stays sorted.
    for (const Token& t : entry.tokens) {
      std::vector<Posting>& list = postings_[t.term];
      if (list.empty() || list.back().entry != id) {
        list.push_back({id, 1});
      } else {
        ++list.back().tf;
      }
    }
    entries_.push_back(std::move(entry));
  }
}

std::vector<std::string> QuoteSearchIndex::QueryTerms(
    std::string_view query) const {
  std::vector<std::string> keys;
  const Segmentation seg = Segment(query);
  for (const Word& w : seg.words) {
    keywords_internal::NormalizedWord n =
        keywords_internal::NormalizeWord(query.substr(w.begin, w.end - w.begin),
                                         Normalization::kStem, stopwords_);
    if (n.stopword || n.key.empty()) continue;
    if (std::find(keys.begin(), keys.end(), n.key) == keys.end()) {
      keys.push_back(std::move(n.key));
    }
  }
  return keys;
}

std::vector<QuoteSearchIndex::Hit> QuoteSearchIndex::Score(
    const std::vector<int>& terms, const std::vector<bool>& accepted) const {
  const double n = static_cast<double>(entries_.size());
  const double avg_length =
      entries_.empty() ? 1 : std::max(1.0, total_length_ / n);
  absl::flat_hash_map<int, double> scores;
  for (int term : terms) {
    const std::vector<Posting>& list = postings_[term];
    const double df = static_cast<double>(list.size());
    const double idf = std::log(1 + (n - df + 0.5) / (df + 0.5));
    for (const Posting& p : list) {
      if (!accepted[p.entry]) continue;
      const double norm = 1 - kB + kB * entries_[p.entry].length / avg_length;
      scores[p.entry] += idf * p.tf * (kK1 + 1) / (p.tf + kK1 * norm);
    }
  }
  std::vector<Hit> hits;
  hits.reserve(scores.size());
  for (const auto& [entry, score] : scores) {
    const Entry& e = entries_[entry];
    Hit hit{e.document, e.quote, score, {}};
    for (const Token& t : e.tokens) {
      if (std::find(terms.begin(), terms.end(), t.term) != terms.end()) {
        hit.highlights.push_back(t.span);
      }
    }
    hits.push_back(std::move(hit));
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.document != b.document) return a.document < b.document;
    return a.quote < b.quote;
  });
  return hits;
}

}  // namespace textanalytics::core
