// UTF-8 validation and conversion of byte offsets to other encodings.
#ifndef TEXTANALYTICS_SERVICE_CORE_UTF8_H_
#define TEXTANALYTICS_SERVICE_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace textanalytics::core {

// The byte offset of the first byte that is not part of a valid UTF-8
// sequence (overlongs, surrogates and code points past U+10FFFF are invalid),
// or nullopt if `text` is valid UTF-8.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// Code points in valid UTF-8 `text`.
int64_t CountCodePoints(std::string_view text);

enum class Encoding { kUtf8, kUtf16, kUtf32 };

// Converts byte offsets of one valid UTF-8 text to code units of another
// encoding. Conversions are O(log n) after an O(n) build. Immutable after
// construction, so thread-safe.
class OffsetConverter {
 public:
  OffsetConverter(std::string_view text, Encoding encoding);

  // `byte_offset` must be at a code point boundary, at most the text size.
  int64_t Convert(size_t byte_offset) const;

 private:
  Encoding encoding_;
  // For every 64th byte offset, the code units before it; the rest is
  // counted from the text.
  std::string_view text_;
  std::vector<int64_t> checkpoints_;
};

}  // namespace textanalytics::core

#endif  // TEXTANALYTICS_SERVICE_CORE_UTF8_H_
