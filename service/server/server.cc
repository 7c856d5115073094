#include "service/server/server.h"

#include <algorithm>
#include <climits>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "grpcpp/ext/proto_server_reflection_plugin.h"
#include "grpcpp/health_check_service_interface.h"
#include "grpcpp/server_builder.h"

namespace textanalytics::server {

absl::StatusOr<std::unique_ptr<Server>> Server::Start(
    std::shared_ptr<const corpus::Corpus> corpus,
    const ServerOptions& options) {
  const size_t colon = options.listen.rfind(':');
  if (colon == std::string::npos || colon + 1 == options.listen.size()) {
    return absl::InvalidArgumentError(
        absl::StrCat("--listen=", options.listen,
                     " is not HOST:PORT, e.g. 127.0.0.1:50051"));
  }
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();

  std::unique_ptr<Server> server(new Server());
  server->service_ = std::make_unique<api::TextAnalyticsServiceImpl>(
      std::move(corpus), options.service);
  grpc::ServerBuilder builder;
  // gRPC sets SO_REUSEPORT by default, so a second server on a busy port
  // would start and share it silently; fail instead.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.AddListeningPort(options.listen, grpc::InsecureServerCredentials(),
                           &server->port_);
  builder.RegisterService(server->service_.get());
  // Leave room above the text limit for the other fields of a request.
  const int64_t max_message =
      std::min<int64_t>(INT_MAX, options.service.max_text_bytes + (64 << 10));
  builder.SetMaxReceiveMessageSize(
      std::max<int>(static_cast<int>(max_message), 4 << 20));
  server->server_ = builder.BuildAndStart();
  if (server->server_ == nullptr || server->port_ == 0) {
    return absl::UnavailableError(
        absl::StrCat("cannot listen on ", options.listen,
                     "; is the address valid and the port free?"));
  }
  server->address_ =
      absl::StrCat(options.listen.substr(0, colon), ":", server->port_);
  grpc::HealthCheckServiceInterface* health =
      server->server_->GetHealthCheckService();
  health->SetServingStatus("", true);
  health->SetServingStatus(kServiceName, true);
  return server;
}

void Server::Shutdown(std::chrono::milliseconds grace) {
  if (shut_down_ || server_ == nullptr) return;
  shut_down_ = true;
  // Health first, so load balancers stop sending before the port closes.
  server_->GetHealthCheckService()->Shutdown();
  server_->Shutdown(std::chrono::system_clock::now() + grace);
  server_->Wait();
}

Server::~Server() { Shutdown(); }

}  // namespace textanalytics::server
