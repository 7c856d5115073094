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

// Syllables of `word` (any case, UTF-8), looked up case-folded, with accents
// folded to the base letter and apostrophes (' or U+2019) dropped. A
// hyphenated word is the sum of its parts, each looked up on its own. A
// possessive missing from the dictionary is its stem's count, plus one after
// a sibilant ("Jones's"). A part without letters (a number such as "8,000")
// counts 1, as textacy counts it. At least 1 for any non-empty word; 0 for "".
int CountSyllables(std::string_view word);

// The dictionary's count for the single word `word` (folded as above), or
// nullopt if it is not in the dictionary or has a hyphen, digit or symbol.
std::optional<int> DictionarySyllables(std::string_view word);

// The rule-based estimate, used for words the dictionary lacks: CountSyllables
// without the dictionary.
int RuleSyllables(std::string_view word);

}  // namespace textanalytics::core

#endif  // TEXTANALYTICS_SERVICE_CORE_SYLLABLES_H_
