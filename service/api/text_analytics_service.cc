#include "service/api/text_analytics_service.h"

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "service/api/keyword_options.h"
#include "service/api/page_token.h"
#include "service/api/proto_mapping.h"
#include "service/api/request_validation.h"
#include "service/api/side_workers.h"
#include "service/core/segmenter.h"
#include "service/core/stats.h"
#include "service/core/summary.h"
#include "service/core/utf8.h"

namespace textanalytics::api {
namespace {

constexpr int kDefaultSummarySentences = 3;
constexpr int kMaxSummarySentences = 100;
constexpr int kDefaultKeywords = 20;
constexpr int kDefaultTextKeywords = 10;
constexpr int kMaxKeywords = 1000;
constexpr int kMaxTerms = 100;
constexpr int kMaxContextWords = 50;

absl::Status DocumentNotFound(std::string_view id) {
  return absl::NotFoundError(absl::StrCat(
      "document \"documents/", absl::string_view(id.data(), id.size()),
      "\" does not exist; ListDocuments shows the documents there are"));
}

// A hash of a message's fields but the paging ones, for page tokens.
uint64_t RequestHash(google::protobuf::Message& copy) {
  return HashBytes(copy.SerializeAsString());
}

absl::Status RankError(const absl::Status& status) {
  if (status.code() != absl::StatusCode::kFailedPrecondition) return status;
  return absl::FailedPreconditionError(absl::StrCat(
      status.message(), "; choose a document, or another ranking"));
}

// The top `k` ranked sentences of a full ranking, in text order.
core::Summary TopSentences(const core::Summary& ranked, int k) {
  core::Summary top;
  top.candidates = ranked.candidates;
  for (const core::RankedSentence& s : ranked.sentences) {
    if (s.rank <= k) top.sentences.push_back(s);
  }
  return top;
}

// The document `name` names, or nullptr for the whole corpus ("" or
// "documents/-").
absl::StatusOr<const corpus::Document*> ResolveScope(
    const corpus::Corpus& corpus, const std::string& name) {
  if (IsCorpusName(name)) return nullptr;
  absl::StatusOr<std::string> id = ParseDocumentName(name);
  if (!id.ok()) return id.status();
  const corpus::Document* doc = corpus.Find(*id);
  if (doc == nullptr) return DocumentNotFound(*id);
  return doc;
}

// What DISTINCTIVE measures a scope against: the rest of the corpus for a
// document, general English for the whole corpus (or a corpus of one).
const core::ReferenceCounts* Background(const corpus::Corpus& corpus,
                                        const corpus::Document* doc,
                                        const KeywordOptions& options) {
  if (doc != nullptr && corpus.documents().size() > 1) return nullptr;
  return corpus.background(options.normalization());
}

std::string ScopeName(const corpus::Document* doc) {
  return doc == nullptr ? "documents/-" : absl::StrCat("documents/", doc->id);
}

// The documents a scope covers: one, or every document for the corpus.
std::vector<const corpus::Document*> ScopeDocuments(
    const corpus::Corpus& corpus, const corpus::Document* doc) {
  std::vector<const corpus::Document*> docs;
  if (doc != nullptr) {
    docs.push_back(doc);
  } else {
    for (const corpus::Document& d : corpus.documents()) docs.push_back(&d);
  }
  return docs;
}

// The kinds a filter lets through: DIRECT and PARTIAL when it names none.
std::array<bool, 3> QuoteKinds(
    const google::protobuf::RepeatedField<int>& kinds) {
  std::array<bool, 3> allowed{};
  for (int kind : kinds) {
    switch (kind) {
      case v1::QUOTE_KIND_DIRECT:
        allowed[static_cast<int>(core::QuoteKind::kDirect)] = true;
        break;
      case v1::QUOTE_KIND_PARTIAL:
        allowed[static_cast<int>(core::QuoteKind::kPartial)] = true;
        break;
      case v1::QUOTE_KIND_TERM:
        allowed[static_cast<int>(core::QuoteKind::kTerm)] = true;
        break;
      default:
        break;
    }
  }
  if (allowed == std::array<bool, 3>{}) {
    allowed[static_cast<int>(core::QuoteKind::kDirect)] = true;
    allowed[static_cast<int>(core::QuoteKind::kPartial)] = true;
  }
  return allowed;
}

std::string QuoteName(const corpus::Document& doc, size_t index) {
  return absl::StrCat("documents/", doc.id, "/quotes/", index + 1);
}

// Converts offsets of one document at a time, rebuilding only when the
// document changes.
class DocumentOffsets {
 public:
  explicit DocumentOffsets(v1::EncodingType encoding)
      : encoding_(FromProto(encoding)) {}
  const core::OffsetConverter& For(const corpus::Document& doc) {
    if (&doc != doc_) {
      converter_ = std::make_unique<core::OffsetConverter>(doc.text, encoding_);
      doc_ = &doc;
    }
    return *converter_;
  }

