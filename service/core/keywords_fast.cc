// A word counter for CountUnigramsFast: it finds the segmenter's words in
// one pass over the text, without sentence splitting or block
// classification, and counts each distinct word with its ASCII letters
// lower-cased (no ICU per token): ASCII words of up to 16 bytes in a table
// of packed keys, others in an absl::flat_hash_map. Normalisation (case
// folding, stemming, stopwords) then runs once per distinct word, not per
// token. Plain ASCII text is read 64 bytes at a time (see Scan).
//
// The word rules are those of ScanWords in segmenter.cc (which is private to
// the segmenter), repeated here so that the loop can lower-case and count as
// it goes; keywords_test checks that both give the same counts. Words never
// cross a line break, and the segmenter splits sentences only where ICU's
// UAX #29 rules break; the one place such a break can fall inside a word of
// this scanner is a full stop between two letters of which one has no case
// ("x.א"): for a word with a full stop next to a non-ASCII letter, the
// counter undoes the words of its line and counts the line through
// Segment() instead.
//
// The scan decodes every non-ASCII byte, so it also checks that the text is
// UTF-8 (a separate FindInvalidUtf8 pass took an eighth of the time on
// brown.txt); it reports the same offset as FindInvalidUtf8.
#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "service/core/ascii_mask.h"
#include "service/core/keywords_normalize.h"
#include "service/core/segmenter.h"
#include "service/core/segmenter_chars.h"
#include "service/core/utf8.h"

namespace textanalytics::core::keywords_internal {
namespace {

using segmenter_internal::CharKind;
using segmenter_internal::Connects;
using segmenter_internal::DecodeAt;
using segmenter_internal::kAsciiKinds;
using segmenter_internal::KindOf;

// Bytes that are ASCII letters or digits: the fast inner loop.
constexpr std::array<bool, 256> MakeAsciiAlnum() {
  std::array<bool, 256> a{};
  for (int c = 0; c < 128; ++c) {
    a[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  }
  return a;
}
constexpr std::array<bool, 256> kAsciiAlnum = MakeAsciiAlnum();

// 16-bit mask of the bytes p[0..15] that are ASCII letters, digits or
// non-ASCII (high bit set).
#ifdef __SSE2__
inline uint32_t CandidateMask16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  return AsciiAlnumMask16(p) | static_cast<uint32_t>(_mm_movemask_epi8(v));
}
#endif

#ifdef __SSE2__
// Bit k of each mask is about byte p[k], k = 0..63.
struct BlockMasks {
  uint64_t alnum;  // ASCII letters and digits
  uint64_t high;   // bytes >= 0x80
  uint64_t conn;   // ' - . , &
};

inline BlockMasks Masks64(const char* p) {
  BlockMasks m{0, 0, 0};
  for (int k = 0; k < 4; ++k) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const __m128i conn = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                                  _mm_cmpeq_epi8(v, _mm_set1_epi8(','))),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8('&'))));
    m.alnum |= static_cast<uint64_t>(AsciiAlnumMask16(p + 16 * k)) << (16 * k);
    m.high |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(v)))
              << (16 * k);
    m.conn |=
        static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(conn)))
        << (16 * k);
  }
  return m;
}
#endif

// The first byte at or after i (and before end) that is not an ASCII
// letter or digit, or end. Sixteen bytes at a time: a word's end is then
// found without a mispredicted branch per byte.
inline size_t AlnumRunEnd(std::string_view s, size_t i, size_t end) {
#ifdef __SSE2__
  while (i + 16 <= s.size() && i < end) {
    const uint32_t stop = ~AsciiAlnumMask16(s.data() + i) & 0xFFFF;
    if (stop != 0) return std::min(end, i + std::countr_zero(stop));
    i += 16;
  }
#endif
  while (i < end && kAsciiAlnum[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

// The first byte at or after i (and before end) that is an ASCII letter or
// digit or a non-ASCII byte, or end.
inline size_t NextCandidate(std::string_view s, size_t i, size_t end) {
#ifdef __SSE2__
  while (i + 16 <= s.size() && i < end) {
    const uint32_t hit = CandidateMask16(s.data() + i);
    if (hit != 0) return std::min(end, i + std::countr_zero(hit));
    i += 16;
  }
#endif
  while (i < end) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80 || kAsciiAlnum[b]) break;
    ++i;
  }
  return i;
}

bool IsLineBreakAt(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == '\n' || c == '\r' || c == '\v' || c == '\f') return true;
  if (c == 0xC2) {
    return i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85;
  }
  if (c == 0xE2) {
    return i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
           (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
            static_cast<unsigned char>(s[i + 2]) == 0xA9);
  }
  return false;
}

