// The English stopwords the summariser leaves out of sentence vectors.
//
// This is the one place the list lives, so that it can be replaced (for
// example by a list read from a file) without touching the summariser.
// Thread-safe.
#ifndef TEXTANALYTICS_SERVICE_CORE_SUMMARY_STOPWORDS_H_
#define TEXTANALYTICS_SERVICE_CORE_SUMMARY_STOPWORDS_H_

#include <string_view>

namespace textanalytics::core {

// Whether `folded_word` is an English stopword. `folded_word` must be case
// folded, with any U+2019 apostrophe replaced by an ASCII one ("don't").
bool IsEnglishStopword(std::string_view folded_word);

}  // namespace textanalytics::core

#endif  // TEXTANALYTICS_SERVICE_CORE_SUMMARY_STOPWORDS_H_