 private:
  core::Encoding encoding_;
  const corpus::Document* doc_ = nullptr;
  std::unique_ptr<core::OffsetConverter> converter_;
};

}  // namespace

TextAnalyticsServiceImpl::TextAnalyticsServiceImpl(
    std::shared_ptr<const corpus::Corpus> corpus, ServiceOptions options)
    : corpus_(std::move(corpus)),
      options_(options),
      side_workers_(std::make_unique<SideWorkers>(options.side_threads)) {}

grpc::Status TextAnalyticsServiceImpl::ListDocuments(
    grpc::ServerContext* context, const v1::ListDocumentsRequest* request,
    v1::ListDocumentsResponse* response) {
  absl::StatusOr<int> page_size = ResolvePageSize(request->page_size());
  if (!page_size.ok()) return ToGrpcStatus(page_size.status());
  const PageContext page{
      .method = "ListDocuments",
      .request_hash = HashBytes(absl::StrCat(
          "view=", request->view(), ";encoding=", request->encoding_type())),
      .corpus_fingerprint = corpus_->fingerprint()};
  absl::StatusOr<int64_t> offset = DecodePageToken(page, request->page_token());
  if (!offset.ok()) return ToGrpcStatus(offset.status());

  const auto& docs = corpus_->documents();
  const int64_t total = static_cast<int64_t>(docs.size());
  const int64_t begin = std::min(*offset, total);
  const int64_t end = std::min(begin + *page_size, total);
  const bool full = request->view() == v1::DOCUMENT_VIEW_FULL;
  for (int64_t i = begin; i < end; ++i) {
    ToProto(docs[i], full, FromProto(request->encoding_type()),
            response->add_documents());
  }
  if (end < total) response->set_next_page_token(EncodePageToken(page, end));
  response->set_total_size(static_cast<int32_t>(total));
  return grpc::Status::OK;
}

grpc::Status TextAnalyticsServiceImpl::GetDocument(
    grpc::ServerContext* context, const v1::GetDocumentRequest* request,
    v1::GetDocumentResponse* response) {
  absl::StatusOr<std::string> id = ParseDocumentName(request->name());
  if (!id.ok()) return ToGrpcStatus(id.status());
  const corpus::Document* doc = corpus_->Find(*id);
  if (doc == nullptr) return ToGrpcStatus(DocumentNotFound(*id));
  ToProto(*doc, request->view() == v1::DOCUMENT_VIEW_FULL,
          FromProto(request->encoding_type()), response->mutable_document());
  return grpc::Status::OK;
}

grpc::Status TextAnalyticsServiceImpl::GetTextStats(
    grpc::ServerContext* context, const v1::GetTextStatsRequest* request,
    v1::GetTextStatsResponse* response) {
  const core::Scope scope = FromProto(request->scope());
  response->set_scope(ToProto(scope));
  if (IsCorpusName(request->name())) {
    response->set_name("documents/-");
    response->set_document_count(
        static_cast<int32_t>(corpus_->documents().size()));
    ToProto(corpus_->stats(scope), response->mutable_stats());
    return grpc::Status::OK;
  }
  absl::StatusOr<std::string> id = ParseDocumentName(request->name());
  if (!id.ok()) return ToGrpcStatus(id.status());
  const corpus::Document* doc = corpus_->Find(*id);
  if (doc == nullptr) return ToGrpcStatus(DocumentNotFound(*id));
  response->set_name(request->name());
  response->set_document_count(1);
  ToProto(scope == core::Scope::kBody ? doc->body_stats : doc->all_stats,
          response->mutable_stats());
  return grpc::Status::OK;
}

grpc::Status TextAnalyticsServiceImpl::Summarize(
    grpc::ServerContext* context, const v1::SummarizeRequest* request,
    v1::SummarizeResponse* response) {
  absl::StatusOr<int> k =
      ResolveCount("max_sentences", request->max_sentences(),
                   kDefaultSummarySentences, kMaxSummarySentences);
  if (!k.ok()) return ToGrpcStatus(k.status());
  const core::Encoding encoding = FromProto(request->encoding_type());

  if (request->source_case() == v1::SummarizeRequest::kName) {
    absl::StatusOr<std::string> id = ParseDocumentName(request->name());
    if (!id.ok()) return ToGrpcStatus(id.status());
    const corpus::Document* doc = corpus_->Find(*id);
    if (doc == nullptr) return ToGrpcStatus(DocumentNotFound(*id));
    const core::Summary summary = TopSentences(doc->summary, *k);
    core::OffsetConverter offsets(doc->text, encoding);
    ToProto(doc->text, doc->segmentation, summary, offsets,
            response->mutable_sentences());
    response->set_candidate_count(summary.candidates);
    return grpc::Status::OK;
  }
  if (request->source_case() != v1::SummarizeRequest::kText) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                        "set either name (documents/{document}) or text to "
                        "say what to summarise");
  }
  const std::string& text = request->text();
  if (absl::Status s = ValidateText("text", text, options_.max_text_bytes);
      !s.ok()) {
    return ToGrpcStatus(s);
  }
  const core::Segmentation seg = core::Segment(text);
  const core::Summary summary =
      core::Summarize(text, seg, core::SummaryOptions{.max_sentences = *k});
  core::OffsetConverter offsets(text, encoding);
  ToProto(text, seg, summary, offsets, response->mutable_sentences());
  response->set_candidate_count(summary.candidates);
  return grpc::Status::OK;
}

