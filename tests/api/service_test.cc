// The service in-process on 127.0.0.1:0, called through a real channel.
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/generic/generic_stub.h"
#include "gtest/gtest.h"
#include "service/server/server.h"
#include "tests/api/test_server.h"
#include "textanalytics/v1/text_analytics.grpc.pb.h"

namespace textanalytics {
namespace {

using ::testing::HasSubstr;

// Seven small documents, so that pages of 3 split them 3+3+1.
std::vector<corpus::SourceFile> SmallCorpus() {
  return {
      {"g.txt", "Seventh text. It has two sentences."},
      {"a.txt", "First text about data.\n\nA second paragraph about data."},
      {"c.txt", "Third text."},
      {"b.txt", "Second text about “curly” quotes and café."},
      {"e.txt", "Fifth text."},
      {"d.txt", "Fourth text."},
      {"f.txt", "Sixth text."},
  };
}

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    test_server_ = std::make_unique<TestServer>(SmallCorpus(), 1 << 10);
    ASSERT_NE(test_server_->server, nullptr);
    server_ = test_server_->server.get();
    channel_ = test_server_->channel;
    stub_ = test_server_->stub.get();
  }

  grpc::Status List(const v1::ListDocumentsRequest& request,
                    v1::ListDocumentsResponse* response) {
    return stub_->ListDocuments(Context().get(), request, response);
  }

  std::unique_ptr<TestServer> test_server_;
  server::Server* server_ = nullptr;
  std::shared_ptr<grpc::Channel> channel_;
  v1::TextAnalyticsService::Stub* stub_ = nullptr;
};

TEST_F(ServiceTest, ListDocumentsPagesThroughAllInNameOrder) {
  v1::ListDocumentsRequest request;
  request.set_page_size(3);
  std::vector<std::string> names;
  std::vector<int> page_sizes;
  do {
    v1::ListDocumentsResponse response;
    ASSERT_TRUE(List(request, &response).ok());
    EXPECT_EQ(response.total_size(), 7);
    page_sizes.push_back(response.documents_size());
    for (const auto& d : response.documents()) names.push_back(d.name());
    request.set_page_token(response.next_page_token());
  } while (!request.page_token().empty());
  EXPECT_THAT(page_sizes, ::testing::ElementsAre(3, 3, 1));
  EXPECT_THAT(
      names, ::testing::ElementsAre("documents/a", "documents/b", "documents/c",
                                    "documents/d", "documents/e", "documents/f",
                                    "documents/g"));
}

TEST_F(ServiceTest, ListDocumentsDefaultPageHoldsAllSevenWithoutText) {
  v1::ListDocumentsResponse response;
  ASSERT_TRUE(List({}, &response).ok());
  ASSERT_EQ(response.documents_size(), 7);
  EXPECT_TRUE(response.next_page_token().empty());
  EXPECT_TRUE(response.documents(0).text().empty());
  EXPECT_EQ(response.documents(0).source_file(), "a.txt");
}

