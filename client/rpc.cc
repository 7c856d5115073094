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

namespace {

bool ReadAll(const std::string& path, std::string* contents) {
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

}  // namespace

bool ReadInput(const std::string& path, std::string* contents) {
  if (!ReadAll(path, contents)) return false;
  // A proto3 string must be UTF-8: say where it is not rather than send it.
  const size_t bad = InvalidUtf8Offset(*contents);
  if (bad != std::string::npos) {
    std::cerr << "ta: " << (path == "-" ? "stdin" : path)
              << " is not valid UTF-8 (at byte offset " << bad << ")"
              << std::endl;
    return false;
  }
  return true;
}

size_t InvalidUtf8Offset(const std::string& s) {
  // Written here because the client links no Unicode library; follows the
  // well-formed byte sequences of Unicode 15, table 3-7.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c < 0x80) {
      len = 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // no overlong forms
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // no overlong forms
      if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      const unsigned char b = p[i + k];
      if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return i;
    }
    i += len;
  }
  return std::string::npos;
}

}  // namespace textanalytics::client
