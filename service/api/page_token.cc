#include "service/api/page_token.h"

#include <openssl/sha.h>

#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"

namespace textanalytics::api {
namespace {

constexpr char kVersion = 1;
constexpr size_t kCheckBytes = 8;
// version, offset, request hash, corpus fingerprint, method hash.
constexpr size_t kPayloadBytes = 1 + 4 * 8;

void PutU64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}

uint64_t GetU64(const char* p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

// A checksum, not a secret: it catches edited and truncated tokens.
std::string Check(std::string_view payload) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  std::string salted =
      absl::StrCat("textanalytics.v1.page_token:",
                   absl::string_view(payload.data(), payload.size()));
  SHA256(reinterpret_cast<const unsigned char*>(salted.data()), salted.size(),
         digest);
  return std::string(reinterpret_cast<const char*>(digest), kCheckBytes);
}

absl::Status BadToken(std::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat(
      "page_token is not valid for this request (",
      absl::string_view(why.data(), why.size()),
      "); pass the next_page_token of the previous response unchanged, with "
      "the same parameters, or leave page_token empty to start over"));
}

}  // namespace

uint64_t HashBytes(std::string_view data, uint64_t h) {
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string EncodePageToken(const PageContext& context, int64_t offset) {
  std::string payload;
  payload.push_back(kVersion);
  PutU64(payload, static_cast<uint64_t>(offset));
  PutU64(payload, context.request_hash);
  PutU64(payload, context.corpus_fingerprint);
  PutU64(payload, HashBytes(context.method));
  payload += Check(payload);
  std::string token;
  absl::WebSafeBase64Escape(payload, &token);
  return token;
}

absl::StatusOr<int64_t> DecodePageToken(const PageContext& context,
                                        std::string_view token) {
  if (token.empty()) return 0;
  std::string raw;
  if (!absl::WebSafeBase64Unescape(
          absl::string_view(token.data(), token.size()), &raw) ||
      raw.size() != kPayloadBytes + kCheckBytes) {
    return BadToken("malformed");
  }
  std::string_view payload(raw.data(), kPayloadBytes);
  if (raw.compare(kPayloadBytes, kCheckBytes, Check(payload)) != 0 ||
      raw[0] != kVersion) {
    return BadToken("altered");
  }
  const char* p = raw.data() + 1;
  const int64_t offset = static_cast<int64_t>(GetU64(p));
  if (GetU64(p + 24) != HashBytes(context.method)) {
    return BadToken("issued by another method");
  }
  if (GetU64(p + 16) != context.corpus_fingerprint) {
    return BadToken("issued for another corpus");
  }
  if (GetU64(p + 8) != context.request_hash) {
    return BadToken("issued for a request with other parameters");
  }
  if (offset < 0) return BadToken("altered");
  return offset;
}

absl::StatusOr<int> ResolvePageSize(int page_size, int default_size,
                                    int max_size) {
  if (page_size < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("page_size must not be negative (got ", page_size,
                     "); use 0 for the "
                     "default of ",
                     default_size, " or a value up to ", max_size));
  }
  if (page_size == 0) return default_size;
  return page_size > max_size ? max_size : page_size;
}

}  // namespace textanalytics::api