TEST_F(ServiceTest, ListDocumentsRejectsNegativeSizeAndBadTokens) {
  v1::ListDocumentsRequest request;
  v1::ListDocumentsResponse response;
  request.set_page_size(-1);
  grpc::Status status = List(request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("page_size"));

  request.set_page_size(2);
  ASSERT_TRUE(List(request, &response).ok());
  std::string token = response.next_page_token();
  ASSERT_FALSE(token.empty());

  v1::ListDocumentsRequest tampered = request;
  std::string bad = token;
  bad[bad.size() / 2] = bad[bad.size() / 2] == 'x' ? 'y' : 'x';
  tampered.set_page_token(bad);
  EXPECT_EQ(List(tampered, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);

  // A token used with other parameters is foreign.
  v1::ListDocumentsRequest other = request;
  other.set_page_token(token);
  other.set_view(v1::DOCUMENT_VIEW_FULL);
  status = List(other, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("page_token"));
}

TEST_F(ServiceTest, GetDocumentBasicAndFull) {
  v1::GetDocumentRequest request;
  request.set_name("documents/b");
  v1::GetDocumentResponse response;
  ASSERT_TRUE(stub_->GetDocument(Context().get(), request, &response).ok());
  const v1::Document& basic = response.document();
  EXPECT_EQ(basic.name(), "documents/b");
  EXPECT_TRUE(basic.text().empty());
  EXPECT_EQ(basic.blocks_size(), 0);
  EXPECT_EQ(basic.sha256().size(), 64u);
  EXPECT_EQ(basic.size_bytes(), 47);  // “ ” are 3 bytes each, é 2
  EXPECT_EQ(basic.character_count(), 42);

  request.set_view(v1::DOCUMENT_VIEW_FULL);
  request.set_encoding_type(v1::ENCODING_TYPE_UTF16);
  ASSERT_TRUE(stub_->GetDocument(Context().get(), request, &response).ok());
  const v1::Document& full = response.document();
  EXPECT_EQ(full.text(), "Second text about “curly” quotes and café.");
  ASSERT_EQ(full.blocks_size(), 1);
  EXPECT_EQ(full.blocks(0).kind(), v1::BLOCK_KIND_BODY);
  EXPECT_EQ(full.blocks(0).begin_offset(), 0);
  EXPECT_EQ(full.blocks(0).end_offset(), 42);  // UTF-16 units, not bytes
}

TEST_F(ServiceTest, GetDocumentErrors) {
  v1::GetDocumentResponse response;
  v1::GetDocumentRequest request;
  request.set_name("documents/nope");
  grpc::Status status = stub_->GetDocument(Context().get(), request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_THAT(status.error_message(), HasSubstr("documents/nope"));
  for (const char* name : {"", "docs/a", "documents/", "documents/A",
                           "documents/a/b", "documents/-", "a"}) {
    request.set_name(name);
    EXPECT_EQ(
        stub_->GetDocument(Context().get(), request, &response).error_code(),
        grpc::StatusCode::INVALID_ARGUMENT)
        << name;
  }
}

TEST_F(ServiceTest, GetTextStatsForCorpusAndDocument) {
  v1::GetTextStatsRequest request;
  v1::GetTextStatsResponse corpus, corpus_dash, doc;
  ASSERT_TRUE(stub_->GetTextStats(Context().get(), request, &corpus).ok());
  EXPECT_EQ(corpus.name(), "documents/-");
  EXPECT_EQ(corpus.document_count(), 7);
  EXPECT_EQ(corpus.scope(), v1::TEXT_SCOPE_BODY);
  request.set_name("documents/-");
  ASSERT_TRUE(stub_->GetTextStats(Context().get(), request, &corpus_dash).ok());
  EXPECT_EQ(corpus_dash.stats().word_count(), corpus.stats().word_count());

  request.set_name("documents/a");
  ASSERT_TRUE(stub_->GetTextStats(Context().get(), request, &doc).ok());
  EXPECT_EQ(doc.document_count(), 1);
  EXPECT_EQ(doc.stats().word_count(),
            9);  // 4 + "A second paragraph about data."
  EXPECT_EQ(doc.stats().sentence_count(), 2);
  EXPECT_EQ(doc.stats().paragraph_count(), 2);
  EXPECT_LT(doc.stats().word_count(), corpus.stats().word_count());

  request.set_name("documents/zzz");
  EXPECT_EQ(stub_->GetTextStats(Context().get(), request, &doc).error_code(),
            grpc::StatusCode::NOT_FOUND);
  request.set_name("files/a");
  EXPECT_EQ(stub_->GetTextStats(Context().get(), request, &doc).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(ServiceTest, SummarizeByNameAndByText) {
  v1::SummarizeRequest request;
  v1::SummarizeResponse response;
  request.set_name("documents/a");
  request.set_max_sentences(1);
  ASSERT_TRUE(stub_->Summarize(Context().get(), request, &response).ok());
  ASSERT_EQ(response.sentences_size(), 1);
  EXPECT_EQ(response.sentences(0).rank(), 1);
  EXPECT_EQ(response.candidate_count(), 2);

  request.set_text("One sentence here. Another one there. A third one.");
  request.set_max_sentences(0);  // default 3
  ASSERT_TRUE(stub_->Summarize(Context().get(), request, &response).ok());
  ASSERT_EQ(response.sentences_size(), 3);
  EXPECT_EQ(response.sentences(0).text(), "One sentence here.");
  EXPECT_EQ(response.sentences(0).begin_offset(), 0);
  EXPECT_EQ(response.sentences(0).end_offset(), 18);
}

TEST_F(ServiceTest, SummarizeErrors) {
  v1::SummarizeResponse response;
  v1::SummarizeRequest request;
  EXPECT_EQ(stub_->Summarize(Context().get(), request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  request.set_name("documents/nope");
  EXPECT_EQ(stub_->Summarize(Context().get(), request, &response).error_code(),
            grpc::StatusCode::NOT_FOUND);
  request.set_name("documents/a");
  for (int bad : {-1, 101}) {
    request.set_max_sentences(bad);
    EXPECT_EQ(
        stub_->Summarize(Context().get(), request, &response).error_code(),
        grpc::StatusCode::INVALID_ARGUMENT);
  }
  request.set_max_sentences(0);
  request.set_text("ok \xff");
  grpc::Status status = stub_->Summarize(Context().get(), request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("byte offset 3"));
  request.set_text(std::string(2000, 'a'));
  EXPECT_EQ(stub_->Summarize(Context().get(), request, &response).error_code(),
            grpc::StatusCode::RESOURCE_EXHAUSTED);
}

TEST_F(ServiceTest, AnalyzeTextEmptyTextIsAllZero) {
  v1::AnalyzeTextRequest request;
  v1::AnalyzeTextResponse response;
  ASSERT_TRUE(stub_->AnalyzeText(Context().get(), request, &response).ok());
  EXPECT_EQ(response.stats().word_count(), 0);
  EXPECT_EQ(response.stats().sentence_count(), 0);
  EXPECT_EQ(response.stats().readability().flesch_reading_ease(), 0);
  EXPECT_EQ(response.blocks_size(), 0);
}

TEST_F(ServiceTest, AnalyzeTextCountsAndSummarises) {
  v1::AnalyzeTextRequest request;
  request.set_text("Café “prices” rose. They fell again.\n\nThen they rose.");
  request.set_include_summary(true);
  request.set_max_summary_sentences(2);
  request.set_encoding_type(v1::ENCODING_TYPE_UTF32);
  v1::AnalyzeTextResponse response;
  ASSERT_TRUE(stub_->AnalyzeText(Context().get(), request, &response).ok());
  EXPECT_EQ(response.stats().word_count(), 9);
  EXPECT_EQ(response.stats().sentence_count(), 3);
  EXPECT_EQ(response.stats().paragraph_count(), 2);
  ASSERT_EQ(response.blocks_size(), 2);
  EXPECT_EQ(response.blocks(0).end_offset(), 36);  // code points
  EXPECT_EQ(response.blocks(1).begin_offset(), 38);
  EXPECT_EQ(response.summary_size(), 2);
}

TEST_F(ServiceTest, AnalyzeTextErrors) {
  v1::AnalyzeTextRequest request;
  v1::AnalyzeTextResponse response;
  request.set_text("caf\xc3");
  grpc::Status status = stub_->AnalyzeText(Context().get(), request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("byte offset 3"));
  request.set_text(std::string(1025, 'a'));
  status = stub_->AnalyzeText(Context().get(), request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  EXPECT_THAT(status.error_message(), HasSubstr("max_text_bytes"));
  request.set_text(std::string(1024, 'a'));  // exactly the limit is fine
  EXPECT_TRUE(stub_->AnalyzeText(Context().get(), request, &response).ok());
  request.set_max_summary_sentences(-3);
  EXPECT_EQ(
      stub_->AnalyzeText(Context().get(), request, &response).error_code(),
      grpc::StatusCode::INVALID_ARGUMENT);
}

// Health and reflection have no installed C++ stubs: call them as raw bytes
// with the generic stub. Messages are hand-encoded protobuf.
std::string LengthDelimited(int field, const std::string& value) {
  std::string out(1, static_cast<char>(field << 3 | 2));
  out.push_back(static_cast<char>(value.size()));  // values here are < 128
  return out + value;
}

std::string ToString(const grpc::ByteBuffer& buffer) {
  std::vector<grpc::Slice> slices;
  EXPECT_TRUE(buffer.Dump(&slices).ok());
  std::string out;
  for (const auto& s : slices)
    out.append(reinterpret_cast<const char*>(s.begin()), s.size());
  return out;
}

grpc::ByteBuffer ToBuffer(const std::string& bytes) {
  grpc::Slice slice(bytes);
  return grpc::ByteBuffer(&slice, 1);
}

void Await(grpc::CompletionQueue& cq) {
  void* tag;
  bool ok;
  ASSERT_TRUE(cq.Next(&tag, &ok));
}

TEST_F(ServiceTest, HealthIsServingForServerAndService) {
  grpc::GenericStub stub(channel_);
  for (const std::string service :
       {"", "textanalytics.v1.TextAnalyticsService"}) {
    grpc::ClientContext context;
    grpc::CompletionQueue cq;
    auto call = stub.PrepareUnaryCall(
        &context, "/grpc.health.v1.Health/Check",
        ToBuffer(service.empty() ? "" : LengthDelimited(1, service)), &cq);
    call->StartCall();
    grpc::ByteBuffer response;
    grpc::Status status;
    call->Finish(&response, &status, nullptr);
    Await(cq);
    ASSERT_TRUE(status.ok()) << status.error_message();
    EXPECT_EQ(ToString(response), std::string("\x08\x01", 2))
        << service;  // SERVING
  }
  grpc::ClientContext context;
  grpc::CompletionQueue cq;
  auto call =
      stub.PrepareUnaryCall(&context, "/grpc.health.v1.Health/Check",
                            ToBuffer(LengthDelimited(1, "no.Such")), &cq);
  call->StartCall();
  grpc::ByteBuffer response;
  grpc::Status status;
  call->Finish(&response, &status, nullptr);
  Await(cq);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(ServiceTest, ReflectionListsTheService) {
  grpc::GenericStub stub(channel_);
  grpc::ClientContext context;
  grpc::CompletionQueue cq;
  auto call = stub.PrepareCall(
      &context,
      "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", &cq);
  call->StartCall(nullptr);
  Await(cq);
  call->Write(ToBuffer(LengthDelimited(7, "*")), nullptr);  // list_services
  Await(cq);
  call->WritesDone(nullptr);
  Await(cq);
  grpc::ByteBuffer response;
  call->Read(&response, nullptr);
  Await(cq);
  grpc::Status status;
  call->Finish(&status, nullptr);
  Await(cq);
  ASSERT_TRUE(status.ok()) << status.error_message();
  const std::string bytes = ToString(response);
  EXPECT_THAT(bytes, HasSubstr("textanalytics.v1.TextAnalyticsService"));
  EXPECT_THAT(bytes, HasSubstr("grpc.health.v1.Health"));
}

TEST_F(ServiceTest, HealthGoesNotServingOnShutdown) {
  grpc::GenericStub stub(channel_);
  grpc::ClientContext context;
  grpc::CompletionQueue cq;
  auto call = stub.PrepareCall(&context, "/grpc.health.v1.Health/Watch", &cq);
  call->StartCall(nullptr);
  Await(cq);
  call->Write(ToBuffer(""), nullptr);  // the whole server
  Await(cq);
  call->WritesDone(nullptr);
  Await(cq);
  grpc::ByteBuffer response;
  call->Read(&response, nullptr);
  Await(cq);
  EXPECT_EQ(ToString(response), std::string("\x08\x01", 2));  // SERVING
  // Shutdown marks health NOT_SERVING before it drains; the open Watch is
  // told so, then cancelled when the grace period ends.
  std::thread shutdown(
      [this] { server_->Shutdown(std::chrono::milliseconds(200)); });
  call->Read(&response, nullptr);
  Await(cq);
  EXPECT_EQ(ToString(response), std::string("\x08\x02", 2));  // NOT_SERVING
  grpc::Status status;
  call->Finish(&status, nullptr);
  Await(cq);
  shutdown.join();
}

TEST_F(ServiceTest, AMalformedRequestIsInvalidArgument) {
  grpc::GenericStub stub(channel_);
  grpc::ClientContext context;
  grpc::CompletionQueue cq;
  auto call = stub.PrepareUnaryCall(
      &context, "/textanalytics.v1.TextAnalyticsService/AnalyzeText",
      ToBuffer("\x0a\x7f truncated"), &cq);
  call->StartCall();
  grpc::ByteBuffer response;
  grpc::Status status;
  call->Finish(&response, &status, nullptr);
  Await(cq);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("AnalyzeTextRequest"));
}

TEST_F(ServiceTest, ASecondServerCannotTakeTheSamePort) {
  auto corpus = corpus::Corpus::FromFiles({});
  server::ServerOptions options;
  options.listen = server_->address();
  EXPECT_FALSE(server::Server::Start(*corpus, options).ok());
}

TEST(ServerTest, RejectsABadListenAddress) {
  auto corpus = corpus::Corpus::FromFiles({});
  server::ServerOptions options;
  options.listen = "no-port-here";
  EXPECT_FALSE(server::Server::Start(*corpus, options).ok());
}

}  // namespace
}  // namespace textanalytics
