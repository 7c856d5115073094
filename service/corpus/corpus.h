// The corpus: the documents of a directory, analysed once at load.
//
// A Corpus is immutable after Load(), so any number of threads may read it
// without locking. Requests share it through a shared_ptr<const Corpus>.
#ifndef TEXTANALYTICS_SERVICE_CORPUS_CORPUS_H_
#define TEXTANALYTICS_SERVICE_CORPUS_CORPUS_H_

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "service/core/keywords.h"
#include "service/core/quote_search.h"
#include "service/core/quotes.h"
#include "service/core/segmenter.h"
#include "service/core/stats.h"
#include "service/core/summary.h"

namespace textanalytics::corpus {

// One document and everything computed about it at load.
struct Document {
  std::string id;           // file stem, lowercased, [a-z0-9-] only
  std::string source_file;  // relative to the corpus directory
  std::string title;
  std::string text;
  std::string sha256;      // lowercase hex of the file's bytes
  int64_t characters = 0;  // code points of the whole text
  core::Segmentation segmentation;
  core::TextStats body_stats;
  core::TextStats all_stats;
  core::Summary summary;  // ranked body sentences, every one of them
  // Body term counts (n-grams up to 3) with the default options: English
  // stopwords, no numbers; by Normalization.
  std::array<core::TermCounts, 2> terms;
  // Quotations in text order, and who is quoted (most quoted first).
  std::vector<core::Quote> quotes;
  std::vector<core::QuotedSpeaker> speakers;
};

// What a corpus is loaded with.
struct LoadOptions {
  // The English stopword list (core::kEnglishStopwordsPath), used for the
  // default keyword options.
  core::StopwordList stopwords;
  // General-English counts by Normalization (core::BackgroundCounts), for
  // DISTINCTIVE keywords of the whole corpus; may be null.
  std::array<std::shared_ptr<const core::ReferenceCounts>, 2> background;
};

// A file to build a document from; used by Load and by tests.
struct SourceFile {
  std::string path;  // relative to the corpus directory
  std::string contents;
};

class Corpus {
 public:
  // Loads every regular *.txt file of `dir`. Fails, naming the file, on a
  // file that cannot be read, is not valid UTF-8 (with the byte offset), or
  // has the same id as another file.
  static absl::StatusOr<std::shared_ptr<const Corpus>> Load(
      const std::string& dir, LoadOptions options = {});

  // Builds a corpus from files already in memory; the same checks as Load.
  static absl::StatusOr<std::shared_ptr<const Corpus>> FromFiles(
      std::vector<SourceFile> files, LoadOptions options = {});

  // "my-file" for "My File.txt".
  static std::string DocumentId(std::string_view file_name);

  // Documents sorted by id.
  const std::vector<Document>& documents() const { return documents_; }

  // The document with `id`, or nullptr.
  const Document* Find(std::string_view id) const;

  // Statistics over all documents' text of one scope.
  const core::TextStats& stats(core::Scope scope) const {
    return scope == core::Scope::kBody ? body_stats_ : all_stats_;
  }

  // The English stopwords the corpus was loaded with.
  const core::StopwordList& stopwords() const { return stopwords_; }

  // The options of the precomputed term counts for `normalization`:
  // English stopwords, no numbers, body text, n-grams up to 3.
  core::TermOptions DefaultTermOptions(core::Normalization normalization) const;

  // Body term counts of the whole corpus with the default options, and with
  // no stopwords and numbers included (every other option set is a subset
  // of those); by Normalization.
  const core::TermCounts& terms(core::Normalization normalization) const {
    return terms_[static_cast<int>(normalization)];
  }
  const core::TermCounts& all_terms(core::Normalization normalization) const {
    return all_terms_[static_cast<int>(normalization)];
  }

  // Everyone quoted in the corpus, most quoted first; documents are indices
  // into documents().
  const std::vector<core::QuotedSpeaker>& speakers() const { return speakers_; }

  // BM25 over every quotation; hits name indices into documents().
  const core::QuoteSearchIndex& quote_index() const { return *quote_index_; }

  // The general-English counts for `normalization`, or null.
  const core::ReferenceCounts* background(
      core::Normalization normalization) const {
    return background_[static_cast<int>(normalization)].get();
  }

  // A fingerprint of the corpus contents, stable across loads of the same
  // files.
  uint64_t fingerprint() const { return fingerprint_; }

 private:
  Corpus() = default;

  std::vector<Document> documents_;
  absl::flat_hash_map<std::string, size_t> by_id_;
  core::TextStats body_stats_;
  core::TextStats all_stats_;
  core::StopwordList stopwords_;
  std::array<std::shared_ptr<const core::ReferenceCounts>, 2> background_;
  std::array<core::TermCounts, 2> terms_;
  std::array<core::TermCounts, 2> all_terms_;
  std::vector<core::QuotedSpeaker> speakers_;
  std::unique_ptr<core::QuoteSearchIndex> quote_index_;
  uint64_t fingerprint_ = 0;
};

// The title of a text: its first heading among the first blocks, else its
// first sentence, shortened to at most `max_chars` code points.
std::string MakeTitle(std::string_view text, const core::Segmentation& seg,
                      size_t max_chars = 120);

}  // namespace textanalytics::corpus

#endif  // TEXTANALYTICS_SERVICE_CORPUS_CORPUS_H_