constexpr size_t kNone = static_cast<size_t>(-1);

// Texts of this size or more are counted by two threads, in chunks.
constexpr size_t kParallelBytes = size_t{4} << 20;
constexpr size_t kChunkBytes = size_t{1} << 20;

// The byte masks of the first and second 8 bytes of a word of each
// length 0..16.
struct MaskTable {
  uint64_t m[17][2];
  constexpr MaskTable() : m() {
    for (int len = 0; len <= 16; ++len) {
      const int a = len < 8 ? len : 8;
      const int b = len - a;
      m[len][0] = a == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * a)) - 1;
      m[len][1] = b == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * b)) - 1;
    }
  }
  const uint64_t* operator[](size_t len) const { return m[len]; }
};
constexpr MaskTable kMasks{};

// Counts of ASCII words of at most 16 bytes, keyed by their lower-cased
// bytes packed into two 64-bit words: one multiply-and-mix hash and two
// integer compares per look-up, no allocation. absl::flat_hash_map with
// std::string keys spent a third of the counting time hashing and in
// memcmp (perf, brown.txt), hence this table.
class ShortWordTable {
  static_assert(std::endian::native == std::endian::little,
                "the packed keys assume little-endian byte order");

 public:
  ShortWordTable() : slots_(1 << 15), mask_((1 << 15) - 1), shift_(64 - 15) {}

  // `p` points at `len` (1..16) ASCII word bytes with at least 16 readable
  // bytes.
  void Add(const char* p, size_t len, int64_t delta) {
    Insert(Key(p, len), delta);
  }

  // Adds like Add, but only kLag calls later (or at Flush): the word's slot
  // is prefetched now and updated while the caller scans the next words, so
  // that cache misses on the table (a third of the time without this, perf
  // on brown.txt) overlap with the scan. Counts are sums, so the order of
  // the updates does not matter.
  void AddLater(const char* p, size_t len, int64_t delta) {
    const Packed key = Key(p, len);
    __builtin_prefetch(&slots_[key.hash >> shift_]);
    Pending& slot = pending_[next_pending_];
    if (slot.delta != 0) Insert(slot.key, slot.delta);
    slot = {key, delta};
    next_pending_ = (next_pending_ + 1) % kLag;
  }

  void Flush() {
    for (Pending& slot : pending_) {
      if (slot.delta != 0) Insert(slot.key, slot.delta);
      slot.delta = 0;
    }
  }

  template <typename Sink>
  void ForEach(Sink&& sink) const {
    char buf[16];
    for (const Slot& slot : slots_) {
      if (slot.w0 == 0) continue;
      std::memcpy(buf, &slot.w0, 8);
      std::memcpy(buf + 8, &slot.w1, 8);
      sink(std::string_view(buf, strnlen(buf, 16)), slot.count);
    }
  }

 private:
  struct Packed {
    uint64_t w0, w1, hash;
  };

  // The packed, lower-cased key of a word and its hash.
  static Packed Key(const char* p, size_t len) {
    uint64_t w0, w1;
    std::memcpy(&w0, p, 8);
    std::memcpy(&w1, p + 8, 8);
    // Every ASCII byte a word can hold but A-Z already has bit 0x20 set
    // (digits, ' - . , &), so OR-ing 0x20 lower-cases the word.
    constexpr uint64_t kLower = 0x2020202020202020ULL;
    w0 = (w0 | kLower) & kMasks[len][0];
    w1 = (w1 | kLower) & kMasks[len][1];
    uint64_t h = w0 * 0x9E3779B97F4A7C15ULL ^ w1 * 0xC2B2AE3D27D4EB4FULL;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ULL;
    return {w0, w1, h};
  }

