// Checks of request fields, with messages that say what to change.
#ifndef TEXTANALYTICS_SERVICE_API_REQUEST_VALIDATION_H_
#define TEXTANALYTICS_SERVICE_API_REQUEST_VALIDATION_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "grpcpp/support/status.h"

namespace textanalytics::api {

// The id of `documents/{document}`; INVALID_ARGUMENT for any other form.
absl::StatusOr<std::string> ParseDocumentName(std::string_view name);

// True for "" and "documents/-", the names of the whole corpus.
bool IsCorpusName(std::string_view name);

// INVALID_ARGUMENT naming the byte offset of invalid UTF-8 in `text`;
// RESOURCE_EXHAUSTED when it is longer than `max_bytes`.
absl::Status ValidateText(std::string_view field, std::string_view text,
                          int64_t max_bytes);

// A count the caller may leave 0 for `default_value`; INVALID_ARGUMENT
// outside [0, max_value].
absl::StatusOr<int> ResolveCount(std::string_view field, int value,
                                 int default_value, int max_value);

// The same code and message as a grpc::Status.
grpc::Status ToGrpcStatus(const absl::Status& status);

}  // namespace textanalytics::api

#endif  // TEXTANALYTICS_SERVICE_API_REQUEST_VALIDATION_H_