grpc::Status TextAnalyticsServiceImpl::AnalyzeText(
    grpc::ServerContext* context, const v1::AnalyzeTextRequest* request,
    v1::AnalyzeTextResponse* response) {
  const std::string& text = request->text();
  if (absl::Status s = ValidateText("text", text, options_.max_text_bytes);
      !s.ok()) {
    return ToGrpcStatus(s);
  }
  absl::StatusOr<int> k =
      ResolveCount("max_summary_sentences", request->max_summary_sentences(),
                   kDefaultSummarySentences, kMaxSummarySentences);
  if (!k.ok()) return ToGrpcStatus(k.status());
  absl::StatusOr<int> max_keywords =
      ResolveCount("max_keywords", request->max_keywords(),
                   kDefaultTextKeywords, kMaxKeywords);
  if (!max_keywords.ok()) return ToGrpcStatus(max_keywords.status());
  auto keyword_options =
      KeywordOptions::Resolve(request->keyword_options(), *corpus_);
  if (!keyword_options.ok()) return ToGrpcStatus(keyword_options.status());

  core::RankOptions rank;
  rank.ngram_sizes = (*keyword_options)->ngram_sizes();
  rank.min_count = (*keyword_options)->min_count();
  rank.limit = *max_keywords;
  rank.scope_in_corpus = false;
  core::TermOptions term_options = (*keyword_options)->term_options();
  term_options.scope = FromProto(request->scope());

  const core::Segmentation seg = core::Segment(text);
  core::OffsetConverter offsets(text, FromProto(request->encoding_type()));
  // Quotations are extracted on a side worker while this thread does the
  // rest, which never reads them (latency: on an idle core, extraction adds
  // almost nothing to AnalyzeText's time; bench/analyze_parts).
  std::vector<core::Quote> quotes;
  core::TextStats stats;
  core::TermCounts counts;
  side_workers_->RunBeside(
      [&] { quotes = core::ExtractQuotes(text, seg); },
      [&] {
        stats = core::ComputeStats(text, seg, FromProto(request->scope()));
        ToProto(text, seg, offsets, response->mutable_blocks());
        if (request->include_summary()) {
          const core::Summary summary = core::Summarize(
              text, seg, core::SummaryOptions{.max_sentences = *k});
          ToProto(text, seg, summary, offsets, response->mutable_summary());
        }
        counts = core::CountTerms(text, seg, term_options);
      });
  for (const core::Quote& quote : quotes) {
    ToProto(text, seg, quote, "", offsets, response->add_quotes());
  }
  core::QuoteCounter quote_counts;
  quote_counts.Add(seg, quotes);
  absl::StatusOr<core::KeywordPage> keywords =
      core::RankKeywords(counts, nullptr, nullptr, rank);
  if (!keywords.ok()) return ToGrpcStatus(keywords.status());
  for (const core::Keyword& keyword : keywords->keywords) {
    ToProto(keyword, response->add_keywords());
  }
  quote_counts.Finish(&stats);
  ToProto(stats, response->mutable_stats());
  return grpc::Status::OK;
}

