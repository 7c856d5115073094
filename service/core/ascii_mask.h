// Private to the core library: a 16-byte test of ASCII letters and digits,
// shared by the fast keyword counter and the quote extractor's tokenizer.
#ifndef TEXTANALYTICS_SERVICE_CORE_ASCII_MASK_H_
#define TEXTANALYTICS_SERVICE_CORE_ASCII_MASK_H_

#include <cstdint>

#ifdef __SSE2__
#include <emmintrin.h>

namespace textanalytics::core {

// The 16-bit mask of the bytes p[0..15] that are ASCII letters or digits.
// Reads 16 bytes from p.
inline uint32_t AsciiAlnumMask16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
  // Signed compares: bytes >= 0x80 are negative and fall outside both.
  const __m128i letter =
      _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                    _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
  const __m128i digit =
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                    _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
}

}  // namespace textanalytics::core

#endif  // __SSE2__

#endif  // TEXTANALYTICS_SERVICE_CORE_ASCII_MASK_H_
