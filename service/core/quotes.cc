#include "service/core/quotes.h"

namespace textanalytics::core {

std::string_view QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect:
      return "direct";
    case QuoteKind::kPartial:
      return "partial";
    case QuoteKind::kTerm:
      return "term";
  }
  return "direct";
}

std::string_view AttributionName(Attribution attribution) {
  switch (attribution) {
    case Attribution::kNone:
      return "none";
    case Attribution::kExplicit:
      return "explicit";
    case Attribution::kCoreference:
      return "coreference";
    case Attribution::kContinuation:
      return "continuation";
  }
  return "none";
}

std::string Quote::Text(std::string_view text) const {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += '\n';
    out.append(text.substr(parts[i].begin, parts[i].end - parts[i].begin));
  }
  return out;
}

// STUB: to be replaced by the real extractor.
std::vector<Quote> ExtractQuotes(std::string_view text,
                                 const Segmentation& seg) {
  return {};
}

}  // namespace textanalytics::core
