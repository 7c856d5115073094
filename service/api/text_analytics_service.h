// The gRPC service textanalytics.v1.TextAnalyticsService.
//
// Validates requests, reads the immutable corpus snapshot, runs the core
// analyses on text sent in requests and maps results and errors to the
// contract. Stateless apart from the shared corpus, so every method may run
// on any number of threads at once.
#ifndef TEXTANALYTICS_SERVICE_API_TEXT_ANALYTICS_SERVICE_H_
#define TEXTANALYTICS_SERVICE_API_TEXT_ANALYTICS_SERVICE_H_

#include <cstdint>
#include <memory>
#include <thread>

#include "service/api/side_workers.h"
#include "service/corpus/corpus.h"
#include "textanalytics/v1/text_analytics.grpc.pb.h"

namespace textanalytics::api {

struct ServiceOptions {
  // Largest text a request may carry, in UTF-8 bytes.
  int64_t max_text_bytes = 1 << 20;
  // Threads that extract an AnalyzeText request's quotations beside its
  // other analyses (0: all on the request's thread).
  int side_threads = static_cast<int>(std::thread::hardware_concurrency());
};

class TextAnalyticsServiceImpl final
    : public v1::TextAnalyticsService::Service {
 public:
  TextAnalyticsServiceImpl(std::shared_ptr<const corpus::Corpus> corpus,
                           ServiceOptions options);

  grpc::Status ListDocuments(grpc::ServerContext* context,
                             const v1::ListDocumentsRequest* request,
                             v1::ListDocumentsResponse* response) override;
  grpc::Status GetDocument(grpc::ServerContext* context,
                           const v1::GetDocumentRequest* request,
                           v1::GetDocumentResponse* response) override;
  grpc::Status GetTextStats(grpc::ServerContext* context,
                            const v1::GetTextStatsRequest* request,
                            v1::GetTextStatsResponse* response) override;
  grpc::Status Summarize(grpc::ServerContext* context,
                         const v1::SummarizeRequest* request,
                         v1::SummarizeResponse* response) override;
  grpc::Status AnalyzeText(grpc::ServerContext* context,
                           const v1::AnalyzeTextRequest* request,
                           v1::AnalyzeTextResponse* response) override;
  grpc::Status GetKeywords(grpc::ServerContext* context,
                           const v1::GetKeywordsRequest* request,
                           v1::GetKeywordsResponse* response) override;
  grpc::Status CountTerms(grpc::ServerContext* context,
                          const v1::CountTermsRequest* request,
                          v1::CountTermsResponse* response) override;
  grpc::Status ListQuotes(grpc::ServerContext* context,
                          const v1::ListQuotesRequest* request,
                          v1::ListQuotesResponse* response) override;
  grpc::Status SearchQuotes(grpc::ServerContext* context,
                            const v1::SearchQuotesRequest* request,
                            v1::SearchQuotesResponse* response) override;
  grpc::Status ListSpeakers(grpc::ServerContext* context,
                            const v1::ListSpeakersRequest* request,
                            v1::ListSpeakersResponse* response) override;

 private:
  const std::shared_ptr<const corpus::Corpus> corpus_;
  const ServiceOptions options_;
  const std::unique_ptr<SideWorkers> side_workers_;
};

}  // namespace textanalytics::api

#endif  // TEXTANALYTICS_SERVICE_API_TEXT_ANALYTICS_SERVICE_H_
