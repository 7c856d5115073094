// Noun phrases (quote_extractor.h, step 5): who stands next to a reporting
// verb, as a name, a pronoun, "the company" or an unnamed source, and the
// subject of a sentence or clause.

#include <string_view>

#include "absl/strings/string_view.h"
#include "service/core/first_names.h"
#include "service/core/quote_extractor.h"
#include "service/core/quotes_lexicon.h"

namespace textanalytics::core::quotes_internal {
namespace {

bool IsWeekday(std::string_view w) {
  return w == "Monday" || w == "Tuesday" || w == "Wednesday" ||
         w == "Thursday" || w == "Friday" || w == "Saturday" || w == "Sunday";
}

}  // namespace

// --------------------------------------------------------- noun phrases --

// The head noun of the common noun phrase toks_[s..e]: its first person or
// organisation noun ("a senior executive at ..."), else the last word
// before a preposition, else the last word.
int Extractor::HeadOf(int s, int e) const {
  char buf[32], nb[32];
  // "A Department for Education spokesperson": a body's name before a
  // person noun that ends the phrase only says whose.
  if (e > s && IsWordTok(e) && !toks_[e].cap && Has(e, kPerson)) {
    for (int k = s; k < e; ++k) {
      // (Not the capital of "A source at one of the big grocers".)
      if (NameTok(k) && !Has(k, kFunction)) return e;
    }
  }
  for (int k = s; k <= e; ++k) {
    std::string_view w = Lower(k, buf);
    if (qi::IsFunctionWord(w) || toks_[k].poss) continue;
    if (!qi::IsOrgNoun(w) && !qi::IsPersonNoun(w)) continue;
    // Not an adjective before its noun ("the official classification"),
    // but a noun before a preposition or a postpositive adjective ("a
    // person familiar with").
    if (k == e) return k;
    std::string_view next = Lower(k + 1, nb);
    if (qi::IsFunctionWord(next) || next == "familiar" || next == "close" ||
        next == "involved" || next == "present" || next == "responsible" ||
        next == "briefed" || next == "aware" || toks_[k + 1].cap ||
        // a participle phrase after it: "a lawyer representing two of"
        (k + 1 < e && next.size() > 5 &&
         next.substr(next.size() - 3) == "ing")) {
      return k;
    }
  }
  for (int k = s + 1; k <= e; ++k) {
    std::string_view w = Lower(k, buf);
    if (w == "at" || w == "of" || w == "for" || w == "from" || w == "with" ||
        w == "in" || w == "on") {
      return k - 1;
    }
  }
  return e;
}

bool Extractor::FromPlaceAfterRole(int s, int e) const {
  int k = s + 2;
  while (k < e && !WordIs(k, "from")) ++k;
  if (k >= e || e - k > 3) return false;
  for (int m = s + 1; m < k; ++m) {
    if (!IsWordTok(m) || toks_[m].cap || toks_[m].poss) return false;
  }
  for (int m = k + 1; m <= e; ++m) {
    if (!NameTok(m) || toks_[m].poss) return false;
  }
  char b[32];
  const std::string_view role = Lower(k - 1, b);
  return role.ends_with("-year-old") || qi::IsRoleNoun(role);
}

// Fills in the kind of the common noun phrase toks_[s..e].
bool Extractor::ClassifyCommon(Np* np, int s, int e) const {
  char b1[32], b2[32];
  int head = HeadOf(s, e);
  std::string_view first = Lower(s, b1);
  std::string_view hw = Lower(head, b2);
  if (hw.empty() || qi::IsFunctionWord(hw) || qi::IsAuxiliary(hw)) {
    return false;
  }
  bool definite = first == "the" || first == "this" || first == "that";
  char b3[32];
  std::string_view last = Lower(e, b3);
  int cap = -1;  // "the FNV union": a name inside
  for (int k = s + 1; k < e; ++k) {
    // (Not "the Texas-based company", an adjective.)
    std::string_view kw = W(k);
    size_t hy = kw.find('-');
    bool adjective = hy != std::string_view::npos && hy + 1 < kw.size() &&
                     kw[hy + 1] >= 'a' && kw[hy + 1] <= 'z';
    if (NameTok(k) && !toks_[k].poss && !adjective && cap < 0) cap = k;
  }
  // "the American Federation of Teachers St. Louis Local 420": a union
  // local's number ends its name.
  const bool local = definite && cap > 0 && e - 1 > cap && toks_[e].digit &&
                     W(e - 1) == "Local";
  if ((definite && e - s <= 4 && qi::IsOrgNoun(last) && cap > 0) || local) {
    np->kind = Np::kName;
    np->org_name = true;
    np->nnames = 1;
    np->name_b[0] = toks_[cap].b;
    np->name_e[0] = toks_[e].e;
    np->name_tokens[0] = e - cap + 1;
    np->b = toks_[s].b;
    np->e = toks_[e].e;
    return true;
  } else if (definite && e - s <= 3 && qi::IsOrgNoun(last)) {
    np->kind = Np::kOrgRef;
    head = e;
  } else if ((first == "his" || first == "her" || first == "their") &&
             e - s <= 2 && toks_[e].type == kWord && !toks_[e].cap &&
             (qi::IsRoleNoun(last) || qi::IsPersonNoun(last))) {
    np->kind = Np::kRoleRef;  // "His mother", after "His mother, X,"
    head = e;
  } else if (first == "our" && e - s == 1 &&
             (last == "source" || last == "insider" || last == "contact")) {
    // "Our source said": the paper's source quoted before ("a senior
    // garda source"), as "the source" is.
    np->kind = Np::kRoleRef;
    head = e;
  } else if (first == "the" && e - s >= 2 && e - s <= 3 &&
             (WordIs(e - 1, "number") || WordIs(e - 1, "no.")) &&
             WordIs(e - 2, "world")) {
    np->kind = Np::kRoleRef;  // "the world number nine": a player ranked
    head = e;
  } else if (first == "the" && e - s == 3 && WordIs(s + 2, "of") &&
             (WordIs(s + 1, "mother") || WordIs(s + 1, "father") ||
              WordIs(s + 1, "grandmother") || WordIs(s + 1, "grandfather")) &&
             qi::IsSmallNumber(last)) {
    np->kind = Np::kRoleRef;  // "the mother of five": the person just named
    head = e;
  } else if (first == "the" && e - s >= 3 && e - s <= 5 &&
             FromPlaceAfterRole(s, e)) {
    // "said the 16-year-old from Satkhira": where the person just named
    // comes from, after the age or role that points back to them.
    np->kind = Np::kRoleRef;
    head = e;
  } else if (definite &&
             (e - s <= 3 || (e - s == 4 && first == "the" &&
                             !toks_[s + 1].poss && !toks_[s + 2].poss &&
                             !WordIs(s + 2, "of") && !WordIs(e - 1, "of"))) &&
             (qi::IsRoleNoun(last) || qi::IsNationality(last) ||
              (first == "the" && qi::IsPersonNoun(last)) ||
              (last.size() > 9 &&
               last.substr(last.size() - 9) == "-year-old") ||
              (last.size() > 3 && last.back() == 's' &&
               qi::IsRoleNoun(last.substr(0, last.size() - 1))))) {
    np->kind = Np::kRoleRef;  // "the economist", "the prosecutors"
    head = e;
  } else {
    np->kind = Np::kUnnamed;
  }
  np->person_head = qi::IsPersonNoun(hw);
  // ("14 civil society groups said": bodies too.)
  // ("the two companies": -ies for -y.)
  char sing[32];
  std::string_view singular;
  if (hw.size() > 4 && hw.size() < sizeof(sing) && hw.ends_with("ies")) {
    const size_t n = hw.size() - 3;
    hw.copy(sing, n);
    sing[n] = 'y';
    singular = std::string_view(sing, n + 1);
  } else if (hw.size() > 3 && hw.back() == 's') {
    singular = hw.substr(0, hw.size() - 1);
  }
  np->org_head =
      qi::IsOrgNoun(hw) || (!singular.empty() && qi::IsOrgNoun(singular));
  np->head_b = toks_[head].b;
  np->b = toks_[s].b;
  np->e = toks_[e].e;
  return true;
}

Np Extractor::OrgRef(int first, int head) const {
  Np np;
  np.kind = Np::kOrgRef;
  np.org_head = true;
  np.head_b = toks_[head].b;
  np.b = toks_[first].b;
  np.e = toks_[head].e;
  return np;
}

// An adjective that takes "to" after a noun: "a source close to the talks".
bool Extractor::PostpositiveTo(int i) const {
  return WordIs(i, "close") || WordIs(i, "next") || WordIs(i, "near") ||
         WordIs(i, "loyal") || WordIs(i, "related") || WordIs(i, "opposed") ||
         WordIs(i, "closest") ||
         // ("an adviser to the prime minister": whom the person serves.)
         WordIs(i, "adviser") || WordIs(i, "advisor") || WordIs(i, "aide") ||
         WordIs(i, "advisers") || WordIs(i, "advisors") || WordIs(i, "aides") ||
         WordIs(i, "assistant") || WordIs(i, "consultant") ||
         WordIs(i, "ambassador") || WordIs(i, "envoy") ||
         WordIs(i, "counsel") || WordIs(i, "heir") || WordIs(i, "successor") ||
         WordIs(i, "predecessor");
}

// Whether the name np, ending at token last, can be the one a description
// after it is in apposition to: not one word opening the sentence that is a
// sentence adverb or no known surname ("However, an NMC official who ...").
bool Extractor::Apposed(const Np& np, int last) const {
  if (np.nnames != 1 || np.name_tokens[0] >= 2) return true;
  const bool opening = last == 0 || toks_[last - 1].sent != toks_[last].sent;
  if (!opening) return true;
  return by_last_.contains(absl::string_view(text_.data() + np.name_b[0],
                                             np.name_e[0] - np.name_b[0]));
}

// A common noun phrase ending at token i: "the draft law", "experts",
// "Chinese officials and executives".
Np Extractor::UnnamedBack(int i, int lo) const {
  Np np;
  char buf[32];
  int j = i;
  while (j - 1 >= lo && Outside(j - 1) && i - j < 14) {
    // "A Hollis & Reed spokesperson": an ampersand inside a body's name.
    if (IsPunct(j - 1, '&') && NameTok(j) && j - 2 >= lo && NameTok(j - 2) &&
        Outside(j - 2)) {
      j -= 2;
      continue;
    }
    // ("a Shah Alam City Council (MBSA) spokesman": a body's initials in
    // brackets after its name.)
    if (IsPunct(j - 1, ')') && j - 4 >= lo && NameTok(j - 2) &&
        IsPunct(j - 3, '(') && NameTok(j - 4) && Outside(j - 4)) {
      j -= 3;
      continue;
    }
    // ("A Department for Environment, Food and Rural Affairs
    // spokesperson": the commas of a department's portfolios.)
    if (IsPunct(j - 1, ',') && NameTok(j) && j - 2 >= lo && NameTok(j - 2) &&
        Outside(j - 2)) {
      bool body = false;
      for (int m = j - 2; m - 1 >= lo && m >= j - 14; --m) {
        if ((WordIs(m, "for") || WordIs(m, "of")) &&
            (W(m - 1) == "Department" || W(m - 1) == "Ministry")) {
          body = true;
          break;
        }
        if (!(NameTok(m) || IsPunct(m, ',') || WordIs(m, "the"))) break;
      }
      if (body) {
        --j;
        continue;
      }
    }
    // ("one OPEC+ delegate": a plus written onto a body's initials.)
    if (IsPunct(j - 1, '+') && j - 2 >= lo && NameTok(j - 2) &&
        Outside(j - 2) && toks_[j - 2].e == toks_[j - 1].b) {
      j -= 2;
      continue;
    }
    if (!IsWordTok(j - 1)) break;
    std::string_view w = Lower(j - 1, buf);
    if (w == "to" && j - 2 >= lo && IsWordTok(j - 2) && PostpositiveTo(j - 2)) {
      j -= 2;  // "a source close to the player"
      continue;
    }
    if (w.empty() || Has(j - 1, kClause | kAuxiliary) ||
        CueAt(j - 1) != nullptr) {
      break;
    }
    // ("She no longer answers": a pronoun is a phrase of its own.)
    if (w == "she" || w == "he" || w == "they" || w == "we" || w == "i" ||
        w == "it" || w == "you") {
      break;
    }
    // "his knees are bad and his doctor has told him": a determiner after
    // "and" opens a phrase of its own.
    if (w == "and" &&
        (WordIs(j, "his") || WordIs(j, "her") || WordIs(j, "their") ||
         WordIs(j, "its") || WordIs(j, "the") || WordIs(j, "a") ||
         WordIs(j, "an") || WordIs(j, "my") || WordIs(j, "our"))) {
      break;
    }
    // "a view OPEC officials have described as": a noun before the name
    // that modifies the head belongs to another phrase.
    // (Not an adjective of rank: "A senior Government source said"; nor a
    // possessive: "A spokeswoman for the state's Department of ...".)
    // (Nor a place's adjective: "a west Belfast principal", "in a
    // marginal Midlands seat".)
    if (toks_[j].cap && !toks_[j - 1].cap && !toks_[j - 1].poss &&
        !Has(j - 1, kFunction) && !W(j - 1).ends_with("-year-old") &&
        !qi::IsRankAdjective(w) && !qi::IsPlaceAdjective(w) && j - 2 >= lo &&
        IsWordTok(j - 2) &&
        (WordIs(j - 2, "a") || WordIs(j - 2, "an") || WordIs(j - 2, "the")) &&
        // (Nor after a preposition that joins it to a noun before: "A
        // spokeswoman for the federal Resources Minister".)
        !(WordIs(j - 2, "the") && j - 3 >= lo &&
          (WordIs(j - 3, "for") || WordIs(j - 3, "of")) && j - 4 >= lo &&
          IsWordTok(j - 4) && !toks_[j - 4].cap &&
          Has(j - 4, kPerson | kRole))) {
      break;
    }
    --j;
    // "in a verdict his lawyers described as": a possessive determiner
    // opens the phrase.
    if ((w == "his" || w == "her" || w == "their" || w == "its" || w == "our" ||
         w == "my") &&
        j - 1 >= lo && IsWordTok(j - 1) && !toks_[j - 1].cap &&
        !Has(j - 1, kFunction | kClause | kAuxiliary) &&
        CueAt(j - 1) == nullptr) {
      break;
    }
    // An article opens the phrase unless a preposition joins it to a noun
    // before ("a spokesperson for the company"): not "money a judge said".
    if ((w == "a" || w == "an" || w == "the") && j - 1 >= lo &&
        IsWordTok(j - 1) && !toks_[j - 1].cap &&
        !Has(j - 1, kFunction | kClause | kAuxiliary) &&
        CueAt(j - 1) == nullptr) {
      break;
    }
    // (Nor by a name, a day or an adverb of time before it: "On Monday the
    // minister said", "Yesterday the director of the agency said".)
    if ((w == "a" || w == "an" || w == "the") && j - 1 >= lo &&
        IsWordTok(j - 1)) {
      char pb[32];
      const std::string_view p = Lower(j - 1, pb);
      const bool preposition = p == "for" || p == "of" || p == "at" ||
                               p == "with" || p == "to" || p == "from" ||
                               p == "in" || p == "on" || p == "by";
      if ((toks_[j - 1].cap && !preposition) || p == "yesterday" ||
          p == "today" || p == "tonight" || p == "meanwhile" ||
          p == "however" || p == "later" || p == "earlier") {
        break;
      }
    }
  }
  // ("But a county official in Marsabit said": not "But"; "by ministers
  // who had promised": nor a preposition.)
  while (j < i && (WordIs(j, "and") || WordIs(j, "but") || WordIs(j, "yet") ||
                   WordIs(j, "so") || WordIs(j, "or") || WordIs(j, "by") ||
                   WordIs(j, "for") || WordIs(j, "to") || WordIs(j, "with") ||
                   WordIs(j, "from"))) {
    ++j;
  }
  // "a closed-door meeting one participant described as", "a measure
  // activists said was": a noun phrase, then the subject of a relative
  // clause with no "that"; the subject starts at its own determiner, or is
  // a plural of people right after "a" and one noun.
  for (int k = j + 2; k < i; ++k) {
    if ((WordIs(k, "one") || WordIs(k, "a") || WordIs(k, "an")) &&
        IsWordTok(k - 1) && !toks_[k - 1].cap &&
        !Has(k - 1, kFunction | kAuxOrAdverb | kClause) &&
        (WordIs(j, "a") || WordIs(j, "an") || WordIs(j, "the"))) {
      j = k;
      break;
    }
  }
  // ("in a move organisers described as": past a preposition before it.)
  if (i - j == 3 && (WordIs(j, "in") || WordIs(j, "on") || WordIs(j, "at") ||
                     WordIs(j, "for") || WordIs(j, "with") || WordIs(j, "by") ||
                     WordIs(j, "after"))) {
    ++j;
  }
  // ("a move local councillors have described as": or an adjective before
  // the plural.)
  if ((i - j == 2 || i - j == 3) && (WordIs(j, "a") || WordIs(j, "an")) &&
      IsWordTok(i) && !toks_[i].cap && W(i).size() > 3 && W(i).back() == 's' &&
      W(i)[W(i).size() - 2] != 's' && IsWordTok(j + 1) && !toks_[j + 1].cap &&
      Has(i, kPerson) && !Has(j + 1, kPerson | kRole)) {
    if (i - j == 2) {
      j = i;
    } else if (IsWordTok(j + 2) && !toks_[j + 2].cap &&
               !Has(j + 2, kPerson | kRole | kFunction | kAuxOrAdverb)) {
      j = j + 2;
    }
  }
  if (!ClassifyCommon(&np, j, i)) return Np();
  return np;
}

// A common noun phrase from token s: "a senior executive at a large Chinese
// tech conglomerate".
Np Extractor::UnnamedForward(int s, int hi) const {
  Np np;
  char buf[32];
  int j = s;
  while (j < hi && IsWordTok(j) && Outside(j) && j - s < 12) {
    std::string_view w = Lower(j, buf);
    if (w.empty()) break;
    if (w == "to" && j > s && PostpositiveTo(j - 1)) {
      ++j;  // "a banker close to the talks"
      continue;
    }
    // ("a county official in Marsabit": a place keeps the phrase going.)
    // ("one newly qualified social worker in the Midlands": or "the" and
    // the place.)
    if (j > s && (w == "in" || w == "from" || w == "near") && j + 1 < hi &&
        ((NameTok(j + 1) && Outside(j + 1) && !Has(j + 1, kFunction)) ||
         (j + 2 < hi && WordIs(j + 1, "the") && NameTok(j + 2) &&
          Outside(j + 2) && !Has(j + 2, kFunction)))) {
      ++j;
      if (WordIs(j, "the")) ++j;
      while (j < hi && NameTok(j) && Outside(j)) ++j;
      // ("One woman from Co Kildare lost €31,500": a word in lower case
      // after the place, not a function word, is the verb.)
      // (After "a" or "one" opening it, and a place not in the
      // possessive: "a former Ph.D. student in Volkov's group".)
      if (j < hi && IsWordTok(j) && Outside(j) && !toks_[j].cap &&
          !Has(j, kFunction) && !toks_[j - 1].poss &&
          (WordIs(s, "a") || WordIs(s, "an") || WordIs(s, "one"))) {
        break;
      }
      continue;
    }
    // ("a senior official in the county treasury": so does a body.)
    if (j > s && w == "in" && j + 2 < hi && WordIs(j + 1, "the")) {
      int k = j + 2;
      int body = -1;
      char kb[32];
      for (; k < hi && k <= j + 4 && IsWordTok(k) && Outside(k) &&
             !Has(k, kFunction | kClause | kAuxiliary);
           ++k) {
        const std::string_view kw = Lower(k, kb);
        if (qi::IsOrgNoun(kw) || kw == "office" || kw == "treasury" ||
            kw == "government" || kw == "administration" || kw == "cabinet" ||
            kw == "secretariat") {
          body = k;
        }
      }
      if (body >= 0) {
        j = body + 1;
        continue;
      }
    }
    // ("One operator with more than 15 years at the refinery": so does a
    // comparison of a number.)
    if (j > s + 1 && w == "than" &&
        (WordIs(j - 1, "more") || WordIs(j - 1, "less") ||
         WordIs(j - 1, "fewer"))) {
      ++j;
      continue;
    }
    // ("a neighbour on the 14th floor": a storey keeps the phrase going.)
    if (j > s && w == "on" && j + 3 < hi && WordIs(j + 1, "the") &&
        WordIs(j + 3, "floor") && IsWordTok(j + 2) &&
        (toks_[j + 2].digit || W(j + 2).ends_with("th") ||
         W(j + 2).ends_with("st") || W(j + 2).ends_with("nd") ||
         W(j + 2).ends_with("rd") || W(j + 2) == "top" ||
         W(j + 2) == "ground")) {
      j += 4;
      continue;
    }
    if (j > s &&
        (Has(j, kClause | kAuxiliary) || CueAt(j) != nullptr || w == "on" ||
         w == "during" || w == "via" || w == "through" || w == "in" ||
         w == "adding" || w == "saying" || w == "last" || w == "yesterday" ||
         w == "today" || w == "earlier" || w == "this" ||
         // ("A Scottish Government spokeswoman later confirmed")
         w == "later" || w == "also" || w == "previously" ||
         w == "subsequently" || w == "separately" || w == "reportedly" ||
         // ("a release Monday morning": nor a day.)
         (toks_[j].cap && IsWeekday(W(j))))) {
      break;
    }
    // ("a second person involved in the talks", "a person briefed on the
    // plan": who the source is.)
    if (j > s + 1 && (w == "involved" || w == "briefed") && j + 2 < hi &&
        (WordIs(j + 1, "in") || WordIs(j + 1, "on") || WordIs(j + 1, "with"))) {
      j += 2;
      while (j < hi && j - s < 12 && IsWordTok(j) && Outside(j) &&
             !Has(j, kClause | kAuxiliary) && CueAt(j) == nullptr) {
        ++j;
      }
      break;
    }
    // A past participle after the head ends the phrase ("a man accused";
    // not an adjective after an article, "at the combined authority").
    // (Nor one after an adverb: "one newly qualified social worker",
    // "a recently retired nurse".)
    if (j > s + 1 && w.size() > 4 && w.substr(w.size() - 2) == "ed" &&
        !WordIs(j - 1, "the") && !WordIs(j - 1, "a") && !WordIs(j - 1, "an") &&
        !(W(j - 1).size() > 4 && W(j - 1).ends_with("ly") &&
          !toks_[j - 1].cap)) {
      break;
    }
    ++j;
  }
  // (Not a preposition at its end: "accused by parents of "..."".)
  while (j - 1 > s && (WordIs(j - 1, "of") || WordIs(j - 1, "for") ||
                       WordIs(j - 1, "to") || WordIs(j - 1, "with"))) {
    --j;
  }
  if (j == s) return np;
  if (!ClassifyCommon(&np, s, j - 1)) return Np();
  return np;
}

Np Extractor::DescribedOpening(int t) const {
  int b = t;
  while (b - 1 >= 0 && toks_[b - 1].sent == toks_[t].sent && t - b < kWindow) {
    --b;
  }
  if (int d = DatelineEnd(b); d > b && d < t) b = d;
  if (!(WordIs(b, "a") || WordIs(b, "an") || WordIs(b, "the"))) return Np();
  Np np = UnnamedForward(b, t);
  if (!np.found() || np.kind != Np::kUnnamed || np.person_head) return Np();
  int after = b;
  while (after < t && toks_[after].b < np.e) ++after;
  // (Its participle follows it: "A lawsuit filed", "The report, published".)
  if (IsPunct(after, ',')) ++after;
  if (!IsParticiple(after)) return Np();
  if (!np.org_head && !DocumentHead(np)) return Np();
  return np;
}

Np Extractor::ApposedName(const Np& np, int hi) const {
  if (!np.found() || !(np.kind == Np::kUnnamed || np.kind == Np::kRoleRef ||
                       (np.kind == Np::kName && np.org_name) ||
                       (np.kind == Np::kName && np.nnames == 1 &&
                        HasOrgSuffix(FirstTokenAt(np.name_b[0]),
                                     FirstTokenAt(np.name_e[0]) - 1)))) {
    return np;
  }
  int k = FirstTokenAt(np.e);
  // (Past the body's initials: "Association (Tatoa), Mr Elias Chambo".)
  if (IsPunct(k, '(') && k + 2 < hi && IsPunct(k + 2, ')')) k += 3;
  // ("said a night-shift nurse who lives two blocks from the warehouse,
  // Hodan Abdi-Warsame.": past a relative clause, to a name that ends the
  // sentence.)
  // ("said a point guard on his 1988 team who is now a judge, Loretta
  // Bordeaux.": or a phrase, then the clause.)
  bool past_clause = false;
  if (np.kind == Np::kUnnamed && np.person_head && k < hi && IsWordTok(k) &&
      !toks_[k].cap) {
    bool who = false;
    int c = k;
    while (c < hi && c < k + 25 && Outside(c) && IsWordTok(c)) {
      who |= WordIs(c, "who") || WordIs(c, "whose");
      ++c;
    }
    if (who && c < hi && IsPunct(c, ',')) {
      k = c;
      past_clause = true;
    }
  }
  // ("said the party's spokesperson in parliament, Montserrat Puig-Oriol":
  // past a short phrase of where they serve.)
  if (!past_clause &&
      (np.kind == Np::kRoleRef ||
       (np.kind == Np::kUnnamed && np.person_head)) &&
      k < hi && (WordIs(k, "in") || WordIs(k, "at") || WordIs(k, "on"))) {
    int c = k + 1;
    while (c < hi && c <= k + 4 && Outside(c) && IsWordTok(c) &&
           CueAt(c) == nullptr && !WordIs(c, "who")) {
      ++c;
    }
    if (c > k + 1 && c < hi && IsPunct(c, ',')) k = c;
  }
  if (k + 2 >= hi || !IsPunct(k, ',')) return np;
  // ("said its Gulf director, the Revd Sarah Okonkwo-Lyle": past "the"
  // before a title.)
  int s = k + 1;
  if (WordIs(s, "the") && s + 2 < hi && NameTok(s + 1) &&
      Has(s + 1, kTitleWord)) {
    ++s;
  }
  if (!NameTok(s)) return np;
  int end = 0;
  Np name = NameRunForward(s, hi, &end);
  if (!name.found() || name.kind != Np::kName || name.nnames != 1 ||
      name.org_name || name.name_tokens[0] < 2 ||
      HasOrgSuffix(FirstTokenAt(name.name_b[0]),
                   FirstTokenAt(name.name_e[0]) - 1)) {
    return np;
  }
  // The name closes the phrase: a comma, the sentence's end or its last
  // word.
  const int after = FirstTokenAt(name.e);
  if (!(after >= hi || (IsPunct(after, ',') && !past_clause) ||
        IsPunct(after, '.'))) {
    return np;
  }
  name.desc_b = np.b;
  name.desc_e = np.e;
  return name;
}

Np Extractor::GivenNameAfter(const Np& np, int hi) const {
  // (Whatever its head: "a woman near the front of the line".)
  if (!np.found() || np.kind != Np::kUnnamed) return np;
  // (With or without a comma before "who": k is the token before it.)
  int k = FirstTokenAt(np.e);
  if (k < hi && WordIs(k, "who")) --k;
  if (k + 4 >= hi || !WordIs(k + 1, "who")) return np;
  for (int m = k + 2; m + 2 < hi && m <= k + 9; ++m) {
    if (!Outside(m) || !(IsWordTok(m) || IsPunct(m, ','))) break;
    if (!WordIs(m, "name")) continue;
    int a = m + 1;
    if (WordIs(a, "only")) ++a;
    if (a + 1 < hi && (IsPunct(a, ',') || WordIs(a, "as")) && NameTok(a + 1)) {
      Np name = NameRunForward(a + 1, hi);
      if (name.found() && name.kind == Np::kName && name.nnames == 1) {
        name.desc_b = np.b;
        name.desc_e = np.e;
        return name;
      }
    }
    break;
  }
  return np;
}

// The noun phrase that starts at token s: a pronoun, a name, or (when
// allowed) a common noun phrase.
Np Extractor::NpForward(int s, int hi, bool allow_unnamed) const {
  Np np;
  // ("But a county official in Marsabit, who ..., said": not "But".)
  while (s + 1 < hi && (WordIs(s, "but") || WordIs(s, "yet")) &&
         IsWordTok(s + 1) && !NameTok(s + 1)) {
    ++s;
  }
  // "The next morning the band issued a statement": past a time.
  {
    int k = s;
    if (k < hi && WordIs(k, "the")) ++k;
    if (k + 1 < hi &&
        (WordIs(k, "next") || WordIs(k, "following") || WordIs(k, "same") ||
         WordIs(k, "previous") || WordIs(k, "that") || WordIs(k, "last")) &&
        (WordIs(k + 1, "morning") || WordIs(k + 1, "day") ||
         WordIs(k + 1, "afternoon") || WordIs(k + 1, "evening") ||
         WordIs(k + 1, "night") || WordIs(k + 1, "week") ||
         WordIs(k + 1, "month") || WordIs(k + 1, "year"))) {
      k += 2;
      if (k < hi && IsPunct(k, ',')) ++k;
      if (k < hi && IsWordTok(k)) s = k;
    }
  }
  if (s >= hi || !IsWordTok(s) || !Outside(s)) return np;
  // ("spoke to the Guardian", "spoke to reporters": whom one speaks to is
  // no noun phrase that speaks; nor is the one who speaks for one,
  // "apologized through an interpreter".)
  if (WordIs(s, "to") || WordIs(s, "through") || WordIs(s, "via")) return np;
  // "said Local 1427 President Theresa Kowalski": a body's number, then a
  // title and the name.
  if (NameTok(s) && s + 3 < hi && IsWordTok(s + 1) && toks_[s + 1].digit &&
      NameTok(s + 2) && Has(s + 2, kTitleWord)) {
    Np name = NameRunForward(s + 2, hi);
    if (name.found() && name.kind == Np::kName && name.name_tokens[0] >= 2) {
      name.desc_b = toks_[s].b;
      name.desc_e = toks_[s + 1].e;
      return name;
    }
  }
  // "Senior women's national football team head coach Elifas Shikongo on
  // Tuesday named": a description opening the sentence, in lower case after
  // its first word, its role last, then the name.
  // (Or after a dateline: "WINDHOEK, 02 SEP (NAMPA) - Senior ...".)
  if (NameTok(s) && toks_[s].cap &&
      (s == 0 || toks_[s - 1].sent != toks_[s].sent || IsPunct(s - 1, '-')) &&
      !Has(s, kFunction) && NameEnd(s, hi) == s + 1) {
    int k = s + 1;
    while (k < hi && k < s + 10 && IsWordTok(k) && Outside(k) &&
           !toks_[k].cap && CueAt(k) == nullptr &&
           !Has(k, kAuxiliary | kClause | kFunction)) {
      ++k;
    }
    if (k > s + 2 && k < hi && NameTok(k) && Outside(k) && Has(k - 1, kRole)) {
      Np name = NameRunForward(k, hi);
      if (OneFullName(name)) {
        name.desc_b = toks_[s].b;
        name.desc_e = toks_[k - 1].e;
        return name;
      }
    }
  }
  // "Deputy Public Prosecutor (DPP) Tan Wei Ming sought": a title, its
  // initials in brackets, then the name.
  if (const int after = NameAfterTitleInitials(s, hi); after >= 0) {
    Np name = NameRunForward(after, hi);
    if (OneFullName(name)) {
      name.title_b = toks_[s].b;
      return name;
    }
  }
  char buf[32];
  std::string_view w = Lower(s, buf);
  Pronoun p = qi::FindPronoun(w);
  if (p != Pronoun::kNone) {
    // "said He Aoxuan": a capitalised pronoun inside a sentence and before
    // a name is part of the name.
    bool name_like = toks_[s].cap && s + 1 < hi && NameTok(s + 1) && s > 0 &&
                     toks_[s - 1].sent == toks_[s].sent;
    if (!name_like) {
      np.kind = Np::kPronoun;
      np.pronoun = p;
      np.b = toks_[s].b;
      np.e = toks_[s].e;
      return np;
    }
  }
  // "said the party's Ida Marie Skou", "the club's Jane Doe said": a body's
  // person, named after its noun in the possessive.
  if (w == "the" && s + 3 < hi && IsWordTok(s + 1) && !toks_[s + 1].cap &&
      toks_[s + 1].poss && qi::IsOrgNoun(StripPossessive(W(s + 1))) &&
      NameTok(s + 2) && Outside(s + 2)) {
    Np name = NameRunForward(s + 2, hi);
    if (OneFullName(name) && qi::MaybeFirstName(W(s + 2))) {
      return name;
    }
  }
  // "says the younger Mr Onodera": the name (ResolveInto reads which of
  // the family it is).
  if (w == "the" && s + 2 < hi &&
      (WordIs(s + 1, "younger") || WordIs(s + 1, "elder") ||
       WordIs(s + 1, "older")) &&
      NameTok(s + 2)) {
    // (Past the title: "Mr" is no part of the name.)
    int f = s + 2;
    while (f + 1 < hi && Has(f, kTitleWord) && NameTok(f + 1)) ++f;
    Np name = NameRunForward(f, hi);
    if (name.found() && name.kind == Np::kName) {
      if (f > s + 2) name.title_b = toks_[s + 2].b;
      return name;
    }
  }
  // "said one of them, Lucy Gill, a teaching assistant": the person named
  // after the comma.
  if (w == "one" && s + 4 < hi && WordIs(s + 1, "of")) {
    int k = s + 2;
    while (k < hi && k < s + 7 && IsWordTok(k) && !toks_[k].cap) ++k;
    if (k + 1 < hi && IsPunct(k, ',') && NameTok(k + 1)) {
      Np name = NameRunForward(k + 1, hi);
      if (name.found() && name.kind == Np::kName && name.name_tokens[0] >= 2) {
        return name;
      }
    }
  }
  // "said the study's coordinator, biochemist Helena Moura Rezende": a
  // description, then after its comma a role in lower case and the name.
  if ((w == "the" || w == "a" || w == "an") && s + 4 < hi) {
    int k = s + 1;
    while (k < hi && k < s + 6 && IsWordTok(k) && Outside(k) && !toks_[k].cap) {
      ++k;
    }
    if (k > s + 1 && k + 2 < hi && IsPunct(k, ',') &&
        Has(k - 1, kRole | kPerson)) {
      int r = k + 1;
      while (r < hi && r < k + 4 && IsWordTok(r) && Outside(r) &&
             !toks_[r].cap && !Has(r, kFunction | kAuxiliary | kClause) &&
             CueAt(r) == nullptr) {
        ++r;
      }
      if (r > k + 1 && r < hi && NameTok(r) && Outside(r) &&
          Has(r - 1, kRole | kPerson)) {
        Np name = NameRunForward(r, hi);
        if (OneFullName(name)) {
          name.desc_b = toks_[s].b;
          name.desc_e = toks_[r - 1].e;
          return name;
        }
      }
    }
  }
  // "said a dejected Boyle": an article and a mood before a surname
  // named before.
  if ((w == "a" || w == "an") && s + 2 < hi && IsWordTok(s + 1) &&
      !toks_[s + 1].cap && !Has(s + 1, kFunction | kPerson | kRole) &&
      NameTok(s + 2) && NameEnd(s + 2, hi) == s + 3 &&
      (s + 3 >= hi || !IsWordTok(s + 3)) &&
      by_last_.contains(absl::string_view(W(s + 2).data(), W(s + 2).size()))) {
    Np name = NameRunForward(s + 2, hi);
    if (name.found()) return name;
  }
  // "said the Wessex flanker Callum Reid", "said Kuala Lumpur Fire and
  // Rescue Department director Mohd Fadzli Rahmat": a description of
  // capitalised and lower-case words with no verb in it, then, after a word
  // in lower case, a name of two words or more that closes the phrase.
  {
    int k = s;
    if (WordIs(k, "the") || WordIs(k, "a") || WordIs(k, "an")) ++k;
    const int first = k;
    int lower = 0;  // lower-case words of the description
    for (; k < hi && k < first + 10 && IsWordTok(k) && Outside(k) &&
           !toks_[k].poss && !toks_[k].digit;
         ++k) {
      if (toks_[k].cap) {
        if (lower == 0 || toks_[k - 1].cap || Has(k, kTitleWord)) continue;
        int end = -1;
        Np name = NameRunForward(k, hi, &end);
        if (name.found() && name.kind == Np::kName &&
            name.name_tokens[0] >= 2 &&
            (end >= hi || !IsWordTok(end) || Has(end, kFunction | kClause) ||
             CueAt(end) != nullptr)) {
          if (name.desc_e <= name.desc_b) {
            name.desc_b = toks_[s].b;
            name.desc_e = toks_[k - 1].e;
          }
          return name;
        }
        continue;
      }
      // (Joining words only between capitalised ones: "Fire and Rescue";
      // and a name's particle: "Confederación de Trabajadores".)
      if ((WordIs(k, "and") || WordIs(k, "of") || WordIs(k, "for") ||
           Has(k, kParticle)) &&
          k > first && toks_[k - 1].cap && k + 1 < hi && NameTok(k + 1)) {
        ++k;  // the capitalised word after it joins too
        continue;
      }
      // (Nor a verb after a name: "Warren Pike called Lantern Row Books
      // "..." and said".)
      if ((Has(k, kFunction | kAuxiliary | kClause | kAuxOrAdverb) &&
           !WordIs(k, "former")) ||
          CueAt(k) != nullptr ||
          (k > first && toks_[k - 1].cap && !Has(k, kPerson | kRole) &&
           ((W(k).size() > 4 && W(k).ends_with("ed")) ||
            qi::IsIrregularPast(W(k)))) ||
          ++lower > 3) {
        break;
      }
    }
  }
  // "said councillor Ama Owusu", "said NRW duty manager Gareth Lloyd": a
  // role in lower case before the name.
  {
    // (And "said Red Cross secretary general Celeste Ramos": a body's name
    // of up to three words before the role.)
    int r = s;
    int limit = s + 3;
    while (r < hi && r < limit && NameTok(r) && Outside(r) &&
           !Has(r, kFunction)) {
      ++r;
      // ("said Office of Civil Defense spokesman X": "of" inside it.)
      if (r + 1 < hi && limit == s + 3 &&
          (WordIs(r, "of") || WordIs(r, "for")) && NameTok(r + 1) &&
          !Has(r + 1, kFunction)) {
        ++r;
        limit = r + 3;
      }
    }
    // ("said world number three Daria Korolenko": a ranking.)
    auto ranking = [&](int k) {
      if (k - 1 < s || !(WordIs(k - 1, "number") || WordIs(k - 1, "no."))) {
        return false;
      }
      if (toks_[k].digit) return true;
      for (std::string_view n : {"one", "two", "three", "four", "five", "six",
                                 "seven", "eight", "nine", "ten"}) {
        if (WordIs(k, n)) return true;
      }
      return false;
    };
    // ("said Matatu Owners Association (MOA) chairman X": past the body's
    // initials in brackets.)
    if (r - s >= 2 && r + 3 < hi && IsPunct(r, '(') && NameTok(r + 1) &&
        IsPunct(r + 2, ')') && IsWordTok(r + 3) && !toks_[r + 3].cap) {
      r += 3;
    }
    if (r - s < 2 || r >= hi || !IsWordTok(r) || toks_[r].cap) r = s;
    const int org_end = r;

    while (
        r < hi && r < org_end + 6 && IsWordTok(r) && Outside(r) &&
        (!toks_[r].cap || r == s || WordIs(r, "no.")) &&
        (!Has(r, kFunction) || ranking(r) || (r == s && WordIs(r, "former"))) &&
        CueAt(r) == nullptr) {
      ++r;
    }
    // ("assistant municipal commissioner (N ward) Prashant Jadhav told":
    // past a bracket after the role.)
    const int role_end = r;
    if (r > s && r + 3 < hi && IsPunct(r, '(')) {
      int k = r + 1;
      while (k < hi && k < r + 7 && !IsPunct(k, ')') && !IsPunct(k, '(')) ++k;
      if (k + 1 < hi && IsPunct(k, ')') && NameTok(k + 1)) r = k + 1;
    }
    if (r > s && r < hi && NameTok(r) && !toks_[role_end - 1].cap &&
        ((Has(role_end - 1, kPerson) && !Has(role_end - 1, kOrgNoun)) ||
         ranking(role_end - 1))) {
      Np name = NameRunForward(r, hi);
      if (name.found()) {
        if (name.desc_e <= name.desc_b) {
          name.desc_b = toks_[s].b;
          name.desc_e = toks_[r - 1].e;
        }
        return name;
      }
    }
  }
  // "said DCP (Zone 7) Hemant Kadam": past a bracket after a title.
  if (NameTok(s) && Has(s, kTitleWord) && s + 3 < hi && IsPunct(s + 1, '(')) {
    int k = s + 2;
    while (k < hi && k < s + 8 && !IsPunct(k, ')')) ++k;
    if (k + 1 < hi && IsPunct(k, ')') && NameTok(k + 1)) {
      Np name = NameRunForward(k + 1, hi);
      if (name.found() && name.kind == Np::kName && name.name_tokens[0] >= 2) {
        return name;
      }
    }
  }
  // "Minister for Education Deirdre Lalor congratulated": past a title's
  // portfolio to the name. ("US Secretary of State Warren Tillis": past a
  // country's initials.)
  for (int ts = s; ts <= s + 3 && ts < hi; ++ts) {
    // (Only past a country's initials or capitals: "U.S.", "US", "UK".)
    // ("Federal Minister for Planning X": or one word before the title
    // that is no one's first name.)
    if (ts > s && !(NameTok(ts - 1) && !Has(ts - 1, kTitleWord) &&
                    (toks_[ts - 1].initial || LooksLikeAcronym(W(ts - 1)) ||
                     (ts == s + 1 && !qi::MaybeFirstName(W(s)) &&
                      !Has(s, kOrgSuffixWord | kNonPerson))))) {
      break;
    }
    // ("Ambassador to the United Nations Dana Whitcomb": to a body, then
    // a first name.)
    if (NameTok(ts) && Has(ts, kTitleWord) && ts + 3 < hi &&
        WordIs(ts + 1, "to")) {
      int k = ts + 2;
      if (WordIs(k, "the")) ++k;
      for (int m = k + 1; m + 1 < hi && m < k + 6 && NameTok(m); ++m) {
        if (!qi::KnownFirstName(W(m))) continue;
        Np name = NameRunForward(m, hi);
        if (name.found() && name.kind == Np::kName &&
            name.name_tokens[0] >= 2) {
          return name;
        }
        break;
      }
    }
    if (!(NameTok(ts) && Has(ts, kTitleWord) && ts + 3 < hi &&
          (WordIs(ts + 1, "for") || WordIs(ts + 1, "of")))) {
      continue;
    }
    int k = ts + 2;
    if (WordIs(k, "the") && k + 1 < hi && qi::IsPortfolio(W(k + 1))) ++k;
    while (k + 1 < hi && NameTok(k) && qi::IsPortfolio(W(k))) {
      ++k;
      if (WordIs(k, "and") && k + 1 < hi && qi::IsPortfolio(W(k + 1))) ++k;
      // ("Minister for Health, Housing and Transport X": a list of them.)
      if (IsPunct(k, ',') && k + 2 < hi && NameTok(k + 1) &&
          qi::IsPortfolio(W(k + 1))) {
        ++k;
      }
      // ("Minister of State for Transport X": a second portfolio after
      // "for".)
      if ((WordIs(k, "for") || WordIs(k, "of")) && k + 1 < hi &&
          NameTok(k + 1) && qi::IsPortfolio(W(k + 1))) {
        ++k;
      }
    }
    if (k > ts + 2 && k < hi && NameTok(k)) {
      Np name = NameRunForward(k, hi);
      if (name.found() && name.kind == Np::kName && name.name_tokens[0] >= 2) {
        // (The title and its portfolio describe the person: "the
        // minister" later.)
        if (name.nnames == 1 && !(name.title_b < name.b)) {
          name.title_b = toks_[s].b;
        }
        return name;
      }
    }
    // ("Superintendent of Police Sanjeev Thakur", "Minister for Further and
    // Higher Education Pádraig Dunne": the run's last two words, three
    // after a known first name.)
    int e = ts + 2;
    while (e < hi && e < ts + 12 && Outside(e) &&
           ((NameTok(e) && !toks_[e].poss) || WordIs(e, "and"))) {
      ++e;
    }
    int n = e - 2;
    if (n - 1 > ts + 2 && qi::KnownFirstName(W(n - 1))) {
      --n;
    }
    if (n > ts + 2 && NameTok(n) && !WordIs(n - 1, "and") &&
        !HasOrgSuffix(n, e - 1) && !Has(n, kFunction)) {
      Np name = NameRunForward(n, hi);
      if (name.found() && name.kind == Np::kName && name.name_tokens[0] >= 2) {
        return name;
      }
    }
    break;
  }
  // "outgoing Prime Minister José Carlos Monteiro", "former Governor X": an
  // adjective before a title and a name.
  // ("former" is a function word elsewhere: "the former".)
  // ("said state Sen. Marisol Ocampo": "state" is no verb here.)
  for (int k = s; k < hi && k < s + 2 && IsWordTok(k) && !toks_[k].cap &&
                  (!Has(k, kFunction | kPerson) || WordIs(k, "former")) &&
                  (CueAt(k) == nullptr || (WordIs(k, "state") && k + 1 < hi &&
                                           Has(k + 1, kTitleWord)));
       ++k) {
    if (k + 2 < hi && NameTok(k + 1) && Has(k + 1, kTitleWord) &&
        NameTok(k + 2)) {
      Np name = NameRunForward(k + 1, hi);
      if (name.found() && name.kind == Np::kName && name.title_b < name.b) {
        return name;
      }
      break;
    }
  }
  int start = s;
  // ("the 26-year-old Ukrainian said": past the age.)
  const bool aged = w == "the" && s + 2 < hi && IsWordTok(s + 1) &&
                    W(s + 1).ends_with("-year-old") && NameTok(s + 2) &&
                    Has(s + 2, kNationality);
  if (aged) {
    Np role = UnnamedForward(s, hi);
    if (role.found() && role.kind == Np::kRoleRef) return role;
  }
  if (w == "the" && s + 1 < hi && NameTok(s + 1)) {
    start = s + 1;
    // "said the Finn", "said the Kentucky Republican", "said the MP": a
    // nationality, party or title standing for a person.
    int k = start;
    while (k < hi && k < start + 3 && NameTok(k) && !toks_[k].poss) ++k;
    // ("said the Prime Minister": title words ending in a role.)
    bool titles = k > start + 1 && Has(k - 1, kRole);
    for (int m = start; titles && m < k - 1; ++m) {
      titles = Has(m, kTitleWord) || LooksLikeAcronym(W(m));
    }
    if ((Has(k - 1, kNationality) || (k == start + 1 && Has(start, kRole)) ||
         titles) &&
        !(k < hi && NameTok(k))) {
      Np role = UnnamedForward(s, hi);
      if (role.found() && role.kind == Np::kRoleRef) return role;
    }
  }
  // "Chinese officials": a nationality before a noun is an adjective.
  // (Not a body's word before a particle and the rest of its name: "The
  // Ministerio de Economía, which ..., said".)
  bool adjective = NameTok(start) && start + 1 < hi && IsWordTok(start + 1) &&
                   !toks_[start + 1].cap && qi::IsNonPersonWord(W(start)) &&
                   !Has(start + 1, kFunction) &&
                   !(Has(start + 1, kParticle) && start + 2 < hi &&
                     (NameTok(start + 2) || Has(start + 2, kParticle)));
  if (NameTok(start) && !adjective) {
    bool function = start == s && qi::IsFunctionWord(w);
    if (!function || (s + 1 < hi && NameTok(s + 1))) {
      int end = -1;
      Np name = NameRunForward(start, hi, &end);
      // "Smith's lawyer, Jane Doe": a possessive name only describes.
      bool possessive = end > start && toks_[end - 1].poss;
      // "An EU official", "a Labour councillor": a name that modifies a
      // person noun is part of an unnamed source.
      bool modifier = end > start && end < hi && IsWordTok(end) &&
                      !toks_[end].cap && (Has(end, kPerson) || Has(end, kRole));
      // "The Delhi health department": a place before a body's noun.
      if (!modifier && w == "the" && end > start && end + 1 < hi &&
          IsWordTok(end) && !toks_[end].cap && !Has(end, kFunction) &&
          IsWordTok(end + 1) && !toks_[end + 1].cap && Has(end + 1, kOrgNoun) &&
          !Has(end + 1, kFunction)) {
        modifier = true;
      }
      // "Another Labour MP", "One EU Official": a title after a
      // quantifier is an unnamed source.
      if (function && end > start + 1 && toks_[end - 1].cap &&
          (Has(end - 1, kTitleWord) || Has(end - 1, kRole)) &&
          (w == "another" || w == "one" || w == "a" || w == "an")) {
        modifier = true;
      }
      // ("Analysts at Tessera Partners raised ..., writing": a plural noun
      // capitalised only by opening its sentence is no name.)
      if (!modifier && end == start + 1 && start == s && OpensSentence(s) &&
          w.size() > 4 && w.back() == 's' && end < hi && IsWordTok(end) &&
          !toks_[end].cap &&
          (qi::IsRoleNoun(w.substr(0, w.size() - 1)) ||
           qi::IsPersonNoun(w.substr(0, w.size() - 1)))) {
        modifier = true;
      }
      if (name.found() && !possessive && !modifier) return name;
      // "The Globe and Mail's Simon Achterberg": the name after the
      // possessive is the person, the possessive their description.
      if (possessive && end < hi && NameTok(end) && Outside(end)) {
        Np person = NameRunForward(end, hi);
        // (A title alone is not a person: "Qatar's Minister of State".)
        if (person.found() && person.kind == Np::kName &&
            (person.name_tokens[0] >= 2 || !Has(end, kTitleWord))) {
          if (person.desc_e <= person.desc_b) {
            person.desc_b = toks_[s].b;
            person.desc_e = toks_[end - 1].e;
          }
          return person;
        }
      }
      if (possessive || modifier) allow_unnamed = true;
    }
  }
  if (!allow_unnamed) return np;
  // (A phrase that opens with a preposition names no one: "agreed in talks
  // earlier this year".)
  if (WordIs(s, "in") || WordIs(s, "on") || WordIs(s, "at") ||
      WordIs(s, "during") || WordIs(s, "after") || WordIs(s, "before") ||
      WordIs(s, "with") || WordIs(s, "into") || WordIs(s, "over") ||
      // ("issued warnings, its highest alert level, for 11
      // municipalities, saying")
      WordIs(s, "for") || WordIs(s, "from") || WordIs(s, "to") ||
      WordIs(s, "under") || WordIs(s, "across") || WordIs(s, "through")) {
    return np;
  }
  np = UnnamedForward(s, hi);
  if (!np.found()) return np;
  // "the ministry's spokesman, Karim Bennani": the name is the speaker,
  // the phrase before it its description.
  int k = s;
  while (k < hi && toks_[k].b < np.e) ++k;
  // (Not the country of a place the phrase ends with: "the 31-year-old
  // from Maracaibo, Venezuela, who".)
  const bool place_before = k >= s + 2 && NameTok(k - 1) &&
                            (WordIs(k - 2, "from") || WordIs(k - 2, "in"));
  if (k + 1 < hi && IsPunct(k, ',') && NameTok(k + 1)) {
    int end = -1;
    Np name = NameRunForward(k + 1, hi, &end);
    if (name.found() && (end >= hi || IsPunct(end, ',') || IsPunct(end, '.'))) {
      if (place_before && end == k + 2) {
        np.e = toks_[k + 1].e;  // the place's country is the phrase's
        return np;
      }
      name.desc_b = np.b;
      name.desc_e = np.e;
      return name;
    }
  }
  return np;
}

// The subject of a gerund ("a commentator has been lauded for denouncing"):
// the noun phrase that opens its clause, or the clause before it.
Np Extractor::NameAfterRole(const Np& np) const {
  if (!np.found() || np.kind != Np::kUnnamed) return Np();
  int e = FirstTokenAt(np.b);
  while (e + 1 < n_ && toks_[e + 1].e <= np.e) ++e;
  // (Past an occasion after the name: "Dr Fatima Al Mannai at the".)
  const int last = e;
  while (e - 1 >= 0 && toks_[e - 1].b >= np.b && last - e < 2 && IsWordTok(e) &&
         !toks_[e].cap && Has(e, kFunction)) {
    --e;
  }
  int b = e;
  while (b - 1 >= 0 && toks_[b - 1].b >= np.b && NameTok(b - 1)) --b;
  // ("director of culture and arts Dr Fatima Al Mannai": a title between
  // the role and the name.)
  if (b < e && Has(b, kTitleWord) && toks_[b].cap && !IsPortfolio(W(b)) &&
      b - 1 >= 0 && toks_[b - 1].b >= np.b && IsWordTok(b - 1) &&
      !toks_[b - 1].cap && !Has(b - 1, kFunction) && e - (b + 1) >= 1 &&
      e - (b + 1) <= 2 && !Has(b + 1, kOrgSuffixWord | kNonPerson) &&
      !Has(e, kOrgSuffixWord | kNonPerson)) {
    Np name = NameRunBack(e, b + 1);
    if (name.found() && name.kind == Np::kName) return name;
  }
  // ("Opposition representative in the Cantonal Assembly Dženan Begić":
  // the body the role sits in, then the name.)
  if (const int past = b < e ? PastPortfolioBody(b, e) : b;
      past > b && b - 3 >= 0 && toks_[b - 3].b >= np.b &&
      WordIs(b - 1, "the") &&
      (WordIs(b - 2, "in") || WordIs(b - 2, "of") || WordIs(b - 2, "at")) &&
      IsWordTok(b - 3) && !toks_[b - 3].cap && Has(b - 3, kRole)) {
    Np name = NameRunBack(e, past);
    if (name.found() && name.kind == Np::kName) return name;
  }
  if (!(e - b == 1 || e - b == 2) || !NameTok(e) || b - 1 < 0 ||
      toks_[b - 1].b < np.b || !IsWordTok(b - 1) || toks_[b - 1].cap ||
      Has(b - 1, kFunction) ||
      Has(b, kNonPerson | kOrgSuffixWord | kTitleWord | kNationality) ||
      Has(e, kNonPerson | kOrgSuffixWord)) {
    return Np();
  }
  // (The role right before the name, or before its portfolio: "regional
  // councillor for transport Jana Procházková".)
  int r = b - 1;
  if (!Has(r, kRole) && r - 2 >= 0 && toks_[r - 2].b >= np.b &&
      (WordIs(r - 1, "for") || WordIs(r - 1, "of")) && IsWordTok(r - 2) &&
      !toks_[r - 2].cap && Has(r - 2, kRole)) {
    r -= 2;
  }
  if (!Has(r, kRole)) return Np();
  Np name = NameRunBack(e, b);
  return name.found() && name.kind == Np::kName ? name : Np();
}

Np Extractor::ClauseSubject(int cue, int lo) const {
  Np np = GerundSubject(cue, lo);
  // "The Ministry of Trade, Industry and Energy said ..., describing": a
  // ministry's portfolios listed with commas, not "Industry and Energy"
  // after the clause's comma.
  if (np.found() && np.kind == Np::kName) {
    const int b = FirstTokenAt(np.b);
    if (b - 2 > lo && (IsPunct(b - 1, ',') || WordIs(b - 1, "and"))) {
      int e = b;
      while (e + 1 < n_ && toks_[e + 1].e <= np.e) ++e;
      Np wide = NameRunBack(e, lo);
      if (wide.found() && wide.kind == Np::kName && wide.b < np.b &&
          wide.e == np.e &&
          text_.substr(wide.b, np.b - wide.b).find(',') !=
              std::string_view::npos) {
        return wide;
      }
    }
  }
  // ("with its Barpeta district president Dipankar Kalita describing it
  // as".)
  if (Np name = NameAfterRole(np); name.found()) return name;
  // "Reyes, who took office promising to "...": the person the relative
  // pronoun stands for.
  if (np.found() && np.kind == Np::kUnnamed) {
    const int w = FirstTokenAt(np.b);
    if ((WordIs(w, "who") || WordIs(w, "which")) && w - 2 >= lo &&
        IsPunct(w - 1, ',') && NameTok(w - 2) && Outside(w - 2)) {
      Np name = NameRunBack(w - 2, lo);
      if (name.found() && name.kind == Np::kName) return name;
    }
  }
  return np;
}

Np Extractor::GerundSubject(int cue, int lo) const {
  char buf[32];
  // "she recalled him telling her: "..."": relayed words, spoken by the
  // one the verb before the gerund is about.
  auto recall = [&](int v) {
    return IsWordTok(v) && !toks_[v].cap && Outside(v) &&
           (WordIs(v, "recalled") || WordIs(v, "recalls") ||
            WordIs(v, "remembered") || WordIs(v, "remembers") ||
            WordIs(v, "heard") || WordIs(v, "hears") ||
            WordIs(v, "described") || WordIs(v, "quoted") ||
            WordIs(v, "recounted") || WordIs(v, "imagined"));
  };
  if (cue - 2 >= lo && Outside(cue - 1) &&
      (WordIs(cue - 1, "him") || WordIs(cue - 1, "her")) && recall(cue - 2)) {
    Np np;
    np.kind = Np::kPronoun;
    np.pronoun = WordIs(cue - 1, "him") ? Pronoun::kMale : Pronoun::kFemale;
    np.b = toks_[cue - 1].b;
    np.e = toks_[cue - 1].e;
    return np;
  }
  // "Mr. Calloway recalled his mother telling him": the one so related.
  if (cue - 3 >= lo && recall(cue - 3) &&
      (WordIs(cue - 2, "his") || WordIs(cue - 2, "her") ||
       WordIs(cue - 2, "their") || WordIs(cue - 2, "my")) &&
      IsWordTok(cue - 1) && !toks_[cue - 1].cap && Has(cue - 1, kPerson)) {
    Np np = NpForward(cue - 2, cue, true);
    if (np.found()) return np;
  }
  int cs = cue;
  while (cs - 1 >= lo && Outside(cs - 1) && !IsPunct(cs - 1, ',') &&
         !IsPunct(cs - 1, ';') && !IsPunct(cs - 1, '-')) {
    std::string_view w = Lower(cs - 1, buf);
    if (IsWordTok(cs - 1) &&
        (w == "while" || w == "whereas" || w == "but" || w == "as" ||
         w == "after" || w == "when" || w == "because" ||
         // "with Greens MLC Mariam Haddad saying"
         w == "with" ||
         // "despite headteacher Claire Lumb insisting"
         w == "despite" || w == "amid")) {
      break;
    }
    if (!IsWordTok(cs - 1)) break;
    --cs;
  }
  if (cs == cue) {
    // ", saying": the clause before the comma.
    int e = cs - 1;
    if (e < lo || !IsPunct(e, ',')) return Np();
    cs = e;
    while (cs - 1 >= lo && Outside(cs - 1) && !IsPunct(cs - 1, ',')) {
      // (Over brackets: "rejected a 4.1 billion pound ($5.5 billion)
      // takeover proposal from ..., saying".)
      // (Not before a verb: "Union (KMPDU) walked out ..., accusing" is
      // read below.)
      if (IsPunct(cs - 1, ')') && cs < e && IsWordTok(cs) &&
          !(W(cs).size() > 4 && W(cs).ends_with("ed")) &&
          CueAt(cs) == nullptr && !Has(cs, kAuxiliary)) {
        int m = cs - 2;
        while (m > lo && m > cs - 10 && !IsPunct(m, '(') && !IsPunct(m, ')') &&
               !IsPunct(m, ',')) {
          --m;
        }
        if (m >= lo && IsPunct(m, '(')) {
          cs = m;
          continue;
        }
        break;
      }
      if (toks_[cs - 1].type != kWord) {
        // (Over a currency's sign on a number: "their planned $1.9 billion
        // merger, saying".)
        if (cs < e && toks_[cs].digit && toks_[cs - 1].e == toks_[cs].b &&
            cs - 2 >= lo && IsWordTok(cs - 2) && Outside(cs - 2)) {
          cs -= 2;
          continue;
        }
        break;
      }
      --cs;
    }
    // "..., and S&P Global Ratings cut the rating in June, citing"
    while (cs < e && (WordIs(cs, "and") || WordIs(cs, "but"))) ++cs;
    // A clause that opens with a verb ("Chief Olusegun Adeyemi, announced
    // the deal at a press conference in Lagos, describing it as") or a
    // conjunction ("... because copper was priced in dollars, adding") has
    // no subject of its own: the sentence's subject speaks.
    // ("The KMPDU walked out of a meeting with ... on Monday, accusing": or
    // a verb in the past after brackets.)
    // ("Helena Sousa Martins, has built her campaign around ..., accusing":
    // or an auxiliary.)
    // ("Penda Shikongo, on Wednesday tabled the Bill ..., saying": or
    // after a day.)
    if (cs + 2 < e && WordIs(cs, "on") && IsWordTok(cs + 1) &&
        W(cs + 1).ends_with("day") && toks_[cs + 1].cap && IsWordTok(cs + 2) &&
        !toks_[cs + 2].cap && W(cs + 2).size() > 4 &&
        W(cs + 2).ends_with("ed")) {
      Np subject = SentenceSubject(cue);
      if (subject.found()) return subject;
    }
    if (cs < e && IsWordTok(cs) && !toks_[cs].cap &&
        (CueAt(cs) != nullptr || Has(cs, kAuxiliary) ||
         (W(cs).size() > 4 && W(cs).ends_with("ed") && cs > 0 &&
          (IsPunct(cs - 1, ')') || IsPunct(cs - 1, ','))) ||
         WordIs(cs, "because") || WordIs(cs, "since") ||
         WordIs(cs, "although") || WordIs(cs, "though") || WordIs(cs, "if") ||
         WordIs(cs, "unless") || WordIs(cs, "until") ||
         WordIs(cs, "whereas"))) {
      Np subject = SentenceSubject(cue);
      if (subject.found()) return subject;
    }
    // "In January the Yorkshire Food Awards named it ..., praising": past
    // a time before the subject.
    // (Or "Within hours rival Pricewise hit back, vowing".)
    auto time_word = [&](int k) {
      return (NameTok(k) && Has(k, kNonPerson)) || toks_[k].digit ||
             WordIs(k, "hours") || WordIs(k, "days") || WordIs(k, "weeks") ||
             WordIs(k, "minutes") || WordIs(k, "months") || WordIs(k, "a") ||
             WordIs(k, "few");
    };
    if (cs + 2 < e &&
        (WordIs(cs, "in") || WordIs(cs, "on") || WordIs(cs, "by") ||
         WordIs(cs, "since") || WordIs(cs, "during") || WordIs(cs, "within")) &&
        time_word(cs + 1)) {
      int k = cs + 1;
      while (k < e && time_word(k)) ++k;
      if (k < e && IsPunct(k, ',')) ++k;
      cs = k;
    }
    // "Shares in Pemberton Group fell ... after the retailer issued a
    // warning, blaming": shares do not speak; their company does.
    if (cs + 2 < e && (WordIs(cs, "shares") || WordIs(cs, "stock")) &&
        (WordIs(cs + 1, "in") || WordIs(cs + 1, "of")) && NameTok(cs + 2)) {
      Np company = NameRunForward(cs + 2, e);
      if (company.found() && company.kind == Np::kName) return company;
    }
    // "South Korean crypto lender Hanbit Vault suspended withdrawals,
    // citing": a nationality and a description open the clause, whose
    // subject is the name after them.
    {
      int k = cs;
      while (k < e && NameTok(k)) ++k;
      if (k > cs && k < e && Has(k - 1, kNationality) && IsWordTok(k) &&
          !toks_[k].cap) {
        Np subject = SentenceSubject(cue);
        if (subject.found() && subject.kind == Np::kName) return subject;
      }
    }
    Np np = NpForward(cs, e, true);
    // "X wrote that ... "..." in the final act, adding:": the clause is
    // no noun phrase; the sentence's subject adds.
    if (!np.found() ||
        (np.kind == Np::kUnnamed && !np.person_head && !np.org_head)) {
      Np subject = SentenceSubject(cue);
      if (subject.found()) return subject;
    }
    return np;
  }
  // "and Lindqvist, a neuroscientist at ..., began describing": a verb
  // just after a comma, whose subject stands before the description.
  if (cs == cue - 1 && cs - 2 >= lo && IsPunct(cs - 1, ',') && IsWordTok(cs) &&
      !toks_[cs].cap &&
      (WordIs(cs, "began") || WordIs(cs, "started") || WordIs(cs, "kept") ||
       WordIs(cs, "continued") || WordIs(cs, "begins") ||
       WordIs(cs, "starts") || WordIs(cs, "keeps"))) {
    Np subject = SubjectBefore(cs, lo);
    if (subject.found() && subject.kind == Np::kName) return subject;
  }
  // "Quintana was frustrated, and at one changeover was heard asking":
  // past "and", and the sentence's subject when no one opens the clause.
  while (cs < cue && (WordIs(cs, "and") || WordIs(cs, "but"))) ++cs;
  // ("Denise Fell, said the authority had written to the minister asking
  // for "...": a reporting verb opening the clause; its subject speaks.)
  if (cs < cue - 1 && IsWordTok(cs) && !toks_[cs].cap) {
    const qi::CueWord* opening = CueAt(cs);
    if (opening != nullptr && opening->form != qi::CueForm::kGerund) {
      Np subject = SubjectBefore(cs, lo);
      if (subject.found()) return subject;
    }
  }
  const bool preposition = WordIs(cs, "at") || WordIs(cs, "in") ||
                           WordIs(cs, "on") || WordIs(cs, "during") ||
                           WordIs(cs, "after") || WordIs(cs, "before");
  Np np = NpForward(cs, cue, true);
  if ((!np.found() && preposition) ||
      (np.found() && np.kind == Np::kUnnamed &&
       (preposition || (!np.person_head && !np.org_head)))) {
    Np subject = SentenceSubject(cue);
    if (subject.found()) return subject;
  }
  return np;
}

// "according to an analysis by the Department of Finance": the body or
// person a document noun is by, else np. ("the latest regional outlook from
// the Gulf Research and Forecasting Centre", "the UN Environment
// Programme's latest Adaptation Gap Report": also a document from a named
// body, or one in its possessive.)
Np Extractor::DocumentAuthor(const Np& np, int hi) const {
  if (!np.found() || np.kind != Np::kUnnamed) return np;
  auto document = [&](int k) {
    return WordIs(k, "analysis") || WordIs(k, "report") || WordIs(k, "study") ||
           WordIs(k, "survey") || WordIs(k, "review") || WordIs(k, "audit") ||
           WordIs(k, "assessment") || WordIs(k, "estimate") ||
           WordIs(k, "estimates") || WordIs(k, "paper") || WordIs(k, "poll") ||
           WordIs(k, "outlook") || WordIs(k, "forecast") ||
           WordIs(k, "forecasts") || WordIs(k, "projections") ||
           WordIs(k, "bulletin") || WordIs(k, "update") ||
           WordIs(k, "release") || WordIs(k, "statement");
  };
  const int first = FirstTokenAt(np.b);
  int last = first;
  while (last + 1 < hi && toks_[last + 1].e <= np.e) ++last;
  {
    // The possessive: "[the] Name's [words] <document>", the document
    // noun ending the phrase.
    int a = first;
    if (a < last && WordIs(a, "the")) ++a;
    int p = a;
    while (p < last && NameTok(p) && !toks_[p].poss) ++p;
    if (p < last && NameTok(p) && toks_[p].poss && document(last)) {
      Np name = NameRunForward(a, p + 1);
      if (name.found() && name.kind == Np::kName) {
        name.cue_b = np.cue_b;
        name.cue_e = np.cue_e;
        return name;
      }
    }
  }
  for (int k = first; k + 2 < hi && toks_[k].e <= np.e; ++k) {
    int by = k + 1;
    // ("figures released Tuesday by the Ministry of Tourism": a document
    // put out by someone, perhaps on a day.)
    if ((document(k) || WordIs(k, "figures") || WordIs(k, "data") ||
         WordIs(k, "statistics")) &&
        (WordIs(by, "released") || WordIs(by, "published") ||
         WordIs(by, "issued") || WordIs(by, "compiled"))) {
      ++by;
      if (WordIs(by, "on")) ++by;
      if (by < hi && IsWeekday(W(by))) ++by;
      if (!WordIs(by, "by")) return np;
      k = by - 1;
    } else if (!WordIs(by, "by") && !WordIs(by, "from")) {
      continue;
    } else if (!document(k)) {
      return np;
    }
    int a = k + 2;
    if (a + 1 < hi && WordIs(a, "the")) ++a;
    if (!NameTok(a)) return np;
    Np name = NameRunForward(a, hi);
    if (!name.found() || name.kind != Np::kName) return np;
    name.cue_b = np.cue_b;
    name.cue_e = np.cue_e;
    return name;
  }
  return np;
}

// "A 24-year-old Malian survivor, who gave his name only as Ibrahim,
// said": the name a clause after someone described gives them, else np.
Np Extractor::GivenName(const Np& np, int cue, int lo) const {
  if (!np.found() || np.kind != Np::kUnnamed || !np.person_head) return np;
  for (int k = cue - 1; k > lo && k > cue - 14 && toks_[k].e > np.e; --k) {
    if (!WordIs(k - 1, "as") || !NameTok(k) || !Outside(k)) continue;
    if (!NamingAs(k - 1, lo)) continue;
    Np name = NameRunForward(k, cue);
    if (name.found() && name.kind == Np::kName) return name;
    break;
  }
  return np;
}

bool Extractor::NamingAs(int as, int lo) const {
  // ("who wanted to be known only as Siti": or the name they go by.)
  for (int m = as - 1; m >= lo && m >= as - 4; --m) {
    if (WordIs(m, "name") || WordIs(m, "identified") ||
        (WordIs(m, "known") && WordIs(m - 1, "be"))) {
      return true;
    }
  }
  return false;
}

int Extractor::NameAfterTitleInitials(int t, int hi) const {
  if (!NameTok(t) || !Has(t, kTitleWord | kRole)) return -1;
  const int e = NameEnd(t, hi);
  for (int k = t; k < e; ++k) {
    if (!Has(k, kTitleWord | kRole) && !IsPortfolio(W(k))) return -1;
  }
  return e + 3 < hi && IsPunct(e, '(') && IsWordTok(e + 1) &&
                 LooksLikeAcronym(W(e + 1)) && IsPunct(e + 2, ')') &&
                 NameTok(e + 3) && Outside(e + 3)
             ? e + 3
             : -1;
}

// "Sarah Cole of the weather service said", "Meteorologist Ana Ruiz-Torres
// of the weather service's Pendleton office said", "Judge Eleanor Whitfield
// of Federal District Court in Columbus wrote": the person's name that opens
// the phrase `np` (ending at token i), before where they work. Np() if it
// opens with none.
Np Extractor::PersonOpening(const Np& np, int i, int lo) const {
  if (!np.found()) return Np();
  // (Most phrases hold none of the words: a cheap test first, for speed.)
  const std::string_view phrase = text_.substr(np.b, toks_[i].e - np.b);
  if (phrase.find(" of ") == std::string_view::npos &&
      phrase.find(" at ") == std::string_view::npos &&
      phrase.find(" from ") == std::string_view::npos) {
    return Np();
  }
  const int f = FirstTokenAt(np.b);
  if (f < lo ||
      !(f == lo || IsPunct(f - 1, ',') || toks_[f - 1].sent != toks_[f].sent)) {
    return Np();
  }
  int k = f;
  while (k < i && NameTok(k) && !toks_[k].poss) ++k;
  // ("Lim at Meridian said": or one name of someone named before.)
  const bool surname =
      k - f == 1 &&
      (by_last_.contains(absl::string_view(W(f).data(), W(f).size())) ||
       by_first_.contains(absl::string_view(W(f).data(), W(f).size())));
  if ((k - f < 2 && !surname) || k >= i ||
      !(WordIs(k, "of") || WordIs(k, "at") || WordIs(k, "from"))) {
    return Np();
  }
  if (HasOrgSuffix(f, k - 1)) return Np();  // "Chase Bank of Texas"
  Np name = NameRunBack(k - 1, f);
  if (!name.found() || name.kind != Np::kName || name.nnames != 1 ||
      (name.name_tokens[0] < 2 && !surname) ||
      !(surname || name.title_b < name.b ||
        qi::MaybeFirstName(W(FirstTokenAt(name.name_b[0]))))) {
    return Np();
  }
  name.desc_b = toks_[k].b;
  name.desc_e = toks_[i].e;
  return name;
}

// The subject of the reporting verb at `cue`, looking back no further than
// token lo.
Np Extractor::SubjectBefore(int cue, int lo, bool quote_after) const {
  char buf[32];
  int i = cue - 1;
  // "The Electoral Commission of Zambia (ECZ) in a statement said": past
  // where it was said, between the subject and the verb.
  if (i - 3 >= lo && IsWordTok(i) && !toks_[i].cap &&
      (WordIs(i - 1, "a") || WordIs(i - 1, "an") || WordIs(i - 1, "its") ||
       WordIs(i - 1, "his") || WordIs(i - 1, "her") ||
       WordIs(i - 1, "their")) &&
      WordIs(i - 2, "in") && Outside(i - 2) && CueAt(i - 3) == nullptr &&
      !(IsWordTok(i - 3) && Has(i - 3, kAuxiliary))) {
    const std::string_view n = Lower(i, buf);
    if (n == "statement" || n == "release" || n == "letter" || n == "post" ||
        n == "notice" || n == "circular" || n == "communique" ||
        n == "interview" || n == "tweet" || n == "speech" || n == "filing" ||
        n == "report") {
      i -= 3;
    }
  }
  // "An investigation by the Institute for Correlated Matter in Dresden,
  // Germany, has concluded": past a city and its country between commas,
  // which no one is.
  {
    int k = i;
    while (k > lo && IsWordTok(k) && !toks_[k].cap && Has(k, kAuxiliary)) --k;
    if (k - 4 >= lo && IsPunct(k, ',') && NameTok(k - 1) &&
        IsPunct(k - 2, ',') && NameTok(k - 3)) {
      int m = k - 3;
      while (m - 1 > lo && NameTok(m - 1)) --m;
      // (Not at the end of a relative clause: "Hiroshi Tanabe, who studies
      // pollinators at Hokkaido University in Sapporo, Japan, says".)
      bool relative = false;
      for (int r = m - 2; r > lo && r > m - 32 && !relative; --r) {
        relative =
            IsPunct(r - 1, ',') &&
            (WordIs(r, "who") || WordIs(r, "which") || WordIs(r, "whose"));
      }
      // (Nor after "based", "X, based in Basel, Switzerland, said": the
      // place is the subject's, read whole below.)
      if (m - 2 >= lo && (WordIs(m - 1, "in") || WordIs(m - 1, "at")) &&
          !toks_[m - 1].cap && !relative &&
          (NameTok(m - 2) || IsPunct(m - 2, ')'))) {
        i = m - 2;
      }
    }
  }
  // "Rafael Quintero of Quintero & Moss in Des Moines said": past the city
  // of a person's firm, which no one is (not "the British Embassy in
  // Paris", a mission named for where it is).
  {
    int m = i;
    while (m > lo && m > i - 3 && NameTok(m) && !toks_[m].poss) --m;
    if (m < i && m - 4 >= lo && WordIs(m, "in") && !toks_[m].cap &&
        NameTok(m - 1) && !toks_[m - 1].poss && W(m - 1) != "Embassy" &&
        W(m - 1) != "Consulate") {
      // (The firm after "of" and a person's name.)
      int f = m - 1;
      while (f - 1 > lo && f > m - 6 &&
             ((NameTok(f - 1) && !toks_[f - 1].poss) || IsPunct(f - 1, '&'))) {
        --f;
      }
      if (f - 2 >= lo && WordIs(f - 1, "of") && !toks_[f - 1].cap &&
          NameTok(f - 2) && !Has(f - 2, kOrgSuffixWord | kNonPerson)) {
        i = m - 1;
      }
    }
  }
  // "The Federation of German Industries (BDI) said", "Sen. Elizabeth
  // Warren (D-Mass.) called": past the brackets.
  // ("(PGMOL) later said": and an adverb after them.)
  if (i - 3 >= lo && IsWordTok(i) && !toks_[i].cap && IsPunct(i - 1, ')') &&
      Has(i, kAuxOrAdverb)) {
    --i;
  }
  if (i - 2 >= lo && IsPunct(i, ')')) {
    int k = i - 1;
    while (k > lo && k > i - 6 && !IsPunct(k, '(') && !IsPunct(k, ')')) --k;
    if (IsPunct(k, '(') && k > lo) i = k - 1;
  }
  // "Its leader, Marcela Vidal - no relation to Hector Vidal - said": past
  // an aside between dashes.
  if (i - 3 >= lo && IsPunct(i, '-')) {
    int k = i - 1;
    while (k > lo && k > i - 14 && Outside(k) && !IsPunct(k, '-') &&
           !IsPunct(k, ',') && toks_[k].sent == toks_[i].sent) {
      --k;
    }
    if (k > lo && k < i - 1 && IsPunct(k, '-') && NameTok(k - 1)) i = k - 1;
  }
  // "Lumenforge, which has worked on films including "Starfall Rising" and
  // "The Glass Meridian," said", "The company, which markets its output as
  // "green nickel" for batteries, added": a relative clause holding a
  // quotation (whose marks may hold its comma).
  // (The window stops at quotations; this looks past them to the
  // sentence's start.)
  const bool closed_comma = i >= 2 && i >= lo - 1 && toks_[i].type == kClose &&
                            toks_[i].b > 0 && text_[toks_[i].b - 1] == ',';
  if (closed_comma || (i >= 2 && i >= lo && IsPunct(i, ','))) {
    int s0 = i;
    while (s0 > 0 && toks_[s0 - 1].sent == toks_[i].sent) --s0;
    const int lo2 = std::max(s0, i - 30);
    bool quoted = closed_comma;
    for (int k = i - 1; k > lo2; --k) {
      if (IsPunct(k, '.') || IsPunct(k, ';')) break;
      if (!Outside(k)) {
        quoted = true;
        continue;
      }
      if (!IsPunct(k, ',')) continue;
      if (!quoted) break;  // (the rule below, inside the window)
      // (Or an appositive that names or describes it: "Pádraig Ó Conchúir,
      // known to supporters as "the Professor", said", "Oliver Thane, best
      // known for his turn in "Cold Harbour," said".)
      const bool known =
          WordIs(k + 1, "known") ||
          ((WordIs(k + 1, "best") || WordIs(k + 1, "also") ||
            WordIs(k + 1, "widely") || WordIs(k + 1, "affectionately")) &&
           WordIs(k + 2, "known")) ||
          WordIs(k + 1, "dubbed") || WordIs(k + 1, "nicknamed");
      // ("Director Kasia Nowicka, whose space drama "Glassworks" opened
      // at No. 1, told Deadline that ... "...": or "whose", "whom", for a
      // quotation after the verb; the title in the clause is no one's.)
      const bool whose =
          quote_after && (WordIs(k + 1, "whose") || WordIs(k + 1, "whom"));
      if (!(WordIs(k + 1, "which") || WordIs(k + 1, "who") || whose ||
            (known && NameTok(k - 1))) ||
          k - 1 < lo2 || !Outside(k - 1) || toks_[k - 1].poss) {
        break;
      }
      if (NameTok(k - 1)) {
        Np name = NameRunBack(k - 1, lo2);
        // (From its title: "Director Kasia Nowicka, whose ...".)
        const int f =
            name.found()
                ? FirstTokenAt(name.title_b < name.b ? name.title_b : name.b)
                : -1;
        // (Or after a description in lower case opening the sentence: "The
        // singer-songwriter Jess Calloway, who ...".)
        // (Not a place after a preposition, "The 29-year-old from
        // Tijuana, nicknamed ...": the description is the subject.)
        bool described = f > lo2 && IsWordTok(f - 1) && !toks_[f - 1].cap &&
                         !WordIs(f - 1, "from") && !WordIs(f - 1, "in") &&
                         !WordIs(f - 1, "of") && !WordIs(f - 1, "at");
        for (int m = lo2; described && m < f; ++m) {
          described = IsWordTok(m) && (m > lo2 || toks_[m].cap) &&
                      (m == lo2 || !toks_[m].cap) && CueAt(m) == nullptr &&
                      !Has(m, kAuxiliary | kClause);
        }
        if (name.found() && name.kind == Np::kName && name.nnames == 1 &&
            (f <= lo2 || IsPunct(f - 1, ',') ||
             toks_[f - 1].sent != toks_[f].sent || described)) {
          return name;
        }
      } else if (IsWordTok(k - 1) && !toks_[k - 1].cap) {
        // ("The company, which ...": a body or a person described.)
        Np np = UnnamedBack(k - 1, lo2);
        const int f = np.found() ? FirstTokenAt(np.b) : -1;
        if (np.found() &&
            (np.kind == Np::kOrgRef || np.org_head ||
             (np.kind == Np::kUnnamed && np.person_head)) &&
            f >= lo2 && (f == lo2 || toks_[f - 1].sent != toks_[f].sent)) {
          return np;
        }
      }
      break;
    }
  }
  // "The Mukono District Woman MP, Ms Betty Nalwoga, who addressed the
  // parents, described": the name before a relative clause that ends at
  // the verb.
  if (IsPunct(i, ',') && i - 1 > lo) {
    for (int k = i - 1; k > lo && k >= i - 20; --k) {
      if (!Outside(k) || IsPunct(k, '.') || IsPunct(k, ';') ||
          toks_[k].sent != toks_[i].sent) {
        break;
      }
      if (!IsPunct(k, ',')) continue;
      // ("Donna Pickering, whose daughters Ellie, nine, and Grace, seven,
      // attend classes, said": or "whose", the names after it objects.)
      if (!WordIs(k + 1, "who") && !WordIs(k + 1, "whose") && IsPunct(k, ',')) {
        // An inner comma of a "whose" clause: keep looking back.
        bool inner = false;
        int whose = -1;
        for (int m = k - 1; m > lo && m >= k - 12; --m) {
          if (IsPunct(m, '.') || IsPunct(m, ';') || !Outside(m)) break;
          if (IsPunct(m, ',') && WordIs(m + 1, "whose")) {
            inner = true;
            whose = m + 1;
            break;
          }
        }
        // "Paris outfit Lumen Vert, whose head of sales, Delphine
        // Aubry-Castellane, said": a clause with no verb, then the name of
        // the one it describes, who is the subject.
        if (inner && k + 2 < i && NameTok(k + 1) && Outside(k + 1) &&
            NameEnd(k + 1, i) == i) {
          bool verb = false;
          for (int x = whose + 1; x < k && !verb; ++x) {
            verb = IsWordTok(x) && !toks_[x].cap &&
                   (Has(x, kAuxiliary) || CueAt(x) != nullptr ||
                    W(x).ends_with("ed"));
          }
          Np name = NameRunBack(i - 1, k + 1);
          if (!verb && OneFullName(name) &&
              qi::MaybeFirstName(W(FirstTokenAt(name.name_b[0])))) {
            return name;
          }
        }
        if (inner) continue;
      }
      if ((WordIs(k + 1, "who") || WordIs(k + 1, "whose")) && k - 1 >= lo &&
          NameTok(k - 1) && Outside(k - 1) && !toks_[k - 1].poss) {
        Np name = NameRunBack(k - 1, lo);
        // (Not a place after a preposition: "An SMRT staff member at
        // Jurong East, who declined to be named, said".)
        int f = k - 1;
        while (f - 1 >= lo &&
               toks_[f - 1].b >= std::min(name.b, name.title_b)) {
          --f;
        }
        // (Nor a body after its description: "Sarah Natarajan of
        // credit-research firm Kestrel Analytics, who": only a name that
        // opens the sentence or stands after a comma.)
        // (And a person's: titled or with a first name; not "of
        // Albuquerque, New Mexico, who".)
        const bool apposed = f - 1 < lo || IsPunct(f - 1, ',') ||
                             toks_[f - 1].sent != toks_[f].sent;
        const int first = FirstTokenAt(name.name_b[0]);
        const bool person =
            name.title_b < name.b || qi::MaybeFirstName(W(first));
        if (OneFullName(name) && apposed && person) {
          return name;
        }
      }
      // ("the spokesman of the regulator, who did not want his name in
      // print because ..., said": or a person described.)
      if (WordIs(k + 1, "who") && k - 1 >= lo && IsWordTok(k - 1) &&
          !toks_[k - 1].cap && Outside(k - 1)) {
        Np np = UnnamedBack(k - 1, lo);
        const int f = np.found() ? FirstTokenAt(np.b) : -1;
        // (Not one in apposition to a name: "Linda Brandt, Gary's wife,
        // who ran the bakery, said".)
        if (np.found() && np.kind == Np::kUnnamed && np.person_head &&
            !np.org_head && f >= lo &&
            (WordIs(f, "the") || WordIs(f, "a") || WordIs(f, "an") ||
             WordIs(f, "one") || WordIs(f, "another")) &&
            (f == lo || toks_[f - 1].sent != toks_[f].sent ||
             (IsPunct(f - 1, ',') && !(f - 2 >= lo && NameTok(f - 2))))) {
          return np;
        }
      }
      break;
    }
  }
  // "an arrangement that Helen Park, an assistant United States attorney,
  // called "brazen"": a name, then a description of a person between
  // commas, opening a clause.
  if (IsPunct(i, ',') && i - 4 >= lo && IsWordTok(i - 1) && !toks_[i - 1].cap &&
      Outside(i - 1) && Has(i - 1, kPerson | kRole) && !Has(i - 1, kOrgNoun)) {
    int f = i - 1;
    while (f - 1 > lo && f > i - 9 && IsWordTok(f - 1) && Outside(f - 1) &&
           CueAt(f - 1) == nullptr && !Has(f - 1, kClause | kAuxiliary)) {
      --f;
    }
    if (f - 2 >= lo && IsPunct(f - 1, ',') &&
        (WordIs(f, "a") || WordIs(f, "an") || WordIs(f, "the")) &&
        NameTok(f - 2) && Outside(f - 2) && !toks_[f - 2].poss) {
      Np name = NameRunBack(f - 2, lo);
      int n = f - 2;
      while (n - 1 >= lo && toks_[n - 1].b >= std::min(name.b, name.title_b)) {
        --n;
      }
      const bool opens = n == lo || toks_[n - 1].sent != toks_[n].sent ||
                         WordIs(n - 1, "that") || WordIs(n - 1, "whom") ||
                         WordIs(n - 1, "when") || WordIs(n - 1, "while") ||
                         WordIs(n - 1, "because") || WordIs(n - 1, "after") ||
                         WordIs(n - 1, "although") || WordIs(n - 1, "but");
      if (OneFullName(name) && opens) {
        return name;
      }
    }
  }
  // "The chief executive of the charity Homes for All, Joanne Mercer,
  // said": a description of a person opening the sentence, then the name
  // between commas.
  if (IsPunct(i, ',') && i - 3 >= lo && NameTok(i - 1) && Outside(i - 1) &&
      !toks_[i - 1].poss) {
    Np name = NameRunBack(i - 1, lo);
    const int f =
        name.found() ? FirstTokenAt(std::min(name.b, name.title_b)) : -1;
    // (A description of a dozen words at most, after a comma.)
    int s0 = f - 1;
    while (f > 0 && IsPunct(f - 1, ',') && s0 > 0 && s0 > f - 14 &&
           toks_[s0 - 1].sent == toks_[i].sent && Outside(s0 - 1)) {
      --s0;
    }
    if (s0 > 0 && toks_[s0 - 1].sent == toks_[i].sent && Outside(s0 - 1)) {
      s0 = -1;  // (not the sentence's start)
    }
    // ("Speaking yesterday, the Mbeya Regional Commissioner, Ms X, said":
    // or after an opening phrase and its comma.)
    if (s0 >= 0 && !WordIs(s0, "the")) {
      for (int k = s0 + 2; k < f - 2; ++k) {
        if (IsPunct(k - 1, ',') && WordIs(k, "the") && !toks_[k].cap &&
            CueAt(k - 2) == nullptr) {
          s0 = k;
          break;
        }
      }
    }
    // ("Head of the Bandung City Health Office, Sukirman, said": or a
    // capitalised role before "of" or "for" opening the sentence, with no
    // article.)
    const bool bare_head = s0 >= lo && s0 + 1 < f && IsWordTok(s0) &&
                           toks_[s0].cap && Has(s0, kPerson | kRole) &&
                           !Has(s0, kOrgNoun | kFunction) &&
                           (WordIs(s0 + 1, "of") || WordIs(s0 + 1, "for"));
    // (A name of one word, where the description ended in a capitalised
    // word, the body's name, so that the word is not the body's: not "the
    // chief executive of the charity, Oxfam,".)
    const bool one_word =
        name.found() && name.kind == Np::kName && name.nnames == 1 &&
        name.name_tokens[0] == 1 && name.title_b >= name.b && f >= 2 &&
        toks_[f - 2].cap && !LooksLikeAcronym(W(f)) &&
        !Has(f, kNonPerson | kOrgSuffixWord | kNationality | kTitleWord);
    if (name.found() && name.kind == Np::kName && name.nnames == 1 &&
        (name.name_tokens[0] >= 2 || one_word) && f - 3 >= s0 &&
        IsPunct(f - 1, ',') && s0 >= lo &&
        (WordIs(s0, "the") || WordIs(s0, "a") || WordIs(s0, "an") ||
         WordIs(s0, "its") || WordIs(s0, "his") || WordIs(s0, "her") ||
         WordIs(s0, "their") || bare_head)) {
      // Its head: the first noun of people before "of", "at" or "for".
      bool person = false;
      const int head0 = bare_head ? s0 : s0 + 1;
      for (int k = head0;
           k < f - 1 && k <= s0 + 4 && IsWordTok(k) &&
           !Has(k, kFunction | kAuxiliary | kClause) && CueAt(k) == nullptr;
           ++k) {
        // ("The Head of the Internal Medicine Department, Dr Rehema
        // Kasongo, said": or a capitalised one before "of" or "for".)
        const bool of_after =
            WordIs(k + 1, "of") || WordIs(k + 1, "at") || WordIs(k + 1, "for");
        // ("the Mbeya Regional Commissioner, Ms X,": or a title, capitalised,
        // last before the comma.)
        if ((!toks_[k].cap || (k == head0 && of_after) ||
             (k + 1 >= f - 1 && Has(k, kTitleWord))) &&
            Has(k, kPerson | kRole) && !Has(k, kOrgNoun) &&
            (k + 1 >= f - 1 || of_after)) {
          person = true;
          break;
        }
      }
      if (person && !HasOrgSuffix(FirstTokenAt(name.name_b[0]), i - 1)) {
        name.desc_b = toks_[s0].b;
        name.desc_e = toks_[f - 2].e;
        return name;
      }
    }
  }
  while (i >= lo && IsWordTok(i) && Outside(i) && !toks_[i].cap) {
    if (Has(i, kAuxOrAdverb)) {
      --i;
    } else if (WordIs(i, "to") && i - 1 >= lo && IsToVerb(i - 1)) {
      i -= 2;  // "liked to say"
    } else if (WordIs(i, "longer") && i - 1 >= lo && WordIs(i - 1, "no")) {
      i -= 2;  // "She no longer answers"
    } else {
      // "Mr Yakubu had at an earlier sitting described": a phrase of time
      // or place between the auxiliary and the verb.
      int p = i - 1;
      while (p > lo && p > i - 4 && IsWordTok(p) && !toks_[p].cap &&
             !(WordIs(p, "at") || WordIs(p, "in") || WordIs(p, "on") ||
               WordIs(p, "during"))) {
        --p;
      }
      if (p > lo && p < i && IsWordTok(p) &&
          (WordIs(p, "at") || WordIs(p, "in") || WordIs(p, "on") ||
           WordIs(p, "during")) &&
          (WordIs(p - 1, "had") || WordIs(p - 1, "has") ||
           WordIs(p - 1, "have"))) {
        i = p - 2;
        continue;
      }
      break;
    }
  }
  // "Ronald Devine last year dismissed", "The ministry earlier this week
  // said": past the time.
  if (i - 2 >= lo && IsWordTok(i) && !toks_[i].cap && Outside(i - 1) &&
      (WordIs(i - 1, "last") || WordIs(i - 1, "this")) &&
      (WordIs(i, "year") || WordIs(i, "week") || WordIs(i, "month") ||
       WordIs(i, "night") || WordIs(i, "weekend"))) {
    i -= 2;
    if (i - 1 >= lo && (WordIs(i, "earlier") || WordIs(i, "later"))) --i;
    while (i >= lo && IsWordTok(i) && !toks_[i].cap && Has(i, kAuxOrAdverb)) {
      --i;
    }
  }
  // "The Supreme Court on Monday said": past the day.
  // ("the Department on Wednesday evening said": and its part.)
  if (i - 3 >= lo && IsWordTok(i) && !toks_[i].cap &&
      (WordIs(i, "morning") || WordIs(i, "afternoon") || WordIs(i, "evening") ||
       WordIs(i, "night")) &&
      IsWordTok(i - 1) && toks_[i - 1].cap && IsWeekday(W(i - 1)) &&
      WordIs(i - 2, "on") && Outside(i - 2)) {
    --i;
  }
  if (i - 2 >= lo && IsWordTok(i) && toks_[i].cap && WordIs(i - 1, "on") &&
      Outside(i - 1) && IsWeekday(W(i))) {
    i -= 2;
    // ("Samuel Bett had on Monday described": and the auxiliary.)
    while (i >= lo && IsWordTok(i) && !toks_[i].cap && Has(i, kAuxOrAdverb)) {
      --i;
    }
  }
  // "A Government Accountability Office report released last month
  // found", "A report published on Monday found": past the participle
  // that says when the document came out (its time was passed above).
  if (i - 1 >= lo && i + 3 <= cue && IsWordTok(i) && !toks_[i].cap &&
      Outside(i) && IsWordTok(i - 1) && !toks_[i - 1].cap &&
      !Has(i - 1, kFunction | kAuxiliary | kClause) &&
      (WordIs(i, "released") || WordIs(i, "published") || WordIs(i, "issued") ||
       WordIs(i, "commissioned") || WordIs(i, "conducted") ||
       WordIs(i, "presented") || WordIs(i, "unveiled") || WordIs(i, "filed") ||
       WordIs(i, "tabled"))) {
    const std::string_view head = Lower(i - 1, buf);
    if (head == "report" || head == "study" || head == "survey" ||
        head == "review" || head == "audit" || head == "analysis" ||
        head == "paper" || head == "document" || head == "statement" ||
        head == "assessment" || head == "investigation" || head == "filing" ||
        head == "ruling" || head == "judgment" || head == "judgement") {
      --i;
    }
  }
  if (i < lo || !Outside(i)) return Np();
  // "a senior Tory MP said", "one veteran MP has warned": an indefinite
  // description whose head is a capitalised role, not a name.
  if (NameTok(i) && !toks_[i].poss && Has(i, kRole) && LooksLikeAcronym(W(i))) {
    int k = i - 1;
    while (k >= lo && k >= i - 4 && Outside(k) && IsWordTok(k) &&
           !Has(k, kFunction | kAuxiliary | kClause | kTitleWord) &&
           CueAt(k) == nullptr && !toks_[k].poss) {
      --k;
    }
    if (k >= lo && k < i &&
        (WordIs(k, "a") || WordIs(k, "an") || WordIs(k, "one") ||
         WordIs(k, "another"))) {
      Np np = UnnamedBack(i, k);
      if (np.found() && np.kind == Np::kUnnamed) return np;
    }
  }
  // "The Austin, Texas-based company said": a body described by where it
  // is, the place's comma inside the phrase.
  if (i - 1 >= lo && IsWordTok(i) && !toks_[i].cap && Has(i, kOrgNoun) &&
      IsWordTok(i - 1) && toks_[i - 1].cap) {
    std::string_view a = W(i - 1);
    size_t hy = a.find('-');
    if (hy != std::string_view::npos && hy + 1 < a.size() && a[hy + 1] >= 'a' &&
        a[hy + 1] <= 'z') {
      for (int k = i - 2; k >= lo && k >= i - 7; --k) {
        if (WordIs(k, "the")) return OrgRef(k, i);
        if (!NameTok(k) && !IsPunct(k, ',')) break;
      }
    }
  }
  // "One engineer who worked on the assistant said": the person a
  // relative clause describes, without the clause; not "firefighters who
  // he said arrived", where "he" speaks.
  // (A currency sign may stand in the clause: "who lost £180,000 said".)
  bool pronoun_subject =
      IsWordTok(i) && qi::FindPronoun(Lower(i, buf)) != Pronoun::kNone;
  // (Not past another verb of speech: "One person who attended the
  // meeting said Mr. Ellison had told directors".)
  for (int k = pronoun_subject ? lo - 1 : i;
       k - 1 >= lo && k >= i - 16 && Outside(k) &&
       (IsWordTok(k) ||
        (toks_[k].type == kPunct && !IsPunct(k, ',') && !IsPunct(k, '.') &&
         !IsPunct(k, ';') && !IsPunct(k, ':'))) &&
       (k == i || CueAt(k) == nullptr);
       --k) {
    // (Nor past a clause of its own: "whose convictions had been quashed
    // after a detective admitted".)
    // (Its own subject after it, not "died after eating a brownie".)
    // (Its first letter first, for speed: this runs for every word.)
    const char c0 = IsWordTok(k) ? (text_[toks_[k].b] | 0x20) : 0;
    if (k < i &&
        (c0 == 'a' || c0 == 'w' || c0 == 'b' || c0 == 'u' || c0 == 's' ||
         c0 == 'i') &&
        (WordIs(k, "after") || WordIs(k, "when") || WordIs(k, "because") ||
         WordIs(k, "before") || WordIs(k, "while") || WordIs(k, "until") ||
         WordIs(k, "since") || WordIs(k, "although") || WordIs(k, "if")) &&
        (WordIs(k + 1, "a") || WordIs(k + 1, "an") || WordIs(k + 1, "the") ||
         NameTok(k + 1) ||
         (IsWordTok(k + 1) &&
          qi::FindPronoun(Lower(k + 1, buf)) != Pronoun::kNone))) {
      // (Unless the clause has a verb of its own before this one: "who
      // requested anonymity because he was not authorized to speak to
      // media told".)
      bool own_verb = false;
      for (int v = k + 2; v <= i && !own_verb; ++v) {
        own_verb = WordIs(v, "was") || WordIs(v, "were") || WordIs(v, "is") ||
                   WordIs(v, "are") || WordIs(v, "had") || WordIs(v, "has");
      }
      if (!own_verb) break;
    }
    // (Or "whose": "A mother whose home has flooded twice says".)
    if (!(toks_[k].e - toks_[k].b == 3 && WordIs(k, "who")) &&
        !(toks_[k].e - toks_[k].b == 5 && WordIs(k, "whose"))) {
      continue;
    }
    if (k == i || !IsWordTok(k - 1)) break;
    // "A retired teacher from Kent who lost £180,000 said": a place may
    // end the description.
    int end = k - 1;
    if (toks_[end].cap) {
      while (end - 1 >= lo && NameTok(end) && toks_[end - 1].cap) --end;
      if (end - 1 < lo || !(WordIs(end - 1, "from") || WordIs(end - 1, "in") ||
                            WordIs(end - 1, "at") || WordIs(end - 1, "of") ||
                            WordIs(end - 1, "on") || WordIs(end - 1, "near"))) {
        break;
      }
      end = k - 1;
    }
    Np np = UnnamedBack(end, lo);
    // (Not an object: "the sheriff's office thanked bystanders who called
    // 911 and said": a verb in the past inside the phrase.)
    if (np.found()) {
      const int f = FirstTokenAt(np.b);
      bool verb = false;
      for (int m = f + 2; m < end && !verb; ++m) {
        const std::string_view x = W(m);
        verb = IsWordTok(m) && !toks_[m].cap && x.size() > 4 &&
               x.ends_with("ed") && IsWordTok(m - 1) && !toks_[m - 1].cap &&
               !Has(m - 1, kFunction) && Has(m - 1, kOrgNoun | kPerson | kRole);
      }
      if (verb) break;
    }
    if (np.found() && np.person_head &&
        (np.kind == Np::kUnnamed || np.kind == Np::kRoleRef)) {
      // "Suman Gurung, a delivery rider from Nepal who said": the name the
      // description is in apposition to.
      int d = k - 1;
      while (d > lo && toks_[d].b > np.b) --d;
      if (d - 2 >= lo && IsPunct(d - 1, ',') && NameTok(d - 2) &&
          !toks_[d - 2].poss && Outside(d - 2)) {
        Np name = NameRunBack(d - 2, lo);
        if (name.found() && name.kind == Np::kName && Apposed(name, d - 2)) {
          return name;
        }
      }
      return np;  // ("The farmer who fled with his family said")
    }
    break;
  }
  // "Terrence Whitfield, Doris Whitfield's son, who said": past a
  // description of a person between commas to the name it describes.
  // ("Jenni Lamont, the local MSP, who described": or a title's initials.)
  if (IsWordTok(i) && WordIs(i, "who") && i - 4 >= lo && IsPunct(i - 1, ',') &&
      IsWordTok(i - 2) && Outside(i - 2) &&
      ((!toks_[i - 2].cap &&
        (Has(i - 2, kPerson | kRole) || qi::IsKinNoun(Lower(i - 2, buf)))) ||
       (toks_[i - 2].cap && !NameTok(i - 3) &&
        (Has(i - 2, kTitleWord) || LooksLikeAcronym(W(i - 2)))))) {
    for (int c = i - 3; c - 1 >= lo && c >= i - 10; --c) {
      if (!Outside(c) || toks_[c].sent != toks_[i].sent || IsPunct(c, '.') ||
          IsPunct(c, ';')) {
        break;
      }
      if (!IsPunct(c, ',')) continue;
      if (NameTok(c - 1) && !toks_[c - 1].poss && Outside(c - 1)) {
        Np name = NameRunBack(c - 1, lo);
        if (OneFullName(name)) {
          return name;
        }
      }
      break;
    }
  }
  // "said an official of the state health department, who added that":
  // the person described before the comma.
  if (IsWordTok(i) && WordIs(i, "who") && i - 3 >= lo && IsPunct(i - 1, ',') &&
      IsWordTok(i - 2) && !toks_[i - 2].cap && Outside(i - 2)) {
    Np np = UnnamedBack(i - 2, lo);
    if (np.found() && np.kind == Np::kUnnamed && np.person_head &&
        !np.org_head) {
      const int first = FirstTokenAt(np.b);
      if (WordIs(first, "a") || WordIs(first, "an") || WordIs(first, "one")) {
        return np;
      }
    }
  }
  // "a colleague who had told her": the relative pronoun's antecedent,
  // from its determiner ("the testimony of a former union official who").
  int det_lo = lo;
  bool relative = false;  // the verb's subject is "who"
  if (IsWordTok(i) && i - 1 >= lo && Outside(i - 1) && IsWordTok(i - 1) &&
      (WordIs(i, "who") || WordIs(i, "which") || WordIs(i, "that"))) {
    relative = WordIs(i, "who");
    --i;
    if (!toks_[i].cap) {
      for (int k = i - 1; k >= lo && k >= i - 6 && IsWordTok(k); --k) {
        if (WordIs(k, "a") || WordIs(k, "an") || WordIs(k, "the")) {
          det_lo = k;
          break;
        }
      }
    }
  }
  // "according to the National Hurricane Center, which warned", "the
  // Irish Nurses and Midwives Organisation (INMO), which warned": the body
  // before the relative pronoun.
  if (IsWordTok(i) && WordIs(i, "which") && i - 2 >= lo &&
      IsPunct(i - 1, ',')) {
    int k = i - 2;
    if (IsPunct(k, ')')) {
      int m = k - 1;
      while (m > lo && m > k - 6 && !IsPunct(m, '(')) --m;
      k = IsPunct(m, '(') ? m - 1 : lo - 1;
    }
    if (k >= lo && NameTok(k) && Outside(k) && !toks_[k].poss) {
      Np name = NameRunBack(k, lo);
      if (name.found() && name.kind == Np::kName &&
          HasOrgSuffix(k - name.name_tokens[name.nnames - 1] + 1, k)) {
        return name;
      }
    } else if (k >= lo && IsWordTok(k) && Outside(k) && Has(k, kOrgNoun)) {
      int d = k;  // "the union", "the state's health department"
      while (d - 1 >= lo && d > k - 4 && IsWordTok(d - 1) && Outside(d - 1) &&
             !WordIs(d, "the")) {
        --d;
      }
      if (WordIs(d, "the")) {
        Np body = UnnamedForward(d, k + 1);
        if (body.found() && body.org_head && !body.person_head) return body;
      }
      // ("the Center for Appellate Data, a nonpartisan research group,
      // which described": the body the description is of.)
      if ((WordIs(d, "a") || WordIs(d, "an")) && d - 2 >= lo &&
          IsPunct(d - 1, ',') && NameTok(d - 2) && Outside(d - 2) &&
          !toks_[d - 2].poss) {
        Np name = NameRunBack(d - 2, lo);
        if (name.found() && name.kind == Np::kName && name.nnames == 1 &&
            HasOrgSuffix(d - 1 - name.name_tokens[0], d - 2)) {
          return name;
        }
      }
    }
  }
  // "Finance Director Kwame Asante-Boateng, who told the council": the
  // name before the relative pronoun.
  if (IsWordTok(i) && WordIs(i, "who") && i - 2 >= lo && IsPunct(i - 1, ',') &&
      NameTok(i - 2) && Outside(i - 2)) {
    Np name = NameRunBack(i - 2, lo);
    // "Tadhg O'Mahony, 71, a retired docker from Ballinlough, who said": a
    // place ends the description; the person is named before it.
    int k = i - 2;
    while (k - 1 >= lo && toks_[k - 1].b >= name.b) --k;
    // ("Arvind Pillai, chief executive of property agency Orchid Homes, who
    // said": a body ends the description; "who" is the person.)
    const bool body =
        name.found() && name.kind == Np::kName && name.nnames == 1 &&
        (HasOrgSuffix(k, i - 2) ||
         org_names_.contains(absl::string_view(
             text_.data() + name.name_b[0], name.name_e[0] - name.name_b[0])));
    if (name.found() && k - 1 >= lo &&
        (body || WordIs(k - 1, "from") || WordIs(k - 1, "in") ||
         WordIs(k - 1, "at") || WordIs(k - 1, "near"))) {
      for (int m = k - 2; m >= lo && m >= k - 14; --m) {
        if (!Outside(m) || toks_[m].sent != toks_[i].sent) break;
        if (IsPunct(m, ',') && m - 1 >= lo && NameTok(m - 1) &&
            Outside(m - 1)) {
          Np person = NameRunBack(m - 1, lo);
          if (person.found() && person.kind == Np::kName &&
              person.name_tokens[0] >= 2) {
            return person;
          }
        }
      }
    }
    if (name.found()) return name;
  }
  // "including one from a former county executive, who wrote that": the
  // person described before ", who".
  if (IsWordTok(i) && WordIs(i, "who") && i - 2 >= lo && IsPunct(i - 1, ',') &&
      IsWordTok(i - 2) && !toks_[i - 2].cap && Outside(i - 2)) {
    int d = i - 2;  // from its article: not "a letter from a retired nurse"
    while (d > lo && d > i - 7 && IsWordTok(d) && Outside(d) &&
           !(WordIs(d, "a") || WordIs(d, "an") || WordIs(d, "the"))) {
      --d;
    }
    if (WordIs(d, "a") || WordIs(d, "an") || WordIs(d, "the")) {
      Np np = UnnamedForward(d, i - 1);
      if (np.found() && np.person_head && np.e == toks_[i - 2].e &&
          (np.kind == Np::kUnnamed || np.kind == Np::kRoleRef)) {
        return np;
      }
    }
  }
  if (IsWordTok(i)) {
    std::string_view w = Lower(i, buf);
    // "X said ... and told reporters": the second of two verbs joined by
    // "and" shares the subject of the sentence's first verb.
    if (w == "and" || w == "but") return SentenceSubject(cue);
    Pronoun p = qi::FindPronoun(w);
    if (p != Pronoun::kNone) {
      Np np;
      np.kind = Np::kPronoun;
      np.pronoun = p;
      np.b = toks_[i].b;
      np.e = toks_[i].e;
      return np;
    }
    // "Prosecutors said": a common noun that opens the sentence.
    // Not a surname that merely ends like an agent noun ("Schumer").
    bool common =
        NameTok(i) && (i == lo || !NameTok(i - 1)) &&
        (i == 0 || toks_[i - 1].sent != toks_[i].sent) &&
        (Has(i, kRole | kOrgNoun) ||
         (w.size() > 3 && w.back() == 's' && Has(i, kPerson)) ||
         w == "police" || w == "staff" || w == "people") &&
        !by_last_.contains(absl::string_view(W(i).data(), W(i).size()));
    // "43 MPs said": a number of members, initials in the plural.
    if (NameTok(i) && i - 1 >= lo && IsWordTok(i - 1) && toks_[i - 1].digit &&
        Outside(i - 1) && W(i).size() >= 3 && W(i).size() <= 5 &&
        W(i).back() == 's' &&
        LooksLikeAcronym(W(i).substr(0, W(i).size() - 1))) {
      Np np;
      np.kind = Np::kUnnamed;
      np.b = toks_[i - 1].b;
      np.e = toks_[i].e;
      np.head_b = toks_[i].b;
      np.person_head = true;
      return np;
    }
    // "the MP said", "the Prime Minister said": a capitalised role after
    // "the".
    if (NameTok(i) && Has(i, kRole) && !toks_[i].poss) {
      // ("the BJD MLA": a party's initials too.)
      int k = i - 1;
      while (k >= lo && k > i - 3 && NameTok(k) &&
             (Has(k, kTitleWord) || LooksLikeAcronym(W(k)))) {
        --k;
      }
      if (k >= lo && WordIs(k, "the")) common = true;
    }
    // "the German said": a nationality standing for a person.
    if (NameTok(i) && qi::IsNationality(w)) {
      // "the German", "the Kentucky Republican"
      int k = i - 1;
      while (k >= lo && k >= i - 3 && NameTok(k) && !toks_[k].poss &&
             !WordIs(k, "the")) {
        --k;  // ("The Norwegian confirmed": the article opening it.)
      }
      // ("the 26-year-old Ukrainian")
      if (k - 1 >= lo && IsWordTok(k) && W(k).ends_with("-year-old")) --k;
      if (k >= lo && WordIs(k, "the")) common = true;
    }
    // ("St. Brendan's said", "Sainsbury's said": a name in the possessive
    // right before the verb is the business's name.)
    const bool business_possessive = toks_[i].poss && i == cue - 1;
    // ("A lawsuit filed Monday accuses": a day after a participle.)
    if (NameTok(i) && Has(i, kNonPerson) && !Has(i, kOrgSuffixWord) &&
        i - 1 >= lo && IsWordTok(i - 1) && !toks_[i - 1].cap &&
        W(i - 1).size() > 4 && W(i - 1).ends_with("ed")) {
      Np opening = DescribedOpening(i - 1);
      if (opening.found()) return opening;
    }
    if (NameTok(i) && (!toks_[i].poss || business_possessive) && !common) {
      Np name = NameRunBack(i, lo);
      // "A spokesperson for the Ministry of Housing said": the name ends
      // an unnamed source.
      int k = i;
      while (k - 1 >= lo && toks_[k - 1].b >= name.b) --k;
      // (So may a titled name: "One ally of Ms Thorne said".)
      if (name.found() && k - 2 >= lo && NameTok(k - 1) &&
          Has(k - 1, kTitleWord) && WordIs(k - 2, "of") &&
          (qi::TitleGender(W(k - 1)) != 0 || W(k - 1).starts_with("Dr"))) {
        Np unnamed = UnnamedBack(i, lo);
        if (unnamed.found() && unnamed.person_head &&
            unnamed.kind == Np::kUnnamed) {
          return unnamed;
        }
      }
      // ("A spokeswoman for Arts Minister Rachel Delahunty said": and one
      // who speaks for a titled person.)
      if (name.found() && name.kind == Np::kName) {
        int t = k;
        while (t - 1 >= lo && NameTok(t - 1) && Has(t - 1, kTitleWord)) --t;
        // ("Arts Minister", "Emergency Services Minister": its portfolio.)
        for (int m = 0; m < 3 && t < k && t - 2 >= lo && NameTok(t - 1) &&
                        !toks_[t - 1].poss && !Has(t - 1, kFunction);
             ++m) {
          --t;
        }
        // ("A spokeswoman for the federal Resources Minister": or with an
        // article and an adjective before it.)
        const bool titled = t < k || (NameTok(i) && Has(i, kTitleWord));
        if (titled && t - 3 >= lo && IsWordTok(t - 1) && !toks_[t - 1].cap &&
            !Has(t - 1, kFunction | kPerson | kRole) &&
            CueAt(t - 1) == nullptr &&
            (WordIs(t - 2, "the") || WordIs(t - 2, "for"))) {
          --t;
        }
        if (titled && t - 3 >= lo && WordIs(t - 1, "the")) --t;
        if (titled && t - 2 >= lo && WordIs(t - 1, "for") && IsWordTok(t - 2) &&
            !toks_[t - 2].cap && Has(t - 2, kPerson | kRole)) {
          Np unnamed = UnnamedBack(i, lo);
          if (unnamed.found() && unnamed.person_head &&
              unnamed.kind == Np::kUnnamed && unnamed.b <= toks_[t - 2].b) {
            return unnamed;
          }
        }
      }
      // ("from the German daily Tagesspiegel": a paper so described.)
      if (k - 3 >= lo && (WordIs(k - 1, "daily") || WordIs(k - 1, "weekly") ||
                          WordIs(k - 1, "tabloid"))) {
        --k;
        if (NameTok(k - 1) && Has(k - 1, kNationality)) --k;
      }
      // ("Gareth Allen of the PSNI's Economic Crime Unit said": past the
      // body that owns the named one.)
      if (name.found() && k - 3 >= lo && NameTok(k - 1) && toks_[k - 1].poss &&
          Outside(k - 1)) {
        int o = k - 1;
        while (o - 1 >= lo && o > k - 5 && NameTok(o - 1) &&
               !toks_[o - 1].poss && Outside(o - 1)) {
          --o;
        }
        const int p = o - 2 >= lo && WordIs(o - 1, "the") ? o - 2 : o - 1;
        if (p >= lo && (WordIs(p, "of") || WordIs(p, "at") ||
                        WordIs(p, "for") || WordIs(p, "from"))) {
          k = o;
        }
      }
      if (k - 1 >= lo && WordIs(k - 1, "the")) --k;
      // ("for airport operator Aena": past nouns that say what it is.)
      for (int m = 0;
           m < 3 && k - 2 >= lo && IsWordTok(k - 1) && !toks_[k - 1].cap &&
           Has(k - 1, kOrgNoun | kPerson) && !Has(k - 1, kFunction);
           ++m) {
        --k;
      }
      // (And "in rural Ontario", "from suburban Detroit": a place.)
      while (k - 1 >= lo && IsWordTok(k - 1) && !toks_[k - 1].cap &&
             !Has(k - 1, kFunction) && k - 2 >= lo &&
             (WordIs(k - 2, "for") || WordIs(k - 2, "at") ||
              WordIs(k - 2, "the") || WordIs(k - 2, "in") ||
              WordIs(k - 2, "from"))) {
        --k;  // "for airport operator": an adjective or noun before it
      }
      // ("X of the research firm Halvorsen Insights said")
      if (k - 2 >= lo && WordIs(k - 1, "the") &&
          (WordIs(k - 2, "of") || WordIs(k - 2, "at") ||
           WordIs(k - 2, "for"))) {
        --k;
      }
      // "A draft of the conclusions seen by Reuters says": the agent of a
      // participle after the subject, not the subject.
      if (name.found() && k - 2 >= lo && WordIs(k - 1, "by") &&
          IsParticiple(k - 2)) {
        Np opening = DescribedOpening(k - 2);
        if (opening.found()) return opening;
      }
      if (name.found() && k - 1 >= lo &&
          (WordIs(k - 1, "for") || WordIs(k - 1, "at") || WordIs(k - 1, "of") ||
           WordIs(k - 1, "from") || WordIs(k - 1, "with") ||
           WordIs(k - 1, "in") || WordIs(k - 1, "on") ||
           // "Commuters across Yorkshire have described"
           WordIs(k - 1, "across") || WordIs(k - 1, "around"))) {
        // "Political scientist Lakshmi Menon of the University of Kerala
        // said": the person named before "of", not the whole phrase.
        if (WordIs(k - 1, "of") && k - 2 >= lo && NameTok(k - 2) &&
            !toks_[k - 2].poss && Outside(k - 2)) {
          Np person = NameRunBack(k - 2, lo);
          if (OneFullName(person) &&
              !HasOrgSuffix(k - 2 - person.name_tokens[0] + 1, k - 2)) {
            return person;
          }
        }
        // "Former BJP corporator from Malad Sandhya Patil said": a place
        // after "from" or "in", then a first name and a surname.
        if ((WordIs(k - 1, "from") || WordIs(k - 1, "in")) && k + 2 <= i &&
            NameTok(k) && !qi::MaybeFirstName(W(k)) &&
            !Has(k, kTitleWord | kOrgSuffixWord) &&
            qi::MaybeFirstName(W(k + 1))) {
          Np person = NameRunForward(k + 1, i + 1);
          if (person.found() && person.kind == Np::kName &&
              person.nnames == 1 && person.e == toks_[i].e) {
            return person;
          }
        }
        // "Chair of governors Alun Pritchard said": a title and what it is
        // of, in lower case, before the person's name.
        if (WordIs(k - 1, "of") && k - 2 >= lo && NameTok(k - 2) &&
            Has(k - 2, kTitleWord | kRole) && name.kind == Np::kName &&
            name.nnames == 1 && name.name_tokens[0] >= 2 &&
            (k - 2 == lo || IsPunct(k - 3, ',') ||
             toks_[k - 3].sent != toks_[k - 2].sent) &&
            !HasOrgSuffix(FirstTokenAt(name.name_b[0]), i)) {
          return name;
        }
        Np unnamed = UnnamedBack(i, lo);
        if (unnamed.found() && unnamed.person_head) {
          // "Suman Gurung, a delivery rider from Nepal who said": the name
          // it is in apposition to.
          if (relative) {
            int d = i;
            while (d > lo && toks_[d - 1].b >= unnamed.b) --d;
            if (d - 2 >= lo && IsPunct(d - 1, ',') && NameTok(d - 2) &&
                !toks_[d - 2].poss && Outside(d - 2)) {
              Np name = NameRunBack(d - 2, lo);
              if (name.found() && name.kind == Np::kName &&
                  Apposed(name, d - 2)) {
                return name;
              }
            }
          }
          Np person = PersonOpening(unnamed, i, lo);
          return person.found() ? person : unnamed;
        }
        // ("A jury in Vinton County found": a body described, not named,
        // by an indefinite article.)
        if (unnamed.found() && unnamed.org_head && !unnamed.person_head &&
            !DocumentHead(unnamed) && WordIs(k - 1, "in")) {
          const int first = FirstTokenAt(unnamed.b);
          if ((WordIs(first, "a") || WordIs(first, "an")) && first >= k - 4 &&
              Has(k - 2, kOrgNoun)) {
            return unnamed;
          }
        }
        // "Yusuf Demirci of the German Institute ... (DIW) in Berlin
        // warned": the place is where the person who opens the sentence
        // works.
        if (WordIs(k - 1, "in") || WordIs(k - 1, "at") ||
            WordIs(k - 1, "from")) {
          Np opening = SentenceSubject(cue);
          if (opening.found() && opening.kind == Np::kName &&
              opening.b < name.b) {
            return opening;
          }
          // ("A lawsuit filed Monday in federal court in Boston accuses":
          // the body or document that opens it.)
          opening = DescribedOpening(k - 1);
          if (opening.found()) return opening;
        }
      }
      // "A spokesperson for the Ministry of Housing, Communities and Local
      // Government said": a comma inside the body's name.
      // ("... of Agriculture, Environment and Rural Affairs said": or with
      // the last portfolio read apart from the one before "and".)
      int comma = k - 1;
      if (name.found() && name.nnames == 1 && WordIs(comma, "and") &&
          comma - 1 >= lo && NameTok(comma - 1) && Outside(comma - 1)) {
        --comma;
        while (comma - 1 >= lo && comma > k - 5 && NameTok(comma - 1) &&
               Outside(comma - 1)) {
          --comma;
        }
        --comma;
        // ("... Energy, the Environment and Water": "the" before one.)
        if (comma - 1 >= lo && WordIs(comma, "the") && NameTok(comma + 1)) {
          --comma;
        }
      }
      // ("the Department of Public Expenditure, Infrastructure, Public
      // Service Reform and Digitalisation": more portfolios, of any words,
      // before that comma.)
      // (The list's "and" is before the last or inside it, so not "In a
      // statement signed by X, Y, the Service said".)
      bool list_and = comma < k - 1;
      for (int m = k; m < i && !list_and; ++m) list_and = WordIs(m, "and");
      for (int items = 0; items < 6 && list_and && IsPunct(comma, ',');
           ++items) {
        int b = comma;
        while (b - 1 >= lo && b > comma - 4 && NameTok(b - 1) &&
               Outside(b - 1) && !toks_[b - 1].poss &&
               qi::FirstNameGender(W(b - 1)) == 0) {
          --b;
        }
        if (b == comma) break;
        if (b - 2 >= lo && WordIs(b - 1, "the")) --b;
        if (b - 2 < lo || !IsPunct(b - 1, ',') || !NameTok(b - 2)) break;
        comma = b - 1;
      }
      if (name.found() && (name.nnames >= 2 || comma < k - 1) &&
          comma - 1 >= lo && IsPunct(comma, ',') && NameTok(comma - 1) &&
          Outside(comma - 1)) {
        Np unnamed = UnnamedBack(comma - 1, lo);
        if (unnamed.found() && unnamed.person_head &&
            unnamed.kind == Np::kUnnamed) {
          unnamed.e = toks_[i].e;
          return unnamed;
        }
      }
      // "The Department for Environment, Food and Rural Affairs said": a
      // comma inside a body's name, after its organisation word.
      // (Its last part may end in a body's word itself when the first is
      // "X of Y": "Ministry of Housing, Communities and Local Government".)
      bool of_before = false;
      for (int m = k - 2; m >= lo && m >= k - 8 && !of_before; --m) {
        if (!Outside(m) || IsPunct(m, ',') || IsPunct(m, '.')) break;
        of_before = WordIs(m, "of") || WordIs(m, "for");
      }
      bool words_of_body = name.found() && (of_before || !HasOrgSuffix(k, i));
      // (The list's "and" after the comma: not "In Parliament, Carmichael
      // said".)
      bool listed = false;
      for (int m = k; words_of_body && m <= i; ++m) {
        words_of_body = (NameTok(m) && !toks_[m].initial &&
                         qi::FirstNameGender(W(m)) == 0) ||
                        WordIs(m, "and");
        listed |= WordIs(m, "and");
      }
      words_of_body &= listed;
      if (words_of_body && IsPunct(k - 1, ',') && k - 2 >= lo &&
          NameTok(k - 2) && Outside(k - 2)) {
        Np prev = NameRunBack(k - 2, lo);
        int ps = k - 2;
        while (ps - 1 >= lo && toks_[ps - 1].b >= prev.b) --ps;
        int body_word = ps;  // ("B.C. Ministry of Water, Land and ...")
        while (body_word < k - 2 && toks_[body_word].initial) ++body_word;
        // (Or later in the name: "National Union of Rail, Maritime and
        // Transport Workers".)
        if (prev.found() && prev.kind == Np::kName && prev.nnames == 1 &&
            (Has(body_word, kOrgSuffixWord) ||
             (of_before && HasOrgSuffix(body_word, k - 2)))) {
          Np body = prev;
          body.name_e[0] = toks_[i].e;
          body.name_tokens[0] = i - ps + 1;
          body.e = toks_[i].e;
          return body;
        }
      }
      // "The Foreign, Commonwealth and Development Office said": single
      // words listed with commas, after "the", before the "and" of a body's
      // name (not "In Parliament, Law and Justice Committee ...").
      // (Its "and" may have split it in two names.)
      if (name.found() && name.kind == Np::kName && name.nnames <= 2 &&
          Has(i, kOrgSuffixWord) && IsPunct(k - 1, ',')) {
        bool has_and = false;
        for (int m = k; m < i && !has_and; ++m) has_and = WordIs(m, "and");
        int first = -1;
        for (int m = k - 1, items = 0; has_and && items < 4; ++items) {
          const int w2 = m - 1;
          if (w2 < lo || !NameTok(w2) || !Outside(w2) || toks_[w2].poss ||
              toks_[w2].initial || Has(w2, kOrgSuffixWord) ||
              (Has(w2, kTitleWord) && !IsPortfolio(W(w2))) ||
              qi::FirstNameGender(W(w2)) != 0) {
            break;
          }
          if (w2 - 1 >= lo && IsPunct(w2 - 1, ',')) {
            m = w2 - 1;
            continue;
          }
          if (w2 - 1 >= lo && WordIs(w2 - 1, "the")) first = w2;
          break;
        }
        if (first >= 0) {
          Np body = name;
          body.nnames = 1;
          body.name_b[0] = toks_[first].b;
          body.name_e[0] = toks_[i].e;
          body.name_tokens[0] = i - first + 1;
          body.b = toks_[first].b;
          body.e = toks_[i].e;
          return body;
        }
      }
      // "Omar Farooq, Sana Malik and Aisha Baig said": names listed with
      // commas before the ones "and" joins.
      while (name.found() && name.nnames >= 2 && name.nnames < 4 &&
             k - 2 >= lo && IsPunct(k - 1, ',') && NameTok(k - 2) &&
             Outside(k - 2) && !toks_[k - 2].poss) {
        Np prev = NameRunBack(k - 2, lo);
        if (prev.kind != Np::kName || prev.nnames != 1 ||
            prev.name_tokens[0] < 2) {
          break;  // not "Yesterday, Sana Malik and ..."
        }
        int ps = k - 2;
        while (ps - 1 >= lo && toks_[ps - 1].b >= prev.b) --ps;
        if (ps > lo && !IsPunct(ps - 1, ',')) break;
        for (int m = name.nnames; m > 0; --m) {
          name.name_b[m] = name.name_b[m - 1];
          name.name_e[m] = name.name_e[m - 1];
          name.name_tokens[m] = name.name_tokens[m - 1];
          name.name_sep[m] = name.name_sep[m - 1];
        }
        name.name_b[0] = prev.name_b[0];
        name.name_e[0] = prev.name_e[0];
        name.name_tokens[0] = prev.name_tokens[0];
        name.name_sep[0] = 0;
        name.name_sep[1] = ',';
        ++name.nnames;
        name.b = prev.b;
        k = ps;
      }
      // "Seismologist Nilüfer Kaya of Istanbul's Boğaziçi University said":
      // the person before "of", not one body's name holding them.
      if (name.nnames == 1) {
        Np person = PersonOpening(name, i, lo);
        if (person.found()) return person;
      }
      return name;
    }
    if (!toks_[i].cap || qi::IsFunctionWord(w) || common) {
      Np unnamed = UnnamedBack(i, det_lo);
      // "Anders Brekke, a Norwegian translator who describes": the person
      // the description before "who" is apposed to.
      if (relative && unnamed.found() && unnamed.person_head &&
          det_lo > lo + 1 && FirstTokenAt(unnamed.b) == det_lo &&
          (WordIs(det_lo, "a") || WordIs(det_lo, "an")) &&
          IsPunct(det_lo - 1, ',') && NameTok(det_lo - 2) &&
          Outside(det_lo - 2) && !toks_[det_lo - 2].poss) {
        Np name = NameRunBack(det_lo - 2, lo);
        if (OneFullName(name) &&
            !HasOrgSuffix(det_lo - 1 - name.name_tokens[0], det_lo - 2)) {
          return name;
        }
      }
      Np person = PersonOpening(unnamed, i, lo);
      return person.found() ? person : unnamed;
    }
    return Np();
  }
  if (!IsPunct(i, ',')) return Np();
  // "X, a researcher at Y, said": walk back over the comma-separated
  // segments. The leftmost segment that is a name on its own is the
  // subject ("Biogen, based in Cambridge, Massachusetts, said" is Biogen);
  // without one, the noun phrase that opens the first segment ("Mu
  // Changchun of the Institute, an official body, has said").
  int comma = i;
  int seg_end = comma;
  Np exact, leading, described;
  int exact_start = -1, leading_start = -1, described_start = -1;
  for (int n = 0; n < 6; ++n) {
    int seg_start = seg_end;
    while (seg_start - 1 >= lo && Outside(seg_start - 1) &&
           !IsPunct(seg_start - 1, ',') &&
           toks_[seg_start - 1].type != kClose &&
           toks_[seg_start - 1].type != kOpen) {
      --seg_start;
    }
    // "Cllr Tom Hebblethwaite (Conservative, Coleshill North), whose ward
    // ...": a bracket's commas are no segments; the walk goes on before it.
    if (seg_start < seg_end && IsPunct(seg_end - 1, ')')) {
      int k = seg_end - 1;
      while (k > lo && k > seg_end - 10 && !IsPunct(k, '(')) --k;
      if (IsPunct(k, '(')) {
        seg_end = k;
        seg_start = seg_end;
        while (seg_start - 1 >= lo && Outside(seg_start - 1) &&
               !IsPunct(seg_start - 1, ',') &&
               toks_[seg_start - 1].type != kClose &&
               toks_[seg_start - 1].type != kOpen) {
          --seg_start;
        }
      }
    }
    if (seg_start == seg_end) break;
    bool at_start = seg_start == lo || !IsPunct(seg_start - 1, ',');
    // ", while Rory Adebayo-Walsh, who runs ..., said": a clause of its own
    // opens at the conjunction; the subject is there.
    if (seg_start + 1 < seg_end && NameTok(seg_start + 1) &&
        (WordIs(seg_start, "while") || WordIs(seg_start, "whereas") ||
         WordIs(seg_start, "and") || WordIs(seg_start, "but"))) {
      at_start = true;
      ++seg_start;
    } else if (at_start && seg_end - seg_start >= 3) {
      // ("The plan was thrown into doubt after Halvern Aerospace, the
      // losing bidder, accused": a clause opened by a conjunction late in
      // the segment, its subject a name that ends the segment.)
      for (int k = seg_end - 2; k > seg_start; --k) {
        if (!NameTok(k + 1) || !IsWordTok(k) || toks_[k].cap) continue;
        if ((WordIs(k, "after") || WordIs(k, "when") || WordIs(k, "because") ||
             WordIs(k, "since") || WordIs(k, "before") || WordIs(k, "until") ||
             WordIs(k, "although") || WordIs(k, "though") ||
             WordIs(k, "while") || WordIs(k, "as")) &&
            NameEnd(k + 1, seg_end) == seg_end) {
          seg_start = k + 1;
        }
        break;
      }
    }
    // "Cross-examining, Adrian Coyle, KC, suggested": a participle that
    // opens the sentence is no name.
    const bool participle =
        at_start && seg_end - seg_start == 1 && IsWordTok(seg_start) &&
        (seg_start == 0 ||
         toks_[seg_start - 1].sent != toks_[seg_start].sent) &&
        W(seg_start).size() > 5 && W(seg_start).ends_with("ing") &&
        // (Not "Fleming, 45, said" after "Alexander Fleming".)
        !by_last_.contains(
            absl::string_view(W(seg_start).data(), W(seg_start).size())) &&
        qi::FirstNameGender(W(seg_start)) == 0;
    Np np = participle ? Np() : NpForward(seg_start, seg_end, at_start);
    // One capitalised word that is no one's name: a nationality before a
    // noun ("A Malaysian environment ministry official, ...,", "Villa's
    // German goalkeeper, Jonas Brandt,") or a sentence adverb opening the
    // sentence ("However, an NMC official ... said").
    if (np.found() && np.kind == Np::kName && np.nnames == 1 &&
        np.name_tokens[0] == 1) {
      int k = seg_start;
      while (k < seg_end && toks_[k].b < np.name_b[0]) ++k;
      char ab[32];
      const std::string_view lower = k < seg_end ? Lower(k, ab) : "";
      if (k + 1 < seg_end && Has(k, kNationality)) {
        np = UnnamedForward(seg_start, seg_end);  // the phrase it opens
      } else if ((at_start && seg_end - seg_start == 1 &&
                  (lower == "however" || lower == "meanwhile" ||
                   lower == "instead" || lower == "separately" ||
                   lower == "elsewhere" || lower == "nevertheless" ||
                   lower == "moreover" || lower == "indeed" ||
                   lower == "still" || lower == "yet" || lower == "earlier" ||
                   lower == "later" || lower == "overall" ||
                   lower == "finally" || lower == "previously"))) {
        np = Np();
      }
    }
    if (!participle && (!np.found() || np.kind == Np::kUnnamed)) {
      // ", the presenter Ciara Mahon,", "Terminal operator Nordhaven
      // Logistics, which ...": a name after lower-case role words.
      int k = seg_start;
      bool initial = at_start && toks_[k].cap &&
                     (k == 0 || toks_[k - 1].sent != toks_[k].sent);
      if (initial) ++k;
      int lower_b = k;
      while (k < seg_end && IsWordTok(k) && !toks_[k].cap) ++k;
      bool role = !initial;
      for (int m = lower_b; initial && m < k; ++m) {
        role |= Has(m, kRole | kOrgNoun);
      }
      // Not a place after a preposition: "One hospital chief executive in
      // the Midlands".
      bool place =
          k - 1 >= lower_b && (Has(k - 1, kFunction) || WordIs(k - 1, "near"));
      if (k > lower_b && k < seg_end && NameTok(k) && role && !place) {
        Np named = NameRunForward(k, seg_end);
        if (named.found() && named.kind == Np::kName &&
            named.e >= toks_[seg_end - 1].b) {
          np = named;
        }
      }
    }
    // "But skateboarder Jayden Osei", "Opposition Conservative councillor
    // Gareth Pryce": a full name that ends the segment after a lower-case
    // description is the speaker.
    // ("Sarah Natarajan of credit-research firm Kestrel Analytics": a
    // person named first, her firm after "of", is the person.)
    bool person_of = false;
    if (OneFullName(np) && np.name_b[0] == toks_[seg_start].b) {
      int k = seg_start;
      while (k < seg_end && toks_[k].b < np.e) ++k;
      bool guessed = false;
      person_of = k + 1 < seg_end &&
                  (WordIs(k, "of") || WordIs(k, "at") || WordIs(k, "from")) &&
                  qi::FirstNameGender(W(seg_start), &guessed) != 0 && !guessed;
    }
    if (!person_of &&
        (!np.found() || np.kind != Np::kName || np.e < toks_[seg_end - 1].b)) {
      int k = seg_end;
      while (k - 1 > seg_start && Outside(k - 1) &&
             ((NameTok(k - 1) && !toks_[k - 1].poss) ||
              (IsWordTok(k - 1) && Has(k - 1, kParticle) && NameTok(k - 2)))) {
        --k;
      }
      int names = 0;
      for (int m = k; m < seg_end; ++m) names += NameTok(m) ? 1 : 0;
      if (k < seg_end && k - 1 >= seg_start && IsWordTok(k - 1) &&
          !toks_[k - 1].cap && !Has(k - 1, kFunction) &&
          !WordIs(k - 1, "near") && CueAt(k - 1) == nullptr &&
          // ("Steel lobby Eurofer, which ..., said": or a body's noun.)
          (names >= 2 || Has(k - 1, kPerson | kRole | kOrgNoun))) {
        Np named = NameRunForward(k, seg_end);
        if (named.found() && named.kind == Np::kName &&
            named.e >= toks_[seg_end - 1].b) {
          named.desc_b = toks_[seg_start].b;
          named.desc_e = toks_[k - 1].e;
          np = named;
        }
      }
    }
    // "A banker involved in the transaction, who ...": a segment that opens
    // the sentence and holds no verb is the source as written.
    if (np.found() && np.kind == Np::kUnnamed && at_start &&
        np.e < toks_[seg_end - 1].e) {
      bool verbless = true;
      for (int k = seg_start; k < seg_end && verbless; ++k) {
        if (toks_[k].b < np.e) continue;
        verbless = IsWordTok(k) && Outside(k) &&
                   !Has(k, kClause | kAuxiliary) && CueAt(k) == nullptr;
      }
      if (verbless) np.e = toks_[seg_end - 1].e;
    }
    if (np.found()) {
      bool whole = np.e >= toks_[seg_end - 1].b;
      if (!whole && np.kind == Np::kName) {
        // "Rossa Fitzgerald SC": letters after the name.
        int k = seg_start;
        while (k < seg_end && toks_[k].b < np.e) ++k;
        whole = k < seg_end;
        for (int m = k; whole && m < seg_end; ++m) {
          whole = IsWordTok(m) && IsPostNominal(W(m));
        }
      }
      if (!whole && np.kind == Np::kName) {
        // "Senator Harriet Okonkwo of Vermont": a place after the name.
        int k = seg_start;
        while (k < seg_end && toks_[k].b < np.e) ++k;
        if (person_of) {
          whole = true;
        } else if (k + 1 < seg_end && (WordIs(k, "of") || WordIs(k, "from"))) {
          whole = true;  // "of the University of Hawaii" too, "in Frankfurt"
          for (int m = k + 1; m < seg_end; ++m) {
            whole &= NameTok(m) || WordIs(m, "the") || WordIs(m, "of") ||
                     WordIs(m, "for") || WordIs(m, "and") || WordIs(m, "in") ||
                     WordIs(m, "at") || (IsPunct(m, '&') && m > k + 1);
          }
          // ("The City of Vancouver, which ..., said", "The Port of
          // Tacoma": a body's word before "of" names the body with it.)
          if (whole && WordIs(k, "of") && np.nnames == 1 &&
              np.name_tokens[0] == 1 && k - 1 >= seg_start &&
              Has(k - 1, kOrgSuffixWord | kNonPerson) &&
              !Has(k - 1, kTitleWord)) {
            np.name_e[0] = toks_[seg_end - 1].e;
            np.e = np.name_e[0];
            np.name_tokens[0] = seg_end - (k - 1);
            np.org_name = true;
          }
        }
      }
      // A name after a preposition is where someone is from, not who
      // they are: "a farmer near Agadir, Youssef Amrani, told".
      bool alone = true;
      for (int k = seg_start; k < seg_end && toks_[k].b < np.b; ++k) {
        alone &= !(WordIs(k, "near") || WordIs(k, "in") || WordIs(k, "at") ||
                   WordIs(k, "from") || WordIs(k, "outside") ||
                   WordIs(k, "on") || WordIs(k, "with"));
      }
      // "The Lord Mayor of Cork, Cllr Fionnuala Dempsey,": a title alone
      // is no name over the person's after it.
      // (A body's initials may stand before it: "the NLC President,
      // Emeka Obiorah,".)
      bool title_only = np.kind == Np::kName && exact_start >= 0;
      bool title_seen = false;
      for (int k = seg_start; title_only && k < seg_end; ++k) {
        if (toks_[k].b >= np.name_b[0] && toks_[k].e <= np.name_e[0] &&
            IsWordTok(k)) {
          std::string_view x = W(k);
          const bool acronym =
              LooksLikeAcronym(x) && x[0] >= 'A' && x[0] <= 'Z';
          title_only = Has(k, kTitleWord) || acronym;
          title_seen |= Has(k, kTitleWord);
        }
      }
      title_only &= title_seen;
      // ("Minister of Tourism and International Transport, Senator the Hon.
      // Jerome Springer-Hinds, insisted": nor a title and its portfolio
      // before the name.)
      if (!title_only && np.kind == Np::kName && exact_start >= 0) {
        int f = seg_start;
        if (WordIs(f, "the")) ++f;
        title_only = f + 2 < seg_end && NameTok(f) && Has(f, kTitleWord) &&
                     (WordIs(f + 1, "of") || WordIs(f + 1, "for")) &&
                     toks_[f].b >= np.b;
        // ("Divisional Police Commander Northern, Superintendent Apenisa
        // Vuniwai, said": nor one word after a title, the title's region,
        // before a name of two words or more.)
        title_only |=
            np.nnames == 1 && np.name_tokens[0] == 1 && np.title_b < np.b &&
            exact.kind == Np::kName && exact.nnames == 1 &&
            exact.name_tokens[0] >= 2 &&
            std::min(exact.title_b, exact.b) == toks_[exact_start].b &&
            // (Not after a courtesy title, which names a person: "Ms
            // Kinsella, who ..., Co Cork,".)
            FirstTokenAt(np.b) > seg_start &&
            qi::TitleGender(W(FirstTokenAt(np.b) - 1)) == 0;
      }
      // ("The National Public Relations Officer of the association, Emeka
      // Obi-Nwosu,", "Its National Publicity Secretary, Musa Bello,": nor
      // is a job's capitalised name.)
      if (!title_only && np.kind == Np::kName && exact_start >= 0 &&
          np.nnames == 1 && np.name_tokens[0] >= 2) {
        int first = -1, last = -1;
        for (int k = seg_start; k < seg_end; ++k) {
          if (toks_[k].b >= np.name_b[0] && toks_[k].e <= np.name_e[0] &&
              IsWordTok(k)) {
            if (first < 0) first = k;
            last = k;
          }
        }
        title_only = first >= 0 && Has(last, kRole | kTitleWord) &&
                     !qi::MaybeFirstName(W(first));
      }
      if (((np.kind == Np::kName && whole && alone) ||
           (np.kind == Np::kPronoun && seg_end - seg_start == 1)) &&
          !title_only) {
        // (Not "The UN refugee agency" over the name after it, "UNHCR".)
        if (exact_start < 0 || !np.org_name) {
          exact = np;
          exact_start = seg_start;
        }
      } else if (at_start) {
        // ("A report by the Hospital Access Review Group, published in
        // January, found": a document's named author.)
        const Np lead = DocumentAuthor(np, seg_end);
        if (lead.kind != Np::kUnnamed || lead.person_head) {
          leading = lead;
          leading_start = seg_start;
        }
      }
    } else if (!at_start && described_start < 0) {
      // "One of the two, a retired orchardist on Pine Ridge Road who
      // ..., told": the description, when what it describes is no one
      // named or described as a person.
      Np u = UnnamedForward(seg_start, seg_end);
      if (u.found() && u.kind != Np::kOrgRef && u.person_head &&
          (WordIs(seg_start, "a") || WordIs(seg_start, "an"))) {
        described = u;
        described_start = seg_start;
      }
    }
    if (at_start) break;
    seg_end = seg_start - 1;
  }
  Np np = exact_start >= 0 ? exact : leading;
  int start = exact_start >= 0 ? exact_start : leading_start;
  if (start < 0 && described_start >= 0) {
    // (Only after "One of the two", "Another of them": a part of a group.)
    int g = described_start - 1;
    while (g - 1 >= lo && Outside(g - 1) && !IsPunct(g - 1, ',') &&
           (g - 1 == 0 || toks_[g - 2].sent == toks_[g - 1].sent) &&
           IsWordTok(g - 1)) {
      --g;
    }
    bool part = g + 1 < described_start && WordIs(g + 1, "of") &&
                (WordIs(g, "one") || WordIs(g, "another") || WordIs(g, "two") ||
                 WordIs(g, "some") || WordIs(g, "each"));
    // (Or after where it happened: "At the National Hospital, a senior
    // nurse, who asked not to be named, said".)
    if (g < described_start && (g == 0 || toks_[g - 1].sent != toks_[g].sent) &&
        (WordIs(g, "at") || WordIs(g, "in") || WordIs(g, "on") ||
         WordIs(g, "outside") || WordIs(g, "inside") || WordIs(g, "near") ||
         WordIs(g, "during") || WordIs(g, "after") || WordIs(g, "across"))) {
      part = true;
    }
    if (part) {
      np = described;
      start = described_start;
      // The description without a relative clause: "a retired orchardist
      // on Pine Ridge Road (who declined to give his name)".
      int e = start;
      while (e + 1 < comma && IsWordTok(e + 1) && !WordIs(e + 1, "who") &&
             !WordIs(e + 1, "which") && !WordIs(e + 1, "whose")) {
        ++e;
      }
      np.e = toks_[e].e;
    }
  }
  if (start < 0) return Np();
  int k = start;
  while (k < comma && toks_[k].b < np.e) ++k;
  // ("The Ministry of Cultures, Decolonization and Depatriarchalization,
  // which supported the exhibition, said": the ministry's portfolios are
  // segments of their own.)
  if (np.kind == Np::kName && np.nnames == 1 && k < comma && IsPunct(k, ',')) {
    const int list_end =
        MinistryOf(start, k) ? ListedPortfoliosEnd(k, comma + 1) : -1;
    if (list_end > k) {
      np.name_tokens[0] += list_end - k;
      np.name_e[0] = toks_[list_end - 1].e;
      np.e = np.name_e[0];
      k = list_end;
    }
  }
  while (k < comma && IsPunct(k, ',')) ++k;
  if (k < comma) {
    np.desc_b = toks_[k].b;
    np.desc_e = toks_[comma - 1].e;
  }
  return np;
}

bool Extractor::OpeningAdverb(int t) const {
  const Tok& tok = toks_[t];
  // (The word's last letters first: most words stop there, for speed.)
  if (tok.e - tok.b <= 4 || text_[tok.e - 1] != 'y' ||
      text_[tok.e - 2] != 'l' || !NameTok(t)) {
    return false;
  }
  const std::string_view w = W(t);
  return (IsPunct(t + 1, ',') ||
          (IsWordTok(t + 1) && !toks_[t + 1].cap && Has(t + 1, kFunction))) &&
         !qi::MaybeFirstName(w) &&
         !by_last_.contains(absl::string_view(w.data(), w.size())) &&
         !by_first_.contains(absl::string_view(w.data(), w.size()));
}

// The subject of the sentence that token o stands in: the subject of its
// first verb that has one ("The mayor, Ruth Kane, called ... and called
// for "..."").
Np Extractor::SentenceSubject(int o) const {
  int b = o;
  while (b - 1 >= 0 && toks_[b - 1].sent == toks_[o].sent && o - b < kWindow) {
    --b;
  }
  // Past a dateline: "NEW YORK — The former chief ...", "WELLINGTON, Nov
  // 27 (Reuters) - New Zealand's central bank".
  if (int d = DatelineEnd(b); d > b && d < o) b = d;
  for (int k = b; k < o && k < b + 5; ++k) {
    if (IsPunct(k, '-') && k > b) {
      bool caps = true;
      for (int m = b; m < k && caps; ++m) {
        std::string_view x = W(m);
        caps = IsWordTok(m) && LooksLikeAcronym(x);
      }
      if (caps) b = k + 1;
      break;
    }
  }
  // Past an opening prepositional phrase: "In The Hollywood Reporter, X
  // wrote ...".
  if (b < o && IsWordTok(b) && toks_[b].cap &&
      (WordIs(b, "in") || WordIs(b, "at") || WordIs(b, "on") ||
       WordIs(b, "for") || WordIs(b, "after") || WordIs(b, "during") ||
       WordIs(b, "outside") || WordIs(b, "speaking"))) {
    int k = b + 1;
    while (k < o && k < b + 10 && !IsPunct(k, ',')) ++k;
    if (k + 1 < o && IsPunct(k, ',')) b = k + 1;
  }
  // Past an opening adverbial clause, to a name: "When presented to the
  // media at the ICPO headquarters on Thursday, Gelvezon denied ... and
  // claimed".
  if (b < o && IsWordTok(b) && toks_[b].cap &&
      (WordIs(b, "when") || WordIs(b, "while") || WordIs(b, "once") ||
       WordIs(b, "although") || WordIs(b, "though") || WordIs(b, "since") ||
       WordIs(b, "until") || WordIs(b, "because") || WordIs(b, "if") ||
       WordIs(b, "as"))) {
    int k = b + 1;
    while (k < o && k < b + 16 && !IsPunct(k, ',')) ++k;
    if (k + 1 < o && IsPunct(k, ',') && NameTok(k + 1)) b = k + 1;
  }
  // Past a year or a day with no comma: "In 1986 the Arts Council cut ...,
  // saying", "On Monday the company said".
  if (b + 2 < o && IsWordTok(b) && toks_[b].cap &&
      (WordIs(b, "in") || WordIs(b, "on") || WordIs(b, "by")) &&
      IsWordTok(b + 1) && (toks_[b + 1].digit || W(b + 1).ends_with("day")) &&
      IsWordTok(b + 2) && (toks_[b + 2].cap || WordIs(b + 2, "the"))) {
    b += 2;
  }
  // Past an opening adverb: "Shortly after 11.30am, the airport said",
  // "Separately, the company said".
  if (b < o && OpeningAdverb(b)) {
    int k = b + 1;
    while (k < o && k < b + 10 && !IsPunct(k, ',')) ++k;
    if (k + 1 < o && IsPunct(k, ',')) b = k + 1;
  }
  // Past an opening participle phrase: "Writing in the Globe and Mail, the
  // critic X called ... but said".
  // (Or a participle in the past before a preposition: "Reached by the
  // National Post, she declined to comment but said".)
  if (b < o && toks_[b].cap && IsWordTok(b) && W(b).size() > 5 &&
      (W(b).substr(W(b).size() - 3) == "ing" ||
       (W(b).ends_with("ed") &&
        (WordIs(b + 1, "by") || WordIs(b + 1, "about") || WordIs(b + 1, "on") ||
         WordIs(b + 1, "at") || WordIs(b + 1, "after") ||
         WordIs(b + 1, "whether")))) &&
      b + 1 < o && IsWordTok(b + 1) && !toks_[b + 1].cap) {
    int k = b + 1;
    while (k < o && k < b + 12 && !IsPunct(k, ',')) ++k;
    if (k + 1 < o && IsPunct(k, ',')) b = k + 1;
  }
  // "Villa's German goalkeeper, Jonas Brandt, made a save and said": a
  // description opening the sentence, then the person named between
  // commas.
  {
    int c = b;
    while (c < o && c < b + 6 && IsWordTok(c) && Outside(c) &&
           CueAt(c) == nullptr && !Has(c, kAuxiliary | kClause)) {
      ++c;
    }
    // ("The Head of the Internal Medicine Department, Dr Rehema Kasongo,
    // urged": or a capitalised role before "of", and the body it heads.)
    // ("The Commissioner of Police, CP Babatunde Adeyemo, commended ...
    // and warned": a body of one word too, its comma within six words.)
    // ("The Borno State Commissioner for Agriculture, Dr Mustapha Zanna
    // Alkali, said ..., describing", "The Member of Parliament for the
    // area, Dr Simone Lindo, condemned ... and called": a place before the
    // role, "for", and its portfolio or seat, in lower case too.)
    bool head_of = false;
    if (c == b + 6 || c < o) {
      int r = WordIs(b, "the") ? b + 1 : b;
      while (r < b + 3 && r + 1 < o && NameTok(r) && !Has(r, kRole) &&
             !Has(r, kTitleWord) && NameTok(r + 1)) {
        ++r;
      }
      if (r + 2 < o && IsWordTok(r) && toks_[r].cap &&
          Has(r, kRole | kTitleWord) && !Has(r, kOrgNoun) &&
          (WordIs(r + 1, "of") || WordIs(r + 1, "for"))) {
        int k = r + 2;
        while (k < o && k < r + 10 && Outside(k) &&
               (NameTok(k) || WordIs(k, "the") || WordIs(k, "of") ||
                WordIs(k, "and") || WordIs(k, "for") ||
                (IsWordTok(k) && !toks_[k].cap && WordIs(k - 1, "the") &&
                 CueAt(k) == nullptr))) {
          ++k;
        }
        if (k > r + 2 && k < o && IsPunct(k, ',')) {
          c = k;
          head_of = true;
        }
      }
    }
    if (c > b + 1 && c + 2 < o && IsPunct(c, ',') &&
        ((!toks_[c - 1].cap && Has(c - 1, kRole | kPerson)) || head_of) &&
        NameTok(c + 1)) {
      int end = c + 1;
      // (The description is the one before the name, not the words up to
      // the verb: "made a save and".)
      auto described = [&](Np np) {
        np.desc_b = toks_[b].b;
        np.desc_e = toks_[c - 1].e;
        return np;
      };
      Np name = NameRunForward(c + 1, o, &end);
      if (OneFullName(name) && end < o && IsPunct(end, ',')) {
        return described(name);
      }
      // ("His main rival, Socialist Party (PS) leader Helena Sousa Martins,
      // has built": or a body, its initials and a role before the name.)
      name = NpForward(c + 1, o, false);
      end = name.found() ? FirstTokenAt(name.e) : o;
      if (OneFullName(name) && end < o && IsPunct(end, ',')) {
        return described(name);
      }
    }
  }
  // A name or a pronoun that opens the sentence ("Senator X struck a more
  // measured tone but said").
  {
    Np np = NpForward(b, o, false);
    // "The Minister for Finance, Pádraig Kelleher, who ..., rejected the
    // charge, telling": a title alone, then the person named after it.
    if (np.found() && np.kind == Np::kName && np.nnames == 1) {
      int k = b;
      while (k < o && toks_[k].b < np.name_b[0]) ++k;
      bool title = k < o;
      for (; k < o && toks_[k].b < np.name_e[0] && title; ++k) {
        // (Or a place before the title: "The Halifax MP, Sarah Dunworth,".)
        title = Has(k, kTitleWord) ||
                (k + 1 < o && NameTok(k + 1) && Has(k + 1, kTitleWord) &&
                 !qi::MaybeFirstName(W(k)));
      }
      while (k < o &&
             (WordIs(k, "for") || WordIs(k, "of") || WordIs(k, "the") ||
              WordIs(k, "and") ||
              (NameTok(k) && (IsPortfolio(W(k)) || Has(k, kTitleWord))))) {
        ++k;
      }
      // ("The Chairman of Oduduwa Cables, Chief Olusegun Adeyemi,
      // announced ..., describing": the body the title is of.)
      if (title && k > b && k < o &&
          (WordIs(k - 1, "of") || WordIs(k - 1, "for"))) {
        const int body = k;
        while (k < o && k < body + 6 && NameTok(k) && !toks_[k].poss) ++k;
      }
      if (title && k + 1 < o && IsPunct(k, ',') && NameTok(k + 1)) {
        Np name = NameRunForward(k + 1, o);
        if (name.found() && name.kind == Np::kName &&
            name.name_tokens[0] >= 2) {
          return name;
        }
      }
    }
    // "South Korean crypto lender Hanbit Vault suspended": a nationality
    // and a description in lower case before the name.
    if (np.found() && np.kind == Np::kName && np.nnames == 1) {
      const int k = FirstTokenAt(np.name_e[0]);
      if (k > b && k < o && Has(k - 1, kNationality) && IsWordTok(k) &&
          !toks_[k].cap) {
        int m = k;
        while (m < o && m < k + 4 && IsWordTok(m) && !toks_[m].cap &&
               !Has(m, kFunction | kAuxiliary) && CueAt(m) == nullptr) {
          ++m;
        }
        if (m > k && m < o && NameTok(m)) {
          Np name = NameRunForward(m, o);
          if (name.found() && name.kind == Np::kName) {
            name.desc_b = toks_[b].b;
            name.desc_e = toks_[m - 1].e;
            return name;
          }
        }
      }
    }
    // ("Environmental groups called the move a giveaway and vowed": an
    // adjective before a plural noun of people or bodies is no name.)
    if (np.found() && np.kind == Np::kName && np.nnames == 1 &&
        np.name_tokens[0] == 1) {
      const int after = FirstTokenAt(np.name_e[0]);
      char pb[32];
      const std::string_view plural = Lower(after, pb);
      if (after < o && !toks_[after].cap && plural.size() > 3 &&
          plural.back() == 's' &&
          (Has(after, kPerson | kOrgNoun) ||
           qi::IsOrgNoun(plural.substr(0, plural.size() - 1)))) {
        np = Np();
      }
    }
    if (np.found() && (np.kind == Np::kName || np.kind == Np::kPronoun)) {
      return np;
    }
  }
  for (int k = b + 1; k < o; ++k) {
    if (!IsWordTok(k) || !Outside(k) || toks_[k].cap || Has(k, kFunction)) {
      continue;
    }
    std::string_view w = W(k);
    // (An adjective in -ed after an article is no verb: "A source at the
    // combined authority".)
    bool verb =
        CueAt(k) != nullptr ||
        (w.size() > 3 && w.substr(w.size() - 2) == "ed" &&
         !WordIs(k - 1, "the") && !WordIs(k - 1, "a") && !WordIs(k - 1, "an"));
    if (!verb) continue;
    Np np = SubjectBefore(k, b);
    if (np.found()) return np;
    return Np();
  }
  // No verb found: a body or a person described opening the sentence
  // ("The agency kept ... and warned of "..."; "New Zealand's central bank
  // held its rate, saying").
  {
    int k = b;
    while (k < o && NameTok(k) && !toks_[k].poss) ++k;
    const bool possessive = k < o && NameTok(k) && toks_[k].poss;
    k = possessive ? k + 1 : b;
    if (possessive || WordIs(b, "the")) {
      if (!possessive) ++k;
      for (int m = k; m < o && m < k + 3 && IsWordTok(m) && !toks_[m].cap;
           ++m) {
        if (Has(m, kOrgNoun)) return OrgRef(b, m);
      }
    }
  }
  Np np = NpForward(b, o, true);
  if (np.found() && (np.kind == Np::kOrgRef || np.kind == Np::kRoleRef)) {
    return np;
  }
  return Np();
}

}  // namespace textanalytics::core::quotes_internal
