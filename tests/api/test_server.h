// The service in-process on 127.0.0.1:0, for the api tests.
#ifndef TEXTANALYTICS_TESTS_API_TEST_SERVER_H_
#define TEXTANALYTICS_TESTS_API_TEST_SERVER_H_

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "grpcpp/create_channel.h"
#include "gtest/gtest.h"
#include "service/core/background.h"
#include "service/core/keywords.h"
#include "service/server/server.h"
#include "textanalytics/v1/text_analytics.grpc.pb.h"

namespace textanalytics {

// Starts a server on `files` (with the shipped English stopwords) and a
// channel and stub to it.
class TestServer {
 public:
  TestServer(std::vector<corpus::SourceFile> files, int64_t max_text_bytes) {
    auto stopwords =
        core::LoadStopwords(std::string(TA_SOURCE_DIR "/") +
                            std::string(core::kEnglishStopwordsPath));
    EXPECT_TRUE(stopwords.ok()) << stopwords.status();
    corpus::LoadOptions load;
    if (stopwords.ok()) load.stopwords = *std::move(stopwords);
    for (auto n :
         {core::Normalization::kLowercase, core::Normalization::kStem}) {
      auto background = core::BackgroundCounts::Load(
          std::string(TA_SOURCE_DIR "/") +
              std::string(core::kEnglishBackgroundPath),
          n);
      EXPECT_TRUE(background.ok()) << background.status();
      if (background.ok())
        load.background[static_cast<int>(n)] = *std::move(background);
    }
    auto corpus = corpus::Corpus::FromFiles(std::move(files), std::move(load));
    EXPECT_TRUE(corpus.ok()) << corpus.status();
    if (!corpus.ok()) return;
    server::ServerOptions options;
    options.listen = "127.0.0.1:0";
    options.service.max_text_bytes = max_text_bytes;
    auto started = server::Server::Start(*std::move(corpus), options);
    EXPECT_TRUE(started.ok()) << started.status();
    if (!started.ok()) return;
    server = *std::move(started);
    channel = grpc::CreateChannel(server->address(),
                                  grpc::InsecureChannelCredentials());
    stub = v1::TextAnalyticsService::NewStub(channel);
  }

  std::unique_ptr<server::Server> server;
  std::shared_ptr<grpc::Channel> channel;
  std::unique_ptr<v1::TextAnalyticsService::Stub> stub;
};

// A client context with a generous deadline.
inline std::unique_ptr<grpc::ClientContext> Context() {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() +
                        std::chrono::seconds(30));
  return context;
}

}  // namespace textanalytics

#endif  // TEXTANALYTICS_TESTS_API_TEST_SERVER_H_
