#include "service/core/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace textanalytics::core {
namespace {

TEST(FindInvalidUtf8, AcceptsValidText) {
  EXPECT_EQ(FindInvalidUtf8(""), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("plain ascii"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("China’s “data” — €5 𝄞"), std::nullopt);
}

TEST(FindInvalidUtf8, NamesTheFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("ab\xff"), 2u);            // never valid
  EXPECT_EQ(FindInvalidUtf8("abc\xc3"), 3u);           // truncated
  EXPECT_EQ(FindInvalidUtf8("a\xc0\xaf"), 1u);         // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("a\xe0\x80\xaf"), 1u);     // overlong
  EXPECT_EQ(FindInvalidUtf8("ok\xed\xa0\x80"), 2u);    // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xf4\x90\x80\x80"), 0u);  // > U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("é\x80"), 2u);             // stray continuation
  EXPECT_EQ(FindInvalidUtf8("\xe2\x80x"), 0u);         // bad continuation
}

TEST(CountCodePoints, CountsCodePointsNotBytes) {
  EXPECT_EQ(CountCodePoints(""), 0);
  EXPECT_EQ(CountCodePoints("abc"), 3);
  EXPECT_EQ(CountCodePoints("“é”"), 3);
  EXPECT_EQ(CountCodePoints("𝄞x"), 2);
}

TEST(OffsetConverter, ConvertsToEachEncoding) {
  // a(1 byte) é(2) “(3) 𝄞(4) b(1)
  const std::string text = "aé“𝄞b";
  const size_t offsets[] = {0, 1, 3, 6, 10, 11};
  const int64_t utf16[] = {0, 1, 2, 3, 5, 6};
  const int64_t utf32[] = {0, 1, 2, 3, 4, 5};
  OffsetConverter u8(text, Encoding::kUtf8), u16(text, Encoding::kUtf16),
      u32(text, Encoding::kUtf32);
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(u8.Convert(offsets[i]), static_cast<int64_t>(offsets[i]));
    EXPECT_EQ(u16.Convert(offsets[i]), utf16[i]) << offsets[i];
    EXPECT_EQ(u32.Convert(offsets[i]), utf32[i]) << offsets[i];
  }
}

TEST(OffsetConverter, AgreesWithCountingAcrossCheckpoints) {
  // Long enough to cross many checkpoints, with sequences straddling them.
  std::string text;
  for (int i = 0; i < 300; ++i) text += i % 3 ? "x𝄞" : "é“";
  OffsetConverter u16(text, Encoding::kUtf16), u32(text, Encoding::kUtf32);
  int64_t units16 = 0, units32 = 0;
  for (size_t i = 0; i <= text.size();) {
    ASSERT_EQ(u16.Convert(i), units16) << i;
    ASSERT_EQ(u32.Convert(i), units32) << i;
    if (i == text.size()) break;
    const unsigned char c = text[i];
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    units16 += len == 4 ? 2 : 1;
    units32 += 1;
    i += len;
  }
}

}  // namespace
}  // namespace textanalytics::core
