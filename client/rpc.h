// Calling the service from `ta`: a stub bound to the global options, the
// deadline on every call, and the reporting of errors and JSON output.
// A Client is used by one thread.
#ifndef TEXTANALYTICS_CLIENT_RPC_H_
#define TEXTANALYTICS_CLIENT_RPC_H_

#include <chrono>
#include <memory>
#include <string>

#include "client/command_line.h"
#include "google/protobuf/message.h"
#include "grpcpp/grpcpp.h"
#include "textanalytics/v1/text_analytics.grpc.pb.h"

namespace textanalytics::client {

class Client {
 public:
  // Opens an insecure channel to options.addr; nothing is sent until a call.
  explicit Client(const GlobalOptions& options);

  // Runs `call(context)` (a lambda calling one stub method) with the
  // deadline set. On failure prints "ta: CODE_NAME: message" to stderr and
  // returns false.
  template <typename Call>
  bool Run(Call call) {
    grpc::ClientContext context;
    context.set_deadline(Deadline());
    grpc::Status status = call(&context);
    if (status.ok()) return true;
    ReportError(status);
    return false;
  }

  v1::TextAnalyticsService::Stub& stub() { return *stub_; }
  const GlobalOptions& options() const { return options_; }

 private:
  std::chrono::system_clock::time_point Deadline() const;
  static void ReportError(const grpc::Status& status);

  GlobalOptions options_;
  std::unique_ptr<v1::TextAnalyticsService::Stub> stub_;
};

// "NOT_FOUND" for grpc::StatusCode::NOT_FOUND.
std::string StatusCodeName(grpc::StatusCode code);

// Prints `message` to stdout in protobuf's JSON mapping (lowerCamelCase
// names, enums by name, every field even when it has its default value),
// indented, followed by a newline.
void PrintJson(const google::protobuf::Message& message);

// "documents/ID" for "ID"; a name that already starts with "documents/" is
// returned unchanged.
std::string DocumentName(const std::string& id_or_name);

// Reads all of `path`, or of stdin when `path` is "-". On failure, or when
// the contents are not valid UTF-8, prints why to stderr ("ta: cannot read
// PATH: reason", "ta: PATH is not valid UTF-8 (at byte offset N)") and
// returns false.
bool ReadInput(const std::string& path, std::string* contents);

// Byte offset of the first ill-formed UTF-8 sequence of `s`, or npos.
size_t InvalidUtf8Offset(const std::string& s);

}  // namespace textanalytics::client

#endif  // TEXTANALYTICS_CLIENT_RPC_H_