grpc::Status TextAnalyticsServiceImpl::GetKeywords(
    grpc::ServerContext* context, const v1::GetKeywordsRequest* request,
    v1::GetKeywordsResponse* response) {
  absl::StatusOr<const corpus::Document*> doc =
      ResolveScope(*corpus_, request->name());
  if (!doc.ok()) return ToGrpcStatus(doc.status());
  absl::StatusOr<int> limit =
      ResolveCount("limit", request->limit(), kDefaultKeywords, kMaxKeywords);
  if (!limit.ok()) return ToGrpcStatus(limit.status());
  auto options = KeywordOptions::Resolve(request->options(), *corpus_);
  if (!options.ok()) return ToGrpcStatus(options.status());

  v1::GetKeywordsRequest unpaged = *request;
  unpaged.clear_page_token();
  unpaged.clear_limit();
  const PageContext page{.method = "GetKeywords",
                         .request_hash = RequestHash(unpaged),
                         .corpus_fingerprint = corpus_->fingerprint()};
  absl::StatusOr<int64_t> offset = DecodePageToken(page, request->page_token());
  if (!offset.ok()) return ToGrpcStatus(offset.status());

  core::TermCounts scope_storage, corpus_storage;
  const core::TermCounts& scope =
      CountWithOptions(*corpus_, *doc, **options, &scope_storage);
  const core::TermCounts& all =
      *doc == nullptr
          ? scope
          : CountWithOptions(*corpus_, nullptr, **options, &corpus_storage);
  core::RankOptions rank;
  switch (request->ranking()) {
    case v1::KEYWORD_RANKING_TF_IDF:
      rank.ranking = core::Ranking::kTfIdf;
      break;
    case v1::KEYWORD_RANKING_DISTINCTIVE:
      rank.ranking = core::Ranking::kDistinctive;
      break;
    default:
      rank.ranking = core::Ranking::kFrequency;
  }
  rank.ngram_sizes = (*options)->ngram_sizes();
  rank.min_count = (*options)->min_count();
  rank.offset = static_cast<int>(std::min<int64_t>(*offset, INT32_MAX));
  rank.limit = *limit;
  absl::StatusOr<core::KeywordPage> ranked = core::RankKeywords(
      scope, &all, Background(*corpus_, *doc, **options), rank);
  if (!ranked.ok()) return ToGrpcStatus(RankError(ranked.status()));

  response->set_name(ScopeName(*doc));
  for (const core::Keyword& k : ranked->keywords) {
    ToProto(k, response->add_keywords());
  }
  response->set_total_size(static_cast<int32_t>(ranked->total));
  response->set_word_count(scope.words());
  const int64_t next = *offset + static_cast<int64_t>(ranked->keywords.size());
  if (!ranked->keywords.empty() && next < ranked->total) {
    response->set_next_page_token(EncodePageToken(page, next));
  }
  return grpc::Status::OK;
}

