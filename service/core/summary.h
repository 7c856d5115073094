// Extractive summaries: the most central body sentences of a text.
//
// Sentences are TF-IDF vectors; a sentence graph weighted by cosine
// similarity is ranked with TextRank (PageRank), with a small bias toward
// the lead. Deterministic: ties break by sentence order. Thread-safe.
#ifndef TEXTANALYTICS_SERVICE_CORE_SUMMARY_H_
#define TEXTANALYTICS_SERVICE_CORE_SUMMARY_H_

#include <string_view>
#include <vector>

#include "service/core/segmenter.h"

namespace textanalytics::core {

struct SummaryOptions {
  int max_sentences = 3;
};

struct RankedSentence {
  int sentence = 0;  // index into Segmentation::sentences
  double score = 0;
  int rank = 0;  // 1 for the highest score
};

struct Summary {
  std::vector<RankedSentence> sentences;  // in text order
  int candidates = 0;  // body sentences the summary was chosen from
};

// The top options.max_sentences body sentences of `text`, in text order.
Summary Summarize(std::string_view text, const Segmentation& seg,
                  const SummaryOptions& options);

}  // namespace textanalytics::core

#endif  // TEXTANALYTICS_SERVICE_CORE_SUMMARY_H_
