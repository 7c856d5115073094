// Actors (quote_extractor.h, step 4): the people and organisations a text
// speaks of, and what a pronoun, a surname, "the company" or "the judge"
// refers back to.

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "service/core/first_names.h"
#include "service/core/quote_extractor.h"
#include "service/core/quotes_lexicon.h"

namespace textanalytics::core::quotes_internal {

// ------------------------------------------------------------ actors --

void Extractor::AddBodyActor(int b, int e, bool subject) {
  Speaker body;
  body.name = NameText(toks_[b].b, toks_[e].e);
  body.organization = true;
  org_names_.insert(body.name);
  AddActor(toks_[b].b, body, false, -1, subject, std::string());
}

std::string Extractor::RolesAround(int t, int j) const {
  std::string roles;
  char buf[32];
  // "Italian prime minister X", "The Italian prime minister, X,".
  // ("the Minister for Justice, Clare Nolan,": a title and its portfolio.)
  int end = IsPunct(t - 1, ',') ? t - 1 : t;
  for (int k = std::max(0, end - 5); k < end; ++k) {
    if (IsWordTok(k) &&
        (!toks_[k].cap ||
         (k + 1 < end && IsWordTok(k + 1) && !toks_[k + 1].cap &&
          Has(k, kNationality)) ||
         (end == t - 1 && (Has(k, kRole | kTitleWord) || IsPortfolio(W(k)))))) {
      roles += Lower(k, buf);
      roles += ' ';
    } else {
      roles.clear();
    }
  }
  // ("The Central Regional Director of the Ghana Health Service (GHS), Dr
  // X,": or the head of a description of a body's post opening the
  // sentence, up to its "of".)
  if (roles.empty() && end == t - 1 && end > 0) {
    int s0 = end - 1;
    while (s0 > 0 && s0 > end - 16 && toks_[s0 - 1].sent == toks_[end].sent &&
           Outside(s0 - 1) && !IsPunct(s0 - 1, ',')) {
      --s0;
    }
    if (s0 == 0 || toks_[s0 - 1].sent != toks_[end].sent) {
      int k = WordIs(s0, "the") ? s0 + 1 : s0;
      std::string head;
      bool role = false;
      for (; k < end && k < s0 + 5 && IsWordTok(k) && !WordIs(k, "of") &&
             !WordIs(k, "for") && !WordIs(k, "at");
           ++k) {
        role |= Has(k, kRole | kTitleWord);
        head += Lower(k, buf);
        head += ' ';
      }
      if (role && k < end &&
          (WordIs(k, "of") || WordIs(k, "for") || WordIs(k, "at"))) {
        roles = std::move(head);
      }
    }
  }
  // (Not a relative clause: "The Charity Commission, which opened an
  // inquiry into the trust," is no trust.)
  // (Nor the predicate after a name that is itself the appositive: "The
  // public defender, Corinne Abbott, told the judge" is no judge.)
  if (IsPunct(j, ',') && j + 1 < n_ &&
      !(WordIs(j + 1, "which") || WordIs(j + 1, "who") ||
        WordIs(j + 1, "whose") || WordIs(j + 1, "that")) &&
      !(end == t - 1 && CueAt(j + 1) != nullptr)) {
    // (Not the subject of the next clause: "read to the court by Mr
    // Lawlor, the woman said".)
    std::string after;
    bool subject = false;
    for (int k = j + 1; k < n_ && k <= j + 10 && IsWordTok(k); ++k) {
      if (k <= j + 3 && CueAt(k) != nullptr) {
        subject = true;
        break;
      }
      after += Lower(k, buf);
      after += ' ';
    }
    if (!subject) roles += after;
  }
  return roles;
}

namespace {

// Whether `word` is one of the space-separated words of `roles` ("ceo" of
// "ceo of the indie streaming service reelhouse").
bool RolesHaveWord(std::string_view roles, std::string_view word) {
  for (size_t at = roles.find(word); at != std::string_view::npos;
       at = roles.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || roles[at - 1] == ' ') &&
        (end == roles.size() || roles[end] == ' ')) {
      return true;
    }
  }
  return false;
}

// Whether every word of `name` opens with a capital ("United Auto
// Workers", not "Members of the Union").
bool CapitalisedWords(std::string_view name) {
  for (size_t i = 0; i < name.size(); ++i) {
    if ((i == 0 || name[i - 1] == ' ') && !(name[i] >= 'A' && name[i] <= 'Z')) {
      return false;
    }
  }
  return true;
}

// The titles and roles a later description by the noun `head` may stand
// for: "gov." for "the governor", "u.s. attorney" for "the prosecutor".
struct TitlesOf {
  std::string_view from[4];
  int n = 0;
};

TitlesOf TitlesFor(std::string_view head) {
  static constexpr std::pair<std::string_view, std::string_view> kSynonyms[] = {
      {"gov.", "governor"},
      {"sen.", "senator lawmaker"},
      {"rep.", "representative congressman congresswoman lawmaker"},
      {"senator", "lawmaker legislator"},
      {"lt.", "lieutenant"},
      {"gen.", "general"},
      {"col.", "colonel"},
      {"sgt.", "sergeant"},
      {"det.", "detective"},
      {"insp.", "inspector"},
      {"supt.", "superintendent"},
      {"prof.", "professor academic"},
      {"cllr", "councillor"},
      {"pres.", "president"},
      {"u.s. attorney", "prosecutor"},
      {"district attorney", "prosecutor"},
      {"crown prosecutor", "prosecution"},
      {"ceo", "chief executive boss"},
      {"chief executive", "ceo boss"},
      {"coach", "manager"},
      {"justice", "judge"},
      {"justices", "judges"},
      {"magistrate", "judge"},
      {"attorney", "lawyer"},
      {"lawyer", "attorney"},
  };
  TitlesOf t;
  if (head.empty()) return t;
  for (const auto& [from, to] : kSynonyms) {
    // (`head` a word of `to`: not "man" in "manager".)
    size_t at = to.find(head);
    if (at == std::string_view::npos || (at > 0 && to[at - 1] != ' ') ||
        (at + head.size() < to.size() && to[at + head.size()] != ' ')) {
      continue;
    }
    if (t.n < 4) t.from[t.n++] = from;
  }
  return t;
}

// Whether an actor described by `roles` (lower case) is what the noun
// `head` says: "governor" for "gov. renata ...", as well as "governor"
// (`titles`: TitlesFor(head)).
// ("the president's father, chairman": not the president.)
// With `head_only`, not a noun after "of" ("Volume, a measure of how many
// bags and boxes the company sold," is no company).
bool RolesSay(const std::string& roles, std::string_view head,
              const TitlesOf& titles, bool head_only = false) {
  if (roles.empty() || head.empty()) return false;
  auto has = [&](std::string_view noun) {
    for (size_t at = roles.find(noun); at != std::string::npos;
         at = roles.find(noun, at + 1)) {
      const std::string_view after =
          std::string_view(roles).substr(at + noun.size());
      if (head_only && std::string_view(roles).substr(0, at).find(" of ") !=
                           std::string_view::npos) {
        return false;
      }
      if (!after.starts_with("'s ") && !after.starts_with("\xE2\x80\x99s ")) {
        return true;
      }
    }
    return false;
  };
  if (has(head)) return true;
  for (int k = 0; k < titles.n; ++k) {
    if (has(titles.from[k])) return true;
  }
  return false;
}

// Nouns that refer back to a business: "the company", "the carmaker".
bool IsBusinessNoun(std::string_view head) {
  static constexpr std::string_view kBusiness[] = {
      "company",  "firm",         "group",     "carmaker",  "automaker",
      "retailer", "insurer",      "lender",    "chipmaker", "manufacturer",
      "maker",    "airline",      "developer", "publisher", "operator",
      "provider", "conglomerate", "giant",     "startup",   "start-up",
      "brand",    "supplier",     "producer",  "drugmaker", "biotech",
      "pharma",   "steelmaker"};
  for (std::string_view b : kBusiness) {
    if (head == b) return true;
  }
  return false;
}

}  // namespace

bool Extractor::AddActor(size_t pos, const Speaker& s, bool plural, int work,
                         bool subject, std::string roles) {
  if (!things_.empty() &&
      things_.contains(absl::string_view(s.name.data(), s.name.size()))) {
    return false;
  }
  // ("who records as Saint Quay ... Saint Quay said": the person; one step
  // only, so names given as each other's cannot loop.)
  if (!nicknames_.empty()) {
    auto nick = nicknames_.find(s.name);
    if (nick != nicknames_.end() && nick->second != s.name &&
        !nicknames_.contains(nick->second)) {
      Speaker person = s;
      person.name = nick->second;
      return AddActor(pos, person, plural, work, subject, std::move(roles));
    }
  }
  // The writer ("I ask her") is nobody's "he" or "she"; nor is a pronoun
  // taken for a name ("I said, "..."").
  if (s.name.empty() || Equals(s.name, "?") || s.name == author_ ||
      Equals(s.name, "I") || Equals(s.name, "You") || Equals(s.name, "We")) {
    return false;
  }
  // Nobody in particular: "someone has written WHITEHORSE on the side".
  {
    std::string_view n = s.name;
    if (Equals(n, "someone") || Equals(n, "Someone") || Equals(n, "somebody") ||
        Equals(n, "Somebody") || Equals(n, "anyone") || Equals(n, "Anyone") ||
        Equals(n, "everyone") || Equals(n, "Everyone") || Equals(n, "nobody") ||
        Equals(n, "Nobody") || Equals(n, "no one") || Equals(n, "No one")) {
      return false;
    }
  }
  Actor a;
  a.pos = pos;
  a.name = s.name;
  a.block = block_index_;
  a.described_block = block_index_;
  if (pos == secondary_pos_) secondary_names_[a.name] = secondary_of_;
  if (!secondary_names_.empty()) {
    auto sec = secondary_names_.find(a.name);
    if (sec != secondary_names_.end()) a.secondary_of = sec->second;
  }
  {
    char c = s.name[0];
    std::string_view n = s.name;
    a.unnamed = (c >= 'a' && c <= 'z') ||
                ((c == 'A' || c == 'O' || c == 'H' || c == 'T') &&
                 (StartsWith(n, "A ") || StartsWith(n, "An ") ||
                  StartsWith(n, "One ") || StartsWith(n, "Another ") ||
                  StartsWith(n, "His ") || StartsWith(n, "Her ") ||
                  StartsWith(n, "Their ")));
  }
  // ("Agency vows to ..." opening a headline: a noun in capitals, not a
  // body's name, which "the agency" later would stand for.)
  if ((pos == 0 || text_[pos - 1] == '\n') && s.name.size() < 24 &&
      s.name.find(' ') == std::string::npos &&
      absl::ascii_isupper(static_cast<unsigned char>(s.name[0]))) {
    char lb[24];
    for (size_t i = 0; i < s.name.size(); ++i) {
      lb[i] = absl::ascii_tolower(static_cast<unsigned char>(s.name[i]));
    }
    if (qi::IsOrgNoun(std::string_view(lb, s.name.size()))) return false;
  }
  a.org = s.organization ||
          org_names_.contains(absl::string_view(s.name.data(), s.name.size()));
  a.person = !a.org;
  // ("Ozark Highlands Medical Center filed ... Ozark Highlands declined":
  // a body's short name, the first words of its full name given before,
  // is that body, as "the hospital" later is.)
  // (Only the latest such names are looked through; speed: a look at the
  // last 200 actors for each body cost ExtractQuotes 0.7% more
  // instructions.)
  if (a.org && !a.unnamed && work < 0 && a.name.size() >= 4) {
    if (!qi::IsOrgSuffix(
            std::string_view(a.name).substr(a.name.rfind(' ') + 1))) {
      for (size_t k = full_org_names_.size(); k-- > 0;) {
        const std::string& full = full_org_names_[k];
        if (full.size() > a.name.size() + 1 && full[a.name.size()] == ' ' &&
            full.starts_with(a.name)) {
          a.name = full;
          break;
        }
      }
    } else if (a.name.find(' ') != std::string::npos &&
               (full_org_names_.empty() || full_org_names_.back() != a.name)) {
      if (full_org_names_.size() >= 64) {
        full_org_names_.erase(full_org_names_.begin(),
                              full_org_names_.begin() + 32);
      }
      full_org_names_.push_back(a.name);
    }
  }
  // ("the London Institute of Infection Studies, who": the end of a body's
  // name after its "of" is nobody.)
  if (a.person && work < 0 && pos >= 6 && text_[pos - 1] == ' ' &&
      text_[pos - 2] == 'f' && text_[pos - 3] == 'o' && text_[pos - 4] == ' ' &&
      !a.unnamed) {
    size_t wb = pos - 4;
    while (wb > 0 && text_[wb - 1] != ' ' && text_[wb - 1] != '\n') --wb;
    if (qi::IsOrgSuffix(text_.substr(wb, pos - 4 - wb))) return false;
  }
  if (subject && a.person && !a.unnamed &&
      a.name.find(' ') != std::string::npos) {
    subjects_.insert(a.name);
  }
  a.plural = plural;
  a.work = work;
  a.subject = subject;
  a.roles = std::move(roles);  // (lowered below, with what is added)
  if (actors_.size() >= 8192) {
    // Only the latest actors are ever looked at.
    actors_.erase(actors_.begin(), actors_.begin() + 4096);
  }
  // (A relative clause says what it did, not what it is: "The Charity
  // Commission, which opened an inquiry into the trust," is no trust.)
  const std::string_view desc = s.description;
  const bool relative =
      !desc.empty() && (desc[0] == 'w' || desc[0] == 't') &&
      (StartsWith(desc, "which ") || StartsWith(desc, "who ") ||
       StartsWith(desc, "whose ") || StartsWith(desc, "that "));
  if ((!s.description.empty() && !relative) || !s.mention.empty()) {
    a.roles += ' ';
    if (!relative) a.roles += s.description;
    a.roles += ' ';
    a.roles += s.mention;
  }
  for (char& c : a.roles) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  // ("Ms Moloney handed in a letter from Mr Ó Broin. In it, he wrote:":
  // a title in the mention says the person's sex, for a "he" or "she"
  // after it, when the first name does not.)
  if (a.person && !a.unnamed && !a.roles.empty() && a.roles[0] == 'm') {
    const std::string_view r = a.roles;
    const char sex = StartsWith(r, "mr ") || StartsWith(r, "mr. ") ? 'm'
                     : StartsWith(r, "ms ") || StartsWith(r, "ms. ") ||
                             StartsWith(r, "mrs ") || StartsWith(r, "mrs. ") ||
                             StartsWith(r, "miss ")
                         ? 'f'
                         : 0;
    if (sex != 0) {
      std::string first, last;
      NameEnds(a.name, &first, &last);
      auto same = people_by_last_.find(last);
      if (first != last &&
          (same == people_by_last_.end() || same->second.size() < 2) &&
          ActorGender(a) == 0) {
        gender_.try_emplace(a.name, sex);
      }
    }
  }
  if (!a.org && !a.name.empty() &&
      !(a.name[0] >= 'A' && a.name[0] <= 'Z' && !StartsWith(a.name, "The ") &&
        !StartsWith(a.name, "A ") && !StartsWith(a.name, "An ") &&
        !StartsWith(a.name, "One "))) {
    // Described, not named ("a man", "The spokeswoman"): its nouns.
    char buf[32];
    size_t b = 0;
    while (b < a.name.size() && a.noun_gender == 0) {
      size_t e = a.name.find(' ', b);
      if (e == std::string::npos) e = a.name.size();
      if (e - b < sizeof(buf)) {
        for (size_t c = b; c < e; ++c) {
          char ch = a.name[c];
          buf[c - b] = (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch;
        }
        a.noun_gender = qi::NounGender(std::string_view(buf, e - b));
      }
      b = e + 1;
    }
  }
  // "Morimoto Precision's board said ... The company described": the body
  // whose board it is comes after it, for "the company".
  Actor owner;
  if (a.org && subject && a.name[0] >= 'A' && a.name[0] <= 'Z') {
    size_t poss = a.name.find("\xE2\x80\x99s ");
    size_t tail = poss == std::string::npos ? poss : poss + 5;
    if (poss == std::string::npos) {
      poss = a.name.find("'s ");
      tail = poss == std::string::npos ? poss : poss + 3;
    }
    if (poss != std::string::npos && poss > 0 &&
        a.name.find(' ', tail) == std::string::npos) {
      const std::string_view part = std::string_view(a.name).substr(tail);
      if (Equals(part, "board") || Equals(part, "management") ||
          Equals(part, "directors") || Equals(part, "executives") ||
          Equals(part, "shareholders")) {
        owner = a;
        owner.name = a.name.substr(0, poss);
        owner.roles.clear();
      }
    }
  }
  if (a.org) {
    size_t sp = a.name.find(' ');
    absl::string_view name(a.name.data(), a.name.size());
    if (sp == std::string::npos) {
      // "Commission" after "the Federal Trade Commission": the full name.
      auto full = org_by_last_.find(name);
      if (full != org_by_last_.end()) a.name = full->second;
    } else {
      RegisterOrgForms(a.name, a.pos);
    }
  }
  actors_.push_back(std::move(a));
  if (!owner.name.empty()) actors_.push_back(std::move(owner));
  return true;
}

bool Extractor::NoActorSince(size_t b, size_t e,
                             const std::string& except) const {
  int limit = 0;
  for (int k = static_cast<int>(actors_.size()) - 1; k >= 0 && limit < 64;
       --k, ++limit) {
    if (actors_[k].pos > b && actors_[k].pos < e && actors_[k].work < 0 &&
        actors_[k].name != except) {
      return false;
    }
  }
  return true;
}

namespace {

// Whether an actor's roles hold a relation's noun ("brother", "mother").
bool RolesHaveKin(std::string_view roles) {
  for (absl::string_view r :
       absl::StrSplit(absl::string_view(roles.data(), roles.size()), ' ',
                      absl::SkipEmpty())) {
    char rb[32];
    if (r.size() >= sizeof(rb)) continue;
    for (size_t c = 0; c < r.size(); ++c) {
      rb[c] = (r[c] >= 'A' && r[c] <= 'Z') ? r[c] + 32 : r[c];
    }
    if (qi::IsKinNoun(std::string_view(rb, r.size()))) return true;
  }
  return false;
}

}  // namespace

bool Extractor::IntroducedAsRelative(const std::string& name) const {
  auto known = relative_of_.find(name);
  if (known != relative_of_.end()) return known->second;
  for (const Actor& a : actors_) {
    if (a.name == name) {
      return relative_of_.emplace(name, RolesHaveKin(a.roles)).first->second;
    }
  }
  return false;  // (not kept: an actor of that name may come later)
}

char Extractor::ActorGender(const Actor& a, bool* guessed) const {
  if (guessed != nullptr) *guessed = false;
  if (!gender_.empty()) {
    auto g = gender_.find(a.name);
    if (g != gender_.end()) return g->second;
  }
  if (a.noun_gender != 0) return a.noun_gender;
  if (a.plural) return 0;
  // The sex of the first name, worked out the first time it is asked for
  // (most actors are never asked).
  if (!a.first_name_known) {
    a.first_name_known = true;
    if (size_t sp = a.name.find(' ');
        sp != std::string::npos && !FamilyNameFirst(a.name)) {
      bool g = false;
      std::string_view first = std::string_view(a.name).substr(0, sp);
      a.first_name_gender = qi::FirstNameGender(first, &g);
      if (const char d = qi::DoubleFirstNameGender(a.name); d != 0) {
        a.first_name_gender = d;
        g = false;
      }
      // (Birth records know many more names than the word lists; the lists
      // come first, for names the records give to both sexes. A name each
      // country gives to another sex, "Andrea", is in neither list and goes
      // by the records.)
      if (a.first_name_gender == 0 || g) {
        if (char r = RecordedFirstNameSex(first); r != 0) {
          a.first_name_gender = r;
          g = false;
        }
      }
      a.first_name_guessed = g;
    }
  }
  if (guessed != nullptr) *guessed = a.first_name_guessed;
  return a.first_name_gender;
}

namespace {

// The other spelling of a noun of bodies that American and British English
// spell apart ("theater", "theatre"), else empty.
std::string_view OtherSpelling(std::string_view head) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"theater", "theatre"},   {"center", "centre"},
      {"defense", "defence"},   {"organization", "organisation"},
      {"program", "programme"}, {"labor", "labour"}};
  for (const auto& [us, uk] : kPairs) {
    if (head == us) return uk;
    if (head == uk) return us;
  }
  return {};
}

// Latin-1 letters with accents folded to their ASCII letters in place
// ("unión" to "union"), so that "the union" finds the "Unión de
// Tripulantes de Cabina". (A table for the two-byte Latin-1 range, not
// ICU's transliterator: this runs for every body a reference is tried
// against.)
void FoldLatin1Accents(std::string* s) {
  static constexpr char kBase[64 + 1] =
      "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTs"
      "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
  size_t out = 0;
  for (size_t i = 0; i < s->size(); ++i) {
    const unsigned char c = (*s)[i];
    if (c == 0xC3 && i + 1 < s->size()) {
      const unsigned char d = (*s)[i + 1];
      if (d >= 0x80 && d <= 0xBF) {
        (*s)[out++] = kBase[d - 0x80];
        ++i;
        continue;
      }
    }
    (*s)[out++] = static_cast<char>(c);
  }
  s->resize(out);
}

}  // namespace

