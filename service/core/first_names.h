// The sex a first name is given to, from birth records.
#ifndef TEXTANALYTICS_SERVICE_CORE_FIRST_NAMES_H_
#define TEXTANALYTICS_SERVICE_CORE_FIRST_NAMES_H_

#include <string>
#include <string_view>

namespace textanalytics::core {

// 'f' or 'm' when at least 90% of the people given the first name `name`
// (spelt as in "Aaliyah") in the United States from 1930 to 2013 were women
// or men, else 0. The table is data/names/first_names.tsv, embedded at build
// time; a name with diacritics is also looked up without them ("Mairéad" as
// "Mairead"). Thread-safe.
char RecordedFirstNameSex(std::string_view name);

// `word` without its diacritics ("Mairéad" -> "Mairead", "Ciarán" ->
// "Ciaran"), or empty if it is ASCII already or keeps a letter outside ASCII
// without them ("Łukasz", "Дмитрий"). Thread-safe.
std::string WithoutDiacritics(std::string_view word);

}  // namespace textanalytics::core

#endif  // TEXTANALYTICS_SERVICE_CORE_FIRST_NAMES_H_
