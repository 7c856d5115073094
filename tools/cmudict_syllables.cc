// Build-time generator of the syllable table embedded in ta_core.
//
//   cmudict_syllables DICT OUT
//
// DICT is festlex-cmu's cmudict-0.4.out (Debian package festlex-cmu), whose
// entries give each word's syllables, one group per syllable:
//   ("technology" nil (((t eh k) 0) ((n aa) 1) ((l ax) 0) ((jh iy) 0)))
// OUT gets one "word<TAB>syllables" line per distinct word, lower-cased and
// sorted by byte value. The dictionary spells words without apostrophes
// ("dont", "whats"). A word listed more than once (one entry per part of
// speech) gets its fewest syllables; only 5 words disagree: "aged" and
// "blessed" (1 as verbs, 2 as adjectives), "separate" (2 or 3), "adele" and
// "maeda" (2 or 3). The fewer is the everyday reading of the first two.
// Exits non-zero, writing nothing, on any entry it cannot parse.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

namespace {

// Parses one entry into `word` and `syllables`; false if it is malformed.
bool ParseEntry(const std::string& line, std::string* word, int* syllables) {
  if (line.size() < 2 || line[0] != '(' || line[1] != '"') return false;
  const size_t close = line.find('"', 2);
  if (close == std::string::npos || close == 2) return false;
  word->clear();
  for (size_t i = 2; i < close; ++i) {
    char c = line[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return false;  // the file spells words a-z only
    word->push_back(c);
  }
  // After the word: a part of speech, then the syllable list, whose items
  // open at depth 2 (the entry's own parenthesis is depth 1).
  const size_t list = line.find('(', close);
  if (list == std::string::npos) return false;
  int depth = 1;
  int count = 0;
  for (size_t i = list; i < line.size(); ++i) {
    if (line[i] == '(') {
      ++depth;
      if (depth == 3) ++count;
    } else if (line[i] == ')') {
      --depth;
      if (depth == 0) {
        *syllables = count;
        return count > 0;
      }
    }
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: cmudict_syllables DICT OUT\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "cmudict_syllables: cannot open " << argv[1] << "\n";
    return 1;
  }
  std::map<std::string, int> table;
  std::string line;
  std::string word;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] != '(') continue;  // the "MNCL" header
    int syllables = 0;
    if (!ParseEntry(line, &word, &syllables)) {
      std::cerr << argv[1] << ":" << line_number << ": cannot parse: " << line
                << "\n";
      return 1;
    }
    auto [it, inserted] = table.emplace(word, syllables);
    if (!inserted && syllables < it->second) it->second = syllables;
  }
  if (table.size() < 100000) {
    std::cerr << "cmudict_syllables: only " << table.size() << " words in "
              << argv[1] << "\n";
    return 1;
  }
  const std::string tmp = std::string(argv[2]) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    for (const auto& [w, n] : table) out << w << '\t' << n << '\n';
    if (!out.flush()) {
      std::cerr << "cmudict_syllables: cannot write " << tmp << "\n";
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), argv[2]) != 0) {
    std::cerr << "cmudict_syllables: cannot rename " << tmp << "\n";
    return 1;
  }
  return 0;
}