// The most recent actor before `pos` that `kind` (a pronoun), a role ("the
// leader") or an organisation reference ("the company"; `head` is its noun)
// can refer to; -1 if none.
int Extractor::FindActor(size_t pos, Pronoun kind, bool role, bool org_ref,
                         std::string_view head, int max_actors) const {
  int limit = 200 - max_actors;
  int fallback = -1;
  int weak = -1;
  bool first_subject = true;
  int sort_match = -1;     // an organisation of the sort `head` says
  int inner_match = -1;    // one whose name has `head` inside, not as its sort
  int named_here = -1;     // a person named (not as subject) in this paragraph
  int singular_they = -1;  // a person named in this paragraph, for "they"
  int pseudo_business = -1;  // for "the company": see below
  int object_org = -1;       // for "they": see below
  int object_named = -1;     // a body of the noun named after a verb
  int unnamed_fallback = -1;  // for a role: someone unnamed, described
  const TitlesOf titles = role || org_ref ? TitlesFor(head) : TitlesOf();
  for (int k = static_cast<int>(actors_.size()) - 1; k >= 0 && limit < 200;
       --k, ++limit) {
    const Actor& a = actors_[k];
    if (a.pos >= pos) continue;
    if (object_named >= 0 && (a.block != actors_[object_named].block ||
                              a.pos + 200 < actors_[object_named].pos)) {
      return object_named;
    }
    // "For Redcloud, 17, ..., the film is her first role. She described":
    // someone named in this paragraph before anyone of earlier ones.
    if (a.pos < block_b_ && named_here >= 0) return named_here;
    // "A bench of justices X and Y ... the bench said": the judges.
    if (org_ref && head == "bench" && a.person && a.plural &&
        a.name.find(" and ") != std::string::npos) {
      const size_t from = a.pos >= 32 ? a.pos - 32 : 0;
      if (text_.substr(from, a.pos - from).find("ench of") !=
          std::string_view::npos) {
        return k;
      }
    }
    // ("Justice Anupama Sethi asked ... The bench said": one judge sitting
    // alone is the bench; a body that is no court is not.)
    if (org_ref && head == "bench") {
      if (a.person && !a.plural && !a.unnamed) {
        const size_t from = a.pos >= 9 ? a.pos - 9 : 0;
        const std::string_view before = text_.substr(from, a.pos - from);
        if (before.ends_with("Justice ") || before.ends_with("Judge ")) {
          return k;
        }
        continue;
      }
      if (a.org && a.name.find("Court") == std::string::npos &&
          a.name.find("Tribunal") == std::string::npos) {
        continue;
      }
    }
    if (org_ref || kind == Pronoun::kIt) {
      // "Kingsmoor United completed the signing ... the club said": a
      // club's name may look like a person's.
      if (!a.org && org_ref && (head == "club" || head == "side") &&
          (a.name.ends_with(" United") || a.name.ends_with(" City") ||
           a.name.ends_with(" Town") || a.name.ends_with(" County"))) {
        return k;
      }
      // ("the United Auto Workers said ... that the union had called": a
      // union named for its members may look like a person's name.)
      // (Capitalised words alone, and not the end of a longer name: not
      // "Union of Laundry and Dyeing Workers", nor "Members of the National
      // Union of Rail, Maritime and Transport Workers".)
      if (!a.org && org_ref && head == "union" && !a.unnamed &&
          (a.name.ends_with(" Workers") || a.name.ends_with(" Employees") ||
           a.name.ends_with(" Teamsters")) &&
          a.name.find(' ') != a.name.rfind(' ') && CapitalisedWords(a.name) &&
          a.pos <= text_.size() &&
          !text_.substr(0, a.pos).ends_with("and ") &&
          !text_.substr(0, a.pos).ends_with("of ") &&
          !text_.substr(0, a.pos).ends_with(", ")) {
        return k;
      }
      // ("Kaizer Chiefs ... Chiefs later confirmed ... the club said": a
      // team, read as a person, whose name ends in a plural and opens with
      // no first name.)
      if (!a.org && org_ref && (head == "club" || head == "side") &&
          !a.unnamed && !a.plural && a.name.size() >= 4 &&
          a.name.back() == 's' && a.name[0] >= 'A' && a.name[0] <= 'Z' &&
          a.name.find(" and ") == std::string::npos) {
        const std::string_view n = a.name;
        const std::string_view first = n.substr(0, n.find(' '));
        const std::string_view last = n.substr(n.rfind(' ') + 1);
        if (!qi::MaybeFirstName(first) && !qi::MaybeFirstName(last) &&
            (first.size() == n.size() || n.find(' ') == n.rfind(' '))) {
          return k;
        }
      }
      if (!a.org) {
        // ("according to a Guayaquil-based exporter ... the exporter told":
        // someone unnamed, described by the noun, just before.)
        if (org_ref && a.unnamed && !head.empty() &&
            block_index_ - a.block <= 1 &&
            (a.name.starts_with("a ") || a.name.starts_with("an ")) &&
            a.name.size() > head.size() + 1 && a.name.ends_with(head) &&
            a.name[a.name.size() - head.size() - 1] == ' ') {
          return k;
        }
        // "Sonoran Valley Power said ... The company said": a name that may
        // be a business's (BusinessLikeName), of no sex, that spoke lately,
        // a business that looked like a person, before any business named
        // as one (not "Hendrik Vos").
        if (org_ref && pseudo_business < 0 && !a.unnamed && !a.plural &&
            a.person && (a.work >= 0 || a.subject) &&
            block_index_ - a.block <= 2 &&
            (IsBusinessNoun(head) || head == "utility") && a.name[0] >= 'A' &&
            a.name[0] <= 'Z' && BusinessLikeName(a.name)) {
          bool guessed = false;
          if (ActorGender(a, &guessed) == 0 && !guessed) pseudo_business = k;
        }
        continue;
      }
      // A body described, not named ("The chipmaker-turned-software
      // company"), only if no named one is found.
      if (!(a.name[0] >= 'A' && a.name[0] <= 'Z') ||
          (a.name.size() > 4 && a.name.compare(0, 4, "The ") == 0 &&
           !(a.name[4] >= 'A' && a.name[4] <= 'Z'))) {
        if (weak < 0) weak = k;
        continue;
      }
      // A news agency of the dateline or the footer ("(Reuters)",
      // "Reporting by ... for AP") is not "the central bank".
      if (qi::IsNewsAgency(a.name)) continue;
      // Bodies ("Environmental groups") are not "the agency".
      if (org_ref && a.plural && !head.empty() && head.back() != 's') continue;
      // A ground is no team: "at M&T Bank Stadium ... The team said".
      if (head == "team" || head == "club" || head == "side" ||
          head == "franchise") {
        const std::string_view n = a.name;
        const std::string_view last = n.substr(n.rfind(' ') + 1);
        if (last == "Stadium" || last == "Arena" || last == "Field" ||
            last == "Park" || last == "Ground" || last == "Oval" ||
            last == "Centre" || last == "Center" || last == "Coliseum") {
          continue;
        }
      }
      if (head.empty()) {
        // ("The university ... confirmed it had opened a consultation on
        // closing its School of Languages ... it said": the subject over
        // a body named after a verb in the same paragraph.)
        if (kind == Pronoun::kIt && !a.subject && object_named < 0 &&
            a.block == block_index_) {
          object_named = k;
          continue;
        }
        return k;
      }
      // "the council": an organisation whose name has the noun, else the
      // most recent one of the same sort ("the company": a name ending
      // in Inc., Corp., Petroleum ...), else the most recent one.
      std::string lower = a.name;
      for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
      if (std::any_of(lower.begin(), lower.end(),
                      [](char c) { return (c & 0x80) != 0; })) {
        FoldLatin1Accents(&lower);
      }
      size_t at = lower.find(head);
      // ("the theater" is the "Harbor Street Theatre": spelt either way.)
      if (at == std::string::npos) {
        if (const std::string_view other = OtherSpelling(head);
            !other.empty()) {
          at = lower.find(other);
        }
      }
      if (at != std::string::npos) {
        // (Its sort first: "the university" is "Dublin Metropolitan
        // University" over the "Irish Federation of University Teachers"
        // named since, whose name only has the word.)
        const size_t word_end = lower.find(' ', at);
        if (word_end == std::string::npos || lower.find(" of ") == word_end) {
          // ("The Korea Professional Football League, which runs the K
          // League, defended ... the league said": the sentence's subject
          // over a body its relative clause names.)
          if (!a.subject && object_named < 0 && a.block == block_index_) {
            object_named = k;
            continue;
          }
          return k;
        }
        if (inner_match < 0) inner_match = k;
        continue;
      }
      // ("The software company Brightwell Data": so described.)
      if (RolesSay(a.roles, head, titles, /*head_only=*/true)) return k;
      if (sort_match < 0 && SameSortOfBody(head, lower)) {
        sort_match = k;
        if (pseudo_business >= 0) return pseudo_business;
      } else if (sort_match >= 0 && !actors_[sort_match].subject && a.subject &&
                 a.block == actors_[sort_match].block &&
                 SameSortOfBody(head, lower)) {
        // ("Halvard Pharma is making ..., agreeing to acquire Tessaro Bio
        // ... The Copenhagen-based drugmaker said": the paragraph's
        // subject over the body it names after a verb.)
        sort_match = k;
      }
      if (pseudo_business >= 0 && fallback < 0) return pseudo_business;
      if (fallback < 0) {
        fallback = k;
      } else if (!actors_[fallback].subject && actors_[fallback].org &&
                 a.subject && a.block == actors_[fallback].block) {
        // ("ZESCO said ... Lake Kariba, which supplies the Kariba North
        // Bank power station ... the power utility said": so for a body
        // of no sort named: the paragraph's subject.)
        fallback = k;
      }
      continue;
    }
    if (role) {
      // "the economist": someone so described, else (for a leader) the
      // most recent person. "the prosecutors": people so described.
      // (Not "the witness", "the actress".)
      // ("the couple", "the pair": two people named together.)
      const bool couple = head == "couple" || head == "pair" || head == "duo";
      const bool plural_head = (head.size() > 3 && head.back() == 's' &&
                                head[head.size() - 2] != 's') ||
                               couple;
      if (!a.person || a.plural != plural_head) continue;
      if (RolesSay(a.roles, head, titles)) return k;
      // ("The son confirmed ... he said" after "Rafael Ortiz Sr." and
      // "Rafael Ortiz Jr.": of a parent and child named alike, the one of
      // that generation.)
      if (!a.unnamed && (head == "son" || head == "daughter" ||
                         head == "father" || head == "mother")) {
        const bool young = head == "son" || head == "daughter";
        const std::string_view n = a.name;
        const size_t sp = n.rfind(' ');
        const std::string_view gen =
            sp == std::string_view::npos ? n : n.substr(sp + 1);
        if ((young ? gen == "Jr." || gen == "Jr"
                   : gen == "Sr." || gen == "Sr") &&
            sp != std::string_view::npos) {
          const std::string_view stem = n.substr(0, sp + 1);
          for (const Actor& o : actors_) {
            if (o.pos < pos && o.name.size() > stem.size() &&
                o.name.starts_with(stem) && o.name != a.name &&
                IsGeneration(std::string_view(o.name).substr(stem.size()))) {
              return k;
            }
          }
        }
      }
      // ("Justices R. Anandavalli and K. Sethuraman directed ... the
      // judges observed": the people named together, whose first one's
      // roles say the noun.)
      if (plural_head && !a.unnamed && k > 0 && actors_[k - 1].pos == a.pos &&
          a.name.find(" and ") != std::string::npos &&
          RolesSay(actors_[k - 1].roles, head, titles)) {
        return k;
      }
      if (couple && !a.unnamed && a.name.find(" and ") != std::string::npos) {
        return k;
      }
      // "the employee" after "One Pixelforge employee, who ...": an unnamed
      // source named by its noun.
      if (a.unnamed && !head.empty() && a.name.size() > head.size()) {
        std::string lower = a.name;
        for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        if ((lower.compare(0, 2, "a ") == 0 ||
             lower.compare(0, 3, "an ") == 0 ||
             lower.compare(0, 4, "one ") == 0 ||
             lower.compare(0, 8, "another ") == 0) &&
            (lower.find(head) != std::string::npos ||
             // ("the person", "the source" after "One top-20 shareholder
             // said ...": a word for anyone.)
             ((head == "person" || head == "source" || head == "man" ||
               head == "woman") &&
              block_index_ - a.described_block <= 1))) {
          return k;
        }
      }
      // ("after a stoppage-time header completed his hat-trick ... the
      // striker told": something described by another noun is the role
      // only if no one named fits.)
      if (a.unnamed && !head.empty() &&
          (a.name.starts_with("a ") || a.name.starts_with("an "))) {
        if (unnamed_fallback < 0 && !plural_head) unnamed_fallback = k;
        continue;
      }
      if (fallback < 0 && !plural_head) fallback = k;
      continue;
    }
    if (kind == Pronoun::kMale || kind == Pronoun::kFemale) {
      if (!a.person || a.plural) continue;
      if (exclude_ != nullptr && a.name == *exclude_) continue;
      // An unnamed source ("One former employee says ...") is "she" in the
      // next paragraph, not two paragraphs on, where "she" is again the
      // person the story is about.
      if (a.unnamed &&
          std::min(block_index_, quote_block_) - a.described_block > 1) {
        continue;
      }
      bool guessed = false;
      char g = ActorGender(a, &guessed);
      // A guess from the name's ending alone does not keep "he" from the
      // person just spoken of ("Mwila Kabwe ... He said").
      if (guessed && a.subject && first_subject) g = 0;
      if (a.subject) first_subject = false;
      char want = kind == Pronoun::kMale     ? 'm'
                  : kind == Pronoun::kFemale ? 'f'
                                             : 0;
      // ("Comal Norte, which opened in 2017, now has ... "...," she says":
      // a name the text writes as a place, of no known sex or one guessed
      // from its ending, "Vardøya Ice Hall".)
      const bool place = (g == 0 || guessed) && want != 0 && !a.unnamed &&
                         a.name.find(' ') != std::string::npos &&
                         WrittenAsPlace(a.name, a.pos);
      if (!a.subject) {
        // ("moved to Vardøya, she says": a place only mentioned, only if
        // nobody else fits.)
        if (place) {
          if (fallback < 0) fallback = k;
          continue;
        }
        // A name only mentioned ("the voice of Fergal Byrne"), else a
        // passive agent ("by a teacher"), only if nobody else fits.
        bool named = a.name[0] >= 'A' && a.name[0] <= 'Z' &&
                     a.name.find(' ') != std::string::npos &&
                     a.name.compare(0, 4, "The ") != 0 &&
                     a.name.compare(0, 2, "A ") != 0 &&
                     a.name.compare(0, 3, "An ") != 0 &&
                     a.name.compare(0, 4, "One ") != 0;
        if (named && (want == 0 || g == want || g == 0)) {
          if (weak < 0) weak = k;
          // (Not the object of a verb: "he played Edward Ashby, ..., and
          // he cried".)
          if (named_here < 0 && a.pos >= block_b_ && pos >= block_b_ &&
              !a.object) {
            named_here = k;
          }
        } else if (fallback < 0 &&
                   (want == 0 || g == want || g == 0 || guessed)) {
          // (Never one known to be of the other sex: "He says:" is no
          // woman named.)
          fallback = k;
        }
        continue;
      }
      // "something he admitted had not crossed his mind until a reporter
      // mentioned it. "...," he said": an unnamed someone of no known sex
      // is not the "he" when a man named in that paragraph is.
      if (a.unnamed && g == 0 && want != 0) {
        bool named = false;
        for (int m = k - 1; m >= 0 && m >= k - 24 && !named; --m) {
          const Actor& o = actors_[m];
          if (o.block != a.block) break;
          named = o.person && !o.unnamed && !o.plural && ActorGender(o) == want;
        }
        if (named) continue;
      }
      // "his doctor has told him to stop. "...," he says": someone known
      // by a relation to a man is not the "he" after it (writers avoid
      // that ambiguity), nor one known by a relation to a woman "she".
      if (a.unnamed && g == 0 && want != 0 && a.name.size() > 4) {
        const char* rel = want == 'm' ? "his " : "her ";
        if ((a.name[0] | 0x20) == rel[0] &&
            a.name.compare(1, 3, rel + 1) == 0) {
          continue;
        }
      }
      // ("The church's pastor ... Loretta Pruitt's grandson ... She
      // laughed": someone unnamed of no known sex from an earlier
      // paragraph is not the "she" when a woman was named since.)
      if (g == 0 && want != 0 && a.block < block_index_ && weak >= 0 &&
          (a.unnamed ||
           (a.name.size() > 4 && a.name.compare(0, 4, "The ") == 0 &&
            !(a.name[4] >= 'A' && a.name[4] <= 'Z'))) &&
          ActorGender(actors_[weak]) == want) {
        return weak;
      }
      // (As the subject, it is not the "she" when a woman was named in
      // these two paragraphs.)
      if (place) {
        bool other = false;
        for (int m = k - 1; m >= 0 && m >= k - 40 && !other; --m) {
          const Actor& o = actors_[m];
          if (o.block + 1 < a.block) break;
          other = o.person && !o.unnamed && !o.plural && o.name != a.name &&
                  ActorGender(o) == want;
        }
        if (other) continue;
      }
      // The most recent person whose gender (known or guessed) does not
      // contradict the pronoun; for someone described by a relation to
      // another ("Her editor, X,"), in a later paragraph, that other.
      if (want == 0 || g == want || g == 0) {
        if (!a.secondary_of.empty() && block_index_ - a.block >= 2) {
          for (int m = k - 1; m >= 0 && m + 200 >= k; --m) {
            const Actor& o = actors_[m];
            if (o.name != a.secondary_of || !o.person) continue;
            char og = ActorGender(o);
            if (want == 0 || og == want || og == 0) return m;
            break;
          }
        }
        return k;
      }
      continue;
    }
    if (kind == Pronoun::kPlural) {
      // "One vice-chancellor, who spoke to Sky News on condition of
      // anonymity, said ... "...," they said": a body only mentioned in
      // this paragraph, not its subject, gives way to the person who spoke
      // in it.
      if (a.org && !a.subject && a.block == block_index_) {
        if (object_org < 0) object_org = k;
        continue;
      }
      if (a.plural || a.org) {
        // "Friday belonged to Kez Adebanjo-Frost ... they said": a
        // singular "they" for the person named in this paragraph, before
        // any group or body in it.
        if (singular_they >= 0 && a.block < block_index_) return singular_they;
        if (object_org >= 0 && a.block < block_index_) return object_org;
        return k;
      }
      if (singular_they < 0 && a.person && a.block == block_index_ &&
          (a.unnamed ? object_org >= 0 && a.subject
                     : a.name.find(' ') != std::string::npos)) {
        singular_they = k;
      }
      continue;
    }
    if (kind == Pronoun::kFirst) return k;
  }
  if (object_named >= 0) return object_named;
  if (role && fallback < 0) fallback = unnamed_fallback;
  if (role) {
    // "the 54-year-old", "the German": someone just named.
    if (head.size() > 9 && head.substr(head.size() - 9) == "-year-old") {
      return fallback;
    }
    if (!head.empty() && qi::IsNationality(head)) return fallback;
    // "the mum-of-three", "the father-of-two": the person just named (so
    // "the mother of five", whose head is the number).
    if (head.find("-of-") != std::string::npos || qi::IsSmallNumber(head)) {
      return fallback;
    }
    static constexpr std::string_view kLeaders[] = {
        "leader", "president", "premier", "chancellor", "strongman", "dictator",
        "king", "queen", "monarch", "ruler", "emperor", "pope", "billionaire",
        "tycoon", "founder", "manager", "coach", "boss", "captain", "skipper",
        // epithets of the person a story is about: "the striker", "the
        // singer", "the teenager"
        "forward", "striker", "midfielder", "defender", "goalkeeper", "keeper",
        "winger", "playmaker", "pitcher", "quarterback", "batsman", "bowler",
        "rookie", "youngster", "teenager", "singer", "rapper", "actor",
        "actress", "novelist", "comedian", "international", "halfback",
        "fullback", "full-back", "five-eighth", "shortstop", "catcher",
        "reliever", "cornerback", "linebacker", "receiver", "centre-back",
        "wicketkeeper", "all-rounder", "opener", "spinner", "seamer",
        "right-hander", "left-hander", "veteran", "debutant", "jockey"};
    for (std::string_view l : kLeaders) {
      if (head == l) return fallback;
    }
    return -1;
  }
  if (kind == Pronoun::kMale || kind == Pronoun::kFemale) {
    return weak >= 0 ? weak : fallback;
  }
  if (kind == Pronoun::kPlural) {
    if (singular_they >= 0) return singular_they;
    if (object_org >= 0) return object_org;
  }
  if (inner_match >= 0) return inner_match;
  // "UNICEF said in a separate statement ... the agency said": a body of
  // no known sort (an acronym alone) named in this paragraph, over one of
  // the sort named before it.
  if (org_ref && sort_match >= 0 && fallback >= 0 && fallback > sort_match &&
      actors_[fallback].block == block_index_ &&
      actors_[sort_match].block < block_index_ &&
      actors_[fallback].name.find(' ') == std::string::npos &&
      LooksLikeAcronym(actors_[fallback].name)) {
    return fallback;
  }
  // ("Morimoto Precision's board said ... The company described": a body
  // of no known sort, the subject in this paragraph, over a business
  // named in earlier ones.)
  if (org_ref && sort_match >= 0 && fallback >= 0 && IsBusinessNoun(head) &&
      actors_[fallback].subject && actors_[fallback].block == block_index_ &&
      actors_[sort_match].block < block_index_) {
    const std::string lower = absl::AsciiStrToLower(actors_[fallback].name);
    if (!SameSortOfBody("agency", lower) && !SameSortOfBody("union", lower) &&
        !SameSortOfBody("bench", lower) && !SameSortOfBody("team", lower)) {
      return fallback;
    }
  }
  if (sort_match >= 0) return sort_match;
  // ("Halyard, which Vo cofounded ... The startup says": a body named
  // since the speaker who might have been one; but not a public one, "the
  // Welsh Government".)
  if (pseudo_business >= 0) {
    if (fallback < 0) return pseudo_business;
    if (SameSortOfBody("agency",
                       absl::AsciiStrToLower(actors_[fallback].name))) {
      return pseudo_business;
    }
  }
  // ("The company said ... The council said": a body described, not named,
  // is "the council" only if it is one.)
  if (fallback < 0 && weak >= 0 && org_ref && !head.empty()) {
    std::string_view last = actors_[weak].name;
    last.remove_prefix(last.rfind(' ') + 1);
    char lb[32];
    if (last.size() < sizeof(lb)) {
      for (size_t i = 0; i < last.size(); ++i) {
        lb[i] = last[i] >= 'A' && last[i] <= 'Z' ? last[i] + 32 : last[i];
      }
      const std::string_view lower(lb, last.size());
      if (lower != head && !(IsBusinessNoun(head) && IsBusinessNoun(lower))) {
        return -1;
      }
    }
  }
  return fallback >= 0 ? fallback : weak;
}

// Whether the organisation named `lower` (lower case) is of the sort the
// noun `head` says: "the company" a business ("... petroleum", "... inc."),
// "the union" a union or association, "the agency" a public body, "the
// district" a school district.
bool Extractor::SameSortOfBody(std::string_view head, std::string_view lower) {
  static constexpr std::string_view kBusinessWords[] = {
      " inc",         " corp",         " ltd",
      " llc",         " plc",          " ag",
      " sa",          " nv",           " gmbh",
      " group",       " holdings",     " company",
      " corporation", " technologies", " systems",
      " motors",      " airlines",     " airways",
      " petroleum",   " energy",       " pharmaceuticals",
      " industries",  " labs",         " capital",
      " partners",    " equipment",    " semiconductor",
      " logistics",   " freight",      " foods",
      " mining",      " oil",          " steel",
      " media",       " software",     " electronics",
      " bio",         " biotech",      " therapeutics",
      " pharma",      " genomics",     " biosciences",
      " diagnostics", " robotics",     " aerospace",
      " automotive",  " telecom",      " networks"};
  static constexpr std::string_view kUnionWords[] = {
      " union",      "association", "federation", " local", "guild",
      "brotherhood", "workers",     "teachers",   "nurses", "congress of"};
  static constexpr std::string_view kPublicWords[] = {
      "agency",     "administration", "ministry",   "department", "commission",
      "authority",  "office",         "bureau",     "service",    "regulator",
      "government", "council",        "secretariat"};
  // A word that opens with a space can only stand at one of the name's
  // spaces: those are compared there, not searched for in the whole
  // (speed: ExtractQuotes ran 0.35% fewer instructions).
  size_t spaces[16];
  size_t nspaces = 0;
  bool many_spaces = false;
  for (size_t p = 0; p < lower.size(); ++p) {
    if (lower[p] != ' ') continue;
    if (nspaces == 16) {
      many_spaces = true;
      break;
    }
    spaces[nspaces++] = p;
  }
  auto any = [&](const auto& words) {
    for (std::string_view w : words) {
      if (w[0] == ' ' && !many_spaces) {
        for (size_t k = 0; k < nspaces; ++k) {
          if (spaces[k] + w.size() <= lower.size() &&
              std::memcmp(lower.data() + spaces[k], w.data(), w.size()) == 0) {
            return true;
          }
        }
      } else if (lower.find(w) != std::string_view::npos) {
        return true;
      }
    }
    return false;
  };
  if (IsBusinessNoun(head)) return any(kBusinessWords) && !any(kPublicWords);
  if (head == "union") return any(kUnionWords);
  if (head == "club" || head == "side" || head == "team") {
    static constexpr std::string_view kClubWords[] = {
        " united",   " fc",     " city",    " town",    " rovers",
        " athletic", " albion", " rangers", " hotspur", " wanderers",
        " county",   "club",    "team"};
    return any(kClubWords);
  }
  if (head == "agency" || head == "regulator" || head == "ministry" ||
      head == "department" || head == "government" || head == "watchdog") {
    return any(kPublicWords);
  }
  // ("the bench" after "the Sindh High Court")
  if (head == "bench") {
    return lower.find("court") != std::string_view::npos ||
           lower.find("tribunal") != std::string_view::npos;
  }
  if (head == "district") {
    return lower.find("district") != std::string_view::npos ||
           lower.find("schools") != std::string_view::npos;
  }
  return false;
}

int Extractor::AgeGiven(const std::string& name, size_t before) const {
  const std::string key = name + ", ";
  const size_t found = text_.find(key);
  if (found == std::string_view::npos || found >= before) return -1;
  size_t d = found + key.size();
  int age = 0;
  while (d < text_.size() && text_[d] >= '0' && text_[d] <= '9' && age < 1000) {
    age = age * 10 + (text_[d++] - '0');
  }
  if (d == found + key.size() || age >= 120 || d >= text_.size() ||
      text_[d] != ',') {
    return -1;
  }
  return age;
}

// The named person who is the subject of the sentence before the one at
// text position pos (the earliest such actor there: the main clause's), or
// -1.
int Extractor::SubjectOfSentenceBefore(size_t pos) const {
  // (By the segmentation's sentences: toks_ holds only the paragraphs
  // read for speakers.)
  const auto& sents = seg_.sentences;
  auto it =
      std::upper_bound(sents.begin(), sents.end(), pos,
                       [](size_t p, const Sentence& s) { return p < s.begin; });
  if (it == sents.begin() || it - 1 == sents.begin()) return -1;
  const size_t to = (it - 1)->begin, from = (it - 2)->begin;
  // (Actors are added roughly in text order; some again later.)
  int a = -1;
  size_t at = to;
  const int stop = std::max(0, static_cast<int>(actors_.size()) - 200);
  for (int m = static_cast<int>(actors_.size()) - 1; m >= stop; --m) {
    const Actor& c = actors_[m];
    if (c.pos >= from && c.pos < to && c.pos <= at && c.subject && c.person &&
        !c.plural && !c.unnamed && c.name.find(' ') != std::string::npos) {
      a = m;
      at = c.pos;
    }
  }
  return a;
}

// The judges named together before pos: "A Division Bench of Justices S.
// Meenakshi Sundaram and K. Anitha", or "" if none.
std::string Extractor::JudgesNamedBefore(size_t pos) const {
  const size_t lo = pos > kArticleBytes ? pos - kArticleBytes : 0;
  const std::string_view before = text_.substr(lo, pos - lo);
  size_t at = before.rfind("ench of Justices ");
  if (at == std::string_view::npos) at = before.rfind("ench of justices ");
  // ("The bench of Justice Md Ashraful Kabir and Justice Nasreen Akhter
  // Lipi": the title before each name.)
  size_t skip = 17;
  if (at == std::string_view::npos) {
    at = before.rfind("ench of Justice ");
    skip = 16;
  }
  if (at == std::string_view::npos) return "";
  size_t b = lo + at + skip, e = b;
  // Capitalised words and initials, joined by "and" or commas.
  while (e < pos) {
    size_t w = e;
    while (w < pos && text_[w] != ' ') ++w;
    const std::string_view word = text_.substr(e, w - e);
    if (word.empty()) break;
    const bool cap = word[0] >= 'A' && word[0] <= 'Z';
    if (!cap && word != "and") break;
    if (word.back() == ',' && word.size() > 2 && word[word.size() - 2] != '.') {
      // (A comma closes a name unless a list goes on.)
      e = w;
      break;
    }
    e = w + 1;
  }
  std::string judges(text_.substr(b, e > b ? e - b : 0));
  while (!judges.empty() && (judges.back() == ' ' || judges.back() == ',')) {
    judges.pop_back();
  }
  for (size_t t = judges.find(" and Justice "); t != std::string::npos;
       t = judges.find(" and Justice ", t)) {
    judges.erase(t + 5, 8);
  }
  if (judges.find(" and ") == std::string::npos || judges.size() >= 120) {
    return "";
  }
  return judges;
}

// Of `same`, the people sharing a surname, the parent (`elder`) or the
// child named before `at`, for a mention at `pos` ("the elder Ferreira",
// "Ellerby senior"); empty if none is told apart.
std::string Extractor::ParentOrChild(const std::vector<std::string>& same,
                                     bool elder, size_t pos, size_t at) const {
  // ("the elder Gutierrez" after "Tomás Gutierrez Sr." and "Tomás
  // Gutierrez Jr.": the suffix says it.)
  for (const std::string& one : same) {
    if ((elder && (one.ends_with(" Sr.") || one.ends_with(" Sr"))) ||
        (!elder && (one.ends_with(" Jr.") || one.ends_with(" Jr")))) {
      return one;
    }
  }
  if (same.size() < 2) return "";
  static constexpr std::string_view kOlder[] = {
      "father",      "mother", "dad",   "mum",   "mom", "grandfather",
      "grandmother", "older",  "elder", "uncle", "aunt"};
  static constexpr std::string_view kYounger[] = {
      "son",           "daughter", "younger", "grandson",
      "granddaughter", "nephew",   "niece"};
  // (With two of the name, the other one than the one the opposite word
  // fits: "Daniel Westmark, ... the chairman's nephew" and "the elder Mr.
  // Westmark".)
  std::string other;
  const int n = static_cast<int>(actors_.size());
  for (int m = n - 1; m >= 0 && m >= n - 400; --m) {
    const Actor& a = actors_[m];
    // (Not this mention's own actor: "the elder Mr. Westmark".)
    if (a.pos >= pos || a.pos + 12 >= at ||
        std::find(same.begin(), same.end(), a.name) == same.end()) {
      continue;
    }
    // (A whole word of its roles.)
    // (Not in a clause about someone else: "Kenji Saito, 71, who ...
    // before handing over to his son".)
    std::string_view roles_all = a.roles;
    const size_t who = roles_all.find("who ");
    if (who != std::string_view::npos) roles_all = roles_all.substr(0, who);
    bool fits = false;
    for (std::string_view w :
         elder ? std::span<const std::string_view>(kOlder)
               : std::span<const std::string_view>(kYounger)) {
      fits |= RolesHaveWord(roles_all, w);
    }
    if (fits) return a.name;
    bool opposite = false;
    for (std::string_view w : elder
                                  ? std::span<const std::string_view>(kYounger)
                                  : std::span<const std::string_view>(kOlder)) {
      opposite |= RolesHaveWord(roles_all, w);
    }
    if (opposite && other.empty() && same.size() == 2) {
      other = same[0] == a.name ? same[1] : same[0];
    }
  }
  if (!other.empty()) return other;
  // "Oliver Castell, 44, ... Rupert Castell, 39, ... the elder Mr Castell":
  // by the ages given after their full names.
  int best_age = -1, aged = 0;
  std::string best;
  for (const std::string& name : same) {
    const int age = AgeGiven(name, pos);
    if (age < 0) continue;
    ++aged;
    if (best_age < 0 || (elder ? age > best_age : age < best_age)) {
      best_age = age;
      best = name;
    }
  }
  return aged >= 2 ? best : "";
}

