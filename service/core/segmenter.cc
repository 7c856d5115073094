#include "service/core/segmenter.h"

namespace textanalytics::core {

std::string_view BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kBody:
      return "body";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kCaption:
      return "caption";
    case BlockKind::kCredit:
      return "credit";
    case BlockKind::kBoilerplate:
      return "boilerplate";
  }
  return "body";
}

// STUB: to be replaced by the real segmenter.
Segmentation Segment(std::string_view text) {
  Segmentation seg;
  if (!text.empty()) {
    seg.blocks.push_back({0, text.size(), BlockKind::kBody});
    seg.sentences.push_back({0, text.size(), 0});
  }
  return seg;
}

}  // namespace textanalytics::core
