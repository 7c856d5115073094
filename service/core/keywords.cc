#include "service/core/keywords.h"

#include <libstemmer.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "service/core/keywords_normalize.h"
#include "service/core/segmenter_chars.h"
#include "service/core/utf8.h"
#include "unicode/normalizer2.h"
#include "unicode/unistr.h"

namespace textanalytics::core {
namespace keywords_internal {
namespace {

// One Snowball English stemmer per thread: libstemmer stemmers keep state
// and are not thread-safe.
class Stemmer {
 public:
  Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {}
  ~Stemmer() { sb_stemmer_delete(stemmer_); }
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  std::string Stem(std::string_view word) {
    if (stemmer_ == nullptr) return std::string(word);
    const sb_symbol* stem = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
        static_cast<int>(word.size()));
    if (stem == nullptr) return std::string(word);
    return std::string(reinterpret_cast<const char*>(stem),
                       sb_stemmer_length(stemmer_));
  }

 private:
  sb_stemmer* stemmer_;
};

bool StartsWithDigit(std::string_view folded) {
  if (folded.empty()) return false;
  int len;
  const UChar32 c = segmenter_internal::DecodeAt(folded, 0, &len);
  if (c < 0x80) return c >= '0' && c <= '9';
  return (U_GET_GC_MASK(c) & U_GC_N_MASK) != 0;
}

}  // namespace

std::string Stem(std::string_view folded) {
  thread_local Stemmer stemmer;
  return stemmer.Stem(folded);
}

NormalizedWord NormalizeWord(std::string_view word, Normalization normalization,
                             const StopwordList* stopwords) {
  NormalizedWord out;
  out.surface = FoldWord(word);
  out.stopword = stopwords != nullptr && stopwords->Contains(out.surface);
  const std::string_view s = out.surface;
  if (s.size() > 2 && s.substr(s.size() - 2) == "'s") {
    out.surface.resize(s.size() - 2);
    out.stopword = out.stopword ||
                   (stopwords != nullptr && stopwords->Contains(out.surface));
  }
  out.number = StartsWithDigit(out.surface);
  if (normalization == Normalization::kStem && !out.number) {
    out.key = Stem(out.surface);
  } else {
    out.key = out.surface;
  }
  return out;
}

bool OnlySpace(std::string_view text, size_t begin, size_t end) {
  for (size_t i = begin; i < end;) {
    int len;
    const UChar32 c = segmenter_internal::DecodeAt(text, i, &len);
    if (!segmenter_internal::IsTrimSpace(c)) return false;
    i += len;
  }
  return true;
}

}  // namespace keywords_internal

using keywords_internal::NormalizedWord;
using keywords_internal::WordNormalizer;

// ------------------------------------------------------------ Folding

std::string FoldWord(std::string_view word) {
  std::string folded(word);
  bool ascii = true;
  for (char& c : folded) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  if (ascii) return folded;

  // NFKC case folding also maps compatibility forms (ligatures, full-width
  // letters, U+FF07 to ') and removes default ignorables (soft hyphen,
  // ZWJ).
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* fold =
      icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    icu::UnicodeString out = fold->normalize(u, status);
    if (U_SUCCESS(status)) {
      folded.clear();
      out.toUTF8String(folded);
    }
  }
  if (!U_SUCCESS(status)) folded.assign(word);

  // Apostrophes and hyphens the segmenter joins words with, as ASCII.
  std::string mapped;
  mapped.reserve(folded.size());
  for (size_t i = 0; i < folded.size();) {
    int len;
    const UChar32 c = segmenter_internal::DecodeAt(folded, i, &len);
    if (c == 0x2019 || c == 0x02BC) {
      mapped += '\'';
    } else if (c == 0x2010 || c == 0x2011) {
      mapped += '-';
    } else {
      mapped.append(folded, i, len);
    }
    i += len;
  }
  return mapped;
}

// ---------------------------------------------------------- Stopwords

void StopwordList::Add(std::string_view word) { words_.insert(FoldWord(word)); }

bool StopwordList::Contains(std::string_view folded_word) const {
  return words_.contains(
      absl::string_view(folded_word.data(), folded_word.size()));
}

