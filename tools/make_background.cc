// make_background FILE: prints the background frequency table of a plain
// text file (UTF-8): "<total>\tWORDS", then "word\tcount" for every
// case-folded word (numbers left out) seen at least twice, by count
// descending, then word. See tools/make_background.sh.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "service/core/keywords.h"
#include "service/core/segmenter.h"

int main(int argc, char** argv) {
  using namespace textanalytics::core;
  if (argc != 2) {
    std::cerr << "usage: make_background FILE > TABLE.tsv\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (!in) {
    std::cerr << "make_background: cannot read " << argv[1] << "\n";
    return 1;
  }
  const std::string text = buffer.str();
  TermOptions options;
  options.normalization = Normalization::kLowercase;
  options.scope = Scope::kAllText;
  const TermCounts counts = CountTerms(text, Segment(text), options);
  std::vector<const Term*> terms;
  for (const Term& t : counts.terms(1)) {
    if (t.count >= 2) terms.push_back(&t);
  }
  std::cout << "<total>\t" << counts.words() << "\n";
  for (const Term* t : terms) std::cout << t->key << "\t" << t->count << "\n";
  return 0;
}
