#include "client/rpc.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "absl/status/status.h"
#include "google/protobuf/util/json_util.h"

namespace textanalytics::client {

Client::Client(const GlobalOptions& options)
    : options_(options),
      stub_(v1::TextAnalyticsService::NewStub(grpc::CreateChannel(
          options.addr, grpc::InsecureChannelCredentials()))) {}

std::chrono::system_clock::time_point Client::Deadline() const {
  return std::chrono::system_clock::now() +
         std::chrono::duration_cast<std::chrono::system_clock::duration>(
             std::chrono::duration<double>(options_.timeout_seconds));
}

void Client::ReportError(const grpc::Status& status) {
  std::cerr << "ta: " << StatusCodeName(status.error_code()) << ": "
            << status.error_message() << std::endl;
}

std::string StatusCodeName(grpc::StatusCode code) {
  // gRPC and Abseil share the canonical code numbers.
  return absl::StatusCodeToString(static_cast<absl::StatusCode>(code));
}

void PrintJson(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.always_print_primitive_fields = true;
  std::string json;
  auto status =
      google::protobuf::util::MessageToJsonString(message, &json, options);
  if (!status.ok()) {
    std::cerr << "ta: cannot print JSON: " << status.ToString() << std::endl;
    return;
  }
  // add_whitespace output already ends with a newline.
  std::cout << json;
  if (json.empty() || json.back() != '\n') std::cout << "\n";
  std::cout.flush();
}

std::string DocumentName(const std::string& id_or_name) {
  static constexpr char kPrefix[] = "documents/";
  if (id_or_name.rfind(kPrefix, 0) == 0) return id_or_name;
  return kPrefix + id_or_name;
}

bool ReadInput(const std::string& path, std::string* contents) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    if (std::cin.bad()) {
      std::cerr << "ta: cannot read stdin" << std::endl;
      return false;
    }
    *contents = buffer.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "ta: cannot read " << path << ": " << std::strerror(errno)
              << std::endl;
    return false;
  }
  contents->assign(std::istreambuf_iterator<char>(in),
                   std::istreambuf_iterator<char>());
  if (in.bad()) {
    std::cerr << "ta: cannot read " << path << std::endl;
    return false;
  }
  return true;
}

}  // namespace textanalytics::client