absl::StatusOr<StopwordList> LoadStopwords(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat("cannot read the stopword file ", path,
                     "; give the path of a list such as ",
                     std::string(kEnglishStopwordsPath)));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = std::move(buffer).str();
  if (std::optional<size_t> bad = FindInvalidUtf8(text)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "stopword file ", path, " is not UTF-8 (byte ", *bad, ")"));
  }
  StopwordList list;
  size_t line_begin = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // a BOM
  int line_number = 0;
  while (line_begin < text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string::npos) line_end = text.size();
    ++line_number;
    std::string_view line(text.data() + line_begin, line_end - line_begin);
    line_begin = line_end + 1;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    while (!line.empty() &&
           (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.remove_suffix(1);
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
      line.remove_prefix(1);
    }
    if (line.empty()) continue;
    if (line.find_first_of(" \t") != std::string_view::npos) {
      return absl::InvalidArgumentError(
          absl::StrCat("stopword file ", path, " line ", line_number,
                       ": one word a line, found \"", std::string(line), "\""));
    }
    list.Add(line);
  }
  return list;
}

// ---------------------------------------------------------- TermCounts

std::span<const Term> TermCounts::terms(int n) const {
  if (n < 1 || n > 3) return {};
  return terms_[n - 1];
}

const Term* TermCounts::Find(std::string_view key) const {
  auto it = index_.find(absl::string_view(key.data(), key.size()));
  if (it == index_.end()) return nullptr;
  return &terms_[it->second.first][it->second.second];
}

void TermCounts::Finish() {
  index_.clear();
  for (int n = 0; n < 3; ++n) {
    std::vector<Term>& terms = terms_[n];
    for (Term& t : terms) {
      std::sort(t.surfaces.begin(), t.surfaces.end(),
                [](const SurfaceCount& a, const SurfaceCount& b) {
                  if (a.count != b.count) return a.count > b.count;
                  return a.form < b.form;
                });
    }
    std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
      if (a.count != b.count) return a.count > b.count;
      return a.key < b.key;
    });
    for (int i = 0; i < static_cast<int>(terms.size()); ++i) {
      index_.emplace(terms[i].key, std::make_pair(n, i));
    }
  }
}

// ----------------------------------------------------------- Counting

// Counts word ids, then groups them by key. Not thread-safe.
class TermCounter {
 public:
  explicit TermCounter(const TermOptions& options)
      : options_(options),
        normalizer_(options.normalization, options.stopwords) {}

  WordNormalizer& normalizer() { return normalizer_; }

  // Adds `count` occurrences of the unigram of word `id` (if it counts).
  void AddUnigram(int id, int64_t count) {
    const NormalizedWord& w = normalizer_.word(id);
    if (w.stopword || (w.number && !options_.include_numbers)) return;
    if (static_cast<int>(unigrams_.size()) <= id) unigrams_.resize(id + 1);
    unigrams_[id] += count;
  }
  void AddBigram(int a, int b) {
    ++bigrams_[(static_cast<uint64_t>(a) << 32) | static_cast<uint32_t>(b)];
  }
  void AddTrigram(int a, int b, int c) { ++trigrams_[{a, b, c}]; }
  void AddWords(int64_t n) { words_ += n; }

  // Whether word `id` may be part of an n-gram, and start or end one.
  bool InNgram(int id) {
    const NormalizedWord& w = normalizer_.word(id);
    return !(w.number && !options_.include_numbers);
  }
  bool EndsNgram(int id) { return !normalizer_.word(id).stopword; }

  TermCounts Finish();

 private:
  struct Entry {
    int64_t count = 0;
    absl::flat_hash_map<std::string, int64_t> surfaces;
  };
  void Add(int n, std::string key, std::string surface, int64_t count);

  TermOptions options_;
  WordNormalizer normalizer_;
  int64_t words_ = 0;
  std::vector<int64_t> unigrams_;  // by word id
  absl::flat_hash_map<uint64_t, int64_t> bigrams_;
  absl::flat_hash_map<std::array<int, 3>, int64_t> trigrams_;
  std::array<absl::flat_hash_map<std::string, Entry>, 3> entries_;
};

void TermCounter::Add(int n, std::string key, std::string surface,
                      int64_t count) {
  Entry& e = entries_[n - 1][key];
  e.count += count;
  e.surfaces[surface] += count;
}

