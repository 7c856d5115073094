#include "service/core/syllables.h"

namespace textanalytics::core {

// STUB: to be replaced.
std::optional<int> DictionarySyllables(std::string_view word) {
  return std::nullopt;
}
int RuleSyllables(std::string_view word) { return word.empty() ? 0 : 1; }
int CountSyllables(std::string_view word) { return RuleSyllables(word); }

}  // namespace textanalytics::core
