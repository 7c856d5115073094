// Segmentation of news text into blocks, sentences and words.
//
// All offsets are UTF-8 byte offsets into the text that was segmented, as
// half-open ranges [begin, end). The text must be valid UTF-8 (see utf8.h).
// Segment() is thread-safe.
#ifndef TEXTANALYTICS_SERVICE_CORE_SEGMENTER_H_
#define TEXTANALYTICS_SERVICE_CORE_SEGMENTER_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace textanalytics::core {

// What a block of text is. Only kBody counts as body text.
enum class BlockKind { kBody, kHeading, kCaption, kCredit, kBoilerplate };
inline constexpr int kNumBlockKinds = 5;

// "body", "heading", "caption", "credit" or "boilerplate".
std::string_view BlockKindName(BlockKind kind);

// A paragraph: a run of text between blank lines or single newlines,
// without the surrounding white space. A block with no letter or digit
// ("* * *") has no sentence and is kBoilerplate.
struct Block {
  size_t begin = 0;
  size_t end = 0;
  BlockKind kind = BlockKind::kBody;
};

// A sentence; it never crosses a block boundary.
struct Sentence {
  size_t begin = 0;
  size_t end = 0;
  int block = 0;  // index into Segmentation::blocks
};

// A word: letters and digits with inner apostrophes, hyphens and number
// separators ("China's", "data-rich", "8,000", "1.4bn", "3.5").
struct Word {
  size_t begin = 0;
  size_t end = 0;
  int sentence = 0;         // index into Segmentation::sentences
  bool has_letter = false;  // false for pure numbers such as "8,000"
};

struct Segmentation {
  std::vector<Block> blocks;        // in text order
  std::vector<Sentence> sentences;  // in text order, every block's
  std::vector<Word> words;          // in text order, every sentence's
};

// Splits `text` into blocks (with their kinds), sentences and words.
Segmentation Segment(std::string_view text);

}  // namespace textanalytics::core

#endif  // TEXTANALYTICS_SERVICE_CORE_SEGMENTER_H_
