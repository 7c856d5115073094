// Opaque page tokens for List methods (AIP-158).
//
// A token carries the offset of the next item and is bound to the method,
// the request's other parameters and the corpus it was issued for, with a
// checksum: a token that was altered, or that comes from another method,
// another query or another corpus, is rejected. Tokens are the same on every
// replica serving the same corpus, so they survive load balancing.
#ifndef TEXTANALYTICS_SERVICE_API_PAGE_TOKEN_H_
#define TEXTANALYTICS_SERVICE_API_PAGE_TOKEN_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace textanalytics::api {

// What a token is bound to.
struct PageContext {
  std::string_view method;    // e.g. "ListDocuments"
  uint64_t request_hash = 0;  // of the request's parameters but page_*
  uint64_t corpus_fingerprint = 0;
};

std::string EncodePageToken(const PageContext& context, int64_t offset);

// The offset a token carries; INVALID_ARGUMENT for a token that is not one
// this context issued. An empty token is offset 0.
absl::StatusOr<int64_t> DecodePageToken(const PageContext& context,
                                        std::string_view token);

// The page size to use: 0 means `default_size`, more than `max_size` is
// read as `max_size`, negative is INVALID_ARGUMENT.
absl::StatusOr<int> ResolvePageSize(int page_size, int default_size = 50,
                                    int max_size = 1000);

// FNV-1a over `data`, continuing from `h`; stable across processes.
uint64_t HashBytes(std::string_view data, uint64_t h = 14695981039346656037ull);

}  // namespace textanalytics::api

#endif  // TEXTANALYTICS_SERVICE_API_PAGE_TOKEN_H_
