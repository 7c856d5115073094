#include "service/corpus/corpus.h"

#include <openssl/sha.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "service/core/utf8.h"

namespace textanalytics::corpus {
namespace {

namespace fs = std::filesystem;

std::string Sha256Hex(std::string_view data) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(),
         digest);
  std::string hex;
  hex.reserve(2 * SHA256_DIGEST_LENGTH);
  for (unsigned char b : digest) absl::StrAppendFormat(&hex, "%02x", b);
  return hex;
}

// FNV-1a, 64 bit: stable across processes, unlike absl::Hash.
uint64_t Fnv1a(uint64_t h, std::string_view data) {
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Shortens `s` to at most `max_chars` code points, at a word boundary when
// one is near, and marks the cut with an ellipsis.
std::string Shorten(std::string_view s, size_t max_chars) {
  if (static_cast<size_t>(core::CountCodePoints(s)) <= max_chars) {
    return std::string(s);
  }
  size_t cut = 0, chars = 0;
  while (cut < s.size() && chars < max_chars - 1) {
    ++cut;
    while (cut < s.size() &&
           (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
      ++cut;
    ++chars;
  }
  size_t space = s.rfind(' ', cut);
  if (space != std::string_view::npos && space > cut / 2) cut = space;
  return std::string(s.substr(0, cut)) + "…";
}

}  // namespace

std::string Corpus::DocumentId(std::string_view file_name) {
  std::string stem(fs::path(std::string(file_name)).stem().string());
  std::string id;
  id.reserve(stem.size());
  for (unsigned char c : stem) {
    if ((c & 0xC0) == 0x80) continue;  // one '-' per non-ASCII character
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    id.push_back(ok ? static_cast<char>(c) : '-');
  }
  return id;
}

std::string MakeTitle(std::string_view text, const core::Segmentation& seg,
                      size_t max_chars) {
  // A heading among the first three blocks is the title.
  for (size_t i = 0; i < seg.blocks.size() && i < 3; ++i) {
    const core::Block& b = seg.blocks[i];
    if (b.kind == core::BlockKind::kHeading) {
      return Shorten(text.substr(b.begin, b.end - b.begin), max_chars);
    }
  }
  for (const core::Sentence& s : seg.sentences) {
    if (seg.blocks[s.block].kind == core::BlockKind::kBody) {
      return Shorten(text.substr(s.begin, s.end - s.begin), max_chars);
    }
  }
  if (!seg.blocks.empty()) {
    const core::Block& b = seg.blocks[0];
    return Shorten(text.substr(b.begin, b.end - b.begin), max_chars);
  }
  return "";
}

absl::StatusOr<std::shared_ptr<const Corpus>> Corpus::Load(
    const std::string& dir, LoadOptions options) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return absl::NotFoundError(absl::StrCat(
        "corpus directory ", dir, " does not exist or is not a directory"));
  }
  std::vector<SourceFile> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    if (!entry.is_regular_file() || entry.path().extension() != ".txt")
      continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    if (!in) {
      return absl::FailedPreconditionError(
          absl::StrCat("cannot read ", entry.path().string()));
    }
    files.push_back(
        {entry.path().filename().string(), std::move(contents).str()});
  }
  if (ec) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot list ", dir, ": ", ec.message()));
  }
  return FromFiles(std::move(files), std::move(options));
}

core::TermOptions Corpus::DefaultTermOptions(
    core::Normalization normalization) const {
  core::TermOptions options;
  options.normalization = normalization;
  options.stopwords = &stopwords_;
  options.include_numbers = false;
  options.max_ngram = 3;
  options.scope = core::Scope::kBody;
  return options;
}