  void Insert(const Packed& key, int64_t delta) {
    for (size_t i = key.hash >> shift_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.w0 == 0) {
        slot = {key.w0, key.w1, delta};
        if (++size_ * 2 > slots_.size()) Grow();
        return;
      }
      if (slot.w0 == key.w0 && slot.w1 == key.w1) {
        slot.count += delta;
        return;
      }
    }
  }

  // A word's bytes, zero-padded; words hold no NUL byte, so the padding
  // gives the length. w0 == 0: empty.
  struct Slot {
    uint64_t w0 = 0;
    uint64_t w1 = 0;
    int64_t count = 0;
  };

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot());
    mask_ = slots_.size() - 1;
    --shift_;
    size_ = 0;
    for (const Slot& slot : old) {
      if (slot.w0 == 0) continue;
      char buf[16];
      std::memcpy(buf, &slot.w0, 8);
      std::memcpy(buf + 8, &slot.w1, 8);
      Add(buf, strnlen(buf, 16), slot.count);
    }
  }

  static constexpr int kLag = 8;
  struct Pending {
    Packed key;
    int64_t delta = 0;  // 0: none
  };
  std::vector<Slot> slots_;
  std::array<Pending, kLag> pending_{};
  int next_pending_ = 0;
  size_t mask_;
  int shift_;  // the slot is the hash's top bits
  size_t size_ = 0;
};

class FastCounter {
 public:
  explicit FastCounter(std::string_view s) : s_(s) { counts_.reserve(1 << 14); }

  // Counts the words of s_[begin, end), where begin and end are at line
  // starts (or the text's ends).
  // Returns the words counted. Stops at the first byte of s_[begin, end)
  // that is not valid UTF-8 and keeps the lowest such offset of all runs
  // for invalid().
  int64_t Run(size_t begin, size_t end) {
    const int64_t words_before = words_;
    const size_t invalid_before = invalid_;
    invalid_ = kNone;
    size_t pos = begin;
    while (pos < end) {
      const size_t risky = Scan(pos, end, 1);
      if (risky == kNone || invalid_ != kNone) break;
      // Undo the line's words before the risky one, count the line through
      // Segment(), and go on after it.
      size_t line_begin = risky;
      while (line_begin > pos && !IsLineBreakBefore(line_begin)) --line_begin;
      Scan(line_begin, risky, -1);
      size_t line_end = risky;
      while (line_end < end && !IsLineBreakAt(s_, line_end)) ++line_end;
      const std::string_view line =
          s_.substr(line_begin, line_end - line_begin);
      if (std::optional<size_t> bad = FindInvalidUtf8(line)) {
        invalid_ = line_begin + *bad;
        break;
      }
      const Segmentation seg = Segment(line);
      for (const Word& w : seg.words) {
        bool ascii = true;
        for (size_t j = line_begin + w.begin; j < line_begin + w.end; ++j) {
          ascii = ascii && static_cast<unsigned char>(s_[j]) < 0x80;
        }
        Add(line_begin + w.begin, line_begin + w.end, ascii, 1);
      }
      pos = line_end;
    }
    short_.Flush();
    invalid_ = std::min(invalid_, invalid_before);
    return words_ - words_before;
  }

  size_t invalid() const { return invalid_; }

  template <typename Sink>
  void ForEach(Sink&& sink) const {
    for (const auto& [word, count] : counts_) sink(word, count);
    short_.ForEach(sink);
  }

 private:
  // Whether the U+FFFD that DecodeAt gave for s_[i, i + len) is the
  // character itself (EF BF BD) rather than an ill-formed sequence
  // (DecodeAt, ICU's U8_NEXT_OR_FFFD, also treats surrogates, overlongs and
  // code points past U+10FFFF as ill-formed).
  bool IsReplacementCharacter(size_t i, int len) const {
    return len == 3 && s_.compare(i, 3, "\xEF\xBF\xBD") == 0;
  }

