#include "service/api/keyword_options.h"

#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace textanalytics::api {

core::Normalization FromProto(v1::Normalization normalization) {
  return normalization == v1::NORMALIZATION_LOWERCASE
             ? core::Normalization::kLowercase
             : core::Normalization::kStem;
}

absl::StatusOr<std::unique_ptr<KeywordOptions>> KeywordOptions::Resolve(
    const v1::KeywordOptions& proto, const corpus::Corpus& corpus) {
  std::unique_ptr<KeywordOptions> options(new KeywordOptions());
  options->normalization_ = FromProto(proto.normalization());
  for (int n : proto.ngram_sizes()) {
    if (n < 1 || n > 3) {
      return absl::InvalidArgumentError(
          absl::StrCat("ngram_sizes must each be 1, 2 or 3 (got ", n, ")"));
    }
    options->ngram_sizes_.push_back(n);
  }
  if (options->ngram_sizes_.empty()) options->ngram_sizes_ = {1};
  std::sort(options->ngram_sizes_.begin(), options->ngram_sizes_.end());
  options->ngram_sizes_.erase(
      std::unique(options->ngram_sizes_.begin(), options->ngram_sizes_.end()),
      options->ngram_sizes_.end());
  if (proto.min_count() < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("min_count must not be negative (got ", proto.min_count(),
                     "); 0 means 1"));
  }
  options->min_count_ = std::max(1, proto.min_count());

  const bool english = proto.stopwords() != v1::STOPWORD_SET_NONE;
  if (english) options->stopwords_ = corpus.stopwords();
  for (const std::string& word : proto.extra_stopwords()) {
    if (word.find_first_not_of(" \t\r\n") == std::string::npos) {
      return absl::InvalidArgumentError(
          "extra_stopwords has an empty entry; give one word per entry");
    }
    options->stopwords_.Add(word);
  }
  const bool extras = proto.extra_stopwords_size() > 0;
  options->is_default_ = english && !extras && !proto.include_numbers();
  options->is_everything_ = !english && !extras && proto.include_numbers();

  core::TermOptions& t = options->term_options_;
  t = corpus.DefaultTermOptions(options->normalization_);
  t.stopwords = &options->stopwords_;
  t.include_numbers = proto.include_numbers();
  // Count only the n-gram sizes asked for when counting for this request.
  t.max_ngram = options->ngram_sizes_.back();
  return options;
}

const core::TermCounts& CountWithOptions(const corpus::Corpus& corpus,
                                         const corpus::Document* doc,
                                         const KeywordOptions& options,
                                         core::TermCounts* storage) {
  const core::Normalization n = options.normalization();
  if (doc != nullptr) {
    if (options.IsCorpusDefault()) return doc->terms[static_cast<int>(n)];
    *storage =
        core::CountTerms(doc->text, doc->segmentation, options.term_options());
    return *storage;
  }
  if (options.IsCorpusDefault()) return corpus.terms(n);
  if (options.IsEverything()) return corpus.all_terms(n);
  // Other option sets are not precomputed: count every document again.
  core::CorpusCounter counter;
  for (const corpus::Document& d : corpus.documents()) {
    counter.Add(
        core::CountTerms(d.text, d.segmentation, options.term_options()));
  }
  *storage = counter.Finish();
  return *storage;
}

}  // namespace textanalytics::api