absl::StatusOr<std::shared_ptr<const Corpus>> Corpus::FromFiles(
    std::vector<SourceFile> files, LoadOptions options) {
  std::sort(
      files.begin(), files.end(),
      [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  std::shared_ptr<Corpus> corpus(new Corpus());
  corpus->stopwords_ = std::move(options.stopwords);
  corpus->background_ = std::move(options.background);
  constexpr core::Normalization kNormalizations[] = {
      core::Normalization::kLowercase, core::Normalization::kStem};
  absl::flat_hash_map<std::string, std::string> path_of_id;
  for (SourceFile& file : files) {
    if (std::optional<size_t> bad = core::FindInvalidUtf8(file.contents)) {
      return absl::InvalidArgumentError(
          absl::StrCat(file.path, ": invalid UTF-8 at byte offset ", *bad));
    }
    std::string id = DocumentId(file.path);
    auto [it, inserted] = path_of_id.emplace(id, file.path);
    if (!inserted) {
      return absl::AlreadyExistsError(absl::StrCat(
          "files ", it->second, " and ", file.path,
          " have the same document id \"", id, "\"; rename one of them"));
    }
    Document doc;
    doc.id = std::move(id);
    doc.source_file = file.path;
    doc.sha256 = Sha256Hex(file.contents);
    doc.text = std::move(file.contents);
    doc.characters = core::CountCodePoints(doc.text);
    doc.segmentation = core::Segment(doc.text);
    doc.title = MakeTitle(doc.text, doc.segmentation);
    doc.body_stats =
        core::ComputeStats(doc.text, doc.segmentation, core::Scope::kBody);
    doc.all_stats =
        core::ComputeStats(doc.text, doc.segmentation, core::Scope::kAllText);
    doc.summary =
        core::Summarize(doc.text, doc.segmentation,
                        core::SummaryOptions{.max_sentences = INT_MAX});
    for (core::Normalization n : kNormalizations) {
      doc.terms[static_cast<int>(n)] = core::CountTerms(
          doc.text, doc.segmentation, corpus->DefaultTermOptions(n));
    }
    doc.quotes = core::ExtractQuotes(doc.text, doc.segmentation);
    core::QuoteCounter quote_counts;
    quote_counts.Add(doc.segmentation, doc.quotes);
    quote_counts.Finish(&doc.body_stats);
    quote_counts.Finish(&doc.all_stats);
    core::SpeakerCounter speakers;
    speakers.Add(0, doc.segmentation, doc.quotes);
    doc.speakers = speakers.Finish();
    corpus->documents_.push_back(std::move(doc));
  }
  std::sort(corpus->documents_.begin(), corpus->documents_.end(),
            [](const Document& a, const Document& b) { return a.id < b.id; });
  core::StatsAccumulator body(core::Scope::kBody), all(core::Scope::kAllText);
  core::QuoteCounter quote_counts;
  core::SpeakerCounter speakers;
  corpus->quote_index_ =
      std::make_unique<core::QuoteSearchIndex>(&corpus->stopwords_);
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < corpus->documents_.size(); ++i) {
    Document& doc = corpus->documents_[i];
    for (core::QuotedSpeaker& s : doc.speakers)
      s.documents = {static_cast<int>(i)};
    corpus->by_id_[doc.id] = i;
    body.Add(doc.text, doc.segmentation);
    all.Add(doc.text, doc.segmentation);
    quote_counts.Add(doc.segmentation, doc.quotes);
    speakers.Add(static_cast<int>(i), doc.segmentation, doc.quotes);
    corpus->quote_index_->Add(static_cast<int>(i), doc.text, doc.segmentation,
                              doc.quotes);
    h = Fnv1a(h, doc.id);
    h = Fnv1a(h, doc.sha256);
  }
  for (core::Normalization n : kNormalizations) {
    core::CorpusCounter counts, all_counts;
    core::TermOptions all_options = corpus->DefaultTermOptions(n);
    all_options.stopwords = nullptr;
    all_options.include_numbers = true;
    for (const Document& doc : corpus->documents_) {
      counts.Add(doc.terms[static_cast<int>(n)]);
      all_counts.Add(core::CountTerms(doc.text, doc.segmentation, all_options));
    }
    corpus->terms_[static_cast<int>(n)] = counts.Finish();
    corpus->all_terms_[static_cast<int>(n)] = all_counts.Finish();
  }
  corpus->body_stats_ = body.Finish();
  corpus->all_stats_ = all.Finish();
  quote_counts.Finish(&corpus->body_stats_);
  quote_counts.Finish(&corpus->all_stats_);
  corpus->speakers_ = speakers.Finish();
  corpus->fingerprint_ = h;
  return std::shared_ptr<const Corpus>(std::move(corpus));
}

const Document* Corpus::Find(std::string_view id) const {
  // Debian builds Abseil with its own string_view, not std::string_view.
  auto it = by_id_.find(absl::string_view(id.data(), id.size()));
  return it == by_id_.end() ? nullptr : &documents_[it->second];
}

}  // namespace textanalytics::corpus