  // Whether a line break ends just before byte i (one byte back suffices
  // for \n \r \v \f; NEL and LS/PS end in 0x85, 0xA8, 0xA9).
  bool IsLineBreakBefore(size_t i) const {
    const auto c = static_cast<unsigned char>(s_[i - 1]);
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f') return true;
    if (c == 0x85 && i >= 2) return IsLineBreakAt(s_, i - 2);
    if ((c == 0xA8 || c == 0xA9) && i >= 3) return IsLineBreakAt(s_, i - 3);
    return false;
  }

  // Counts the word s_[begin, end); `ascii` if all its bytes are ASCII.
  void Add(size_t begin, size_t end, bool ascii, int64_t delta) {
    words_ += delta;
    const size_t len = end - begin;
    if (ascii && len <= 16 && begin + 16 <= s_.size()) {
      short_.AddLater(s_.data() + begin, len, delta);
      return;
    }
    key_.resize(len);
    for (size_t j = begin; j < end; ++j) {
      char c = s_[j];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
      key_[j - begin] = c;
    }
    auto it = counts_.find(absl::string_view(key_));
    if (it == counts_.end()) {
      counts_.emplace(key_, delta);
    } else {
      it->second += delta;
    }
  }

  // Counts (with `delta`) the words of s_[begin, end) and returns kNone, or
  // stops at the first word with a full stop next to a non-ASCII letter and
  // returns its start without counting it. `begin` must not be inside a
  // word.
  //
  // 64 bytes at a time: a block of ASCII text in which no connector
  // (' - . , &) stands between two letters or digits has exactly the runs
  // of ASCII letters and digits as words, found from bit masks without a
  // branch per byte; any other block goes through ScanSlow.
  size_t Scan(size_t begin, size_t end, int64_t delta) {
    size_t i = begin;
    while (i < end) {
      size_t slow_end = std::min(end, i + 64);
#ifdef __SSE2__
      if (i + 64 <= end) {
        const BlockMasks m = Masks64(s_.data() + i);
        if (m.high == 0 && (m.conn & (m.alnum << 1) & (m.alnum >> 1)) == 0) {
          uint64_t starts = m.alnum & ~(m.alnum << 1);
          uint64_t ends = m.alnum & ~(m.alnum >> 1);  // last byte of a run
          size_t next = i + 64;
          // The last word may go on in the next block: leave it for then.
          if ((m.alnum >> 63) != 0 ||
              ((m.conn >> 63) != 0 && ((m.alnum >> 62) & 1) != 0)) {
            const int last = 63 - std::countl_zero(starts);
            const uint64_t below = (uint64_t{1} << last) - 1;
            starts &= below;
            ends &= below;
            next = i + last;
          }
          while (starts != 0) {
            const int b = std::countr_zero(starts);
            const int e = std::countr_zero(ends);
            starts &= starts - 1;
            ends &= ends - 1;
            Add(i + b, i + e + 1, /*ascii=*/true, delta);
          }
          if (next > i) {
            i = next;
            continue;
          }
          slow_end = i + 1;  // a word of 64 bytes or more starts at i
        }
      }
#endif
      const size_t risky = ScanSlow(i, slow_end, end, delta, &i);
      if (risky != kNone || invalid_ != kNone) return risky;
    }
    return kNone;
  }

