#include "service/core/first_names.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstddef>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

// data/names/first_names.tsv (tools/make_first_names.sh): "#" comment lines,
// then sorted "name<TAB>f|m\n" lines. Embedded so that the server reads no
// file for it at run time.
#ifndef TA_FIRST_NAMES
#error "TA_FIRST_NAMES must be the path of data/names/first_names.tsv"
#endif
asm(".pushsection .rodata,\"a\",@progbits\n"
    ".globl ta_first_names\n"
    ".hidden ta_first_names\n"
    "ta_first_names:\n"
    ".incbin \"" TA_FIRST_NAMES
    "\"\n"
    ".globl ta_first_names_end\n"
    ".hidden ta_first_names_end\n"
    "ta_first_names_end:\n"
    ".byte 0\n"
    ".popsection\n");
extern "C" __attribute__((visibility("hidden"))) const char ta_first_names[];
extern "C" __attribute__((visibility("hidden")))
const char ta_first_names_end[];

namespace textanalytics::core {
namespace {

// The table as a hash map whose keys point into it, built on first use.
class FirstNames {
 public:
  FirstNames() {
    const absl::string_view table(
        ta_first_names,
        static_cast<size_t>(ta_first_names_end - ta_first_names));
    // (A name a line: room for all at once, not rehashed as the map grows;
    // speed: with the quote lexicon's sets reserved too, the bench's
    // ExtractQuotes ran 0.3% fewer instructions.)
    map_.reserve(std::count(table.begin(), table.end(), '\n'));
    size_t pos = 0;
    while (pos < table.size()) {
      size_t eol = table.find('\n', pos);
      if (eol == absl::string_view::npos) eol = table.size();
      const absl::string_view line = table.substr(pos, eol - pos);
      pos = eol + 1;
      const size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == absl::string_view::npos ||
          tab + 1 >= line.size()) {
        continue;
      }
      map_.emplace(line.substr(0, tab), line[tab + 1]);
    }
  }

  char Find(absl::string_view name) const {
    auto it = map_.find(name);
    return it == map_.end() ? 0 : it->second;
  }

 private:
  absl::flat_hash_map<absl::string_view, char> map_;
};

}  // namespace

char RecordedFirstNameSex(std::string_view name) {
  static const FirstNames* names = new FirstNames();
  char sex = names->Find(absl::string_view(name.data(), name.size()));
  if (sex == 0) {
    const std::string plain = WithoutDiacritics(name);
    if (!plain.empty()) sex = names->Find(plain);
  }
  return sex;
}

std::string WithoutDiacritics(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return "";
  // NFD splits "é" into "e" and a combining accent, which is dropped.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return "";
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                         word.data(), static_cast<int32_t>(word.size()))),
                     status);
  if (U_FAILURE(status)) return "";
  std::string plain;
  for (int32_t i = 0; i < decomposed.length(); ++i) {
    const char16_t c = decomposed.charAt(i);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c >= 0x80) return "";
    plain += static_cast<char>(c);
  }
  return plain;
}

}  // namespace textanalytics::core