grpc::Status TextAnalyticsServiceImpl::CountTerms(
    grpc::ServerContext* context, const v1::CountTermsRequest* request,
    v1::CountTermsResponse* response) {
  absl::StatusOr<const corpus::Document*> scope =
      ResolveScope(*corpus_, request->name());
  if (!scope.ok()) return ToGrpcStatus(scope.status());
  if (request->terms().empty()) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                        "terms is empty; give at least one word or phrase");
  }
  if (request->terms_size() > kMaxTerms) {
    return grpc::Status(
        grpc::StatusCode::INVALID_ARGUMENT,
        absl::StrCat("terms has ", request->terms_size(),
                     " entries; send at most ", kMaxTerms, " per call"));
  }
  absl::StatusOr<int> context_words = ResolveCount(
      "context_words", request->context_words(), 0, kMaxContextWords);
  if (!context_words.ok()) return ToGrpcStatus(context_words.status());
  absl::StatusOr<int> page_size = ResolvePageSize(request->page_size());
  if (!page_size.ok()) return ToGrpcStatus(page_size.status());
  const core::Normalization normalization = FromProto(request->normalization());
  std::vector<std::unique_ptr<core::TermFinder>> finders;
  finders.reserve(request->terms_size());
  for (const std::string& term : request->terms()) {
    absl::StatusOr<std::string> key = core::NormalizeTerm(term, normalization);
    if (!key.ok()) return ToGrpcStatus(key.status());
    response->add_term_counts()->set_term(term);
    response->mutable_term_counts()->rbegin()->set_key(*key);
    finders.push_back(std::make_unique<core::TermFinder>(*key, normalization,
                                                         core::Scope::kBody));
  }

  v1::CountTermsRequest unpaged = *request;
  unpaged.clear_page_token();
  unpaged.clear_page_size();
  const PageContext page{.method = "CountTerms",
                         .request_hash = RequestHash(unpaged),
                         .corpus_fingerprint = corpus_->fingerprint()};
  absl::StatusOr<int64_t> offset = DecodePageToken(page, request->page_token());
  if (!offset.ok()) return ToGrpcStatus(offset.status());

  // Every match, counted; the concordance page is cut from them in document
  // and text order.
  struct Hit {
    const corpus::Document* doc;
    int term;
    core::TermMatch match;
  };
  std::vector<Hit> hits;
  for (const corpus::Document* d : ScopeDocuments(*corpus_, *scope)) {
    const size_t first_hit = hits.size();
    for (size_t t = 0; t < finders.size(); ++t) {
      std::vector<core::TermMatch> matches =
          finders[t]->Find(d->text, d->segmentation);
      if (matches.empty()) continue;
      v1::TermCount* count = response->mutable_term_counts(static_cast<int>(t));
      count->set_count(count->count() + static_cast<int64_t>(matches.size()));
      v1::DocumentTermCount* per_doc = count->add_document_counts();
      per_doc->set_document(ScopeName(d));
      per_doc->set_count(static_cast<int64_t>(matches.size()));
      if (*context_words > 0) {
        for (const core::TermMatch& m : matches)
          hits.push_back({d, static_cast<int>(t), m});
      }
    }
    std::stable_sort(hits.begin() + first_hit, hits.end(),
                     [](const Hit& a, const Hit& b) {
                       return a.match.begin < b.match.begin;
                     });
  }

  const int64_t total = static_cast<int64_t>(hits.size());
  const int64_t begin = std::min(*offset, total);
  const int64_t end = std::min(begin + *page_size, total);
  DocumentOffsets offsets(request->encoding_type());
  for (int64_t i = begin; i < end; ++i) {
    const Hit& hit = hits[i];
    const core::ConcordanceLine line = core::MakeConcordanceLine(
        hit.doc->text, hit.doc->segmentation, hit.match, *context_words);
    v1::ConcordanceLine* out = response->add_concordance_lines();
    out->set_term(request->terms(hit.term));
    out->set_document(ScopeName(hit.doc));
    out->set_paragraph_index(line.block);
    out->set_sentence_index(line.sentence);
    out->set_left_context(std::string(line.left));
    out->set_match(std::string(line.match));
    out->set_right_context(std::string(line.right));
    out->set_begin_offset(offsets.For(*hit.doc).Convert(line.match_begin));
    out->set_end_offset(offsets.For(*hit.doc).Convert(line.match_end));
  }
  response->set_total_size(static_cast<int32_t>(total));
  if (end < total) response->set_next_page_token(EncodePageToken(page, end));
  return grpc::Status::OK;
}

