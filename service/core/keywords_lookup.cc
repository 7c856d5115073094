// Term look-up and concordance lines (keywords.h).
#include <algorithm>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "service/core/keywords.h"
#include "service/core/keywords_normalize.h"

namespace textanalytics::core {

using keywords_internal::WordNormalizer;

absl::StatusOr<std::string> NormalizeTerm(std::string_view term,
                                          Normalization normalization) {
  const Segmentation seg = Segment(term);
  if (seg.words.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "term \"", std::string(term),
        "\" has no word (letters or digits); send a word or phrase such as "
        "\"data\" or \"rule of law\""));
  }
  std::vector<std::string> keys;
  keys.reserve(seg.words.size());
  for (const Word& w : seg.words) {
    keys.push_back(keywords_internal::NormalizeWord(
                       term.substr(w.begin, w.end - w.begin), normalization,
                       /*stopwords=*/nullptr)
                       .key);
  }
  return absl::StrJoin(keys, " ");
}

struct TermFinder::Cache {
  explicit Cache(Normalization normalization)
      : normalizer(normalization, nullptr) {}
  WordNormalizer normalizer;
  std::vector<int> key_ids;  // per word id: index into keys_, or -1
};

TermFinder::TermFinder(std::string_view key, Normalization normalization,
                       Scope scope)
    : scope_(scope), cache_(std::make_unique<Cache>(normalization)) {
  for (absl::string_view k : absl::StrSplit(
           absl::string_view(key.data(), key.size()), ' ', absl::SkipEmpty())) {
    keys_.emplace_back(k);
  }
}

TermFinder::~TermFinder() = default;

std::vector<TermMatch> TermFinder::Find(std::string_view text,
                                        const Segmentation& seg) {
  std::vector<TermMatch> matches;
  if (keys_.empty()) return matches;
  const int n = static_cast<int>(keys_.size());
  const int num_words = static_cast<int>(seg.words.size());
  // Whether word i is the j-th word of the term.
  auto is_key = [&](int i, int j) {
    const Word& w = seg.words[i];
    const int id = cache_->normalizer.Id(text.substr(w.begin, w.end - w.begin));
    return cache_->normalizer.word(id).key == keys_[j];
  };
  auto counted = [&](int i) {
    return scope_ == Scope::kAllText ||
           seg.blocks[seg.sentences[seg.words[i].sentence].block].kind ==
               BlockKind::kBody;
  };
  for (int i = 0; i + n <= num_words; ++i) {
    if (!counted(i) || !is_key(i, 0)) continue;
    bool ok = true;
    for (int j = 1; j < n && ok; ++j) {
      const Word& a = seg.words[i + j - 1];
      const Word& b = seg.words[i + j];
      ok = a.sentence == b.sentence &&
           keywords_internal::OnlySpace(text, a.end, b.begin) &&
           is_key(i + j, j);
    }
    if (!ok) continue;
    TermMatch m;
    m.first_word = i;
    m.last_word = i + n - 1;
    m.begin = seg.words[i].begin;
    m.end = seg.words[i + n - 1].end;
    m.sentence = seg.words[i].sentence;
    m.block = seg.sentences[m.sentence].block;
    matches.push_back(m);
  }
  return matches;
}

ConcordanceLine MakeConcordanceLine(std::string_view text,
                                    const Segmentation& seg,
                                    const TermMatch& match, int context_words) {
  ConcordanceLine line;
  line.match_begin = match.begin;
  line.match_end = match.end;
  line.sentence = match.sentence;
  line.block = match.block;
  const int k = std::max(context_words, 0);
  auto block_of = [&seg](int word) {
    return seg.sentences[seg.words[word].sentence].block;
  };
  int first = match.first_word;
  while (first > 0 && match.first_word - first < k &&
         block_of(first - 1) == match.block) {
    --first;
  }
  int last = match.last_word;
  const int num_words = static_cast<int>(seg.words.size());
  while (last + 1 < num_words && last - match.last_word < k &&
         block_of(last + 1) == match.block) {
    ++last;
  }
  line.left_begin =
      first < match.first_word ? seg.words[first].begin : match.begin;
  line.right_end = last > match.last_word ? seg.words[last].end : match.end;
  line.left = text.substr(line.left_begin, line.match_begin - line.left_begin);
  line.match = text.substr(line.match_begin, line.match_end - line.match_begin);
  line.right = text.substr(line.match_end, line.right_end - line.match_end);
  return line;
}

}  // namespace textanalytics::core