// Resolves a noun phrase at `pos` into `out` (name, mention, description,
// organisation, how). False if it resolves to nobody.
bool Extractor::ResolveInto(const Np& np, size_t pos, Speaker* out) {
  out->mention = NameText(np.b, np.e);
  out->mention_span = {np.b, np.e};
  if (np.desc_e > np.desc_b) {
    out->description =
        std::string(text_.substr(np.desc_b, np.desc_e - np.desc_b));
  }
  // "Her husband said" after "Derek and Maureen Hollis": the spouse of
  // the one "her" stands for. "His father replied" after "Michael Keane"
  // and "John Keane": the one other of that surname the noun's sex fits.
  if (np.kind == Np::kUnnamed || np.kind == Np::kRoleRef) {
    const std::string_view m = text_.substr(np.b, np.e - np.b);
    char owner = 0;
    std::string_view kin;
    if (m.size() > 4 && (m[0] == 'H' || m[0] == 'h')) {
      if (m.substr(1, 3) == "er ") {
        owner = 'f';
        kin = m.substr(4);
      } else if (m.substr(1, 3) == "is ") {
        owner = 'm';
        kin = m.substr(4);
      }
    }
    const bool spouse_noun =
        (owner == 'f' && kin == "husband") || (owner == 'm' && kin == "wife");
    if (owner != 0 && ((spouse_noun && !spouse_.empty()) ||
                       (qi::IsKinNoun(kin) && !people_by_last_.empty()))) {
      const int a =
          FindActor(np.b, owner == 'f' ? Pronoun::kFemale : Pronoun::kMale,
                    false, false, "", 32);
      if (a >= 0 && actors_[a].person && !actors_[a].unnamed) {
        std::string relative;
        if (auto spouse = spouse_.find(actors_[a].name);
            spouse_noun && spouse != spouse_.end()) {
          relative = spouse->second;
        } else {
          relative = RelativeOf(actors_[a].name, qi::KinSex(kin));
        }
        if (!relative.empty()) {
          out->name = std::move(relative);
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
    }
  }
  // "Ellerby senior said", "said Mr Hanson senior": after a surname (and a
  // title), the parent or the child of the people sharing it.
  if (np.kind == Np::kUnnamed && !people_by_last_.empty()) {
    std::string_view m = text_.substr(np.b, np.e - np.b);
    const bool elder = m.ends_with(" senior");
    if (elder || m.ends_with(" junior")) {
      m.remove_suffix(7);
      const size_t sp = m.rfind(' ');
      const std::string_view surname =
          sp == std::string_view::npos ? m : m.substr(sp + 1);
      if (!surname.empty() && surname[0] >= 'A' && surname[0] <= 'Z' &&
          (sp == std::string_view::npos ||
           (m.find(' ') == sp && qi::IsTitle(m.substr(0, sp))))) {
        auto same = people_by_last_.find(
            absl::string_view(surname.data(), surname.size()));
        if (same != people_by_last_.end()) {
          if (std::string one = ParentOrChild(same->second, elder, pos, np.b);
              !one.empty()) {
            out->name = std::move(one);
            out->attribution = Attribution::kCoreference;
            return true;
          }
        }
      }
    }
  }
  switch (np.kind) {
    case Np::kName: {
      // "Sen. Kirk Halvorsen, R-Lehi, whose district ..., said": a party's
      // letter and a home town are the tag of the legislator named before
      // them.
      if (np.nnames == 1 && np.e - np.b >= 4 && np.b >= 4 &&
          (text_[np.b] == 'R' || text_[np.b] == 'D' || text_[np.b] == 'I') &&
          text_[np.b + 1] == '-' && text_[np.b + 2] >= 'A' &&
          text_[np.b + 2] <= 'Z' && text_[np.b - 1] == ' ' &&
          text_[np.b - 2] == ',') {
        const int comma = FirstTokenAt(np.b - 2);
        if (comma > 0 && comma < n_ && IsPunct(comma, ',') &&
            NameTok(comma - 1)) {
          const Np named = NameRunBack(comma - 1, std::max(0, comma - 8));
          if (named.found() && named.kind == Np::kName && named.b < np.b &&
              text_[named.b + 1] != '-' && ResolveInto(named, pos, out)) {
            return true;
          }
        }
      }
      // "On Monday evening about 200 residents marched ..., chanting",
      // "a report commissioned in May had recommended": a day or a month
      // alone is no one (unless someone of the name is known: "May said").
      if (np.nnames == 1 && np.name_tokens[0] == 1) {
        const std::string_view w =
            text_.substr(np.name_b[0], np.name_e[0] - np.name_b[0]);
        static constexpr std::string_view kTimes[] = {
            "Monday",    "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday",  "Sunday",  "January",   "February", "March",
            "April",     "May",     "June",      "July",     "August",
            "September", "October", "November",  "December"};
        for (std::string_view d : kTimes) {
          if (w == d &&
              !by_last_.contains(absl::string_view(w.data(), w.size())) &&
              !by_first_.contains(absl::string_view(w.data(), w.size()))) {
            return false;
          }
        }
      }
      // "“It is fair,” the Taoiseach said": "the" and a title alone stand
      // for the person last named with it, as "the minister" does.
      // (One word after "the".)
      // (Also with a title between: "the Chief Justice wrote".)
      bool after_the = false;
      if (np.nnames == 1 && np.name_tokens[0] == 1 && np.name_b[0] >= 4) {
        auto the_at = [&](size_t p) {
          return p >= 4 && (text_.compare(p - 4, 4, "the ") == 0 ||
                            text_.compare(p - 4, 4, "The ") == 0);
        };
        after_the = the_at(np.name_b[0]);
        const size_t sp = np.name_b[0] - 1;
        const size_t prev = text_.rfind(' ', sp - 1);
        if (!after_the && text_[sp] == ' ' && prev != std::string_view::npos &&
            prev + 1 < sp) {
          after_the = qi::IsTitle(text_.substr(prev + 1, sp - prev - 1)) &&
                      the_at(prev + 1);
        }
      }
      // "DTC Fiona Garside said ... the DTC wrote": initials that stood as
      // a title before a person's name, after "the", are that person.
      if (after_the) {
        const std::string_view word =
            text_.substr(np.name_b[0], np.name_e[0] - np.name_b[0]);
        if (word.size() >= 2 && word.size() <= 6 && LooksLikeAcronym(word)) {
          for (int m = static_cast<int>(actors_.size()) - 1, limit = 0;
               m >= 0 && limit < 200; --m, ++limit) {
            const Actor& c = actors_[m];
            if (c.pos < pos && c.person && !c.plural && !c.unnamed &&
                c.pos > word.size() && text_[c.pos - 1] == ' ' &&
                text_.compare(c.pos - 1 - word.size(), word.size(), word) ==
                    0) {
              out->name = c.name;
              out->attribution = Attribution::kCoreference;
              return true;
            }
          }
        }
      }
      // "the Reelhouse CEO said" after "Vincent Tran, CEO of the indie
      // streaming service Reelhouse": a body and a title after "the" stand
      // for the person lately described with both.
      if (np.nnames == 1 && np.name_tokens[0] == 2 && np.name_b[0] >= 4 &&
          (text_.compare(np.name_b[0] - 4, 4, "the ") == 0 ||
           text_.compare(np.name_b[0] - 4, 4, "The ") == 0)) {
        const int k = FirstTokenAt(np.name_b[0]);
        if (k + 1 < n_ && Has(k + 1, kTitleWord | kRole) &&
            !Has(k, kTitleWord | kRole)) {
          char hb[32], ob[32];
          const std::string_view title = Lower(k + 1, hb);
          const std::string_view body = Lower(k, ob);
          for (int c = static_cast<int>(actors_.size()) - 1;
               c >= 0 && c + 32 >= static_cast<int>(actors_.size()); --c) {
            const Actor& a = actors_[c];
            if (a.pos >= pos || !a.person || a.unnamed || a.plural) continue;
            if (RolesHaveWord(a.roles, title) && RolesHaveWord(a.roles, body)) {
              out->name = a.name;
              out->attribution = Attribution::kCoreference;
              return true;
            }
          }
        }
      }
      // ("her Honour said": the judge, the person last so described.)
      const std::string_view word =
          text_.substr(np.name_b[0], np.name_e[0] - np.name_b[0]);
      if (np.nnames == 1 && np.name_tokens[0] == 1 && np.name_b[0] >= 4 &&
          (word == "Honour" || word == "Honor")) {
        const std::string_view owner = text_.substr(np.name_b[0] - 4, 4);
        if (owner == "her " || owner == "Her " || owner == "his " ||
            owner == "His ") {
          const int a = FindActor(pos, Pronoun::kNone, /*role=*/true,
                                  /*org_ref=*/false, "judge");
          if (a >= 0 && actors_[a].person && !actors_[a].unnamed &&
              (RolesHaveWord(actors_[a].roles, "judge") ||
               RolesHaveWord(actors_[a].roles, "justice") ||
               RolesHaveWord(actors_[a].roles, "magistrate"))) {
            out->name = actors_[a].name;
            out->attribution = Attribution::kCoreference;
            return true;
          }
        }
      }
      // ("the Bench observed": the judges named together; "A Division
      // Bench of Justices X and Y ordered": the judges named after it.)
      const bool bench_of = np.nnames == 1 && np.e >= 5 &&
                            text_.compare(np.e - 5, 5, "Bench") == 0 &&
                            text_.compare(np.e, 13, " of Justices ") == 0;
      if ((after_the && text_.compare(np.name_b[0], 6, "Bench ") == 0) ||
          bench_of) {
        std::string judges = JudgesNamedBefore(
            bench_of ? std::min(text_.size(), np.e + 200) : pos);
        if (!judges.empty()) {
          out->name = std::move(judges);
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
      if (after_the) {
        const int k = FirstTokenAt(np.name_b[0]);
        if (k < n_ && Has(k, kTitleWord) && qi::TitleGender(W(k)) == 0) {
          char hb[32];
          const std::string_view title = Lower(k, hb);
          const int a = FindActor(pos, Pronoun::kNone, /*role=*/true,
                                  /*org_ref=*/false, title);
          // (Only one called so, not the fallback of the last person.)
          const bool called = a >= 0 && RolesHaveWord(actors_[a].roles, title);
          // (A person's name: "Ciarán Dunphy", not "Saltminster
          // Cathedral"; by its first name, or, "Fergal Moynihan", one
          // registered under its surname that ends in no body's word.)
          const size_t sp =
              called ? actors_[a].name.rfind(' ') : std::string::npos;
          auto by_surname = [&] {
            const std::string_view last =
                std::string_view(actors_[a].name).substr(sp + 1);
            if (qi::IsOrgSuffix(last) || qi::IsNonPersonWord(last)) {
              return false;
            }
            auto it =
                by_last_.find(absl::string_view(last.data(), last.size()));
            if (it == by_last_.end() || it->second != actors_[a].name) {
              return false;
            }
            // (Written after the title: "Tánaiste Fergal Moynihan".)
            std::string lower = absl::AsciiStrToLower(actors_[a].name);
            const size_t at = actors_[a].roles.find(title);
            return at != std::string::npos &&
                   actors_[a].roles.find(lower, at) != std::string::npos;
          };
          const bool person =
              called && actors_[a].person && !actors_[a].unnamed &&
              sp != std::string::npos &&
              (qi::MaybeFirstName(std::string_view(actors_[a].name)
                                      .substr(0, actors_[a].name.find(' '))) ||
               by_surname());
          if (person) {
            out->name = actors_[a].name;
            out->attribution = Attribution::kCoreference;
            return true;
          }
          // ("Ciarán Dunphy rejected the characterisation ... "...," the
          // Taoiseach said": with no one named with the title, the named
          // subject of the sentence before.)
          // (A title itself, not a plural: "The Kings confirmed".)
          if (!called && qi::IsTitle(W(k))) {
            const int before = SubjectOfSentenceBefore(np.b);
            if (before >= 0) {
              out->name = actors_[before].name;
              out->attribution = Attribution::kCoreference;
              return true;
            }
          }
        }
      }
      // ""We will file the report," the AAG said" after "Additional
      // Advocate-General N. Sethuraman": a title's initials stand for the
      // person last named with it.
      if (after_the) {
        const std::string_view w =
            text_.substr(np.name_b[0], np.name_e[0] - np.name_b[0]);
        if (w.size() >= 2 && w.size() <= 5 && LooksLikeAcronym(w) &&
            !acronyms_.contains(absl::string_view(w.data(), w.size()))) {
          std::string want(w);
          for (char& c : want) c = static_cast<char>(c | 0x20);
          const int n = static_cast<int>(actors_.size());
          for (int m = n - 1; m >= 0 && m >= n - 60; --m) {
            const Actor& a = actors_[m];
            if (a.pos >= pos || !a.person || a.unnamed || a.roles.empty() ||
                a.name.find(' ') == std::string::npos) {
              continue;
            }
            std::string initials;
            bool start = true;
            for (char c : a.roles) {
              if (c == ' ' || c == '-') {
                start = true;
              } else if (start) {
                initials += c;
                start = false;
              }
            }
            if (initials.find(want) != std::string::npos) {
              out->name = a.name;
              out->attribution = Attribution::kCoreference;
              return true;
            }
          }
        }
      }
      // "the Adlers wrote": the people of that surname, joined (when two or
      // three are known).
      // ("the Halvorsens wrote" after "Founders Greg and Annie Halvorsen":
      // the couple as the text named them.)
      if (after_the && np.name_e[0] - np.name_b[0] > 3 &&
          text_[np.name_e[0] - 1] == 's') {
        // (Appended, not `" " + NameText(...)`: GCC 12 warns falsely of an
        // overlapping copy (-Wrestrict) where that is inlined.)
        std::string ending(1, ' ');
        ending += NameText(np.name_b[0], np.name_e[0] - 1);
        for (int k = static_cast<int>(actors_.size()) - 1;
             k >= 0 && k + 64 >= static_cast<int>(actors_.size()); --k) {
          const Actor& a = actors_[k];
          if (a.pos < pos && a.plural && a.person && a.name.ends_with(ending) &&
              a.name.find(" and ") != std::string::npos) {
            out->name = a.name;
            out->attribution = Attribution::kCoreference;
            return true;
          }
        }
      }
      if (after_the && !people_by_last_.empty() &&
          np.name_e[0] - np.name_b[0] > 3 && text_[np.name_e[0] - 1] == 's') {
        auto family =
            people_by_last_.find(NameText(np.name_b[0], np.name_e[0] - 1));
        if (family != people_by_last_.end() && family->second.size() >= 2 &&
            family->second.size() <= 3) {
          std::string names;
          for (size_t k = 0; k < family->second.size(); ++k) {
            if (k > 0) names += k + 1 == family->second.size() ? " and " : ", ";
            names += family->second[k];
          }
          out->name = std::move(names);
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
      // "You describe the industry as "..."": in a Q&A's question, the
      // person interviewed; elsewhere nobody in particular.
      if (np.nnames == 1 && np.name_tokens[0] == 1 &&
          (text_.substr(np.name_b[0], np.name_e[0] - np.name_b[0]) == "You")) {
        if (!question_ || interviewee_.empty()) return false;
        out->name = interviewee_;
        out->attribution = Attribution::kCoreference;
        return true;
      }
      std::string name;
      bool all_person = true;
      bool changed = false;
      bool org = false;
      for (int k = 0; k < np.nnames; ++k) {
        bool person;
        // ("Mr Al Hammadi": a surname with its particle is one name.)
        const std::string_view written =
            text_.substr(np.name_b[k], np.name_e[k] - np.name_b[k]);
        const std::string_view lead = written.substr(0, written.find(' '));
        const bool particle_surname =
            np.name_tokens[k] == 2 &&
            (lead == "Al" || lead == "El" || qi::IsNameParticle(lead));
        std::string full =
            np.gender != 0 && k == 0 &&
                    (np.name_tokens[k] == 1 || particle_surname)
                ? FullNameOfSex(np.name_b[k], np.name_e[k], np.gender, &person)
                : FullName(np.name_b[k], np.name_e[k], np.name_tokens[k],
                           &person);
        // ("vowed to "send Tunde Okafor into retirement" ... Okafor said": a
        // surname named in full only inside a quotation, where names are
        // not read.)
        if (np.name_tokens[k] == 1 && full.size() == written.size() &&
            full.size() >= 3 && written[0] >= 'A' && written[0] <= 'Z' &&
            !qi::KnownFirstName(written) && !LooksLikeAcronym(written)) {
          std::string quoted = NamedInQuotation(full, np.b);
          if (!quoted.empty()) {
            full = std::move(quoted);
            person = true;
          }
        }
        // "Asked whether she would support the slate, she declined to say.
        // "...," Pine said.": of people sharing the surname, one of the sex
        // of the "he" or "she" the paragraph spoke of just before.
        if (k == 0 && np.name_tokens[0] == 1 && np.title_b >= np.b &&
            !people_by_last_.empty() && np.b > block_b_ && np.b <= block_e_) {
          const std::string bare = NameText(np.name_b[0], np.name_e[0]);
          auto same = people_by_last_.find(bare);
          if (same != people_by_last_.end() && same->second.size() >= 2) {
            const std::string_view para =
                text_.substr(block_b_, np.b - block_b_);
            // (The last of them; -1 for none.)
            auto last_of = [&](std::string_view a, std::string_view b) {
              const size_t x = para.rfind(a), y = para.rfind(b);
              const long lx = x == std::string_view::npos ? -1 : long(x);
              const long ly = y == std::string_view::npos ? -1 : long(y);
              return std::max(lx, ly);
            };
            const long she = last_of(" she ", "She ");
            const long he = last_of(" he ", "He ");
            const char sex = she > he ? 'f' : he > she ? 'm' : 0;
            if (sex != 0 && NameSex(full) != sex) {
              std::string shared = OfSharedSurname(bare, sex, "", np.b);
              if (!shared.empty()) full = shared;
            }
          }
        }
        // "Cllr Gallagher" after "Mrs Gallagher" and "Cllr Martin
        // Gallagher": of people sharing the surname, the one last spoken
        // of with that title, else the one last spoken of.
        // ("Mr Al Suwaidi": or a particle and the surname.)
        if (k == 0 && np.title_b < np.b &&
            (np.name_tokens[0] == 1 ||
             (np.name_tokens[0] == 2 && ParticleSurname(np.name_b[0])))) {
          std::string bare = NameText(np.name_b[0], np.name_e[0]);
          if (np.name_tokens[0] == 2) bare.erase(0, bare.rfind(' ') + 1);
          std::string shared;
          if (!people_by_last_.empty()) {
            shared = OfSharedSurname(
                bare, np.gender, text_.substr(np.title_b, np.b - np.title_b),
                np.title_b);
          }
          // "Ms Tan" after "Mr Tan Boon Huat" and "Ms Tan Li Ying": a
          // family name written first, in a name of three words or more.
          auto first_of = by_first_.find(bare);
          if (shared.empty() && full == bare && first_of != by_first_.end() &&
              std::count(first_of->second.begin(), first_of->second.end(),
                         ' ') >= 2) {
            const int n = static_cast<int>(actors_.size());
            for (int m = n - 1; m >= 0 && m >= n - 400; --m) {
              const Actor& a = actors_[m];
              if (!a.person || a.unnamed || a.name.size() <= bare.size() ||
                  a.name.compare(0, bare.size(), bare) != 0 ||
                  a.name[bare.size()] != ' ' ||
                  std::count(a.name.begin(), a.name.end(), ' ') < 2) {
                continue;
              }
              char g = np.gender != 0 ? ActorGender(a) : 0;
              if (g != 0 && g != np.gender) continue;
              shared = a.name;
              break;
            }
          }
          if (!shared.empty()) {
            full = std::move(shared);
            person = true;
          }
        }
        // "Opposition gaming spokeswoman Kim Nguyen accused ... "...,"
        // Nguyen said": of the people sharing the surname, the one named in
        // this paragraph before it.
        if (k == 0 && np.name_tokens[0] == 1 && !(np.title_b < np.b) &&
            !people_by_last_.empty()) {
          auto same =
              people_by_last_.find(NameText(np.name_b[0], np.name_e[0]));
          if (same != people_by_last_.end() && same->second.size() >= 2) {
            const int n = static_cast<int>(actors_.size());
            for (int m = n - 1; m >= 0 && m >= n - 60; --m) {
              const Actor& a = actors_[m];
              if (a.pos >= np.b) continue;
              if (a.block < block_index_ - 1) break;
              if (std::find(same->second.begin(), same->second.end(), a.name) ==
                  same->second.end()) {
                continue;
              }
              // (Or the paragraph before, its speaker named in full as
              // the subject: "Sione Falaniko said his brother had been
              // "pretty quiet". / "...," Falaniko said.")
              // (Whether or not they spoke there: "Kenji Okada, 81, planted
              // the first trees in 1968. / "...," Okada said.")
              if (a.block < block_index_ &&
                  !(a.subject &&
                    text_.compare(a.pos, a.name.size(), a.name) == 0)) {
                continue;
              }
              // (Not a relative of the person the piece is about, so
              // described where named: "Her mother, Lucia Ferreira, ...
              // "...," Ferreira says".)
              // (Any actor of the name at that place may hold the role.)
              int m2 = m;
              while (m2 > 0 && actors_[m2 - 1].pos == a.pos) --m2;
              bool kin = false;
              for (; m2 < n && actors_[m2].pos == a.pos; ++m2) {
                kin |= actors_[m2].name == a.name &&
                       RolesHaveKin(actors_[m2].roles);
              }
              if (!kin) {
                full = a.name;
                person = true;
              }
              break;
            }
          }
        }
        // "Kauffman, 71, said none of his children ...": of the people
        // sharing the surname, the one of the sex of the pronoun after it.
        if (k == 0 && np.name_tokens[0] == 1 && np.gender == 0 &&
            !people_by_last_.empty()) {
          auto same =
              people_by_last_.find(NameText(np.name_b[0], np.name_e[0]));
          if (same != people_by_last_.end() && same->second.size() >= 2) {
            if (const char g = PronounGenderAfter(FirstTokenAt(np.name_e[0]));
                g != 0) {
              bool known = false;
              std::string of_sex =
                  FullNameOfSex(np.name_b[0], np.name_e[0], g, &known);
              if (of_sex.find(' ') != std::string::npos) {
                full = std::move(of_sex);
                person = true;
              }
            }
          }
        }
        // "said Kauffman, who is not related to Brenda Kauffman": of the
        // people sharing the surname, not the one named in full after it in
        // the same sentence.
        if (k == 0 && np.name_tokens[0] == 1 && !people_by_last_.empty() &&
            full.find(' ') != std::string::npos) {
          const size_t from = np.name_e[0];
          size_t to = text_.find_first_of(".\n", from);
          if (to == std::string_view::npos) to = text_.size();
          to = std::min(to, from + 160);
          if (text_.substr(from, to - from).find(full) !=
              std::string_view::npos) {
            auto same =
                people_by_last_.find(NameText(np.name_b[0], np.name_e[0]));
            if (same != people_by_last_.end()) {
              for (const std::string& other : same->second) {
                // (Another first name: not a fuller form of the same.)
                if (other.find(' ') != std::string::npos &&
                    other.compare(0, other.find(' '), full, 0,
                                  full.find(' ')) != 0) {
                  full = other;
                  person = true;
                  break;
                }
              }
            }
          }
        }
        // "the elder Ferreira said", "the younger Lau said": of the people
        // sharing the surname, the parent or the child.
        if (k == 0 && (np.name_tokens[0] == 1 || particle_surname)) {
          const std::string bare = NameText(np.name_b[0], np.name_e[0]);
          auto same =
              people_by_last_.empty()
                  ? people_by_last_.end()
                  : people_by_last_.find(bare.substr(bare.rfind(' ') + 1));
          // (Before the title if any: "the younger Mr Onodera".)
          const size_t at =
              np.title_b < np.name_b[0] ? np.title_b : np.name_b[0];
          const std::string_view before_name =
              text_.substr(at >= 12 ? at - 12 : 0, at >= 12 ? 12 : at);
          const bool elder = before_name.ends_with("the elder ") ||
                             before_name.ends_with("The elder ") ||
                             before_name.ends_with("the older ") ||
                             before_name.ends_with("The older ");
          const bool younger = before_name.ends_with("the younger ") ||
                               before_name.ends_with("The younger ");
          if (same != people_by_last_.end() && (elder || younger)) {
            if (std::string one = ParentOrChild(same->second, elder, pos, at);
                !one.empty()) {
              full = std::move(one);
              person = true;
            }
          } else if ((elder || younger) &&
                     bare.find(' ') == std::string::npos) {
            // ("the younger Sato" after "Sato Kenji" and "Sato Takumi": a
            // family name written first.)
            std::vector<std::string> first_same;
            for (const auto& [where, who] : named_people_) {
              if (where < pos && who.size() > bare.size() + 1 &&
                  who.compare(0, bare.size(), bare) == 0 &&
                  who[bare.size()] == ' ' &&
                  std::find(first_same.begin(), first_same.end(), who) ==
                      first_same.end()) {
                first_same.push_back(who);
              }
            }
            if (std::string one = ParentOrChild(first_same, elder, pos, at);
                !one.empty()) {
              full = std::move(one);
              person = true;
            }
          }
        }
        if (!nicknames_.empty()) {
          auto nick = nicknames_.find(NameText(np.name_b[k], np.name_e[k]));
          if (nick != nicknames_.end()) {
            full = nick->second;
            person = true;
          }
        }
        // "Barb and Dale Hutchins": a first name before "and" stays as
        // written when the name after it gives the shared surname.
        if (k + 1 < np.nnames && np.name_tokens[k] == 1 &&
            np.name_tokens[k + 1] >= 2) {
          std::string_view next = text_.substr(
              np.name_b[k + 1], np.name_e[k + 1] - np.name_b[k + 1]);
          std::string_view surname = next.substr(next.rfind(' ') + 1);
          if (full.size() > surname.size() &&
              full.compare(full.size() - surname.size(), surname.size(),
                           surname.data(), surname.size()) == 0) {
            full = NameText(np.name_b[k], np.name_e[k]);
          }
        }
        // ("the Argentine Naval Prefecture welcomed ... the Prefecture
        // said": "the" and a capitalised word no name was registered under
        // are the last word of a body's name given before.)
        // ("the Jefferson County Sheriff's Office ... the Sheriff's Office
        // said": or two words after "the", the last a body's word.)
        const bool the_body =
            !after_the && k == 0 && np.nnames == 1 && np.name_tokens[0] == 2 &&
            np.name_b[0] >= 4 &&
            (text_.compare(np.name_b[0] - 4, 4, "the ") == 0 ||
             text_.compare(np.name_b[0] - 4, 4, "The ") == 0) &&
            qi::IsOrgSuffix(written.substr(written.rfind(' ') + 1));
        if ((after_the || the_body) && k == 0 &&
            full.size() == written.size() && full.size() >= 4) {
          const std::string ending = " " + full;
          const int n = static_cast<int>(actors_.size());
          for (int m = n - 1; m >= 0 && m >= n - 200; --m) {
            const Actor& a = actors_[m];
            // (Its last byte first: most names end otherwise.)
            if (a.name.size() <= ending.size() ||
                a.name.back() != ending.back() || a.pos >= np.b || a.unnamed ||
                !a.name.ends_with(ending) ||
                // (A body's name may open with one: "the Jefferson County
                // Sheriff's Office ... the Sheriff's Office said".)
                (!a.org && qi::MaybeFirstName(std::string_view(a.name).substr(
                               0, a.name.find(' '))))) {
              continue;
            }
            full = a.name;
            person = false;
            break;
          }
          // ("captain of the Ipswich Kookaburras ... The Kookaburras
          // said": or, where no actor has it, a capitalised word before it
          // in the text, no first name.)
          const size_t lo = np.b > kArticleBytes ? np.b - kArticleBytes : 0;
          const std::string_view before = text_.substr(lo, np.b - lo);
          // (Searched for by its capitalised word, not the space before it:
          // a search from a space stops at every word.)
          for (size_t cap = before.find(full);
               full.size() == written.size() && cap != std::string_view::npos;
               cap = before.find(full, cap + 1)) {
            if (cap == 0 || before[cap - 1] != ' ') continue;
            const size_t at = cap - 1;
            size_t wb = at;
            while (wb > 0 && before[wb - 1] != ' ' && before[wb - 1] != '\n') {
              --wb;
            }
            const std::string_view w = before.substr(wb, at - wb);
            const size_t end = at + ending.size();
            if (w.size() >= 3 && w[0] >= 'A' && w[0] <= 'Z' &&
                (end == before.size() ||
                 !(before[end] >= 'A' && before[end] <= 'z')) &&
                !qi::MaybeFirstName(w) &&
                !qi::IsFunctionWord(absl::AsciiStrToLower(
                    absl::string_view(w.data(), w.size()))) &&
                !(wb >= 1 && before[wb - 1] == '\n')) {
              full = std::string(w) + ending;
              person = false;
              // ("The Jefferson County Sheriff's Office ... the Sheriff's
              // Office said": a body's name goes on over the words before,
              // a first name's too.)
              while (the_body && wb >= 2 && before[wb - 1] == ' ') {
                size_t vb = wb - 1;
                while (vb > 0 && before[vb - 1] != ' ' &&
                       before[vb - 1] != '\n') {
                  --vb;
                }
                const std::string_view v = before.substr(vb, wb - 1 - vb);
                if (v.size() < 2 || !(v[0] >= 'A' && v[0] <= 'Z') ||
                    qi::IsFunctionWord(absl::AsciiStrToLower(
                        absl::string_view(v.data(), v.size()))) ||
                    !(v.back() >= 'a' && v.back() <= 'z')) {
                  break;
                }
                full = std::string(v) + " " + full;
                wb = vb;
              }
            }
          }
        }
        // ("the U.S. Department of Energy granted ... the Energy
        // Department said": a department or ministry named the other way
        // round, as the text named it before.)
        if (np.name_tokens[k] == 2 && full.size() == written.size() &&
            (written.ends_with(" Department") ||
             written.ends_with(" Ministry"))) {
          const size_t sp = written.find(' ');
          const std::string other = std::string(written.substr(sp + 1)) +
                                    " of " + std::string(written.substr(0, sp));
          const size_t lo = np.b > kArticleBytes ? np.b - kArticleBytes : 0;
          const std::string_view before = text_.substr(lo, np.b - lo);
          const size_t at = before.find(other);
          const size_t end =
              at == std::string_view::npos ? at : at + other.size();
          if (at != std::string_view::npos &&
              (end == before.size() ||
               !(before[end] >= 'A' && before[end] <= 'z'))) {
            // (With the capitalised words before it: "U.S.", "Washington
            // State".)
            size_t b = at;
            while (b >= 2 && before[b - 1] == ' ' && before[b - 2] != ',') {
              size_t wb = b - 1;
              while (wb > 0 && before[wb - 1] != ' ' &&
                     before[wb - 1] != '\n') {
                --wb;
              }
              const std::string_view w = before.substr(wb, b - 1 - wb);
              if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z') ||
                  qi::IsFunctionWord(absl::AsciiStrToLower(
                      absl::string_view(w.data(), w.size())))) {
                break;
              }
              b = wb;
            }
            full = std::string(before.substr(b, end - b));
            person = false;
          }
        }
        if (full != NameText(np.name_b[k], np.name_e[k])) changed = true;
        if (np.gender && k == 0) gender_[full] = np.gender;
        std::string first, last;
        NameEnds(full, &first, &last);
        if (qi::IsOrgSuffix(last) || qi::IsOrgSuffix(first)) org = true;
        // "B.C. Ministry of Water, Land and Resource Stewardship": a body's
        // word before its "of".
        if (!org && (full.find(" of ") != std::string::npos ||
                     full.find(" for ") != std::string::npos)) {
          std::string_view rest = full;
          for (size_t sp = rest.find(' '); sp != std::string_view::npos;
               sp = rest.find(' ')) {
            std::string_view word = rest.substr(0, sp);
            if (word == "of" || word == "for") break;
            if (qi::IsOrgSuffix(word)) org = true;
            // ("The City of Ekurhuleni said": a local authority.)
            if (rest.size() == full.size() &&
                rest.substr(sp + 1).starts_with("of ") &&
                qi::IsLocalAuthorityWord(word)) {
              org = true;
            }
            rest.remove_prefix(sp + 1);
          }
        }
        // ("said Sutrisno, 46, who sells": an age after a name of one word
        // says a person.)
        const std::string_view after = text_.substr(np.name_e[k], 6);
        const size_t age_end = after.find_first_not_of("0123456789", 2);
        const bool aged =
            after.size() >= 4 && after[0] == ',' && after[1] == ' ' &&
            age_end != std::string_view::npos && age_end >= 3 && age_end <= 5 &&
            (after[age_end] == ',' || after[age_end] == '.');
        if (!person && np.gender == 0 && !np.person_hint && !aged &&
            (np.name_tokens[k] > 1 ||
             qi::FirstNameGender(NameText(np.name_b[k], np.name_e[k])) == 0)) {
          all_person = false;
        }
        // ("The Department of Health and Human Services said" read as two
        // names: the first one's full name already has the second.)
        if (k > 0 &&
            name.find(" and " + NameText(np.name_b[k], np.name_e[k])) !=
                std::string::npos) {
          continue;
        }
        // ("Department of Housing, Local Government and Heritage": nor
        // the last of a list whose full name holds the one before it.)
        if (k > 0 && full.size() > written.size() + 5 &&
            full.ends_with(written) &&
            full.compare(full.size() - written.size() - 5, 5, " and ") == 0 &&
            name.ends_with(std::string_view(full).substr(
                0, full.size() - written.size() - 5))) {
          full = std::string(written);
        }
        if (k > 0) name += np.name_sep[k] == ',' ? ", " : " and ";
        name += full;
      }
      // "China's Taiwan Affairs Office", "Britain's Office for National
      // Statistics": the country before a body's name is not part of it.
      if (org && np.nnames == 1) {
        const size_t sp = name.find(' ');
        if (sp != std::string::npos && sp + 1 < name.size() &&
            name[sp + 1] >= 'A' && name[sp + 1] <= 'Z') {
          const std::string_view first = std::string_view(name).substr(0, sp);
          const std::string_view bare = StripPossessive(first);
          if (bare.size() < first.size() && qi::IsNonPersonWord(bare) &&
              !qi::IsOrgSuffix(bare)) {
            name.erase(0, sp + 1);
          }
        }
      }
      if (np.org_name) {
        // "the FNV union": the organisation's full name if the text gave it
        // ("Federation of Dutch Trade Unions (FNV)").
        size_t sp = 0;
        while (np.name_b[0] + sp < np.name_e[0] &&
               text_[np.name_b[0] + sp] != ' ') {
          ++sp;
        }
        std::string key(text_.substr(np.name_b[0], sp));
        auto a = acronyms_.find(key);
        if (a != acronyms_.end()) {
          name = a->second;
          changed = true;
        } else {
          auto o = org_by_first_.find(key);
          if (o != org_by_first_.end()) {
            name = o->second;
            changed = true;
          } else {
            // ("The IG Metall union said", "the Usdaw trade union": else
            // the name without the noun of its kind.)
            // (Not "the Delhi health department", which the text names
            // so.)
            if (name.ends_with(" trade union")) {
              name.resize(name.size() - 12);
            } else if (name.ends_with(" union")) {
              name.resize(name.size() - 6);
            }
          }
        }
      }
      out->name = name;
      out->organization =
          np.org_name || (np.nnames == 1 && (org || !all_person));
      out->attribution =
          changed ? Attribution::kCoreference : Attribution::kExplicit;
      return true;
    }
    case Np::kPronoun:
    case Np::kRoleRef:
    case Np::kOrgRef: {
      char hb[32];
      std::string_view head;
      // (From the text, not the tokens: a quotation that runs on is
      // finished in a later block, whose tokens these are not.)
      if (np.kind == Np::kOrgRef || np.kind == Np::kRoleRef) {
        const std::string_view word = HeadWord(np, text_);
        if (!word.empty() && word.size() < sizeof(hb)) {
          for (size_t c = 0; c < word.size(); ++c) {
            const char ch = word[c];
            hb[c] = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
          }
          head = std::string_view(hb, word.size());
        }
      }
      // ("according to the Missouri Hospital Association ... the MHA
      // said": a role's initials, "MHA", that spell a body named before.)
      if (np.kind == Np::kRoleRef && !head.empty()) {
        const std::string_view word = HeadWord(np, text_);
        // (Not a title's initials, "the DPP said": the person after the
        // title, below.)
        if (word.size() >= 3 && word.size() <= 6 && LooksLikeAcronym(word) &&
            !qi::IsTitle(word)) {
          const std::string key(word);
          auto known = acronyms_.find(key);
          std::string full =
              known != acronyms_.end() ? known->second : SpelledOut(key, pos);
          if (!full.empty()) {
            out->name = std::move(full);
            out->organization = true;
            out->attribution = Attribution::kCoreference;
            return true;
          }
        }
      }
      // "A Division Bench of Justices S. Meenakshi Sundaram and K. Anitha
      // passed the order ... the judges said": the judges named together.
      // (And "the court observed" after "The bench of Justice X and
      // Justice Y passed the order".)
      if ((head == "judges" || head == "justices" || head == "bench" ||
           head == "court") &&
          pos > 0) {
        std::string judges = JudgesNamedBefore(pos);
        if (!judges.empty()) {
          out->name = std::move(judges);
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
      int a = -1;
      if (np.kind == Np::kRoleRef) {
        // "the Italian leader": someone described as Italian.
        for (int k = 0; k + 1 < n_; ++k) {
          if (toks_[k + 1].b != np.head_b || !Has(k, kNationality)) continue;
          char nb[32];
          std::string_view nat = Lower(k, nb);
          int limit = 0;
          for (int m = static_cast<int>(actors_.size()) - 1;
               m >= 0 && limit < 200; --m, ++limit) {
            const Actor& c = actors_[m];
            if (c.pos < pos && c.person && !c.plural &&
                c.roles.find(nat) != std::string::npos) {
              a = m;
              break;
            }
          }
          // "Vestergaard was blunter still. The Danish defender told ESPN":
          // with no one described so, the named person the sentence before
          // is about.
          if (a < 0) a = SubjectOfSentenceBefore(np.b);
          break;
        }
      }
      // "“Is there anything ...?” I ask.": the writer, in the narration;
      // in the answer to a question, the person interviewed.
      if (np.kind == Np::kPronoun && np.pronoun == Pronoun::kFirst &&
          text_.substr(np.b, np.e - np.b) == "I") {
        if (answer_ && !interviewee_.empty()) {
          out->name = interviewee_;
          out->attribution = Attribution::kCoreference;
          return true;
        }
        if (!author_.empty()) {
          out->name = author_;
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
      // "When I put it to her that the chapter feels unfinished, she shrugs.
      // "Maybe it is," she says.": after the writer's question in this
      // paragraph, "she" is the person interviewed.
      if (a < 0 && np.kind == Np::kPronoun &&
          (np.pronoun == Pronoun::kMale || np.pronoun == Pronoun::kFemale) &&
          writer_asked_ != std::string_view::npos &&
          writer_asked_ >= block_b_ && writer_asked_ < np.b) {
        // (Not when someone is named in the paragraph before the
        // question: "Kirsten Ashdown laughs when I put it to her".)
        bool named = false;
        for (int k = static_cast<int>(actors_.size()) - 1; k >= 0; --k) {
          const Actor& c = actors_[k];
          if (c.pos < block_b_) break;
          named |= c.pos < writer_asked_ && c.person && !c.unnamed;
        }
        // (Nor when the question names whom it is put to: "When I put this
        // to Whitcomb, she nodded"; it is put to "her" or "him".)
        std::string_view asked =
            text_.substr(writer_asked_, np.b - writer_asked_);
        // (The question's own sentence.)
        asked = asked.substr(0, asked.find_first_of(".?!\"\xE2"));
        bool object = false;
        for (size_t c = 1; c < asked.size() && !named; ++c) {
          if (asked[c] >= 'A' && asked[c] <= 'Z') named = true;
          if (asked[c - 1] == ' ' && c + 3 <= asked.size() &&
              (asked.compare(c, 3, "her") == 0 ||
               asked.compare(c, 3, "him") == 0) &&
              (c + 3 == asked.size() ||
               !(asked[c + 3] >= 'a' && asked[c + 3] <= 'z'))) {
            object = true;
          }
        }
        if (!named && object) {
          a = InterviewedActor(np.pronoun == Pronoun::kMale ? 'm' : 'f');
        }
      }
      // "CSK captain Rohan Sharma was left to lament heavy dew that he said
      // turned ...": a pronoun speaking inside a relative clause is the
      // person last named in its sentence.
      if (a < 0 && np.kind == Np::kPronoun &&
          (np.pronoun == Pronoun::kMale || np.pronoun == Pronoun::kFemale)) {
        int pt = 0;
        while (pt < n_ && toks_[pt].b < np.b) ++pt;
        if (pt < n_ && pt >= 2 &&
            (WordIs(pt - 1, "that") || WordIs(pt - 1, "which")) &&
            IsWordTok(pt - 2) && !toks_[pt - 2].cap &&
            CueAt(pt - 2) == nullptr && !Has(pt - 2, kFunction | kAuxiliary)) {
          int sb = pt;
          while (sb > 0 && toks_[sb - 1].sent == toks_[pt].sent) --sb;
          const char want = np.pronoun == Pronoun::kMale ? 'm' : 'f';
          for (int m = static_cast<int>(actors_.size()) - 1; m >= 0; --m) {
            const Actor& c = actors_[m];
            if (c.pos >= np.b) continue;
            if (c.pos < toks_[sb].b) break;
            if (!c.person || c.plural || c.unnamed) continue;
            const char g = ActorGender(c);
            if (g == 0 || g == want) a = m;
            break;
          }
        }
      }
      // ""I understood it as exactly that," she replied.": the person the
      // question was put to, in this paragraph or the one before.
      if (a < 0 && np.cue_e > np.cue_b && !questioned_.empty() &&
          (np.pronoun == Pronoun::kMale || np.pronoun == Pronoun::kFemale) &&
          questioned_pos_ < np.b && questioned_pos_ >= prev_block_b_) {
        const std::string_view cue =
            text_.substr(np.cue_b, np.cue_e - np.cue_b);
        const char sex = NameSex(questioned_);
        // (Or "said", in the paragraph where someone described, not named,
        // put the question: "One reporter asked Bandara whether ...
        // "...," he said".)
        const bool answer =
            cue == "replied" || cue == "answered" || cue == "responded" ||
            cue == "retorted" ||
            (questioned_by_unnamed_ && questioned_pos_ >= block_b_ &&
             (cue == "said" || cue == "says"));
        if (answer &&
            (sex == 0 || sex == (np.pronoun == Pronoun::kMale ? 'm' : 'f'))) {
          out->name = questioned_;
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
      // ("Pemberton pressed Dean Tallis on ... "I did," the witness said.":
      // the witness is the one questioned.)
      if (a < 0 && np.kind == Np::kRoleRef && head == "witness" &&
          !questioned_.empty() && questioned_pos_ < np.b &&
          questioned_pos_ >= prev_block_b_) {
        out->name = questioned_;
        out->attribution = Attribution::kCoreference;
        return true;
      }
      if (a < 0) {
        a = FindActor(pos, np.pronoun, np.kind == Np::kRoleRef,
                      np.kind == Np::kOrgRef, head);
        // "The festival's organising committee said": a body of something
        // else's, not another body of its sort, unless its name has the
        // noun.
        const std::string_view phrase = text_.substr(np.b, np.e - np.b);
        if (a >= 0 && np.kind == Np::kOrgRef && !head.empty() &&
            (phrase.find("\u2019s ") != std::string_view::npos ||
             phrase.find("'s ") != std::string_view::npos)) {
          std::string lower = actors_[a].name;
          for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
          if (lower.find(head) == std::string::npos) a = -1;
        }
        // "Her manager said": someone of that role to the one "her" stands
        // for, not the most recent person (who is likelier her); "a
        // colleague said": someone new.
        if (a >= 0 && np.kind == Np::kRoleRef && !head.empty() &&
            (phrase.starts_with("her ") || phrase.starts_with("Her ") ||
             phrase.starts_with("his ") || phrase.starts_with("His ") ||
             phrase.starts_with("their ") || phrase.starts_with("Their ") ||
             phrase.starts_with("a ") || phrase.starts_with("A ") ||
             phrase.starts_with("an ") || phrase.starts_with("An ")) &&
            !RolesSay(actors_[a].roles, head, TitlesFor(head))) {
          a = -1;
        }
      }
      if (a < 0 && np.kind == Np::kRoleRef && !head.empty() && pos > 0 &&
          np.e - np.b == head.size() + 4 &&
          (text_[np.b] == 't' || text_[np.b] == 'T') &&
          text_.compare(np.b + 1, 3, "he ") == 0) {
        // "The witness, Hauwa Ibrahim, a detective superintendent, was led
        // in evidence ... "...," the witness said": the person the text
        // named with that role between commas, in a paragraph read only for
        // its names (whose registered positions are searched, most recent
        // first: a search of the text cost 7% of ExtractQuotes on Brown).
        const size_t lo = pos > kArticleBytes ? pos - kArticleBytes : 0;
        for (auto it = named_people_.rbegin(); it != named_people_.rend();
             ++it) {
          const size_t at = it->first;
          if (at >= pos) continue;
          if (at < lo) break;
          const size_t need = head.size() + 6;  // "the " + head + ", "
          if (at < need || text_[at - 1] != ' ' || text_[at - 2] != ',' ||
              text_.compare(at - 2 - head.size(), head.size(), head) != 0 ||
              text_[at - 3 - head.size()] != ' ' ||
              text_.compare(at - 6 - head.size() + 1, 2, "he") != 0 ||
              (text_[at - 6 - head.size()] != 't' &&
               text_[at - 6 - head.size()] != 'T')) {
            continue;
          }
          const size_t e = at + it->second.size();
          if (e >= text_.size() || text_[e] != ',') continue;
          bool person = false;
          const int words = static_cast<int>(
              std::count(it->second.begin(), it->second.end(), ' ') + 1);
          out->name = FullName(at, e, words, &person);
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
      if (a < 0 && np.kind == Np::kRoleRef) {
        // "Brian Loughlin, 67, ... has been waiting. The retired bus driver
        // said": a described person of several words is the person just
        // spoken of, in this paragraph or the one before.
        std::string_view d = text_.substr(np.b, np.e - np.b);
        int spaces = 0;
        for (char c : d) spaces += c == ' ';
        // (Of one word, "the CEO said", in the paragraph where the person
        // was the subject: one person, the subject of a reporting verb.)
        bool one_said = false;
        if (spaces == 1 && d.back() != 's') {
          const int t = FirstTokenAt(np.e + 1);
          one_said = t < n_ && toks_[t].b == np.e + 1 && CueAt(t) != nullptr;
          // ("Brandt said .... The composer, who spent a decade writing
          // for television, described": or a cue after the description
          // between commas.)
          if (!one_said && np.desc_e > np.desc_b && np.desc_e < text_.size() &&
              text_[np.desc_e] == ',') {
            const int c = FirstTokenAt(np.desc_e + 1);
            one_said =
                c < n_ && toks_[c].b == np.desc_e + 2 && CueAt(c) != nullptr;
          }
          // (Or "said the butcher," after the quotation.)
          const int f = FirstTokenAt(np.b);
          if (!one_said && f >= 1 && f < n_ && toks_[f].b == np.b &&
              IsWordTok(f - 1) && CueAt(f - 1) != nullptr && f + 2 < n_ &&
              (IsPunct(f + 2, ',') || IsPunct(f + 2, '.'))) {
            one_said = true;
          }
        }
        bool opens = false;
        if (one_said && block_index_ >= 0 &&
            block_index_ < static_cast<int>(seg_.blocks.size())) {
          const std::string_view para =
              text_.substr(seg_.blocks[block_index_].begin, 3);
          opens = para.starts_with("\"") || para.starts_with("\u201c");
        }
        if ((spaces >= 2 || one_said) &&
            (d.starts_with("the ") || d.starts_with("The "))) {
          for (int k = static_cast<int>(actors_.size()) - 1;
               k >= 0 && k + 32 >= static_cast<int>(actors_.size()); --k) {
            const Actor& c = actors_[k];
            if (c.pos >= pos || !c.subject) continue;
            // (Of one word, the paragraph before too, when the quotation
            // opens its paragraph: "The director of the obstetrics service
            // ..., Ana Rita Pereira da Costa, told Lusa ..." and then
            // ""...," the doctor said".)
            if (block_index_ - c.block > (spaces >= 2 || opens ? 1 : 0)) {
              break;
            }
            if (c.person && !c.plural && !c.unnamed) a = k;
            break;
          }
        }
      }
      if (a < 0 && np.kind == Np::kRoleRef &&
          text_.substr(np.b, np.e - np.b).find("-year-old") !=
              std::string_view::npos) {
        // "the 28-year-old striker": an age points back to someone just
        // named, whatever the role word.
        a = FindActor(pos, np.pronoun, true, false, "x-year-old");
        // ("When Mr Lucas Tan and his fiancee picked a flat, the couple
        // knew ... said the 29-year-old engineer": or the person named
        // last, in this paragraph or the one before, where nobody was the
        // subject.)
        // (One whose first name is a first name: not "Bukit Merah".)
        for (auto it = named_people_.rbegin();
             a < 0 && it != named_people_.rend() && it->first >= prev_block_b_;
             ++it) {
          if (it->first >= pos) continue;
          const std::string& who = it->second;
          if (!qi::KnownFirstName(
                  std::string_view(who).substr(0, who.find(' ')))) {
            continue;
          }
          out->name = who;
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
      // "the trust" after "the Lanterns Children's Trust" (named where
      // nobody speaks, so no actor): a body named with the noun as its last
      // word, over an actor whose name lacks it.
      if (np.kind == Np::kOrgRef && head.size() > 3 && head.size() < 24) {
        std::string lower = a >= 0 ? actors_[a].name : std::string();
        for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        // (Unless the actor was described with the noun: "The Bantay
        // Katarungan Network, a human rights group, ... the group said".)
        if (lower.find(head) == std::string::npos &&
            !(a >= 0 && RolesSay(actors_[a].roles, head, TitlesFor(head)))) {
          std::string cap(head);
          cap[0] = static_cast<char>(cap[0] - 32);
          auto o = org_by_last_.find(cap);
          if (o != org_by_last_.end() && SeenBefore(o->second, pos)) {
            out->name = o->second;
            out->organization = true;
            out->attribution = Attribution::kCoreference;
            return true;
          }
        }
      }
      // "the Minister said" after "the Minister of the Blue Economy and
      // Marine Conservation, Hon. Orlando Habet-Cuellar": a title in
      // capitals with nobody so described is the person named after the
      // title and its portfolio, between commas.
      if (a < 0 && np.kind == Np::kRoleRef && !head.empty() &&
          np.e - np.b == head.size() + 4 && text_[np.b + 4] >= 'A' &&
          text_[np.b + 4] <= 'Z' &&
          qi::IsTitle(text_.substr(np.b + 4, head.size()))) {
        const std::string_view title = text_.substr(np.b + 4, head.size());
        const size_t lo = pos > kArticleBytes ? pos - kArticleBytes : 0;
        for (auto it = named_people_.rbegin(); it != named_people_.rend();
             ++it) {
          const size_t at = it->first;
          if (at >= pos) continue;
          if (at < lo) break;
          const size_t from = at > 160 ? at - 160 : 0;
          const std::string_view before = text_.substr(from, at - from);
          size_t t = std::string_view::npos;
          for (size_t f = before.find(title); f != std::string_view::npos;
               f = before.find(title, f + 1)) {
            const std::string_view rest = before.substr(f + title.size());
            if (rest.starts_with(" of ") || rest.starts_with(" for ")) t = f;
          }
          if (t == std::string_view::npos) continue;
          const std::string_view between = before.substr(t);
          const size_t comma = between.rfind(", ");
          if (comma == std::string_view::npos ||
              between.find('\n') != std::string_view::npos ||
              between.find(". ") < comma) {
            continue;
          }
          // (Only titles between the comma and the name: "Hon.".)
          bool titles = true;
          const std::string_view after = between.substr(comma + 2);
          for (absl::string_view piece :
               absl::StrSplit(absl::string_view(after.data(), after.size()),
                              ' ', absl::SkipEmpty())) {
            std::string_view w(piece.data(), piece.size());
            if (!w.empty() && w.back() == '.') w.remove_suffix(1);
            titles = titles && qi::IsTitle(w);
          }
          if (!titles) continue;
          out->name = it->second;
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
      if (a < 0 &&
          (np.pronoun == Pronoun::kMale || np.pronoun == Pronoun::kFemale)) {
        // No actor fits: the person last named before it nearby, of no
        // other sex.
        // (One known to be of its sex first.)
        const char want = np.pronoun == Pronoun::kMale ? 'm' : 'f';
        for (const char sex : {want, '\0'}) {
          for (auto it = named_people_.rbegin(); it != named_people_.rend();
               ++it) {
            if (it->first >= pos) continue;
            if (it->first + 1500 < pos) break;
            if (NameSex(it->second) != sex) continue;
            out->name = it->second;
            out->attribution = Attribution::kCoreference;
            return true;
          }
        }
      }
      if (a < 0) {
        if (np.kind == Np::kPronoun) return false;
        out->name = out->mention;
        out->organization = np.kind == Np::kOrgRef;
        out->attribution = Attribution::kExplicit;
        return true;
      }
      out->name = actors_[a].name;
      out->organization = actors_[a].org;
      if (np.kind == Np::kOrgRef || np.pronoun == Pronoun::kIt) {
        // ("Gulfway Refining said ... the company said" after "Gulfway
        // Refining Co.": the body's full name.)
        if (!actors_[a].org && !org_by_first_.empty()) {
          auto full = org_by_first_.find(out->name);
          if (full != org_by_first_.end() &&
              full->second.size() > out->name.size()) {
            out->name = full->second;
          }
        }
        org_names_.insert(out->name);
      }
      out->attribution = Attribution::kCoreference;
      if (np.pronoun == Pronoun::kMale) gender_[out->name] = 'm';
      if (np.pronoun == Pronoun::kFemale) gender_[out->name] = 'f';
      return true;
    }
    case Np::kUnnamed: {
      // ("The city of Ann Arbor, which ..., said": the local authority, by
      // its name.)
      {
        const std::string_view m = text_.substr(np.b, np.e - np.b);
        for (std::string_view lead :
             {"The city of ", "the city of ", "The town of ", "the town of ",
              "The county of ", "the county of "}) {
          if (m.size() > lead.size() + 2 && m.starts_with(lead) &&
              m[lead.size()] >= 'A' && m[lead.size()] <= 'Z' &&
              m.find(',') == std::string_view::npos) {
            const std::string_view place = m.substr(lead.size());
            bool words = true;  // capitalised words only
            for (size_t c = 0; c < place.size() && words; ++c) {
              words = place[c] != ' ' ||
                      (c + 1 < place.size() && place[c + 1] >= 'A' &&
                       place[c + 1] <= 'Z');
            }
            if (!words) break;
            std::string name(lead.substr(lead.find(' ') + 1));
            name[0] = static_cast<char>(name[0] - 'a' + 'A');
            out->name = name + std::string(place);
            out->organization = true;
            out->attribution = Attribution::kExplicit;
            return true;
          }
        }
      }
      // "the statement said": whoever issued it, the body (else the person)
      // last in subject position.
      if (DocumentNp(np)) {
        int a = -1;
        for (int k = static_cast<int>(actors_.size()) - 1;
             k >= 0 && k + 64 >= static_cast<int>(actors_.size()); --k) {
          if (actors_[k].pos < pos && actors_[k].subject) {
            a = k;
            break;
          }
        }
        if (a >= 0) {
          out->name = actors_[a].name;
          out->organization = actors_[a].org;
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
      const std::string_view m = text_.substr(np.b, np.e - np.b);
      // "The 61-year-old former mayor of Canelones said": an age opening a
      // longer description points back to someone just named, as "the
      // 28-year-old striker" does.
      if (np.person_head && (m.starts_with("The ") || m.starts_with("the "))) {
        const size_t age = m.find("-year-old ");
        if (age != std::string_view::npos && m.find(' ', 4) == age + 9) {
          const int a = FindActor(pos, np.pronoun, true, false, "x-year-old");
          if (a >= 0 && actors_[a].person && !actors_[a].unnamed &&
              !actors_[a].plural) {
            out->name = actors_[a].name;
            out->attribution = Attribution::kCoreference;
            return true;
          }
        }
      }
      // "ESB Networks said ... A spokesperson said": a bare spokesperson
      // speaks for the body that is the subject earlier in the paragraph.
      if (m.size() > 9 && (m[0] == 'a' || m[0] == 'A') && m[1] == ' ' &&
          (m.substr(2) == "spokesperson" || m.substr(2) == "spokesman" ||
           m.substr(2) == "spokeswoman")) {
        for (int k = static_cast<int>(actors_.size()) - 1;
             k >= 0 && k + 64 >= static_cast<int>(actors_.size()); --k) {
          const Actor& c = actors_[k];
          if (c.pos >= np.b) continue;
          if (c.block != block_index_) break;
          if (!c.org || !c.subject || c.unnamed || c.name.empty() ||
              c.name[0] < 'A' || c.name[0] > 'Z' || qi::IsNewsAgency(c.name)) {
            continue;
          }
          out->name = c.name;
          out->organization = true;
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
      // "The two banks said", "the companies said": the two bodies named
      // last, within the paragraphs before, in the order they came.
      const bool the_plural =
          (m.starts_with("The ") || m.starts_with("the ")) && m.back() == 's' &&
          (m.find(' ', 4) == std::string_view::npos ||
           (m.substr(4).starts_with("two ") &&
            m.find(' ', 8) == std::string_view::npos));
      if (np.org_head && !np.person_head && the_plural) {
        int first = -1, second = -1;
        for (int k = static_cast<int>(actors_.size()) - 1;
             k >= 0 && k + 64 >= static_cast<int>(actors_.size()); --k) {
          const Actor& c = actors_[k];
          if (c.pos >= pos || !c.org) continue;
          if (block_index_ - c.block > 3) break;
          if (c.name[0] < 'A' || c.name[0] > 'Z' || qi::IsNewsAgency(c.name)) {
            continue;
          }
          if (second < 0) {
            second = k;
          } else if (c.name != actors_[second].name) {
            first = k;
            break;
          }
        }
        if (first >= 0) {
          out->name = actors_[first].name + " and " + actors_[second].name;
          out->organization = true;
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
      // "A 2025 report from the Rural Health Research Collaborative found
      // ... The report described": whoever the document came from.
      if ((m.starts_with("The ") || m.starts_with("the ")) &&
          DocumentHead(np)) {
        bool person = false;
        std::string source = DocumentSource(HeadWord(np, text_), np.b, &person);
        // ("According to a police report, ... The report says": else the
        // document as first written, as an unnamed source is.)
        if (source.empty()) {
          source = IndefiniteMention(HeadWord(np, text_), np.b);
          person = true;
        }
        if (!source.empty()) {
          out->name = std::move(source);
          out->organization = !person;
          out->attribution = Attribution::kCoreference;
          return true;
        }
      }
    }
      out->name = out->mention;
      out->organization = np.org_head && !np.person_head;
      out->attribution = Attribution::kExplicit;
      // "the Ministry of Energy said": a body's capitalised name after "the".
      if (out->organization && out->name.size() > 6 &&
          (out->name.starts_with("the ") || out->name.starts_with("The ")) &&
          out->name[4] >= 'A' && out->name[4] <= 'Z') {
        bool named = true;
        for (size_t at = 4; at < out->name.size() && named;) {
          size_t e = out->name.find(' ', at);
          if (e == std::string::npos) e = out->name.size();
          const std::string_view w(out->name.data() + at, e - at);
          named = !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || w == "of" ||
                                 w == "for" || w == "and" || w == "the");
          at = e + 1;
        }
        // (A body's noun last, or a name with "of" or "for" inside.)
        named = named && (qi::IsOrgSuffix(std::string_view(out->name).substr(
                              out->name.rfind(' ') + 1)) ||
                          out->name.find(" of ") != std::string::npos ||
                          out->name.find(" for ") != std::string::npos);
        if (named) out->name.erase(0, 4);
      }
      {
        // "the software company Brightwell Data", "the UN refugee agency
        // UNHCR": a body's name after the nouns that say what it is.
        const int kb = FirstTokenAt(np.b);
        int ke = kb;
        while (ke + 1 < n_ && toks_[ke + 1].e <= np.e) ++ke;
        int r = ke;
        while (r > kb && NameTok(r) && Outside(r) && !toks_[r].poss) --r;
        // ("Turkey's disaster management agency AFAD": or a possessive.)
        if (r < ke && r > kb &&
            (WordIs(kb, "the") || (NameTok(kb) && toks_[kb].poss)) &&
            IsWordTok(r) && !toks_[r].cap && Has(r, kOrgNoun) &&
            !Has(r, kPerson)) {
          bool person = false;
          out->name = FullName(toks_[r + 1].b, toks_[ke].e, ke - r, &person);
          out->organization = true;
          org_names_.insert(out->name);
        }
      }
      return true;
    case Np::kNone:
      break;
  }
  return false;
}

// Where the author's name begins after a document's head noun at text
// position k: after " from " or " by ", or after ", published ... by"
// ("The report, published on Tuesday by the Health Standards
// Inspectorate"); npos if neither follows.
size_t Extractor::DocumentByAt(size_t k) const {
  if (k < text_.size() && text_[k] == ',') {
    // (", published on Tuesday by", within the phrase.)
    const std::string_view rest = text_.substr(k, 60);
    for (std::string_view verb :
         {", published ", ", released ", ", issued ", ", prepared ",
          ", produced ", ", compiled "}) {
      if (!rest.starts_with(verb)) continue;
      const size_t by = rest.find(" by ");
      const size_t stop = rest.find_first_of(",.;\n", 1);
      if (by != std::string_view::npos &&
          (stop == std::string_view::npos || stop > by)) {
        return k + by + 4;
      }
    }
    ++k;
  }
  const std::string_view rest = text_.substr(k, 8);
  if (rest.starts_with(" from ")) return k + 6;
  if (rest.starts_with(" by ")) return k + 4;
  return std::string_view::npos;
}

// The author named from text position k: the last run of capitalised
// words (across "of", "for" and "and") before a comma or the end of the
// phrase, past a description in lower case ("by retired High Court judge
// Mary Dowling,"); empty if none of two words at least. (*person: the
// author is a person.)
std::string Extractor::DocumentAuthorAt(size_t k, bool* person) const {
  size_t run_b = std::string_view::npos, run_e = 0;
  bool in_run = false;
  int words = 0;
  for (size_t e = k; e < text_.size() && words < 14; ++words) {
    size_t w_end = e;
    while (w_end < text_.size() && text_[w_end] != ' ' && text_[w_end] != ',' &&
           text_[w_end] != '.' && text_[w_end] != ';' && text_[w_end] != '(' &&
           text_[w_end] != '\n') {
      ++w_end;
    }
    const std::string_view w = text_.substr(e, w_end - e);
    if (w.empty()) break;
    if (w[0] >= 'A' && w[0] <= 'Z') {
      if (!in_run) run_b = e;
      in_run = true;
      run_e = w_end;
    } else if (in_run && (w == "of" || w == "for" || w == "and")) {
      // (Inside a body's name.)
    } else if (w == "the" || w == "a" || w == "an" ||
               run_b == std::string_view::npos || qi::IsRoleNoun(w) ||
               qi::IsPersonNoun(w)) {
      in_run = false;
    } else {
      break;
    }
    if (w_end >= text_.size() || text_[w_end] != ' ') break;
    e = w_end + 1;
  }
  if (run_b == std::string_view::npos) return std::string();
  std::string name = NameText(run_b, run_e);
  // (Two words at least: not "a report by Smith" alone.)
  if (name.find(' ') == std::string::npos) return std::string();
  *person =
      qi::KnownFirstName(std::string_view(name).substr(0, name.find(' ')));
  return name;
}

std::string Extractor::DocumentSource(std::string_view head, size_t before,
                                      bool* person) const {
  // Within a few paragraphs before.
  const size_t lo = before > 3000 ? before - 3000 : 0;
  for (size_t at = text_.rfind(head, before);
       at != std::string_view::npos && at >= lo && at < before;
       at = at == 0 ? std::string_view::npos : text_.rfind(head, at - 1)) {
    const size_t k = DocumentByAt(at + head.size());
    if (k == std::string_view::npos) continue;
    return DocumentAuthorAt(k, person);
  }
  return std::string();
}

std::string Extractor::IndefiniteMention(std::string_view head,
                                         size_t before) const {
  const size_t lo = before > 3000 ? before - 3000 : 0;
  const size_t at = text_.rfind(head, before);
  if (at == std::string_view::npos || at < lo || at + head.size() >= before) {
    return std::string();
  }
  // Back over up to three lower-case words to "a" or "an".
  size_t b = at;
  for (int words = 0; words < 4 && b >= 2 && text_[b - 1] == ' '; ++words) {
    size_t w = b - 1;
    while (w > 0 && text_[w - 1] >= 'a' && text_[w - 1] <= 'z') --w;
    const std::string_view word = text_.substr(w, b - 1 - w);
    if (word.empty() ||
        (qi::IsFunctionWord(word) && word != "a" && word != "an")) {
      break;  // (not "a copy of the report")
    }
    if (word == "a" || word == "an") {
      if (w > 0 && text_[w - 1] != ' ' && text_[w - 1] != '\n') break;
      return NameText(w, at + head.size());
    }
    b = w;
  }
  return std::string();
}

// Whether np is "the statement", "the release", "the letter": a document
// that speaks for whoever issued it.
bool Extractor::DocumentNp(const Np& np) const {
  if (np.kind != Np::kUnnamed || np.head_b < np.b + 4 ||
      (text_.substr(np.b, 4) != "the " && text_.substr(np.b, 4) != "The ")) {
    return false;
  }
  const std::string_view head = HeadWord(np, text_);
  return head == "statement" || head == "release" || head == "letter" ||
         head == "email" || head == "memo" || head == "filing" ||
         head == "notice" || head == "post";
}

bool Extractor::DocumentHead(const Np& np) const {
  // (An article opens it: "his letter said" is his.)
  if (np.kind != Np::kUnnamed || np.head_b < np.b + 2) return false;
  const std::string_view opening = text_.substr(np.b, 4);
  if (!(opening.starts_with("the ") || opening.starts_with("The ") ||
        opening.starts_with("a ") || opening.starts_with("A ") ||
        opening.starts_with("an ") || opening.starts_with("An "))) {
    return false;
  }
  const std::string_view head = HeadWord(np, text_);
  static constexpr std::string_view kDocuments[] = {
      "report",     "study",     "review",    "survey",     "audit",
      "analysis",   "paper",     "document",  "draft",      "ruling",
      "judgment",   "judgement", "order",     "filing",     "lawsuit",
      "indictment", "complaint", "petition",  "assessment", "findings",
      "guidance",   "proposal",  "statement", "letter",     "memo",
      "action",     "suit",      "motion"};
  for (std::string_view d : kDocuments) {
    if (head == d) return true;
  }
  return false;
}

std::string_view HeadWord(const Np& np, std::string_view text) {
  size_t he = np.head_b;
  while (he < np.e && text[he] != ' ') ++he;
  return text.substr(np.head_b, he - np.head_b);
}

bool PluralNp(const Np& np, std::string_view text) {
  if (np.kind == Np::kName) return np.nnames > 1;
  if (np.kind == Np::kPronoun) return np.pronoun == Pronoun::kPlural;
  if ((np.kind == Np::kUnnamed || np.kind == Np::kRoleRef) && np.e > np.b) {
    // ("One of the employees", "one of them": one.)
    const std::string_view whole = text.substr(np.b, np.e - np.b);
    if (whole.starts_with("One of ") || whole.starts_with("one of ")) {
      return false;
    }
    // ("A senior official at one of Kaisei's main battery suppliers": one,
    // the noun before a preposition other than "of", "a group of".)
    if (whole.starts_with("A ") || whole.starts_with("a ") ||
        whole.starts_with("An ") || whole.starts_with("an ")) {
      for (size_t sp = whole.find(' '); sp != std::string_view::npos;
           sp = whole.find(' ', sp + 1)) {
        const std::string_view rest = whole.substr(sp + 1);
        if (rest.starts_with("of ")) break;
        if (rest.starts_with("at ") || rest.starts_with("for ") ||
            rest.starts_with("with ") || rest.starts_with("from ") ||
            rest.starts_with("in ")) {
          return false;
        }
      }
    }
    const std::string_view m = HeadWord(np, text);
    return !m.empty() && m.back() == 's' &&
           (m.size() < 2 || m[m.size() - 2] != 's');
  }
  return false;
}

namespace {

// Nouns that make the possessor an organisation: "OpenAI's board".
bool IsOrgPart(std::string_view lower) {
  static constexpr std::string_view kParts[] = {
      "board",        "shares",    "stock",       "investors",  "headquarters",
      "spokesperson", "spokesman", "spokeswoman", "employees",  "staff",
      "workers",      "founder",   "chairman",    "subsidiary", "stake",
      "profits",      "profit",    "revenue",     "sales",      "earnings",
      "shareholders", "chief",     "executives",  "ceo",        "products",
      "customers",    "website",   "app",         "platform",   "software",
      "factory",      "factories", "plant",       "stores",     "brand",
      "parent",       "unit"};
  for (std::string_view p : kParts) {
    if (lower == p) return true;
  }
  return false;
}

}  // namespace

// What the appositive after a name (toks_[j] is its comma) says it is:
// 1 an organisation ("Solvang Foods, the Danish maker of frozen meals,"),
// 2 a person ("Sheng Ronghua, vice-minister at the CAC,"), 0 unknown.
int Extractor::AppositiveKind(int j) const {
  if (!IsPunct(j, ',')) return 0;
  char buf[32];
  int kind = 0;
  // A body's name in it, before the head noun: "a University of South
  // Florida professor" is a person; "the University of Leeds" a body.
  bool in_name = false;
  bool name_of_body = false;
  for (int k = j + 1; k < n_ && k <= j + 10 && IsWordTok(k) && Outside(k);
       ++k) {
    std::string_view w = Lower(k, buf);
    // An appositive is a noun phrase; a verb means the comma closed
    // something else ("Joanne Pryce, was told by the council").
    if (Has(k, kAuxiliary) || CueAt(k) != nullptr ||
        (k == j + 1 && Has(k, kClause))) {
      // (After its head noun, a participle: "Kallby Energi, the Swedish
      // battery start-up once hailed as ...,".)
      if (kind != 0 && !Has(k, kAuxiliary) && IsWordTok(k - 1) &&
          WordIs(k + 1, "as")) {
        break;
      }
      return 0;
    }
    if (toks_[k].cap && k > j + 1 && Has(k, kOrgNoun | kOrgSuffixWord) &&
        !Has(k, kPerson | kRole)) {
      in_name = name_of_body = true;
      continue;
    }
    if (in_name && (Equals(w, "of") || Equals(w, "for") || Equals(w, "and")) &&
        k + 1 < n_ && toks_[k + 1].cap) {
      continue;
    }
    if (in_name && toks_[k].cap && !Has(k, kPerson | kRole)) continue;
    in_name = false;
    // ("Carla Benningfield, a Republican whose district includes Caney
    // County,": a relative clause says what else there is.)
    if (Equals(w, "of") || Equals(w, "at") || Equals(w, "in") ||
        Equals(w, "for") || Equals(w, "who") || Equals(w, "which") ||
        Equals(w, "that") || Equals(w, "by") || Equals(w, "with") ||
        Equals(w, "from") || Equals(w, "to") || Equals(w, "on") ||
        Equals(w, "whose") || Equals(w, "where")) {
      break;
    }
    // The head noun decides: "cabinet member for leisure" is a person.
    if (Has(k, kOrgNoun)) {
      kind = 1;
      // "Nadia Bensaïd, a crane operator": a noun of bodies and of people
      // both is a person's when the name has a first name.
      if (Has(k, kPerson | kRole)) {
        int f = j - 1;
        while (f - 1 >= 0 && NameTok(f - 1) && !toks_[f - 1].poss) --f;
        if (f < j && qi::FirstNameGender(W(f)) != 0) kind = 2;
      }
    } else if (Has(k, kPerson | kRole)) {
      kind = 2;
    }
  }
  return kind == 0 && name_of_body ? 1 : kind;
}

void Extractor::NoteQuestioned(int t) {
  Np name = NameRunForward(t, n_);
  if (!name.found() || name.kind != Np::kName || name.nnames != 1) return;
  bool person = false;
  std::string full =
      name.gender != 0
          ? FullNameOfSex(name.name_b[0], name.name_e[0], name.gender, &person)
          : FullName(name.name_b[0], name.name_e[0], name.name_tokens[0],
                     &person);
  if (full.find(' ') == std::string::npos) return;
  questioned_ = std::move(full);
  questioned_pos_ = toks_[t].b;
  // ("One reporter asked Bandara whether": by someone described, not
  // named.)
  questioned_by_unnamed_ = t >= 2 && IsWordTok(t - 2) && !toks_[t - 2].cap &&
                           Has(t - 2, kPerson | kRole);
}

// Someone unnamed as the subject from "a", "an" or "one" at token t.
bool Extractor::AddUnnamedSubject(int t, bool in_clause) {
  // "A Senate Republican aide disputed that account.", "A hospital
  // executive in Missouri put it bluntly.": someone unnamed is the
  // subject, for a later "the aide" or "the executive".
  bool person_word = false;  // (a cheap test first: most have none)
  {
    for (int k = t + 1; k < n_ && k <= t + 6 && IsWordTok(k) && !person_word;
         ++k) {
      person_word = !toks_[k].cap && Has(k, kPerson | kRole);
    }
  }
  if (person_word && Outside(t + 1)) {
    Np np = UnnamedForward(t, std::min(n_, t + 12));
    if (np.found() && np.kind == Np::kUnnamed && np.person_head &&
        !np.org_head) {
      // (Up to its verb: not "A hospital executive in Missouri put it
      // bluntly".)
      for (int k = t + 2; k < n_ && toks_[k].b < np.e; ++k) {
        if (IsWordTok(k) && !toks_[k].cap &&
            (CueAt(k) != nullptr || Has(k, kAuxiliary))) {
          np.e = toks_[k - 1].e;
          break;
        }
      }
      // (In a clause, only before its verb in the past: "after a graduate
      // student in the lab raised concerns", not "after a chance meeting
      // with the American pianist Walter Pemberton, she".)
      if (in_clause) {
        const int v = FirstTokenAt(np.e);
        if (v >= n_ || !IsWordTok(v) || toks_[v].cap || WordIs(v, "named") ||
            WordIs(v, "called") ||
            !((W(v).size() > 3 && W(v).ends_with("ed")) ||
              qi::IsIrregularPast(W(v)) || Has(v, kAuxiliary))) {
          return false;
        }
        // (Its person noun before any preposition.)
        for (int k = t + 1; k < v && !Has(k, kPerson | kRole); ++k) {
          if (!IsWordTok(k) || Has(k, kFunction)) return false;
        }
      }
      Speaker s;
      s.name = NameText(np.b, np.e);
      // ("A man who gave his name only as Travis said he": the name.)
      int hi = t + 1;
      while (hi < n_ && hi < t + 24 && toks_[hi].sent == toks_[t].sent &&
             Outside(hi)) {
        ++hi;
      }
      for (int k = t + 2; k + 1 < hi; ++k) {
        if (!CueAt(k) && !Has(k, kAuxiliary)) {
          if (!WordIs(k, "as") || !NameTok(k + 1)) continue;
          if (!NamingAs(k, t + 1)) continue;
          Np name = NameRunForward(k + 1, hi);
          if (name.found() && name.kind == Np::kName) {
            bool person = false;
            s.name = FullName(name.name_b[0], name.name_e[0],
                              name.name_tokens[0], &person);
          }
        }
        break;
      }
      // ("A Corvalis spokeswoman declined to comment. ... the company
      // said": the body the unnamed person speaks for is mentioned too.)
      for (int k = t + 1; k < n_ && toks_[k].b < np.e; ++k) {
        if (!NameTok(k) || (k > t + 1 && NameTok(k - 1))) continue;
        const int e = NameEnd(k, n_);
        if (e >= n_ || toks_[e - 1].poss || !IsWordTok(e) ||
            !(W(e).starts_with("spokes") || WordIs(e, "official") ||
              WordIs(e, "executive") || WordIs(e, "representative"))) {
          break;
        }
        bool person = false;
        Speaker body;
        body.name = FullName(toks_[k].b, toks_[e - 1].e, e - k, &person);
        if (!person && body.name.find(' ') != std::string::npos &&
            org_pos_.contains(
                absl::string_view(body.name.data(), body.name.size()))) {
          body.organization = true;
          AddActor(toks_[k].b, body, false, -1, /*subject=*/false);
        }
        break;
      }
      AddActor(toks_[t].b, s, PluralNp(np, text_), -1, true, s.name);
      return true;
    }
  }
  return false;
}

// A name that opens a sentence is in subject position: "Xi's data vision",
// "Tesla, for example, was", "Thandiwe Mokoena, who led ...".
void Extractor::AddSentenceActor(int t) {
  if (!NameTok(t) || !Outside(t) || OpeningAdverb(t)) return;
  // "Born Lorraine Mabry in Tupelo, she grew up": a participle phrase; the
  // subject after it is the person of that first name named before.
  if (Equals(W(t), "Born")) {
    if (NameTok(t + 1) && Outside(t + 1)) {
      auto f =
          by_first_.find(absl::string_view(W(t + 1).data(), W(t + 1).size()));
      if (f != by_first_.end()) {
        Speaker who;
        who.name = f->second;
        AddActor(toks_[t].b, who, false, -1, /*subject=*/true, std::string());
      }
    }
    return;
  }
  if (toks_[t].initial) {
    // "U.S. District Judge Lorna Whitfield admonished": past the country's
    // initials when a title follows.
    int k = t;
    while (k < n_ && toks_[k].initial) ++k;
    if (k >= t + 2) {
      for (int m = k; m < n_ && m < k + 4 && NameTok(m); ++m) {
        if (Has(m, kTitleWord)) {
          AddSentenceActor(k);
          break;
        }
      }
    }
    // ("M. Pandiyammal, a farm labourer from Thiruvaiyaru,": but one
    // initial and a surname before a comma are a person's name, read as
    // any other.)
    if (!(k == t + 1 && k < n_ && NameTok(k) && !toks_[k].initial &&
          !Has(k, kTitleWord) && IsPunct(k + 1, ','))) {
      return;
    }
  }
  // "Minister of Tourism and International Transport, Senator the Hon.
  // Jerome Springer-Hinds, insisted": a title and its portfolio, then the
  // person between commas, who is the subject (and the minister).
  // ("The Anglican Bishop of Nakuru, the Rt Rev Samuel Wambugu, called":
  // after "The" and an adjective too.)
  int tt = t;
  if (WordIs(t, "the") && t + 2 < n_ && Has(t + 1, kTitleWord)) {
    tt = t + 1;
  } else if (WordIs(t, "the") && t + 3 < n_ && NameTok(t + 1) &&
             Has(t + 2, kTitleWord) && !Has(t + 1, kTitleWord)) {
    tt = t + 2;
  } else if (t + 3 < n_ && NameTok(t) && !Has(t, kTitleWord) &&
             Has(t + 1, kTitleWord) &&
             (WordIs(t + 2, "of") || WordIs(t + 2, "for"))) {
    tt = t + 1;  // ("Regional Director of Health Services, Dr. X, said")
  }
  if (Has(tt, kTitleWord) && tt + 3 < n_ &&
      (WordIs(tt + 1, "of") || WordIs(tt + 1, "for"))) {
    const int t0 = t;
    t = tt;
    int c = t + 2;
    while (c < n_ && c < t + 12 && Outside(c) &&
           (NameTok(c) || WordIs(c, "and") || WordIs(c, "the"))) {
      ++c;
    }
    int hi = c + 1;
    while (hi < n_ && hi < c + 10 && Outside(hi) && !IsPunct(hi, ',') &&
           toks_[hi].sent == toks_[t].sent) {
      ++hi;
    }
    if (c > t + 2 && c < n_ && IsPunct(c, ',') && hi < n_ && IsPunct(hi, ',')) {
      int f = c + 1;
      // (Past titles and "the Hon.": "Senator the Hon. Jerome ...".)
      while (f + 1 < hi && (Has(f, kTitleWord) || WordIs(f, "the"))) ++f;
      const int e = NameEnd(f, hi);
      if (e == hi && e - f >= 2 && NameTok(f) && !HasOrgSuffix(f, e - 1) &&
          !toks_[e - 1].poss) {
        bool person = false;
        Speaker who;
        who.name = FullName(toks_[f].b, toks_[e - 1].e, e - f, &person);
        if (person) {
          std::string roles;
          char rb[32];
          for (int k = t; k < c; ++k) {
            if (!IsWordTok(k)) continue;
            roles += Lower(k, rb);
            roles += ' ';
          }
          AddActor(toks_[f].b, who, false, -1, /*subject=*/true,
                   std::move(roles));
          return;
        }
      }
    }
    t = t0;
  }
  // "Sky Sports pundit Carl Fenwick-Adeyemi believes": a body's name, a
  // role in lower case, then the person, who is the subject.
  {
    // (Not "The" or "His": "The broadcaster Tomas Quinlan".)
    int k = t;
    while (k < n_ && k < t + 4 && NameTok(k) && !toks_[k].poss &&
           !Has(k, kFunction)) {
      ++k;
    }
    int r = k;
    while (r < n_ && r < k + 2 && IsWordTok(r) && !toks_[r].cap &&
           Has(r, kRole | kPerson) && !Has(r, kFunction)) {
      ++r;
    }
    if (k > t && r > k && r < n_ && NameTok(r) && Outside(r) &&
        qi::MaybeFirstName(W(r)) && !Has(r, kTitleWord)) {
      const int e = NameEnd(r, n_);
      if (e - r >= 2 && e - r <= 4 && !HasOrgSuffix(r, e - 1) &&
          !toks_[e - 1].poss) {
        bool person = false;
        Speaker who;
        who.name = FullName(toks_[r].b, toks_[e - 1].e, e - r, &person);
        if (person) {
          AddActor(toks_[r].b, who, false, -1, /*subject=*/true,
                   std::string(
                       text_.substr(toks_[t].b, toks_[r - 1].e - toks_[t].b)));
          return;
        }
      }
    }
  }
  // "Scottish Labour’s Morag Findlay, who sits on the committee, called":
  // a body's name in the possessive, then the person, its subject.
  {
    int k = t;
    while (k < n_ && k < t + 3 && NameTok(k) && !toks_[k].poss) ++k;
    if (k < n_ && k < t + 3 && NameTok(k) && toks_[k].poss && k + 2 < n_ &&
        NameTok(k + 1) && NameTok(k + 2) && Outside(k + 1) &&
        qi::MaybeFirstName(W(k + 1)) && !Has(k + 1, kTitleWord)) {
      const int e = NameEnd(k + 1, n_);
      if (e - (k + 1) >= 2 && e - (k + 1) <= 3 && !HasOrgSuffix(k + 1, e - 1) &&
          !toks_[e - 1].poss) {
        bool person = false;
        Speaker who;
        who.name =
            FullName(toks_[k + 1].b, toks_[e - 1].e, e - (k + 1), &person);
        if (person) {
          AddActor(
              toks_[k + 1].b, who, false, -1, /*subject=*/true,
              std::string(text_.substr(toks_[t].b, toks_[k].e - toks_[t].b)));
          return;
        }
      }
    }
  }
  char buf[32];
  std::string_view w = Lower(t, buf);
  // "Her sister was blunter.": the relative of the one "her" stands for,
  // named before with the same surname, is the subject (for a "she"
  // after it). Not "Her sister, Ana, ..." (an appositive names her).
  if ((Equals(w, "her") || Equals(w, "his")) && IsWordTok(t + 1) &&
      !toks_[t + 1].cap && Outside(t + 1) && IsWordTok(t + 2) &&
      toks_[t + 2].sent == toks_[t].sent) {
    char kb[32];
    const std::string_view kin = Lower(t + 1, kb);
    // (Not "His father was a tobacco warehouse laborer": who he was, in a
    // life's story, not someone speaking now.)
    const bool described =
        (WordIs(t + 2, "was") || WordIs(t + 2, "is")) &&
        (WordIs(t + 3, "a") || WordIs(t + 3, "an") || WordIs(t + 3, "the"));
    if (qi::IsKinNoun(kin) && !described) {
      const int owner = FindActor(
          toks_[t].b, Equals(w, "her") ? Pronoun::kFemale : Pronoun::kMale,
          false, false, "", 32);
      if (owner >= 0 && actors_[owner].person && !actors_[owner].unnamed) {
        Speaker who;
        who.name = RelativeOf(actors_[owner].name, qi::KinSex(kin));
        if (!who.name.empty()) {
          AddActor(toks_[t].b, who, false, -1, /*subject=*/true,
                   std::string(kin));
          return;
        }
      }
    }
  }
  // "A Senate Republican aide disputed that account.": someone unnamed.
  if ((Equals(w, "a") || Equals(w, "an") || Equals(w, "one")) &&
      AddUnnamedSubject(t)) {
    return;
  }
  // ("Meanwhile, a Sindh energy department official, who requested
  // anonymity, said": so after an opening word and a comma.)
  if (IsPunct(t + 1, ',') &&
      (w == "meanwhile" || w == "however" || w == "separately" ||
       w == "elsewhere" || w == "earlier" || w == "later" || w == "still" ||
       w == "instead" || w == "nonetheless" || w == "nevertheless" ||
       w == "moreover" || w == "yesterday" || w == "today" ||
       w == "afterwards" || w == "previously" || w == "similarly" ||
       w == "likewise" || w == "indeed" || w == "overnight") &&
      IsWordTok(t + 2) && Outside(t + 2) &&
      toks_[t + 2].sent == toks_[t].sent &&
      (WordIs(t + 2, "a") || WordIs(t + 2, "an") || WordIs(t + 2, "one")) &&
      AddUnnamedSubject(t + 2)) {
    return;
  }
  // "But Alcaraz was unconvinced.": the name after an opening conjunction
  // is the subject.
  if ((Equals(w, "but") || Equals(w, "and") || Equals(w, "yet")) &&
      t + 1 < n_ && NameTok(t + 1) && Outside(t + 1) &&
      toks_[t + 1].sent == toks_[t].sent) {
    AddSentenceActor(t + 1);
    return;
  }
  // "In her post, Whitcombe also addressed the security argument
  // directly:": the name after an opening phrase is the subject.
  if ((Equals(w, "in") || Equals(w, "at") || Equals(w, "on") ||
       Equals(w, "after") || Equals(w, "during")) &&
      !NameTok(t + 1)) {
    for (int k = t + 1; k + 1 < n_ && k <= t + 8 && Outside(k); ++k) {
      if (!IsWordTok(k) && !IsPunct(k, ',')) break;
      if (!IsPunct(k, ',')) continue;
      if (NameTok(k + 1) && Outside(k + 1) && !toks_[k + 1].poss) {
        AddSentenceActor(k + 1);
      }
      break;
    }
  }
  if (qi::IsFunctionWord(w) && NameTok(t + 1) && Outside(t + 1)) {
    // "On Okafor-Reyes, he added": what the sentence is about, not who
    // speaks in it.
    if (Equals(w, "on") || Equals(w, "about") || Equals(w, "of")) return;
    // "The Hennepin County Sheriff's Office is urging": a body whose name
    // has a possessive inside, then a body's word, is the subject.
    if (Equals(w, "the")) {
      const int e = NameEnd(t + 1, n_);
      if (e - (t + 1) >= 2 && e < n_ && toks_[e - 1].poss && NameTok(e) &&
          Outside(e)) {
        const int e2 = NameEnd(e, n_);
        // (Not one that goes on: "The U.S. Attorney's Office for the
        // Eastern District of Michigan".)
        if (e2 > e && HasOrgSuffix(e, e2 - 1) && !toks_[e2 - 1].poss &&
            !(e2 < n_ &&
              (WordIs(e2, "for") || WordIs(e2, "of") || WordIs(e2, "in")))) {
          AddBodyActor(t + 1, e2 - 1, /*subject=*/true);
          return;
        }
      }
    }
    AddMentionActor(t + 1);  // "The Ministry of ..."
    // "In Bowen, cafe owner Jenny Russo spent ...": after a place, the
    // sentence's subject.
    if (Equals(w, "in") || Equals(w, "at") || Equals(w, "from") ||
        Equals(w, "outside")) {
      int k = t + 1;
      while (k < n_ && k < t + 6 && NameTok(k)) ++k;
      if (k + 1 < n_ && IsPunct(k, ',') && toks_[k + 1].sent == toks_[t].sent) {
        int hi = k + 1;
        while (hi < n_ && hi < k + 12 && toks_[hi].sent == toks_[t].sent &&
               Outside(hi)) {
          ++hi;
        }
        Np np = NpForward(k + 1, hi, false);
        if (OneFullName(np)) {
          bool person = false;
          Speaker who;
          who.name =
              FullName(np.name_b[0], np.name_e[0], np.name_tokens[0], &person);
          if (person) {
            AddActor(np.name_b[0], who, false, -1, /*subject=*/true,
                     std::string(text_.substr(toks_[k + 1].b,
                                              np.name_b[0] - toks_[k + 1].b)));
          }
        }
      }
    }
    return;
  }
  Pronoun pronoun = qi::FindPronoun(w);
  // "Her hero was her supervisor, ...": the person "her" stands for is
  // what the sentence is about.
  if (Equals(w, "his")) pronoun = Pronoun::kMale;
  if (Equals(w, "her")) pronoun = Pronoun::kFemale;
  if (pronoun != Pronoun::kNone) {
    // "She thinks for a long time. "...": the person the pronoun stands
    // for is the subject again, for a quotation with no cue after it.
    if (pronoun == Pronoun::kMale || pronoun == Pronoun::kFemale) {
      // "I ask whether she thinks of herself as ... She considers the
      // question": after the writer's question, the person interviewed.
      if (writer_asked_ != std::string_view::npos &&
          writer_asked_ >= block_b_ && writer_asked_ < toks_[t].b) {
        const int k = InterviewedActor(pronoun == Pronoun::kMale ? 'm' : 'f');
        if (k >= 0) {
          Speaker s;
          s.name = actors_[k].name;
          AddActor(toks_[t].b, s, false, -1, true, std::string());
          return;
        }
      }
      int a = FindActor(toks_[t].b, pronoun, false, false, "", 32);
      if (a >= 0) {
        Speaker s;
        s.name = actors_[a].name;
        const bool unnamed = actors_[a].unnamed;
        const int first_block = actors_[a].described_block;
        AddActor(toks_[t].b, s, false, -1, true, std::string());
        // ("Her mother ... She raised three children": someone unnamed
        // stays as far from a later "she" as where she was described.)
        if (unnamed && !actors_.empty() && actors_.back().name == s.name) {
          actors_.back().described_block = first_block;
        }
        // "Her editor at Fourth Estate, Caroline Ashby, says": a person
        // described by a relation to her; a "she" paragraphs later is
        // more likely her again (see FindActor).
        if (Equals(w, "his") || Equals(w, "her")) {
          int k = t + 1;
          bool noun = false;
          bool kin = false;  // a relation that shares a surname
          char kb[32];
          while (k < n_ && k < t + 7 && IsWordTok(k) && !IsPunct(k, ',') &&
                 Outside(k) && CueAt(k) == nullptr && !Has(k, kAuxiliary)) {
            noun |= !toks_[k].cap && Has(k, kPerson | kRole);
            kin = qi::IsKinNoun(Lower(k, kb));
            ++k;
          }
          // ("His younger brother Eoin (27) will start": the first name
          // right after the relation, no commas.)
          for (int m = t + 2; m < k && m <= t + 4; ++m) {
            if (!NameTok(m) || toks_[m].poss || !IsWordTok(m - 1) ||
                toks_[m - 1].cap || !qi::IsKinNoun(Lower(m - 1, kb))) {
              continue;
            }
            const size_t sp = s.name.rfind(' ');
            if (NameEnd(m, n_) == m + 1 && !unnamed &&
                sp != std::string::npos &&
                s.name.find('-', sp) == std::string::npos &&
                !Has(m, kNonPerson | kOrgSuffixWord | kTitleWord) &&
                !by_first_.contains(
                    absl::string_view(W(m).data(), W(m).size()))) {
              RegisterPersonName(std::string(W(m)) + s.name.substr(sp));
            }
            break;
          }
          if (noun && k + 1 < n_ && IsPunct(k, ',') && NameTok(k + 1)) {
            secondary_pos_ = toks_[k + 1].b;
            secondary_of_ = actors_[a].name;
            // "Danny Rourke ... His older brother, Caleb, watches": a first
            // name alone after a relation is the first name of someone of
            // that family name.
            const size_t sp = s.name.rfind(' ');
            // (Not a double-barrelled name, often one taken on marriage.)
            if (kin && NameEnd(k + 1, n_) == k + 2 && IsPunct(k + 2, ',') &&
                !unnamed && sp != std::string::npos &&
                s.name.find('-', sp) == std::string::npos &&
                !by_first_.contains(
                    absl::string_view(W(k + 1).data(), W(k + 1).size()))) {
              RegisterPersonName(std::string(W(k + 1)) + s.name.substr(sp));
            }
            // "Her son, Emmanuel Addo, a graduate, said": the person so
            // named is the sentence's subject, after the one "her" is.
            const int e = NameEnd(k + 1, n_);
            if (e - (k + 1) >= 2 && IsPunct(e, ',') && Outside(e - 1)) {
              bool person = false;
              Speaker named;
              named.name =
                  FullName(toks_[k + 1].b, toks_[e - 1].e, e - k - 1, &person);
              if (person) {
                AddActor(toks_[k + 1].b, named, false, -1, /*subject=*/true,
                         std::string(text_.substr(
                             toks_[t + 1].b, toks_[k - 1].e - toks_[t + 1].b)));
              }
            }
          }
        }
      }
    }
    return;
  }
  // "The study's authors, led by ...", "Prosecutors had asked": people
  // described, not named, as the subject.
  // (Not a surname that merely ends like an agent noun: "Mercer"; nor the
  // first name of someone named before, "Tyler finished with 41 points".)
  if (qi::IsFunctionWord(w) ||
      ((qi::IsPersonNoun(w) || qi::IsOrgNoun(w)) && !NameTok(t + 1) &&
       !by_last_.contains(absl::string_view(W(t).data(), W(t).size())) &&
       (Has(t, kRole) ||
        !by_first_.contains(absl::string_view(W(t).data(), W(t).size())) ||
        !qi::KnownFirstName(W(t))))) {
    // (Not an opening clause's: "When the U11 team's volunteer coach
    // stepped down, nobody else put up a hand.")
    if (Equals(w, "when") || Equals(w, "while") || Equals(w, "if") ||
        Equals(w, "although") || Equals(w, "though") || Equals(w, "because") ||
        Equals(w, "once") || Equals(w, "before") || Equals(w, "after") ||
        Equals(w, "until") || Equals(w, "since") || Equals(w, "as")) {
      return;
    }
    // (Nor a participle's agent: "Asked by the family's barrister why
    // ..., he said".)
    if (w.size() > 4 && w.ends_with("ed") && WordIs(t + 1, "by")) return;
    // Only with a possessive ("The study's authors"): a subject with a
    // reporting verb is found by AddNarrativeActor anyway.
    bool poss = false;
    for (int k = t; k < n_ && k <= t + 3 && IsWordTok(k); ++k) {
      poss |= toks_[k].poss;
    }
    // "The judge also disqualified him.": the person so described earlier
    // is the subject again, for a "she said" that follows.
    if (!poss && Equals(w, "the") && t + 1 < n_ && IsWordTok(t + 1) &&
        !toks_[t + 1].cap && Has(t + 1, kRole)) {
      int e = t + 2;  // "the judge", "the chief executive"
      while (e < n_ && e < t + 4 && IsWordTok(e) && !toks_[e].cap &&
             Has(e, kRole)) {
        ++e;
      }
      Np role = UnnamedForward(t, e);
      Speaker s;
      if (role.found() && role.kind == Np::kRoleRef &&
          ResolveInto(role, toks_[t].b, &s) && !s.organization &&
          s.attribution == Attribution::kCoreference) {
        AddActor(toks_[t].b, s, false, -1, true, std::string());
      }
      return;
    }
    if (!poss) return;
    Np np = UnnamedForward(t, std::min(n_, t + 12));
    bool described = false;  // "The study's authors", not "The president"
    for (int k = t; k < n_ && toks_[k].b < np.e; ++k) {
      described |= toks_[k].poss;
    }
    int after = t;
    while (after < n_ && toks_[after].b < np.e) ++after;
    bool named = IsPunct(after, ',') && NameTok(after + 1);  // ", Arjun M.,"
    if (np.found() && np.person_head && np.kind != Np::kOrgRef && !named &&
        (np.kind != Np::kRoleRef || described)) {
      Speaker s;
      s.name = NameText(np.b, np.e);
      AddActor(toks_[t].b, s, PluralNp(np, text_), -1, true, s.name);
    }
    return;
  }
  int j = NameEnd(t, n_);
  // "Deputy Public Prosecutor (DPP) Tan Wei Ming sought": a title and its
  // initials in brackets; the subject is the one named after them.
  if (const int after = NameAfterTitleInitials(t, n_); after >= 0) {
    AddSentenceActor(after);
    return;
  }
  // "Cross-examining, Adrian Coyle, KC, suggested": a participle opening
  // the sentence; the subject is named after it.
  if (j == t + 1 && j + 1 < n_ && IsPunct(j, ',') && W(t).size() > 5 &&
      W(t).ends_with("ing") &&
      !by_last_.contains(absl::string_view(W(t).data(), W(t).size())) &&
      qi::FirstNameGender(W(t)) == 0) {
    if (NameTok(j + 1)) AddSentenceActor(j + 1);
    return;
  }
  // "Millbrook City have sacked their head coach": a club named for its
  // town, with a plural verb, for a later "the club said". ("Villa have
  // won their past 11 home matches": any name with a verb in the plural
  // is a team or a body, nobody's "he" or "she".)
  // (Not a plural noun opening the sentence: "Locals have".)
  if (j - t <= 3 && j < n_ && !toks_[j - 1].poss &&
      (j - t >= 2 || W(t).back() != 's') &&
      (WordIs(j, "have") || WordIs(j, "are") || WordIs(j, "were"))) {
    const bool club =
        j - t >= 2 && (Equals(W(j - 1), "City") || Equals(W(j - 1), "United") ||
                       Equals(W(j - 1), "Town") || Equals(W(j - 1), "County"));
    Speaker s;
    s.name = NameText(toks_[t].b, toks_[j - 1].e);
    s.organization = true;
    org_names_.insert(s.name);
    AddActor(toks_[t].b, s, false, -1, true, club ? "club" : "");
    return;
  }
  // "Regional Drought Resilience NSW this week extended its drought
  // mapping": a name with no first name whose own verb phrase says "its" is
  // a body, for a later "the agency said".
  if (j - t >= 2 && j - t <= 5 && j < n_ && !toks_[j - 1].poss &&
      IsWordTok(j) && !toks_[j].cap && !qi::MaybeFirstName(W(t)) &&
      !HasOrgSuffix(t, j - 1)) {
    for (int k = j; k < n_ && k < j + 8 && Outside(k) && IsWordTok(k) &&
                    toks_[k].sent == toks_[t].sent;
         ++k) {
      if (WordIs(k, "his") || WordIs(k, "her") || WordIs(k, "their") ||
          WordIs(k, "he") || WordIs(k, "she") || WordIs(k, "who")) {
        break;
      }
      if (WordIs(k, "its")) {
        Speaker s;
        s.name = NameText(toks_[t].b, toks_[j - 1].e);
        s.organization = true;
        org_names_.insert(s.name);
        AddActor(toks_[t].b, s, false, -1, true, "");
        return;
      }
    }
  }
  // "Japan's health ministry approved ...": a body described, not named.
  if (toks_[j - 1].poss && IsWordTok(j) && !toks_[j].cap) {
    Np body = UnnamedForward(t, std::min(n_, t + 8));
    if (body.found() && body.org_head && !body.person_head) {
      Speaker s;
      s.name = NameText(body.b, body.e);
      s.organization = true;
      AddActor(toks_[t].b, s, false, -1, true, s.name);
      return;
    }
    // "McAllister's neighbour, Sione Fifita, left": the person named after
    // the comma is the subject; "Smith's lawyer left": not Smith.
    if (body.found() && body.person_head) {
      int after = j;
      while (after < n_ && toks_[after].b < body.e) ++after;
      // ("Ruiz's son Javier, 34, who runs", "Prendergast's younger brother
      // Seán, a corner-back,": or a first name inside the phrase, with no
      // comma before it.)
      char kb[32];
      const bool inside = after - 2 >= j && after < n_ && IsPunct(after, ',') &&
                          NameTok(after - 1) && !NameTok(after - 2) &&
                          IsWordTok(after - 2) &&
                          qi::IsKinNoun(Lower(after - 2, kb));
      const int name_at = inside ? after - 1 : after + 1;
      if (name_at < n_ && (inside || IsPunct(after, ',')) && NameTok(name_at) &&
          Outside(name_at)) {
        // "Mr Radley's wife, Claire,": a first name alone after a relation
        // is the first name of someone of that family name.
        const int start = NameStart(t, j - 1, nullptr);
        const bool kin = IsWordTok(name_at - 1 - !inside) &&
                         qi::IsKinNoun(Lower(name_at - 1 - !inside, kb));
        if (kin && start < j && NameEnd(name_at, n_) == name_at + 1 &&
            IsPunct(name_at + 1, ',') &&
            !by_first_.contains(
                absl::string_view(W(name_at).data(), W(name_at).size()))) {
          bool person = false;
          std::string owner = FullName(
              toks_[start].b, toks_[j - 1].b + StripPossessive(W(j - 1)).size(),
              j - start, &person);
          const size_t sp = owner.rfind(' ');
          if (person && sp != std::string::npos &&
              owner.find('-', sp) == std::string::npos) {
            RegisterPersonName(std::string(W(name_at)) + owner.substr(sp));
          }
        }
        AddSentenceActor(name_at);
      }
      return;
    }
  }
  // "Deccan chairman Gurpreet Singh Sandhu sat": the body only describes
  // the person named after the role.
  {
    // ("Red Bull team principal Stefan Aigner": words before the role.)
    int r = j;
    while (r < n_ && r < j + 3 && IsWordTok(r) && Outside(r) && !toks_[r].cap &&
           !Has(r, kFunction) && CueAt(r) == nullptr) {
      ++r;
    }
    while (r > j && !Has(r - 1, kPerson | kRole)) --r;
    if (r > j && r < n_ && NameTok(r) && Outside(r) && !toks_[j - 1].poss) {
      AddMentionActor(t);
      AddSentenceActor(r);
      return;
    }
  }
  // "Idaho Department of Water Resources Director Russell Baird told": a
  // body's name over "of", then a title and the person, who is the
  // subject.
  if (j + 3 < n_ && WordIs(j, "of") && Has(j - 1, kOrgSuffixWord) &&
      !toks_[j - 1].poss) {
    int m = j + 1;
    if (WordIs(m, "the")) ++m;
    const int e = NameEnd(m, n_);
    for (int p = m + 1; p + 1 < e; ++p) {
      if (!Has(p, kTitleWord) || IsPortfolio(W(p)) || Has(p, kOrgSuffixWord)) {
        continue;
      }
      AddBodyActor(t, p - 1, /*subject=*/false);
      AddSentenceActor(p);
      return;
    }
  }
  Np np;
  StripName(&np, t, j - 1, 0);
  if (np.nnames == 0) return;
  np.kind = Np::kName;
  np.b = np.name_b[0];
  np.e = np.name_e[0];
  int tokens = np.name_tokens[0];
  int appositive = AppositiveKind(j);
  bool org = appositive == 1;
  // Only the name itself, not its titles ("Council President X").
  bool acronym = false;  // "Radio DJ whose ...": no person's name
  // (A place's word before a body's is part of its name: "Grand Harbour
  // Land Holdings".)
  bool non_person = false;
  for (int k = NameStart(t, j - 1, nullptr); k < j; ++k) {
    if (Has(k, kOrgSuffixWord)) {
      org = true;
    } else if (Has(k, kNonPerson)) {
      non_person = true;
    }
    std::string_view x = W(k);
    acronym |= LooksLikeAcronym(x);
  }
  if (non_person && !org) return;
  if (acronym && !org && tokens >= 2) return;
  // "Environmental groups called ...", "Republican lawmakers said": an
  // adjective before a plural noun of people or bodies.
  // (Not a person's name known before: "Dale remembers".)
  if (tokens == 1 && !toks_[j - 1].poss && IsWordTok(j) && !toks_[j].cap &&
      W(j).size() > 3 && W(j).back() == 's' &&
      !by_first_.contains(
          absl::string_view(text_.data() + np.b, np.e - np.b)) &&
      !by_last_.contains(absl::string_view(text_.data() + np.b, np.e - np.b))) {
    const std::string_view plural = Lower(j, buf);
    if (Has(j, kPerson | kOrgNoun) ||
        qi::IsOrgNoun(plural.substr(0, plural.size() - 1))) {
      return;
    }
  }
  Speaker s;
  if (tokens == 1) {
    std::string name = NameText(np.b, np.e);
    bool person;
    // ("Ms. Pruitt sat" after "Gerald Pruitt ... His wife, Linda Pruitt":
    // the one of the title's sex.)
    std::string full = FullName(np.b, np.e, 1, &person);
    if (np.gender != 0) {
      bool known = false;
      std::string of_sex = FullNameOfSex(np.b, np.e, np.gender, &known);
      if (of_sex.find(' ') != std::string::npos) {
        full = std::move(of_sex);
        person = known;
      }
    } else if (person && !people_by_last_.empty()) {
      // "Kauffman, 71, said none of his children ...": of the people
      // sharing the surname, the one of the sex of the pronoun after it.
      auto same = people_by_last_.find(name);
      if (same != people_by_last_.end() && same->second.size() >= 2) {
        if (const char g = PronounGenderAfter(j); g != 0) {
          bool known = false;
          std::string of_sex = FullNameOfSex(np.b, np.e, g, &known);
          if (of_sex.find(' ') != std::string::npos) full = std::move(of_sex);
        }
      }
    }
    bool proper = proper_.contains(absl::string_view(name.data(), name.size()));
    bool org_part =
        toks_[j - 1].poss && IsWordTok(j) && IsOrgPart(Lower(j, buf));
    // "Tolu posted that his crew ...", "Thiaguinho, on loan, took his
    // tally to 11", "Odessa is early, which she says is a first": one name,
    // seen before inside a sentence or a known first name, with "his" or
    // "her" after it is a person's.
    bool first_name = !person && !org_part && !org && qi::KnownFirstName(name);
    // ("Pali, his 28-seat restaurant off Flinders Lane, opened": "his"
    // opens what the name is, a thing of someone's.)
    if (!person && IsPunct(j, ',') &&
        (WordIs(j + 1, "his") || WordIs(j + 1, "her") ||
         WordIs(j + 1, "their"))) {
      char tb[32];
      for (int k = j + 2; k < n_ && k <= j + 6 && IsWordTok(k); ++k) {
        if (qi::IsThingNoun(Lower(k, tb)) || Has(k, kOrgNoun)) {
          things_.insert(std::string(name));
          return;
        }
      }
    }
    if (!person && !org_part && !org && (proper || first_name)) {
      char g = PronounGenderAfter(j);
      if (g != 0) {
        person = true;
        if (!gender_.contains(full)) gender_[full] = g;
      }
    }
    // "Odessa is early": a first name alone opening a sentence is a person
    // (the records leave out everyday words: "Hope", "May").
    if (first_name) person = true;
    // "Suharti, 52, who sells fried snacks": so is one name with an age.
    if (!person && !org_part && !org && IsPunct(j, ',') && j + 2 < n_ &&
        IsWordTok(j + 1) && toks_[j + 1].digit &&
        toks_[j + 1].e - toks_[j + 1].b <= 3 && IsPunct(j + 2, ',')) {
      person = true;
    }
    // "Ms. Calloway recorded ...": a title with a sex is a person's.
    if (!person && np.gender != 0) person = true;
    // ("EPA on Tuesday finalized a rule": capitals alone opening the
    // sentence are a body's.)
    const bool capitals = !person && name.size() >= 3 && name.size() <= 8 &&
                          std::all_of(name.begin(), name.end(), [](char c) {
                            return c >= 'A' && c <= 'Z';
                          });
    if (capitals) org = true;
    if (!person && !proper && appositive == 0 && !org_part &&
        !IsPunct(j, ',') && !capitals) {
      return;
    }
    if (org_part) org = true;
    s.name = full;
    s.organization = org || (!person && appositive != 2);
  } else {
    if (!ResolveInto(np, toks_[t].b, &s)) return;
    s.organization = org;
  }
  if (s.organization) org_names_.insert(s.name);
  if (!s.organization) {
    named_subject_ = {block_b_, toks_[t].sent};
    NoteGenderAfter(s.name, j);
  }
  AddActor(toks_[t].b, s, false, -1, true,
           RolesAround(t, j) + std::string(text_.substr(
                                   toks_[t].b, np.name_b[0] - toks_[t].b)));
  // "Tessa Quinn and Rafe Halloran are officially husband and wife": the
  // two together too, for a later "the couple".
  if (!s.organization && tokens >= 2 && WordIs(j, "and") && j + 1 < n_ &&
      NameTok(j + 1) && Outside(j + 1) && !Has(j + 1, kTitleWord)) {
    const int e2 = NameEnd(j + 1, n_);
    if (e2 - (j + 1) >= 2 && e2 < n_ && IsWordTok(e2) && !toks_[e2].cap &&
        !toks_[e2 - 1].poss && !HasOrgSuffix(j + 1, e2 - 1)) {
      bool person = false;
      std::string second =
          FullName(toks_[j + 1].b, toks_[e2 - 1].e, e2 - (j + 1), &person);
      if (person && second.find(' ') != std::string::npos) {
        Speaker both;
        both.name = s.name + " and " + second;
        AddActor(toks_[t].b, both, /*plural=*/true, -1, /*subject=*/true,
                 std::string());
      }
    }
  }
}

int Extractor::InterviewedActor(char want) const {
  const std::string who = MostSpokenOf();
  for (int k = static_cast<int>(actors_.size()) - 1; k >= 0 && !who.empty();
       --k) {
    if (actors_[k].name != who) continue;
    const char g = ActorGender(actors_[k]);
    return g == 0 || g == want ? k : -1;
  }
  return -1;
}

std::string Extractor::MostSpokenOf() const {
  absl::flat_hash_map<std::string_view, int> counts;
  std::string_view best;
  int most = 0;
  for (const Actor& a : actors_) {
    if (!a.person || a.unnamed || !a.subject || a.name == author_) continue;
    int n = ++counts[a.name];
    if (n > most) {
      most = n;
      best = a.name;
    }
  }
  return std::string(best);
}

void Extractor::NoteGenderAfter(const std::string& name, int j) {
  // (Only where the word lists say nothing sure of the first name: "Mwila",
  // "Sione"; birth records of one country may be wrong about "Minh".)
  bool guessed = false;
  if ((qi::FirstNameGender(std::string_view(name).substr(0, name.find(' ')),
                           &guessed) == 0 ||
       guessed) &&
      !gender_.contains(name)) {
    char g = PronounGenderAfter(j);
    if (g != 0) gender_[name] = g;
  }
}

// 'm' or 'f' when the first personal pronoun after token j in its
// sentence, before anyone else is named, is male or female ("Sione Fifita
// left with his wife"); else 0.
char Extractor::PronounGenderAfter(int j) const {
  // (A name read from an earlier block, before this block's first token,
  // has no sentence here.)
  if (j <= 0 || j > n_) return 0;
  char buf[32];
  for (int k = j; k < n_ && k < j + 24 && toks_[k].sent == toks_[j - 1].sent;
       ++k) {
    if (!IsWordTok(k) || !Outside(k)) continue;
    if (toks_[k].cap && k > j && NameTok(k) &&
        qi::FindPronoun(Lower(k, buf)) == Pronoun::kNone) {
      // A place or a body after a preposition ("on loan from Brazilian
      // side Vitória, took his"), or a nationality, is nobody else.
      int p = k - 1;
      while (p > j && NameTok(p)) --p;
      if (Has(k, kNationality) ||
          (IsWordTok(p) && !toks_[p].cap &&
           (WordIs(p, "from") || WordIs(p, "on") || WordIs(p, "at") ||
            WordIs(p, "in") || WordIs(p, "for") || WordIs(p, "of") ||
            WordIs(p, "side") || WordIs(p, "club")))) {
        continue;
      }
      return 0;  // someone else: "told Tom about his"
    }
    std::string_view w = Lower(k, buf);
    // "Arrieta, who has worked with her since": a relative clause speaks of
    // others.
    // (Unless it names someone: "who helped search for Mr Baird on the day
    // he died, said the district had been "rocked" by his death".)
    if (w == "who" || w == "whom" || w == "which") {
      bool named = false;
      while (k + 1 < n_ && !IsPunct(k + 1, ',') &&
             toks_[k + 1].sent == toks_[j - 1].sent) {
        ++k;
        // (A person's: titled or with a first name, not "in Portland".)
        named |= NameTok(k) && NameTok(k + 1) &&
                 (Has(k, kTitleWord) || qi::KnownFirstName(W(k)));
      }
      if (named) return 0;
      continue;
    }
    // An object pronoun ("told him", "with her since") is someone else;
    // "her" counts only as a possessive before its noun.
    if (w == "he" || w == "his" || w == "himself") return 'm';
    if (w == "she" || w == "herself") return 'f';
    if (w == "her" && k + 1 < n_ && IsWordTok(k + 1) && !toks_[k + 1].cap &&
        !Has(k + 1, kFunction | kClause)) {
      return 'f';
    }
    // ("Leanne Bradford, found him two hours after he left": someone else
    // is spoken of from the object on.)
    if (w == "him" || w == "her" || w == "them") return 0;
    if (Has(k, kPerson) && !toks_[k].cap) return 0;  // "her lawyer said his"
  }
  return 0;
}

// Whether the body's name at k ends before a comma or a spaced dash ("of
// FBM Builders and Supply - no relation to the undersecretary -").
bool Extractor::AsideAfterBody(int k) const {
  int e = NameEnd(k, n_);
  while (e + 1 < n_ && WordIs(e, "and") && NameTok(e + 1) && e < k + 8) {
    e = NameEnd(e + 1, n_);
  }
  return IsPunct(e, ',') ||
         (e < n_ && IsPunct(e, '-') && toks_[e].b > toks_[e - 1].e);
}

// A name inside a sentence, in subject position or an appositive to the
// subject ("opposition leader Ingrid Halvorsen set out", "The outgoing
// chairman, Pieter van der Merwe, struck"), or any organisation name
// ("the Ministry of Marine Affairs and Fisheries"). `t` starts the run.
void Extractor::AddMentionActor(int t) {
  char buf[32];
  // "the Agriculture, Fisheries and Conservation Department": one body,
  // not "Agriculture" and "Fisheries and Conservation Department".
  // (Only next to a comma or "and"; speed.)
  if ((t >= 2 && IsPunct(t - 1, ',')) ||
      (t >= 3 && WordIs(t - 1, "and") && IsPunct(t - 3, ',')) ||
      (t + 1 < n_ && IsPunct(t + 1, ','))) {
    int s = t;
    if (s - 2 >= 0 && WordIs(s - 1, "and") && NameTok(s - 2) &&
        Outside(s - 2) && NameEnd(s - 2, n_) == s - 1) {
      s -= 2;
    }
    while (s - 2 >= 0 && IsPunct(s - 1, ',') && NameTok(s - 2) &&
           Outside(s - 2) && NameEnd(s - 2, n_) == s - 1) {
      s -= 2;
    }
    const int list_end = PortfolioListEnd(s, n_);
    if (list_end > t) {
      if (s == t) {
        Speaker s_org;
        s_org.name = NameText(toks_[t].b, toks_[list_end - 1].e);
        s_org.organization = true;
        org_names_.insert(s_org.name);
        AddActor(toks_[t].b, s_org, false, -1, /*subject=*/false, "");
      }
      return;
    }
  }
  int j = NameEnd(t, n_);
  // "President of the Public Health Inspectors Union Chaminda Weerasekara":
  // a title's body, then the person's first name and surname.
  if (j - t >= 3 && t >= 3 && WordIs(t - 1, "the") && WordIs(t - 2, "of") &&
      IsWordTok(t - 3) && Has(t - 3, kTitleWord | kRole) &&
      Has(j - 3, kOrgSuffixWord)) {
    constexpr uint32_t kNotName =
        kOrgSuffixWord | kNonPerson | kFunction | kTitleWord | kRole;
    if (!Has(j - 2, kNotName) && !Has(j - 1, kNotName) &&
        !LooksLikeAcronym(W(j - 2)) && !LooksLikeAcronym(W(j - 1))) {
      j -= 2;
    }
  }
  // "the company's co-founders, Dev and Anika Malhotra,": the people a
  // plural noun names, together, for "the co-founders" or "they" later.
  if (j - t <= 2 && t >= 2 && IsPunct(t - 1, ',') && IsWordTok(t - 2) &&
      !toks_[t - 2].cap && W(t - 2).size() > 4 && W(t - 2).back() == 's' &&
      j + 2 < n_ && WordIs(j, "and") && NameTok(j + 1) &&
      qi::KnownFirstName(W(t)) && qi::KnownFirstName(W(j + 1))) {
    const int e = NameEnd(j + 1, n_);
    const std::string_view plural = W(t - 2);
    const std::string_view noun = plural.substr(0, plural.size() - 1);
    if (e - (j + 1) <= 2 && e < n_ && IsPunct(e, ',') &&
        (qi::IsRoleNoun(noun) || qi::IsPersonNoun(noun))) {
      Speaker s;
      s.name = NameText(toks_[t].b, toks_[e - 1].e);
      AddActor(toks_[t].b, s, /*plural=*/true, -1, /*subject=*/false,
               std::string(plural));
    }
  }
  // "a group calling itself Fox Prairie Parents for Transparency", "a
  // charity called Open Doors": a body so named, what "the group" is later.
  if (t >= 3 && Outside(t - 1) &&
      ((WordIs(t - 1, "itself") && WordIs(t - 2, "calling")) ||
       WordIs(t - 1, "called") || WordIs(t - 1, "named"))) {
    const int noun = WordIs(t - 1, "itself") ? t - 3 : t - 2;
    // (Not a person's name after a noun of both: "a developer named Jonah
    // Okwu".)
    const bool person_name = j - t >= 2 && j - t <= 3 &&
                             qi::KnownFirstName(W(t)) &&
                             !HasOrgSuffix(t, j - 1);
    if (IsWordTok(noun) && !toks_[noun].cap && Has(noun, kOrgNoun) &&
        !person_name &&
        (WordIs(noun - 1, "a") || WordIs(noun - 1, "an") ||
         WordIs(t - 1, "itself"))) {
      int e = j;
      while (e + 1 < n_ &&
             (WordIs(e, "for") || WordIs(e, "of") || WordIs(e, "and")) &&
             NameTok(e + 1) && e - t < 8) {
        e = NameEnd(e + 1, n_);
      }
      Speaker s;
      s.name = NameText(toks_[t].b, toks_[e - 1].e);
      s.organization = true;
      org_names_.insert(s.name);
      AddActor(toks_[t].b, s, false, -1, /*subject=*/false,
               std::string(W(noun)));
      return;
    }
  }
  // "On the call, Morgan Stanley analyst Daniel Whitcomb pressed": after
  // an opening phrase, an employer, a job in lower case and the person,
  // who is the one acting.
  if (t >= 2 && IsPunct(t - 1, ',') && j - t >= 1) {
    int r = j;
    while (r < n_ && r < j + 3 && IsWordTok(r) && !toks_[r].cap &&
           !Has(r, kFunction)) {
      ++r;
    }
    if (r > j && r < n_ && Has(r - 1, kRole) && NameTok(r) && Outside(r) &&
        NameEnd(r, n_) - r >= 2 && !toks_[j - 1].poss &&
        !qi::IsNonPersonWord(StripPossessive(W(j - 1)))) {
      Speaker s;
      s.name = NameText(toks_[t].b, toks_[j - 1].e);
      s.organization = true;
      org_names_.insert(s.name);
      AddActor(toks_[t].b, s, false, -1, /*subject=*/false);
      return;
    }
  }
  // "a high-school junior from Bay Ridge named Leo Park was explaining":
  // someone introduced by a description and "named", before the verb, is
  // the sentence's subject.
  if (t >= 3 && (WordIs(t - 1, "named") || WordIs(t - 1, "called")) &&
      j - t >= 2 && j < n_ && IsWordTok(j) && !toks_[j].cap &&
      toks_[j].sent == toks_[t].sent &&
      (Has(j, kAuxiliary) || CueAt(j) != nullptr)) {
    int m = t - 2;
    while (m >= 0 && m >= t - 9 && toks_[m].sent == toks_[t].sent &&
           IsWordTok(m) && !WordIs(m, "a") && !WordIs(m, "an")) {
      --m;
    }
    if (m >= 0 && m < t - 2 && (WordIs(m, "a") || WordIs(m, "an")) &&
        !HasOrgSuffix(t, j - 1)) {
      bool person = false;
      Speaker who;
      who.name = FullName(toks_[t].b, toks_[j - 1].e, j - t, &person);
      if (person) {
        AddActor(
            toks_[t].b, who, false, -1, /*subject=*/true,
            std::string(text_.substr(toks_[m].b, toks_[t - 2].e - toks_[m].b)));
        return;
      }
    }
  }
  // "In a letter to bondholders seen by the Financial Times, the company
  // said": the outlet that saw a document is not the body "the company"
  // means.
  {
    int k = t - 1;
    if (k >= 0 && WordIs(k, "the")) --k;
    if (k >= 1 && WordIs(k, "by") &&
        (WordIs(k - 1, "seen") || WordIs(k - 1, "obtained") ||
         WordIs(k - 1, "reviewed") || WordIs(k - 1, "viewed"))) {
      return;
    }
  }
  // "(Reuters)", "(AP)": a dateline's agency or an aside, not an actor;
  // nor "(Conservative, Coleshill North)" after a councillor's name.
  if (IsPunct(t - 1, '(') && IsPunct(j, ')')) return;
  for (int k = t - 1; k >= 0 && k >= t - 6; --k) {
    if (IsPunct(k, ')')) break;
    if (IsPunct(k, '(')) return;
  }
  // "on Tuesday, the office of ...": a day, a month or a place alone.
  if (j - t == 1 && Has(t, kNonPerson) && !Has(t, kOrgSuffixWord)) return;
  // "Every morning before dawn, Rasdi, 52, steers his boat": one name
  // after the opening phrase, with an age between commas, is a person and
  // the sentence's subject.
  if (j - t == 1 && j + 2 < n_ && t >= 1 && IsPunct(t - 1, ',') &&
      IsPunct(j, ',') && toks_[j + 1].digit && W(j + 1).size() <= 3 &&
      IsPunct(j + 2, ',') && !toks_[t].poss &&
      !Has(t, kOrgSuffixWord | kFunction | kTitleWord)) {
    bool person = false;
    Speaker s;
    s.name = FullName(toks_[t].b, toks_[t].e, 1, &person);
    NoteGenderAfter(s.name, j + 2);
    AddActor(toks_[t].b, s, false, -1, /*subject=*/true);
    return;
  }
  // Cheap tests first: most capitalised words are neither.
  int p = t - 1;
  bool before_ok =
      p < 0 || IsPunct(p, ',') || IsPunct(p, '(') || IsPunct(p, ';');
  // ("Back in The Hague, van der Hoeven is due to brief parliament": a
  // surname's particles in lower case after the comma.)
  if (!before_ok && p >= 1 && IsWordTok(p) && !toks_[p].cap &&
      Has(p, kParticle)) {
    int q = p;
    while (q - 1 >= 0 && q > p - 3 && IsWordTok(q - 1) && !toks_[q - 1].cap &&
           Has(q - 1, kParticle)) {
      --q;
    }
    before_ok = q >= 1 &&
                (IsPunct(q - 1, ',') || toks_[q - 1].sent != toks_[q].sent) &&
                by_last_.contains(absl::string_view(W(t).data(), W(t).size()));
  }
  // "Among them was Lily Tait, 17, from Kirkwall, who found ...": the
  // subject after the verb.
  if (!before_ok && p >= 1 && (WordIs(p, "was") || WordIs(p, "were"))) {
    int f = p;
    while (f - 1 >= 0 && toks_[f - 1].sent == toks_[p].sent) --f;
    before_ok = WordIs(f, "among");
  }
  // ("drive in from Milton, Randolph and Hyde Park, he said": the last of
  // a list after a preposition of place is a place.)
  if (p >= 1 && WordIs(p, "and") && NameTok(p - 1) && !HasOrgSuffix(t, j - 1)) {
    int k = p - 1;
    while (k >= 1 && k > p - 16 && (NameTok(k) || IsPunct(k, ','))) --k;
    // ("in the Agbara and Ota axis": past the article.)
    if (k >= 1 && WordIs(k, "the") && !toks_[k].cap) --k;
    if (IsWordTok(k) && !toks_[k].cap &&
        (WordIs(k, "from") || WordIs(k, "in") || WordIs(k, "to") ||
         WordIs(k, "at") || WordIs(k, "near") || WordIs(k, "across") ||
         WordIs(k, "through"))) {
      return;
    }
  }
  if (!before_ok && IsWordTok(p) && !toks_[p].cap) {
    std::string_view pw = Lower(p, buf);
    before_ok =
        qi::IsSubjectLink(pw) || qi::IsRoleNoun(pw) || qi::IsPersonNoun(pw) ||
        // ("In Neuburg, 78-year-old Helga Baumann was rescued": an age
        // after the opening phrase.)
        (EndsWith(pw, "-year-old") &&
         (p == 0 || IsPunct(p - 1, ',') || toks_[p - 1].sent != toks_[p].sent));
  }
  // "The court also heard a written statement from the Reverend Angela
  // Osei-Bonsu, vicar of ...": who wrote what is read out, for a "she
  // said in the statement" after it.
  bool author = false;
  if (!before_ok && p >= 2 && j - t >= 2) {
    const int from = WordIs(p, "the") ? p - 1 : p;
    if (from >= 1 && WordIs(from, "from") && IsWordTok(from - 1) &&
        !toks_[from - 1].cap) {
      const std::string_view noun = Lower(from - 1, buf);
      // ("That drew a sharp response from Yuko Tanaka, a lawmaker ...":
      // or words said in reply.)
      author = noun == "statement" || noun == "letter" || noun == "email" ||
               noun == "message" || noun == "tribute" || noun == "note" ||
               noun == "testimony" || noun == "submission" ||
               noun == "response" || noun == "reaction" || noun == "reply" ||
               noun == "rebuke" || noun == "criticism" || noun == "warning";
    }
    before_ok = author;
  }
  // ("Kottayam and Pathanamthitta districts": a place before its noun.)
  // ("is still chaired by a member of the founding family, Anne Halden.":
  // a person's name closing its sentence after a comma; not a book's, "a
  // new book on the topic, Retrofitting Leninism.", nor the last of a list,
  // "; and a sister, Hazel Tackett.")
  bool closing_appositive = IsPunct(j, '.') && IsPunct(p, ',') && j - t >= 2 &&
                            qi::KnownFirstName(W(t));
  for (int k = p - 1; closing_appositive && k >= 0 && k >= p - 4 &&
                      toks_[k].sent == toks_[p].sent;
       --k) {
    if (WordIs(k, "and") || IsPunct(k, ';')) closing_appositive = false;
  }
  // ("Shane Fitzgerald – no relation – said": a dash opens an aside.)
  bool after_ok =
      j >= n_ || IsPunct(j, ',') || IsPunct(j, '(') ||
      (IsPunct(j, '-') && toks_[j].b > toks_[j - 1].e) || closing_appositive ||
      (author && IsPunct(j, '.')) ||
      // ("which was read out by Presiding Judge Kim Hye-jin.": a titled
      // agent closing its sentence.)
      // (Or before where or when: "inaugurated by Education Minister Rana
      // Tariq Mehmood at a ceremony".)
      ((IsPunct(j, '.') || WordIs(j, "at") || WordIs(j, "on") ||
        WordIs(j, "in") || WordIs(j, "during")) &&
       p >= 0 && WordIs(p, "by") && j - t >= 3 &&
       (Has(t, kTitleWord) || Has(t + 1, kTitleWord))) ||
      // ("veteran striker Antônio "Toninho Jacaré" da
      // Conceição": a nickname inside the name.)
      (j + 2 < n_ && toks_[j].type == kOpen && NameTok(j + 1) &&
       (toks_[j + 2].type == kClose ||
        (j + 3 < n_ && NameTok(j + 2) && toks_[j + 3].type == kClose))) ||
      (IsWordTok(j) && !toks_[j].cap && !Has(j, kFunction) &&
       !qi::IsPlaceNoun(Lower(j, buf))) ||
      // "Senator Wade Harrington of Kansas, has"
      (j + 2 < n_ && (WordIs(j, "of") || WordIs(j, "from")) && NameTok(j + 1) &&
       AsideAfterBody(j + 1));
  // "Julian Marsh of the Woods Hole Oceanographic Institution in
  // Massachusetts, who ...": a person and the body they work for.
  if (!after_ok && j + 3 < n_ && (WordIs(j, "of") || WordIs(j, "at")) &&
      WordIs(j + 1, "the") && NameTok(j + 2)) {
    const int body_end = NameEnd(j + 2, n_);
    after_ok = body_end - (j + 2) >= 2 && HasOrgSuffix(j + 2, body_end - 1);
  }
  // ("Pitchfork reached Greg Halvorsen by phone. He said": a person's full
  // name after a verb and before a preposition, the object, is mentioned.)
  if (!after_ok && j + 1 < n_ && j - t >= 2 && p >= 1 && IsWordTok(p) &&
      !toks_[p].cap && !Has(p, kFunction | kAuxiliary | kClause) &&
      IsWordTok(j) && !toks_[j].cap && toks_[j].sent == toks_[t].sent &&
      (WordIs(j, "by") || WordIs(j, "on") || WordIs(j, "at") ||
       WordIs(j, "in") || WordIs(j, "for") || WordIs(j, "with") ||
       WordIs(j, "about") || WordIs(j, "after"))) {
    bool guessed = true;
    after_ok = qi::FirstNameGender(W(t), &guessed) != 0 && !guessed &&
               !HasOrgSuffix(t, j - 1);
  }
  bool org = false;
  for (int k = NameStart(t, j - 1, nullptr); k < j; ++k) {
    if (Has(k, kOrgSuffixWord)) org = true;
  }
  // ("PT Halmahera Mineral Persada (HMP)": a body by its initials.)
  if (!org && j - t >= 2 && !org_names_.empty() &&
      org_names_.contains(absl::string_view(text_.data() + toks_[t].b,
                                            toks_[j - 1].e - toks_[t].b))) {
    org = true;
  }
  // "the Basque publisher Erein", "the software company Brightwell Data":
  // an organisation noun just before the name says what it is.
  // (Not a noun that is as often a person's job before a person's name:
  // "producer Jonah Weil", "Sky center Keisha Brannon".)
  if (p >= 0 && IsWordTok(p) && !toks_[p].cap && Has(p, kOrgNoun) &&
      !toks_[p].poss && !PersonalNameAfterJob(p, t, j)) {
    org = true;
  }
  int e = j;
  // ("Lakshmi Menon of Kransberg Capital", "Marietjie du Plessis of ...": a
  // person's name, then the employer, is no body's name.)
  // (Only before such a word: speed, NameStart for every mention cost
  // ExtractQuotes 0.7% more instructions.)
  bool person_run = false;
  if (!org && e + 1 < n_ &&
      (WordIs(e, "of") || WordIs(e, "and") || WordIs(e, "for")) &&
      NameTok(e + 1)) {
    const int f = NameStart(t, j - 1, nullptr);
    bool particle = false;
    for (int k = f + 1; k < j - 1; ++k) particle |= !toks_[k].cap;
    person_run = j - f >= 2 && j - f <= 4 &&
                 (particle || qi::MaybeFirstName(W(f)) ||
                  by_last_.contains(
                      absl::string_view(W(j - 1).data(), W(j - 1).size())));
  }
  while (!person_run && e + 1 < n_ && Outside(e) &&
         (WordIs(e, "of") || WordIs(e, "and") || WordIs(e, "for")) &&
         NameTok(e + 1)) {
    int e2 = NameEnd(e + 1, n_);
    bool org2 = false;
    for (int k = e + 1; k < e2; ++k) {
      if (Has(k, kOrgSuffixWord)) org2 = true;
    }
    if (!org && !org2) break;
    // ("Harambee Development Bank and Tanzania's Kilimanjaro Commercial
    // Bank": a possessive after "and" opens another body's name.)
    if (WordIs(e, "and") && toks_[e2 - 1].poss && e2 < n_ && NameTok(e2)) break;
    // ("the contract between the Ministry of Defence and Capita": two
    // parties, not one body, after "between".)
    if (WordIs(e, "and") &&
        (WordIs(t - 1, "between") ||
         (WordIs(t - 1, "the") && WordIs(t - 2, "between")))) {
      break;
    }
    org = true;
    e = e2;
  }
  // "The Ministry of Trade, Industry and Energy": portfolios listed after
  // the last one. ("Department of Climate Change, Energy, the Environment
  // and Water": of any words after a ministry's "of".)
  if (org && e + 3 < n_ && IsPunct(e, ',')) {
    const bool ministry = qi::IsPortfolio(W(e - 1)) || MinistryOf(t, e);
    const int list_end = ministry ? ListedPortfoliosEnd(e, n_) : -1;
    if (list_end > e) e = list_end;
  }
  // "the National Union of Rail, Maritime and Transport Workers (RMT)": a
  // list of capitalised words after a comma, then "and" and the last, that
  // its initials in brackets close.
  if (org && e + 4 < n_ && IsPunct(e, ',') && NameTok(e + 1)) {
    int k = e;
    while (k + 1 < n_ && k < e + 12 && IsPunct(k, ',') && NameTok(k + 1)) {
      k = NameEnd(k + 1, n_);
    }
    if (k > e + 1 && WordIs(k, "and") && k + 1 < n_ && NameTok(k + 1)) {
      k = NameEnd(k + 1, n_);
      if (k + 2 < n_ && IsPunct(k, '(') && LooksLikeAcronym(W(k + 1)) &&
          IsPunct(k + 2, ')')) {
        e = k;
      }
    }
  }
  if (!org && IsPunct(e, ',') && AppositiveKind(e) == 1) org = true;
  int s0 = t;
  if (org) {
    // The end of "Port of Kestrel Authority": the name from its start.
    for (int hops = 0; hops < 3; ++hops) {
      int k = s0 - 1;
      // "U.S. Food and Drug Administration": "and" between two capitalised
      // runs, the first no person's name (not "and the"), in a public
      // body's name (not "Microsoft and Apple Inc.").
      if (WordIs(k, "and") && NameTok(k - 1) && Outside(k - 1) &&
          !qi::IsCompanyForm(W(e - 1))) {
        int s1 = k - 1;
        while (NameTok(s1 - 1) && Outside(s1 - 1) && !toks_[s1 - 1].poss) --s1;
        while (s1 < k - 1 && Has(s1, kFunction)) ++s1;  // "The Irish ..."
        if (toks_[k - 1].poss || k - s1 > 3 || Has(s1, kFunction) ||
            (!Has(s1, kNonPerson) &&  // ("Irish" is a name in the records)
             qi::KnownFirstName(W(s1)))) {
          break;
        }
        s0 = s1;
        continue;
      }
      if (WordIs(k, "the")) --k;
      if (!(WordIs(k, "of") || WordIs(k, "for")) || !NameTok(k - 1) ||
          !Outside(k - 1)) {
        break;
      }
      int s1 = k - 1;
      while (NameTok(s1 - 1) && Outside(s1 - 1) && !toks_[s1 - 1].poss) --s1;
      int b1 = s1;
      while (b1 < k - 1 && Has(b1, kFunction)) ++b1;
      // Not a person's name before "of" ("Mu Changchun of the Digital
      // Currency Research Institute"), nor people ("Members of ...").
      if (k - 1 > b1 && !HasOrgSuffix(b1, k - 1)) break;
      // (Nor "Shares of Brightwell Technologies": a plural opening the
      // sentence is a common noun.)
      if (k - 1 == b1 && !HasOrgSuffix(b1, b1) && W(b1).size() > 3 &&
          W(b1).back() == 's' &&
          (Has(b1, kPerson) || b1 == 0 ||
           toks_[b1 - 1].sent != toks_[b1].sent || IsPunct(b1 - 1, '-'))) {
        break;
      }
      s0 = s1;
    }
    // (Not the "New" of "The New York State Thruway Authority".)
    while (s0 < e - 1 && ((Has(s0, kFunction) &&
                           !(Equals(W(s0), "New") && NameTok(s0 + 1))) ||
                          PlaceAdjective(s0))) {
      ++s0;
    }
    Speaker s;
    s.name = NameText(toks_[s0].b, toks_[e - 1].e);
    s.organization = true;
    org_names_.insert(s.name);
    if (s.name.find(", ") != std::string::npos) {
      mention_end_ = std::max(mention_end_, e);
    }
    // The noun that said what it is describes it: "the company".
    std::string what;
    if (p >= 0 && IsWordTok(p) && !toks_[p].cap && Has(p, kOrgNoun)) {
      what = std::string(W(p));
    }
    // ("said Emi Sato, an analyst at Marunouchi Capital Markets": the
    // employer of someone quoted for comment is nobody's "the company".)
    if (p >= 1 && (WordIs(p, "at") || WordIs(p, "with")) && s0 == t &&
        IsWordTok(p - 1) && !toks_[p - 1].cap &&
        (WordIs(p - 1, "analyst") || WordIs(p - 1, "economist") ||
         WordIs(p - 1, "strategist"))) {
      return;
    }
    AddActor(toks_[t].b, s, false, -1, /*subject=*/false, what);
    return;
  }
  if (toks_[j - 1].poss && j - t == 1 && IsWordTok(j) &&
      IsOrgPart(Lower(j, buf))) {
    bool person;
    std::string full = FullName(toks_[t].b, toks_[t].e, 1, &person);
    if (!person && !qi::IsNonPersonWord(StripPossessive(W(t)))) {
      Speaker s;
      s.name = full;
      s.organization = true;
      org_names_.insert(s.name);
      AddActor(toks_[t].b, s, false, -1, /*subject=*/false);
    }
    return;
  }
  // "Back on her street, Loretta Pruitt's grandson Caleb": a person named
  // by a possessive before a relation is mentioned, what a "she" may be
  // when no subject fits.
  if (toks_[j - 1].poss && after_ok && before_ok && IsWordTok(j) &&
      (Has(j, kPerson | kRole) || qi::IsKinNoun(Lower(j, buf)))) {
    const int start = NameStart(t, j - 1, nullptr);
    bool person = false;
    Speaker s;
    if (j - start >= 2 && !HasOrgSuffix(start, j - 1)) {
      s.name = FullName(toks_[start].b, toks_[j - 1].e, j - start, &person);
    } else if (j - start == 1 && start > t && Has(start - 1, kTitleWord) &&
               qi::TitleGender(W(start - 1)) != 0) {
      // ("Ms Atieno's son": a title with a sex and a surname named before.)
      s.name = FullNameOfSex(toks_[start].b, toks_[start].e,
                             qi::TitleGender(W(start - 1)), &person);
      person = person && s.name.find(' ') != std::string::npos;
    }
    if (person &&
        !org_names_.contains(absl::string_view(s.name.data(), s.name.size()))) {
      AddActor(toks_[t].b, s, false, -1, /*subject=*/false);
    }
    return;
  }
  // "The new rules have suited Darragh Prendergast's game.": a person
  // named in full in the possessive is mentioned, what a "he" may be when
  // no one else in the paragraph fits.
  if (toks_[j - 1].poss && IsWordTok(j) && !toks_[j].cap) {
    const int start = NameStart(t, j - 1, nullptr);
    bool person = false;
    const std::string_view surname = StripPossessive(W(j - 1));
    const bool known =
        by_last_.contains(absl::string_view(surname.data(), surname.size()));
    if (j - start >= 2 && (qi::KnownFirstName(W(start)) || known) &&
        !HasOrgSuffix(start, j - 1)) {
      Speaker s;
      s.name = FullName(toks_[start].b, toks_[j - 1].e, j - start, &person);
      person = person && s.name.find(' ') != std::string::npos;
      if (person && !org_names_.contains(
                        absl::string_view(s.name.data(), s.name.size()))) {
        AddActor(toks_[t].b, s, false, -1, /*subject=*/false);
      }
    }
    return;
  }
  if (toks_[j - 1].poss || !after_ok) return;
  // "on the set of a period drama in Northern Ireland, she was": a place.
  if (!author && p >= 0 && IsWordTok(p) &&
      (WordIs(p, "in") || WordIs(p, "at") || WordIs(p, "near") ||
       WordIs(p, "from") || WordIs(p, "across") || WordIs(p, "outside") ||
       // ("his restaurant off Flinders Lane", "along Ocean Drive")
       WordIs(p, "off") || WordIs(p, "along") ||
       // ("Mr Danladi, who represents Bauchi South,": a constituency.)
       WordIs(p, "represents") || WordIs(p, "representing") ||
       WordIs(p, "represented"))) {
    return;
  }
  // "the Rio Kings": people's names take no article (but titles do: "from
  // the Reverend Angela Osei-Bonsu").
  if (!author && t - 1 >= 0 && WordIs(t - 1, "the")) return;
  // Before: a comma, a conjunction or a role noun; after: a comma or a
  // verb-like lower-case word.
  int start = NameStart(t, j - 1, nullptr);
  if (start >= j) return;
  if (start > t) before_ok = true;  // "Minister Wahyu Pratama"
  // A full name anywhere else, before a comma ("the voice of Fergal
  // Byrne, who"), is only mentioned: what he/she refer to when no subject
  // fits.
  // (So is one that opens with a first name, before a verb: "The first
  // thing Maren Ashdown does".)
  bool guessed = true;
  const bool first_name = !before_ok && j - start >= 2 && !IsPunct(j, ',') &&
                          qi::FirstNameGender(W(start), &guessed) != 0 &&
                          !guessed;
  // ("by Calum MacAskill (no relation), a retired ferry engineer": an
  // aside in brackets, as a comma.)
  if (!before_ok &&
      (j - start < 2 || !(IsPunct(j, ',') || IsPunct(j, '(') || first_name))) {
    // "For Feld, the damage ...": a surname of someone named before is a
    // mention, for a "he" in this paragraph.
    if (j - start == 1 && !toks_[start].poss && IsPunct(j, ',') &&
        !Has(start, kNonPerson)) {
      bool known;
      std::string full = FullName(toks_[start].b, toks_[start].e, 1, &known);
      if (known && full.find(' ') != std::string::npos &&
          !org_names_.contains(absl::string_view(full.data(), full.size()))) {
        Speaker s;
        s.name = full;
        // ("For Osman, the year has been ...": what the sentence is about,
        // as with a full name.)
        const bool topic = p >= 0 &&
                           (p == 0 || toks_[p - 1].sent != toks_[p].sent) &&
                           (WordIs(p, "for") || WordIs(p, "to"));
        AddActor(toks_[t].b, s, false, -1, /*subject=*/topic);
      }
    }
    return;  // ("his Christian Brothers school": a modifier)
  }
  for (int k = start; k < j; ++k) {
    std::string_view x = W(k);
    if (Has(k, kNonPerson)) return;
    if (LooksLikeAcronym(x)) return;
  }
  // "from Rotherham, South Yorkshire,": a region, not a person.
  {
    std::string_view x = W(start);
    if (Equals(x, "North") || Equals(x, "South") || Equals(x, "East") ||
        Equals(x, "West") || Equals(x, "Northern") || Equals(x, "Southern") ||
        Equals(x, "Eastern") || Equals(x, "Western") || Equals(x, "Central") ||
        Equals(x, "Greater")) {
      return;
    }
  }
  bool person;
  // ("Rupert Hale KC": letters after the name are not part of it.)
  int name_end = j;
  while (name_end - 1 > start && IsPostNominal(W(name_end - 1))) --name_end;
  std::string full = FullName(toks_[start].b, toks_[name_end - 1].e,
                              name_end - start, &person);
  // ("Ms Quirke said" after Siobhán and Tadhg Quirke: the one of the
  // title's sex.)
  if (name_end - start == 1 && start > t && Has(start - 1, kTitleWord)) {
    if (const char g = qi::TitleGender(W(start - 1)); g != 0) {
      bool known = false;
      std::string of_sex =
          FullNameOfSex(toks_[start].b, toks_[start].e, g, &known);
      if (of_sex.find(' ') != std::string::npos) {
        full = std::move(of_sex);
        person = true;
      }
    }
  }
  // "his sister Niamh", "Her brother, Tunde,": the noun says a person.
  int noun = p;
  if (IsPunct(p, ',') && IsWordTok(p - 1) && !toks_[p - 1].cap) noun = p - 1;
  // (A role, not a quantifier: "many Irish teenagers".)
  bool person_noun =
      noun >= 0 && IsWordTok(noun) && !toks_[noun].cap && Has(noun, kRole);
  if (j - start == 1 && Has(start, kNationality)) return;
  if (!person && j - start == 1 &&
      (qi::FirstNameGender(full) != 0 || person_noun)) {
    person = true;  // "Cathal"
  }
  // "Susan Ashworth and her husband Tom": a first name alone after a
  // relation of someone with a surname is a first name of that family.
  if (person_noun && j - start == 1 && p == noun && p - 1 >= 0 &&
      (WordIs(p - 1, "her") || WordIs(p - 1, "his")) &&
      full.find(' ') == std::string::npos && qi::IsKinNoun(Lower(p, buf))) {
    const int a =
        FindActor(toks_[p - 1].b,
                  WordIs(p - 1, "her") ? Pronoun::kFemale : Pronoun::kMale,
                  false, false, "", 32);
    if (a >= 0 && actors_[a].person && !actors_[a].unnamed) {
      // (A first name and a surname only: not "Seán Ó Súilleabháin".)
      const std::string& owner = actors_[a].name;
      const size_t sp = owner.rfind(' ');
      if (sp != std::string::npos && owner.find(' ') == sp &&
          owner.find('-', sp) == std::string::npos &&
          !by_first_.contains(absl::string_view(full.data(), full.size()))) {
        full += owner.substr(sp);
        RegisterPersonName(full);
      }
    }
  }
  if (person_noun && !gender_.contains(full)) {
    char ng = qi::NounGender(Lower(noun, buf));
    if (ng != 0) gender_[full] = ng;
  }
  if (!person) return;
  // "Bridie Flynn (79), who has taken the same seat since she was
  // widowed": a subject pronoun after "since", "when" ... in the relative
  // clause about the person, before anyone else is named, says the sex the
  // lists do not know.
  {
    int k = j;
    if (k + 2 < n_ && IsPunct(k, '(') && toks_[k + 1].digit &&
        IsPunct(k + 2, ')')) {
      k += 3;
    }
    if (k + 1 < n_ && IsPunct(k, ',') && WordIs(k + 1, "who") &&
        !gender_.contains(full)) {
      bool guessed = false;
      if (qi::FirstNameGender(std::string_view(full).substr(0, full.find(' ')),
                              &guessed) == 0 ||
          guessed) {
        for (int m = k + 2;
             m < n_ && m < k + 20 && toks_[m].sent == toks_[t].sent &&
             !IsPunct(m, ',') && Outside(m);
             ++m) {
          if (NameTok(m)) break;  // someone else named
          // (After a conjunction of time or cause, "since she was", not in
          // a clause of its own: "every record she made".)
          const bool after_link =
              WordIs(m - 1, "since") || WordIs(m - 1, "when") ||
              WordIs(m - 1, "after") || WordIs(m - 1, "until") ||
              WordIs(m - 1, "because") || WordIs(m - 1, "before") ||
              WordIs(m - 1, "while") || WordIs(m - 1, "although") ||
              WordIs(m - 1, "once");
          if (!after_link) continue;
          if (WordIs(m, "she")) {
            gender_[full] = 'f';
            break;
          }
          if (WordIs(m, "he")) {
            gender_[full] = 'm';
            break;
          }
        }
      }
    }
  }
  Speaker s;
  s.name = full;
  // After a named subject in the same sentence, a name is an object ("Kelly
  // met her lawyer, Anna Smith,"): not what he/she refer to first.
  // (A semicolon opens a clause of its own: "Thao kept her job; Kim
  // joined".)
  bool subject = before_ok &&
                 (IsPunct(p, ';') || !(named_subject_.first == block_b_ &&
                                       named_subject_.second == toks_[t].sent));
  // (So after "he" or "she" opening the sentence: "He grew up in Duluth,
  // the son of a high school wrestling coach, Walter Strand, and ...".)
  if (subject && !IsPunct(p, ';') && p >= 0) {
    int f = t;
    while (f > 0 && toks_[f - 1].sent == toks_[t].sent) --f;
    if (f < t - 2 && (WordIs(f, "he") || WordIs(f, "she"))) subject = false;
  }
  // "For Gwendolyn Baptiste, 58, ..., the drug was a turning point.": the
  // topic of the sentence, for a "she said" after it.
  if (p >= 0 && (p == 0 || toks_[p - 1].sent != toks_[p].sent) &&
      (WordIs(p, "for") || WordIs(p, "to")) && IsPunct(j, ',')) {
    subject = true;
  }
  // "addressing Mr. X", "to Ms. Y": an object, however titled.
  if (p >= 0 && IsWordTok(p) && !toks_[p].cap) {
    std::string_view pw = W(p);
    if ((pw.size() > 4 && pw.substr(pw.size() - 3) == "ing") ||
        Equals(pw, "to") || Equals(pw, "with") || Equals(pw, "against") ||
        Equals(pw, "at") || Equals(pw, "from")) {
      subject = false;
    }
    // ("covers the sector for the broker Barnard Steyn": the object of a
    // preposition, after its noun.)
    if (p >= 2 && (WordIs(p - 1, "the") || WordIs(p - 1, "a")) &&
        IsWordTok(p - 2) &&
        (WordIs(p - 2, "for") || WordIs(p - 2, "with") || WordIs(p - 2, "at") ||
         WordIs(p - 2, "from") || WordIs(p - 2, "by") || WordIs(p - 2, "to"))) {
      subject = false;
    }
  }
  // ("That drew a sharp response from Yuko Tanaka, a lawmaker ...": who
  // wrote or answered is whom a "she wrote" after it means.)
  if (author) subject = true;
  // "It was set up by Steffan Davies, who captained ...", "Among those
  // planning to join is Joe Rimmer, 74, from Walton, who ...": a person
  // brought in with a clause about them is whom a "he" after it means.
  if (!subject && IsPunct(j, ',') && j - start >= 2) {
    for (int k = j; k + 1 < n_ && k <= j + 8 &&
                    toks_[k].sent == toks_[t].sent && Outside(k);
         ++k) {
      if (IsPunct(k, ',') && WordIs(k + 1, "who")) {
        subject = true;
        break;
      }
      if (IsWordTok(k) && (CueAt(k) != nullptr || Has(k, kAuxiliary))) break;
    }
    // ("... while her husband, Cody Dunning, drove.": a person named in
    // apposition, then the verb.)
    const int v = j + 1;
    if (!subject && v < n_ && IsPunct(t - 1, ',') && IsWordTok(t - 2) &&
        !toks_[t - 2].cap && Has(t - 2, kPerson) && IsWordTok(v) &&
        !toks_[v].cap && toks_[v].sent == toks_[t].sent &&
        ((W(v).size() > 4 && EndsWith(W(v), "ed")) ||
         qi::IsIrregularPast(W(v)))) {
      subject = true;
    }
  }
  // "Down the road, Minh Tran was trying to salvage what she could": the
  // subject after an opening phrase.
  if (subject && IsPunct(p, ',') && !IsPunct(j, ',')) NoteGenderAfter(full, j);
  // ("A volunteer doctor, Nino Tsereteli, said her team": or named in
  // apposition before the verb.)
  if (subject && IsPunct(p, ',') && IsPunct(j, ',') && j + 1 < n_ &&
      IsWordTok(j + 1) && CueAt(j + 1) != nullptr) {
    NoteGenderAfter(full, j + 1);
  }
  // "Asked who ..., Nyström said he had a message from his grandfather,
  // Lennart,": the subject with its verb makes later names objects.
  if (subject && IsWordTok(j) && !toks_[j].cap) {
    named_subject_ = {block_b_, toks_[t].sent};
  }
  // ("Board chair Nicholas Pine, grandson of cofounder Walter Pine,
  // thanked": or with an appositive before the verb, when only the name's
  // description opens the sentence.)
  if (subject && IsPunct(j, ',') && p >= 0 && IsWordTok(p) && !toks_[p].cap &&
      Has(p, kRole | kPerson)) {
    int f = p;
    while (f > 0 && toks_[f - 1].sent == toks_[t].sent && IsWordTok(f - 1) &&
           (toks_[f - 1].cap || Has(f - 1, kRole | kPerson))) {
      --f;
    }
    if (f == 0 || toks_[f - 1].sent != toks_[t].sent) {
      named_subject_ = {block_b_, toks_[t].sent};
    }
  }
  const bool added = AddActor(
      toks_[t].b, s, false, -1, subject,
      RolesAround(t, j) +
          std::string(text_.substr(toks_[t].b, toks_[start].b - toks_[t].b)));
  if (!subject && added && p >= 0 && IsWordTok(p) && !toks_[p].cap &&
      W(p).size() > 3 && EndsWith(W(p), "ed")) {
    // (Only after a person as the subject: in "Pitchfork reached Greg
    // Halvorsen by phone. He said", a body's object is whom "he" means.)
    int f = t;
    while (f > 0 && toks_[f - 1].sent == toks_[t].sent) --f;
    bool body_subject = !(named_subject_.first == block_b_ &&
                          named_subject_.second == toks_[t].sent) &&
                        NameTok(f) && f < p;
    if (body_subject) {
      const int e = NameEnd(f, n_);
      const std::string_view last = StripPossessive(W(e - 1));
      body_subject =
          e == f + 1 && e <= p && !qi::KnownFirstName(W(f)) &&
          !by_last_.contains(absl::string_view(last.data(), last.size())) &&
          !Has(f, kFunction | kTitleWord | kRole | kPerson);
      body_subject |= HasOrgSuffix(f, e - 1);
    }
    if (!body_subject) actors_.back().object = true;
  }
  // "Speaking on Midlands Today, he said": the programme, or whoever was
  // spoken to, opening the sentence is not the "he" after it.
  if (!subject && added && t >= 2) {
    int f = t - 1;
    while (f > 0 && f > t - 6 && toks_[f - 1].sent == toks_[t].sent &&
           IsWordTok(f - 1) && !(WordIs(f, "on") || WordIs(f, "to"))) {
      --f;
    }
    if (f >= 1 && (WordIs(f, "on") || WordIs(f, "to")) && toks_[f - 1].cap &&
        (WordIs(f - 1, "speaking") || WordIs(f - 1, "talking")) &&
        (f == 1 || toks_[f - 2].sent != toks_[t].sent)) {
      actors_.back().object = true;
    }
  }
}

bool Extractor::Anonymous(const std::string& described, size_t before) const {
  for (size_t at = text_.find(described);
       at != std::string_view::npos && at < before;
       at = text_.find(described, at + 1)) {
    const size_t from = at + described.size();
    const std::string_view after = text_.substr(from, 80);
    for (std::string_view p :
         {"not to be named", "condition of anonymity", "declined to be named",
          "requested anonymity", "not authorised to speak",
          "not authorized to speak", "refused to be named", "not be identified",
          "declined to give"}) {
      if (after.find(p) != std::string_view::npos) return true;
    }
  }
  return false;
}

void Extractor::NameDescribedSpeakers() {
  // The story's first paragraph: the first body block long enough to be
  // prose, after a headline and a standfirst.
  int lede_block = first_body_block_ + 1;
  for (int bi = std::max(first_body_block_, 0);
       bi < static_cast<int>(seg_.blocks.size()) && bi <= first_body_block_ + 6;
       ++bi) {
    const Block& b = seg_.blocks[bi];
    if (b.kind == BlockKind::kBody && b.end - b.begin >= 160) {
      lede_block = std::max(lede_block, bi);
      break;
    }
  }
  for (size_t wi = 0; wi < works_.size(); ++wi) {
    Quote& q = works_[wi].q;
    Speaker& sp = q.speaker;
    const std::string& n = sp.name;
    // (Or the lede's someone, found for its headline's words too: "A
    // consultant surgeon who warned ... was "frozen out"".)
    const bool indefinite = n.starts_with("a ") || n.starts_with("an ") ||
                            n.starts_with("A ") || n.starts_with("An ");
    if (sp.name.empty() || sp.organization ||
        !(sp.attribution == Attribution::kExplicit ||
          (sp.attribution == Attribution::kCoreference && indefinite))) {
      continue;
    }
    // Someone new, described: "a judge said", "their union's president
    // called". Not "the judge", who was named before.
    // "The business secretary has accused ... of "..."" opening the story,
    // then "Gareth Llewellyn told ...": a lede's role, named next.
    // (Or "Malaysia’s foreign minister said on Thursday ...".)
    const size_t poss = n.find("\xE2\x80\x99s ") != std::string::npos
                            ? n.find("\xE2\x80\x99s ")
                            : n.find("'s ");
    const bool lede = (n.starts_with("The ") || n.starts_with("the ") ||
                       (poss != std::string::npos && n[0] >= 'A' &&
                        n[0] <= 'Z' && n.find(' ') > poss) ||
                       indefinite) &&
                      (q.first_block <= lede_block || wi == 0);
    // (A headline's or standfirst's bare role: "CEO says ...".)
    const bool bare = n.find(' ') == std::string::npos;
    if (!(n.starts_with("a ") || n.starts_with("an ") || n.starts_with("A ") ||
          n.starts_with("An ") || n.starts_with("their ") ||
          n.starts_with("its ") || n.starts_with("his ") ||
          n.starts_with("her ") || lede || bare)) {
      continue;
    }
    // (The head before a place or a body: "A senior emergency consultant
    // at St Lorcan's University Hospital in Dublin".)
    size_t head_end = n.size();
    for (const char* p : {" at ", " in ", " of ", " from ", " with "}) {
      head_end = std::min(head_end, n.find(p));
    }
    // (Someone who speaks for another stays unnamed: "A spokeswoman for the
    // Resources Minister", "A representative for Daniel Ashworth-Kane".)
    // ("the Minister for Health" is a minister: a capitalised title before
    // its portfolio.)
    if (const size_t for_at = n.find(" for "); for_at < head_end) {
      const size_t prev_space = n.rfind(' ', for_at - 1);
      const size_t w0 = prev_space == std::string::npos ? 0 : prev_space + 1;
      if (!(n.compare(w0, for_at - w0, "Minister") == 0 ||
            n.compare(w0, for_at - w0, "Secretary") == 0 ||
            n.compare(w0, for_at - w0, "Commissioner") == 0)) {
        continue;
      }
      head_end = for_at;
    }
    const std::string phrase = n.substr(0, head_end);
    std::string head = phrase.substr(phrase.rfind(' ') + 1);
    for (char& c : head) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    // ("A MUM-OF-TWO has told how": so is a parent of some.)
    if (!qi::IsRoleNoun(head) &&
        !(head.find("-of-") != std::string::npos && qi::IsPersonNoun(head))) {
      continue;
    }
    // (Nor "a 26-year-old man from Eritrea", too plain to be named by.)
    if (head_end < n.size() &&
        (head == "man" || head == "woman" || head == "person" ||
         head == "boy" || head == "girl")) {
      continue;
    }
    // (A spokesperson stays unnamed: a later name is someone else's.)
    if (head.starts_with("spokes")) continue;
    // The person the next paragraphs name with that role: "U.S. District
    // Judge Ramona Feliciano-Burke", "X, president of the federation".
    const TitlesOf titles = TitlesFor(head);
    // (A leader of a body named by its kind: "the head of the country's
    // biggest farmer union", whose kind is its last word.)
    std::string body_noun;
    if ((head == "head" || head == "leader" || head == "chief" ||
         head == "boss") &&
        head_end < n.size()) {
      body_noun = n.substr(n.rfind(' ') + 1);
      for (char& c : body_noun) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
      if (!qi::IsOrgNoun(body_noun) && body_noun != "union" &&
          body_noun != "association" && body_noun != "federation" &&
          body_noun != "council" && body_noun != "party" &&
          body_noun != "board" && body_noun != "society") {
        body_noun.clear();
      }
    }
    const Actor* named = nullptr;
    const Actor* lede_subject = nullptr;
    // (A lede's source may be named a few paragraphs into the story.)
    // (A lede's "a magistrate" may be named anywhere in the story.)
    const bool early = q.first_block <= lede_block || wi == 0;
    const int reach = early
                          ? (n.starts_with("a ") || n.starts_with("an ") ||
                                     n.starts_with("A ") || n.starts_with("An ")
                                 ? 40
                                 : 5)
                          : 3;
    // (Actors are in the order of their paragraphs.)
    auto from = std::partition_point(
        actors_.begin(), actors_.end(),
        [&](const Actor& a) { return a.block < q.last_block; });
    for (auto it = from; it != actors_.end(); ++it) {
      const Actor& a = *it;
      if (a.block > q.last_block + reach) break;
      if (a.pos <= q.outer.end) continue;
      // (A person's name: not "Chinese officials and executives".)
      // ("Ciarán Ó Dálaigh": a capital outside ASCII too.)
      // ("Joost van Dalen": or a particle.)
      const size_t sp1 = a.name.find(' ');
      if (!a.person || a.unnamed || a.plural || sp1 == std::string::npos ||
          !((a.name[sp1 + 1] >= 'A' && a.name[sp1 + 1] <= 'Z') ||
            static_cast<unsigned char>(a.name[sp1 + 1]) >= 0xC0 ||
            (a.name[0] >= 'A' && a.name[0] <= 'Z' &&
             a.name.find(' ', sp1 + 1) != std::string::npos &&
             IsSurnameParticle(std::string_view(a.name).substr(
                 sp1 + 1, a.name.find(' ', sp1 + 1) - sp1 - 1))))) {
        continue;
      }
      // (Nor a role of a body's: "Sinn F\u00e9in\u2019s housing
      // spokesperson".)
      if (a.name.find("\xE2\x80\x99s ") != std::string::npos ||
          a.name.find("'s ") != std::string::npos) {
        continue;
      }
      if (RolesSay(a.roles, head, titles)) {
        named = &a;
        break;
      }
      // ("the head of Ivory Coast's biggest farmer union" ... "Kouassi
      // Yao, president of the Ivory Coast Cocoa Producers Union": a leader
      // of a body of that kind.)
      if (!body_noun.empty() && a.roles.find(body_noun) != std::string::npos) {
        for (std::string_view leader : {"president", "chair", "head", "leader",
                                        "chief", "director", "secretary"}) {
          if (a.roles.find(leader) != std::string::npos) {
            named = &a;
            break;
          }
        }
        if (named != nullptr) break;
      }
      // (The lede's next paragraph opens on the person: the first named
      // subject there.)
      if (lede && named == nullptr && a.subject && a.work < 0 &&
          a.block > q.last_block && a.block <= q.last_block + 2 &&
          lede_subject == nullptr) {
        lede_subject = &a;
      }
    }
    if (named == nullptr) named = lede_subject;
    std::string name_of = named != nullptr ? named->name : std::string();
    // (Or, far from any quotation, the person whose full name opens the
    // next paragraph: "its founder has warned. \n\n Lorraine Gallacher,
    // 52, set up Bundles of Hope".)
    if (named == nullptr && lede) {
      size_t next_end = q.outer.end;
      for (int bi = q.last_block + 1; bi < static_cast<int>(seg_.blocks.size());
           ++bi) {
        if (seg_.blocks[bi].kind == BlockKind::kBody) {
          next_end = seg_.blocks[bi].end;
          break;
        }
      }
      for (const auto& [at, person] : named_people_) {
        if (at <= q.outer.end || at >= next_end) continue;
        if (text_[at - 1] == '\n' &&
            std::count(person.begin(), person.end(), ' ') >= 1) {
          name_of = person;
        }
        break;
      }
    }
    if (name_of.empty()) continue;
    // (Nor one who asked not to be named: "A senior official who asked not
    // to be named told the Nation".)
    if (Anonymous(n, q.outer.begin)) continue;
    const std::string described = n;
    for (size_t k = wi; k < works_.size(); ++k) {
      Speaker& s2 = works_[k].q.speaker;
      if (s2.name != described ||
          works_[k].q.first_block > q.last_block + reach) {
        continue;
      }
      s2.name = name_of;
      s2.attribution = Attribution::kCoreference;
    }
  }
}

void Extractor::AddNarrativeActor(int cue) {
  int lo = cue;
  while (lo - 1 >= 0 && lo > cue - kWindow && Outside(lo - 1) &&
         toks_[lo - 1].sent == toks_[cue].sent) {
    --lo;
  }
  const qi::CueWord* c = CueAt(cue);
  if (c == nullptr || c->form == qi::CueForm::kGerund) return;
  // "Alan Greaves said demand had risen": a cue's word right after another
  // is the noun it reports, not a second verb.
  if (cue - 1 >= lo && IsWordTok(cue - 1) && CueAt(cue - 1) != nullptr) return;
  // "a family that has been told almost nothing": the subject of a verb in
  // the passive is a listener (but one "asked whether" answers next; not
  // one "asked to leave").
  if (cue - 1 >= 0 && !WordIs(cue + 1, "by") &&
      (c->lemma != "ask" || WordIs(cue + 1, "to")) &&
      (WordIs(cue - 1, "been") || WordIs(cue - 1, "was") ||
       WordIs(cue - 1, "were") || WordIs(cue - 1, "being") ||
       WordIs(cue - 1, "is") || WordIs(cue - 1, "are") ||
       WordIs(cue - 1, "be"))) {
    return;
  }
  // "the Swedish battery start-up once hailed as Europe's answer": a
  // participle after a noun, in the passive, says nothing of its own.
  if (c->form == qi::CueForm::kPast && cue + 1 < n_ && WordIs(cue + 1, "as") &&
      cue - 1 >= 0 && IsWordTok(cue - 1) && !toks_[cue - 1].cap &&
      (Has(cue - 1, kOrgNoun | kPerson | kRole) || WordIs(cue - 1, "once") ||
       WordIs(cue - 1, "widely") || WordIs(cue - 1, "long") ||
       WordIs(cue - 1, "often"))) {
    return;
  }
  Np np;
  // ("One pupil, who is hoping to ..., says the class spent": not after the
  // comma that closes a relative clause on the subject; looked for only
  // after a comma, speed.)
  auto after_relative = [&] {
    for (int k = cue - 2; k > lo && k >= cue - 30 && Outside(k) &&
                          toks_[k].sent == toks_[cue].sent;
         --k) {
      if (IsPunct(k, ',')) {
        return WordIs(k + 1, "who") || WordIs(k + 1, "which");
      }
    }
    return false;
  };
  // "..., said a person familiar with the matter.": the subject after the
  // verb, when it ends the sentence.
  if (cue - 1 >= lo && IsPunct(cue - 1, ',') && !c->tell && !after_relative()) {
    int hi = cue + 1;
    while (hi < n_ && hi < cue + kWindow && Outside(hi) &&
           toks_[hi].sent == toks_[cue].sent) {
      ++hi;
    }
    if (hi - 1 > cue + 1 && IsPunct(hi - 1, '.')) {
      // (All of what follows: not "Eritrea" of "a 26-year-old man from
      // Eritrea".)
      np = NpForward(cue + 1, hi - 1, true);
      const size_t start = np.title_b < np.b ? np.title_b : np.b;
      // ("..., said Anneliese Park, a regional labor economist with the
      // Employment Security Department.": or a name and its appositive.)
      bool apposed = false;
      if (np.found() && np.kind == Np::kName && np.e != toks_[hi - 2].e) {
        int k = cue + 1;
        while (k < hi && toks_[k].b < np.e) ++k;
        apposed =
            k + 2 < hi && IsPunct(k, ',') &&
            (WordIs(k + 1, "a") || WordIs(k + 1, "an") || WordIs(k + 1, "the"));
      }
      if (np.found() &&
          ((np.e != toks_[hi - 2].e && !apposed) || start != toks_[cue + 1].b ||
           (np.kind == Np::kUnnamed && !np.person_head && !np.org_head))) {
        np = Np();
      }
    }
  }
  if (!np.found()) np = GivenName(SubjectBefore(cue, lo), cue, lo);
  if (Np name = NameAfterRole(np); name.found()) np = name;
  if (!np.found()) return;
  if (np.kind == Np::kUnnamed && !np.person_head && !np.org_head) return;
  // "above Wall Street forecasts": a place before a noun, not a speaker.
  if (np.kind == Np::kName && np.nnames == 1) {
    std::string_view name =
        text_.substr(np.name_b[0], np.name_e[0] - np.name_b[0]);
    std::string_view last = name.substr(name.rfind(' ') + 1);
    for (std::string_view place :
         {"Street", "Road", "Avenue", "Lane", "Square", "River", "Valley",
          "Mountain", "Mountains", "Island", "Islands", "Sea", "Ocean"}) {
      if (last == place) return;
    }
  }
  Speaker s;
  if (ResolveInto(np, toks_[cue].b, &s)) {
    std::string roles;
    if (np.kind == Np::kName && np.title_b < np.b) {
      roles = std::string(text_.substr(np.title_b, np.b - np.title_b));
    }
    if (AddActor(np.b, s, PluralNp(np, text_), -1, true, roles)) {
      actors_.back().reported = true;
    }
  }
}

void Extractor::AddAccordingActor(int t) {
  int hi = t + 2;
  while (hi < n_ && hi < t + kWindow && Outside(hi) &&
         toks_[hi].sent == toks_[t].sent) {
    ++hi;
  }
  Np np = DocumentAuthor(NpForward(t + 2, hi, true), hi);
  if (!np.found() || !(np.kind == Np::kName || np.person_head || np.org_head)) {
    return;
  }
  Speaker s;
  if (ResolveInto(np, toks_[t].b, &s)) {
    AddActor(np.b, s, PluralNp(np, text_), -1, true, std::string());
  }
}

// Of the people sharing `surname` (people_by_last_), the one most recently
// spoken of before text position `before` with `title` ("Cllr"), else the
// one most recently spoken of, of sex `sex` if given; empty if the surname
// is not shared.
std::string Extractor::OfSharedSurname(const std::string& surname, char sex,
                                       std::string_view title,
                                       size_t before) const {
  auto same = people_by_last_.find(surname);
  if (same == people_by_last_.end() || same->second.size() < 2) return "";
  std::string want;
  for (char c : title) {
    if (c == '.' || c == ' ') continue;
    want += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  const bool gendered = qi::TitleGender(title.substr(0, title.find(' '))) != 0;
  int recent = -1;
  int titled_same = -1;    // called by the same title before
  int recent_of_sex = -1;  // known to be of `sex` ("Ms Quirke": Siobhán, not
                           // Tadhg, whose sex the lists do not know)
  const int n = static_cast<int>(actors_.size());
  // ("Mrs Ellis" after "Her daughter, Claire Ellis" was "Ms Ellis": a name
  // ever called by another of the three titles is someone else's, whatever
  // its other mentions say.)
  std::vector<std::string_view> other_titled;
  if (want == "mrs" || want == "miss" || want == "ms") {
    for (int k = n - 1; k >= 0 && k >= n - 400; --k) {
      const Actor& a = actors_[k];
      // (Each title has an "m": roles without one need not be built;
      // speed: ExtractQuotes ran 0.4% fewer instructions.)
      if (!a.person || a.pos >= before ||
          a.roles.find('m') == std::string::npos) {
        continue;
      }
      // (" roles " built once, and the titles with their spaces as
      // literals; speed: three strings were built for each of up to 400
      // actors; ExtractQuotes ran 0.55% fewer instructions.)
      std::string roles = " ";
      for (char c : a.roles) {
        if (c != '.') roles += c;
      }
      roles += ' ';
      for (std::string_view t : {" mrs ", " miss ", " ms "}) {
        if (want != t.substr(1, t.size() - 2) &&
            roles.find(t) != std::string::npos) {
          other_titled.push_back(a.name);
        }
      }
    }
  }
  // ("Ms Doyle" after "Lisa Doyle (38)" and "Her eldest, Kayleigh Doyle
  // (17)": a title is an adult's.)
  std::vector<std::string_view> minors;
  if (gendered) {
    for (const std::string& name : same->second) {
      if (NamedAsMinor(name)) minors.push_back(name);
    }
    if (minors.size() == same->second.size()) minors.clear();
  }
  // ("Ms Kinsella" after "Saoirse Kinsella", "her parents, Niamh and
  // Ciarán Kinsella" and "Saoirse would have": of relatives sharing a
  // surname, the writer calls one by the first name alone, and the title is
  // for another.)
  std::vector<std::string_view> of_sex;
  std::vector<std::string_view> called;  // by the first name alone
  if (gendered) {
    for (const std::string& name : same->second) {
      if (sex != 0 && NameSex(name) != 0 && NameSex(name) != sex) continue;
      if (std::find(minors.begin(), minors.end(), name) != minors.end()) {
        continue;
      }
      // (Not "Marathoner Kiprono", a headline's description.)
      {
        const std::string_view w =
            std::string_view(name).substr(0, name.find(' '));
        if (!qi::KnownFirstName(w) &&
            qi::IsPersonNoun(
                absl::AsciiStrToLower(absl::string_view(w.data(), w.size())))) {
          continue;
        }
      }
      of_sex.push_back(name);
      if (CalledByFirstName(name, before)) called.push_back(name);
    }
    // (Unless all of them are.)
    if (called.size() == of_sex.size()) called.clear();
    minors.insert(minors.end(), called.begin(), called.end());
  }
  for (int k = n - 1; k >= 0 && k >= n - 400; --k) {
    const Actor& a = actors_[k];
    if (!a.person || a.pos >= before ||
        std::find(same->second.begin(), same->second.end(), a.name) ==
            same->second.end() ||
        std::find(other_titled.begin(), other_titled.end(), a.name) !=
            other_titled.end() ||
        std::find(minors.begin(), minors.end(), a.name) != minors.end()) {
      continue;
    }
    char g = 0;
    if (sex != 0) {
      g = ActorGender(a);
      if (g != 0 && g != sex) continue;
    }
    std::string roles;
    for (char c : a.roles) {
      if (c != '.') roles += c;
    }
    if (!want.empty()) {
      const bool has_want = RolesHaveWord(roles, want);
      if (!gendered) {
        std::string joined = roles;
        joined.erase(std::remove(joined.begin(), joined.end(), ' '),
                     joined.end());
        if (joined.find(want) != std::string::npos) return a.name;
      } else if (has_want && titled_same < 0) {
        // ("Mr Hurley" after "Donal Hurley ... Mr Hurley said" and "His
        // son, Kevin Hurley": the one called so before.)
        titled_same = k;
      }
      // "Mrs Marsh" after "Miss Marsh" (the daughter): a woman called by
      // another of the three titles is someone else.
      if (gendered && !has_want) {
        bool other = false;
        for (const char* t : {"mrs", "miss", "ms"}) {
          other |= want != t && RolesHaveWord(roles, t);
        }
        if (other) continue;
      }
    }
    if (recent < 0) recent = k;
    if (recent_of_sex < 0 && sex != 0 && g == sex) recent_of_sex = k;
  }
  if (recent_of_sex >= 0) recent = recent_of_sex;
  // ("said Mrs Pryor" after "Sheila and Robin Pryor", only Robin an
  // actor: the one of the surname known to be of that sex.)
  if (recent_of_sex < 0 && recent >= 0 && sex != 0 && gendered &&
      ActorGender(actors_[recent]) == 0) {
    for (const std::string& name : same->second) {
      if (name != actors_[recent].name && NameSex(name) == sex) return name;
    }
  }
  // ("Outside court, Jayden Marsh's father Craig Marsh said the family was
  // relieved. / "...," Mr Marsh said.": the one whose words the paragraph
  // before reported, with no quotation of its own, goes on.)
  bool reported_before = false;
  if (recent >= 0 && titled_same >= 0 && titled_same != recent &&
      actors_[recent].subject && actors_[recent].work < 0 &&
      actors_[recent].block == block_index_ - 1 && before >= block_b_) {
    reported_before = true;
    for (const Work& w : works_) {
      if (w.q.last_block == block_index_ - 1 ||
          w.q.first_block == block_index_ - 1) {
        reported_before = false;
        break;
      }
    }
  }
  if (titled_same >= 0 && !reported_before) recent = titled_same;
  if (recent < 0 && !called.empty() && called.size() + 1 == of_sex.size()) {
    // (The other one is no actor yet: "her parents, Niamh and Ciarán
    // Kinsella".)
    for (std::string_view name : of_sex) {
      if (std::find(minors.begin(), minors.end(), name) == minors.end()) {
        return std::string(name);
      }
    }
  }
  if (recent < 0 && !other_titled.empty()) {
    // (No actor left: the first of those named with the surname who was
    // not called so, "Margaret Ellis, 84,".)
    for (const std::string& name : same->second) {
      if (std::find(other_titled.begin(), other_titled.end(), name) ==
          other_titled.end()) {
        return name;
      }
    }
  }
  return recent >= 0 ? actors_[recent].name : "";
}

bool Extractor::ParticleSurname(size_t b) const {
  const size_t sp = text_.find(' ', b);
  return sp != std::string_view::npos && sp - b <= 4 &&
         IsNameParticleAnyCase(text_.substr(b, sp - b));
}

bool Extractor::WrittenAsPlace(const std::string& name, size_t pos) const {
  auto [memo, added] = written_as_place_.try_emplace(name, false);
  if (!added) return memo->second;
  const size_t lo = pos > kArticleBytes ? pos - kArticleBytes : 0;
  const std::string_view window =
      text_.substr(lo, std::min(text_.size() - lo, 2 * kArticleBytes));
  for (size_t at = window.find(name); at != std::string_view::npos;
       at = window.find(name, at + 1)) {
    const size_t t = lo + at;
    if (t >= 3 &&
        (text_.compare(t - 3, 3, "at ") == 0 ||
         text_.compare(t - 3, 3, "in ") == 0) &&
        (t == 3 || text_[t - 4] == ' ')) {
      memo->second = true;
      break;
    }
    if (text_.compare(t + name.size(), 8, ", which ") == 0) {
      memo->second = true;
      break;
    }
  }
  return memo->second;
}

// Three words or more, or two whose first is no first name nor an initial
// ("Zhiyuan Auto") and whose last no other person shares (not "Kerry Pike"
// beside "Jason Pike").
bool Extractor::BusinessLikeName(const std::string& name) const {
  const size_t sp = name.find(' ');
  if (sp == std::string::npos) return false;
  const size_t sp2 = name.find(' ', sp + 1);
  if (sp2 != std::string::npos) return true;
  const std::string_view first = std::string_view(name).substr(0, sp);
  const absl::string_view last(name.data() + sp + 1, name.size() - sp - 1);
  return first.size() >= 3 && name.find('.') == std::string::npos &&
         !qi::MaybeFirstName(first) && !people_by_last_.contains(last);
}

bool Extractor::PersonalNameAfterJob(int p, int t, int j) const {
  if (j - t != 2 || Has(j - 1, kOrgSuffixWord)) return false;
  const std::string_view w = W(p);
  if (w != "producer" && w != "publisher" && w != "developer" &&
      w != "center" && w != "centre" && w != "operator") {
    return false;
  }
  return qi::KnownFirstName(W(t));
}

bool Extractor::CalledByFirstName(const std::string& name,
                                  size_t before) const {
  std::string first, last;
  NameEnds(name, &first, &last);
  if (first.empty() || first == last || qi::IsTitle(first)) return false;
  // (The last 64 KiB before it: a long text is many articles, and this runs
  // for each titled mention of a shared surname.)
  before = std::min(before, text_.size());
  const size_t from =
      before > (size_t{1} << 16) ? before - (size_t{1} << 16) : 0;
  const std::string_view text = text_.substr(from, before - from);
  auto is_letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  for (size_t at = text.find(first); at != std::string_view::npos;
       at = text.find(first, at + 1)) {
    const size_t end = at + first.size();
    if ((at > 0 && (is_letter(text[at - 1]) || text[at - 1] == '-')) ||
        (end < text.size() && (is_letter(text[end]) || text[end] == '-'))) {
      continue;
    }
    // Not inside a longer name: no capitalised word just before or after
    // ("Saoirse Kinsella"), and not a list of first names that share the
    // surname ("Niamh and Ciarán Kinsella").
    if (at >= 2 && text[at - 1] == ' ' && text[at - 2] != ',' &&
        text[at - 2] != '.') {
      size_t w = at - 1;
      while (w > 0 && is_letter(text[w - 1])) --w;
      if (w < at - 1 && text[w] >= 'A' && text[w] <= 'Z') continue;
    }
    if (end + 1 < text.size() && text[end] == ' ' && text[end + 1] >= 'A' &&
        text[end + 1] <= 'Z') {
      continue;
    }
    if (text.substr(end).starts_with(" and ") ||
        text.substr(end).starts_with(" & ")) {
      continue;
    }
    return true;
  }
  return false;
}

// Whether the text gives `name` an age under 18 where it names the person:
// "Kayleigh Doyle (17)", "Ellie Marsh, 9,".
bool Extractor::NamedAsMinor(const std::string& name) const {
  for (const auto& [at, named] : named_people_) {
    if (named != name || at + name.size() + 4 > text_.size()) continue;
    size_t p = at + name.size();
    if (text_.compare(at, name.size(), name) != 0) continue;
    // "his 12-year-old son Jack Trevaskis": the age before the name, one
    // word between at most.
    {
      const size_t from = at >= 40 ? at - 40 : 0;
      const std::string_view before = text_.substr(from, at - from);
      const size_t y = before.rfind("-year-old ");
      const std::string_view tail =
          y == std::string_view::npos ? before : before.substr(y + 10);
      if (y != std::string_view::npos &&
          std::count(tail.begin(), tail.end(), ' ') <= 1 &&
          tail.find_first_of(",.;") == std::string_view::npos) {
        size_t b = y;
        while (b > 0 && before[b - 1] != ' ') --b;
        const std::string_view age = before.substr(b, y - b);
        static constexpr std::string_view kUnder18[] = {
            "one",      "two",      "three",   "four",    "five",     "six",
            "seven",    "eight",    "nine",    "ten",     "eleven",   "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"};
        bool minor = false;
        if (!age.empty() && age.size() <= 2 &&
            std::all_of(age.begin(), age.end(), absl::ascii_isdigit)) {
          minor = std::stoi(std::string(age)) < 18;
        } else {
          for (std::string_view w : kUnder18) {
            if (age == w || (age.size() == w.size() && age[0] == w[0] - 32 &&
                             age.substr(1) == w.substr(1))) {
              minor = true;
            }
          }
        }
        if (minor) return true;
      }
    }
    if (text_[p] == ' ' && text_[p + 1] == '(') {
      p += 2;
    } else if (text_[p] == ',' && text_[p + 1] == ' ') {
      p += 2;
    } else {
      continue;
    }
    int age = 0, digits = 0;
    while (p < text_.size() && digits < 3 && text_[p] >= '0' &&
           text_[p] <= '9') {
      age = age * 10 + (text_[p] - '0');
      ++p;
      ++digits;
    }
    if (digits >= 1 && digits <= 2 && p < text_.size() &&
        (text_[p] == ')' || text_[p] == ',') && age < 18) {
      return true;
    }
  }
  return false;
}

// (Names inside quotations are not registered: see RegisterNames. A hit is
// kept per surname; a miss with the position it was searched to.)
std::string Extractor::NamedInQuotation(const std::string& surname,
                                        size_t before) {
  auto memo = named_in_quotation_.find(surname);
  if (memo != named_in_quotation_.end() &&
      (!memo->second.first.empty() || memo->second.second >= before)) {
    return memo->second.first;
  }
  std::string found;
  const size_t lo = before > kArticleBytes ? before - kArticleBytes : 0;
  // The quotations of the last 12 KiB, the latest first.
  for (int wi = static_cast<int>(works_.size()) - 1; wi >= 0; --wi) {
    const Quote& q = works_[wi].q;
    if (q.outer.end <= lo) break;
    if (q.outer.begin >= before || q.outer.end <= q.outer.begin) continue;
    const std::string_view inner =
        text_.substr(q.outer.begin, q.outer.end - q.outer.begin);
    for (size_t at = inner.find(surname); at != std::string_view::npos;
         at = inner.find(surname, at + 1)) {
      const size_t end = at + surname.size();
      if (at < 3 || inner[at - 1] != ' ' ||
          (end < inner.size() && ((inner[end] >= 'a' && inner[end] <= 'z') ||
                                  (inner[end] >= 'A' && inner[end] <= 'Z')))) {
        continue;
      }
      size_t f = at - 1;
      while (f > 0 && ((inner[f - 1] >= 'a' && inner[f - 1] <= 'z') ||
                       (inner[f - 1] >= 'A' && inner[f - 1] <= 'Z'))) {
        --f;
      }
      const std::string_view first = inner.substr(f, at - 1 - f);
      if (first.size() >= 2 && first[0] >= 'A' && first[0] <= 'Z' &&
          qi::KnownFirstName(first)) {
        found = std::string(first) + " " + surname;
        break;
      }
    }
    if (!found.empty()) break;
  }
  named_in_quotation_[surname] = {found, before};
  return found;
}

}  // namespace textanalytics::core::quotes_internal
