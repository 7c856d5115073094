// Turning a request's KeywordOptions into core term and rank options.
#ifndef TEXTANALYTICS_SERVICE_API_KEYWORD_OPTIONS_H_
#define TEXTANALYTICS_SERVICE_API_KEYWORD_OPTIONS_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "service/core/keywords.h"
#include "service/corpus/corpus.h"
#include "textanalytics/v1/text_analytics.pb.h"

namespace textanalytics::api {

// Validated keyword options. Not copyable: term_options() points into it.
class KeywordOptions {
 public:
  // INVALID_ARGUMENT for an n-gram size outside 1..3, a negative min_count
  // or an empty extra stopword.
  static absl::StatusOr<std::unique_ptr<KeywordOptions>> Resolve(
      const v1::KeywordOptions& proto, const corpus::Corpus& corpus);

  KeywordOptions(const KeywordOptions&) = delete;
  KeywordOptions& operator=(const KeywordOptions&) = delete;

  core::Normalization normalization() const { return normalization_; }
  const std::vector<int>& ngram_sizes() const { return ngram_sizes_; }
  int64_t min_count() const { return min_count_; }
  // Counting options with these stopwords, numbers and n-grams, body text.
  const core::TermOptions& term_options() const { return term_options_; }

  // Whether the corpus precomputed counts with exactly these options.
  bool IsCorpusDefault() const { return is_default_; }
  // Whether these are no stopwords and numbers included.
  bool IsEverything() const { return is_everything_; }

 private:
  KeywordOptions() = default;

  core::Normalization normalization_ = core::Normalization::kStem;
  std::vector<int> ngram_sizes_;
  int64_t min_count_ = 1;
  core::StopwordList stopwords_;
  core::TermOptions term_options_;
  bool is_default_ = false;
  bool is_everything_ = false;
};

core::Normalization FromProto(v1::Normalization normalization);

// The body term counts of `doc` (or, when null, of the whole corpus) with
// `options`: the corpus's precomputed counts where it has them, else counts
// made now into `*storage`.
const core::TermCounts& CountWithOptions(const corpus::Corpus& corpus,
                                         const corpus::Document* doc,
                                         const KeywordOptions& options,
                                         core::TermCounts* storage);

}  // namespace textanalytics::api

#endif  // TEXTANALYTICS_SERVICE_API_KEYWORD_OPTIONS_H_
