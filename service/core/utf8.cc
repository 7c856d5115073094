#include "service/core/utf8.h"

#include <algorithm>

namespace textanalytics::core {
namespace {

constexpr size_t kCheckpointStride = 64;

// Length of the sequence a lead byte starts, or 0 for a continuation byte.
// Used only on text already validated.
inline int SequenceLength(unsigned char c) {
  if (c < 0x80) return 1;
  if (c < 0xC0) return 0;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

// Code units one code point of `len` UTF-8 bytes takes in `encoding`.
inline int64_t Units(int len, Encoding encoding) {
  switch (encoding) {
    case Encoding::kUtf8:
      return len;
    case Encoding::kUtf16:
      return len == 4 ? 2 : 1;
    case Encoding::kUtf32:
      return 1;
  }
  return len;
}

}  // namespace

std::optional<size_t> FindInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // no overlongs
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // no overlongs
      if (c == 0xF4) hi = 0x8F;  // nothing past U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (int k = 2; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::nullopt;
}

int64_t CountCodePoints(std::string_view text) {
  int64_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

OffsetConverter::OffsetConverter(std::string_view text, Encoding encoding)
    : encoding_(encoding), text_(text) {
  if (encoding_ == Encoding::kUtf8) return;
  checkpoints_.reserve(text.size() / kCheckpointStride + 1);
  int64_t units = 0;
  size_t i = 0;
  size_t next = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  while (i < text.size()) {
    // Checkpoint k holds the units before the first code point starting at
    // or after byte k * stride.
    while (next <= i) {
      checkpoints_.push_back(units);
      next += kCheckpointStride;
    }
    const int len = std::max(1, SequenceLength(s[i]));
    units += Units(len, encoding_);
    i += len;
  }
}

int64_t OffsetConverter::Convert(size_t byte_offset) const {
  if (encoding_ == Encoding::kUtf8) return static_cast<int64_t>(byte_offset);
  byte_offset = std::min(byte_offset, text_.size());
  size_t k = byte_offset / kCheckpointStride;
  if (k >= checkpoints_.size())
    k = checkpoints_.empty() ? 0 : checkpoints_.size() - 1;
  if (checkpoints_.empty()) return 0;
  // Start of the first code point at or after k * stride.
  size_t i = k * kCheckpointStride;
  const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
  while (i < text_.size() && SequenceLength(s[i]) == 0) ++i;
  int64_t units = checkpoints_[k];
  while (i < byte_offset) {
    const int len = std::max(1, SequenceLength(s[i]));
    units += Units(len, encoding_);
    i += len;
  }
  return units;
}

}  // namespace textanalytics::core
