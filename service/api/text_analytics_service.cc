#include "service/api/text_analytics_service.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "service/api/page_token.h"
#include "service/api/proto_mapping.h"
#include "service/api/request_validation.h"
#include "service/core/segmenter.h"
#include "service/core/stats.h"
#include "service/core/summary.h"
#include "service/core/utf8.h"

namespace textanalytics::api {
namespace {

constexpr int kDefaultSummarySentences = 3;
constexpr int kMaxSummarySentences = 100;

absl::Status DocumentNotFound(std::string_view id) {
  return absl::NotFoundError(
      absl::StrCat("document \"documents/", absl::string_view(id.data(), id.size()),
                   "\" does not exist; ListDocuments shows the documents there are"));
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

}  // namespace

TextAnalyticsServiceImpl::TextAnalyticsServiceImpl(
    std::shared_ptr<const corpus::Corpus> corpus, ServiceOptions options)
    : corpus_(std::move(corpus)), options_(options) {}

grpc::Status TextAnalyticsServiceImpl::ListDocuments(
    grpc::ServerContext* context, const v1::ListDocumentsRequest* request,
    v1::ListDocumentsResponse* response) {
  absl::StatusOr<int> page_size = ResolvePageSize(request->page_size());
  if (!page_size.ok()) return ToGrpcStatus(page_size.status());
  const PageContext page{
      .method = "ListDocuments",
      .request_hash = HashBytes(absl::StrCat("view=", request->view(),
                                             ";encoding=", request->encoding_type())),
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
  absl::StatusOr<int> k = ResolveCount("max_sentences", request->max_sentences(),
                                       kDefaultSummarySentences,
                                       kMaxSummarySentences);
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
  if (absl::Status s = ValidateText("text", text, options_.max_text_bytes); !s.ok()) {
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
  if (absl::Status s = ValidateText("text", text, options_.max_text_bytes); !s.ok()) {
    return ToGrpcStatus(s);
  }
  absl::StatusOr<int> k = ResolveCount(
      "max_summary_sentences", request->max_summary_sentences(),
      kDefaultSummarySentences, kMaxSummarySentences);
  if (!k.ok()) return ToGrpcStatus(k.status());

  const core::Segmentation seg = core::Segment(text);
  ToProto(core::ComputeStats(text, seg, FromProto(request->scope())),
          response->mutable_stats());
  core::OffsetConverter offsets(text, FromProto(request->encoding_type()));
  ToProto(text, seg, offsets, response->mutable_blocks());
  if (request->include_summary()) {
    const core::Summary summary =
        core::Summarize(text, seg, core::SummaryOptions{.max_sentences = *k});
    ToProto(text, seg, summary, offsets, response->mutable_summary());
  }
  return grpc::Status::OK;
}

}  // namespace textanalytics::api