grpc::Status TextAnalyticsServiceImpl::ListQuotes(
    grpc::ServerContext* context, const v1::ListQuotesRequest* request,
    v1::ListQuotesResponse* response) {
  absl::StatusOr<const corpus::Document*> scope =
      ResolveScope(*corpus_, request->parent());
  if (!scope.ok()) return ToGrpcStatus(scope.status());
  absl::StatusOr<int> page_size = ResolvePageSize(request->page_size());
  if (!page_size.ok()) return ToGrpcStatus(page_size.status());
  v1::ListQuotesRequest unpaged = *request;
  unpaged.clear_page_token();
  unpaged.clear_page_size();
  const PageContext page{.method = "ListQuotes",
                         .request_hash = RequestHash(unpaged),
                         .corpus_fingerprint = corpus_->fingerprint()};
  absl::StatusOr<int64_t> offset = DecodePageToken(page, request->page_token());
  if (!offset.ok()) return ToGrpcStatus(offset.status());

  const std::array<bool, 3> kinds = QuoteKinds(request->kinds());
  std::vector<std::pair<const corpus::Document*, size_t>> matches;
  for (const corpus::Document* doc : ScopeDocuments(*corpus_, *scope)) {
    for (size_t i = 0; i < doc->quotes.size(); ++i) {
      const core::Quote& q = doc->quotes[i];
      if (kinds[static_cast<int>(q.kind)] &&
          core::SpeakerMatches(q, request->speaker())) {
        matches.emplace_back(doc, i);
      }
    }
  }
  const int64_t total = static_cast<int64_t>(matches.size());
  const int64_t begin = std::min(*offset, total);
  const int64_t end = std::min(begin + *page_size, total);
  DocumentOffsets offsets(request->encoding_type());
  for (int64_t i = begin; i < end; ++i) {
    const auto& [doc, index] = matches[i];
    ToProto(doc->text, doc->segmentation, doc->quotes[index],
            QuoteName(*doc, index), offsets.For(*doc), response->add_quotes());
  }
  response->set_total_size(static_cast<int32_t>(total));
  if (end < total) response->set_next_page_token(EncodePageToken(page, end));
  return grpc::Status::OK;
}