  // Scan's general case, one code point at a time: counts the words that
  // start in s_[begin, starts_end) (and may go on up to `end`), sets
  // *resume to where the next word can start, and returns kNone or a risky
  // word's start as Scan does.
  size_t ScanSlow(size_t begin, size_t starts_end, size_t end, int64_t delta,
                  size_t* resume) {
    const std::string_view s = s_;
    size_t i = begin;
    int len;
    *resume = starts_end;
    while (i < starts_end) {
      i = NextCandidate(s, i, starts_end);
      if (i >= starts_end) break;
      const auto byte = static_cast<unsigned char>(s[i]);
      CharKind k;
      if (byte < 0x80) {
        k = kAsciiKinds[byte];
        len = 1;
      } else {
        const UChar32 c = DecodeAt(s, i, &len);
        if (c == 0xFFFD && !IsReplacementCharacter(i, len)) {
          invalid_ = i;
          return kNone;
        }
        k = KindOf(c);
        if (k != CharKind::kLetter && k != CharKind::kNumber) {
          i += len;
          continue;
        }
      }
      const size_t word_begin = i;
      bool ascii = byte < 0x80;
      bool risky = false;
      CharKind last = k;
      i += len;
      while (i < end) {
        const size_t run_end = AlnumRunEnd(s, i, end);
        if (run_end > i) {
          last = kAsciiKinds[static_cast<unsigned char>(s[run_end - 1])];
          i = run_end;
          if (i >= end) break;
        }
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
          k = kAsciiKinds[b];
          len = 1;
        } else {
          const UChar32 c = DecodeAt(s, i, &len);
          if (c == 0xFFFD && !IsReplacementCharacter(i, len)) {
            invalid_ = i;
            return kNone;
          }
          k = KindOf(c);
          ascii = false;
        }
        if (k == CharKind::kLetter || k == CharKind::kNumber) {
          last = k;
          i += len;
          continue;
        }
        if (k == CharKind::kMark) {
          i += len;
          continue;
        }
        if (k == CharKind::kOther || i + len >= end) break;
        if (k == CharKind::kAmpersand) {
          if (s[i - 1] < 'A' || s[i - 1] > 'Z' || s[i + 1] < 'A' ||
              s[i + 1] > 'Z') {
            break;
          }
          ++i;
          continue;
        }
        int next_len;
        const CharKind after = KindOf(DecodeAt(s, i + len, &next_len));
        // (A non-ASCII code point after a connector is taken by the loop,
        // which clears `ascii`.)
        if (!Connects(k, last, after)) break;
        if (k == CharKind::kPeriod && after == CharKind::kLetter &&
            (static_cast<unsigned char>(s[i - 1]) >= 0x80 ||
             static_cast<unsigned char>(s[i + 1]) >= 0x80)) {
          risky = true;
        }
        i += len;
      }
      if (risky && delta > 0) return word_begin;
      Add(word_begin, i, ascii, delta);
    }
    *resume = std::max(i, starts_end);
    return kNone;
  }

  std::string_view s_;
  ShortWordTable short_;
  absl::flat_hash_map<std::string, int64_t> counts_;  // the other words
  std::string key_;
  int64_t words_ = 0;
  size_t invalid_ = kNone;  // first invalid UTF-8 byte found
};

}  // namespace

int64_t ScanWordsFast(
    std::string_view text,
    const std::function<void(std::string_view word, int64_t count)>& sink,
    std::optional<size_t>* invalid_utf8, int threads) {
  // Large texts are cut after line feeds into chunks of about kChunkBytes
  // (words never cross a line break); two threads, each with its own
  // counter, take the next chunk until none is left, so that the work
  // balances when the other core is busy.
  std::vector<size_t> cuts = {0};
  if (threads > 1 && text.size() >= kParallelBytes) {
    for (size_t at = kChunkBytes; at < text.size(); at += kChunkBytes) {
      const size_t nl = text.find('\n', std::max(at, cuts.back()));
      if (nl == std::string_view::npos) break;
      if (nl + 1 < text.size()) cuts.push_back(nl + 1);
    }
  }
  cuts.push_back(text.size());
  const size_t chunks = cuts.size() - 1;
  std::atomic<size_t> next{0};
  FastCounter first(text), second(text);
  int64_t words = 0, second_words = 0;
  auto work = [&cuts, &next, chunks](FastCounter* counter, int64_t* total) {
    for (size_t c; (c = next.fetch_add(1)) < chunks;) {
      *total += counter->Run(cuts[c], cuts[c + 1]);
    }
  };
  if (chunks > 1) {
    std::thread worker(work, &second, &second_words);
    work(&first, &words);
    worker.join();
  } else {
    work(&first, &words);
  }
  const size_t invalid = std::min(first.invalid(), second.invalid());
  if (invalid != kNone) {
    *invalid_utf8 = invalid;
    return 0;
  }
  *invalid_utf8 = std::nullopt;
  auto forward = [&sink](std::string_view word, int64_t count) {
    sink(word, count);
  };
  first.ForEach(forward);
  second.ForEach(forward);
  return words + second_words;
}

}  // namespace textanalytics::core::keywords_internal
