// Syllable counts of English words.
//
// Words found in the CMU Pronouncing Dictionary (Debian festlex-cmu, turned
// into a compact table at build time) get the dictionary's count; other
// words get a rule-based estimate. All functions are thread-safe.
#ifndef TEXTANALYTICS_SERVICE_CORE_SYLLABLES_H_
#define TEXTANALYTICS_SERVICE_CORE_SYLLABLES_H_

#include <optional>
#include <string_view>

namespace textanalytics::core {

// Syllables of `word` (any case, UTF-8); at least 1 for a word with a letter,
// 0 for a word without one.
int CountSyllables(std::string_view word);

// The dictionary's count for `word`, or nullopt if the word is not in it.
std::optional<int> DictionarySyllables(std::string_view word);

// The rule-based estimate, used for words the dictionary lacks.
int RuleSyllables(std::string_view word);

}  // namespace textanalytics::core

#endif  // TEXTANALYTICS_SERVICE_CORE_SYLLABLES_H_
