// Private to the segmenter: sentence splitting within one block.
#ifndef TEXTANALYTICS_SERVICE_CORE_SEGMENTER_SENTENCES_H_
#define TEXTANALYTICS_SERVICE_CORE_SEGMENTER_SENTENCES_H_

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace textanalytics::core::segmenter_internal {

using Span = std::pair<size_t, size_t>;  // [first, second) byte offsets

// Replaces `out` with the sentences of text[begin, end), a block without
// surrounding white space, as byte ranges without surrounding white space.
// Every sentence holds at least one letter or digit; a block with none has
// no sentence. Thread-safe (each thread uses its own ICU iterator).
void SplitSentences(std::string_view text, size_t begin, size_t end,
                    std::vector<Span>* out);

}  // namespace textanalytics::core::segmenter_internal

#endif  // TEXTANALYTICS_SERVICE_CORE_SEGMENTER_SENTENCES_H_
