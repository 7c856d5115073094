#include "service/api/request_validation.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "service/core/utf8.h"

namespace textanalytics::api {
namespace {

constexpr std::string_view kCollection = "documents/";

absl::string_view Absl(std::string_view s) { return {s.data(), s.size()}; }

}  // namespace

absl::StatusOr<std::string> ParseDocumentName(std::string_view name) {
  if (name.substr(0, kCollection.size()) != kCollection) {
    return absl::InvalidArgumentError(
        absl::StrCat("name \"", Absl(name),
                     "\" is not a document name; use documents/{document}, "
                     "e.g. documents/my-article (see ListDocuments)"));
  }
  std::string_view id = name.substr(kCollection.size());
  bool ok = !id.empty() && id.size() <= 255;
  for (char c : id) {
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  }
  if (!ok || id == "-") {
    return absl::InvalidArgumentError(absl::StrCat(
        "document id \"", Absl(id), "\" in name \"", Absl(name),
        "\" is malformed; ids are 1 to 255 characters of a-z, 0-9 and '-'"));
  }
  return std::string(id);
}

bool IsCorpusName(std::string_view name) {
  return name.empty() || name == "documents/-";
}

absl::Status ValidateText(std::string_view field, std::string_view text,
                          int64_t max_bytes) {
  if (static_cast<int64_t>(text.size()) > max_bytes) {
    return absl::ResourceExhaustedError(absl::StrCat(
        Absl(field), " is ", text.size(), " bytes, more than the ", max_bytes,
        " this server accepts (--max_text_bytes); send a shorter text or split "
        "it"));
  }
  if (std::optional<size_t> bad = core::FindInvalidUtf8(text)) {
    return absl::InvalidArgumentError(absl::StrCat(
        Absl(field),
        " is not valid UTF-8: invalid byte sequence at byte offset ", *bad,
        "; send UTF-8 text"));
  }
  return absl::OkStatus();
}

absl::StatusOr<int> ResolveCount(std::string_view field, int value,
                                 int default_value, int max_value) {
  if (value < 0 || value > max_value) {
    return absl::InvalidArgumentError(
        absl::StrCat(Absl(field), " must be between 0 and ", max_value,
                     " (got ", value, "); 0 means ", default_value));
  }
  return value == 0 ? default_value : value;
}

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()),
                      std::string(status.message()));
}

}  // namespace textanalytics::api
