// Names (quote_extractor.h, step 4): the names and acronyms a text
// defines, the fullest earlier form of a name, the short forms of an
// organisation's name, and the runs of name words next to a reporting verb.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "service/core/first_names.h"
#include "service/core/quote_extractor.h"
#include "service/core/quotes_lexicon.h"

namespace textanalytics::core::quotes_internal {

// --------------------------------------------------------------- names --

namespace {

// Whether `w` may be a first name, a compound one included ("Marc-André",
// "Anne-Marie": two first names joined; not "Lloyd-Webber").
bool MayOpenName(std::string_view w) {
  if (qi::MaybeFirstName(w)) return true;
  const size_t hy = w.find('-');
  return hy != std::string_view::npos && hy > 0 &&
         qi::KnownFirstName(w.substr(0, hy)) &&
         qi::KnownFirstName(w.substr(hy + 1));
}

// "Fuming Kerry said", "Heartbroken Sophie": a tabloid's mood word before a
// first name (or the first word of a name seen before), capitalised only
// because it opens the sentence.
template <typename Known>
bool MoodBeforeFirstName(std::string_view w, std::string_view next,
                         Known next_known) {
  if (w.size() < 5 || next.size() < 2) return false;
  std::string_view end3 = w.substr(w.size() - 3), end2 = w.substr(w.size() - 2);
  if (end3 != "ing" && end2 != "ed" && end3 != "ous" && end3 != "ful") {
    return false;
  }
  if (qi::MaybeFirstName(w)) return false;
  return next_known() || qi::KnownFirstName(next);
}

// "Wing-sze", "Mei-hui": a Cantonese or Taiwanese given name of two
// syllables joined by a hyphen, the second in lower case.
bool HyphenatedGivenName(std::string_view w) {
  const size_t hy = w.find('-');
  return hy != std::string_view::npos && hy >= 2 && hy + 2 < w.size() &&
         w[0] >= 'A' && w[0] <= 'Z' && w[hy + 1] >= 'a' && w[hy + 1] <= 'z' &&
         w.find('-', hy + 1) == std::string_view::npos && w.size() <= 12;
}

}  // namespace

namespace {

// A performer's noun before a stage name ("rapper", "Singer").
bool IsStageNoun(std::string_view w) {
  // clang-format off
  static constexpr std::string_view kNouns[] = {
      "rapper", "singer", "singer-songwriter", "songwriter", "musician", "DJ",
      "vocalist", "rocker", "comedian", "Rapper", "Singer",
      "Singer-songwriter", "Songwriter", "Musician", "Vocalist", "Rocker",
      "Comedian"};
  // clang-format on
  for (std::string_view n : kNouns) {
    if (w == n) return true;
  }
  return false;
}

}  // namespace

std::string Extractor::NameText(size_t b, size_t e) const {
  // The runs between white space, joined by one space. Most names are
  // written so already, and are copied whole (speed: they were appended
  // run by run; ExtractQuotes ran 0.5% fewer instructions).
  // (A loop that breaks at the first byte that rules it out, not one that
  // tests a flag at every byte; speed: ExtractQuotes ran 0.5% fewer
  // instructions.)
  bool joined = b < e && text_[b] != ' ' && text_[e - 1] != ' ';
  if (joined) {
    for (size_t i = b; i < e; ++i) {
      const unsigned char c = text_[i];
      if (c <= ' ' && (c != ' ' || text_[i - 1] == ' ')) {
        joined = false;
        break;
      }
    }
  }
  std::string out =
      joined ? std::string(text_.data() + b, e - b) : std::string();
  if (!joined) {
    auto is_space = [](char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    out.reserve(e - b);
    size_t i = b;
    while (i < e) {
      while (i < e && is_space(text_[i])) ++i;
      size_t j = i;
      while (j < e && !is_space(text_[j])) ++j;
      if (j > i) {
        if (!out.empty()) out += ' ';
        out.append(text_.data() + i, j - i);
      }
      i = j;
    }
  }
  // A possessive ending is not part of the name; but one closing a
  // description before a comma or full stop is a name's own ("A nurse ...
  // at Seattle Children's, who asked").
  const bool described =
      !out.empty() && e < text_.size() &&
      (text_[e] == ',' || text_[e] == '.') &&
      ((out[0] >= 'a' && out[0] <= 'z') || StartsWith(out, "A ") ||
       StartsWith(out, "An ") || StartsWith(out, "One ") ||
       StartsWith(out, "Another "));
  if (described) return out;
  // ("Moody's said", "McDonald's has": a name ending in 's before its verb
  // is the name's own.)
  if (e + 1 < text_.size() && text_[e] == ' ' && out.size() > 2 &&
      out.back() == 's') {
    size_t m = e + 1;
    while (m < text_.size() && m < e + 12 && text_[m] >= 'a' &&
           text_[m] <= 'z') {
      ++m;
    }
    const std::string_view next = text_.substr(e + 1, m - e - 1);
    if ((m == text_.size() || !absl::ascii_isalpha(text_[m])) &&
        (next == "said" || next == "says" || next == "told" ||
         next == "tells" || next == "has" || next == "had" || next == "is" ||
         next == "was" || next == "will" || next == "would" ||
         next == "added" || next == "adds" || next == "wrote" ||
         next == "noted" || next == "warned" || next == "stated" ||
         next == "announced" || next == "confirmed" || next == "declined")) {
      return out;
    }
  }
  if (out.size() > 2 && (out.compare(out.size() - 2, 2, "'s") == 0)) {
    out.resize(out.size() - 2);
  } else if (out.size() > 4 &&
             out.compare(out.size() - 4, 4, "\xE2\x80\x99s") == 0) {
    out.resize(out.size() - 4);
  } else if (out.size() > 1 && out.back() == '\'') {
    out.pop_back();
  } else if (out.size() > 3 &&
             out.compare(out.size() - 3, 3, "\xE2\x80\x99") == 0) {
    out.resize(out.size() - 3);
  } else if (out.size() > 4 && e < text_.size() && text_[e] == '.' &&
             (EndsWith(out, " Jr") || EndsWith(out, " Sr"))) {
    out += '.';  // "Tomás Gutierrez Sr.": the stop is the suffix's
  }
  return out;
}

namespace {

// "Toronto-based", "Kong-registered": where a body or a person is from
// (quotes_lexicon's IsPlaceAdjective is "Italian", "Texan"); and who leads
// it ("Labour-led").
bool IsFromPlace(std::string_view w) {
  // (Most words end in neither letter: no search.)
  if (w.size() < 7 || (w.back() != 'd' && w.back() != 'n')) return false;
  const size_t hy = w.rfind('-');
  if (hy == std::string_view::npos) return false;
  std::string_view tail = w.substr(hy + 1);
  return tail == "based" || tail == "born" || tail == "headquartered" ||
         tail == "listed" || tail == "registered" || tail == "owned" ||
         tail == "backed" || tail == "run" || tail == "controlled" ||
         tail == "funded" || tail == "led";
}

// "Dutchman", "Swede": a noun of a nation (not "American", an adjective
// too, nor "Finn" or "Scot", first names too).
bool IsNationalityNoun(std::string_view w) {
  return w.ends_with("man") || w.ends_with("woman") || Equals(w, "Swede") ||
         Equals(w, "Dane") || Equals(w, "Briton") || Equals(w, "Pole") ||
         Equals(w, "Spaniard") || Equals(w, "Serb") || Equals(w, "Croat") ||
         Equals(w, "Turk");
}

// The initials of a name's capitalised words: "Institute for Fiscal
// Studies" -> "IFS". (All the letters of a word in capitals: "Central Bank
// of the UAE" -> "CBUAE".)
std::string Acronym(const std::string& name) {
  std::string out;
  size_t b = 0;
  while (b < name.size()) {
    size_t e = name.find(' ', b);
    if (e == std::string::npos) e = name.size();
    if (name[b] >= 'A' && name[b] <= 'Z') {
      bool caps = e - b >= 2 && e - b <= 5;
      for (size_t c = b; caps && c < e; ++c) {
        caps = name[c] >= 'A' && name[c] <= 'Z';
      }
      out.append(name, b, caps ? e - b : 1);
    }
    b = e + 1;
  }
  return out;
}

// Whether `acr` holds the initials of `name` in any order: "JNE" for the
// "National Jury of Elections", "CNI" for the "National Confederation of
// Industry" (a name translated from its own language's order).
bool InitialsInAnyOrder(const std::string& name, std::string_view acr) {
  const std::string initials = Acronym(name);
  return initials.size() == acr.size() &&
         std::is_permutation(initials.begin(), initials.end(), acr.begin());
}

// Every word of `name` but its last is a surname particle ("van Leeuwen",
// "De la Torre").
bool AllParticlesBeforeLast(std::string_view name) {
  size_t b = 0;
  for (size_t sp = name.find(' '); sp != std::string_view::npos;
       b = sp + 1, sp = name.find(' ', b)) {
    if (!IsSurnameParticle(name.substr(b, sp - b))) return false;
  }
  return b > 0;
}

// Whether `longer` is a fuller form of the name `shorter` ("Gurpreet Singh
// Sandhu" of "Gurpreet Sandhu", "Seo-yeon Kwon" of "Kwon"), not another
// person of the same surname ("Mai Xiong Vang" after "Hlee Vang").
// ("Fergal Ó Dálaigh" of "Ó Dálaigh", a surname with its particle.)
bool Extends(const std::string& longer, const std::string& shorter) {
  size_t sp = shorter.find(' ');
  if (sp == std::string::npos) return true;
  if (longer.compare(0, sp + 1, shorter, 0, sp + 1) == 0) return true;
  // ("Van Leeuwen" in a headline, "Oskar van Leeuwen" in the story: the
  // particle capitalised where it opens the name.)
  const size_t at = longer.size() - shorter.size();
  return longer.size() > shorter.size() && longer[at - 1] == ' ' &&
         absl::ascii_tolower(static_cast<unsigned char>(longer[at])) ==
             absl::ascii_tolower(static_cast<unsigned char>(shorter[0])) &&
         longer.compare(at + 1, std::string::npos, shorter, 1) == 0 &&
         AllParticlesBeforeLast(shorter);
}

// The desk a wire headline opens with ("Tennis-", "Soccer-", "Exclusive-").
bool IsWireSlug(std::string_view w) {
  static constexpr std::string_view kSlugs[] = {
      "Tennis",     "Soccer",    "Golf",       "Cricket",  "Athletics",
      "Rugby",      "Cycling",   "Boxing",     "Olympics", "Swimming",
      "Basketball", "Baseball",  "Motorsport", "Sailing",  "Skiing",
      "Hockey",     "Exclusive", "Analysis",   "Factbox",  "Explainer",
      "Insight",    "Update"};
  for (std::string_view slug : kSlugs) {
    if (w == slug) return true;
  }
  return false;
}

}  // namespace

bool IsNameParticleAnyCase(std::string_view w) {
  char lower[8];
  if (w.empty() || w.size() > sizeof(lower)) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  return qi::IsNameParticle(std::string_view(lower, w.size()));
}

bool IsSurnameParticle(std::string_view w) {
  return w == "\xC3\x93" || w == "N\xC3\xAD" || w == "U\xC3\xAD" || w == "Ua" ||
         w == "Nic" || w == "Mac" || w == "Mag" || IsNameParticleAnyCase(w);
}

void NameEnds(const std::string& name, std::string* first, std::string* last) {
  size_t sp = name.find(' ');
  size_t lsp = name.rfind(' ');
  *first = name.substr(0, sp);
  *last = lsp == std::string::npos ? name : name.substr(lsp + 1);
}

namespace {

int CountWords(const std::string& s) {
  if (s.empty()) return 0;
  // The spaces of eight bytes at a time: a space's byte becomes zero, and
  // each zero byte one bit, summed by a multiplication (speed: a loop over
  // the bytes; ExtractQuotes ran 0.3% fewer instructions).
  int n = 1;
  const char* p = s.data();
  size_t len = s.size();
  for (; len >= 8; p += 8, len -= 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    x ^= 0x2020202020202020ull;
    const uint64_t low = 0x7F7F7F7F7F7F7F7Full;
    const uint64_t zeros = ~(((x & low) + low) | x | low);
    n += static_cast<int>(((zeros >> 7) * 0x0101010101010101ull) >> 56);
  }
  for (; len > 0; ++p, --len) n += *p == ' ';
  return n;
}

}  // namespace

// The author of the document `noun` ("report") that the text names with
// "by" or "from" after the noun anywhere ("The report, published on
// Tuesday by the Health Standards Inspectorate for Wales (HSIW) ..."), if
// one author only; else empty. (*person: the author is a person.)
std::string Extractor::DocumentIssuer(std::string_view noun,
                                      bool* person) const {
  std::string found;
  for (size_t at = text_.find(noun); at != std::string_view::npos;
       at = text_.find(noun, at + noun.size())) {
    // (The noun as a word.)
    if (at > 0 &&
        absl::ascii_isalpha(static_cast<unsigned char>(text_[at - 1]))) {
      continue;
    }
    const size_t k = DocumentByAt(at + noun.size());
    if (k == std::string_view::npos) continue;
    bool is_person = false;
    std::string name = DocumentAuthorAt(k, &is_person);
    if (name.empty()) continue;
    if (!found.empty() && found != name) return "";
    found = std::move(name);
    *person = is_person;
  }
  return found;
}

namespace {

// The nouns of "the company said" for a body a headline opens with: a
// business, a team or a band, not a public body (a council is as often
// the place's as the story's).
bool IsHeadlineBodyNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "company", "firm",      "club",      "band",        "group",
      "team",    "startup",   "retailer",  "airline",     "bank",
      "insurer", "operator",  "developer", "carmaker",    "maker",
      "chain",   "brand",     "label",     "charity",     "publisher",
      "studio",  "lender",    "franchise", "supermarket", "manufacturer",
      "outfit",  "orchestra", "festival",  "broadcaster", "business"};
  for (std::string_view n : kNouns) {
    if (w == n) return true;
  }
  return false;
}

// Whether `word` stands in `text` in lower case ("workers" for a
// headline's "Workers"): a common noun, not a name.
bool StandsInLowerCase(std::string_view text, std::string_view word) {
  if (word.empty() || word.size() > 31 || word[0] < 'A' || word[0] > 'Z') {
    return false;
  }
  char buf[32];
  for (size_t i = 0; i < word.size(); ++i) buf[i] = word[i];
  buf[0] = static_cast<char>(word[0] + 32);
  const std::string_view lower(buf, word.size());
  for (size_t at = text.find(lower); at != std::string_view::npos;
       at = text.find(lower, at + 1)) {
    const bool starts = at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n';
    const size_t e = at + lower.size();
    const bool ends = e == text.size() || text[e] == ' ' || text[e] == ',' ||
                      text[e] == '.' || text[e] == '\n';
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

void Extractor::NamesAfterPortfolios() {
  for (Work& w : works_) {
    std::string& name = w.q.speaker.name;
    if (w.q.speaker.organization || name.size() < 12 || name[0] < 'A' ||
        name[0] > 'Z') {
      continue;
    }
    const size_t sp = name.find(' ');
    if (sp == std::string::npos ||
        !qi::IsTitle(std::string_view(name).substr(0, sp))) {
      continue;
    }
    std::vector<std::string_view> words;
    for (size_t b = 0; b < name.size();) {
      size_t e = name.find(' ', b);
      if (e == std::string::npos) e = name.size();
      if (e > b) words.push_back(std::string_view(name).substr(b, e - b));
      b = e + 1;
    }
    int of = -1;
    for (int k = 1; k + 1 < static_cast<int>(words.size()); ++k) {
      if (words[k] == "of" || words[k] == "for") of = k;
    }
    if (of < 0) continue;
    const int n = static_cast<int>(words.size());
    int start = -1;
    // (Past a title such as "Dr" first: "... Ocean Resources Dr Aishath
    // Shaheema".)
    for (int k = of + 1; k + 1 < n; ++k) {
      std::string_view t = words[k];
      if (t.ends_with(".")) t.remove_suffix(1);
      if (t == "Dr" || t == "Mr" || t == "Mrs" || t == "Ms" || t == "Prof") {
        start = k + 1;
      }
    }
    // (Then at an initial: "... Light Industry J.Enkhbayar".)
    for (int k = of + 1; start < 0 && k < n; ++k) {
      const std::string_view t = words[k];
      if (t.size() >= 3 && t[1] == '.' && t[0] >= 'A' && t[0] <= 'Z') {
        start = k;
      }
    }
    // (Else at a given name, or a word the text never writes in lower
    // case, that is no member of the portfolio's list: not "Electronics"
    // of "Electronics and Information Technology".)
    for (int k = of + 1; start < 0 && k + 1 < n; ++k) {
      const std::string_view t = words[k];
      if (t.ends_with(",") || t == "and" || words[k + 1] == "and" ||
          words[k - 1] == "and") {
        continue;
      }
      if (qi::KnownFirstName(t) || (!StandsInLowerCase(text_, t) &&
                                    !qi::IsPortfolio(t) && !qi::IsTitle(t))) {
        start = k;
      }
    }
    if (start <= of) continue;
    std::string rest;
    for (int k = start; k < n; ++k) {
      if (!rest.empty()) rest += ' ';
      rest.append(words[k]);
    }
    name = std::move(rest);
  }
}

void Extractor::BodyOfHeadline() {
  std::vector<Work*> left;
  for (Work& w : works_) {
    const std::string& name = w.q.speaker.name;
    if (name.size() > 4 &&
        (name.starts_with("the ") || name.starts_with("The ")) &&
        name.find(' ', 4) == std::string::npos &&
        IsHeadlineBodyNoun(std::string_view(name).substr(4))) {
      left.push_back(&w);
    }
  }
  if (left.empty()) return;
  // The headline: the first block of two words or more (past a section
  // label), if it is short.
  std::string_view line;
  size_t line_end = 0;
  for (const Block& block : seg_.blocks) {
    const std::string_view b =
        text_.substr(block.begin, block.end - block.begin);
    if (b.find(' ') == std::string_view::npos) continue;
    // (A headline ends with no full stop.)
    if (b.size() <= 200 && b.back() != '.') {
      line = b;
      line_end = block.end;
    }
    break;
  }
  if (line.empty()) return;
  // Its opening run of capitalised words ("Hallam & Pryor"), up to five,
  // ended by a word in lower case or a possessive.
  std::vector<std::string_view> run;
  bool ended = false;
  for (size_t i = 0; i < line.size() && run.size() < 5;) {
    size_t e = line.find(' ', i);
    if (e == std::string_view::npos) e = line.size();
    std::string_view w = line.substr(i, e - i);
    i = e + 1;
    bool poss = false;
    for (std::string_view s :
         {std::string_view("'s"), std::string_view("\u2019s")}) {
      if (w.size() > s.size() && w.ends_with(s)) {
        w.remove_suffix(s.size());
        poss = true;
      }
    }
    if (w == "&" && !run.empty()) {
      run.push_back(w);
      continue;
    }
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') {
      ended = !w.empty() && w[0] >= 'a' && w[0] <= 'z';
      // (A verb before its object: "Read the memo".)
      if (run.size() == 1 &&
          (w == "the" || w == "a" || w == "an" || w == "how" || w == "why" ||
           w == "what" || w == "his" || w == "her" || w == "their")) {
        return;
      }
      break;
    }
    // ("Glasshouse Sisters Break Up, Say ...": a comma or a colon ends it.)
    if (w.size() > 1 && (w.back() == ',' || w.back() == ':')) {
      w.remove_suffix(1);
      poss = true;
    }
    bool letters = true;
    for (char c : w) {
      letters = letters &&
                ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-');
    }
    if (!letters) break;
    run.push_back(w);
    if (poss) {
      ended = true;
      break;
    }
  }
  if (run.empty() || run.back() == "&") return;
  // (A title-case headline runs on: "Glasshouse Sisters Break Up". The
  // longest opening of the run the text names again below.)
  const std::string_view below = text_.substr(line_end);
  std::string name;
  for (size_t n = run.size(); n >= 1 && name.empty(); --n) {
    if (n == run.size() && !ended && run.size() == 5) continue;
    if (run[n - 1] == "&" || (n == 1 && run[0] == "The")) continue;
    std::string candidate;
    for (size_t k = 0; k < n; ++k) {
      if (k > 0) candidate += ' ';
      candidate.append(run[k]);
    }
    std::string_view find = candidate;
    // ("The Paper Saints": "the Paper Saints" below.)
    if (n >= 2 && find.starts_with("The ")) find.remove_prefix(4);
    if (below.find(find) != std::string_view::npos) name = candidate;
  }
  if (name.empty()) return;
  // Not a common noun ("Workers locked out"), a verb ("Read the memo"), a
  // title or a person.
  const std::string_view first =
      run[0] == "The" && run.size() > 1 ? run[1] : run[0];
  const std::string_view last =
      std::string_view(name).substr(name.rfind(' ') + 1);
  if (StandsInLowerCase(text_, first) || qi::IsTitle(first) ||
      qi::KnownFirstName(first) ||
      by_last_.contains(absl::string_view(last.data(), last.size())) ||
      by_first_.contains(absl::string_view(first.data(), first.size()))) {
    return;
  }
  // ("Castlebridge City": "Castlebridge City Football Club" where the text
  // gives the body's full name.)
  for (size_t at = below.find(name + ' '); at != std::string_view::npos;
       at = below.find(name + ' ', at + 1)) {
    size_t e = at + name.size();
    size_t full_end = 0;
    for (int words = 0; words < 3 && e + 1 < below.size() && below[e] == ' ' &&
                        below[e + 1] >= 'A' && below[e + 1] <= 'Z';
         ++words) {
      size_t we = e + 1;
      while (we < below.size() && ((below[we] >= 'a' && below[we] <= 'z') ||
                                   (below[we] >= 'A' && below[we] <= 'Z'))) {
        ++we;
      }
      if (qi::IsOrgSuffix(below.substr(e + 1, we - e - 1))) full_end = we;
      e = we;
    }
    if (full_end > 0) {
      name = std::string(below.substr(at, full_end - at));
      break;
    }
  }
  for (Work* w : left) {
    w->q.speaker.name = name;
    w->q.speaker.organization = true;
  }
}

// After the run: a speaker's name gets the middle names the text gives it
// anywhere ("Ruth Albright" is "Ruth Ellen Albright" when a later paragraph
// says "Ruth Ellen Albright was born ...").
void Extractor::FullestNames() {
  // The words after "Lord ", "Baroness " and an elder's title in the
  // text, read once when first needed.
  absl::flat_hash_map<std::string, std::string> peers;
  bool peers_read = false;
  auto read_peers = [&] {
    peers_read = true;
    // (And an elder so called by one name alone, "Mama Wanjiru", not
    // "Mama Elsie Kalmet".)
    // (Each with whether it is an elder's.)
    static constexpr std::pair<std::string_view, bool> kTitles[] = {
        {"Lord ", false},
        {"Baroness ", false},
        {"Mama ", true},
        {"Papa ", true}};
    for (const auto& [title, elder] : kTitles) {
      for (size_t at = text_.find(title); at != std::string_view::npos;
           at = text_.find(title, at + 1)) {
        size_t e = at + title.size();
        while (e < text_.size() &&
               absl::ascii_isalpha(static_cast<unsigned char>(text_[e]))) {
          ++e;
        }
        const std::string_view word =
            text_.substr(at + title.size(), e - at - title.size());
        if (elder && e + 1 < text_.size() && text_[e] == ' ' &&
            absl::ascii_isupper(static_cast<unsigned char>(text_[e + 1]))) {
          continue;
        }
        if (!word.empty()) {
          peers.emplace(std::string(word),
                        std::string(text_.substr(at, e - at)));
        }
      }
    }
  };
  absl::flat_hash_map<std::string, std::string> surname_first;
  // The blocks whose names were not registered: captions, headings and
  // other furniture, and paragraphs that open in capitals ("WHEN MATEJ
  // KRANJC launched").
  std::vector<std::pair<size_t, size_t>> unread;
  bool unread_listed = false;
  auto unread_blocks = [&]() -> const std::vector<std::pair<size_t, size_t>>& {
    if (!unread_listed) {
      unread_listed = true;
      for (const Block& b : seg_.blocks) {
        if (b.kind != BlockKind::kBody ||
            (b.end - b.begin > 2 &&
             absl::ascii_isupper(static_cast<unsigned char>(text_[b.begin])) &&
             absl::ascii_isupper(
                 static_cast<unsigned char>(text_[b.begin + 1])))) {
          unread.emplace_back(b.begin, b.end);
        }
      }
    }
    return unread;
  };
  absl::flat_hash_map<std::string, std::string> body_in_full;
  absl::flat_hash_map<std::string, std::string> ends_name;
  absl::flat_hash_map<std::string, std::string> initials_full;
  for (Work& w : works_) {
    Speaker& sp = w.q.speaker;
    // "a new report describes as", "The report also criticised": a
    // document the text says elsewhere is by a named body is that body's.
    if (!sp.organization && sp.name.size() > 4 && sp.name.size() < 40 &&
        (sp.name[0] == 'a' || sp.name[0] == 'A' || sp.name[0] == 't' ||
         sp.name[0] == 'T')) {
      const size_t sp1 = sp.name.find(' ');
      const std::string_view first = std::string_view(sp.name).substr(0, sp1);
      const std::string_view head =
          std::string_view(sp.name).substr(sp.name.rfind(' ') + 1);
      if (sp1 != std::string::npos &&
          (first == "a" || first == "A" || first == "the" || first == "The") &&
          (head == "report" || head == "study" || head == "review" ||
           head == "audit" || head == "assessment" || head == "survey" ||
           head == "analysis")) {
        bool person = false;
        std::string issuer = DocumentIssuer(head, &person);
        if (!issuer.empty()) {
          sp.name = std::move(issuer);
          sp.organization = !person;
          continue;
        }
      }
    }
    // ""One of the poorest on record", says FIG" in a headline, before
    // "The Falkland Islands Government (FIG)" in the body: initials the
    // text spells out later.
    // ("The Convention of Scottish Local Authorities (Cosla)": or initials
    // in title case that the text gave in brackets after the name, which
    // begins with their letter.)
    if (sp.name.size() >= 2 && sp.name.size() <= 12 && !acronyms_.empty()) {
      const bool capitals = LooksLikeAcronym(sp.name);
      const bool title_case = !capitals && sp.name.size() >= 3 &&
                              sp.name[0] >= 'A' && sp.name[0] <= 'Z' &&
                              sp.name.find(' ') == std::string::npos;
      auto a = (capitals && sp.name.size() <= 6) || title_case
                   ? acronyms_.find(sp.name)
                   : acronyms_.end();
      // (Its own initials, not a shorter form's: "EPA" is no "Domestic
      // Energy Producers Alliance".)
      // (Or its letters in another order, of a name translated: "CNI" for
      // the "National Confederation of Industry".)
      if (a != acronyms_.end() &&
          (capitals ? a->second.size() > sp.name.size() &&
                          InitialsInAnyOrder(a->second, sp.name)
                    : a->second.size() > sp.name.size() + 3 &&
                          a->second[0] == sp.name[0] &&
                          a->second.find(' ') != std::string::npos)) {
        sp.name = a->second;
        // ("Acting Commissioner of Police (CoP) Natalie Ramdass-Mohammed
        // ... The CoP said": a title's initials, the person's, below.)
        if (!TitleWordsOnly(sp.name)) {
          sp.organization = true;
          continue;
        }
      }
    }
    // "PhRMA, the Pharmaceutical Research and Manufacturers of America,
    // said": initials, then the name they stand for after ", the ".
    if (sp.name.size() >= 3 && sp.name.size() <= 8 &&
        sp.name.find(' ') == std::string::npos) {
      std::string capitals;
      for (char c : sp.name) {
        if (c >= 'A' && c <= 'Z') capitals += c;
      }
      if (capitals.size() >= 3 && sp.name[0] >= 'A' && sp.name[0] <= 'Z') {
        auto [it, fresh] = initials_full.try_emplace(sp.name);
        if (fresh) {
          const std::string lead = sp.name + ", the ";
          const size_t at = text_.find(lead);
          const size_t b = at == std::string_view::npos ? at : at + lead.size();
          const size_t e = b == std::string_view::npos
                               ? b
                               : text_.find_first_of(",.;(\n", b);
          if (e != std::string_view::npos && e - b < 120 &&
              Acronym(std::string(text_.substr(b, e - b))) == capitals) {
            it->second = std::string(text_.substr(b, e - b));
          }
        }
        if (!it->second.empty()) {
          sp.name = it->second;
          sp.organization = true;
          continue;
        }
      }
    }
    // "Referees' body PGMOL": a body's initials, spelt out elsewhere,
    // after a description; "NGO Climate Accountability Europe": a body
    // after the initials of its kind.
    if (sp.name.size() > 6 && sp.name.find(' ') != std::string::npos) {
      const size_t lsp = sp.name.rfind(' ');
      const std::string_view tail = std::string_view(sp.name).substr(lsp + 1);
      const size_t psp = sp.name.rfind(' ', lsp - 1);
      const char before_tail = sp.name[psp == std::string::npos ? 0 : psp + 1];
      // (Not "a senior official at the CBN", a source as written.)
      auto descriptive = [&] {
        for (absl::string_view w :
             absl::StrSplit(absl::string_view(sp.name).substr(0, lsp), ' ')) {
          const std::string lower = absl::AsciiStrToLower(w);
          if (qi::IsFunctionWord(lower) || qi::IsSmallNumber(lower)) {
            return false;
          }
        }
        return true;
      };
      if (before_tail >= 'a' && before_tail <= 'z' && LooksLikeAcronym(tail) &&
          !acronyms_.empty()) {
        auto a = acronyms_.find(absl::string_view(tail.data(), tail.size()));
        if (a != acronyms_.end() && Acronym(a->second) == tail &&
            descriptive()) {
          sp.name = a->second;
          sp.organization = true;
          continue;
        }
      }
      if (sp.name.starts_with("NGO ") && sp.name[4] >= 'A' &&
          sp.name[4] <= 'Z' && sp.name.find(' ', 4) != std::string::npos) {
        sp.name.erase(0, 4);
        sp.organization = true;
        continue;
      }
    }
    // "Judge says community was "consulted in name only"", "the Tánaiste
    // said": a title alone is the person the text names with it, the
    // nearest before the quotation, else the first after it.
    if (sp.name.size() >= 2 && sp.name[0] >= 'A' && sp.name[0] <= 'Z' &&
        sp.name.size() < 40 && TitleWordsOnly(sp.name)) {
      std::string full = TitledName(sp.name, w.q.outer.begin);
      if (!full.empty()) {
        sp.name = std::move(full);
        sp.organization = false;
        continue;
      }
    }
    // ("WHEN DAVID HOLLOWAY opened ...", then "Holloway said": a word read
    // as a body's name that the text gives after a first name is a person.)
    if (sp.organization && sp.name.size() >= 3 && sp.name[0] >= 'A' &&
        sp.name[0] <= 'Z' && sp.name.find(' ') == std::string::npos &&
        !org_names_.contains(sp.name)) {
      auto [it, fresh] = surname_first.try_emplace(sp.name);
      if (fresh) it->second = FirstNameAnywhere(sp.name, unread_blocks());
      if (!it->second.empty()) {
        sp.name = it->second;
        sp.organization = false;
        continue;
      }
    }
    // ("The Ukrainian Air Force said ... the Air Force said": the body
    // named before with its country's adjective in front.)
    if (sp.organization && sp.name.find(' ') != std::string::npos) {
      auto o = org_by_last_.find(
          absl::string_view(sp.name).substr(sp.name.rfind(' ') + 1));
      if (o != org_by_last_.end() && o->second.size() > sp.name.size() + 1 &&
          o->second.ends_with(sp.name) &&
          o->second[o->second.size() - sp.name.size() - 1] == ' ' &&
          o->second.find(' ') == o->second.size() - sp.name.size() - 1 &&
          qi::IsNationality(absl::AsciiStrToLower(absl::string_view(
              o->second.data(), o->second.size() - sp.name.size() - 1))) &&
          SeenBefore(o->second, w.q.outer.begin)) {
        sp.name = o->second;
        continue;
      }
    }
    // ""..." - Mensah fumes after defeat": a headline's surname, read
    // before the body named "Emmanuel Kwabena Mensah", is the one person of
    // that surname the text names in full.
    // (With no title before it: not "Mr Brennan" after "Anne Brennan".)
    if (sp.name.size() >= 3 && sp.name.find(' ') == std::string::npos &&
        sp.name[0] >= 'A' && sp.name[0] <= 'Z' &&
        !people_by_last_.contains(sp.name)) {
      auto by = by_last_.find(sp.name);
      // ("Urioste wins ..." before "Beatriz Urioste Ferrés": or the first
      // of two surnames.)
      if (by != by_last_.end() && by->second.size() > sp.name.size() + 1 &&
          (by->second.ends_with(" " + sp.name) ||
           (CountWords(by->second) >= 3 &&
            by->second.find(" " + sp.name + " ") != std::string::npos)) &&
          !TitleBefore(sp.mention_span.begin)) {
        sp.name = by->second;
        sp.organization = false;
        continue;
      }
    }
    // ("Agency vows to “respond sternly”" opening a headline: a body's noun
    // in capitals is the body of that sort the text names, the nearest
    // before the quotation, else the first after it with the noun in its
    // name.)
    if (sp.name.size() >= 4 && sp.name.size() < 24 &&
        sp.name.find(' ') == std::string::npos &&
        absl::ascii_isupper(static_cast<unsigned char>(sp.name[0])) &&
        w.q.outer.begin < text_.size() &&
        sp.mention_span.begin < text_.size() &&
        (sp.mention_span.begin == 0 ||
         text_[sp.mention_span.begin - 1] == '\n')) {
      const std::string head = absl::AsciiStrToLower(sp.name);
      if (qi::IsOrgNoun(head)) {
        int before = -1, after = -1;
        for (int k = 0; k < static_cast<int>(actors_.size()); ++k) {
          const Actor& a = actors_[k];
          if (!a.org || a.plural || a.name == sp.name ||
              !absl::ascii_isupper(static_cast<unsigned char>(a.name[0]))) {
            continue;
          }
          const std::string lower = absl::AsciiStrToLower(a.name);
          const bool named = lower.find(head) != std::string::npos;
          if (a.pos < w.q.outer.begin) {
            if (named || SameSortOfBody(head, lower)) before = k;
          } else {
            if (named && after < 0) after = k;
          }
        }
        const int found = before >= 0 ? before : after;
        if (found >= 0) {
          sp.name = actors_[found].name;
          sp.organization = true;
          continue;
        }
      }
    }
    // ("a trader who gave her name as Mama Ibeji": an unknown word read
    // as a body's name, which the text gives after an elder's title.)
    if (sp.organization && sp.name.size() >= 3 &&
        sp.name.find(' ') == std::string::npos &&
        absl::ascii_isupper(static_cast<unsigned char>(sp.name[0])) &&
        !org_names_.contains(sp.name)) {
      if (!peers_read) read_peers();
      auto peer = peers.find(sp.name);
      if (peer != peers.end()) {
        sp.name = peer->second;
        sp.organization = false;
        continue;
      }
    }
    if (sp.organization && sp.name.size() >= 3) {
      auto [it, fresh] = body_in_full.try_emplace(sp.name);
      if (fresh) it->second = BodyNameAround(sp.name, w.q.outer.end + 256);
      if (!it->second.empty()) sp.name = it->second;
      continue;
    }
    // ("de Aguas": a particle opens no name.)
    if (sp.name.starts_with("de ")) {
      std::string full = BodyNameAround(sp.name, w.q.outer.end + 256);
      if (!full.empty()) sp.name = std::move(full);
      continue;
    }
    if (sp.organization || sp.name.size() < 3) continue;
    if (!born_as_.empty()) {
      auto born = born_as_.find(sp.name);
      if (born != born_as_.end()) {
        sp.name = born->second;
        continue;
      }
    }
    const size_t sp1 = sp.name.find(' ');
    // "Lord Arrochar said": a peer named by title and territory alone keeps
    // the title, his only name.
    if (sp1 == std::string::npos && sp.name[0] >= 'A' && sp.name[0] <= 'Z') {
      if (!peers_read) read_peers();
      auto peer = peers.find(sp.name);
      if (peer != peers.end()) {
        sp.name = peer->second;
      } else if (std::string full = FirstNameAnywhere(sp.name, unread_blocks());
                 !full.empty()) {
        sp.name = std::move(full);
      }
      continue;
    }
    // ("Ó Súilleabháin said", the body giving the full name only in a
    // caption: a surname with its particle, as a surname alone above.)
    if (sp1 != std::string::npos &&
        sp.name.find(' ', sp1 + 1) == std::string::npos &&
        IsSurnameParticle(std::string_view(sp.name).substr(0, sp1)) &&
        sp1 + 1 < sp.name.size() &&
        absl::ascii_isupper(static_cast<unsigned char>(sp.name[sp1 + 1])) &&
        !by_last_.contains(sp.name)) {
      std::string full = FirstNameAnywhere(sp.name, unread_blocks(), true);
      if (!full.empty()) {
        sp.name = std::move(full);
        continue;
      }
    }
    const size_t lsp = sp.name.rfind(' ');
    if (sp1 == std::string::npos ||
        sp.name.find(" and ") != std::string::npos || sp.name[0] < 'A' ||
        sp.name[0] > 'Z') {
      continue;
    }
    const absl::string_view last(sp.name.data() + lsp + 1,
                                 sp.name.size() - lsp - 1);
    auto fits = [&](const std::string& full) {
      return CountWords(full) > CountWords(sp.name) &&
             full.compare(0, sp1 + 1, sp.name, 0, sp1 + 1) == 0 &&
             full.size() > last.size() &&
             full.compare(full.size() - last.size(), last.size(), last.data(),
                          last.size()) == 0 &&
             full[full.size() - last.size() - 1] == ' ';
    };
    // ("Thaddeus R. Greenlee", then "Thaddeus Roosevelt Greenlee was
    // born": a middle initial the text spells out.)
    auto spells_out = [&](const std::string& full) {
      if (CountWords(full) != CountWords(sp.name) || full == sp.name) {
        return false;
      }
      size_t a = 0, b = 0;
      bool initial = false;
      while (a < sp.name.size() && b < full.size()) {
        const size_t ae = std::min(sp.name.find(' ', a), sp.name.size());
        const size_t be = std::min(full.find(' ', b), full.size());
        const std::string_view x(sp.name.data() + a, ae - a);
        const std::string_view y(full.data() + b, be - b);
        if (x != y) {
          if (!(x.size() == 2 && x[1] == '.' && y.size() > 2 && y[0] == x[0] &&
                y.back() != '.')) {
            return false;
          }
          initial = true;
        }
        a = ae + 1;
        b = be + 1;
      }
      return initial;
    };
    // ("Fernández de la Cruz says", after "María José Fernández de la
    // Cruz": a surname of several words that ends a fuller name.)
    auto ends_with_name = [&](const std::string& full) {
      return full.size() > sp.name.size() + 1 && full.ends_with(sp.name) &&
             full[full.size() - sp.name.size() - 1] == ' ';
    };
    // (A particle inside: "Fernández de la Cruz", "Dos Santos" is not.)
    if (sp.name.find(' ', sp1 + 1) != std::string::npos &&
        sp.name[sp1 + 1] >= 'a' && sp.name[sp1 + 1] <= 'z') {
      // (The people named, and the speakers of other quotations; once for
      // each name: speed, a walk for every quotation cost FullestNames on
      // Brown 40% more instructions.)
      auto [it, fresh] = ends_name.try_emplace(sp.name);
      if (fresh) {
        const std::string* ending = nullptr;
        bool two = false;
        auto consider = [&](const std::string& full) {
          if (!ends_with_name(full)) return;
          two |= ending != nullptr && *ending != full;
          ending = &full;
        };
        for (const auto& [at, full] : named_people_) consider(full);
        for (const Work& o : works_) {
          if (!o.q.speaker.organization) consider(o.q.speaker.name);
        }
        if (ending != nullptr && !two) it->second = *ending;
      }
      if (!it->second.empty()) {
        sp.name = it->second;
        continue;
      }
    }
    auto by = by_last_.find(last);
    auto same = people_by_last_.find(last);
    if (by != by_last_.end() && (fits(by->second) || spells_out(by->second))) {
      sp.name = by->second;
      continue;
    }
    // ("Abdel Moneim" after "Hisham Abdel Moneim el-Sayed": the words
    // inside or at the end of the one fuller name that has the last of
    // them.)
    if (same == people_by_last_.end()) {
      auto holds = [&](const std::string& fuller) {
        if (fuller.size() <= sp.name.size() + 1) return false;
        if (ends_with_name(fuller)) return true;
        const size_t at = fuller.find(sp.name, 1);
        return at != std::string::npos && fuller[at - 1] == ' ' &&
               at + sp.name.size() < fuller.size() &&
               fuller[at + sp.name.size()] == ' ';
      };
      if (by != by_last_.end() && holds(by->second)) {
        sp.name = by->second;
        continue;
      }
      // (Of a word inside a name: "" when two names have it.)
      auto in = inner_words_.find(last);
      if (in != inner_words_.end() && holds(in->second.second)) {
        sp.name = in->second.second;
        continue;
      }
    }
    if (same != people_by_last_.end()) {
      bool found = false;
      for (const std::string& full : same->second) {
        if (fits(full) || spells_out(full)) {
          sp.name = full;
          found = true;
          break;
        }
      }
      if (found) continue;
      // (The one person of the surname whose name ends with it.)
      const std::string* ending = nullptr;
      for (const std::string& full : same->second) {
        if (ends_with_name(full)) {
          if (ending != nullptr && *ending != full) {
            ending = nullptr;
            break;
          }
          ending = &full;
        }
      }
      if (ending != nullptr) {
        sp.name = *ending;
        continue;
      }
    }
    // "Tanvir Ahmed said", after "Tanvir Ahmed Chowdhury": a name that is
    // the first words of one person's fuller name, one word short, is that
    // person (a South Asian or Indonesian name shortened from the end).
    // (Only when a longer name of that first word was registered; speed:
    // the walk over named_people_ for every speaker cost ExtractQuotes
    // 1.8% more instructions on Brown.)
    auto of_first = by_first_.find(absl::string_view(sp.name.data(), sp1));
    if (of_first == by_first_.end() ||
        CountWords(of_first->second) <= CountWords(sp.name)) {
      continue;
    }
    const std::string* longer = nullptr;
    for (const auto& [at, full] : named_people_) {
      if (full.size() > sp.name.size() + 1 && full.starts_with(sp.name) &&
          full[sp.name.size()] == ' ' &&
          full.find(' ', sp.name.size() + 1) == std::string::npos &&
          full[sp.name.size() + 1] >= 'A' && full[sp.name.size() + 1] <= 'Z' &&
          !IsPostNominal(std::string_view(full).substr(sp.name.size() + 1)) &&
          // (Not "the Rafael Quintero Scholarship".)
          !qi::IsNonPersonWord(
              std::string_view(full).substr(sp.name.size() + 1)) &&
          !qi::IsOrgSuffix(std::string_view(full).substr(sp.name.size() + 1))) {
        if (longer != nullptr && *longer != full) {
          longer = nullptr;
          break;
        }
        longer = &full;
      }
    }
    if (longer != nullptr) sp.name = *longer;
  }
}

std::string Extractor::FirstNameAnywhere(
    const std::string& surname,
    const std::vector<std::pair<size_t, size_t>>& unread, bool guessed) const {
  if (surname.size() < 3) return "";
  std::string caps = surname;
  bool ascii = true;
  for (char& c : caps) {
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    c = absl::ascii_toupper(static_cast<unsigned char>(c));
  }
  std::string found;
  for (const auto& [rb, re] : unread) {
    const std::string_view range = text_.substr(0, re);
    for (int pass = 0; pass < (ascii ? 2 : 1); ++pass) {
      const std::string& s = pass == 0 ? surname : caps;
      for (size_t at = range.find(s, rb); at != std::string_view::npos;
           at = range.find(s, at + 1)) {
        const size_t end = at + s.size();
        if (at < rb + 3 || text_[at - 1] != ' ' ||
            (end < text_.size() &&
             (absl::ascii_isalnum(static_cast<unsigned char>(text_[end])) ||
              static_cast<unsigned char>(text_[end]) >= 0x80))) {
          continue;
        }
        size_t b = at - 1;
        while (b > rb && text_[b - 1] != ' ' && text_[b - 1] != '\n') --b;
        std::string first(text_.substr(b, at - 1 - b));
        if (first.size() < 2 ||
            !absl::ascii_isupper(static_cast<unsigned char>(first[0]))) {
          continue;
        }
        // (A capitals lede: "WHEN MATEJ KRANJC".)
        if (pass == 1) {
          for (size_t i = 1; i < first.size(); ++i) {
            if (static_cast<unsigned char>(first[i]) >= 0x80) break;
            first[i] =
                absl::ascii_tolower(static_cast<unsigned char>(first[i]));
          }
        }
        if (!(guessed ? qi::MaybeFirstName(first)
                      : qi::KnownFirstName(first)) ||
            qi::IsTitle(first)) {
          continue;
        }
        // (Not a couple's shared name: "Sandra and Ray Bullimore".)
        if (b >= 4 && (text_.compare(b - 4, 4, "and ") == 0 ||
                       text_.compare(b - 2, 2, "& ") == 0)) {
          return "";
        }
        std::string full = first + " " + surname;
        if (!found.empty() && found != full) return "";
        found = std::move(full);
      }
    }
  }
  if (found.empty()) return "";
  // The sex the honorifics before the surname give: none when both do (two
  // people: "Ms Brennan" and her father "Mr Brennan"), nor another sex than
  // the first name's.
  char honorific = 0;
  for (std::string_view h :
       {"Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ", "Miss "}) {
    const std::string written = std::string(h) + surname;
    const size_t at = text_.find(written);
    if (at == std::string_view::npos ||
        (at > 0 &&
         absl::ascii_isalpha(static_cast<unsigned char>(text_[at - 1])))) {
      continue;
    }
    const char sex = qi::TitleGender(h.substr(0, h.find_first_of(". ")));
    honorific = honorific == 0 || honorific == sex ? sex : 'x';
  }
  if (honorific == 'x') return "";
  if (honorific != 0) {
    const char sex = qi::FirstNameGender(found.substr(0, found.find(' ')));
    if (sex != 0 && sex != honorific) return "";
  }
  return found;
}

bool Extractor::TitleBefore(size_t at) const {
  size_t e = at;
  while (e > 0 && text_[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && text_[b - 1] != ' ' && text_[b - 1] != '\n') --b;
  std::string_view word = text_.substr(b, e - b);
  if (word.ends_with('.')) word.remove_suffix(1);
  return !word.empty() && qi::IsTitle(word);
}

bool Extractor::TitleWordsOnly(std::string_view name) {
  bool title = false;
  while (!name.empty()) {
    const size_t sp = name.find(' ');
    const std::string_view word = name.substr(0, sp);
    if (qi::IsTitle(word) && !qi::IsPortfolio(word)) {
      title = true;
    } else if (!qi::IsPortfolio(word) &&
               // ("Commissioner of Police", "Minister for Finance".)
               !(title &&
                 (word == "of" || word == "for" || word == "Police"))) {
      return false;
    }
    if (sp == std::string_view::npos) break;
    name.remove_prefix(sp + 1);
  }
  return title;
}

std::string Extractor::TitledName(const std::string& title, size_t at) const {
  const std::string lead = title + " ";
  // The words after the title that open with a capital (or are a particle
  // before one): "Nomvula Dlamini-Mthembu", "Seán Mac Cárthaigh".
  auto name_after = [&](size_t b) {
    // (Past the title's initials in brackets: "Commissioner of Police
    // (CoP) Natalie Ramdass-Mohammed".)
    if (b < text_.size() && text_[b] == '(') {
      const size_t close = text_.find(") ", b);
      if (close != std::string_view::npos && close - b <= 8) b = close + 2;
    }
    // (And past its portfolio: "Minister of Economic Affairs Lin
    // Wen-hsiang", up to the last word of one.)
    if (text_.compare(b, 3, "of ") == 0 || text_.compare(b, 4, "for ") == 0) {
      size_t w = b + (text_[b] == 'o' ? 3 : 4);
      size_t after_portfolio = std::string_view::npos;
      for (int words = 0; words < 6 && w < text_.size(); ++words) {
        size_t we = w;
        while (we < text_.size() && text_[we] != ' ' && text_[we] != ',' &&
               text_[we] != '.' && text_[we] != '\n') {
          ++we;
        }
        const std::string_view word = text_.substr(w, we - w);
        if (word.empty()) break;
        const bool joins = word == "and" || word == "the";
        if (!joins &&
            !absl::ascii_isupper(static_cast<unsigned char>(word[0]))) {
          break;
        }
        if (qi::IsPortfolio(word)) after_portfolio = we + 1;
        if (we >= text_.size() || text_[we] != ' ') break;
        w = we + 1;
      }
      if (after_portfolio != std::string_view::npos &&
          after_portfolio < text_.size()) {
        b = after_portfolio;
      }
    }
    size_t e = b;
    int words = 0;
    while (e < text_.size() && words < 5) {
      size_t we = e;
      while (we < text_.size() && text_[we] != ' ' && text_[we] != ',' &&
             text_[we] != '.' && text_[we] != '\n' && text_[we] != ';' &&
             text_[we] != ':' && text_[we] != ')') {
        ++we;
      }
      const std::string_view word = text_.substr(e, we - e);
      const unsigned char c = word.empty() ? 0 : word[0];
      const bool cap = (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC5);
      if (!cap && !(qi::IsNameParticle(word) && we + 1 < text_.size() &&
                    text_[we] == ' ' && absl::ascii_isupper(text_[we + 1]))) {
        break;
      }
      if (cap && qi::IsTitle(word)) break;
      ++words;
      e = we;
      if (e + 1 < text_.size() && text_[e] == ' ') {
        ++e;
      } else {
        break;
      }
    }
    std::string name(text_.substr(b, e - b));
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (name.ends_with("'s")) {
      name.resize(name.size() - 2);
    } else if (name.ends_with("\u2019s")) {
      name.resize(name.size() - 4);
    }
    return name;
  };
  auto whole_word_at = [&](size_t k) {
    return k == 0 || text_[k - 1] == ' ' || text_[k - 1] == '\n' ||
           text_[k - 1] == '(' || text_[k - 1] == '"';
  };
  std::string found;
  // (Before the quotation, the nearest; else after it, the first; within
  // 2,000 bytes: speed, a search of the whole text cost ExtractQuotes on
  // Brown 5% more instructions.)
  const size_t lo = at > 2000 ? at - 2000 : 0;
  const std::string_view before = text_.substr(lo, at - lo);
  for (size_t k = before.rfind(lead); k != std::string_view::npos && k > 0;
       k = before.rfind(lead, k - 1)) {
    if (!whole_word_at(lo + k)) continue;
    found = name_after(lo + k + lead.size());
    if (!found.empty()) break;
  }
  const std::string_view after = text_.substr(at, 2000);
  for (size_t k = after.find(lead);
       found.empty() && k != std::string_view::npos;
       k = after.find(lead, k + 1)) {
    if (!whole_word_at(at + k)) continue;
    found = name_after(at + k + lead.size());
  }
  if (found.empty()) return "";
  // (A person's name: not "Correspondent Jo Bell", "Leader Viliame".)
  {
    const std::string_view first =
        std::string_view(found).substr(0, found.find(' '));
    if (qi::IsPersonNoun(absl::AsciiStrToLower(
            absl::string_view(first.data(), first.size())))) {
      return "";
    }
  }
  // The fullest form the text gives of the surname: "Judge Dlamini-Mthembu"
  // is "Nomvula Dlamini-Mthembu".
  const size_t lsp = found.rfind(' ');
  auto l = by_last_.find(lsp == std::string::npos
                             ? absl::string_view(found)
                             : absl::string_view(found).substr(lsp + 1));
  if (l != by_last_.end() && CountWords(l->second) > CountWords(found) &&
      l->second.ends_with(found)) {
    return l->second;
  }
  return found;
}

std::string Extractor::BodyNameAround(const std::string& name,
                                      size_t near) const {
  auto letter = [&](size_t i) {
    const unsigned char c = text_[i];
    return absl::ascii_isalnum(c) || c >= 0x80 || c == '-';
  };
  auto cap = [&](size_t i) {
    const unsigned char c = text_[i];
    return absl::ascii_isupper(c) || (c >= 0xC3 && c <= 0xC5);
  };
  // The start of the word that ends at `end` (exclusive), or `end`.
  auto word_start = [&](size_t end) {
    size_t b = end;
    while (b > 0 && letter(b - 1)) --b;
    return b;
  };
  // Back over capitalised words from the word ending at `end`, through ", "
  // between them when `list`; the start of the first, or `end`.
  auto caps_back = [&](size_t end, bool list) {
    size_t first = end;
    while (true) {
      const size_t wb = word_start(end);
      if (wb == end || !cap(wb)) break;
      first = wb;
      if (list && wb >= 2 && text_[wb - 1] == ' ' && text_[wb - 2] == ',') {
        end = wb - 2;
      } else if (wb >= 1 && text_[wb - 1] == ' ') {
        end = wb - 1;
      } else {
        break;
      }
    }
    return first;
  };
  auto before_is = [&](size_t b, std::string_view w) {
    return b >= w.size() + 2 && text_[b - 1] == ' ' &&
           text_.compare(b - 1 - w.size(), w.size(), w) == 0 &&
           text_[b - 2 - w.size()] == ' ';
  };
  auto body_noun = [](std::string_view w) {
    return qi::IsOrgSuffix(w) || w == "Division" || w == "Program" ||
           w == "Programme";
  };
  // (The first mention in the 1,500 bytes before `near`; speed: a search
  // of the whole text cost ExtractQuotes on Brown 13% more instructions.)
  size_t at = std::string_view::npos;
  const size_t from = near > 1500 ? near - 1500 : 0;
  const std::string_view upto = text_.substr(0, near);
  for (size_t k = upto.find(name, from); k != std::string_view::npos;
       k = upto.find(name, k + 1)) {
    const size_t e = k + name.size();
    if (k > 0 && text_[k - 1] == ' ' && (e >= text_.size() || !letter(e))) {
      at = k;
      break;
    }
  }
  if (at == std::string_view::npos) return "";
  size_t b = at, e = at + name.size();
  // (Not a body known by the name on its own: "the Ministry of Defence and
  // Capita".)
  if (org_names_.contains(name)) return "";
  const std::string_view last_word =
      std::string_view(name).substr(name.rfind(' ') + 1);
  bool joined = false;
  if (name[0] >= 'A' && name[0] <= 'Z' && before_is(b, "and")) {
    // A list of names before "and": "Meteorology, Climatology and
    // Geophysics Agency", "the Economy and Finance".
    const size_t f = caps_back(b - 5, true);
    if (f == b - 5) return "";
    b = f;
    joined = true;
  } else if (name.starts_with("de ") && b >= 2) {
    // A particle: "Dirección General de Aguas".
    const size_t f = caps_back(b - 1, false);
    if (f == b - 1) return "";
    b = f;
    joined = true;
  }
  if (joined) {
    // A body before "of" or "for": "Ministry for the Economy and Finance".
    size_t c = b;
    if (before_is(c, "the")) c -= 4;
    bool headed = false;
    for (std::string_view of : {"of", "for"}) {
      if (!before_is(c, of)) continue;
      const size_t head_end = c - of.size() - 2;
      const size_t f = caps_back(head_end, false);
      if (f < head_end &&
          body_noun(text_.substr(word_start(head_end),
                                 head_end - word_start(head_end)))) {
        b = f;
        headed = true;
      }
    }
    if (!headed && !name.starts_with("de ") && !body_noun(last_word)) {
      return "";
    }
  } else if (name.find(' ') == std::string::npos && body_noun(name) &&
             (text_.compare(e, 4, " of ") == 0 ||
              text_.compare(e, 5, " for ") == 0)) {
    // Forward from a body's noun: "Division of Health Care Financing and
    // Policy".
    size_t c = e + 1;
    size_t end = e;
    const size_t stop = text_.find_first_of(".;\n", e);
    while (c < text_.size()) {
      size_t we = c;
      while (we < text_.size() && letter(we)) ++we;
      const std::string_view w = text_.substr(c, we - c);
      if (w.empty()) break;
      if (cap(c)) {
        end = we;
      } else if (!(w == "of" || w == "for" || w == "and" || w == "the")) {
        break;
      }
      if (we + 1 < text_.size() && text_[we] == ' ') {
        c = we + 1;
      } else if (we + 2 < text_.size() && text_[we] == ',' &&
                 text_[we + 1] == ' ' && cap(we + 2) &&
                 text_.find(" and ", we) < stop) {
        c = we + 2;  // a list before "and"
      } else {
        break;
      }
    }
    if (end <= e + 3) return "";
    e = end;
  } else {
    return "";
  }
  std::string_view full = text_.substr(b, e - b);
  if (full.starts_with("The ")) full.remove_prefix(4);
  return std::string(full);
}

// Whether the organisation `full` was named before text position `pos`
// ("The Congress ... said" is not the "Congress Legislature Party" named
// after it).
bool Extractor::SeenBefore(const std::string& full, size_t pos) const {
  auto p = org_pos_.find(full);
  return p == org_pos_.end() || p->second < pos;
}

// Whether `full` stands somewhere in the text after capitalised words whose
// initials are `initials` ("Judicial Commissioner Marcus Lim", "JC").
bool Extractor::TitleInitialsBefore(const std::string& full,
                                    std::string_view initials) const {
  for (size_t at = text_.find(full); at != std::string_view::npos;
       at = text_.find(full, at + 1)) {
    size_t p = at;
    bool ok = true;
    for (size_t i = initials.size(); i-- > 0 && ok;) {
      if (p < 2 || text_[p - 1] != ' ') {
        ok = false;
        break;
      }
      size_t b = p - 1;
      while (b > 0 &&
             absl::ascii_isalpha(static_cast<unsigned char>(text_[b - 1]))) {
        --b;
      }
      ok = b < p - 1 && text_[b] == initials[i];
      p = b;
    }
    if (ok) return true;
  }
  return false;
}

namespace {

// Whether w could be one syllable of a romanised Chinese name: two to four
// letters, the first a capital ("Ong", "Hui", "Kiat").
bool ChineseSyllable(absl::string_view w) {
  if (w.size() < 2 || w.size() > 4 || w[0] < 'A' || w[0] > 'Z') return false;
  for (size_t k = 1; k < w.size(); ++k) {
    if (w[k] < 'a' || w[k] > 'z') return false;
  }
  return true;
}

}  // namespace

// The fullest earlier form of the name text_[b, e) of `tokens` words.
std::string Extractor::FullName(size_t b, size_t e, int tokens,
                                bool* person) const {
  std::string name = NameText(b, e);
  *person = tokens >= 2;
  // Views into `name`, for look-ups without copies.
  absl::string_view whole(name.data(), name.size());
  size_t sp = name.find(' ');
  size_t lsp = name.rfind(' ');
  absl::string_view first = whole.substr(0, sp);
  absl::string_view last =
      lsp == std::string::npos ? whole : whole.substr(lsp + 1);
  // "Bledsoe Jr. said" after "Otis Bledsoe Sr." and "Otis Bledsoe Jr.":
  // the one named before with that surname and that generation.
  if (tokens == 2 && IsGeneration(std::string_view(last.data(), last.size()))) {
    const std::string tail = " " + name;
    auto one = by_last_.find(first);
    if (one != by_last_.end() && one->second.ends_with(tail)) {
      *person = true;
      return one->second;
    }
    if (auto same = people_by_last_.find(first);
        same != people_by_last_.end()) {
      for (const std::string& other : same->second) {
        if (other.ends_with(tail)) {
          *person = true;
          return other;
        }
      }
    }
  }
  // "B.Oyunchimeg said" after "Batsukh Oyunchimeg": a Mongolian name, the
  // father's name's initial joined to the given name, is the person named
  // in full with both.
  // (The initial is a token of its own.)
  if (tokens <= 2 && name.size() > 3 && sp == std::string::npos) {
    const size_t dot = name.find('.');
    if (dot != std::string::npos && (dot == 1 || dot == 2) &&
        dot + 2 < name.size() && name[0] >= 'A' && name[0] <= 'Z' &&
        name[dot + 1] >= 'A' && name[dot + 1] <= 'Z') {
      auto full = by_last_.find(whole.substr(dot + 1));
      if (full != by_last_.end() && full->second.size() > name.size() &&
          full->second.compare(0, dot, name, 0, dot) == 0 &&
          full->second.find(' ') != std::string::npos) {
        *person = true;
        return full->second;
      }
    }
  }
  auto it = by_last_.find(last);
  // "Al-Mansouri said" opening a sentence, after "Khalid al-Mansouri".
  if (it == by_last_.end() && last.size() > 3 && last[0] >= 'A' &&
      last[0] <= 'Z' && last.find('-') != absl::string_view::npos) {
    std::string lowered(last);
    lowered[0] = static_cast<char>(lowered[0] + 32);
    it = by_last_.find(lowered);
  }
  if (tokens == 1 && it != by_last_.end()) {
    if (const std::string& owner = BareSurnameOwner(last); !owner.empty()) {
      *person = true;
      return owner;
    }
  }
  if (tokens == 1 && it != by_last_.end() && !subjects_.empty()) {
    // Of several names with that surname ("Pho Hoa", a restaurant, and
    // "Nguyen Thi Hoa arrived in 1982"), the first that has been the
    // subject of a sentence.
    auto same = people_by_last_.find(last);
    if (same != people_by_last_.end() && same->second.size() >= 2 &&
        !subjects_.contains(it->second)) {
      for (const std::string& other : same->second) {
        // (Not a shorter form of the same person: "Ramón Peralta"; nor a
        // relative of the one the piece is about: "His brother and
        // assistant, Jens Verbeek, ... have also left".)
        if (subjects_.contains(other) && !Extends(it->second, other) &&
            !IntroducedAsRelative(other)) {
          *person = true;
          return other;
        }
      }
    }
  }
  // "JC Lim" after "Judicial Commissioner Marcus Lim": a title's initials
  // before the surname.
  if (tokens == 2 && it != by_last_.end() && first.size() >= 2 &&
      first.size() <= 4 &&
      LooksLikeAcronym(std::string_view(first.data(), first.size())) &&
      CountWords(it->second) >= 2 &&
      TitleInitialsBefore(it->second,
                          std::string_view(first.data(), first.size()))) {
    *person = true;
    return it->second;
  }
  // ("Ruiz said" after "Raúl López Ruiz" and then "Lucía Ruiz Moreno": a
  // Spanish first surname, which names the family, of someone named since
  // the one whose second surname it is.)
  if (tokens == 1 && it != by_last_.end() && !inner_words_.empty()) {
    auto in = inner_words_.find(first);
    if (in != inner_words_.end() && in->second.first < b &&
        !in->second.second.empty() && in->second.second != it->second) {
      const std::string& other = in->second.second;
      const size_t sp = other.rfind(' ');
      const bool first_surname =
          sp != std::string::npos && sp > first.size() &&
          other.compare(sp - first.size(), first.size(), first.data(),
                        first.size()) == 0 &&
          other[sp - first.size() - 1] == ' ';
      size_t latest = 0;
      for (auto p = named_people_.rbegin(); p != named_people_.rend(); ++p) {
        if (p->first < b && p->second == it->second) {
          latest = p->first;
          break;
        }
      }
      if (first_surname && in->second.first > latest) {
        *person = true;
        return other;
      }
    }
  }
  // ("Jelani" after "Jelani anak Luta" and "Rosalind anak Jelani": the
  // word after "anak" or "bin" is a father's name, not a family's; a word
  // alone is the one whose given name it is.)
  if (tokens == 1 && it != by_last_.end()) {
    const std::string_view full = it->second;
    const size_t sp = full.rfind(' ');
    const size_t sp2 = sp == std::string_view::npos || sp == 0
                           ? std::string_view::npos
                           : full.rfind(' ', sp - 1);
    if (sp2 != std::string_view::npos) {
      const std::string_view particle = full.substr(sp2 + 1, sp - sp2 - 1);
      if (particle == "anak" || particle == "bin" || particle == "binti" ||
          particle == "binte" || particle == "bint") {
        auto f = by_first_.find(first);
        if (f != by_first_.end() && f->second != it->second) {
          *person = true;
          return f->second;
        }
      }
    }
  }
  // ("Gantulga said" after "D.Gantulga": the given name alone.)
  if (tokens == 1 && it != by_last_.end() &&
      (it->second.size() == name.size() + 2 ||
       it->second.size() == name.size() + 3) &&
      it->second.ends_with(name) &&
      it->second[it->second.size() - name.size() - 1] == '.') {
    *person = true;
    return it->second;
  }
  if (it != by_last_.end() && CountWords(it->second) > tokens &&
      (tokens == 1 || it->second.find(name) != std::string::npos ||
       absl::string_view(it->second).substr(0, first.size()) == first ||
       // "Van Wyk" opening a sentence, after "Pieter van Wyk"
       (name[0] >= 'A' && name[0] <= 'Z' &&
        it->second.find(static_cast<char>(name[0] + 32) + name.substr(1)) !=
            std::string::npos))) {
    *person = true;
    return it->second;
  }
  // (Not another generation: "Rafael Ortiz Jr." after "Rafael Ortiz Sr." is
  // the son.)
  if (tokens >= 3 &&
      !IsGeneration(std::string_view(last.data(), last.size()))) {
    // "Ruth Ellen Pennington was born ..." after "Ruth Ellen Calloway": the
    // same given names with another surname (a maiden name) are the person
    // named first.
    auto f = by_first_.find(first);
    if (f != by_first_.end() && f->second.size() > lsp &&
        f->second.compare(0, lsp + 1, name, 0, lsp + 1) == 0 &&
        f->second.find(' ', lsp + 1) == std::string::npos &&
        f->second != name) {
      *person = true;
      return f->second;
    }
  }
  if (tokens == 1) {
    auto f = by_first_.find(first);
    if (f != by_first_.end()) {
      // ("Ukhozi said" after "Ukhozi Platinum's shaft" in a caption and
      // "Ukhozi Platinum Holdings" in the body: a "person" whose name is a
      // business's but for its legal form is the business.)
      if (!org_by_first_.empty()) {
        auto o = org_by_first_.find(f->second);
        if (o != org_by_first_.end() &&
            o->second.size() > f->second.size() + 1 &&
            o->second[f->second.size()] == ' ' &&
            (qi::IsCompanyForm(
                 std::string_view(o->second).substr(f->second.size() + 1)) ||
             // ("Nimbal Cloud" in the headline, "Nimbal Cloud Services"
             // in the body: or a body's word.)
             qi::IsOrgSuffix(
                 std::string_view(o->second).substr(f->second.size() + 1))) &&
            SeenBefore(o->second, b)) {
          *person = false;
          return o->second;
        }
      }
      // ("Lim said" after "Lim Boon Hock" and then, in this paragraph or
      // the one before, "Datuk Lim Siew Lan": of two names in Chinese
      // order with that family name, the one named last.)
      if (ChineseSyllable(first)) {
        for (auto it = named_people_.rbegin(); it != named_people_.rend();
             ++it) {
          if (it->first >= b) continue;
          if (it->first < prev_block_b_) break;
          const std::string& other = it->second;
          if (other != f->second && other.size() > first.size() &&
              other.compare(0, first.size(), first.data(), first.size()) == 0 &&
              other[first.size()] == ' ' &&
              (CountWords(other) == 3 ||
               // ("Wang Kuo-ping": or a given name written with a hyphen.)
               (CountWords(other) == 2 &&
                other.find('-', first.size()) != std::string::npos))) {
            *person = true;
            return other;
          }
        }
      }
      *person = true;
      return f->second;
    }
    // "Chavarría said" after "Yendry Chavarría Obando", "Cantú" after
    // "Rosa María Cantú de León": the first of two surnames, where the
    // name registered none under it, is the one person named before with
    // the word inside the name.
    if (auto in = inner_words_.find(first); in != inner_words_.end() &&
                                            in->second.first < b &&
                                            !in->second.second.empty()) {
      *person = true;
      return in->second.second;
    }
    auto o = org_by_first_.find(first);
    if (o != org_by_first_.end() && SeenBefore(o->second, b)) {
      return o->second;  // "Nordvik"
    }
    o = org_by_last_.find(first);
    if (o != org_by_last_.end()) return o->second;  // "the Commission"
    auto a = acronyms_.find(first);
    if (a != acronyms_.end()) return a->second;  // "NRW"
    // "Esa", "Nasa": an acronym written as a word, as some papers do.
    if (first.size() >= 3 && first.size() <= 5 && first[0] >= 'A' &&
        first[0] <= 'Z') {
      std::string upper(first);
      bool lower_rest = true;
      for (size_t c = 1; c < upper.size(); ++c) {
        lower_rest &= upper[c] >= 'a' && upper[c] <= 'z';
        upper[c] = static_cast<char>(upper[c] - 32);
      }
      if (lower_rest) {
        a = acronyms_.find(upper);
        if (a != acronyms_.end()) return a->second;
      }
    }
    // ("TCEQ", "TfL": capitals, perhaps with a joining word's letter.)
    int capitals = 0;
    bool letters = first.size() >= 3 && first.size() <= 6;
    for (char c : first) {
      capitals += c >= 'A' && c <= 'Z';
      letters &= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
    if (letters && capitals >= 2 && first[0] >= 'A' && first[0] <= 'Z' &&
        first.size() - capitals <= 1) {
      std::string full = SpelledOut(name, b);
      if (!full.empty()) return full;
    }
  } else {
    // "NNPC Ltd" after "Nigerian National Petroleum Company Limited (NNPC
    // Ltd)": initials and a legal form.
    if (tokens == 2 &&
        LooksLikeAcronym(std::string_view(first.data(), first.size())) &&
        first[0] >= 'A' && first[0] <= 'Z' &&
        qi::IsCompanyForm(std::string_view(last.data(), last.size()))) {
      auto a = acronyms_.find(first);
      if (a != acronyms_.end()) {
        *person = false;
        return a->second;
      }
    }
    // "Silver Sage" after "Silver Sage Lithium Corp.".
    auto o = org_by_first_.find(whole);
    // ("St. Brendan's said" after "St. Brendan's Health": the name with its
    // possessive.)
    if (o == org_by_first_.end() && b < e && text_[e - 1] == 's') {
      o = org_by_first_.find(name + "\u2019s");
      if (o == org_by_first_.end()) o = org_by_first_.find(name + "'s");
    }
    if (o != org_by_first_.end() && SeenBefore(o->second, b)) {
      *person = false;
      return o->second;
    }
    // "Nurul Aina said" after "Nurul Aina Zulkifli": given names without
    // the family name.
    // ("Prairie Gold said" after "Prairie Gold Egg Farms", "Cedar Hollow"
    // after "Cedar Hollow Senior Living": the first words of a longer name
    // that opens with no first name are that name.)
    {
      auto f = by_first_.find(first);
      if (f != by_first_.end() && f->second.size() > name.size() + 1 &&
          f->second.compare(0, name.size(), name) == 0 &&
          f->second[name.size()] == ' ') {
        const bool one_more =
            tokens == 2 &&
            f->second.find(' ', name.size() + 1) == std::string::npos;
        // ("Ahmad Faizal said" after "Ahmad Faizal bin Abdul Rahman": the
        // given names before a particle.)
        const size_t next = f->second.find(' ', name.size() + 1);
        const bool particle_next =
            next != std::string::npos && next - name.size() - 1 <= 5 &&
            qi::IsNameParticle(std::string_view(f->second).substr(
                name.size() + 1, next - name.size() - 1));
        // ("Ahmad Faizal said" after "Datuk Ahmad Faizal Che Mat": or two
        // given names that open a name of four words or more.)
        const bool given_names = tokens == 2 && CountWords(f->second) >= 4;
        if (one_more || particle_next || given_names ||
            !qi::KnownFirstName(std::string_view(first.data(), first.size()))) {
          *person = true;
          return f->second;
        }
      }
    }
  }
  // "F.A.A.": initials with full stops.
  if (name.size() >= 4 && name.find('.') != std::string::npos) {
    std::string letters;
    bool initials = true;
    for (char c : name) {
      if (c >= 'A' && c <= 'Z') {
        letters += c;
      } else if (c != '.' && c != ' ') {
        initials = false;
      }
    }
    if (initials && letters.size() >= 2) {
      auto a = acronyms_.find(letters);
      if (a != acronyms_.end()) {
        *person = false;
        return a->second;
      }
    }
  }
  return name;
}

void Extractor::RegisterNames() {
  if (title_case_) return;
  int i = 0;
  // The first person named in the current sentence, for another name of
  // theirs later in it.
  std::string person_in_sentence;
  int person_sent = -1;
  while (i < n_) {
    // Names inside quotations are not read (speed: ExtractQuotes took 2% to
    // 3% less time on Brown; of the 14,266 speakers of the held-out sets
    // one was lost, a surname named in full only in someone's words).
    if (!NameTok(i) || toks_[i].q >= 0) {
      ++i;
      continue;
    }
    // "Harold "Hap" Dueck": a nickname in marks inside the name; the name
    // is the words around it.
    // ("Guadalupe "Lupe" Ortega ... Lupe Ortega says": the nickname with
    // the surname is the person too.)
    // (After a title too: "Sen. Ramon "Monching" Alcaraz".)
    // (Or after a role opening the sentence: "Linebacker Tyce "Boomer"
    // Petrakis".)
    int f = i + (i + 1 < n_ && NameTok(i + 1) &&
                 (Has(i, kTitleWord) ||
                  (Has(i, kRole) && !qi::KnownFirstName(W(i)))));
    // (Or after a body and a title: "Halvorsen CEO Margaret "Meg"
    // Lindqvist".)
    bool after_title = false;
    if (f + 3 < n_ && toks_[f + 3].type == kOpen && NameTok(f + 2) &&
        NameTok(f + 1) && Has(f + 1, kTitleWord | kRole) &&
        qi::KnownFirstName(W(f + 2))) {
      f += 2;
      after_title = true;
    }
    // ("Maria Concepcion "Connie" Dela Rosa-Villareal": after two given
    // names.)
    const int g = f + 5 < n_ && toks_[f + 2].type == kOpen && NameTok(f + 1) &&
                          qi::KnownFirstName(W(f)) &&
                          !Has(f + 1, kNonPerson | kTitleWord | kOrgSuffixWord |
                                          kFunction)
                      ? f + 1
                      : f;
    // (A nickname of two words, and a surname after a particle: "Antônio
    // "Toninho Jacaré" da Conceição ... Jacaré said".)
    const int c = g + 4 < n_ && NameTok(g + 3) && toks_[g + 4].type == kClose
                      ? g + 4
                      : g + 3;
    int sb = c + 1;
    while (sb + 1 < n_ && sb <= c + 2 && IsWordTok(sb) && !toks_[sb].cap &&
           Has(sb, kParticle)) {
      ++sb;
    }
    if (sb < n_ && toks_[g + 1].type == kOpen && NameTok(g + 2) &&
        toks_[c].type == kClose && NameTok(sb) &&
        (i == 0 || !NameTok(i - 1) || after_title) &&
        !Has(f, kNonPerson | kTitleWord | kOrgSuffixWord | kFunction)) {
      const int e = NameEnd(sb, n_);
      if (e - sb <= 2 && !HasOrgSuffix(sb, e - 1)) {
        const std::string surname = NameText(toks_[c + 1].b, toks_[e - 1].e);
        const std::string full =
            NameText(toks_[f].b, toks_[g].e) + " " + surname;
        RegisterPersonName(full, toks_[f].b);
        const std::string nickname = NameText(toks_[g + 2].b, toks_[c - 1].e);
        nicknames_.emplace(nickname + " " + surname, full);
        // (The two given names, where a reading stops at the mark: "asked
        // Senator Maria Concepcion "Connie" ...".)
        if (g > f) nicknames_.emplace(NameText(toks_[f].b, toks_[g].e), full);
        // (The nickname alone too, and the last word of one of two, where
        // the surname takes a particle or the nickname is two words, as
        // Brazil names its players: "Jacaré said". Elsewhere "Lupe" alone
        // may be someone else's first name.)
        if (sb > c + 1 || c == g + 4) {
          nicknames_.emplace(nickname, full);
          nicknames_.emplace(std::string(W(c - 1)), full);
        }
      }
    }
    // (Or in single marks: "Andre ‘Dre’ Castellanos", "Jim 'Spud'
    // Murphy".)
    if (toks_[f].e + 6 < text_.size() && text_[toks_[f].e] == ' ' &&
        (text_[toks_[f].e + 1] == '\'' ||
         (text_[toks_[f].e + 1] == '\xE2' && text_[toks_[f].e + 2] == '\x80' &&
          text_[toks_[f].e + 3] == '\x98')) &&
        (i == 0 || !NameTok(i - 1)) &&
        // (Or a first name the lists lack after a description in lower
        // case: "motorcycle taxi rider Somsak 'Noi' Phromma".)
        (qi::KnownFirstName(W(f)) ||
         (f == i && i > 0 && IsWordTok(i - 1) && !toks_[i - 1].cap &&
          !Has(i - 1, kFunction) && W(i - 1).size() > 3)) &&
        !Has(f, kNonPerson | kTitleWord | kOrgSuffixWord | kFunction)) {
      const bool curly = text_[toks_[f].e + 1] != '\'';
      const size_t nb = toks_[f].e + (curly ? 4 : 2);
      // (Within a few words: speed.)
      size_t close = text_.substr(nb, 24).find(curly ? "\u2019 " : "' ");
      if (close != std::string_view::npos) close += nb;
      if (nb < text_.size() && absl::ascii_isupper(text_[nb]) &&
          close != std::string_view::npos && close - nb <= 16 &&
          text_.substr(nb, close - nb).find_first_of(" .,") ==
              std::string_view::npos) {
        const int g = FirstTokenAt(close + (curly ? 4 : 2));
        if (g < n_ && toks_[g].b == close + (curly ? 4 : 2) && NameTok(g) &&
            toks_[g].q < 0) {
          const int e = NameEnd(g, n_);
          if (e - g <= 2 && !HasOrgSuffix(g, e - 1)) {
            const std::string surname = NameText(toks_[g].b, toks_[e - 1].e);
            RegisterPersonName(std::string(W(f)) + " " + surname, toks_[f].b);
          }
        }
      }
    }
    int j = i;
    bool poss = false;
    while (j < n_) {
      if (NameTok(j)) {
        poss = toks_[j].poss;
        ++j;
        if (poss) break;
        continue;
      }
      if (ParticleBefore(j, n_)) {
        ++j;
        continue;
      }
      break;
    }
    // "the 27-year-old rapper who records as Saint Quay": another name of
    // the person the sentence is about.
    if (j - i >= 2 && j - i <= 3 && i - 2 >= 0 && WordIs(i - 1, "as") &&
        (WordIs(i - 2, "records") || WordIs(i - 2, "performs") ||
         WordIs(i - 2, "raps") || WordIs(i - 2, "sings") ||
         WordIs(i - 2, "goes") || WordIs(i - 2, "writes") ||
         WordIs(i - 2, "recorded") || WordIs(i - 2, "performed") ||
         WordIs(i - 2, "wrote"))) {
      // (Or of the sentence before, in this paragraph: "Quay Dorsey has a
      // rule ... the 27-year-old rapper who records as Saint Quay".)
      if (!person_in_sentence.empty() && person_sent >= toks_[i].sent - 1) {
        nicknames_.emplace(NameText(toks_[i].b, toks_[j - 1].e),
                           person_in_sentence);
      }
    }
    // "her second album, Pawnshop Gospel,", "the album X": a thing's name.
    // ("her third album, Ashes & Honey,": with an ampersand.)
    int jt = j;
    if (jt + 1 < n_ && IsPunct(jt, '&') && NameTok(jt + 1)) {
      jt = NameEnd(jt + 1, n_);
    }
    if (jt - i >= 2 && jt - i <= 5) {
      int k = i - 1;
      if (k >= 0 && IsPunct(k, ',')) --k;
      char tb[32];
      // (After a comma, not a person's name ending an opening phrase: "In
      // the club bar after that game, Margaret Hale, 71,".)
      if (k >= 0 && IsWordTok(k) && !toks_[k].cap &&
          qi::IsThingNoun(Lower(k, tb)) &&
          !(k == i - 2 && jt - i <= 3 && qi::KnownFirstName(W(i)))) {
        things_.insert(NameText(toks_[i].b, toks_[jt - 1].e));
      }
    }
    // Words seen capitalised inside a sentence are proper nouns.
    bool sentence_initial = i == 0 || toks_[i - 1].sent != toks_[i].sent ||
                            toks_[i - 1].type == kOpen ||
                            toks_[i - 1].type == kPunct;
    if (j - i == 1 && sentence_initial && !toks_[i].poss && i >= 2 &&
        IsPunct(i - 1, ',') && toks_[i - 1].sent == toks_[i].sent) {
      RegisterRelativeByFirstName(toks_[i].b, toks_[i].e);
    }
    if (j - i == 1 && !sentence_initial && !toks_[i].initial) {
      if (!toks_[i].poss) RegisterRelativeByFirstName(toks_[i].b, toks_[i].e);
      std::string_view w = StripPossessive(W(i));
      absl::string_view key(w.data(), w.size());
      // (emplace: one look-up, and a string only for a new word; speed:
      // ExtractQuotes ran 0.1% fewer instructions, with try_emplace in
      // RegisterPersonName and RegisterOrgForms.)
      proper_.emplace(key);
    }
    // "couple Jade and Ryan Whitlock": the first name before "and" shares
    // the surname after it.
    if (j - i == 1 && j + 2 < n_ && WordIs(j, "and") && NameTok(j + 1) &&
        NameTok(j + 2) && !toks_[i].poss && !Has(i, kTitleWord)) {
      int e = j + 1;
      while (e < n_ && NameTok(e) && !toks_[e].poss) ++e;
      // (The second first name may be one both sexes are given: "Sheila
      // and Robin Pryor".)
      // (Or one the rules do not know after a noun for the pair:
      // "brothers Evandro and Marcelo Soares".)
      const bool pair_noun =
          i > 0 && (WordIs(i - 1, "brothers") || WordIs(i - 1, "sisters") ||
                    WordIs(i - 1, "couple") || WordIs(i - 1, "twins") ||
                    WordIs(i - 1, "siblings"));
      if (e - (j + 1) == 2 && !Has(e - 1, kOrgSuffixWord | kNonPerson) &&
          (qi::KnownFirstName(W(i)) || pair_noun) &&
          (qi::MaybeFirstName(W(j + 1)) ||
           !Has(j + 1, kNonPerson | kOrgSuffixWord | kTitleWord | kNationality |
                           kFunction))) {
        RegisterCouple(std::string(W(i)) + " " + std::string(W(e - 1)),
                       NameText(toks_[j + 1].b, toks_[e - 1].e));
      }
    }
    char gender = 0;
    int s = NameStart(i, j - 1, &gender);
    // Letters after a name are not part of it: "Tom Kourakis KC".
    while (j - 1 > s + 1 && IsPostNominal(W(j - 1))) --j;
    // ("The Fredrik Aasen-led owner": the name before what it leads, the
    // article the owner's.)
    const bool leads = j - s >= 2 && PlaceAdjective(j - 1);
    bool ok = j - s >= 2 && !(s > 0 && WordIs(s - 1, "the") && !leads);
    // A title is evidence of a person ("Mayor Steven Park").
    bool titled = s > i && Has(s - 1, kTitleWord);
    int non_initial = 0;
    for (int k = s; ok && k < j; ++k) {
      std::string_view w = W(k);
      if (toks_[k].abbr) w.remove_suffix(1);
      // (A title word as a first name after a description: "striker Dean
      // Whitlock".)
      // ("Dean Coulter" too: a first name that is also a title.)
      bool guessed = false;
      const bool first_name =
          k == s && ((s > 0 && IsWordTok(s - 1) && !toks_[s - 1].cap &&
                      Has(s - 1, kRole | kPerson)) ||
                     (j - s == 2 && !toks_[k].abbr && qi::TitleGender(w) == 0 &&
                      qi::FirstNameGender(w, &guessed) != 0 && !guessed));
      // ("Bill Harmon": a first name that is also a thing's word; "June
      // Castellanos", a month's.)
      const bool known_first = k == s && j - s >= 2 && qi::KnownFirstName(w);
      // ("Kaylee Cardinal", "Tom Bishop": a title's word as a surname
      // after a known first name.)
      // ("Mereani Ratu": or after a given name the lists lack, a word of
      // no other class, where a lower-case description comes before.)
      const bool title_surname =
          k == j - 1 && k > s && !toks_[k].abbr &&
          (qi::KnownFirstName(W(s)) ||
           (j - s == 2 && s > 0 && IsWordTok(s - 1) && !toks_[s - 1].cap &&
            Has(s - 1, kRole | kPerson) &&
            !Has(s, kNonPerson | kOrgSuffixWord | kRole | kTitleWord |
                        kFunction | kNationality | kPerson)));
      // ("Juma Haji Mwinyimkuu", "Salmah binti Haji Othman": "Haji" inside
      // a name is a name.)
      const bool inner_haji = k > s && k < j - 1 &&
                              (Equals(w, "Haji") || Equals(w, "Hajji")) &&
                              !Has(k - 1, kTitleWord);
      if ((Has(k, kTitleWord) && !first_name && !title_surname &&
           !inner_haji) ||
          (!titled && Has(k, kNonPerson) && !known_first)) {
        ok = false;
      }
      if (!toks_[k].initial && toks_[k].cap) {
        ++non_initial;
        // An acronym ("CCP") is not part of a person's name.
        // ("J. Ramsey Pruett III": a generation ends a name.)
        if (LooksLikeAcronym(w) &&
            !(k == j - 1 && k > s + 1 && IsGeneration(w))) {
          ok = false;
        }
      }
    }
    if (j - i >= 3 && j - i <= 8) {
      // "a Frontier Airlines Airbus A321": "Frontier" later names the
      // airline (the run up to its last organisation word).
      // (A run that ends with one, "Quarry Ridge Mining Corp.", is whole.)
      int last = Has(j - 1, kOrgSuffixWord) ? j - 1 : j - 2;
      while (last > i && !Has(last, kOrgSuffixWord)) --last;
      int b0 = i;
      while (b0 < last && Has(b0, kFunction)) ++b0;
      if (last > b0 && Has(last, kOrgSuffixWord) && !toks_[last].poss) {
        RegisterOrgForms(NameText(toks_[b0].b, toks_[last].e), toks_[b0].b);
      }
    }
    // "R.J. Okonkwo", "B.K. Thimmaiah": two initials and a surname (not a
    // body: "U.S. Army").
    // (Or one initial and a surname inside a sentence: "S. Raghavendra".)
    const bool initials_name =
        non_initial == 1 && !toks_[j - 1].initial &&
        !Has(j - 1, kOrgSuffixWord | kNonPerson | kTitleWord) &&
        ((j - s >= 3 && toks_[s].initial && toks_[s + 1].initial) ||
         (j - s == 2 && toks_[s].initial && W(s).size() == 2 && s > 0 &&
          toks_[s - 1].sent == toks_[s].sent) ||
         // ("R. Selvaraj, president of the association, said": opening
         // the sentence before an appositive.)
         (j - s == 2 && toks_[s].initial && W(s).size() == 2 &&
          IsPunct(j, ',') && (s == 0 || toks_[s - 1].sent != toks_[s].sent)));
    // ("Know Where You Stand", "Know Your Numbers": a slogan's or a
    // work's words, with a pronoun or a question's word, are no one's
    // name.)
    for (int k = s; ok && k < j; ++k) {
      const std::string_view w = W(k);
      ok =
          !(w == "You" || w == "Your" || w == "We" || w == "Our" || w == "My" ||
            w == "Where" || w == "What" || w == "How" || w == "Why");
    }
    // ("at least two other Angus MacIsaacs": namesakes counted are no one.)
    if (ok && s >= 1 && W(j - 1).size() > 3 && W(j - 1).back() == 's' &&
        (WordIs(s - 1, "other") || WordIs(s - 1, "two") ||
         WordIs(s - 1, "three") || WordIs(s - 1, "several") ||
         WordIs(s - 1, "many") || WordIs(s - 1, "all"))) {
      ok = false;
    }
    // (At most five words, and two particles more: "Hernán Ezequiel
    // Palacios de la Fuente".)
    // (Counted only for a long name: speed.)
    int particles = 0;
    for (int k = s + 1; j - s > 5 && k < j - 1; ++k) {
      particles += !toks_[k].cap;
    }
    if (ok && (non_initial >= 2 || initials_name) &&
        j - s <= 5 + std::min(particles, 2)) {
      size_t name_e = toks_[j - 1].e;
      if (leads) name_e = toks_[j - 1].b + W(j - 1).rfind('-');
      std::string name = NameText(toks_[s].b, name_e);
      NoteBirthName(name, toks_[s].b, toks_[j - 1].e);
      RegisterPersonName(name, toks_[s].b);
      if (person_sent != toks_[s].sent) {
        person_in_sentence = name;
        person_sent = toks_[s].sent;
      }
      if (gender) {
        gender_[name] = gender;
      } else if (IsPunct(j, ',')) {
        // "Jan Baird, Mr Baird's wife of 34 years,": the appositive's noun.
        if (char g = AppositiveGender(j + 1); g != 0) gender_.emplace(name, g);
      }
    }
    // "Natural Resources Wales (NRW)": the acronym names the body.
    // ("The Norwegian Confederation of Trade Unions, known as LO,": so does
    // one it is known as.)
    // ("Transport for London (TfL)": small letters may stand inside.)
    auto acronym_at = [&](int k) {
      if (k >= n_ || !IsWordTok(k) || W(k).size() < 2 || W(k).size() > 6 ||
          !toks_[k].cap) {
        return false;
      }
      const std::string_view a = W(k);
      if (a[1] >= 'A' && a[1] <= 'Z') return true;
      int upper = 0;
      for (char c : a) {
        if (c >= 'A' && c <= 'Z') {
          ++upper;
        } else if (c < 'a' || c > 'z') {
          return false;
        }
      }
      return upper >= 2 && a.back() >= 'A' && a.back() <= 'Z';
    };
    bool known_as = j + 3 < n_ && IsPunct(j, ',') && WordIs(j + 1, "known") &&
                    WordIs(j + 2, "as") && acronym_at(j + 3) &&
                    (j + 4 >= n_ || toks_[j + 4].type == kPunct);
    int ai = known_as ? j + 3 : j + 1;
    // (", known by its French acronym, CODOFIL".)
    if (!known_as && j + 6 < n_ && IsPunct(j, ',') && WordIs(j + 1, "known") &&
        WordIs(j + 2, "by") && WordIs(j + 3, "its")) {
      int k = j + 4;
      if (!WordIs(k, "acronym") && !WordIs(k, "initials")) ++k;
      if ((WordIs(k, "acronym") || WordIs(k, "initials")) && k + 2 < n_ &&
          IsPunct(k + 1, ',') && acronym_at(k + 2) &&
          (k + 3 >= n_ || toks_[k + 3].type == kPunct)) {
        known_as = true;
        ai = k + 2;
      }
    }
    // ("the Department of Conservation (Doc)": initials in title case, as
    // some papers write them, when they spell the whole name's.)
    bool title_case = false;
    if (!known_as && j + 2 < n_ && IsPunct(j, '(') && IsPunct(j + 2, ')') &&
        IsWordTok(j + 1) && toks_[j + 1].cap && W(j + 1).size() >= 3 &&
        W(j + 1).size() <= 5 && !acronym_at(j + 1)) {
      const std::string_view a = W(j + 1);
      std::string initials;
      int b1 = i;
      while (b1 - 2 >= 0 && (WordIs(b1 - 1, "of") || WordIs(b1 - 1, "for")) &&
             NameTok(b1 - 2) && i - b1 < 8) {
        b1 -= 2;
        while (b1 - 1 >= 0 && NameTok(b1 - 1) && !toks_[b1 - 1].poss) --b1;
      }
      while (b1 < j - 1 && Has(b1, kFunction)) ++b1;  // ("The Convention")
      for (int k = b1; k < j; ++k) {
        if (IsWordTok(k)) initials += static_cast<char>(W(k)[0] & ~0x20);
      }
      title_case = initials.size() == a.size();
      for (size_t c = 0; title_case && c < a.size(); ++c) {
        title_case = (a[c] & ~0x20) == initials[c] &&
                     (c == 0 || (a[c] >= 'a' && a[c] <= 'z'));
      }
    }
    // ("The National Water Commission (Conagua)": or a body's short name
    // in its own language, one word in title case, after a name that ends
    // in a body's word.)
    bool short_name = false;
    if (!known_as && !title_case && j + 2 < n_ && IsPunct(j, '(') &&
        IsPunct(j + 2, ')') && IsWordTok(j + 1) && toks_[j + 1].cap &&
        W(j + 1).size() >= 4 && W(j + 1).size() <= 12 && j - i >= 2 &&
        Has(j - 1, kOrgSuffixWord)) {
      const std::string_view a = W(j + 1);
      short_name = true;
      for (size_t c = 1; short_name && c < a.size(); ++c) {
        short_name = a[c] >= 'a' && a[c] <= 'z';
      }
    }
    if (known_as || title_case || short_name ||
        (j + 2 < n_ && IsPunct(j, '(') && IsPunct(j + 2, ')') &&
         acronym_at(j + 1))) {
      // The whole name, across "of", "for" and "and" ("Federation of
      // Dutch Trade Unions (FNV)").
      int b0 = i;
      while (b0 - 2 >= 0 &&
             (WordIs(b0 - 1, "of") || WordIs(b0 - 1, "for") ||
              WordIs(b0 - 1, "and") || WordIs(b0 - 1, "the")) &&
             NameTok(b0 - 2) && i - b0 < 8) {
        b0 -= 2;
        while (b0 - 1 >= 0 && NameTok(b0 - 1) && !toks_[b0 - 1].poss) --b0;
      }
      // ("Central Bank of the UAE (CBUAE)": over "of the" where the
      // initials say so.)
      if (b0 == i && b0 - 3 >= 0 && WordIs(b0 - 1, "the") &&
          (WordIs(b0 - 2, "of") || WordIs(b0 - 2, "for")) && NameTok(b0 - 3)) {
        int b1 = b0 - 3;
        while (b1 - 1 >= 0 && NameTok(b1 - 1) && !toks_[b1 - 1].poss) --b1;
        while (b1 < b0 - 3 && Has(b1, kFunction)) ++b1;
        if (Acronym(NameText(toks_[b1].b, toks_[j - 1].e)) == W(ai)) {
          b0 = b1;
        }
      }
      while (b0 < j - 1 && Has(b0, kFunction)) ++b0;
      // ("Scottish Government-owned Caledonian Maritime Assets Ltd (CMAL)":
      // past who owns it.)
      for (int k = b0; k < j - 1 && k <= b0 + 3; ++k) {
        if (PlaceAdjective(k)) b0 = k + 1;
      }
      std::string_view acr = W(ai);
      // "People’s Democratic Alliance (PDA)": a possessive word opens it.
      // ("Dairy Producers’ Association (DPA)": or words before it.)
      if (b0 >= 1 && NameTok(b0 - 1) && toks_[b0 - 1].poss &&
          Acronym(NameText(toks_[b0].b, toks_[j - 1].e)) != acr) {
        for (int b1 = b0 - 1; b1 >= 0 && b1 >= b0 - 4 && NameTok(b1) &&
                              (b1 == b0 - 1 || !toks_[b1].poss);
             --b1) {
          if (Acronym(NameText(toks_[b1].b, toks_[j - 1].e)) == acr) {
            b0 = b1;
            break;
          }
        }
      }
      std::string name = NameText(toks_[b0].b, toks_[j - 1].e);
      bool upper = false;
      for (char c : name) upper |= c >= 'a' && c <= 'z';
      // (Or a body's name in another language's initials: "the
      // Federation of German Industries (BDI)".)
      // ("PT Halmahera Mineral Persada (HMP)": or without a company's
      // form before its name.)
      const size_t sp = name.find(' ');
      // ("National Jury of Elections (JNE)": or its initials in the order
      // of the name in its own language.)
      if (upper &&
          (InitialsInAnyOrder(name, acr) || name[0] == acr[0] ||
           (sp != std::string::npos && Acronym(name.substr(sp + 1)) == acr) ||
           (j - b0 >= 3 && HasOrgSuffix(b0, j - 1) &&
            (LooksLikeAcronym(acr) || short_name)))) {
        acronyms_[std::string(acr)] = name;
        org_names_.insert(name);
      }
    } else if (i - 2 >= 0 && (WordIs(i - 1, "of") || WordIs(i - 1, "for")) &&
               NameTok(i - 2) && !toks_[i - 2].poss) {
      // "Neighbors for Responsible Growth": "NRG" may name it later.
      int b0 = i - 2;
      while (b0 - 1 >= 0 && NameTok(b0 - 1) && !toks_[b0 - 1].poss) --b0;
      while (b0 < i - 2 && toks_[b0].cap && WordIs(b0, "the")) ++b0;
      if ((i - 1 - b0) + (j - i) >= 3) {  // three initials at least
        std::string name = NameText(toks_[b0].b, toks_[j - 1].e);
        std::string a = Acronym(name);
        // ("Centers for Disease Control and Prevention": "CDC" names it
        // with the part after "and".)
        if (j + 1 < n_ && WordIs(j, "and") && NameTok(j + 1) &&
            !toks_[j - 1].poss) {
          const int e = NameEnd(j + 1, n_);
          if (e - (j + 1) <= 2) name = NameText(toks_[b0].b, toks_[e - 1].e);
        }
        if (a.size() >= 3 && !acronyms_.contains(a)) acronyms_[a] = name;
      }
    }
    // "PGMOL (Professional Game Match Officials Limited)": initials, then
    // the name they stand for in brackets.
    // ("FPL, or Florida Power & Light, said": or after ", or" up to a
    // comma.)
    const bool or_name = j + 4 < n_ && IsPunct(j, ',') && WordIs(j + 1, "or") &&
                         NameTok(j + 2) && W(j - 1).size() >= 3 && j - 1 == i &&
                         acronym_at(j - 1);
    if (or_name || (j + 3 < n_ && IsPunct(j, '(') && NameTok(j + 1) &&
                    W(j - 1).size() >= 3 && acronym_at(j - 1))) {
      const int open = or_name ? j + 1 : j;
      const char close = or_name ? ',' : ')';
      int k = open + 1;
      while (k < n_ && k < open + 12 &&
             (NameTok(k) || WordIs(k, "of") || WordIs(k, "for") ||
              WordIs(k, "and") || WordIs(k, "the") ||
              (IsPunct(k, '&') && k > open + 1))) {
        ++k;
      }
      if (IsPunct(k, close) && k - (open + 1) >= 2) {
        std::string name = NameText(toks_[open + 1].b, toks_[k - 1].e);
        const std::string acr(W(j - 1));
        const std::string initials = Acronym(name);
        if (initials.size() >= 2 && initials[0] == acr[0] &&
            (initials == acr ||
             (!or_name && acr.find(initials[1]) != std::string::npos)) &&
            !acronyms_.contains(acr)) {
          org_names_.insert(name);
          acronyms_[acr] = std::move(name);
        }
      }
    }
    // ("The CNI, as the National Confederation of Industry is known,
    // said": initials the text says a body is known by, whatever the
    // language of its initials.)
    if (j + 5 < n_ && IsPunct(j, ',') && WordIs(j + 1, "as") &&
        (j - 1 == i || (j - 2 == i && WordIs(i, "the"))) &&
        W(j - 1).size() >= 3 && acronym_at(j - 1)) {
      int open = j + 2;
      if (WordIs(open, "the")) ++open;
      int k = open;
      while (k < n_ && k < open + 10 &&
             (NameTok(k) || WordIs(k, "of") || WordIs(k, "for") ||
              WordIs(k, "and") || WordIs(k, "the"))) {
        ++k;
      }
      if (k > open + 1 && k + 1 < n_ && NameTok(open) &&
          (WordIs(k, "is") || WordIs(k, "are")) && WordIs(k + 1, "known")) {
        const std::string acr(W(j - 1));
        std::string name = NameText(toks_[open].b, toks_[k - 1].e);
        if (!acronyms_.contains(acr) && InitialsInAnyOrder(name, acr)) {
          org_names_.insert(name);
          acronyms_[acr] = std::move(name);
        }
      }
    }
    i = j > i ? j : i + 1;
  }
}

char Extractor::AppositiveGender(int k) const {
  char buf[32];
  // Past an age: "Jan Baird, 56, a nurse".
  if (k + 1 < n_ && toks_[k].digit && IsPunct(k + 1, ',')) k += 2;
  // It opens with an article or a named possessor ("a father of two", "Mr
  // Baird's wife"), not a verb ("remembered a man who") nor "her" ("Kerry
  // Ashworth, 38, her husband Tom, 41, and": a list as often).
  const bool opens = WordIs(k, "a") || WordIs(k, "an") || WordIs(k, "the") ||
                     (NameTok(k) && NameTok(k + 1) && toks_[k + 1].poss) ||
                     (NameTok(k) && toks_[k].poss);
  if (!opens) return 0;
  for (int m = k; m < n_ && m < k + 8; ++m) {
    if (!IsWordTok(m)) return 0;
    if (toks_[m].cap) continue;  // "Mr Baird's"
    const std::string_view w = Lower(m, buf);
    if (w == "who" || w == "whose" || w == "which" || w == "that" ||
        w == "of" || w == "with" || w == "to" || w == "for" || w == "from" ||
        w == "and" || CueAt(m) != nullptr) {
      return 0;
    }
    if (char g = qi::NounGender(w); g != 0) {
      // (Not a list's next person: "her husband Tom".)
      return NameTok(m + 1) ? 0 : g;
    }
  }
  return 0;
}

// RegisterNames for a block far from any quotation, from the segmenter's
// words instead of tokens (faster): runs of capitalised words joined by one
// space (or ". " after an initial) of two to five words are names; a
// capitalised word alone inside a sentence is a proper noun.
void Extractor::RegisterNamesFast(size_t b, size_t e) {
  if (title_case_) return;
  const auto& words = seg_.words;
  // The first word at or after b, walked to from the cursor (speed: a
  // galloping search jumped over the words of the blocks read from tokens
  // since, missing the cache at every step, where a walk reads them in
  // order; ExtractQuotes took 2% less time).
  // (The size and the cursor in locals: flush's calls may, as far as the
  // compiler knows, change them, and it reloaded both at every word; speed:
  // ExtractQuotes ran 0.2% fewer instructions.)
  const size_t nwords = words.size();
  size_t cursor = word_cursor_;
  // (Over a long stretch, 32 words (12 cache lines) at a step first, in
  // order still, then one at a time: the words are in text order, so the
  // cursor stops at the same word. Speed: the walk read every word of the
  // paragraphs read from tokens; ExtractQuotes ran 0.36% fewer
  // instructions and missed the first-level data cache 4% less often.)
  while (cursor + 32 < nwords && words[cursor + 32].begin < b) cursor += 32;
  while (cursor < nwords && words[cursor].begin < b) ++cursor;
  word_cursor_ = cursor;
  size_t run_b[6], run_e[6];
  size_t run_first = 0, run_last = 0;  // indexes in `words` of the run
  int n = 0;
  bool run_initial_sentence = false;
  int named_sentence = -1;  // the last sentence with a person's name
  // The word opening a person's name after an employer and a job, and
  // where the employer's name began.
  size_t described_subject = std::string_view::npos;
  size_t described_b = 0;
  auto flush = [&]() {
    if (n > 0) {
      FastOrganization(run_first, run_last, words[run_last].end);
    }
    if (n == 1 && !run_initial_sentence) {
      RegisterRelativeByFirstName(run_b[0], run_e[0]);
      std::string_view w =
          StripPossessive(text_.substr(run_b[0], run_e[0] - run_b[0]));
      absl::string_view key(w.data(), w.size());
      proper_.emplace(key);
    } else if (n == 1 && fast_actors_ && run_initial_sentence &&
               run_e[0] + 2 < e && text_[run_e[0]] == ' ' &&
               text_[run_e[0] + 1] >= 'a' && text_[run_e[0] + 1] <= 'z' &&
               (by_last_.contains(absl::string_view(text_.data() + run_b[0],
                                                    run_e[0] - run_b[0])) ||
                (by_first_.contains(absl::string_view(text_.data() + run_b[0],
                                                      run_e[0] - run_b[0])) &&
                 qi::KnownFirstName(
                     text_.substr(run_b[0], run_e[0] - run_b[0]))))) {
      // "Ortega gives report on her two patients": a surname named in full
      // before, opening a sentence near a quotation, is that person as the
      // subject, for a "she" after it. ("Abe has strong views on typewriter
      // care": so is a first name.)
      bool person = false;
      Speaker who;
      who.name = FullName(run_b[0], run_e[0], 1, &person);
      if (!by_last_.contains(absl::string_view(text_.data() + run_b[0],
                                               run_e[0] - run_b[0]))) {
        person = who.name.find(' ') != std::string::npos;
      }
      if (person && who.name.find(' ') != std::string::npos) {
        AddActor(run_b[0], who, false, -1, /*subject=*/true, std::string());
      }
    } else if (n == 1 && fast_actors_ && run_e[0] + 3 < e &&
               text_[run_e[0]] == ',' && text_[run_e[0] + 1] == ' ' &&
               text_[run_e[0] + 2] >= '1' && text_[run_e[0] + 2] <= '9') {
      // "Akavak, 31, her partner and their three children share": a
      // surname with an age opening a sentence is the person again.
      const std::string_view one = text_.substr(run_b[0], run_e[0] - run_b[0]);
      auto full = by_last_.find(absl::string_view(one.data(), one.size()));
      if (full != by_last_.end() && full->second.size() > one.size()) {
        Speaker who;
        who.name = full->second;
        AddActor(run_b[0], who, false, -1, /*subject=*/true, std::string());
      } else if (full == by_last_.end() && run_initial_sentence &&
                 qi::KnownFirstName(one)) {
        // ("Maria, 34, sits near the end with her son": so is a first
        // name alone, all the piece gives of someone.)
        Speaker who;
        who.name = std::string(one);
        AddActor(run_b[0], who, false, -1, /*subject=*/true, std::string());
      }
    } else if (n >= 2) {
      // "her second album, Pawnshop Gospel,": a thing's name.
      if (run_first > 0 && n <= 5) {
        const Word& before = words[run_first - 1];
        const std::string_view gap =
            text_.substr(before.end, run_b[0] - before.end);
        const std::string_view bw =
            text_.substr(before.begin, before.end - before.begin);
        if ((Equals(gap, " ") || Equals(gap, ", ")) && bw.size() < 16 &&
            !bw.empty() && bw[0] >= 'a' && bw[0] <= 'z' &&
            qi::IsThingNoun(bw) &&
            !(Equals(gap, ", ") && n <= 3 &&
              qi::KnownFirstName(
                  text_.substr(run_b[0], run_e[0] - run_b[0])))) {
          things_.insert(NameText(run_b[0], run_e[n - 1]));
        }
      }
      // "a Frontier Airlines Airbus A321": "Frontier" later names the
      // airline (the end of the run is not part of its name).
      const bool ends_body =
          n >= 3 && qi::IsOrgSuffix(StripPossessive(text_.substr(
                        run_b[n - 1], run_e[n - 1] - run_b[n - 1])));
      for (int k = ends_body ? n - 1 : n - 2; n >= 3 && k >= 1; --k) {
        if (!qi::IsOrgSuffix(text_.substr(run_b[k], run_e[k] - run_b[k]))) {
          continue;
        }
        int b0 = 0;
        while (b0 < k &&
               Equals(text_.substr(run_b[b0], run_e[b0] - run_b[b0]), "The")) {
          ++b0;
        }
        if (k > b0) RegisterOrgForms(NameText(run_b[b0], run_e[k]), run_b[b0]);
        break;
      }
      char buf[32];
      int s = 0;
      // Whether the run ends in two words after word k that may be a
      // person's name: no body's word in them.
      auto two_word_name = [&](int k) {
        if (n - k != 3) return false;
        const std::string_view a =
            text_.substr(run_b[k + 1], run_e[k + 1] - run_b[k + 1]);
        const std::string_view b =
            text_.substr(run_b[k + 2], run_e[k + 2] - run_b[k + 2]);
        return !qi::IsOrgSuffix(a) && !qi::IsOrgSuffix(StripPossessive(b)) &&
               !qi::IsNonPersonWord(StripPossessive(b)) && !qi::IsTitle(a);
      };
      for (int k = 0; k < n - 1; ++k) {
        std::string_view w = text_.substr(run_b[k], run_e[k] - run_b[k]);
        if (w[0] >= 'a' && w[0] <= 'z') continue;  // a particle
        // ("Hong Kong-registered Bayview Shipmanagement": where it is from,
        // not part of its name.)
        if (IsFromPlace(w)) {
          s = k + 1;
          continue;
        }
        // ("Dean Coulter": a first name that is also a title.)
        // (The title looked up once, and a title is a title before the
        // word is lowered for the other lists; speed: ExtractQuotes ran 0.2%
        // fewer instructions.)
        const bool title = qi::IsTitle(w);
        bool guessed = false;
        const bool first_name =
            k == 0 && n == 2 && title && qi::TitleGender(w) == 0 &&
            qi::FirstNameGender(w, &guessed) != 0 && !guessed;
        if (title && !first_name) {
          s = k + 1;
          continue;
        }
        size_t len = std::min<size_t>(w.size(), 31);
        for (size_t c = 0; c < len; ++c) {
          buf[c] = (w[c] >= 'A' && w[c] <= 'Z') ? w[c] + 32 : w[c];
        }
        if (qi::IsFunctionWord(std::string_view(buf, len)) ||
            qi::IsRoleNoun(std::string_view(buf, len)) ||
            // ("Major Alastair Renwick", "Nineteen-year-old Tate Pruitt".)
            (k == s && n - k >= 3 &&
             ((Equals(w, "Major") &&
               !IsMajorPhrase(
                   text_.substr(run_b[k + 1], run_e[k + 1] - run_b[k + 1])) &&
               !qi::IsOrgSuffix(
                   text_.substr(run_b[k + 1], run_e[k + 1] - run_b[k + 1])) &&
               !qi::IsOrgSuffix(
                   text_.substr(run_b[n - 1], run_e[n - 1] - run_b[n - 1]))) ||
              (EndsWith(w, "-year-old") &&
               (qi::KnownFirstName(
                    text_.substr(run_b[k + 1], run_e[k + 1] - run_b[k + 1])) ||
                two_word_name(k))))) ||
            // ("American Kayla Brooks": a nationality, then the name.)
            // ("Dutchman Daan Hoekstra": a noun of a nation, then a name of
            // two words, its first name known or not.)
            (k == s && n - k >= 3 &&
             qi::IsNationality(std::string_view(buf, len)) &&
             (qi::KnownFirstName(
                  text_.substr(run_b[k + 1], run_e[k + 1] - run_b[k + 1])) ||
              (IsNationalityNoun(w) && two_word_name(k)))) ||
            (k == 0 && run_initial_sentence && n >= 3 &&
             qi::IsPersonNoun(std::string_view(buf, len)) &&
             qi::FirstNameGender(w) == 0) ||
            // ("Skip Brynn Haugen and her teammates")
            (k == s && n - k >= 3 && qi::IsHonorificBeforeGivenName(w) &&
             qi::MaybeFirstName(
                 text_.substr(run_b[k + 1], run_e[k + 1] - run_b[k + 1])))) {
          s = k + 1;  // ("Developer Marcus Feld" opening a sentence)
        }
      }
      // ("corporator from Malad Sandhya Patil": a place, then the name.)
      if (s == 0 && n >= 3 && run_first > 0 &&
          words[run_first - 1].sentence == words[run_first].sentence) {
        const Word& pw = words[run_first - 1];
        const std::string_view p = text_.substr(pw.begin, pw.end - pw.begin);
        const std::string_view w0 = text_.substr(run_b[0], run_e[0] - run_b[0]);
        if ((Equals(p, "from") || Equals(p, "in")) && !qi::MaybeFirstName(w0) &&
            !qi::IsTitle(w0) && !qi::IsOrgSuffix(w0) &&
            qi::MaybeFirstName(text_.substr(run_b[1], run_e[1] - run_b[1])) &&
            !qi::IsNonPersonWord(StripPossessive(
                text_.substr(run_b[n - 1], run_e[n - 1] - run_b[n - 1])))) {
          s = 1;
        }
      }
      // ("State Minister for Foreign Affairs Kenji Morita": a title's
      // portfolio after "for" or "of", then the name.)
      if (n - s >= 3 && run_first > 0 &&
          words[run_first - 1].sentence == words[run_first].sentence) {
        const Word& pw = words[run_first - 1];
        const std::string_view p = text_.substr(pw.begin, pw.end - pw.begin);
        if (Equals(p, "for") || Equals(p, "of")) {
          int k = s;
          while (k < n - 2 &&
                 qi::IsPortfolio(text_.substr(run_b[k], run_e[k] - run_b[k]))) {
            ++k;
          }
          const std::string_view first =
              text_.substr(run_b[k], run_e[k] - run_b[k]);
          if (k > s && (qi::KnownFirstName(first) ||
                        (n - k == 2 && qi::MaybeFirstName(first)))) {
            s = k;
          }
        }
      }
      // ("Born Lorraine Mabry in Tupelo, she grew up": a participle.)
      if (run_initial_sentence &&
          Equals(text_.substr(run_b[0], run_e[0] - run_b[0]), "Born")) {
        s = 1;
        run_initial_sentence = false;
      }
      if (n == 2 && run_initial_sentence &&
          MoodBeforeFirstName(
              text_.substr(run_b[0], run_e[0] - run_b[0]),
              StripPossessive(text_.substr(run_b[1], run_e[1] - run_b[1])),
              [&] {
                return by_first_.contains(absl::string_view(
                    text_.data() + run_b[1], run_e[1] - run_b[1]));
              })) {
        s = 1;
      }
      // Letters after a name are not part of it: "Tom Kourakis KC".
      while (n - 1 > s + 1 && IsPostNominal(text_.substr(
                                  run_b[n - 1], run_e[n - 1] - run_b[n - 1]))) {
        --n;
      }
      int non_initial = 0;
      bool ok = n - s >= 2 && n - s <= 5;
      for (int k = s; ok && k < n; ++k) {
        std::string_view w = text_.substr(run_b[k], run_e[k] - run_b[k]);
        if (qi::IsNonPersonWord(StripPossessive(w)) &&
            !(k == s && qi::KnownFirstName(w))) {
          ok = false;  // (not "Bill Harmon", "June Castellanos")
        }
        if (LooksLikeAcronym(w) &&
            !(k == n - 1 && k > s + 1 && IsGeneration(w))) {
          ok = false;
        }
        if (w.size() > 1) ++non_initial;
      }
      // ("R. Selvaraj, president of the association,": an initial and a
      // surname before an appositive.)
      const bool initial_and_surname =
          n - s == 2 && non_initial == 1 && run_e[s] - run_b[s] == 1 &&
          run_e[s] < e && text_[run_e[s]] == '.' && run_e[n - 1] < e &&
          text_[run_e[n - 1]] == ',';
      if (ok && (non_initial >= 2 || initial_and_surname)) {
        // ("The Fredrik Aasen-led owner", as RegisterNames reads it.)
        const std::string_view last =
            text_.substr(run_b[n - 1], run_e[n - 1] - run_b[n - 1]);
        std::string name = NameText(
            run_b[s],
            IsFromPlace(last) ? run_b[n - 1] + last.rfind('-') : run_e[n - 1]);
        NoteBirthName(name, run_b[s], run_e[n - 1]);
        RegisterPersonName(name, run_b[s]);
        // "Sheila and Robin Pryor": a couple, the first name before "and"
        // with the surname after it (as RegisterNames does).
        if (s == 0 && n - s == 2 && run_first >= 2 &&
            words[run_first - 1].end - words[run_first - 1].begin == 3 &&
            text_.compare(words[run_first - 1].begin, 3, "and") == 0 &&
            words[run_first - 2].sentence == words[run_first].sentence) {
          const Word& f = words[run_first - 2];
          const std::string_view first = text_.substr(f.begin, f.end - f.begin);
          // (A capitalised word before it may open the sentence: "When
          // Janice and Lorraine Beckwith opened".)
          const Word& pw = words[run_first < 3 ? 0 : run_first - 3];
          char pb[16];
          size_t pn = 0;
          for (size_t c = pw.begin; c < pw.end && pn < sizeof(pb); ++c) {
            pb[pn++] = (text_[c] >= 'A' && text_[c] <= 'Z')
                           ? static_cast<char>(text_[c] + 32)
                           : text_[c];
          }
          // (Not one after a comma: "arrived in January, Priya and Rohan
          // Mehta knew".)
          const bool single =
              run_first < 3 || pw.sentence != f.sentence ||
              pw.end + 1 != f.begin ||
              !(text_[pw.begin] >= 'A' && text_[pw.begin] <= 'Z') ||
              (pn < sizeof(pb) &&
               qi::IsFunctionWord(std::string_view(pb, pn)) &&
               (run_first < 4 || words[run_first - 4].sentence != f.sentence));
          const std::string_view second =
              text_.substr(run_b[0], run_e[0] - run_b[0]);
          if (single && qi::KnownFirstName(first) &&
              (qi::MaybeFirstName(second) ||
               (!qi::IsNonPersonWord(second) && !qi::IsOrgSuffix(second) &&
                !qi::IsTitle(second)))) {
            RegisterCouple(
                std::string(first) + " " +
                    std::string(text_.substr(run_b[1], run_e[1] - run_b[1])),
                name);
          }
        }
        // "Brian Loughlin, 67, from Rotherham, has been waiting ...": a
        // person opening a sentence far from any quotation is still who a
        // later "he" or "the retired bus driver" may be.
        size_t after = run_e[n - 1];
        bool credit = (run_b[0] > 0 && text_[run_b[0] - 1] == '(') ||
                      (after < text_.size() && text_[after] == '/');
        // So is the first one of a sentence after a conjunction and before
        // a verb ("It is not yet seven and Amihan Dela Cruz is already in
        // the sea."; not "the son of X and Y, a church organist").
        bool after_conjunction = false;
        const int sentence = words[run_first].sentence;
        if (fast_actors_ && !run_initial_sentence && s == 0 && run_first > 0 &&
            named_sentence != sentence &&
            words[run_first - 1].end + 1 == run_b[0] && after + 1 < e &&
            text_[after] == ' ' && text_[after + 1] >= 'a' &&
            text_[after + 1] <= 'z') {
          std::string_view p = text_.substr(
              words[run_first - 1].begin,
              words[run_first - 1].end - words[run_first - 1].begin);
          after_conjunction = qi::IsSubjectLink(p);
        }
        // ("Gov. Renata Salazar-Kim vetoed": her title is a role, for a
        // later "the governor".)
        // ("Waipā Coachlines general manager Grant Whitfield says": an
        // employer, then a job, then the person, who is the subject.)
        const size_t employee =
            fast_actors_ && run_initial_sentence ? EmployerBefore(run_last) : 0;
        const bool employer = employee != 0;
        // (A role's title, not a form of address: "Dame", "Mr".)
        const std::string_view title0 =
            text_.substr(run_b[0], run_e[0] - run_b[0]);
        const bool titled = titled_actors_ && run_initial_sentence && s == 1 &&
                            qi::IsTitle(title0) && qi::TitleGender(title0) == 0;
        if ((fast_actors_ || titled) && !employer &&
            (run_initial_sentence || after_conjunction ||
             described_subject == run_first) &&
            (s == 0 || run_initial_sentence ||
             described_subject == run_first) &&
            !credit) {
          Speaker who;
          who.name = std::move(name);
          const size_t roles_b =
              described_subject == run_first ? described_b : run_b[0];
          AddActor(run_b[0], who, false, -1, /*subject=*/true,
                   std::string(text_.substr(roles_b, run_b[s] - roles_b)));
        }
        if (employer) {
          described_subject = employee;
          described_b = run_b[0];
        }
        // "by the Minister for Justice, Clare Nolan, three years": a name
        // between commas after a description is mentioned with it, for a
        // later "the Minister".
        if (fast_actors_ && !run_initial_sentence && s == 0 && !credit &&
            run_b[0] >= 2 && text_[run_b[0] - 1] == ' ' &&
            text_[run_b[0] - 2] == ',' && run_e[n - 1] < text_.size() &&
            text_[run_e[n - 1]] == ',') {
          size_t d = run_b[0] - 2;
          const size_t lo = d > 80 ? d - 80 : 0;
          while (d > lo && text_[d - 1] != ',' && text_[d - 1] != '.' &&
                 text_[d - 1] != '\n') {
            --d;
          }
          Speaker who;
          who.name = NameText(run_b[0], run_e[n - 1]);
          // (The sentence's subject when its verb follows: "Then the budget
          // chief, Marta Kowalczyk, stood up"; not "met the budget chief,
          // Marta Kowalczyk, on Monday".)
          size_t v = run_e[n - 1] + 1;
          while (v < e && text_[v] == ' ') ++v;
          size_t ve = v;
          while (ve < e && text_[ve] >= 'a' && text_[ve] <= 'z') ++ve;
          char vb[32];
          std::string_view verb = text_.substr(v, ve - v);
          bool subject = false;
          const bool opens_sentence =
              d == 0 || text_[d - 1] == '.' || text_[d - 1] == '\n';
          if (opens_sentence && ve > v && ve - v < sizeof(vb)) {
            for (size_t c = 0; c < verb.size(); ++c) vb[c] = verb[c];
            const std::string_view lower(vb, verb.size());
            subject = !qi::IsFunctionWord(lower) && !qi::IsClauseWord(lower) &&
                      !qi::IsAuxOrAdverb(lower);
          }
          AddActor(run_b[0], who, false, -1, subject,
                   std::string(text_.substr(d, run_b[0] - 2 - d)));
        }
        named_sentence = sentence;
      } else if (!ok && fast_actors_ && run_initial_sentence &&
                 EmployerBefore(run_last) != 0) {
        // ("Acme Coachlines general manager Grant Whitfield says": a body's
        // name opening the sentence, then a job, then the person.)
        described_subject = EmployerBefore(run_last);
        described_b = run_b[0];
      } else if (n == 2 && s == 1 && run_initial_sentence && fast_actors_) {
        // "Ms. Calloway recorded ...": a title with a sex and a surname
        // opening a sentence.
        std::string_view title = text_.substr(run_b[0], run_e[0] - run_b[0]);
        char g = qi::TitleGender(title);
        std::string_view sur = text_.substr(run_b[1], run_e[1] - run_b[1]);
        if (g != 0 && !qi::IsNonPersonWord(StripPossessive(sur)) &&
            sur.size() == StripPossessive(sur).size()) {
          bool person;
          Speaker who;
          who.name = FullName(run_b[1], run_e[1], 1, &person);
          if (!gender_.contains(who.name)) gender_[who.name] = g;
          AddActor(run_b[0], who, false, -1, /*subject=*/true,
                   std::string(title));
        }
      }
    }
    n = 0;
  };
  size_t i = cursor;
  for (; i < nwords && words[i].begin < e; ++i) {
    // Outside a run, a word in ASCII that opens without a capital does
    // nothing below: skipped in a tight loop (speed: ExtractQuotes ran
    // 1.2% fewer instructions).
    if (n == 0) {
      for (;;) {
        const unsigned char c0 = text_[words[i].begin];
        if (c0 >= 0x80 || (c0 >= 'A' && c0 <= 'Z')) break;
        if (++i == nwords || words[i].begin >= e) break;
      }
      if (i == nwords || words[i].begin >= e) break;
    }
    const Word& w = words[i];
    unsigned char c = text_[w.begin];
    bool cap;
    if (c < 0x80) {
      cap = c >= 'A' && c <= 'Z';
    } else {
      int len;
      cap = IsUpper(DecodeAt(text_, w.begin, &len));
    }
    bool sentence_initial = i == 0 || words[i - 1].sentence != w.sentence;
    if (!sentence_initial && cap && w.begin - words[i - 1].end >= 3) {
      // After a wire dateline: "LONDON (Reuters) - Tom Smith raised".
      std::string_view gap =
          text_.substr(words[i - 1].end, w.begin - words[i - 1].end);
      if (gap.find(" - ") != std::string_view::npos ||
          gap.find("\xE2\x80\x94") != std::string_view::npos ||
          gap.find("\xE2\x80\x93") != std::string_view::npos) {
        sentence_initial = true;
        for (size_t k = i;
             sentence_initial && k-- > 0 && words[k].sentence == w.sentence;) {
          bool agency = words[k].begin > 0 && text_[words[k].begin - 1] == '(';
          for (size_t c = words[k].begin; !agency && c < words[k].end; ++c) {
            sentence_initial &=
                (text_[c] >= 'A' && text_[c] <= 'Z') || text_[c] == '.';
          }
        }
      }
    }
    bool joined = false;
    if (n > 0 && !sentence_initial) {
      size_t gap_b = run_e[n - 1];
      if (gap_b < w.begin && text_[gap_b] == '.' &&
          (run_e[n - 1] - run_b[n - 1] == 1 ||
           (n == 1 &&
            qi::IsTitle(text_.substr(run_b[0], run_e[0] - run_b[0]))))) {
        ++gap_b;  // an initial, "H. ", or a title, "Gov. "
      }
      joined = w.begin == gap_b + 1 && text_[gap_b] == ' ';
      // ("Hollis & Grant Inc.": an ampersand inside a body's name.)
      if (!joined && w.begin == gap_b + 3 && n < 4 &&
          text_.compare(gap_b, 3, " & ") == 0) {
        joined = true;
      }
    }
    // ("Pennant Transport Group plc": a lower-case legal form ends the
    // name.)
    if (!cap && joined && w.end - w.begin == 3 &&
        text_.compare(w.begin, 3, "plc") == 0) {
      if (n < 6) {
        run_b[n] = w.begin;
        run_e[n] = w.end;
        ++n;
      }
      run_last = i;
      flush();
      continue;
    }
    // ("Owain ap Dafydd", "Pieter van der Merwe": particles inside a name,
    // before a capitalised word of the same sentence.)
    // (Not after a body's word, "Banco de la República", nor after a
    // particle opening a sentence, "Van der Berg said".)
    if (!cap && joined && n >= 1 && n < 4 && w.end - w.begin <= 5 &&
        SurnameParticleAt(i) &&
        !IsSurnameParticle(text_.substr(run_b[0], run_e[0] - run_b[0])) &&
        !qi::IsOrgSuffix(text_.substr(run_b[0], run_e[0] - run_b[0])) &&
        !qi::IsNonPersonWord(text_.substr(run_b[0], run_e[0] - run_b[0]))) {
      run_b[n] = w.begin;
      run_e[n] = w.end;
      ++n;
      run_last = i;
      continue;
    }
    if (cap && w.has_letter) {
      if (n > 0 && !joined) flush();
      if (n == 0) {
        run_initial_sentence = sentence_initial;
        run_first = i;
      }
      run_last = i;
      if (n == 6) {
        // ("Tillery County Emergency Management Director Janelle Ortiz":
        // of a longer run the last six words, where a person's name is.)
        for (int k = 1; k < 6; ++k) {
          run_b[k - 1] = run_b[k];
          run_e[k - 1] = run_e[k];
        }
        n = 5;
      }
      run_b[n] = w.begin;
      run_e[n] = w.end;
      ++n;
      // A possessive ends the run.
      std::string_view t = text_.substr(w.begin, w.end - w.begin);
      if (StripPossessive(t).size() != t.size()) flush();
    } else if (n > 0) {
      flush();
    }
  }
  if (n > 0) flush();
  word_cursor_ = i;
}

void Extractor::RegisterHeadingNames(size_t b, size_t e) {
  std::vector<std::string_view> words;
  for (size_t i = b; i < e;) {
    while (i < e && text_[i] == ' ') ++i;
    size_t j = i;
    while (j < e && text_[j] != ' ') ++j;
    if (j > i) words.push_back(text_.substr(i, j - i));
    i = j;
  }
  auto capitalised = [](std::string_view w) {
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  };
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    const std::string_view first = words[k];
    std::string_view last = words[k + 1];
    while (!last.empty() && (last.back() == ',' || last.back() == '.' ||
                             last.back() == ':' || last.back() == ';')) {
      last.remove_suffix(1);
    }
    // (A name of two words alone: not "Kenny McGlashan Smith", nor
    // "Kenny, McGlashan".)
    if (last.size() < 2 || !capitalised(last) || !qi::KnownFirstName(first) ||
        (last.size() == words[k + 1].size() && k + 2 < words.size() &&
         capitalised(words[k + 2]))) {
      continue;
    }
    bool lower = false, letters = true;
    for (char c : last) {
      lower |= c >= 'a' && c <= 'z';
      letters &= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
                 c == '\'';
    }
    if (!lower || !letters || qi::IsNonPersonWord(last) ||
        qi::IsOrgSuffix(last) || qi::IsTitle(last) ||
        by_last_.contains(absl::string_view(last.data(), last.size()))) {
      continue;
    }
    RegisterPersonName(std::string(first) + " " + std::string(last),
                       std::string_view::npos);
  }
}

// For RegisterNamesFast: the index in seg_.words of the capitalised word
// that opens a name after words[last] and one to three lower-case words with
// a job's noun among them ("Waipā Coachlines general manager Grant
// Whitfield"), else 0.
size_t Extractor::EmployerBefore(size_t last) const {
  const auto& words = seg_.words;
  bool job = false;
  for (size_t k = last + 1; k < words.size() && k <= last + 4; ++k) {
    const Word& w = words[k];
    if (w.sentence != words[last].sentence || w.begin != words[k - 1].end + 1 ||
        text_[w.begin - 1] != ' ') {
      return 0;
    }
    const unsigned char c = text_[w.begin];
    if (c >= 'A' && c <= 'Z') return job && k > last + 1 ? k : 0;
    if (c < 'a' || c > 'z') return 0;
    const std::string_view lower = text_.substr(w.begin, w.end - w.begin);
    job |= qi::IsRoleNoun(lower);
  }
  return 0;
}

// For RegisterNamesFast: the run of capitalised words from words[first] to
// text position `end` may close an organisation's name, joined to runs
// before it by "of" or "for" ("Port of Kestrel Authority"). A name with an
// organisation word, or one that defines an acronym ("Bank of Norland
// (BON)"), is remembered as an organisation mentioned there, so that "the
// BON", "the authority" and "the company" far from it still resolve.
void Extractor::FastOrganization(size_t first, size_t last, size_t end) {
  const auto& words = seg_.words;
  // Cheap tests first (this runs for every capitalised run far from any
  // quotation): an acronym in brackets after it (" (BON)"), an
  // organisation word at its end ("Trade Commission", "Bank of"), or "of"
  // / "for" before it.
  std::string_view acr;
  if (end + 3 < text_.size() && text_[end] == ' ' && text_[end + 1] == '(') {
    size_t a = end + 2, z = a;
    while (z < text_.size() && z < a + 7 && text_[z] >= 'A' &&
           text_[z] <= 'Z') {
      ++z;
    }
    if (z < text_.size() && text_[z] == ')' && z - a >= 2) {
      acr = text_.substr(a, z - a);
    }
  }
  // (Or ", known as LO,".)
  bool known_as = false;
  if (acr.empty() && end + 11 < text_.size() && text_[end] == ',' &&
      text_[end + 2] == 'k' && text_.compare(end, 11, ", known as ") == 0) {
    size_t a = end + 11, z = a;
    while (z < text_.size() && z < a + 7 && text_[z] >= 'A' &&
           text_[z] <= 'Z') {
      ++z;
    }
    if (z < text_.size() && z - a >= 2 && z - a <= 6 &&
        (text_[z] == ',' || text_[z] == '.' || text_[z] == ' ')) {
      acr = text_.substr(a, z - a);
      known_as = true;
    }
  }
  auto word = [&](size_t k) {
    return text_.substr(words[k].begin, words[k].end - words[k].begin);
  };
  // (A length and a memcmp of a literal's size, which inline; speed: the
  // tests were out-of-line calls for every capitalised run far from any
  // quotation; ExtractQuotes ran 0.85% fewer instructions.)
  auto is = [&](size_t k, std::string_view w) {
    return words[k].end - words[k].begin == w.size() &&
           std::memcmp(text_.data() + words[k].begin, w.data(), w.size()) == 0;
  };
  // (Also "de", "del" and "de la" in Spanish and Portuguese names: "Unión
  // de Tripulantes de Cabina (UTC)", "Banco de la República".)
  auto joiner = [&](size_t k) {
    return is(k, "of") || is(k, "de") || is(k, "for") || is(k, "del");
  };
  auto is_the = [&](size_t k) { return is(k, "the") || is(k, "la"); };
  bool chain = first >= 2 &&
               (joiner(first - 1) || (is_the(first - 1) && joiner(first - 2)));
  // One word alone ("Research shows") is too often a common noun.
  if (first == last && acr.empty() && !chain) return;
  bool org = qi::IsOrgSuffix(StripPossessive(word(last)));
  if (known_as && !org && !chain) {
    // (Not a person's nickname: "Ted Smith, known as TJ,".)
    acr = std::string_view();
    known_as = false;
    if (first == last) return;
  }
  if (!org && acr.empty() && !chain) return;
  auto cap_at = [&](size_t k) {
    unsigned char c = text_[words[k].begin];
    return c >= 'A' && c <= 'Z';
  };
  const int sent = words[first].sentence;
  // Continued by "of X" / "of the X": the later run registers the whole.
  if (last + 2 < words.size() && joiner(last + 1) &&
      words[last + 2].sentence == sent &&
      (cap_at(last + 2) ||
       (is_the(last + 2) && last + 3 < words.size() && cap_at(last + 3)))) {
    return;
  }
  // Back over "of" / "of the" to the runs before.
  size_t b = first;
  for (int hops = 0; hops < 3 && b >= 2; ++hops) {
    size_t k = b - 1;
    // "US Food and Drug Administration": "and" between two capitalised runs
    // (not "and the").
    const bool and_join = words[k].end - words[k].begin == 3 &&
                          text_.compare(words[k].begin, 3, "and") == 0 &&
                          k >= 1;
    if (k >= 1 && is_the(k)) --k;
    if (k < 1 || !(joiner(k) || and_join) || words[k - 1].sentence != sent ||
        !cap_at(k - 1) || words[k - 1].end + 1 != words[k].begin) {
      break;
    }
    size_t b2 = k - 1;
    bool body = qi::IsOrgSuffix(word(k - 1));
    int run = 1;
    while (b2 >= 1 && words[b2 - 1].sentence == sent && cap_at(b2 - 1) &&
           words[b2 - 1].end + 1 == words[b2].begin) {
      --b2;
      body = body || qi::IsOrgSuffix(word(b2));
      run += words[b2].end - words[b2].begin != 3 ||
             text_.substr(words[b2].begin, 3) != "The";
    }
    // Not a person's name before "of" ("Mu Changchun of the Digital
    // Currency Research Institute"), nor people ("Members of ..."), nor
    // someone and a body ("Tom Price and Acme Corp").
    // ("Marietjie du Plessis of Kransberg Capital": nor a surname after a
    // particle that joins no body's words.)
    if (!body && b2 >= 2 && words[b2 - 1].sentence == sent && cap_at(b2 - 2) &&
        !joiner(b2 - 1) && !cap_at(b2 - 1) &&
        words[b2 - 1].end - words[b2 - 1].begin <= 5 &&
        qi::IsNameParticle(word(b2 - 1))) {
      break;
    }
    if (and_join) {
      // ("Irish" is a first name in the records, but not here.)
      const bool first_name =
          !qi::IsNonPersonWord(word(b2)) && qi::MaybeFirstName(word(b2));
      // (One word alone is no body's name, even a body's word: "Energy and
      // Petroleum Regulatory Authority".)
      if ((body && run > 1) || first_name || run > 3) break;
    } else if (run >= 2 && !body) {
      break;
    }
    if (run == 1 && !body && word(b2).size() < 31) {
      char lb[32];
      std::string_view w = word(b2);
      for (size_t c = 0; c < w.size(); ++c) {
        lb[c] = (w[c] >= 'A' && w[c] <= 'Z') ? w[c] + 32 : w[c];
      }
      std::string_view lw(lb, w.size());
      // ("Shares of Brightwell Technologies": a plural opening the
      // sentence is a common noun.)
      // (Also after a wire dateline's dash.)
      if (lw.size() > 3 && lw.back() == 's' &&
          (qi::IsPersonNoun(lw) || b2 == 0 || words[b2 - 1].sentence != sent ||
           text_.substr(words[b2 - 1].end, words[b2].begin - words[b2 - 1].end)
                   .find_first_of("-\xE2") != std::string_view::npos)) {
        break;
      }
    }
    org = org || body;
    b = b2;
  }
  if (!org && acr.empty()) {
    // "Neighbors for Responsible Growth": not surely a body, but "NRG"
    // later names it.
    if (b < first) {
      std::string name = NameText(words[b].begin, end);
      std::string a = Acronym(name);
      // ("Centers for Disease Control and Prevention": "CDC" names it with
      // the word after "and".)
      if (last + 2 < words.size() && words[last + 1].sentence == sent &&
          words[last + 1].end - words[last + 1].begin == 3 &&
          text_.compare(words[last + 1].begin, 3, "and") == 0 &&
          words[last + 2].sentence == sent && cap_at(last + 2) &&
          (last + 3 >= words.size() || !cap_at(last + 3) ||
           words[last + 3].sentence != sent)) {
        name = NameText(words[b].begin, words[last + 2].end);
      }
      if (a.size() >= 3 && !acronyms_.contains(a)) acronyms_[a] = name;
    }
    return;
  }
  // Leading function words are not part of it ("The Port"; but "New
  // England Nurses Council").
  char buf[32];
  while (b < last) {
    std::string_view w = word(b);
    if (w.size() >= 31 || w == "New") break;
    for (size_t c = 0; c < w.size(); ++c) {
      buf[c] = (w[c] >= 'A' && w[c] <= 'Z') ? w[c] + 32 : w[c];
    }
    if (!qi::IsFunctionWord(std::string_view(buf, w.size()))) break;
    ++b;
  }
  // One word alone ("Research shows") is too often a common noun.
  if (b == last && acr.empty()) return;
  // "People’s Democratic Alliance (PDA)": a possessive word opens it.
  // ("Dairy Producers’ Association (DPA)": or words before it.)
  if (!acr.empty() && b >= 1 && Acronym(NameText(words[b].begin, end)) != acr) {
    for (size_t b1 = b; b1 >= 1 && b1 + 4 > b; --b1) {
      if (!cap_at(b1 - 1) || words[b1 - 1].sentence != sent ||
          words[b1 - 1].end + 1 != words[b1].begin) {
        break;
      }
      if (Acronym(NameText(words[b1 - 1].begin, end)) == acr) {
        b = b1 - 1;
        break;
      }
    }
  }
  // ("Vantora Inc. will cut": the abbreviation keeps its full stop.)
  if (end < text_.size() && text_[end] == '.' &&
      qi::IsAbbreviation(word(last))) {
    ++end;
  }
  // "Centers for Disease Control and Prevention": one word after "and"
  // ends a name with "for" or "of" in it.
  if (acr.empty() && b < first && last + 2 < words.size() &&
      words[last + 1].sentence == sent &&
      words[last + 1].end - words[last + 1].begin == 3 &&
      text_.compare(words[last + 1].begin, 3, "and") == 0 &&
      words[last + 2].sentence == sent && cap_at(last + 2) &&
      !qi::IsOrgSuffix(word(last + 2)) &&
      (last + 3 >= words.size() || !cap_at(last + 3) ||
       words[last + 3].sentence != sent)) {
    end = words[last + 2].end;
  }
  // "Ministry of Trade, Industry and Energy": portfolios listed after the
  // last one.
  if (b < first && qi::IsPortfolio(word(last))) {
    size_t k = last;
    while (k + 1 < words.size() && words[k + 1].sentence == sent &&
           text_.compare(words[k].end, 2, ", ") == 0 &&
           words[k + 1].begin == words[k].end + 2 &&
           qi::IsPortfolio(word(k + 1))) {
      ++k;
    }
    if (k > last && k + 2 < words.size() && words[k + 2].sentence == sent &&
        word(k + 1) == "and" && qi::IsPortfolio(word(k + 2))) {
      end = words[k + 2].end;
    }
  }
  Speaker s;
  s.name = NameText(words[b].begin, end);
  if (s.name.empty()) return;
  s.organization = true;
  const size_t sp = s.name.find(' ');
  if (!acr.empty() &&
      (Acronym(s.name) == acr || s.name[0] == acr[0] || known_as ||
       (sp != std::string::npos && Acronym(s.name.substr(sp + 1)) == acr))) {
    acronyms_[std::string(acr)] = s.name;
  }
  org_names_.insert(s.name);
  AddActor(words[b].begin, s, false, -1, /*subject=*/false);
}

// Registers a person's name under its last word, its first word and, for
// three words opened by a first name, its middle one ("Patricia Salas
// Ccama" ... "Salas said", the first of two surnames). A surname keeps the
// person first named with it unless a later name is a fuller form of the
// same one (see Extends). Most names repeat: only what is new is inserted.
std::string Extractor::FullNameOfSex(size_t b, size_t e, char sex,
                                     bool* person) const {
  std::string full = FullName(b, e, 1, person);
  if (sex == 0 || full.find(' ') == std::string::npos) return full;
  char have = NameSex(full);
  if (have == 0 || have == sex) return full;
  // "Mr. Calloway" after "Ruth Ellen Calloway" and "Wendell Calloway Jr.":
  // the one whose first name fits the title, else the name as written.
  // (By its last word: "Al Hammadi" is kept under "Hammadi".)
  const std::string written = NameText(b, e);
  auto same = people_by_last_.find(written.substr(written.rfind(' ') + 1));
  // ("Mr Iqbal" after "Finance Minister Rana Shahid Iqbal": the only one
  // of the surname, in a name of three words or more, when only the
  // records of first names, not the text, give the other sex: "Rana" is
  // a man's name too. Not "Mr Smith" after "Jane Smith ... her husband".)
  if ((same == people_by_last_.end() || same->second.size() < 2) &&
      std::count(full.begin(), full.end(), ' ') >= 2 &&
      !gender_.contains(full)) {
    return full;
  }
  if (same != people_by_last_.end()) {
    // (Else the only one of no known sex: "Mrs Baird" after "Robert James
    // Baird", "Tom Baird" and "Jan Baird".)
    const std::string* unknown = nullptr;
    int unknowns = 0;
    for (const std::string& other : same->second) {
      const char s = NameSex(other);
      if (s == sex) return other;
      if (s == 0) {
        unknown = &other;
        ++unknowns;
      }
    }
    if (unknowns == 1) return *unknown;
  }
  return NameText(b, e);
}

bool FamilyNameFirst(std::string_view name) {
  const size_t sp = name.find(' ');
  if (sp == std::string_view::npos || name.find(' ', sp + 1) != name.npos) {
    return false;
  }
  const std::string_view given = name.substr(sp + 1);
  const size_t hy = given.find('-');
  return hy != std::string_view::npos && hy >= 2 && hy + 2 < given.size() &&
         given[0] >= 'A' && given[0] <= 'Z' && given[1] >= 'a' &&
         given[1] <= 'z' && given[hy + 1] >= 'a' && given[hy + 1] <= 'z';
}

char Extractor::NameSex(const std::string& name) const {
  auto g = gender_.find(name);
  if (g != gender_.end()) return g->second;
  if (FamilyNameFirst(name)) return 0;
  std::string_view f = std::string_view(name).substr(0, name.find(' '));
  bool guessed = false;
  if (const char d = qi::DoubleFirstNameGender(name); d != 0) return d;
  char c = qi::FirstNameGender(f, &guessed);
  if (c == 0 || guessed) {
    if (char r = RecordedFirstNameSex(f); r != 0) return r;
  }
  return guessed ? '\0' : c;
}

std::string Extractor::RelativeOf(const std::string& name, char sex) const {
  const size_t sp = name.rfind(' ');
  if (sp == std::string::npos) return "";
  auto same = people_by_last_.find(name.substr(sp + 1));
  if (same == people_by_last_.end()) return "";
  const std::string_view first =
      std::string_view(name).substr(0, name.find(' '));
  const std::string* found = nullptr;
  for (const std::string& other : same->second) {
    // (Another first name: not a fuller form of the same person's.)
    if (other.find(' ') == std::string::npos ||
        std::string_view(other).substr(0, other.find(' ')) == first) {
      continue;
    }
    if (sex != 0 && NameSex(other) != sex) continue;
    if (found != nullptr) return "";
    found = &other;
  }
  return found != nullptr ? *found : "";
}

const std::string& Extractor::BareSurnameOwner(
    absl::string_view surname) const {
  static const std::string* const kNone = new std::string();
  auto shared = shared_at_.find(surname);
  if (shared == shared_at_.end()) return *kNone;
  auto known = bare_surname_.find(surname);
  if (known != bare_surname_.end()) return known->second;
  // The first person's full name, last written within an article's length
  // before the second came in, then the surname alone after it.
  // (find forward, not rfind: libstdc++'s rfind compares at every byte.)
  const std::string& first = people_by_last_.at(surname).front();
  const size_t at = shared->second;
  const size_t lo = at > kArticleBytes ? at - kArticleBytes : 0;
  const std::string_view window = text_.substr(lo, at - lo);
  size_t first_at = window.find(first);
  for (size_t k = first_at; k != std::string_view::npos;
       k = window.find(first, k + 1)) {
    first_at = k;
  }
  std::string owner;
  if (first_at != std::string_view::npos &&
      BareSurnameBetween(std::string_view(surname.data(), surname.size()),
                         lo + first_at + first.size(), at)) {
    owner = first;
  }
  return bare_surname_.emplace(std::string(surname), std::move(owner))
      .first->second;
}

// Whether `surname` stands alone, as a person's name, between text
// positions from and to: not after a capitalised word ("Leah Akavak", "Mr
// Akavak") nor after "the" ("the Hegarty family").
bool Extractor::BareSurnameBetween(std::string_view surname, size_t from,
                                   size_t to) const {
  auto letter = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  };
  for (size_t p = text_.find(surname, from);
       p != std::string_view::npos && p + surname.size() <= to;
       p = text_.find(surname, p + 1)) {
    const size_t e = p + surname.size();
    const bool possessive =
        text_.substr(e, 1) == "'" || text_.substr(e, 3) == "\u2019";
    if ((p > 0 && letter(text_[p - 1])) ||
        (e < text_.size() && letter(text_[e]) && !possessive)) {
      continue;
    }
    size_t k = p;
    while (k > 0 && text_[k - 1] == ' ') --k;
    size_t w = k;
    while (w > 0 && letter(text_[w - 1])) --w;
    const std::string_view before = text_.substr(w, k - w);
    if (k < p && !before.empty() &&
        ((before[0] >= 'A' && before[0] <= 'Z') || before == "the" ||
         static_cast<unsigned char>(before[0]) >= 0x80)) {
      continue;
    }
    return true;
  }
  return false;
}

void Extractor::NoteBirthName(const std::string& name, size_t begin,
                              size_t after) {
  // (Or an obituary's last line: "James Thomas Sowerby, footballer, born
  // 4 April 1941; died 2 March 2024".)
  bool footer = false;
  if (text_.compare(after, 9, " was born") != 0) {
    if (after >= text_.size() || text_[after] != ',' ||
        (begin > 0 && text_[begin - 1] != '\n')) {
      return;
    }
    const std::string_view tail = text_.substr(after, 80);
    const size_t born = tail.find(", born ");
    if (born == std::string_view::npos ||
        tail.substr(0, born).find_first_of(".;\n") != std::string_view::npos) {
      return;
    }
    footer = true;
  }
  const size_t sp = name.find(' ');
  if (const size_t lsp = name.rfind(' '); lsp != sp) {
    const absl::string_view surname(name.data() + lsp + 1,
                                    name.size() - lsp - 1);
    auto l = by_last_.find(surname);
    if (l != by_last_.end() && l->second != name &&
        !people_by_last_.contains(surname) && CountWords(l->second) == 2 &&
        l->second.compare(0, sp + 1, name, 0, sp + 1) != 0) {
      born_as_.emplace(l->second, name);
      return;
    }
  }
  if (footer) return;
  auto f = by_first_.find(absl::string_view(name.data(), sp));
  // ("Eleanor Ruth Marsh": the name read may start at the middle one.)
  size_t b = begin;
  while (b > 0 && text_[b - 1] == ' ') --b;
  size_t w = b;
  while (w > 0 &&
         ((text_[w - 1] | 0x20) >= 'a' && (text_[w - 1] | 0x20) <= 'z'))
    --w;
  if (w < b && text_[w] >= 'A' && text_[w] <= 'Z' &&
      (w == 0 || text_[w - 1] == '\n' || text_[w - 1] == ' ')) {
    auto g = by_first_.find(absl::string_view(text_.data() + w, b - w));
    if (g != by_first_.end()) f = g;
  }
  if (f == by_first_.end()) return;
  const std::string& known = f->second;
  const size_t known_last = known.rfind(' ');
  if (known_last == std::string::npos ||
      name.ends_with(std::string_view(known).substr(known_last)) ||
      nicknames_.contains(name)) {
    return;
  }
  nicknames_.emplace(name, known);
  // (And without the first name, "Ruth Marsh", as a mention of her.)
  if (const size_t rest = name.find(' ', sp + 1); rest != std::string::npos) {
    nicknames_.emplace(name.substr(sp + 1), known);
  }
}

// A second person with a surname: both are kept in people_by_last_, in
// the order they were named, with where the second came in.
void Extractor::NoteSharedSurname(absl::string_view surname,
                                  const std::string& earlier,
                                  const std::string& name, size_t at) {
  std::vector<std::string>& same = people_by_last_[surname];
  if (same.empty()) {
    same.push_back(earlier);
    if (at != std::string_view::npos) {
      shared_at_.emplace(std::string(surname), at);
    }
  }
  if (same.size() < 8 &&
      std::find(same.begin(), same.end(), name) == same.end()) {
    same.push_back(name);
  }
}

void Extractor::RegisterPersonName(const std::string& name, size_t at) {
  // "of Construction Le Thi Mai Huong", "for Public Works Seán Kiely": a
  // portfolio that ends a title's body is no first name (a name of three
  // words or more follows it, or one that opens with a first name).
  // (A name of two words, most of them, is not looked up: speed.)
  if (const size_t sp = name.find(' '),
      sp2 = sp == std::string::npos ? sp : name.find(' ', sp + 1);
      sp2 != std::string::npos) {
    const std::string_view n = name;
    // (Four words or more, or a first name after the portfolio.)
    if (qi::IsPortfolio(n.substr(0, sp)) &&
        (n.find(' ', sp2 + 1) != std::string_view::npos ||
         qi::MaybeFirstName(n.substr(sp + 1, sp2 - sp - 1)))) {
      RegisterPersonName(name.substr(sp + 1),
                         at == std::string_view::npos ? at : at + sp + 1);
      return;
    }
  }
  // "Tennis-De la Torre saves match points": a wire headline's slug, the
  // desk, joined to the name.
  if (const size_t hy = name.find('-');
      hy != std::string::npos && hy + 2 < name.size() && hy < name.find(' ') &&
      name[hy + 1] >= 'A' && name[hy + 1] <= 'Z' &&
      IsWireSlug(std::string_view(name).substr(0, hy))) {
    RegisterPersonName(name.substr(hy + 1), at);
    return;
  }
  // "Ms Al Suwaidi" after "Fatima Al Suwaidi": a surname with its
  // particle, not a person whose first name is "Al".
  if (name.size() > 3 && (name[0] == 'A' || name[0] == 'E') && name[1] == 'l' &&
      name[2] == ' ' && name.find(' ', 3) == std::string::npos) {
    const size_t sp = 2;
    auto l = by_last_.find(absl::string_view(name).substr(sp + 1));
    if (l != by_last_.end() && l->second.size() > name.size() &&
        l->second.ends_with(" " + name)) {
      return;
    }
  }
  if (at != std::string_view::npos && name.find(' ') != std::string::npos) {
    if (named_people_.size() >= 256) {
      named_people_.erase(named_people_.begin(), named_people_.begin() + 128);
    }
    named_people_.emplace_back(at, name);
  }
  absl::string_view whole(name.data(), name.size());
  size_t sp = name.find(' ');
  size_t lsp = name.rfind(' ');
  absl::string_view first = whole.substr(0, sp);
  absl::string_view last =
      lsp == std::string::npos ? whole : whole.substr(lsp + 1);
  // "Wendell Calloway Jr." is "Calloway".
  if (IsGeneration(std::string_view(last.data(), last.size())) &&
      lsp != std::string::npos && lsp > sp) {
    size_t l2 = name.rfind(' ', lsp - 1);
    last = whole.substr(l2 + 1, lsp - l2 - 1);
  }
  int words = CountWords(name);
  // "Clarice Ong Hui Min", "Terence Ong Boon Kiat": an English first name,
  // the family name, then a Chinese given name of two short words ("Ms
  // Ong said").
  if (words == 4 && lsp != std::string::npos) {
    const size_t sp2 = name.find(' ', sp + 1);
    const size_t sp3 = name.find(' ', sp2 + 1);
    const absl::string_view family = whole.substr(sp + 1, sp2 - sp - 1);
    const absl::string_view given1 = whole.substr(sp2 + 1, sp3 - sp2 - 1);
    if (sp3 == lsp && ChineseSyllable(family) && ChineseSyllable(given1) &&
        ChineseSyllable(last) &&
        qi::KnownFirstName(std::string_view(name.data(), sp))) {
      last = family;
      lsp = sp2;  // (so that no middle word is registered below)
    }
  }
  // ("Chua Bee Lian": in Chinese order, the family name first, shares it
  // with a "Melissa Chua Shu Fen" named before, for a "Madam Chua". The
  // last word stays registered too: "Tran Duc Anh" is "Anh".)
  if (words == 3 && sp != std::string::npos) {
    const size_t sp2 = name.find(' ', sp + 1);
    auto other = by_last_.find(first);
    if (other != by_last_.end() && other->second != name &&
        ChineseSyllable(first) &&
        ChineseSyllable(whole.substr(sp + 1, sp2 - sp - 1)) &&
        ChineseSyllable(last) &&
        !qi::KnownFirstName(std::string_view(name.data(), sp))) {
      NoteSharedSurname(first, other->second, name, at);
    }
  }
  // "Alvin Ho Man-tat", "Derek Leung Hoi-yan": an English first name, the
  // family name, then a Cantonese given name ("Ho said").
  if (words >= 3 && lsp != std::string::npos) {
    const size_t hy = last.find('-');
    if (hy != absl::string_view::npos && hy > 0 && hy + 1 < last.size() &&
        last[hy + 1] >= 'a' && last[hy + 1] <= 'z' &&
        last.find('-', hy + 1) == absl::string_view::npos) {
      const size_t psp = name.rfind(' ', lsp - 1);
      const absl::string_view family = whole.substr(psp + 1, lsp - psp - 1);
      if (!family.empty() && family[0] >= 'A' && family[0] <= 'Z' &&
          qi::KnownFirstName(std::string_view(name.data(), sp)) &&
          !by_last_.contains(family)) {
        by_last_.emplace(std::string(family), name);
      }
    }
  }
  // "Hassan al-Saadi ... Saadi acknowledged": the surname without its
  // article too.
  if (last.size() > 5 &&
      (last[0] == 'a' || last[0] == 'A' || last[0] == 'e' || last[0] == 'E') &&
      last[1] == 'l' && last[2] == '-' && last[3] >= 'A' && last[3] <= 'Z') {
    const absl::string_view bare = last.substr(3);
    by_last_.try_emplace(bare, name);
  }
  // "D.Gantulga ... Gantulga said": a Mongolian name, the initial of the
  // father's joined to the given name, which stands alone later.
  if (const size_t dot = last.find('.');
      dot != absl::string_view::npos && dot >= 1 && dot <= 2 &&
      last.size() > dot + 3 && last[0] >= 'A' && last[0] <= 'Z' &&
      last[dot + 1] >= 'A' && last[dot + 1] <= 'Z') {
    by_last_.try_emplace(last.substr(dot + 1), name);
  }
  // "Dr. Cecilia Bantugan-Lumayag ... Lumayag said": a married woman's
  // name after her own, joined by a hyphen, is her surname too.
  if (const size_t hy = last.rfind('-');
      hy != absl::string_view::npos && hy >= 3 && last.size() - hy > 3 &&
      sp != std::string::npos && last[0] >= 'A' && last[0] <= 'Z' &&
      last[hy + 1] >= 'A' && last[hy + 1] <= 'Z') {
    by_last_.try_emplace(last.substr(hy + 1), name);
  }
  // (try_emplace: one look-up where a new surname or first name took two,
  // a find and an emplace; speed: ExtractQuotes ran 0.4% fewer
  // instructions.)
  auto [l, added] = by_last_.try_emplace(last, name);
  // (A name registered before, as most are, has its inner words too.)
  if (words >= 3 && at != std::string_view::npos &&
      (added || l->second != name)) {
    for (size_t w = sp + 1; w < lsp;) {
      const size_t w_end = name.find(' ', w);
      const absl::string_view inner = whole.substr(w, w_end - w);
      // (Or a capital with an accent: "Sergio Ávila Monzón".)
      const unsigned char c0 = inner.size() >= 3 ? inner[0] : 0;
      const unsigned char c1 = inner.size() >= 3 ? inner[1] : 0;
      if ((c0 >= 'A' && c0 <= 'Z') ||
          (c0 == 0xC3 && c1 >= 0x80 && c1 <= 0x9E)) {
        auto [in, new_word] = inner_words_.try_emplace(inner, at, name);
        if (!new_word && in->second.second != name) in->second.second.clear();
      }
      w = w_end + 1;
    }
  }
  if (!added && CountWords(l->second) < words && Extends(name, l->second)) {
    l->second = name;
  } else if (!added && l->second.size() > last.size() &&
             l->second[l->second.size() - last.size() - 1] == '-' &&
             absl::string_view(l->second).substr(l->second.size() -
                                                 last.size()) == last) {
    // (A surname only as a hyphenated name's second part, "Anna
    // Reyes-Hall", is the "Hall" of a "Jonathan Hall" named since.)
    l->second = name;
  } else if (!added && l->second != name && lsp != std::string::npos &&
             // (Not "Beatriz Urioste" after "Beatriz Urioste Ferrés": the
             // same person without her second surname.)
             !(l->second.size() > name.size() &&
               l->second.compare(0, name.size(), name) == 0 &&
               l->second[name.size()] == ' ')) {
    NoteSharedSurname(last, l->second, name, at);
  }
  auto [f, first_added] = by_first_.try_emplace(first, name);
  if (!first_added && CountWords(f->second) < words) f->second = name;
  // "Md Rezaul Karim ... Rezaul said": after an abbreviated Mohammad the
  // given name is the next word.
  if (words >= 3 && (first == "Md" || first == "Md." || first == "Mohd" ||
                     first == "Mohd." || first == "Muhd")) {
    const size_t sp2 = name.find(' ', sp + 1);
    by_first_.emplace(name.substr(sp + 1, sp2 - sp - 1), name);
  }
  // "Hernán Ezequiel Palacios de la Fuente ... Palacios told reporters":
  // the surname before a particle that opens the second one.
  if (words >= 4) {
    size_t wb = sp + 1;  // the word after the first
    size_t prev_b = std::string::npos, prev_e = 0;
    while (wb < name.size()) {
      size_t we = name.find(' ', wb);
      if (we == std::string::npos) we = name.size();
      if (name[wb] >= 'a' && name[wb] <= 'z') {
        if (prev_b != std::string::npos && prev_e - prev_b >= 3) {
          const std::string_view prev =
              std::string_view(name).substr(prev_b, prev_e - prev_b);
          if (!qi::KnownFirstName(prev)) {
            by_last_.try_emplace(absl::string_view(prev.data(), prev.size()),
                                 name);
          }
        }
        break;
      }
      prev_b = wb;
      prev_e = we;
      wb = we + 1;
    }
  }
  if (words != 3 && words != 4) return;
  std::string_view first_name = std::string_view(name).substr(0, sp);
  if (!qi::MaybeFirstName(first_name)) return;
  // (Of four words, the third when it is no given name: "María Inés
  // Fernández Cabrera" is "Fernández".)
  size_t msp = sp;
  if (words == 4) {
    msp = name.rfind(' ', lsp - 1);
    if (qi::KnownFirstName(
            std::string_view(name).substr(msp + 1, lsp - msp - 1))) {
      return;
    }
  }
  absl::string_view middle(name.data() + msp + 1, lsp - msp - 1);
  if (middle.size() < 3 || !(middle[0] >= 'A' && middle[0] <= 'Z')) return;
  by_last_.try_emplace(middle, name);
}

void Extractor::RegisterRelativeByFirstName(size_t b, size_t e) {
  if (named_people_.empty() || named_people_.back().first >= b) return;
  if (b < 2 || text_[b - 1] != ' ') return;
  // "his wife Maria", or between commas: "Mr Doherty's wife, Karen,",
  // "his younger brother, Josh,".
  size_t kin_e = b - 1;
  if (text_[b - 2] == ',') {
    if (e >= text_.size() || text_[e] != ',') return;
    kin_e = b - 2;
  }
  size_t kin_b = kin_e;
  while (kin_b > 0 && text_[kin_b - 1] >= 'a' && text_[kin_b - 1] <= 'z') {
    --kin_b;
  }
  const std::string_view kin = text_.substr(kin_b, kin_e - kin_b);
  if (kin.size() < 3 || kin.size() > 8 || kin_b < 4 ||
      text_[kin_b - 1] != ' ' || !qi::IsKinNoun(kin)) {
    return;
  }
  auto word_before = [&](size_t end) {
    size_t w = end;
    while (w > 0 && ((text_[w - 1] >= 'a' && text_[w - 1] <= 'z') ||
                     (text_[w - 1] >= 'A' && text_[w - 1] <= 'Z'))) {
      --w;
    }
    return w;
  };
  size_t own_e = kin_b - 1;
  // (Past a possessive's "'s".)
  size_t poss = std::string_view::npos;
  if (own_e >= 3 && text_[own_e - 1] == 's' && text_[own_e - 2] == '\'') {
    poss = own_e - 2;
  } else if (own_e >= 5 && text_[own_e - 1] == 's' &&
             text_.compare(own_e - 4, 3, "\xE2\x80\x99") == 0) {
    poss = own_e - 4;
  }
  if (poss != std::string_view::npos) own_e = poss;
  size_t own_b = word_before(own_e);
  {
    // (An age or a rank between: "his younger brother", "her twin sister".)
    const std::string_view mid = text_.substr(own_b, own_e - own_b);
    if ((mid == "younger" || mid == "older" || mid == "elder" ||
         mid == "eldest" || mid == "youngest" || mid == "twin") &&
        own_b >= 2 && text_[own_b - 1] == ' ') {
      own_e = own_b - 1;
      own_b = word_before(own_e);
    }
  }
  std::string owner(text_.substr(own_b, own_e - own_b));
  if (!owner.empty()) owner[0] = static_cast<char>(owner[0] | 0x20);
  const std::string_view first = text_.substr(b, e - b);
  if (!qi::KnownFirstName(first) ||
      by_first_.contains(absl::string_view(first.data(), first.size()))) {
    return;
  }
  std::string surname;
  // (A brother or sister between commas shares the surname: "Theo
  // Lindqvist and his younger brother, Jonah,"; not a double-barrelled
  // one, often taken on marriage.)
  const bool sibling =
      (kin == "brother" || kin == "sister") &&
      named_people_.back().second.find('-') == std::string::npos;
  if ((kin_e == b - 1 || sibling) &&
      (owner == "his" || owner == "her" || owner == "their")) {
    // The one "his" or "her" stands for: the person named last, of that
    // sex. (Not "his daughter, Anneliese,": between commas labellers keep
    // the first name alone, and the relative may have another surname;
    // held-out speaker accuracy fell by 4 when those took one.)
    const std::string& named = named_people_.back().second;
    const char sex = NameSex(named);
    if ((owner == "his" && sex == 'f') || (owner == "her" && sex == 'm')) {
      return;
    }
    surname = named.substr(named.rfind(' ') + 1);
  } else if (poss != std::string_view::npos && own_b < own_e) {
    // "Mr Doherty's wife, Karen,": the possessive names whose.
    const std::string_view who = text_.substr(own_b, own_e - own_b);
    const absl::string_view key(who.data(), who.size());
    if (by_last_.contains(key)) {
      surname = std::string(who);
    } else if (auto f = by_first_.find(key);
               f != by_first_.end() &&
               f->second.find(' ') != std::string::npos) {
      surname = f->second.substr(f->second.rfind(' ') + 1);
    } else {
      return;
    }
  } else {
    return;
  }
  const std::string full = std::string(first) + " " + surname;
  RegisterPersonName(full, b);
  if (const char g = qi::KinSex(kin); g != 0) gender_.emplace(full, g);
}

void Extractor::RegisterCouple(const std::string& one,
                               const std::string& other) {
  RegisterPersonName(one);
  spouse_[one] = other;
  spouse_[other] = one;
}

// The short forms of an organisation's name of two or more words, the
// first time it is seen: its last word ("the Commission"), its leading
// words ("Frontier", "Silver Sage"), its initials ("FTC", and "RFS" for
// "NSW Rural Fire Service").
void Extractor::RegisterOrgForms(const std::string& full, size_t pos) {
  if (full.empty() || !(full[0] >= 'A' && full[0] <= 'Z') ||
      !org_pos_.emplace(full, pos).second) {
    return;
  }
  absl::string_view name(full.data(), full.size());
  size_t lsp = full.rfind(' ');
  if (lsp == std::string::npos) return;
  absl::string_view last = name.substr(lsp + 1);
  org_by_last_.try_emplace(last, full);
  for (size_t sp = full.find(' '); sp != std::string::npos && sp < lsp + 1;
       sp = full.find(' ', sp + 1)) {
    absl::string_view prefix = name.substr(0, sp);
    auto [it, added] = org_by_first_.try_emplace(prefix, full);
    if (!added && lsp == it->second.size() &&
        absl::StartsWith(name, it->second) &&
        (qi::IsCompanyForm(std::string_view(full).substr(lsp + 1)) ||
         qi::IsOrgSuffix(std::string_view(full).substr(lsp + 1)))) {
      // "Veridian Labs" in the headline, "Veridian Labs Inc." in the body:
      // the same name with its legal form. ("Nimbal Cloud", "Nimbal Cloud
      // Services": or with a body's word.)
      it->second = full;
    }
  }
  // "the Army Corps said" after "the U.S. Army Corps of Engineers": the
  // name without the country that opens it, by two words or more.
  if (const size_t sp1 = full.find(' ');
      sp1 != lsp &&
      (name.substr(0, sp1) == "U.S." || name.substr(0, sp1) == "US" ||
       name.substr(0, sp1) == "UK" || name.substr(0, sp1) == "Federal")) {
    for (size_t sp = full.find(' ', full.find(' ', sp1 + 1) + 1);;
         sp = full.find(' ', sp + 1)) {
      const size_t end = sp == std::string::npos ? full.size() : sp;
      const absl::string_view rest = name.substr(sp1 + 1, end - sp1 - 1);
      if (!absl::EndsWith(rest, " of") && !absl::EndsWith(rest, " for") &&
          !absl::EndsWith(rest, " and")) {
        org_by_first_.try_emplace(rest, full);
      }
      if (sp == std::string::npos) break;
    }
  }
  // "The Department of Health said" after "the Tasmanian Department of
  // Health", "the Department of Transportation" after "the New York State
  // Department of Transportation": a body's name of a body's word, "of"
  // and more, after the place's words that open it.
  for (size_t sp = full.find(' '); sp != std::string::npos && sp < lsp;
       sp = full.find(' ', sp + 1)) {
    const size_t we = full.find(' ', sp + 1);
    const absl::string_view w = name.substr(sp + 1, we - sp - 1);
    if (!qi::IsOrgSuffix(std::string_view(w.data(), w.size()))) continue;
    if (we < lsp && name.substr(we, 4) == " of ") {
      bool place = true;
      for (size_t b = 0; place && b < sp;) {
        const size_t e = std::min(full.find(' ', b), sp);
        const std::string_view x(full.data() + b, e - b);
        place = x[0] >= 'A' && x[0] <= 'Z' && !qi::IsOrgSuffix(x);
        b = e + 1;
      }
      if (place) org_by_first_.try_emplace(name.substr(sp + 1), full);
    }
    break;
  }
  // "Cordillera Azul said" after "Minera Cordillera Azul": the name
  // without the word that opens it, and its first words.
  if (const size_t sp1 = full.find(' ');
      full[sp1 + 1] >= 'A' && full[sp1 + 1] <= 'Z' &&
      qi::IsOrgOpening(std::string_view(full).substr(0, sp1))) {
    for (size_t sp = full.find(' ', sp1 + 1);; sp = full.find(' ', sp + 1)) {
      const size_t end = sp == std::string::npos ? full.size() : sp;
      org_by_first_.try_emplace(name.substr(sp1 + 1, end - sp1 - 1), full);
      if (sp == std::string::npos) break;
    }
  }
  std::string acr = Acronym(full);
  if (acr.size() >= 2) {
    auto& by_acr = acronyms_[acr];
    if (by_acr.empty()) by_acr = full;
    for (size_t drop = 1; acr.size() - drop >= 3; ++drop) {
      auto& shorter = acronyms_[acr.substr(drop)];
      if (shorter.empty()) shorter = full;
    }
    // ("CDC": the Centers for Disease Control and Prevention; "NNPC": the
    // Nigerian National Petroleum Company Limited.)
    const size_t and_at = full.rfind(" and ");
    if (acr.size() >= 4 &&
        ((and_at != std::string::npos &&
          full.find(' ', and_at + 5) == std::string::npos) ||
         qi::IsCompanyForm(std::string_view(full).substr(lsp + 1)))) {
      auto& without = acronyms_[acr.substr(0, acr.size() - 1)];
      if (without.empty()) without = full;
    }
    // ("TPO": the Trade Promotion Organization of Iran, over the
    // "Trade Promotion Organization" read before it; initials leave out
    // the place a body is of.)
    const size_t of_at = full.rfind(" of ");
    if (acr.size() >= 4 && of_at != std::string::npos &&
        full.find(' ', of_at + 4) == std::string::npos) {
      auto& without = acronyms_[acr.substr(0, acr.size() - 1)];
      if (without.empty() ||
          (without.size() == of_at && full.starts_with(without))) {
        without = full;
      }
    }
  }
}

std::string Extractor::SpelledOut(const std::string& acr, size_t before) const {
  auto memo = spelled_out_.find(acr);
  if (memo != spelled_out_.end()) return memo->second;
  auto word_end = [&](size_t k) {
    while (k < before && text_[k] != ' ' && text_[k] != ',' &&
           text_[k] != '.' && text_[k] != '(' && text_[k] != ')' &&
           text_[k] != '\n' && text_[k] != ';' && text_[k] != ':') {
      ++k;
    }
    return k;
  };
  // (And the particles of other languages' bodies: "Bangko Sentral ng
  // Pilipinas" is "BSP", "Banco de la Nación" "BN".)
  auto joining = [](std::string_view w) {
    return w == "of" || w == "on" || w == "for" || w == "and" || w == "the" ||
           w == "&" || w == "ng" || w == "de" || w == "del" || w == "la" ||
           w == "da" || w == "do" || w == "di" || w == "du" || w == "des";
  };
  // Matches the letters from `letter` on against the words from `k`;
  // returns where the last matched word ends, or npos. A capital is a
  // word's initial; a joining word spells nothing, or its own initial
  // ("ERCOT": Electric Reliability Council of Texas; "TfL": Transport for
  // London). One comma may stand between words ("FCDO").
  auto match = [&](auto&& self, size_t k, size_t letter) -> size_t {
    if (k >= before) return std::string::npos;
    const size_t e = word_end(k);
    if (e == k) return std::string::npos;
    const std::string_view w = text_.substr(k, e - k);
    size_t next = e;
    if (next < before && text_[next] == ',') ++next;
    const bool more = next + 1 < before && text_[next] == ' ';
    if (more) ++next;
    if (joining(w)) {
      if (letter == 0 || !more) return std::string::npos;
      if ((acr[letter] | 0x20) == w[0]) {
        size_t r = self(self, next, letter + 1);
        if (r != std::string::npos) return r;
      }
      return self(self, next, letter);
    }
    if (w[0] != (acr[letter] & ~0x20) || acr[letter] >= 'a' || w.size() < 2 ||
        LooksLikeAcronym(w)) {
      return std::string::npos;
    }
    if (letter + 1 == acr.size()) {
      // Not the start of a longer name: "Tenant Support Ireland Trust"
      // (but "for the Office of Public Works Seán Kiely": a person's first
      // name after it).
      if (e + 1 < before && text_[e] == ' ' && text_[e + 1] >= 'A' &&
          text_[e + 1] <= 'Z' &&
          !qi::KnownFirstName(text_.substr(e + 1, word_end(e + 1) - e - 1))) {
        return std::string::npos;
      }
      return e;
    }
    if (!more) return std::string::npos;
    return self(self, next, letter + 1);
  };
  std::string found;
  const char initial = acr[0];
  // (A story spells out a body's name not long before its initials: the
  // last 16 KiB are searched, so a long text costs no more.)
  const size_t from = before > (1u << 14) ? before - (1u << 14) : 0;
  for (size_t at = text_.find(initial, from); at < before && found.empty();
       at = text_.find(initial, at + 1)) {
    if (at > 0 && text_[at - 1] != ' ' && text_[at - 1] != '\n' &&
        text_[at - 1] != '(' && text_[at - 1] != '"') {
      continue;
    }
    const size_t end = match(match, at, 0);
    if (end != std::string::npos) found = NameText(at, end);
  }
  spelled_out_.emplace(acr, found);
  return found;
}

// ------------------------------------------------------------ name runs --

// The first word of the name toks_[first..last] once leading function words
// and titles are stripped: everything up to the last title or capitalised
// role word ("Tesla CEO Elon Musk", "Owner Gareth Jones"). Sets *gender
// from a title. Returns last + 1 if nothing is left.
int Extractor::NameStart(int first, int last, char* gender) const {
  return PastPortfolioBody(NameStartBeforeBody(first, last, gender), last);
}

int Extractor::PastPortfolioBody(int s, int last) const {
  // Whether toks_[from..last] are all plain names: no portfolio, body,
  // title or role word.
  auto plain_names = [&](int from) {
    for (int r = from; r <= last; ++r) {
      if (!NameTok(r) || IsPortfolio(W(r)) ||
          Has(r, kOrgSuffixWord | kNonPerson | kFunction | kTitleWord |
                     kNationality | kRole)) {
        return false;
      }
    }
    return true;
  };
  // ("Deputy Director of the Hanoi Department of Health Nguyen Dinh Phuong
  // said"; the body's "of" may be just before s, as it ends a run of
  // capitalised words.)
  for (int k = std::max(0, s - 2); k + 3 < last; ++k) {
    if (!IsWordTok(k) || !Has(k, kOrgSuffixWord) || !WordIs(k + 1, "of")) {
      continue;
    }
    int m = k + 2;
    if (WordIs(m, "the")) ++m;
    const int portfolio = m;
    while (m < last &&
           (IsPortfolio(W(m)) || (WordIs(m, "and") && IsPortfolio(W(m + 1))))) {
      ++m;
    }
    if (m > portfolio && last - m >= 1 && plain_names(m)) return m;
    // ("Head of the Union of Southern Farmers Viktor Hrytsenko said": or
    // the body's own words, then a first name the lists know and one or
    // two more names.)
    // (Not a place after the body: "the Embassy of Japan in Sri Lanka".)
    for (int j = portfolio + 1; j < last; ++j) {
      if (!NameTok(j - 1)) break;
      if (last - j <= 2 && qi::KnownFirstName(W(j)) &&
          !qi::MaybeFirstName(W(j - 1)) && plain_names(j)) {
        return j;
      }
    }
    return s;
  }
  // ("Opposition leader in the Assembly Govind Singh Rathore": or a body of
  // one word after "the", before a first name and more names, or three
  // names.)
  // ("in the Cantonal Assembly Dženan Begić": a body of two words.)
  const int body =
      s + 1 < last && !Has(s, kOrgSuffixWord) && Has(s + 1, kOrgSuffixWord)
          ? s + 1
          : s;
  if (s > 0 && last - body >= 2 && WordIs(s - 1, "the") &&
      Has(body, kOrgSuffixWord) && !toks_[body].poss && !toks_[s].poss &&
      (qi::MaybeFirstName(W(body + 1)) || last - body >= 3 || body > s)) {
    if (plain_names(body + 1)) return body + 1;
  }
  return s;
}

int Extractor::NameStartBeforeBody(int first, int last, char* gender) const {
  int s = first;
  // (Not the "New" of "New Mexico", "New South Wales", nor the Irish "An"
  // of "An Post" inside a sentence.)
  // (Nor "Last Chance Coalition", "First Nation" inside a sentence.)
  // (Nor "Nor" before two more names: "Nor Azlina Ismail".)
  // (Nor "All" after "the": "the All Progressives Congress".)
  while (s < last && Has(s, kFunction) &&
         !(Equals(W(s), "New") && toks_[s + 1].cap) &&
         !(Equals(W(s), "Nor") && last - s >= 2) &&
         !(Equals(W(s), "All") && toks_[s + 1].cap && WordIs(s - 1, "the")) &&
         !((Equals(W(s), "Last") || Equals(W(s), "First")) &&
           toks_[s + 1].cap && s > 0 && toks_[s - 1].sent == toks_[s].sent) &&
         !(Equals(W(s), "An") && toks_[s + 1].cap &&
           ((s > 0 && toks_[s - 1].sent == toks_[s].sent &&
             !(IsWordTok(s - 1) && Has(s - 1, kTitleWord))) ||
            // ("An Post said", "An Post has": opening a sentence, before
            // a verb.)
            (last == s + 1 && !Has(last, kNationality | kPerson) &&
             last + 1 < n_ && IsWordTok(last + 1) && !toks_[last + 1].cap &&
             (CueAt(last + 1) != nullptr || Has(last + 1, kAuxiliary)))))) {
    ++s;
  }
  // ("El Hadj Moussa Barry": the honorific of one who made the hajj, in
  // West African French, is two words; "Hadj" is the title below.)
  if (s + 2 < last && Equals(W(s), "El") &&
      (Equals(W(s + 1), "Hadj") || Equals(W(s + 1), "Hadji"))) {
    ++s;
  }
  // "Mayor of Al-Ahsa Eng. Essam bin Abdullatif Al-Mulla", "Undersecretary
  // for Land Transport and Post Dr. Hussain Al Mahmeed": a title with its
  // full stop inside the run, before two names or more, opens the name.
  for (int k = last - 2; k > s; --k) {
    if (toks_[k].abbr && Has(k, kTitleWord) && NameTok(k + 1) &&
        !Has(k + 1, kTitleWord)) {
      s = k + 1;
      break;
    }
  }
  // "Toronto-based Northcrest Gold Corp.", "London-born Jane Doe": where
  // it is, not part of its name.
  while (s < last && PlaceAdjective(s)) ++s;
  // ("Scottish Government-owned Caledonian Maritime Assets Ltd": past the
  // owner's name too.)
  for (int k = s + 1; k < last && k <= s + 3; ++k) {
    if (PlaceAdjective(k)) s = k + 1;
  }
  // "corporator from Malad Sandhya Patil": a place after "from" or "in",
  // before a first name and a surname.
  if (last - s >= 2 && s > 0 &&
      (WordIs(s - 1, "from") || WordIs(s - 1, "in")) &&
      !qi::MaybeFirstName(W(s)) &&
      !Has(s, kTitleWord | kOrgSuffixWord | kFunction) &&
      qi::MaybeFirstName(W(s + 1)) && !Has(last, kOrgSuffixWord | kNonPerson)) {
    ++s;
  }
  // "outlasting American Kayla Brooks": a nationality before a first name
  // and a surname.
  // ("Czech Tereza Novotna": or a first name only guessed, before one
  // surname.)
  while (s + 1 < last && Has(s, kNationality) &&
         (qi::KnownFirstName(W(s + 1)) ||
          (last == s + 2 && qi::MaybeFirstName(W(s + 1)) &&
           !HasOrgSuffix(s + 1, last)))) {
    ++s;
  }
  // ("His coach, the Portuguese Rui Vasco Leitão": so in an appositive to
  // a person's role, whatever the first name; not "the American Red
  // Cross".)
  if (s + 2 <= last && s >= 3 && WordIs(s - 1, "the") && IsPunct(s - 2, ',') &&
      IsWordTok(s - 3) && !toks_[s - 3].cap && Has(s - 3, kRole | kPerson) &&
      Has(s, kNationality) && !toks_[s].poss && !HasOrgSuffix(s + 1, last)) {
    ++s;
  }
  // "On Tuesday Einar posted": a day is no part of a name.
  while (s < last && (Equals(W(s), "Monday") || Equals(W(s), "Tuesday") ||
                      Equals(W(s), "Wednesday") || Equals(W(s), "Thursday") ||
                      Equals(W(s), "Friday") || Equals(W(s), "Saturday") ||
                      Equals(W(s), "Sunday"))) {
    ++s;
  }
  // "Local NGO Haor Unnayan Sangstha": what kind of body it is, before two
  // or more words of its name.
  {
    int k = s;
    if (k + 3 <= last && (Equals(W(k), "Local") || Equals(W(k), "Regional") ||
                          Equals(W(k), "Grassroots"))) {
      ++k;
    }
    if (k + 2 <= last && (Equals(W(k), "NGO") || Equals(W(k), "NGOs"))) {
      s = k + 1;
    }
  }
  // "Nineteen-year-old Tate Pruitt", "Major Alastair Renwick" (a rank only
  // before a first name: not "Major League Baseball").
  while (s < last &&
         (EndsWith(W(s), "-year-old") ||
          (Equals(W(s), "Major") && last - s >= 2 &&
           !HasOrgSuffix(s + 1, last) && !IsMajorPhrase(W(s + 1))))) {
    ++s;
  }
  // "Martin Luther King Jr.": a generation after the name is part of it,
  // and the word before it is no title.
  while (last > s) {
    std::string_view g = W(last);
    if (!IsGeneration(g)) break;
    --last;
  }
  if (s >= last) return s;
  // A body keeps its words: "Home Builders Federation".
  // (Not a person's title, given name and a surname that is also a body's
  // word: "Cllr Derek Steel".)
  if (Has(last, kOrgSuffixWord) &&
      !(last == s + 2 && Has(s, kTitleWord) && qi::KnownFirstName(W(s + 1)) &&
        !NamedForTitled(s, last))) {
    return s;
  }
  // "Prince George's County", "Prince Edward Island", "Queen Elizabeth
  // Hospital": a place or body named for a titled person keeps the title.
  if (Has(s, kTitleWord) && NamedForTitled(s, last)) return s;
  // "Federal Minister for IT and Telecom Saima Rashid": a federation's or
  // a province's title (not "Federal Reserve", "Provincial Council").
  if (s < last && (Equals(W(s), "Federal") || Equals(W(s), "Provincial")) &&
      Has(s + 1, kTitleWord)) {
    ++s;
  }
  // "Leader of the Opposition Malik Tariq Awan", "Chief of Staff X": a
  // title and its portfolio before the name.
  if (s + 3 < last && (Has(s, kTitleWord) || Has(s, kRole)) &&
      (WordIs(s + 1, "of") || WordIs(s + 1, "for"))) {
    int k = s + 2;
    if (WordIs(k, "the")) ++k;
    // (Not a body's name that opens with a portfolio's words: "President
    // of the Public Health Inspectors Union X", read below.)
    if (k < last && IsPortfolio(W(k))) {
      while (k < last && IsPortfolio(W(k))) ++k;
      if (last - k >= 1 && !PortfolioOpensBody(k, last)) s = k;
    }
  }
  // "Assistant Ombudsman Ma. Teresa Villaluz": the Filipino "Ma." of
  // Maria opens the name.
  for (int k = s + 1; k + 1 <= last; ++k) {
    if (toks_[k].abbr && Equals(W(k), "Ma.")) {
      s = k;
      break;
    }
  }
  // "Tan Sri Ahmad Zulkarnain Hashim", "Puan Sri ...", "Toh Puan ...":
  // Malaysian honorifics of two words ("Tan" alone is a surname).
  if (s + 2 <= last && (((Equals(W(s), "Tan") || Equals(W(s), "Puan")) &&
                         Equals(W(s + 1), "Sri")) ||
                        (Equals(W(s), "Toh") && Equals(W(s + 1), "Puan")))) {
    s += 2;
  }
  // "Don Mario Chan Poot", "Don Hernán": the Spanish honorific before a
  // given name (not "Don Lemon", whose "Don" is the given name).
  // ("Don Guidi said" after "Don Lorenzo Guidi": or before the surname of
  // one named so.)
  if (s < last && Equals(W(s), "Don") &&
      (qi::KnownFirstName(W(s + 1)) ||
       (last == s + 1 && by_last_.contains(absl::string_view(
                             W(s + 1).data(), W(s + 1).size()))))) {
    ++s;
  }
  // "U Tin Maung Win", "Sayadaw U Pyinnya Thiri", "Ko Zeyar".
  while (s < last && BurmeseHonorific(W(s))) ++s;
  // "Adi Litia Qionibaravi": a Fijian woman of chiefly rank (in a text
  // about Fiji; elsewhere "Adi" is as often a given name).
  if (s < last && Equals(W(s), "Adi")) {
    if (fijian_ < 0) {
      fijian_ = text_.find("Fiji") != std::string_view::npos;
    }
    if (fijian_ > 0) ++s;
  }
  // "Garda Shane Lalor": an Irish police officer's rank before a given
  // name (not the "Garda" of "An Garda Síochána"); or "Garda Hegarty"
  // later, before a surname named before.
  if (s < last && Equals(W(s), "Garda")) {
    auto named =
        s + 1 == last
            ? by_last_.find(absl::string_view(W(last).data(), W(last).size()))
            : by_last_.end();
    if (qi::KnownFirstName(W(s + 1)) ||
        (named != by_last_.end() &&
         named->second.find("Garda") == std::string::npos)) {
      ++s;
    }
  }
  // "Skip Maddie Lacroix", "Make Nomsa Khumalo": an honorific before a
  // given name and a surname (not "Skip Bayless", whose "Skip" is the given
  // name).
  // ("Make Khumalo said" after "Make Nomsa Khumalo": or before the surname
  // of one named so.)
  if (s < last && qi::IsHonorificBeforeGivenName(W(s)) &&
      ((s + 2 <= last && qi::MaybeFirstName(W(s + 1)) &&
        !Has(s + 1, kTitleWord | kFunction)) ||
       (last == s + 1 && by_last_.contains(absl::string_view(
                             W(s + 1).data(), W(s + 1).size()))))) {
    ++s;
  }
  // "H.E. Ly Sokunthy": His or Her Excellency.
  if (s + 3 <= last && toks_[s].initial && toks_[s + 1].initial &&
      Equals(W(s), "H.") && Equals(W(s + 1), "E.")) {
    s += 2;
  }
  if (Equals(W(s), "Born") && (s == 0 || toks_[s - 1].sent != toks_[s].sent)) {
    ++s;  // "Born Lorraine Mabry in Tupelo, she grew up"
  }
  // "Additional Government Pleader M. Senthil Kumar": an initial after
  // words that are no first name (not "John F. Kennedy") opens the name.
  // (Two words or more before it and two after: not "Nkechi A. Eze".)
  for (int k = s + 2; k + 2 <= last && !toks_[last].initial; ++k) {
    if (toks_[k].initial && !toks_[k - 1].initial &&
        !qi::KnownFirstName(W(k - 1)) &&
        !Has(k - 1, kParticle | kOrgSuffixWord)) {
      s = k;
      break;
    }
  }
  if (last == s + 1 && (s == 0 || toks_[s - 1].sent != toks_[s].sent) &&
      MoodBeforeFirstName(W(s), W(last), [&] {
        return by_first_.contains(
            absl::string_view(W(last).data(), W(last).size()));
      })) {
    return last;
  }
  // "Minister for Transport Pádraig Ó Súilleabháin", "Minister of Energy
  // and Mines Rómulo Castañeda Vera": a title's portfolio before the name.
  {
    int p = s;
    // ("Leader of the Opposition": past "the" after "of".)
    // ("Ambassador to the United Nations Dana Whitcomb": or "to".)
    if (p - 3 >= 0 && WordIs(p - 1, "the") &&
        (WordIs(p - 2, "of") || WordIs(p - 2, "for") || WordIs(p - 2, "to")) &&
        NameTok(p - 3) && (Has(p - 3, kTitleWord) || Has(p - 3, kRole))) {
      p -= 3;
    }
    // ("Minister of Livestock, Agriculture and Fisheries": or a comma
    // between portfolios.)
    // ("Minister for Agriculture, Food and the Marine": or "and the".)
    while (true) {
      if (p - 3 >= 0 && WordIs(p - 1, "the") && WordIs(p - 2, "and") &&
          IsPortfolio(W(p)) && NameTok(p - 3)) {
        p -= 3;
        continue;
      }
      // ("Minister for Physical Infrastructure and Transport": a portfolio
      // of two words.)
      if (p < s && p - 2 >= 0 && NameTok(p - 1) && IsPortfolio(W(p - 1)) &&
          IsPortfolio(W(p)) && !NameTok(p - 2)) {
        --p;
      }
      if (!(p - 1 >= 0 && !NameTok(p - 1) &&
            ((IsWordTok(p - 1) &&
              (WordIs(p - 1, "and") || WordIs(p - 1, "for") ||
               WordIs(p - 1, "of") || WordIs(p - 1, "to"))) ||
             (IsPunct(p - 1, ',') && p - 2 >= 0 &&
              (IsPortfolio(W(p)) || IsPortfolio(W(p - 2))))) &&
            p - 2 >= 0 && NameTok(p - 2))) {
        break;
      }
      p -= 2;  // back over "of Energy and", to the title
      if (Has(p, kTitleWord)) break;
      // ("Minister for Rural and Maritime Development and Disaster
      // Management X": past a portfolio's other words.)
      for (int m = 0; m < 3 && p - 1 >= 0 && NameTok(p - 1) &&
                      !Has(p - 1, kTitleWord | kRole);
           ++m) {
        --p;
      }
    }
    if (p < s && (Has(p, kTitleWord) || Has(p, kRole))) {
      int k = s;
      while (k < last - 1 && IsPortfolio(W(k))) ++k;
      while (k < last - 1 && WordIs(k, "and") && IsPortfolio(W(k + 1))) k += 2;
      // (Not a body's name that opens with a portfolio's words:
      // "President of the Public Health Inspectors Union X", read below.)
      if (k > s && PortfolioOpensBody(k, last)) {
        // (The title's body is no portfolio.)
      } else if (k > s && last - k >= 1) {
        s = k;
      } else if (WordIs(s - 1, "for") || WordIs(s - 1, "of") ||
                 WordIs(s - 1, "to") ||
                 // ("KPK Deputy for Enforcement and Execution X": or the
                 // "and" of a portfolio.)
                 (WordIs(s - 1, "and") && p < s - 2) ||
                 (WordIs(s - 1, "the") && WordIs(s - 2, "to"))) {
        // "TD for Galway West Mairéad Connolly", "MP for Bolton North
        // East Sarah Quinn": a constituency, then a first name.
        // ("Director of Private Education Affairs Hamad Saleh Al Kuwari":
        // "Al" before the surname is its article, not the first name "Al";
        // the given names are a word further back.)
        const bool al = last - 1 > s + 1 && (Equals(W(last - 1), "Al") ||
                                             Equals(W(last - 1), "El"));
        for (k = std::max(s + 1, last - (al ? 3 : 2)); k < last; ++k) {
          if (al && k == last - 1) continue;
          if (qi::KnownFirstName(W(k))) {
            // ("Minister of State for Higher Education Darragh Mac
            // Conmara": a given name the lists lack after the portfolio,
            // before a word they know.)
            if (k == last - 1 && k - 2 >= s && IsPortfolio(W(k - 2)) &&
                !IsPortfolio(W(k - 1)) &&
                !Has(k - 1, kNonPerson | kOrgSuffixWord | kTitleWord |
                                kFunction | kNationality)) {
              --k;
            }
            s = k;
            break;
          }
        }
        // ("MP for Laventille West Keron Alleyne": a first name no list
        // has; a name of two words is the commonest.)
        // ("Superintendent of Police Ravinder Singh Chauhan": after a body
        // of one word, all the words after it.)
        if (k == last && last - s == 3 && Has(s, kOrgSuffixWord) &&
            !Has(s + 1, kOrgSuffixWord | kFunction | kNonPerson) &&
            !Has(last, kOrgSuffixWord) &&
            !Has(last - 1, kOrgSuffixWord | kFunction)) {
          s = s + 1;
        } else if (k == last && last - s >= 2 && !Has(last, kOrgSuffixWord) &&
                   !Has(last - 1, kOrgSuffixWord | kFunction)) {
          s = al ? last - 2 : last - 1;
        }
      }
    }
  }
  // "Transport MEC Palesa Nkuna", "BJD MLA Ramesh Patnaik": a body's or a
  // post's initials, then a first name and a surname (not a person's
  // initials, "KN Suresh Kumar", nor "ABC Radio Sydney").
  // ("PTI MPA Faheem Ahmed Jatoi": or a first name and two more names.)
  if (last - s >= 3 && W(last - 3).size() >= 3 &&
      LooksLikeAcronym(W(last - 3)) && qi::MaybeFirstName(W(last - 2)) &&
      !LooksLikeAcronym(W(last - 2)) && !LooksLikeAcronym(W(last - 1)) &&
      !LooksLikeAcronym(W(last)) && !toks_[last - 2].initial &&
      !Has(last - 2, kOrgSuffixWord | kNonPerson) &&
      !Has(last - 1, kOrgSuffixWord | kNonPerson) &&
      !Has(last, kOrgSuffixWord | kNonPerson) && !toks_[last - 3].poss) {
    s = last - 2;
  }
  if (last - s >= 2 && W(last - 2).size() >= 3 &&
      LooksLikeAcronym(W(last - 2)) && qi::MaybeFirstName(W(last - 1)) &&
      !LooksLikeAcronym(W(last - 1)) && !LooksLikeAcronym(W(last)) &&
      !toks_[last - 1].initial && !Has(last - 1, kOrgSuffixWord | kNonPerson) &&
      !Has(last, kOrgSuffixWord | kNonPerson) && !toks_[last - 2].poss) {
    s = last - 1;
  }
  // "Minister of State for Commerce and Industry Suresh Kanwar": a
  // person's name after a body's last word.
  {
    int k = last;
    while (k > s && NameTok(k) && !Has(k, kOrgSuffixWord | kTitleWord)) --k;
    // (A first name, not just a name's -a ending, must open it: not
    // "Compañía Minera Santa Filomena".)
    // (Or initials: "retired professor of Madras University S. Kalaiselvi".)
    // (Not a body's word that opens the run, "Grupo Brisa Dorada": a
    // Romance name puts it first.)
    bool guessed = false;
    // ("President of the Public Health Inspectors Union Chaminda
    // Weerasekara": after a title of a body, any first name and surname.)
    // (Last, when asked: speed.)
    auto title_of = [&] {
      return ((s + 2 < k && (Has(s, kTitleWord) || Has(s, kRole)) &&
               WordIs(s + 1, "of")) ||
              (s >= 3 && s < k && WordIs(s - 1, "the") && WordIs(s - 2, "of") &&
               IsWordTok(s - 3) && Has(s - 3, kTitleWord | kRole)) ||
              // ("... Inspectors' Union Chaminda Weerasekara": or after a
              // body's plural possessive and its word.)
              (s >= 1 && s == k && toks_[s - 1].poss &&
               (W(s - 1).ends_with("s'") || W(s - 1).ends_with("s\u2019")))) &&
             last - k == 2 &&
             !Has(k + 1, kFunction | kNonPerson | kTitleWord | kRole) &&
             !Has(last, kFunction | kNonPerson | kTitleWord | kRole) &&
             !LooksLikeAcronym(W(k + 1)) && !LooksLikeAcronym(W(last));
    };
    if (k >= s && Has(k, kOrgSuffixWord) && (last - k == 2 || last - k == 3) &&
        // ("Compañía Minera Santa Filomena": nor after one opening it.)
        !(k <= s + 1 && qi::IsOrgOpening(W(k))) &&
        ((qi::FirstNameGender(W(k + 1), &guessed) != 0 && !guessed) ||
         RecordedFirstNameSex(W(k + 1)) != 0 ||
         (toks_[k + 1].initial && !toks_[last].initial) || title_of())) {
      return k + 1;
    }
  }
  // "Health Service Executive": a run that ends in a title's word is a
  // body's name or a title, not a person's name after a title.
  // (A job's word, "Executive", not "Sheikh" or "Judge" of "Uzma Sheikh",
  // and no first name in it: "Coach Billie Jean King".)
  if (last > s && Has(last, kTitleWord) && Has(last, kRole) &&
      !Has(last, kOrgSuffixWord) && !toks_[last].abbr &&
      !by_last_.contains(absl::string_view(W(last).data(), W(last).size()))) {
    bool first_name = false;
    for (int k = s; k <= last && !first_name; ++k) {
      first_name = qi::MaybeFirstName(W(k));
    }
    if (!first_name) return s;
  }
  // "Developer Marcus Feld" opening a sentence: a description, capitalised
  // only by its place.
  // (A first name after it, or a role or a hyphen in it, or no plural
  // at the end: not "Meridian Bulk Carriers".)
  char lb[32];
  // (Not a title before "of": "Superintendent of Police Sanjeev Thakur",
  // for the loop below.)
  // (Not a given name the lists lack that ends like a noun of people,
  // before the Sikh "Singh" or "Kaur": "Gurvinder Singh Dhillon".)
  // ("Dutchman Daan Hoekstra finished second": or a noun of one's nation.)
  if (last - s >= 2 && (s == 0 || toks_[s - 1].sent != toks_[s].sent) &&
      (Has(s, kPerson) || NationalityNoun(s)) && !Has(s, kFunction) &&
      qi::FirstNameGender(W(s)) == 0 &&
      // (Not an English given name the records know that only ends like a
      // noun of people, before a Cantonese name: "Vivian Tsang Wing-sze",
      // read as "librarian".)
      !(last == s + 2 && RecordedFirstNameSex(W(s)) != 0 &&
        HyphenatedGivenName(W(last))) &&
      // (Nor a Spanish given name the records know that ends like an
      // agent noun in "-or", before a first and a second surname: "Nestor
      // Zelaya Rugama", "Leonor Ramírez Soto"; not "Fisher Toomas Lepik".)
      !(last == s + 2 && RecordedFirstNameSex(W(s)) != 0 && !Has(s, kRole) &&
        W(s).ends_with("or")) &&
      W(s + 1) != "Singh" && W(s + 1) != "Kaur" && !WordIs(s + 1, "of") &&
      !WordIs(s + 1, "for") &&
      // (Not a place's "Lower" or "Greater", which only end like a noun
      // of people: "Lower Murray Water said".)
      W(s) != "Lower" && W(s) != "Upper" && W(s) != "Greater" &&
      W(s) != "Inner" && W(s) != "Outer" &&
      (qi::MaybeFirstName(W(s + 1)) ||
       W(s).find('-') != std::string_view::npos ||
       qi::IsRoleNoun(Lower(s, lb)) ||
       !(W(last).size() > 3 && W(last).back() == 's'))) {
    s = s + 1;
  }
  // "Rapper Bishop Nine", "singer Lady Gaga": a stage name that opens with
  // a title, after a performer's noun.
  if (last == s + 1 && Has(s, kTitleWord) && s > 0 && IsWordTok(s - 1) &&
      toks_[s - 1].sent == toks_[s].sent && IsStageNoun(W(s - 1))) {
    return s;
  }
  for (int k = last - 1; k >= s; --k) {
    std::string_view w = W(k);
    if (toks_[k].abbr) w.remove_suffix(1);
    // ("Salmah binti Haji Othman": an honorific after "bin" or "binti" is
    // the father's, part of the name.)
    if (k > s && IsWordTok(k - 1) && !toks_[k - 1].cap &&
        Has(k - 1, kParticle)) {
      continue;
    }
    // ("Mr Juma Haji Mwinyimkuu": "Haji" after a given name is a name of
    // its own, as East African names take it; not after another honorific,
    // "Kiai Haji Zainal Muttaqin".)
    // ("Haslinda Awang Damit": so "Awang" and "Dayang", Bruneian and
    // Sabahan honorifics, after a given name.)
    if (k > s && k < last &&
        (Equals(w, "Haji") || Equals(w, "Hajji") || Equals(w, "Awang") ||
         Equals(w, "Dayang")) &&
        NameTok(k - 1) && !toks_[k - 1].poss &&
        !Has(k - 1, kTitleWord | kOrgSuffixWord | kNonPerson | kRole)) {
      continue;
    }
    // ("the General Department of Traffic", "the General Secretariat": a
    // body's word after "General" makes it part of the body's name.)
    // ("the Ministry of General Education and Instruction": or a
    // portfolio after "General" and "of".)
    if (Equals(w, "General") && k < last &&
        ((Has(k + 1, kOrgSuffixWord) && !Has(k + 1, kTitleWord)) ||
         (k > 0 && WordIs(k - 1, "of") && IsPortfolio(W(k + 1))))) {
      continue;
    }
    // ("Home Ground Ireland": a portfolio's word is a title only before
    // one, "Home Secretary"; not "Justice", a title of its own.)
    if (Has(k, kTitleWord) &&
        (Equals(w, "Home") || Equals(w, "Foreign") || Equals(w, "Finance") ||
         Equals(w, "Defence") || Equals(w, "Defense") ||
         Equals(w, "Interior") || Equals(w, "Health") || Equals(w, "Trade") ||
         Equals(w, "Economy") || Equals(w, "Education") ||
         Equals(w, "Energy")) &&
        !Has(k + 1, kTitleWord)) {
      continue;
    }
    // ("The charity Elder Voice NI": "Elder", an elder's title, opens a
    // body's name after a body's noun or before initials or a body's
    // word.)
    if (k == s && Equals(w, "Elder") && k < last &&
        ((k > 0 && Has(k - 1, kOrgNoun)) || HasOrgSuffix(k + 1, last) ||
         LooksLikeAcronym(W(last)))) {
      continue;
    }
    // ("Det Con Huw Jenkins", "Det Sgt": a detective's rank after "Det".)
    const bool detective_rank =
        k > s && Equals(w, "Con") &&
        (Equals(W(k - 1), "Det") || Equals(W(k - 1), "Det."));
    // ("International Organization for Migration": a body's word before
    // another, not the role of "a Wales international".)
    if (Has(k, kOrgSuffixWord) && !Has(k, kTitleWord) &&
        HasOrgSuffix(k + 1, last)) {
      continue;
    }
    // ("Transparency International Vanuatu", "Amnesty International UK":
    // "International" inside a name is a body's word, not a player's role.)
    if (k > s && Equals(w, "International") && toks_[k - 1].cap &&
        !Has(k - 1, kNationality | kTitleWord)) {
      continue;
    }
    // ("Doctors Without Borders", "Reporters Without Borders": a plural
    // is no one's title.)
    if (k == s && w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' &&
        !toks_[k].abbr && !Equals(w, "Messrs") && !Equals(w, "Justices") &&
        k < last && IsWordTok(k + 1) && toks_[k + 1].cap &&
        !toks_[k + 1].initial && !qi::MaybeFirstName(W(k + 1)) &&
        // (But "Councilors Analyn Tampus and Jerome Saberon": two names
        // joined by "and", the second with a known first name.)
        !(k + 2 == last && last + 3 < n_ && WordIs(last + 1, "and") &&
          NameTok(last + 2) && qi::KnownFirstName(W(last + 2)) &&
          NameTok(last + 3) && !Has(k + 1, kFunction | kOrgSuffixWord) &&
          !Has(last, kFunction | kOrgSuffixWord | kNonPerson)) &&
        // (Nor "Legislators Wang Mei-hui and Tsai Cheng-lung": names in
        // Chinese order after it.)
        !(k + 2 <= last &&
          ChineseSyllable(
              absl::string_view(W(k + 1).data(), W(k + 1).size())) &&
          (W(k + 2).find('-') != std::string_view::npos ||
           ChineseSyllable(
               absl::string_view(W(k + 2).data(), W(k + 2).size()))))) {
      continue;
    }
    // ("The Rural Doctors Association of Victoria": nor one inside a
    // name, before a body's word; its members name the body.)
    if (k > s && w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' &&
        !toks_[k].abbr && Has(k + 1, kOrgSuffixWord) &&
        !Has(k + 1, kTitleWord)) {
      continue;
    }
    if (Has(k, kTitleWord) || (toks_[k].cap && Has(k, kRole)) ||
        detective_rank) {
      // "striker Dean Whitlock": a first name that is also a title, before
      // one surname and after a description in lower case.
      // (Not a title that is only a title: "the elder Mr Castell".)
      if (k == s && last == s + 1 && !toks_[k].abbr && k > 0 &&
          IsWordTok(k - 1) && !toks_[k - 1].cap &&
          Has(k - 1, kRole | kPerson) && qi::TitleGender(w) == 0) {
        break;
      }
      // "Dean Coulter, a former army sergeant": a first name that is also
      // a title, before one surname, is a first name.
      // ("Senior Sergeant Dean Moffitt": so after another title.)
      bool guessed = false;
      if (k == last - 1 && k > s && Has(k - 1, kTitleWord) && !toks_[k].abbr &&
          qi::TitleGender(w) == 0 && qi::FirstNameGender(w, &guessed) != 0 &&
          !guessed) {
        continue;
      }
      if (k == s && last == s + 1 && !toks_[k].abbr &&
          qi::TitleGender(w) == 0 && qi::FirstNameGender(w, &guessed) != 0 &&
          !guessed) {
        break;
      }
      char g = qi::TitleGender(w);
      if (g && gender != nullptr) *gender = g;
      // "Superintendent of Police Sanjeev Thakur": past the title's
      // portfolio or body after "of" or "for".
      int r = k + 1;
      if (r < last && (WordIs(r, "of") || WordIs(r, "for"))) {
        int m = r + 1;
        if (m < last && WordIs(m, "the")) ++m;
        while (m < last - 1 && (IsPortfolio(W(m)) || Has(m, kOrgSuffixWord) ||
                                (WordIs(m, "and") && IsPortfolio(W(m + 1))))) {
          ++m;
        }
        // ("Superintendent of Gazipur Industrial Police Mahbubur Rahman
        // Khan": or a body's name that ends in such a word.)
        // ("Director of the Hanoi Department of Construction Le Thi Mai
        // Huong": and past the body's own "of" and portfolio.)
        if (m == r + 1 || (m == r + 2 && WordIs(r + 1, "the"))) {
          for (int q = m;
               q < last - 1 &&
               (NameTok(q) ||
                ((WordIs(q, "of") || WordIs(q, "for")) && q > r + 1 &&
                 Has(q - 1, kOrgSuffixWord) && IsPortfolio(W(q + 1))));
               ++q) {
            if (IsPortfolio(W(q)) || Has(q, kOrgSuffixWord)) m = q + 1;
          }
        }
        if (m > r + 1 && m <= last - 1) r = m;
      }
      // "SSP East Kamran Ali Shah", "DIG South Asad Naqvi": a police rank's
      // zone after it.
      if (r < last && toks_[k].e - toks_[k].b <= 4 && LooksLikeAcronym(w) &&
          (Equals(W(r), "East") || Equals(W(r), "West") ||
           Equals(W(r), "North") || Equals(W(r), "South") ||
           Equals(W(r), "Central"))) {
        ++r;
      }
      // "DIG Operations Imran Rasheed Bhatti", "Director General Sports
      // Khyber Pakhtunkhwa Tariq Mehmood Khalil": a portfolio right after
      // the title (and where it is), then a known first name that opens
      // the last two or three words.
      if (r + 2 <= last &&
          (IsPortfolio(W(r)) || Equals(W(r), "Operations") ||
           Equals(W(r), "Investigation") || Equals(W(r), "Investigations") ||
           Equals(W(r), "Traffic"))) {
        for (int q = std::max(r + 1, last - 2); q < last; ++q) {
          if (qi::KnownFirstName(W(q)) && !Has(q, kNonPerson | kTitleWord)) {
            bool plain = true;
            for (int m = r + 1; m < q && plain; ++m) {
              plain = NameTok(m) && !Has(m, kTitleWord | kFunction);
            }
            if (plain) r = q;
            break;
          }
        }
      }
      return r;
    }
  }
  return s;
}

// Strips leading function words and titles from the name toks_[first..last]
// and records it in np, `sep` (',' or '&' for "and") before it.
void Extractor::StripName(Np* np, int first, int last, char sep) const {
  // Letters after a name are not part of it: "Sunita Dhaliwal KC".
  while (last > first && IsPostNominal(W(last))) --last;
  int s = NameStart(first, last, &np->gender);
  if (s > last || np->nnames >= 4) return;
  // ("The Minister of Energy and Mines, Rómulo Quispe Valdivia, said": a
  // title's portfolio all through, no name.)
  if (s > first && (WordIs(s, "and") || WordIs(s, "of") || WordIs(s, "for"))) {
    return;
  }
  // ("The Cabinet Secretary for Local Government, Fiona Lennox, said": nor
  // a title and a portfolio that ends with a body's word, before the name
  // between commas.)
  for (int p = first + 1; p < last && p <= first + 3 && last + 2 < n_ &&
                          IsPunct(last + 1, ',') && NameTok(last + 2);
       ++p) {
    if (!WordIs(p, "for") && !WordIs(p, "of")) continue;
    if (!Has(p - 1, kTitleWord)) break;
    bool portfolio = true;
    for (int k = p + 1; k <= last && portfolio; ++k) {
      portfolio = IsPortfolio(W(k)) || WordIs(k, "and");
    }
    if (portfolio) return;
    break;
  }
  // ("The Leeds-based business, which ..., said": where a body is, alone,
  // names no one.)
  if (s == last && PlaceAdjective(s)) return;
  if (np->nnames == 0 && s > first) np->title_b = toks_[first].b;
  int n = np->nnames++;
  np->name_b[n] = toks_[s].b;
  np->name_e[n] = toks_[last].e;
  np->name_tokens[n] = last - s + 1;
  np->name_sep[n] = sep;
}

bool Extractor::PortfolioOpensBody(int k, int last) const {
  for (int m = k + 1; m < last; ++m) {
    if (Has(m, kOrgSuffixWord)) return !Has(k, kOrgSuffixWord);
  }
  return false;
}

bool Extractor::NamedForTitled(int s, int last) const {
  if (s + 2 > last || Has(s + 1, kTitleWord) || !NameTok(s + 2)) return false;
  int k = s + 2;
  if (k < last && (IsGeneration(W(k)) || W(k) == "VII" || W(k) == "VI" ||
                   W(k) == "V" || W(k) == "VIII")) {
    ++k;
  }
  // (Not a title of a place's office before a name: "Deputy Utah County
  // Attorney Sean Albrecht".)
  if (k + 2 <= last && Has(k + 1, kTitleWord)) return false;
  const std::string_view w = W(k);
  return w == "Island" || w == "Islands" || w == "County" || w == "Sound" ||
         w == "Hospital" || w == "University" || w == "College" ||
         w == "School" || w == "Airport" || w == "Bridge" || w == "Station";
}

bool Extractor::TitlesOnly(int first, int last) const {
  if (last - first > 3 || !(Has(last, kRole) || Has(last, kTitleWord)) ||
      toks_[last].poss || HasOrgSuffix(first, last)) {
    return false;
  }
  for (int k = first; k < last; ++k) {
    if (qi::KnownFirstName(W(k))) {
      return false;
    }
  }
  return true;
}

// A run of name words ending at token i (inclusive), "and" joining names.
Np Extractor::NameRunBack(int i, int lo) const {
  Np np;
  if (IsArticleA(i)) return np;
  int j = i;
  int ends[4];
  int starts[4];
  int n = 0;
  int end = i;
  while (true) {
    while (j - 1 >= lo && Outside(j - 1)) {
      if (NameTok(j - 1) && !toks_[j - 1].poss) {
        --j;
      } else if (j - 2 >= lo && IsPunct(j - 1, '&') && NameTok(j - 2) &&
                 Outside(j - 2) && !toks_[j - 2].poss) {
        j -= 2;  // "Pacific Gas & Electric"
      } else if (j - 4 >= lo && toks_[j - 1].type == kPunct &&
                 toks_[j - 1].ch == ')' && LegalFormAt(j - 3, n_) &&
                 NameTok(j - 4) && Outside(j - 4) && !toks_[j - 4].poss) {
        j -= 4;  // "Johannesburg Water (SOC) Ltd"
      } else if (IsWordTok(j - 1) && Has(j - 1, kParticle) && j - 2 >= lo &&
                 (NameTok(j - 2) ||
                  (j - 3 >= lo && IsWordTok(j - 2) && Has(j - 2, kParticle) &&
                   NameTok(j - 3)))) {
        --j;
      } else {
        break;
      }
    }
    // "the Department of Public Expenditure, Infrastructure, Public Service
    // Reform and Digitalisation", "Department of Climate, Energy and the
    // Environment": a department's or ministry's portfolios, of any words,
    // listed with commas.
    {
      int k = j - 1;
      if (k >= lo && WordIs(k, "the")) --k;
      if (k - 1 >= lo && WordIs(k, "and") && Outside(k) && NameTok(k - 1)) {
        int m = k - 1;
        for (int items = 0; items < 6; ++items) {
          int b = m;
          while (b - 1 >= lo && b > m - 4 && NameTok(b - 1) && Outside(b - 1) &&
                 !toks_[b - 1].poss) {
            --b;
          }
          if (b - 2 >= lo && IsPunct(b - 1, ',') && NameTok(b - 2) &&
              Outside(b - 2)) {
            m = b - 2;
            continue;
          }
          // ("Department of the Environment, Tourism, Science and
          // Innovation": "the" before the first.)
          if (items >= 1 && b - 3 >= lo && WordIs(b - 1, "the") &&
              (WordIs(b - 2, "of") || WordIs(b - 2, "for"))) {
            --b;
          }
          // (Not a source's body, which the caller reads with the comma:
          // "A spokesperson for the Ministry of Housing, Communities and
          // Local Government".)
          int h = b - 3;
          if (h >= lo && WordIs(h, "the")) --h;
          const bool source =
              h >= lo && IsWordTok(h) && !toks_[h].cap && Has(h, kFunction);
          if (items >= 1 && b - 2 >= lo && !source &&
              (WordIs(b - 1, "of") || WordIs(b - 1, "for")) &&
              (W(b - 2) == "Department" || W(b - 2) == "Ministry")) {
            j = b - 2;
            // ("B.C. Ministry of Water, Land and Resource Stewardship".)
            while (j - 1 >= lo && Outside(j - 1) && NameTok(j - 1) &&
                   !toks_[j - 1].poss) {
              --j;
            }
          }
          break;
        }
      }
    }
    // An organisation's name: "US Attorney's Office for the Southern
    // District", "Ministry of Water Resources" (also before "and": "the
    // Brotherhood of Locomotive Engineers and Trainmen").
    {
      bool org = HasOrgSuffix(j, end);
      const int in_place = BodyInPlace(j, end, lo);
      if (in_place >= 0) {
        j = in_place;
        org = true;
      }
      while (true) {
        int k = j - 1;
        if (k >= lo && WordIs(k, "the")) --k;
        int j2 = -1;
        // (Not "on" before a day: "The Supreme Court on Monday".)
        if (k - 1 >= lo &&
            (WordIs(k, "of") || WordIs(k, "for") ||
             (WordIs(k, "on") && !Has(j, kNonPerson))) &&
            NameTok(k - 1) && Outside(k - 1)) {
          j2 = k - 1;
        } else if (org && k == j - 1 && k >= lo && NameTok(k) &&
                   toks_[k].poss && Outside(k) && !Has(k, kOrgSuffixWord) &&
                   !PlacesBody(k, end, lo)) {
          // "Attorney's Office" (not "the Labor Department's Bureau of
          // Labor Statistics": a body of a body).
          j2 = k;
        } else {
          break;
        }
        int e2 = j2;
        while (j2 - 1 >= lo && Outside(j2 - 1) && NameTok(j2 - 1) &&
               !toks_[j2 - 1].poss) {
          --j2;
        }
        // ("Marietjie du Plessis of Kransberg Capital": a surname after a
        // particle that joins no body's words is a person's.)
        if (j2 - 2 >= lo && IsWordTok(j2 - 1) && Has(j2 - 1, kParticle) &&
            !WordIs(j2 - 1, "de") && !WordIs(j2 - 1, "del") &&
            NameTok(j2 - 2) && !HasOrgSuffix(j2, e2)) {
          break;
        }
        // ("Transport for London said": a body named for what it is for,
        // one or two words with no first name before "for".)
        // (Not a title's portfolio: "Minister of State for Home Affairs",
        // "Minister for Further and Higher Education".)
        // (Nor a party's member for a seat: "Labour MP for Bolton North
        // East Sarah Quinn".)
        const bool named_for =
            WordIs(k, "for") && e2 - j2 <= 1 && NameTok(j2) &&
            !Has(j2, kTitleWord) && !Has(e2, kTitleWord | kRole) &&
            W(j2) != "State" &&
            !(j2 - 1 >= lo &&
              (WordIs(j2 - 1, "of") || WordIs(j2 - 1, "for"))) &&
            !IsPortfolio(W(j)) && !qi::MaybeFirstName(W(j2));
        // ("Central Bank of the Republic of Türkiye": a state's name
        // between a body and "of".)
        bool state_of = false;
        if (!org && e2 - j2 <= 1 &&
            (W(e2) == "Republic" || W(e2) == "Kingdom" ||
             W(e2) == "Federation" || W(e2) == "Commonwealth")) {
          int k3 = j2 - 1;
          if (k3 >= lo && WordIs(k3, "the")) --k3;
          state_of = k3 - 1 >= lo && WordIs(k3, "of") && NameTok(k3 - 1) &&
                     Outside(k3 - 1) && Has(k3 - 1, kOrgSuffixWord);
        }
        // ("the City of Johannesburg said", "The City of Ekurhuleni said": a
        // local authority.)
        // (The article opening a sentence is in the run: "The City of".)
        if (WordIs(k, "of") && e2 == j2 + 1 && WordIs(j2, "the")) ++j2;
        const bool city_of =
            WordIs(k, "of") && e2 == j2 && j2 - 1 >= lo &&
            WordIs(j2 - 1, "the") && qi::IsLocalAuthorityWord(W(j2));
        // ("Royal Society for the Protection of Birds", "Institute for the
        // Study of War": what a body is for, between it and "of".)
        bool purpose_of = false;
        if (!org && WordIs(k, "of") && e2 == j2) {
          int k3 = j2 - 1;
          if (k3 >= lo && WordIs(k3, "the")) --k3;
          if (k3 - 1 >= lo && WordIs(k3, "for") && NameTok(k3 - 1) &&
              Outside(k3 - 1)) {
            int b3 = k3 - 1;
            while (b3 - 1 >= lo && Outside(b3 - 1) && NameTok(b3 - 1) &&
                   !toks_[b3 - 1].poss) {
              --b3;
            }
            purpose_of = HasOrgSuffix(b3, k3 - 1);
          }
        }
        if (!org && !HasOrgSuffix(j2, e2) && !named_for && !state_of &&
            !city_of && !purpose_of) {
          break;
        }
        // Not a person before "of": "Lakshmi Menon of the University of
        // Kerala" (a first name opens a run of two or three words).
        // (Past titles: "Co-author Prof. Jens Thorvaldsen of ...".)
        // (Nor before a plural possessive: "the Israel Tenants' Forum",
        // where "Israel" is a first name too.)
        int f = j2;
        while (f < e2 && (Has(f, kTitleWord) || Has(f, kRole))) ++f;
        const bool plural_possessive =
            k == j - 1 && toks_[k].poss &&
            (W(k).ends_with("s'") || W(k).ends_with("s\u2019"));
        // (Nor a county's name: "the Scott County Attorney's Office".)
        const bool county = f + 1 <= e2 && qi::IsLocalAuthorityWord(W(f + 1));
        if (e2 > f && e2 - f <= 2 && !HasOrgSuffix(f, e2) &&
            !plural_possessive && !county && MayOpenName(W(f))) {
          break;
        }
        // (Nor one whose first name the records lack, before "of the":
        // "Nosheen Akhtar Gill of the Sunni Ittehad Council"; or before
        // "of" and a body of words in capitals, with a name of two words:
        // "Mmatšatši Moloi of Pula Energy Advisory".)
        if (e2 > f && e2 - f <= 2 && WordIs(k, "of") &&
            (k == j - 2 || (k == j - 1 && e2 - f == 1 && j < end &&
                            !Has(e2, kTitleWord | kRole))) &&
            !HasOrgSuffix(f, e2)) {
          bool plain = true;
          for (int m = f; m <= e2 && plain; ++m) {
            plain = !Has(m, kNonPerson | kNationality | kOrgNoun) &&
                    !LooksLikeAcronym(W(m)) && !toks_[m].digit;
          }
          if (plain) break;
        }
        org = true;
        j = j2;
      }
    }
    if (n < 4) {
      starts[n] = j;
      ends[n] = end;
      ++n;
    }
    // "First Minister Máire Keenan and deputy First Minister Jonathan
    // Crothers": a role in lower case between "and" and a titled name.
    if (j - 3 >= lo && IsWordTok(j - 1) && !toks_[j - 1].cap &&
        Has(j - 1, kRole) && WordIs(j - 2, "and") && NameTok(j - 3) &&
        !toks_[j - 3].poss && Outside(j - 3) && Outside(j - 1) &&
        NameStart(j, end, nullptr) > j && n < 4) {
      end = j - 3;
      j = j - 3;
      continue;
    }
    // (Not a portfolio's "and": "Tourism and Sports Minister X"; but a
    // Canadian department's is: "Fisheries and Oceans Canada".)
    // (Nor one before a title with its full stop: "Undersecretary for Land
    // Transport and Post Eng. Hussain Al Mahmeed".)
    bool titled = false;
    for (int m = j + 1; m + 1 < end && !titled; ++m) {
      titled = toks_[m].abbr && Has(m, kTitleWord);
    }
    if (j - 2 >= lo && WordIs(j - 1, "and") && NameTok(j - 2) &&
        !toks_[j - 2].poss && Outside(j - 2) &&
        !(IsPortfolio(W(j - 2)) &&
          (IsPortfolio(W(j)) || Has(j, kTitleWord) || titled) &&
          !Has(end, kOrgSuffixWord) && W(end) != "Canada")) {
      end = j - 2;
      j = j - 2;
      continue;
    }
    break;
  }
  // "Innovation, Science and Economic Development Canada", "Immigration,
  // Refugees and Citizenship Canada": a federal department's portfolios,
  // listed with commas before the "and".
  if (n == 2 && W(ends[0]) == "Canada" && ends[1] == starts[1]) {
    int b = starts[1];
    for (int items = 0; items < 4; ++items) {
      if (b - 2 < lo || !IsPunct(b - 1, ',') || !NameTok(b - 2) ||
          !Outside(b - 2) || toks_[b - 2].poss) {
        break;
      }
      int f = b - 2;
      if (f - 1 >= lo && NameTok(f - 1) && Outside(f - 1)) break;
      b = f;
    }
    // (Not a source's body, which the caller reads with the commas: "A
    // spokesperson for Innovation, Science and ...".)
    if (b < starts[1] &&
        (b == lo || toks_[b - 1].sent != toks_[b].sent ||
         (!NameTok(b - 1) && !WordIs(b - 1, "for") && !WordIs(b - 1, "of") &&
          !WordIs(b - 1, "at") && !WordIs(b - 1, "with")))) {
      starts[1] = b;
    }
  }
  // "Brotherhood of Locomotive Engineers and Trainmen", "Commerce and
  // Industry Suresh Kanwar": "and" inside a body's name joins no names.
  // (So does one between a body's word that opens its name and the word
  // that ends it: "International Boundary and Water Commission".)
  if (n == 2 && HasOrgSuffix(starts[1], ends[1]) &&
      (Has(starts[0], kOrgSuffixWord) ||
       (starts[0] == ends[0] && qi::FirstNameGender(W(starts[0])) == 0) ||
       BodyNameOverAnd(starts[1], ends[1], ends[0]))) {
    starts[0] = starts[1];
    n = 1;
  }
  // "St. Brendan's President and CEO Dr. Marcus Lindgren", "Territory
  // Controller and Police Commissioner Bryce Holloway": "and" between
  // titles.
  if (n == 2 && ((Has(ends[1], kTitleWord) && Has(starts[0], kTitleWord)) ||
                 (TitlesOnly(starts[1], ends[1]) &&
                  NameStart(starts[0], ends[0], nullptr) > starts[0]))) {
    starts[0] = starts[1];
    n = 1;
  }
  // "Power and Energy Minister Mahbubur Rashid": "and" inside a portfolio
  // before a title.
  if (n == 2 && IsPortfolio(W(starts[0]))) {
    bool portfolio = true;
    for (int k = starts[1]; k <= ends[1]; ++k) {
      portfolio &= IsPortfolio(W(k));
    }
    bool title = false;
    for (int k = starts[0] + 1; k < ends[0]; ++k) title |= Has(k, kTitleWord);
    if (portfolio && title) {
      starts[0] = starts[1];
      n = 1;
    }
  }
  for (int k = n - 1; k >= 0; --k) {
    StripName(&np, starts[k], ends[k], k == n - 1 ? 0 : '&');
  }
  if (np.nnames == 0) return np;
  int before = starts[n - 1] - 1;
  if (before >= 0 && IsWordTok(before) && !toks_[before].cap &&
      Has(before, kPerson) && !Has(before, kOrgNoun)) {
    np.person_hint = true;
  }
  // "An Garda Síochána said", "An Post": the Irish article, which no
  // English "an" is before a consonant, opens the body's name.
  if (np.nnames == 1 && n == 1) {
    int s = starts[0];
    if (W(s) == "An" && s + 1 <= ends[0]) ++s;
    if (s - 1 >= lo && W(s - 1) == "An" && np.name_b[0] == toks_[s].b &&
        IrishArticleBefore(s)) {
      np.name_b[0] = toks_[s - 1].b;
      ++np.name_tokens[0];
    }
  }
  np.kind = Np::kName;
  np.b = np.name_b[0];
  np.e = np.name_e[np.nnames - 1];
  return np;
}

bool Extractor::IrishArticleBefore(int k) const {
  const std::string_view w = W(k);
  return NameTok(k) && w.size() >= 3 && w[0] >= 'B' && w[0] <= 'Z' &&
         std::string_view("EHIOU").find(w[0]) == std::string_view::npos &&
         !LooksLikeAcronym(w);
}

bool Extractor::PlacesBody(int k, int end, int lo) const {
  if (end <= k + 1) return false;
  const std::string_view x = W(k);
  if (x.ends_with("s'") || x.ends_with("s\u2019")) return false;
  constexpr uint32_t kNoun =
      kTitleWord | kRole | kPerson | kNonPerson | kOrgSuffixWord | kOrgNoun;
  if ((ComputeClasses(StripPossessive(x)) & kNoun) != 0) return false;
  int f = k;
  while (f - 1 >= lo && f > k - 3 && NameTok(f - 1) && Outside(f - 1) &&
         !toks_[f - 1].poss && !Has(f - 1, kFunction)) {
    --f;
  }
  // ("The St. John's Development Corporation": a saint's name opens the
  // body's own.)
  if (f < k && (W(f) == "St." || W(f) == "St" || W(f) == "Saint")) {
    return false;
  }
  return !(f - 1 >= lo && (WordIs(f - 1, "of") || WordIs(f - 1, "for"))) &&
         !Has(f, kTitleWord | kRole | kOrgSuffixWord);
}

// Whether toks_[b..e] holds an organisation suffix ("Office", "Inc.").
int Extractor::PastPluralPossessive(int j, int hi) const {
  if (j >= hi || !toks_[j - 1].poss || !NameTok(j) || !Outside(j) ||
      Has(j - 1, kOrgSuffixWord)) {
    return j;
  }
  std::string_view x = W(j - 1);
  if (!(x.ends_with("s'") || x.ends_with("s\u2019") || x.ends_with("en's") ||
        x.ends_with("en\u2019s") || x.ends_with("ple's") ||
        x.ends_with("ple\u2019s"))) {
    return j;
  }
  const int e = NameEnd(j, hi);
  return HasOrgSuffix(j, e - 1) && !toks_[e - 1].poss ? e : j;
}

bool Extractor::NationalityNoun(int k) const {
  return Has(k, kNationality) && IsNationalityNoun(W(k));
}

bool Extractor::PlaceAdjective(int k) const { return IsFromPlace(W(k)); }

int Extractor::BodyInPlace(int j, int e, int lo) const {
  // "the British Embassy in Paris", "the Embassy of Japan in Sri Lanka": a
  // mission abroad is named for where it is, a city or a country of one or
  // two words.
  if (e - j <= 1 && j - 2 >= lo && WordIs(j - 1, "in") && Outside(j - 1) &&
      (e + 1 >= n_ || !NameTok(e + 1)) && !toks_[e].poss) {
    auto mission = [&](int k) {
      return W(k) == "Embassy" || W(k) == "Consulate";
    };
    int m = -1;
    if (mission(j - 2)) {
      m = j - 2;
    } else if (j - 4 >= lo && WordIs(j - 3, "of") && NameTok(j - 2) &&
               mission(j - 4)) {
      m = j - 4;
    }
    if (m >= 0) {
      while (m - 1 >= lo && Outside(m - 1) && NameTok(m - 1) &&
             !toks_[m - 1].poss) {
        --m;
      }
      return m;
    }
  }
  if (j != e || j - 2 < lo || !WordIs(j - 1, "in") || !Outside(j - 1) ||
      toks_[j].poss || Has(j, kOrgSuffixWord | kTitleWord) ||
      (j + 1 < n_ && NameTok(j + 1)) || !NameTok(j - 2) || !Outside(j - 2) ||
      toks_[j - 2].poss) {
    return -1;
  }
  // (Not a time: "the Ministry of Health in January said".)
  static constexpr std::string_view kTimes[] = {
      "January", "February",  "March",    "April",    "June",     "July",
      "August",  "September", "October",  "November", "December", "Monday",
      "Tuesday", "Wednesday", "Thursday", "Friday",   "Saturday", "Sunday"};
  for (std::string_view t : kTimes) {
    if (W(j) == t) return -1;
  }
  // (A country or a state, not a city: "the Red Cross office in Geneva".)
  if (!Has(j, kNonPerson)) return -1;
  int b = j - 2;
  while (b - 1 >= lo && Outside(b - 1) && NameTok(b - 1) &&
         !toks_[b - 1].poss) {
    --b;
  }
  // ("UN Verification Mission in Colombia": a mission is named for where
  // it is.)
  if (W(j - 2) == "Mission") return b;
  // ("Association of Banks in Lebanon": a name with "of" or "for" in it
  // already, and a body's word before it; not a government's, whose
  // country is only where it is: "the Ministry of Health in Kenya".)
  for (int m = b, level = 0; level < 3; ++level) {
    int f = m - 1;
    if (f >= lo && WordIs(f, "the")) --f;
    if (f - 1 < lo || !(WordIs(f, "of") || WordIs(f, "for")) ||
        !NameTok(f - 1) || !Outside(f - 1) || toks_[f - 1].poss) {
      return -1;
    }
    m = f - 1;
    while (m - 1 >= lo && Outside(m - 1) && NameTok(m - 1) &&
           !toks_[m - 1].poss) {
      --m;
    }
    if (HasOrgSuffix(m, f - 1)) {
      for (int k = m; k < j - 1; ++k) {
        if (W(k) == "Ministry" || W(k) == "Department") {
          return -1;
        }
      }
      return b;
    }
  }
  return -1;
}

bool Extractor::BodyNameOverAnd(int b1, int e1, int e2) const {
  if (b1 < e1 && WordIs(b1, "the")) ++b1;
  return Has(b1, kOrgSuffixWord) && !Has(e1, kOrgSuffixWord) &&
         Has(e2, kOrgSuffixWord);
}

bool Extractor::HasOrgSuffix(int b, int e) const {
  for (int k = b; k <= e; ++k) {
    if (Has(k, kOrgSuffixWord)) return true;
  }
  return false;
}

// Whether token j is a name particle followed (through more particles) by a
// name word before hi: "van der Merwe".
bool Extractor::ParticleBefore(int j, int hi) const {
  // (Particles are short: most words are ruled out without a look-up.)
  auto short_word = [&](int k) {
    return IsWordTok(k) && toks_[k].e - toks_[k].b <= 5;
  };
  int k = j;
  while (k < hi && k < j + 3 && short_word(k) && Has(k, kParticle)) ++k;
  return k > j && k < hi && NameTok(k);
}

bool Extractor::SurnameParticleAt(size_t i) const {
  const auto& words = seg_.words;
  for (size_t k = i; k < words.size() && k < i + 3; ++k) {
    const Word& w = words[k];
    if (k > i &&
        (w.sentence != words[i].sentence || w.begin != words[k - 1].end + 1 ||
         text_[w.begin - 1] != ' ')) {
      return false;
    }
    const unsigned char c = text_[w.begin];
    if (c >= 'A' && c <= 'Z') return k > i;
    if (c < 'a' || c > 'z' || w.end - w.begin > 5 ||
        !qi::IsNameParticle(text_.substr(w.begin, w.end - w.begin))) {
      return false;
    }
  }
  return false;
}

bool Extractor::BurmeseHonorific(std::string_view w) const {
  if (w.size() > 7 || w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
  if (!(w == "U" || w == "Daw" || w == "Ko" || w == "Ma" || w == "Maung" ||
        w == "Saw" || w == "Naw" || w == "Nang" || w == "Sayadaw" ||
        w == "Saya" || w == "Mahn")) {
    return false;
  }
  if (burmese_ < 0) {
    burmese_ = text_.find("Myanmar") != std::string_view::npos ||
               text_.find("Burm") != std::string_view::npos;
  }
  return burmese_ > 0;
}

// "s/o", "d/o", "a/l" or "a/p" (son or daughter of) at tokens j..j+2,
// written without spaces: the Malaysian and Singaporean Indian particle
// between a given name and the father's.
bool Extractor::SlashParticle(int j) const {
  if (!IsWordTok(j) || !IsPunct(j + 1, '/') || !IsWordTok(j + 2) ||
      toks_[j].e != toks_[j + 1].b || toks_[j + 1].e != toks_[j + 2].b ||
      toks_[j].e - toks_[j].b != 1 || toks_[j + 2].e - toks_[j + 2].b != 1) {
    return false;
  }
  const char a = text_[toks_[j].b], b = text_[toks_[j + 2].b];
  return ((a == 's' || a == 'd') && b == 'o') ||
         (a == 'a' && (b == 'l' || b == 'p'));
}

// The end (exclusive) of the run of name words from token j.
int Extractor::NameEnd(int j, int hi) const {
  const int start = j;
  while (j < hi && Outside(j)) {
    if (NameTok(j)) {
      bool poss = toks_[j].poss;
      ++j;
      if (poss) break;
    } else if (ParticleBefore(j, hi)) {
      ++j;
    } else if (j > start && j + 3 < hi && SlashParticle(j) && NameTok(j + 3) &&
               Outside(j + 3)) {
      j += 3;  // "Rajesh s/o Krishnan", "Pushpa a/p Ramachandran"
    } else if (j > start && IsPunct(j, '&') && j + 1 < hi && NameTok(j + 1) &&
               Outside(j + 1)) {
      ++j;  // "Hollis & Reed", "Marks & Spencer"
    } else if (j > start && IsWordTok(j) && toks_[j].digit &&
               (W(j - 1) == "Local" || W(j - 1) == "District" ||
                W(j - 1) == "Branch")) {
      // "Teamsters Local 727": a union local's number ("McLean County Unit
      // District 5", "Regional Trial Court Branch 14": a school district's,
      // a court branch's).
      ++j;
      break;
    } else if (j > start && IsWordTok(j) && W(j) == "plc") {
      ++j;  // "Pennant Transport Group plc"
      break;
    } else if (j > start && toks_[j].type == kPunct && toks_[j].ch == '(' &&
               LegalFormAt(j, hi)) {
      j += 3;  // "Johannesburg Water (SOC) Ltd"
    } else {
      break;
    }
  }
  return j;
}

int Extractor::PortfolioListEnd(int s, int hi) const {
  if (s + 4 >= hi || !IsPunct(s + 1, ',') || !NameTok(s) ||
      NameEnd(s, hi) != s + 1 || Has(s, kTitleWord | kOrgSuffixWord) ||
      qi::MaybeFirstName(W(s))) {
    return -1;
  }
  int k = s + 1;
  while (k + 2 < hi && IsPunct(k, ',') && NameTok(k + 1) &&
         NameEnd(k + 1, hi) == k + 2 && !qi::MaybeFirstName(W(k + 1))) {
    k += 2;
  }
  if (k == s + 1 || k + 1 >= hi || !WordIs(k, "and") || !NameTok(k + 1)) {
    return -1;
  }
  const int e = NameEnd(k + 1, hi);
  if (e <= k + 1) return -1;
  // (A public body's word, not "Ministry of Economy, Trade and Industry".)
  const std::string_view last = W(e - 1);
  return last == "Department" || last == "Bureau" || last == "Authority" ||
                 last == "Agency" || last == "Commission" ||
                 last == "Directorate" || last == "Office" || last == "Board" ||
                 last == "Council"
             ? e
             : -1;
}

bool Extractor::MinistryOf(int b, int e) const {
  for (int k = b; k + 1 < e; ++k) {
    if ((W(k) == "Ministry" || W(k) == "Department" || W(k) == "Directorate") &&
        (WordIs(k + 1, "of") || WordIs(k + 1, "for"))) {
      return true;
    }
  }
  return false;
}

int Extractor::ListedPortfoliosEnd(int e, int hi) const {
  // One portfolio from b: up to three capitalised words, no name's or
  // title's ("Great Lakes", "Public Service Reform"); "the" only before a
  // portfolio's word ("the Marine"). The token after it, or -1.
  auto item_end = [&](int b) {
    const bool the = b < hi && WordIs(b, "the");
    const int s = the ? b + 1 : b;
    int m = s;
    while (m < hi && m < s + 3 && NameTok(m) && Outside(m) && !toks_[m].poss &&
           !toks_[m].initial && !Has(m, kRole) && !LooksLikeAcronym(W(m)) &&
           (!Has(m, kTitleWord) || IsPortfolio(W(m))) &&
           (!the || IsPortfolio(W(m))) && qi::FirstNameGender(W(m)) == 0) {
      ++m;
    }
    return m > s && (m >= hi || !NameTok(m)) ? m : -1;
  };
  int k = e;
  int items = 0;
  while (items < 6 && k + 1 < hi && IsPunct(k, ',') && !WordIs(k + 1, "and")) {
    k = item_end(k + 1);
    if (k < 0) return -1;
    ++items;
  }
  if (k + 1 < hi && IsPunct(k, ',')) ++k;  // "Great Lakes, and Energy"
  if (items == 0 || k + 1 >= hi || !WordIs(k, "and")) return -1;
  return item_end(k + 1);
}

// Names from token s: "Yaya Fanusie and Emily Jin", "Aisha Baig, Omar
// Farooq and Sana Malik"; then a description after a comma. *end_tok (if
// given) is set to the token after the names.
Np Extractor::NameRunForward(int s, int hi, int* end_tok) const {
  Np np;
  int j = NameEnd(s, hi);
  if (j == s) return np;
  if (j == s + 1 && IsArticleA(s)) return np;
  // "the Agriculture, Fisheries and Conservation Department".
  if (j == s + 1) {
    const int list_end = PortfolioListEnd(s, hi);
    if (list_end > j) j = list_end;
  }
  // "said Tourism and Sports Minister X": a portfolio's "and" is part of
  // the title before the name.
  while (j + 1 < hi && WordIs(j, "and") && IsPortfolio(W(j - 1)) &&
         NameTok(j + 1) && (IsPortfolio(W(j + 1)) || Has(j + 1, kTitleWord))) {
    s = j + 1;
    j = NameEnd(s, hi);
  }
  // "Leader of the Opposition Malik Tariq Awan", "Minister for the
  // Environment Jane Doe": a title and its portfolio, then the name
  // (NameStart leaves the title out).
  // ("Parliamentary Secretary for Agriculture Samina Rafiq": a title of
  // two or three words.)
  bool title_run = j > s && j - s <= 3 && Has(j - 1, kTitleWord | kRole);
  for (int k = s; title_run && k < j - 1; ++k) {
    title_run = Has(k, kTitleWord | kRole) || IsPortfolio(W(k));
  }
  if (title_run && j + 2 < hi && (WordIs(j, "of") || WordIs(j, "for"))) {
    int k = j + 1;
    if (WordIs(k, "the")) ++k;
    int p = k;
    while (p < hi && NameTok(p) && IsPortfolio(W(p))) ++p;
    if (p > k && p < hi && NameTok(p) && !Has(p, kOrgSuffixWord)) {
      j = NameEnd(k, hi);
    }
  }
  j = PastPluralPossessive(j, hi);
  // An organisation's name goes on over "of"/"for": "Royal College of
  // Nursing", "Neighbors for Responsible Growth".
  while (j + 1 < hi && !toks_[j - 1].poss &&
         (WordIs(j, "of") || WordIs(j, "for") || WordIs(j, "on"))) {
    int k = j + 1;
    if (k + 1 < hi && WordIs(k, "the")) ++k;
    if (!NameTok(k) || (WordIs(j, "on") && Has(k, kNonPerson))) break;
    int e = NameEnd(k, hi);
    // Not "Mu Changchun of the Digital Currency Research Institute": a
    // body's word before "of", or after it when no first name opens a run
    // of two or three words ("Fraternal Order of Police").
    if (!HasOrgSuffix(s, j - 1)) {
      int f = s;
      while (f < j - 1 && (Has(f, kTitleWord) || Has(f, kRole))) ++f;
      // ("Transport for Wales said ..., and described": a body named for
      // what it is for, one word with no first name before "for", opening
      // the sentence, as NameRunBack reads it before a verb.)
      const bool named_for =
          WordIs(j, "for") && j == s + 1 && OpensSentence(s) && e - k <= 2 &&
          !Has(s, kTitleWord | kRole | kFunction) &&
          !qi::MaybeFirstName(W(s)) && !WordIs(k - 1, "the") &&
          !W(s).ends_with("s") &&
          ((e < hi && IsWordTok(e) && CueAt(e) != nullptr) ||
           // ("Transport for Wales, which operates ..., said".)
           (e + 1 < n_ && IsPunct(e, ',') && WordIs(e + 1, "which")));
      if (!named_for && (WordIs(k - 1, "the") || !HasOrgSuffix(k, e - 1) ||
                         (j - f <= 3 && MayOpenName(W(f))) ||
                         by_last_.contains(absl::string_view(
                             W(j - 1).data(), W(j - 1).size())))) {
        break;
      }
    }
    j = PastPluralPossessive(e, hi);
  }
  // ("The Association of Banks in Lebanon said": and over a one-word place
  // that closes it, BodyInPlace.)
  if (j + 1 < hi && BodyInPlace(j + 1, j + 1, s) >= 0) j += 2;
  // "Fraternal Order of Police Lodge 38, which", "United Steelworkers
  // Local 1005 said": a branch's number ends a body's name.
  if (j < hi && toks_[j].digit && IsWordTok(j) && HasOrgSuffix(s, j - 1) &&
      (j + 1 >= hi || IsPunct(j + 1, ',') || CueAt(j + 1) != nullptr)) {
    ++j;
  }
  // "and" inside a body's name: "Brotherhood of Locomotive Engineers and
  // Trainmen" (one word with no first name after it).
  if (j + 1 < hi && WordIs(j, "and") && NameTok(j + 1) &&
      HasOrgSuffix(s, j - 1)) {
    int e = NameEnd(j + 1, hi);
    if ((e == j + 2 && qi::FirstNameGender(W(j + 1)) == 0) ||
        BodyNameOverAnd(s, j - 1, e - 1)) {
      j = e;
    }
  }
  // "Territory Controller and Police Commissioner Bryce Holloway": job
  // titles with no first name, joined by "and" to a titled name, are that
  // person's titles.
  if (j + 1 < hi && WordIs(j, "and") && NameTok(j + 1) &&
      TitlesOnly(s, j - 1) &&
      NameStart(j + 1, NameEnd(j + 1, hi) - 1, nullptr) > j + 1) {
    const size_t title_b = toks_[s].b;
    const int e = NameEnd(j + 1, hi);
    StripName(&np, j + 1, e - 1, 0);
    if (np.nnames == 1) np.title_b = title_b;
    j = e;
  } else {
    StripName(&np, s, j - 1, 0);
  }
  while (j + 1 < hi && !toks_[j - 1].poss) {
    if (WordIs(j, "and") && NameTok(j + 1)) {
      int e = NameEnd(j + 1, hi);
      // ("Minister of State for Science and Technology Rajesh Verma": a
      // portfolio's "and", then the person.)
      if (np.nnames == 1 && IsPortfolio(W(j - 1)) && IsPortfolio(W(j + 1))) {
        np = Np();
        StripName(&np, s, e - 1, 0);
        j = e;
        break;
      }
      StripName(&np, j + 1, e - 1, '&');
      j = e;
      break;
    }
    // ", X, Y and Z": a list of names only if it ends with "and" + name.
    if (IsPunct(j, ',') && NameTok(j + 1)) {
      int k = j;
      bool list = false;
      // (Of names, not titles: "said R. Vasanthi, Professor and Head,
      // Department of Agronomy".)
      while (k + 1 < hi && IsPunct(k, ',') && NameTok(k + 1)) {
        const int b = k + 1;
        k = NameEnd(b, hi);
        if (TitlesOnly(b, k - 1)) break;
        if (k < hi && WordIs(k, "and") && k + 1 < hi && NameTok(k + 1)) {
          list = !TitlesOnly(k + 1, NameEnd(k + 1, hi) - 1);
          break;
        }
      }
      if (!list) break;
      while (IsPunct(j, ',')) {
        int e = NameEnd(j + 1, hi);
        StripName(&np, j + 1, e - 1, ',');
        j = e;
      }
      continue;  // then "and" + the last name
    }
    break;
  }
  if (np.nnames == 0) return np;
  np.kind = Np::kName;
  np.b = np.name_b[0];
  np.e = np.name_e[np.nnames - 1];
  if (end_tok != nullptr) *end_tok = j;
  // Description: ", head of tech policy research at Trivium China,".
  if (j < hi && IsPunct(j, ',')) {
    int d = j + 1;
    int k = d;
    while (k < hi && Outside(k) && !IsPunct(k, ',') && !IsPunct(k, '.') &&
           !IsPunct(k, ';') && toks_[k].type != kOpen) {
      ++k;
    }
    if (k > d) {
      np.desc_b = toks_[d].b;
      np.desc_e = toks_[k - 1].e;
    }
  }
  return np;
}

}  // namespace textanalytics::core::quotes_internal
