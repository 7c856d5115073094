// The gRPC server: the service, health checking and reflection on one port.
//
// Start() loads nothing: it serves a corpus already loaded. Shutdown() may be
// called from any thread but not from a signal handler; it marks health
// NOT_SERVING, lets in-flight calls finish (up to a deadline) and returns.
#ifndef TEXTANALYTICS_SERVICE_SERVER_SERVER_H_
#define TEXTANALYTICS_SERVICE_SERVER_SERVER_H_

#include <chrono>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "grpcpp/server.h"
#include "service/api/text_analytics_service.h"
#include "service/corpus/corpus.h"

namespace textanalytics::server {

struct ServerOptions {
  std::string listen = "127.0.0.1:50051";  // host:port; port 0 picks one
  api::ServiceOptions service;
};

class Server {
 public:
  // Binds and starts serving `corpus`; health is SERVING once this returns.
  static absl::StatusOr<std::unique_ptr<Server>> Start(
      std::shared_ptr<const corpus::Corpus> corpus,
      const ServerOptions& options);

  ~Server();

  // The bound address, with the port chosen when 0 was asked for.
  const std::string& address() const { return address_; }
  int port() const { return port_; }

  void Shutdown(std::chrono::milliseconds grace = std::chrono::seconds(10));

 private:
  Server() = default;

  std::unique_ptr<api::TextAnalyticsServiceImpl> service_;
  std::unique_ptr<grpc::Server> server_;
  std::string address_;
  int port_ = 0;
  bool shut_down_ = false;
};

// The full name of the service, as health checking reports it.
inline constexpr char kServiceName[] = "textanalytics.v1.TextAnalyticsService";

}  // namespace textanalytics::server

#endif  // TEXTANALYTICS_SERVICE_SERVER_SERVER_H_