grpc::Status TextAnalyticsServiceImpl::SearchQuotes(
    grpc::ServerContext* context, const v1::SearchQuotesRequest* request,
    v1::SearchQuotesResponse* response) {
  absl::StatusOr<const corpus::Document*> scope =
      ResolveScope(*corpus_, request->parent());
  if (!scope.ok()) return ToGrpcStatus(scope.status());
  if (absl::Status s =
          ValidateText("query", request->query(), options_.max_text_bytes);
      !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (corpus_->quote_index().QueryTerms(request->query()).empty()) {
    return grpc::Status(
        grpc::StatusCode::INVALID_ARGUMENT,
        absl::StrCat(
            "query \"", request->query(),
            "\" has no words to search for (stopwords and punctuation "
            "are ignored); give content words such as a name or topic"));
  }
  absl::StatusOr<int> page_size = ResolvePageSize(request->page_size(), 10);
  if (!page_size.ok()) return ToGrpcStatus(page_size.status());
  v1::SearchQuotesRequest unpaged = *request;
  unpaged.clear_page_token();
  unpaged.clear_page_size();
  const PageContext page{.method = "SearchQuotes",
                         .request_hash = RequestHash(unpaged),
                         .corpus_fingerprint = corpus_->fingerprint()};
  absl::StatusOr<int64_t> offset = DecodePageToken(page, request->page_token());
  if (!offset.ok()) return ToGrpcStatus(offset.status());

  const auto& docs = corpus_->documents();
  const int only =
      *scope == nullptr ? -1 : static_cast<int>(*scope - docs.data());
  const std::array<bool, 3> kinds = QuoteKinds(request->kinds());
  const std::vector<core::QuoteSearchIndex::Hit> hits =
      corpus_->quote_index().Search(request->query(), [&](int d, int q) {
        if (only >= 0 && d != only) return false;
        const core::Quote& quote = docs[d].quotes[q];
        return kinds[static_cast<int>(quote.kind)] &&
               core::SpeakerMatches(quote, request->speaker());
      });
  const int64_t total = static_cast<int64_t>(hits.size());
  const int64_t begin = std::min(*offset, total);
  const int64_t end = std::min(begin + *page_size, total);
  const core::Encoding encoding = FromProto(request->encoding_type());
  DocumentOffsets offsets(request->encoding_type());
  for (int64_t i = begin; i < end; ++i) {
    const core::QuoteSearchIndex::Hit& hit = hits[i];
    const corpus::Document& doc = docs[hit.document];
    v1::QuoteHit* out = response->add_hits();
    ToProto(doc.text, doc.segmentation, doc.quotes[hit.quote],
            QuoteName(doc, hit.quote), offsets.For(doc), out->mutable_quote());
    out->set_score(hit.score);
    const core::OffsetConverter in_quote(out->quote().text(), encoding);
    for (const core::TextSpan& span : hit.highlights) {
      v1::TextRange* range = out->add_highlights();
      range->set_begin_offset(in_quote.Convert(span.begin));
      range->set_end_offset(in_quote.Convert(span.end));
    }
  }
  response->set_total_size(static_cast<int32_t>(total));
  if (end < total) response->set_next_page_token(EncodePageToken(page, end));
  return grpc::Status::OK;
}

grpc::Status TextAnalyticsServiceImpl::ListSpeakers(
    grpc::ServerContext* context, const v1::ListSpeakersRequest* request,
    v1::ListSpeakersResponse* response) {
  absl::StatusOr<const corpus::Document*> scope =
      ResolveScope(*corpus_, request->parent());
  if (!scope.ok()) return ToGrpcStatus(scope.status());
  absl::StatusOr<int> page_size = ResolvePageSize(request->page_size());
  if (!page_size.ok()) return ToGrpcStatus(page_size.status());
  const PageContext page{.method = "ListSpeakers",
                         .request_hash = HashBytes(request->parent()),
                         .corpus_fingerprint = corpus_->fingerprint()};
  absl::StatusOr<int64_t> offset = DecodePageToken(page, request->page_token());
  if (!offset.ok()) return ToGrpcStatus(offset.status());

  const std::vector<core::QuotedSpeaker>& speakers =
      *scope == nullptr ? corpus_->speakers() : (*scope)->speakers;
  const int64_t total = static_cast<int64_t>(speakers.size());
  const int64_t begin = std::min(*offset, total);
  const int64_t end = std::min(begin + *page_size, total);
  for (int64_t i = begin; i < end; ++i) {
    const core::QuotedSpeaker& s = speakers[i];
    v1::QuotedSpeaker* out = response->add_speakers();
    out->set_name(s.name);
    for (const std::string& d : s.descriptions) out->add_descriptions(d);
    for (const std::string& m : s.mentions) out->add_mentions(m);
    out->set_quote_count(s.quotes);
    out->set_quoted_word_count(s.quoted_words);
    for (int d : s.documents) {
      out->add_documents(ScopeName(&corpus_->documents()[d]));
    }
    out->set_organization(s.organization);
  }
  response->set_total_size(static_cast<int32_t>(total));
  if (end < total) response->set_next_page_token(EncodePageToken(page, end));
  return grpc::Status::OK;
}

}  // namespace textanalytics::api
