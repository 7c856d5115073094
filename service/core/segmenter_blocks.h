// Private to the segmenter: deciding the kind of each block.
#ifndef TEXTANALYTICS_SERVICE_CORE_SEGMENTER_BLOCKS_H_
#define TEXTANALYTICS_SERVICE_CORE_SEGMENTER_BLOCKS_H_

#include <string_view>

#include "service/core/segmenter.h"

namespace textanalytics::core::segmenter_internal {

// Sets the kind of every block of `seg`, whose blocks, sentences and words
// of `text` are already filled in (all blocks kBody). The rules are in
// segmenter_blocks.cc.
void ClassifyBlocks(std::string_view text, Segmentation* seg);

}  // namespace textanalytics::core::segmenter_internal

#endif  // TEXTANALYTICS_SERVICE_CORE_SEGMENTER_BLOCKS_H_