TermCounts TermCounter::Finish() {
  for (int id = 0; id < static_cast<int>(unigrams_.size()); ++id) {
    if (unigrams_[id] == 0) continue;
    const NormalizedWord& w = normalizer_.word(id);
    Add(1, w.key, w.surface, unigrams_[id]);
  }
  for (const auto& [ids, count] : bigrams_) {
    const NormalizedWord& a = normalizer_.word(static_cast<int>(ids >> 32));
    const NormalizedWord& b =
        normalizer_.word(static_cast<int>(ids & 0xFFFFFFFFu));
    Add(2, absl::StrCat(a.key, " ", b.key),
        absl::StrCat(a.surface, " ", b.surface), count);
  }
  for (const auto& [ids, count] : trigrams_) {
    const NormalizedWord& a = normalizer_.word(ids[0]);
    const NormalizedWord& b = normalizer_.word(ids[1]);
    const NormalizedWord& c = normalizer_.word(ids[2]);
    Add(3, absl::StrCat(a.key, " ", b.key, " ", c.key),
        absl::StrCat(a.surface, " ", b.surface, " ", c.surface), count);
  }
  TermCounts out;
  out.words_ = words_;
  out.documents_ = 1;
  out.max_ngram_ = std::clamp(options_.max_ngram, 1, 3);
  for (int n = 0; n < 3; ++n) {
    out.terms_[n].reserve(entries_[n].size());
    for (auto& [key, e] : entries_[n]) {
      Term t;
      t.key = key;
      t.n = n + 1;
      t.count = e.count;
      t.doc_freq = 1;
      t.surfaces.reserve(e.surfaces.size());
      for (auto& [form, c] : e.surfaces) t.surfaces.push_back({form, c});
      out.terms_[n].push_back(std::move(t));
    }
    entries_[n].clear();
  }
  out.Finish();
  return out;
}

TermCounts CountTerms(std::string_view text, const Segmentation& seg,
                      const TermOptions& options) {
  TermCounter counter(options);
  const int max_n = std::clamp(options.max_ngram, 1, 3);
  // The last two words of the current n-gram chain (-1: none).
  int prev = -1, prev2 = -1;
  int prev_word = -1;  // index in seg.words of `prev`
  int64_t words = 0;
  for (int i = 0; i < static_cast<int>(seg.words.size()); ++i) {
    const Word& word = seg.words[i];
    const Sentence& sentence = seg.sentences[word.sentence];
    if (options.scope == Scope::kBody &&
        seg.blocks[sentence.block].kind != BlockKind::kBody) {
      prev = prev2 = -1;
      continue;
    }
    ++words;
    const int id =
        counter.normalizer().Id(text.substr(word.begin, word.end - word.begin));
    counter.AddUnigram(id, 1);
    if (max_n == 1) continue;
    if (!counter.InNgram(id)) {
      prev = prev2 = -1;
      continue;
    }
    if (prev >= 0 && !(seg.words[prev_word].sentence == word.sentence &&
                       keywords_internal::OnlySpace(
                           text, seg.words[prev_word].end, word.begin))) {
      prev = prev2 = -1;
    }
    if (counter.EndsNgram(id)) {
      if (prev >= 0 && counter.EndsNgram(prev)) counter.AddBigram(prev, id);
      if (max_n >= 3 && prev2 >= 0 && counter.EndsNgram(prev2)) {
        counter.AddTrigram(prev2, prev, id);
      }
    }
    prev2 = prev;
    prev = id;
    prev_word = i;
  }
  counter.AddWords(words);
  return counter.Finish();
}

absl::StatusOr<TermCounts> CountUnigramsFast(std::string_view text,
                                             const TermOptions& options,
                                             int threads) {
  TermOptions unigrams = options;
  unigrams.max_ngram = 1;
  unigrams.scope = Scope::kAllText;
  TermCounter counter(unigrams);
  std::optional<size_t> invalid;
  const int64_t words = keywords_internal::ScanWordsFast(
      text,
      [&counter](std::string_view word, int64_t count) {
        if (count != 0)
          counter.AddUnigram(counter.normalizer().Id(word), count);
      },
      &invalid, threads);
  if (invalid.has_value()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "text is not valid UTF-8: invalid byte sequence at byte offset ",
        *invalid));
  }
  counter.AddWords(words);
  return counter.Finish();
}

// ------------------------------------------------------------- Corpus

void CorpusCounter::Add(const TermCounts& doc) {
  words_ += doc.words();
  documents_ += doc.documents();
  max_ngram_ = std::max(max_ngram_, doc.max_ngram());
  for (int n = 1; n <= 3; ++n) {
    for (const Term& t : doc.terms(n)) {
      Entry& e = entries_[t.key];
      e.n = n;
      e.count += t.count;
      e.doc_freq += t.doc_freq;
      for (const SurfaceCount& s : t.surfaces) e.surfaces[s.form] += s.count;
    }
  }
}

TermCounts CorpusCounter::Finish() {
  TermCounts out;
  out.words_ = words_;
  out.documents_ = documents_;
  out.max_ngram_ = max_ngram_;
  for (auto& [key, e] : entries_) {
    Term t;
    t.key = key;
    t.n = e.n;
    t.count = e.count;
    t.doc_freq = e.doc_freq;
    for (auto& [form, c] : e.surfaces) t.surfaces.push_back({form, c});
    out.terms_[e.n - 1].push_back(std::move(t));
  }
  out.Finish();
  *this = CorpusCounter();
  return out;
}

}  // namespace textanalytics::core
