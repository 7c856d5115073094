// Attribution (quote_extractor.h, steps 5 and 6): the speaker of each
// quotation from the reporting verb before or after it, or from its
// context, and its kind (DIRECT, PARTIAL or TERM).

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "absl/strings/string_view.h"
#include "service/core/quote_extractor.h"
#include "service/core/quotes_lexicon.h"

namespace textanalytics::core::quotes_internal {

// --------------------------------------------------------- attribution --

namespace {

// A word that makes the quotation after it a label, not speech: so-called
// "x", dubbed "x". (Apart from PreAttribution, where GCC compared each
// word out of line, with a strlen; speed: ExtractQuotes ran 0.7% fewer
// instructions.)
bool IsLabelWord(std::string_view p) {
  return p == "so-called" || p == "dubbed" || p == "nicknamed" ||
         p == "titled" || p == "entitled" || p == "labelled" ||
         p == "labeled" || p == "termed" || p == "branded" || p == "called" ||
         p == "named" || p == "word" || p == "term" || p == "phrase" ||
         p == "slogan" || p == "self-described" || p == "self-styled" ||
         p == "self-proclaimed" || p == "nickname" || p == "motto" ||
         p == "headlined" || p == "headline" ||
         // "under the reference "maintenance"", "code-named "..."".
         p == "reference" || p == "codename" || p == "code-named" ||
         p == "codenamed" || p == "hashtag" || p == "tagline" ||
         // "a campaign tagged "Kill the Rat, Save a Life"" (Nigerian and
         // Ghanaian usage), "a festival themed "..."".
         p == "tagged" || p == "themed";
}

// A noun for a written work or a document whose name may follow it after a
// comma: "a cookbook, "Biscuits at Dawn"", "its report, "Left Behind"".
bool IsDocumentNoun(std::string_view p) {
  return p == "cookbook" || p == "biography" || p == "autobiography" ||
         p == "anthology" || p == "poem" || p == "essay" || p == "play" ||
         p == "report" || p == "study" || p == "paper" || p == "strategy" ||
         p == "plan" || p == "policy" || p == "circular" || p == "survey" ||
         p == "exhibition" || p == "show" || p == "thesis" || p == "manifesto";
}

}  // namespace

// The token of "as" right before the quotation opening at token o, past
// an article ("as the "x""), or -1.
int Extractor::AsBefore(int o, int lo) const {
  int a = o - 1;
  if (a >= lo && (WordIs(a, "the") || WordIs(a, "a") || WordIs(a, "an"))) --a;
  return a >= lo && WordIs(a, "as") ? a : -1;
}

// "often described as the "hidden homeless"": a description in the passive,
// by nobody, before the quotation at token o, is a label.
bool Extractor::PassiveDescribedAs(int o, int lo) const {
  const int k = AsBefore(o, lo);
  if (k - 2 < lo || !WordIs(k - 1, "described")) return false;
  return WordIs(k - 2, "often") || WordIs(k - 2, "sometimes") ||
         WordIs(k - 2, "commonly") || WordIs(k - 2, "widely") ||
         WordIs(k - 2, "variously") || WordIs(k - 2, "usually");
}

bool Extractor::KnownAs(int o, int lo) const {
  const int a = AsBefore(o, lo);
  if (a < 0) return false;
  // ("known to tourists and locals alike as "Domino Park"")
  for (int k = a - 1; k >= lo && k >= a - 7 && IsWordTok(k) && Outside(k);
       --k) {
    if (WordIs(k, "known")) return true;
    // "the process commonly referred to in the industry as a "section
    // 189"": the passive, with nothing between "to" and "as" but where.
    if (WordIs(k, "referred") && WordIs(k + 1, "to") &&
        (k + 2 == a || WordIs(k + 2, "in") || WordIs(k + 2, "locally"))) {
      return true;
    }
  }
  return false;
}

void Extractor::PreAttribution(int wi, int o) {
  Work& w = works_[wi];
  int lo = o;
  while (lo - 1 >= 0 && Outside(lo - 1) &&
         toks_[lo - 1].sent == toks_[o].sent) {
    --lo;
  }
  w.sentence_start =
      lo == o && (lo == 0 || toks_[lo - 1].sent != toks_[o].sent);
  int full_lo = lo;
  lo = std::max(lo, o - kWindow);  // a bounded window, however long the
                                   // sentence
  w.starts_block = o == 0;
  if (full_lo - 1 >= 0 && toks_[full_lo - 1].sent == toks_[o].sent &&
      toks_[full_lo - 1].q >= 0 && toks_[full_lo - 1].q != wi) {
    w.prev_in_sentence = toks_[full_lo - 1].q;
  }
  w.colon = o - 1 >= lo && IsPunct(o - 1, ':');
  w.pre_comma = o - 1 >= lo && IsPunct(o - 1, ',');
  // (So after a work's noun and a comma: "a cookbook, "Biscuits at Dawn:
  // Fifty Years on Mill Street,"".)
  if (w.pre_comma && o - 2 >= lo && IsWordTok(o - 2) && !toks_[o - 2].cap) {
    char nb[32];
    const std::string_view noun = Lower(o - 2, nb);
    w.title_label = qi::IsThingNoun(noun) || IsDocumentNoun(noun);
  }
  // A label, not speech: so-called "x", dubbed "x", known as "x".
  if (o - 1 >= lo && IsWordTok(o - 1)) {
    char lb[32];
    std::string_view p = Lower(o - 1, lb);
    w.label =
        IsLabelWord(p) ||
        // "placards reading "...""
        ((p == "reading" || p == "read") && o - 2 >= lo &&
         (WordIs(o - 2, "placards") || WordIs(o - 2, "placard") ||
          WordIs(o - 2, "signs") || WordIs(o - 2, "sign") ||
          WordIs(o - 2, "banners") || WordIs(o - 2, "banner") ||
          WordIs(o - 2, "t-shirts") || WordIs(o - 2, "posters"))) ||
        // "known internally as "the bridge"", "known in the industry as
        // the "cat cracker"".
        KnownAs(o, lo) || PassiveDescribedAs(o, lo) ||
        // ("Segev told "Globes"": the paper told, its name in marks.)
        ((p == "told" || p == "tells") && w.words <= 2 && o + 1 < n_ &&
         IsWordTok(o + 1) && toks_[o + 1].cap) ||
        // "the gangs go by names such as "Bhaiya Group"": a name given as
        // an example, of three words at most.
        (p == "as" && o - 2 >= lo && WordIs(o - 2, "such") && w.words <= 3) ||
        // "the BBC crime series "Low Tide"": a work's title after
        // its noun.
        // (A title is capitalised: not "the programme "remains
        // fully in place"".)
        (qi::IsThingNoun(p) && p != "feature" && p != "record" && p != "game" &&
         p != "phone" && o + 1 < n_ && IsWordTok(o + 1) && toks_[o + 1].cap);
    // "The study, titled "Growing Up Anxious: Wellbeing of Young Adults in
    // Singapore"", "under the title "A Home Near Everything"": a work's
    // title, however long, if it is in title case (Finalize).
    w.title_label = p == "titled" || p == "entitled" || p == "headlined" ||
                    (p == "title" && o - 2 >= lo && WordIs(o - 2, "the"));
    // A nickname: "Jane Roe, known as "x"", "her grandson knows her as
    // "x"": remembered for the person, who may later speak under it.
    bool knows = p == "as" && o - 3 >= lo &&
                 (WordIs(o - 2, "her") || WordIs(o - 2, "him")) &&
                 (WordIs(o - 3, "knows") || WordIs(o - 3, "know") ||
                  WordIs(o - 3, "knew") || WordIs(o - 3, "calls") ||
                  WordIs(o - 3, "call") || WordIs(o - 3, "called"));
    if (knows) {
      w.label = true;
      int a = FindActor(
          toks_[o].b, WordIs(o - 2, "her") ? Pronoun::kFemale : Pronoun::kMale,
          false, false, "");
      if (a >= 0) w.nick_of = actors_[a].name;
    } else if (p == "as" && o - 2 >= lo && WordIs(o - 2, "known")) {
      int k = o - 3;
      while (k >= lo &&
             (IsPunct(k, ',') || WordIs(k, "also") || WordIs(k, "better") ||
              WordIs(k, "widely") || WordIs(k, "is") || WordIs(k, "was"))) {
        --k;
      }
      if (k >= lo && NameTok(k) && Outside(k) && !toks_[k].poss) {
        Np np = NameRunBack(k, lo);
        Speaker sp;
        if (np.found() && np.kind == Np::kName && ResolveInto(np, np.b, &sp) &&
            !sp.organization) {
          w.nick_of = sp.name;
        }
      }
    }
  }
  // "A banner strung across the main gate read: "..."": words a thing
  // bears, which nobody is said to speak.
  if (o - 2 >= lo && (IsPunct(o - 1, ':') || IsPunct(o - 1, ',')) &&
      (WordIs(o - 2, "read") || WordIs(o - 2, "reads"))) {
    for (int k = o - 3; k >= lo && k >= o - 12; --k) {
      if (WordIs(k, "banner") || WordIs(k, "sign") || WordIs(k, "placard") ||
          WordIs(k, "poster") || WordIs(k, "billboard") ||
          WordIs(k, "plaque") || WordIs(k, "inscription") ||
          WordIs(k, "graffiti") || WordIs(k, "headline") ||
          WordIs(k, "t-shirt") || WordIs(k, "banners") || WordIs(k, "signs") ||
          WordIs(k, "placards")) {
        w.sign = true;
        break;
      }
    }
  }
  // "The Economic Community of West African States (ECOWAS) "strongly
  // condemned" what it called ...": words in lower case right after the
  // name that opens the sentence are its predicate, and that body's.
  if (o + 1 < n_ && IsWordTok(o + 1) && !toks_[o + 1].cap &&
      !toks_[o + 1].digit) {
    int e = o - 1;
    if (e - 2 >= lo && IsPunct(e, ')') && IsPunct(e - 2, '(') &&
        IsWordTok(e - 1) && LooksLikeAcronym(W(e - 1))) {
      e -= 3;
    }
    if (e >= lo && NameTok(e) && !toks_[e].poss && Outside(e) &&
        !Has(e, kFunction)) {
      Np np = NameRunBack(e, lo);
      int f = e;
      while (f - 1 >= lo && toks_[f - 1].b >= std::min(np.b, np.title_b)) --f;
      if (f - 1 >= lo && (WordIs(f - 1, "the") || WordIs(f - 1, "The"))) --f;
      // (After an opening phrase with no verb of speech in it: "In a
      // communique, the African Union's ...", not "X told the court that
      // when ..., Quigley "lunged at him"".)
      bool opening = f - 1 >= lo && IsPunct(f - 1, ',') && f - 2 >= full_lo &&
                     !NameTok(f - 2);
      for (int m = full_lo; opening && m < f - 1; ++m) {
        opening = !IsWordTok(m) || (CueAt(m) == nullptr && !WordIs(m, "that"));
      }
      if (np.found() && np.kind == Np::kName && np.nnames == 1 &&
          (f == full_lo || opening)) {
        w.pre = np;
        w.pre_adjacent = true;
        w.cue_between = true;
        return;
      }
    }
  }
  // "Teodoro "Teddy" Barrientos": a nickname inside a name; the name
  // without it is registered, and the nickname stands for the person.
  // (A nickname is capitalised: not "Evergreen Pointe "strongly disputes"
  // ProPublica's findings".)
  if (o - 1 >= lo && NameTok(o - 1) && !toks_[o - 1].poss && o + 1 < n_ &&
      IsWordTok(o + 1) && toks_[o + 1].cap) {
    int close = o + 1;
    while (close < n_ && close < o + 5 && toks_[close].type != kClose) ++close;
    if (close + 1 < n_ && close < o + 5 && toks_[close].q == wi &&
        NameTok(close + 1) && toks_[close + 1].sent == toks_[o].sent) {
      int e = NameEnd(close + 1, n_);
      int b = o - 1;
      // (Nor a role: "Linebacker Tyce "Boomer" Petrakis".)
      while (b - 1 >= lo && NameTok(b - 1) && !toks_[b - 1].poss &&
             !Has(b - 1, kFunction | kTitleWord) &&
             !(Has(b - 1, kRole) && !qi::KnownFirstName(W(b - 1)))) {
        --b;
      }
      std::string full = NameText(toks_[b].b, toks_[o - 1].e) + " " +
                         NameText(toks_[close + 1].b, toks_[e - 1].e);
      std::string first, last;
      NameEnds(full, &first, &last);
      absl::string_view l(last.data(), last.size());
      // ("Eduardo "Bong" Dela Paz": over "Dela Paz", read before.)
      auto known = by_last_.find(l);
      if (known == by_last_.end()) {
        by_last_.emplace(last, full);
      } else if (full.size() > known->second.size() + 1 &&
                 full.ends_with(" " + known->second)) {
        known->second = full;
      }
      absl::string_view f(first.data(), first.size());
      if (!by_first_.contains(f)) by_first_.emplace(first, full);
      w.label = true;
      w.nick_of = full;
      // Opening its sentence, the person is its subject, for a "he said"
      // after it ("Harold "Hal" Whitfield, 81, ... brought a photo.").
      char lb[32];
      if (b == 0 || toks_[b - 1].sent != toks_[b].sent ||
          (IsWordTok(b - 1) && qi::IsSubjectLink(Lower(b - 1, lb)))) {
        Speaker who;
        who.name = full;
        AddActor(toks_[b].b, who, false, -1, /*subject=*/true, std::string());
      }
      return;
    }
  }
  // "its campaign slogan, "Naya Bihar"": a name after a label noun.
  if (o - 2 >= lo && (IsPunct(o - 1, ',') || IsPunct(o - 1, ':')) &&
      (WordIs(o - 2, "slogan") || WordIs(o - 2, "motto") ||
       WordIs(o - 2, "tagline") || WordIs(o - 2, "hashtag") ||
       WordIs(o - 2, "catchphrase") || WordIs(o - 2, "nickname"))) {
    w.label = true;
    w.label_noun = true;  // "the company's motto: "Cold is a right, ...""
  }
  // "the "five-sigma" threshold", "the flagship "free meals" program": a
  // determiner before (the noun after is seen at the closing mark).
  if (o - 1 >= lo && IsWordTok(o - 1)) {
    auto det = [&](int k) {
      return WordIs(k, "the") || WordIs(k, "a") || WordIs(k, "an") ||
             WordIs(k, "its") || WordIs(k, "their") || WordIs(k, "this");
    };
    // Not "the "slow and opaque" transmission" or "a "limited" impact",
    // which report how someone judged it.
    w.det_before = o - 2 >= lo && det(o - 2) && !toks_[o - 1].cap &&
                   !Has(o - 1, kFunction | kAuxiliary | kClause) &&
                   CueAt(o - 1) == nullptr;
    // "the "five-sigma" threshold": a hyphenated technical modifier.
    // (Not after a verb of speech: "warned of a "life-threatening" storm
    // surge" is the speaker's word.)
    const bool spoken =
        o - 2 >= lo &&
        (CueAt(o - 2) != nullptr ||
         (WordIs(o - 2, "of") && o - 3 >= lo && CueAt(o - 3) != nullptr));
    if (det(o - 1) && o + 2 < n_ && IsWordTok(o + 1) &&
        toks_[o + 2].type == kClose &&
        W(o + 1).find('-') != std::string_view::npos && !spoken) {
      w.det_before = true;
    }
  }
  // An official class: "the plan classes the farms as "transition
  // landscapes"", "designated as a "red zone"".
  {
    int a = o - 1;
    if (WordIs(a, "a") || WordIs(a, "an") || WordIs(a, "the")) --a;
    if (a >= lo && WordIs(a, "as")) {
      char cb[32];
      for (int k = a - 1; k >= lo && k >= a - 8 && IsWordTok(k); --k) {
        std::string_view v = Lower(k, cb);
        if (v == "classes" || v == "classed" || v == "classified" ||
            v == "classifies" || v == "classify" || v == "designates" ||
            v == "designated" || v == "designate" || v == "categorises" ||
            v == "categorizes" || v == "categorised" || v == "categorized" ||
            v == "reclassified" || v == "listed" || v == "registered" ||
            // "inside what officials have marked as the "red zone"".
            v == "marked" || v == "zoned" || v == "mapped") {
          w.label = true;
          return;
        }
      }
    }
  }
  // "The statement also quoted Kestrel's chief executive, Delphine
  // Marchetti-Wu: "..."": the person a statement or report quoted, named
  // between the verb and the colon.
  if (w.colon && o - 4 >= lo) {
    int v = o - 2;
    while (v > lo && v > o - 14 && Outside(v) && !IsPunct(v, '.') &&
           !IsPunct(v, ';') && toks_[v].sent == toks_[o - 1].sent &&
           !(IsWordTok(v) && !toks_[v].cap &&
             (WordIs(v, "quoted") || WordIs(v, "quotes") ||
              WordIs(v, "quoting")))) {
      --v;
    }
    if (v > lo && IsWordTok(v) && !toks_[v].cap &&
        (WordIs(v, "quoted") || WordIs(v, "quotes") || WordIs(v, "quoting"))) {
      for (int k = v + 1; k < o - 1; ++k) {
        if (!NameTok(k) || toks_[k].poss) continue;
        Np np = NameRunForward(k, o - 1);
        if (OneFullName(np)) {
          np.cue_b = toks_[v].b;
          np.cue_e = toks_[v].e;
          w.pre = np;
          w.pre_adjacent = true;
          return;
        }
        while (k + 1 < o - 1 && NameTok(k + 1)) ++k;
      }
    }
  }
  // ""...," X told The National, while Layla Haddad, a partner at
  // Arcwell, was more cautious: "..."": the subject of the clause that the
  // colon ends, after "while", "whereas" or "but", over an earlier verb's.
  if (w.colon && w.starts_cap && o - 5 >= lo) {
    for (int k = o - 4; k >= lo && k >= o - 25 && Outside(k) &&
                        toks_[k].sent == toks_[o - 1].sent;
         --k) {
      if (!IsWordTok(k) || toks_[k].cap ||
          !(WordIs(k, "while") || WordIs(k, "whereas") || WordIs(k, "but"))) {
        continue;
      }
      if (!NameTok(k + 1) || toks_[k + 1].poss) break;
      const int e = NameEnd(k + 1, o - 1);
      if (e - (k + 1) < 2 || toks_[e - 1].poss) break;
      int v = e;
      if (IsPunct(v, ',')) {  // past an appositive
        ++v;
        while (v < o - 1 && Outside(v) && !IsPunct(v, ',')) ++v;
        if (!IsPunct(v, ',')) break;
        ++v;
      }
      bool verb_phrase = v < o - 1;
      for (int m = v; verb_phrase && m < o - 1; ++m) {
        verb_phrase = IsWordTok(m) && !toks_[m].cap && CueAt(m) == nullptr;
      }
      if (!verb_phrase) break;
      Np np = NameRunForward(k + 1, e);
      if (np.found() && np.kind == Np::kName && np.nnames == 1 &&
          !np.org_name) {
        np.cue_b = toks_[o - 1].b;
        np.cue_e = toks_[o - 1].e;
        w.pre = np;
        w.pre_adjacent = true;
        return;
      }
      break;
    }
  }
  // "...; Ferrari team principal Giorgio Ferrante: "...": a name ending a
  // clause of names and nouns, no verb, before the colon (a standfirst's
  // convention).
  // ("Former captain Lee Okonjo-Whyte on BBC Radio 5 Live: "...": or a
  // name, then the programme it spoke on, in a "what they said" list.)
  int name_end = o - 2;
  if (w.colon && o - 5 >= lo) {
    int p = o - 2;
    while (p > lo && p > o - 8 &&
           (NameTok(p) || (IsWordTok(p) && toks_[p].digit))) {
      --p;
    }
    if (p < o - 2 && WordIs(p, "on") && p - 2 >= lo && NameTok(p - 1)) {
      name_end = p - 1;
    }
  }
  if (w.colon && o - 3 >= lo && NameTok(name_end) && !toks_[name_end].poss &&
      Outside(name_end)) {
    int b = name_end;
    bool nouns_only = true;
    while (b - 1 >= lo && Outside(b - 1) && !IsPunct(b - 1, ';') &&
           !IsPunct(b - 1, ',') && toks_[b - 1].sent == toks_[name_end].sent) {
      const int k = b - 1;
      if (!IsWordTok(k)) {
        nouns_only = false;
        break;
      }
      if (!NameTok(k) &&
          (Has(k, kFunction | kAuxiliary | kClause) || CueAt(k) != nullptr ||
           IsParticiple(k) || W(k).ends_with("s"))) {
        nouns_only = false;
        break;
      }
      --b;
    }
    // (After a semicolon or opening the sentence, so not "told the
    // committee chair Ann Roe:".)
    const bool clause_start =
        b == lo || IsPunct(b - 1, ';') || toks_[b - 1].sent != toks_[b].sent;
    if (nouns_only && clause_start && name_end > b) {
      Np np = NameRunBack(name_end, lo);
      if (np.found() && np.kind == Np::kName && np.name_tokens[0] >= 2) {
        np.cue_b = toks_[o - 1].b;
        np.cue_e = toks_[o - 1].e;
        w.pre = np;
        w.pre_adjacent = true;
        return;
      }
    }
  }
  // A name of tokens f..last ("Marchenko's"), and "his"/"her"/"their" at
  // token k, as the owner of words or of an account.
  auto owner_name = [&](int f, int last) {
    Np np;
    np.kind = Np::kName;
    np.nnames = 1;
    np.name_b[0] = toks_[f].b;
    np.name_e[0] = toks_[last].e;
    np.name_tokens[0] = last - f + 1;
    np.b = toks_[f].b;
    np.e = toks_[last].e;
    return np;
  };
  auto owner_pronoun = [&](int k) {
    Np np;
    np.kind = Np::kPronoun;
    np.pronoun = WordIs(k, "his")   ? Pronoun::kMale
                 : WordIs(k, "her") ? Pronoun::kFemale
                                    : Pronoun::kPlural;
    np.b = toks_[k].b;
    np.e = toks_[k].e;
    return np;
  };
  // "where invoices are, in Marchenko's words, "...", "in his words",
  // "in the words of one former colleague, she became "..."": the words'
  // owner speaks.
  for (int k = o - 1; k - 2 >= lo && k >= o - 24; --k) {
    if (!Outside(k) || toks_[k].type == kOpen || toks_[k].type == kClose) {
      break;
    }
    // ("by his mother's account, "full of London."", "by Simmons's
    // estimate": so with "by" and an account.)
    const bool account = WordIs(k, "account") || WordIs(k, "estimate") ||
                         WordIs(k, "reckoning") || WordIs(k, "telling");
    if (account && k - 2 >= lo && NameTok(k - 1) && toks_[k - 1].poss) {
      int f = k - 1;
      while (f - 1 > lo && NameTok(f - 1) && !toks_[f - 1].poss) --f;
      if (WordIs(f - 1, "by")) {
        Np np = owner_name(f, k - 1);
        np.cue_b = toks_[f - 1].b;
        np.cue_e = toks_[k].e;
        w.pre = np;
        w.pre_adjacent = true;
        return;
      }
    }
    if (account && k - 2 >= lo && WordIs(k - 2, "by") &&
        (WordIs(k - 1, "his") || WordIs(k - 1, "her"))) {
      Np np = owner_pronoun(k - 1);
      np.cue_b = toks_[k - 2].b;
      np.cue_e = toks_[k].e;
      w.pre = np;
      w.pre_adjacent = true;
      return;
    }
    if (!WordIs(k, "words")) continue;
    Np np;
    int in = -1;
    if (WordIs(k + 1, "of") && WordIs(k - 1, "the") && WordIs(k - 2, "in")) {
      int hi = k + 2;
      while (hi < o && !IsPunct(hi, ',')) ++hi;
      np = NpForward(k + 2, hi, true);
      if (np.found() && np.e != toks_[hi - 1].e) np = Np();
      in = k - 2;
    } else if (WordIs(k - 2, "in") &&
               (WordIs(k - 1, "his") || WordIs(k - 1, "her") ||
                WordIs(k - 1, "their"))) {
      np = owner_pronoun(k - 1);
      in = k - 2;
    } else if (NameTok(k - 1) && toks_[k - 1].poss) {
      int f = k - 1;
      while (f - 1 > lo && NameTok(f - 1) && !toks_[f - 1].poss) --f;
      if (WordIs(f - 1, "in")) {
        np = owner_name(f, k - 1);
        in = f - 1;
      }
    }
    if (np.found() && in >= lo) {
      np.cue_b = toks_[in].b;
      np.cue_e = toks_[k].e;
      w.pre = np;
      w.pre_adjacent = true;
      return;
    }
    break;
  }
  // "European lawmakers traded accusations of "deregulation by stealth"":
  // a reporting noun and "of" before the mark; the sentence's subject made
  // the accusation.
  if (o - 2 >= lo && WordIs(o - 1, "of") && IsWordTok(o - 2) &&
      !toks_[o - 2].cap) {
    char nb[32];
    const std::string_view noun = Lower(o - 2, nb);
    if (noun == "accusations" || noun == "accusation" ||
        noun == "allegations" || noun == "warnings" || noun == "warning" ||
        noun == "complaints" || noun == "claims" || noun == "cries" ||
        noun == "chants") {
      Np subj = SentenceSubject(o - 2);
      if (subj.found() &&
          (subj.kind == Np::kName || subj.person_head || subj.org_head) &&
          subj.e <= toks_[o - 2].b) {
        subj.cue_b = toks_[o - 2].b;
        subj.cue_e = toks_[o - 2].e;
        w.pre = subj;
        w.pre_adjacent = true;
        w.cue_between = true;
        return;
      }
    }
  }
  // "what officials describe as "health care deserts"", "a practice staff
  // describe as "stacking"": a label that an unnamed plural group gives
  // (as with "what critics call"); not "what she described as".
  // ("which agronomists often describe as a "fish-eye" lesion",
  // "something health managers refer to as": or an article after "as";
  // or "refer to".)
  const int as = AsBefore(o, lo);
  int verb = as - 1;
  // ("Art historians have long referred to him as the "Master of the
  // Seasons"".)
  if (verb - 2 >= lo && WordIs(verb - 1, "to") &&
      (WordIs(verb, "him") || WordIs(verb, "her") || WordIs(verb, "it"))) {
    --verb;
  }
  if (verb - 1 >= lo && WordIs(verb, "to") &&
      (WordIs(verb - 1, "refer") || WordIs(verb - 1, "referred"))) {
    --verb;
  }
  if (as >= 0 && verb - 1 >= lo &&
      (WordIs(verb, "describe") || WordIs(verb, "described") ||
       WordIs(verb, "refer") || WordIs(verb, "referred"))) {
    int h = verb - 1;  // the subject's head
    while (h > lo && IsWordTok(h) && Has(h, kAuxOrAdverb) && !toks_[h].cap) --h;
    if (IsWordTok(h) && !toks_[h].cap && h - 1 >= lo) {
      char hb[32];
      const std::string_view head = Lower(h, hb);
      // (Habitually: "describe", or "have long described"; not "what
      // prosecutors described as", one occasion's words, nor "they", a
      // group named before.)
      bool habit = WordIs(verb, "describe") || WordIs(verb, "refer");
      for (int m = h + 1; m < verb && !habit; ++m) {
        habit = WordIs(m, "long") || WordIs(m, "often") ||
                WordIs(m, "widely") || WordIs(m, "commonly");
      }
      const bool plural =
          habit && head != "they" &&
          (head == "staff" || head == "police" || head == "people" ||
           (head.size() > 3 && head.back() == 's' &&
            head[head.size() - 2] != 's' && Has(h, kPerson)));
      int d = h - 1;
      while (d > lo && IsWordTok(d) && !toks_[d].cap && d > h - 3 &&
             !WordIs(d, "what") && !WordIs(d, "which") && !WordIs(d, "a") &&
             !WordIs(d, "the") && !WordIs(d, "one") &&
             !WordIs(d, "something")) {
        --d;
      }
      const bool opens = WordIs(d, "what") || WordIs(d, "which") ||
                         WordIs(d, "something") || OpensSentence(d) ||
                         (d + 1 < h && (WordIs(d, "a") || WordIs(d, "the")));
      if (plural && opens && !WordIs(h - 1, "one") && !WordIs(h - 1, "a")) {
        w.label = true;
        return;
      }
    }
  }
  // The last reporting verb before the mark, or "according to".
  int cue = -1;
  const qi::CueWord* cw = nullptr;
  // Records `subj` as the speaker calling something so, the verb at token k.
  auto called_by = [&](const Np& subj, int k) {
    w.label = false;  // (set above for the word "called" before the mark)
    w.pre = subj;
    w.pre.cue_b = toks_[k].b;
    w.pre.cue_e = toks_[k].e;
    w.pre_adjacent = true;
    w.cue_between = true;
  };
  // "He called the two community forums the district held in January "a
  // box-checking exercise."": a named speaker calling something so, with
  // only words between the verb and the mark.
  for (int k = o - 6; k >= lo && k >= o - 14; --k) {
    if (!IsWordTok(k + 5) && !IsPunct(k + 5, ',')) break;
    if (!(WordIs(k, "called") || WordIs(k, "calls")) || WordIs(k + 1, "for") ||
        WordIs(k + 1, "on")) {
      continue;
    }
    // (Commas around an appositive may stand between: "She called the
    // remedy, a replacement lid rather than a refund, "the bare
    // minimum."")
    bool words = true;
    for (int m = k + 1; m < o; ++m) {
      words &= (IsWordTok(m) || (IsPunct(m, ',') && m > k + 1)) && Outside(m);
    }
    if (!words) break;
    Np subj = SubjectBefore(k, lo);
    int sb = k;
    while (sb > lo && toks_[sb - 1].b >= subj.b) --sb;
    bool what =
        sb - 1 >= lo && (WordIs(sb - 1, "what") || WordIs(sb - 1, "as"));
    if (subj.found() && !subj.agent && !what &&
        (subj.kind == Np::kName || subj.kind == Np::kOrgRef ||
         (subj.kind == Np::kPronoun && subj.pronoun != Pronoun::kPlural))) {
      called_by(subj, k);
      return;
    }
    break;
  }
  // "Korolenko ... was gracious in defeat, calling her opponent
  // "fearless"": a named speaker calling something so, in a clause.
  for (int k = o - 1; k >= lo && k >= o - 5; --k) {
    if (!IsWordTok(k) || !Outside(k)) break;
    if (!WordIs(k, "calling") || WordIs(k + 1, "for") || WordIs(k + 1, "on")) {
      continue;
    }
    // (Not a habit, which labels: "fans have taken to calling the "New
    // Orange Crush"", "what the industry has started calling "agentic"".)
    if (WordIs(k - 1, "to") || WordIs(k - 1, "started") ||
        WordIs(k - 1, "begun") || WordIs(k - 1, "began") ||
        WordIs(k - 1, "start") || WordIs(k - 1, "starting")) {
      w.label = true;
      break;
    }
    // ("what hill farmers are already calling the "March gap"": nor what
    // a group, plural, calls it.)
    {
      bool what = false, plural = false;
      for (int m = k - 1; m >= lo && m >= k - 6 && IsWordTok(m); --m) {
        if (WordIs(m, "what")) {
          what = true;
          break;
        }
        const std::string_view x = W(m);
        plural |= WordIs(m, "they") || WordIs(m, "people") ||
                  (!toks_[m].cap && x.size() > 3 && x.back() == 's' &&
                   x[x.size() - 2] != 's' && Has(m, kPerson | kRole));
      }
      if (what && plural) {
        w.label = true;
        break;
      }
    }
    Np subj = ClauseSubject(k, lo);
    // ("Dame Judith ... calling him "a natural"": a first name after a
    // title is a person's too.)
    const absl::string_view one(text_.data() + subj.name_b[0],
                                subj.name_e[0] - subj.name_b[0]);
    const bool person =
        subj.kind == Np::kName && subj.nnames == 1 &&
        (subj.name_tokens[0] >= 2 || by_last_.contains(one) ||
         (subj.title_b != std::string_view::npos && by_first_.contains(one)));
    // ("with a judge calling his conduct "callous"": or someone described.)
    if (subj.found() && !subj.agent &&
        (person ||
         (subj.kind == Np::kPronoun && (subj.pronoun == Pronoun::kMale ||
                                        subj.pronoun == Pronoun::kFemale)) ||
         (subj.kind == Np::kUnnamed && subj.person_head &&
          subj.e == toks_[k - 1].e) ||
         // ("A federal judge on Wednesday sentenced ..., calling his
         // conduct a "betrayal"": one person, the sentence's subject.)
         (subj.kind == Np::kUnnamed && subj.person_head &&
          IsPunct(k - 1, ',') && !PluralNp(subj, text_) &&
          OpensSentence(FirstTokenAt(subj.b))))) {
      called_by(subj, k);
      return;
    }
    break;
  }
  for (int k = o - 1; k >= lo; --k) {
    // "Asked whether he had spoken with the governor, Daniel Marsh shook
    // his head: "..."": a clause with its own named subject introduces the
    // words; a verb before its comma is not their cue.
    if (w.colon && IsPunct(k, ',') && k + 2 < o && NameTok(k + 1) &&
        !toks_[k + 1].poss) {
      int e = k + 1;
      while (e < o && NameTok(e) && !toks_[e].poss) ++e;
      if (e - (k + 1) >= 2 && e < o && IsWordTok(e) && !toks_[e].cap &&
          CueAt(e) == nullptr && !Has(e, kFunction)) {
        break;
      }
    }
    // "Critics have called it "x"", "called the economy "y"": a label verb
    // a few words before the mark (not "called for").
    // (Not the noun: "told analysts on a conference call that there was
    // "...".)
    auto noun_call = [&] {
      return k - 1 >= lo && (WordIs(k, "call") || WordIs(k, "calls")) &&
             (WordIs(k - 1, "a") || WordIs(k - 1, "an") ||
              WordIs(k - 1, "the") || WordIs(k - 1, "conference") ||
              WordIs(k - 1, "phone") || WordIs(k - 1, "video") ||
              WordIs(k - 1, "earnings") || WordIs(k - 1, "this") ||
              WordIs(k - 1, "that"));
    };
    if (o - k <= 5 && !WordIs(k + 1, "for") && !WordIs(k + 1, "on") &&
        (WordIs(k, "called") || WordIs(k, "calls") || WordIs(k, "call") ||
         WordIs(k, "dubbed") || WordIs(k, "dubs") || WordIs(k, "labelled") ||
         WordIs(k, "labeled") || WordIs(k, "branded") || WordIs(k, "brands") ||
         WordIs(k, "termed") || WordIs(k, "nicknamed")) &&
        !noun_call()) {
      bool clause = true;  // nothing but words between it and the mark
      for (int m = k + 1; m < o; ++m) clause &= IsWordTok(m);
      if (clause) {
        // "Senator X called it "price controls dressed up as reform"": a
        // named speaker calling something so on an occasion speaks; "what
        // it calls", "critics have called it" only label.
        // (So with "termed": "Mr Siddiqui termed the budget "anti-people"";
        // not "branded", "labelled", which name things: "the event, which
        // the company branded "Look Up"".)
        // ("Synthetic cannabinoids, often called "K2"": a participle of a
        // habit after a noun and a comma names it; no one there calls it
        // so. Not "Smith, a senator, called it", one occasion.)
        // ("The Formosan black bear is often called the "moon bear"": or
        // after "is", "are".)
        const int before = k - 2;
        // (An adverb of habit before "called".)
        const bool habitual =
            k - 1 >= lo &&
            (WordIs(k - 1, "often") || WordIs(k - 1, "sometimes") ||
             WordIs(k - 1, "commonly") || WordIs(k - 1, "popularly") ||
             WordIs(k - 1, "locally") || WordIs(k - 1, "widely"));
        const bool passive_habit =
            WordIs(k, "called") && before >= lo &&
            (WordIs(before, "is") || WordIs(before, "are")) &&
            (habitual || WordIs(k - 1, "also") || WordIs(k - 1, "usually"));
        const bool apposed =
            passive_habit ||
            (WordIs(k, "called") && before - 1 >= lo && IsPunct(before, ',') &&
             (habitual || WordIs(k - 1, "informally") ||
              WordIs(k - 1, "colloquially")) &&
             IsWordTok(before - 1) &&
             // (Capitalised or not: "Pikas, sometimes called", "Hawke's
             // Bay, often called".)
             !toks_[before - 1].digit &&
             !Has(before - 1, kAuxOrAdverb | kFunction));
        if (!apposed && (WordIs(k, "called") || WordIs(k, "calls") ||
                         WordIs(k, "termed"))) {
          Np subj = SubjectBefore(k, lo);
          int sb = k;
          while (sb > lo && toks_[sb - 1].b >= subj.b) --sb;
          // ("what the U.S. Department of Agriculture calls", "which the
          // government calls", "places that the March of Dimes calls": a
          // name a body gives a thing, in the present, is a label; past
          // "the".)
          const bool present = WordIs(k, "calls");
          int wb = sb - 1;
          if (wb - 1 >= lo && WordIs(wb, "the")) --wb;
          // (A body's, not a person's: "a policy for horses, which Tomás
          // half-jokingly calls", "a rule that he calls" are their words.)
          const bool body_calls =
              present && subj.found() &&
              (subj.kind == Np::kOrgRef ||
               (subj.kind == Np::kUnnamed && !subj.person_head) ||
               (subj.kind == Np::kName && HasOrgSuffix(sb, k - 1)));
          bool what =
              wb >= lo &&
              (WordIs(wb, "what") || WordIs(wb, "as") ||
               (body_calls && (WordIs(wb, "which") || WordIs(wb, "that"))));
          // ("Another investor called the proposal "tone deaf"": one
          // person described speaks too; "critics called it" labels.)
          const std::string_view sw = text_.substr(subj.b, 8);
          // (Its head not a plural: "a format artists at the time jokingly
          // called the "Zoom NAMAs"".)
          const std::string_view hw =
              subj.found() ? HeadWord(subj, text_) : std::string_view();
          const bool plural_head =
              hw.size() > 3 && hw.back() == 's' && hw[hw.size() - 2] != 's';
          const bool one_person =
              subj.kind == Np::kUnnamed && subj.person_head &&
              !PluralNp(subj, text_) && !plural_head &&
              (sw.starts_with("One ") || sw.starts_with("one ") ||
               sw.starts_with("Another ") || sw.starts_with("another ") ||
               sw.starts_with("A ") || sw.starts_with("a ") ||
               sw.starts_with("An ") || sw.starts_with("an "));
          // ("Alaskans have long called such stands a "drunken forest"",
          // "whom their teammates have long called": what a group calls
          // a thing by habit labels it.)
          bool habit = false;
          for (int m = k - 1; m > sb && m >= k - 3 && !habit; --m) {
            habit = WordIs(m, "long") || WordIs(m, "often") ||
                    WordIs(m, "always") || WordIs(m, "affectionately");
          }
          if (habit && subj.found() && (plural_head || PluralNp(subj, text_)) &&
              subj.kind != Np::kPronoun) {
            w.label = true;
            return;
          }
          if (subj.found() && !what && !subj.agent &&
              (subj.kind == Np::kName ||
               (subj.kind == Np::kPronoun &&
                subj.pronoun != Pronoun::kPlural) ||
               subj.kind == Np::kRoleRef || subj.kind == Np::kOrgRef ||
               one_person)) {
            called_by(subj, k);
            return;
          }
          // "what she called "cops on every car"", "which he called "the
          // teeth"": a person's own words (held-out labellers read them so
          // two times in three; "what they call" stays a label).
          // ("citing what it called "persistent and unsustainable"
          // staffing shortages": so are a body's on an occasion, in the
          // past, not what it calls a programme, nor a name in capitals.)
          const bool body_once =
              subj.kind == Np::kPronoun && subj.pronoun == Pronoun::kIt &&
              (WordIs(k, "called") || WordIs(k, "termed")) &&
              !(o + 1 < n_ && IsWordTok(o + 1) && toks_[o + 1].cap);
          if (subj.found() && !subj.agent && subj.kind == Np::kPronoun &&
              (subj.pronoun == Pronoun::kMale ||
               subj.pronoun == Pronoun::kFemale || body_once) &&
              k - 2 >= lo && subj.b == toks_[k - 1].b &&
              (WordIs(k - 2, "what") || WordIs(k - 2, "which"))) {
            // (The body "it" stands for is the sentence's subject:
            // "Metrobridge said it was disappointed that Unite had rejected
            // what it called a "fair and affordable" offer".)
            if (body_once) {
              Np opening = SentenceSubject(o);
              if (!opening.found() ||
                  !(opening.kind == Np::kName || opening.kind == Np::kOrgRef ||
                    (opening.kind == Np::kUnnamed && opening.org_head))) {
                w.label = true;
                return;
              }
              subj = opening;
            }
            called_by(subj, k);
            return;
          }
          // ("citing what its chief executive called "losses we can no
          // longer absorb"", "in what one economist called "a perfect
          // storm"": so are one person's, described, on an occasion.)
          if (what && subj.found() && !subj.agent && WordIs(k, "called") &&
              ((subj.kind == Np::kRoleRef && !PluralNp(subj, text_)) ||
               one_person ||
               (subj.kind == Np::kUnnamed && subj.person_head &&
                !PluralNp(subj, text_) &&
                (sw.starts_with("its ") || sw.starts_with("his ") ||
                 sw.starts_with("her ") || sw.starts_with("their "))))) {
            called_by(subj, k);
            return;
          }
          // "what it calls "touring the book instead of writing the next
          // one"": a label however long.
          if (what) w.label_noun = true;
        }
        w.label = true;
        return;
      }
    }
    if (WordIs(k, "according") && WordIs(k + 1, "to")) {
      Np np;
      // ("According to her, ... results found to be "clean" would be
      // released": the object pronoun stands for the speaker.)
      if (k + 3 < o && IsPunct(k + 3, ',') &&
          (WordIs(k + 2, "him") || WordIs(k + 2, "her") ||
           WordIs(k + 2, "them"))) {
        np.kind = Np::kPronoun;
        np.pronoun = WordIs(k + 2, "him")   ? Pronoun::kMale
                     : WordIs(k + 2, "her") ? Pronoun::kFemale
                                            : Pronoun::kPlural;
        np.b = toks_[k + 2].b;
        np.e = toks_[k + 2].e;
      } else {
        np = DocumentAuthor(NpForward(k + 2, o, true), o);
      }
      if (np.found()) {
        np.cue_b = toks_[k].b;
        np.cue_e = toks_[k + 1].e;
        w.pre = np;
        w.pre_adjacent = true;
        return;
      }
    }
    cw = CueAt(k);
    // "According to Ms. Okonkwo, the bill's cost estimate was "..."": a
    // base form after the sentence's "According to X," is a noun.
    if (cw != nullptr && cw->form == qi::CueForm::kBase &&
        WordIs(full_lo, "according") && WordIs(full_lo + 1, "to")) {
      cw = nullptr;
    }
    // "called for "an urgent review"": a demand reports words.
    // ("called on the Finance Minister to "ring-fence" part of the levy":
    // so does one made of someone, when the words are what is asked.)
    // (Not "called on the Taoiseach to extend the "rent pressure zone"
    // rules", a scheme's name.)
    if (cw == nullptr &&
        (WordIs(k, "called") || WordIs(k, "calls") || WordIs(k, "call"))) {
      bool on_to = (WordIs(k + 1, "on") || WordIs(k + 1, "upon")) &&
                   o - 1 > k + 2 && WordIs(o - 1, "to") && o - 1 <= k + 10;
      for (int m = k + 2; on_to && m < o - 1; ++m) on_to = IsWordTok(m);
      if (WordIs(k + 1, "for") || on_to) cw = qi::FindCue("urged");
    }
    // "Engel said Halberg did not comment on "market speculation"": a verb
    // denied says nothing; the verb before it may have the speaker.
    if (cw != nullptr && k - 1 >= lo &&
        (WordIs(k - 1, "not") || WordIs(k - 1, "never") ||
         W(k - 1).ends_with("n't") || W(k - 1).ends_with("n\u2019t")) &&
        !WordIs(k + 1, "that")) {
      cw = nullptr;
      continue;
    }
    // "members had been told "...", "had been warned about "..."": a
    // listener in the passive, not a speaker; the verb before it may have
    // one ("He said members ...").
    if (cw != nullptr && (cw->tell || cw->form == qi::CueForm::kPast) &&
        !WordIs(k + 1, "by") && k - 1 >= lo &&
        (WordIs(k - 1, "was") || WordIs(k - 1, "were") ||
         WordIs(k - 1, "been") || WordIs(k - 1, "is") || WordIs(k - 1, "are") ||
         WordIs(k - 1, "being") || WordIs(k - 1, "be"))) {
      cw = nullptr;
      continue;
    }
    // "asked the company for a preliminary report by Friday", "the
    // reports": a noun after an article, not a verb.
    if (cw != nullptr &&
        (cw->form == qi::CueForm::kBase || cw->form == qi::CueForm::kThird) &&
        k - 1 >= lo &&
        (WordIs(k - 1, "a") || WordIs(k - 1, "an") || WordIs(k - 1, "the") ||
         WordIs(k - 1, "its") || WordIs(k - 1, "their") ||
         (k - 2 >= lo && (WordIs(k - 2, "a") || WordIs(k - 2, "an")) &&
          IsWordTok(k - 1) && !toks_[k - 1].cap &&
          !Has(k - 1, kPerson | kRole | kOrgNoun | kFunction)))) {
      cw = nullptr;
    }
    // "has heard similar promises", "made repeated claims": a noun after a
    // participle (and a word that describes it), not a verb.
    // (Not after an adverb: "A mother whose home has flooded twice says".)
    if (cw != nullptr && cw->form == qi::CueForm::kThird && k - 2 >= lo &&
        (IsParticiple(k - 1) ||
         (IsParticiple(k - 2) && IsWordTok(k - 1) && !toks_[k - 1].cap &&
          !Has(k - 1, kFunction | kPerson | kRole | kOrgNoun | kAuxiliary |
                          kAuxOrAdverb) &&
          !W(k - 1).ends_with("ly") && !WordIs(k - 1, "twice") &&
          !WordIs(k - 1, "once") && !WordIs(k - 1, "again")))) {
      cw = nullptr;
    }
    // "the preliminary damage estimate was": a noun after an article and
    // before "was", not a verb (not "what activists say is").
    if (cw != nullptr && cw->form == qi::CueForm::kBase && k + 1 < o &&
        (WordIs(k + 1, "was") || WordIs(k + 1, "were") || WordIs(k + 1, "is") ||
         WordIs(k + 1, "are"))) {
      for (int m = k - 1; m >= lo && m >= k - 3; --m) {
        if (WordIs(m, "the") || WordIs(m, "a") || WordIs(m, "an") ||
            WordIs(m, "its") || WordIs(m, "their") || WordIs(m, "this")) {
          cw = nullptr;
          break;
        }
        if (!IsWordTok(m) || toks_[m].cap || Has(m, kFunction)) break;
      }
    }
    // "told state television": a noun after the verb, not a second verb.
    if (cw != nullptr && k - 1 >= lo && cw->form == qi::CueForm::kBase &&
        CueAt(k - 1) != nullptr) {
      cw = nullptr;
    }
    // "He told lawmakers that the ministry had written to ... and that
    // work would resume "...": "and that" joins a second clause to the
    // first "that" of an earlier verb of speech, whose subject speaks.
    if (cw != nullptr && k + 1 < o) {
      bool and_that = false;
      for (int m = k + 1; m + 1 < o && !and_that; ++m) {
        and_that = WordIs(m, "and") && WordIs(m + 1, "that");
      }
      bool outer = false;
      for (int j = k - 1; and_that && !outer && j > lo; --j) {
        if (!WordIs(j, "that")) continue;
        for (int c = j - 1; c >= lo && !outer; --c) {
          outer = IsWordTok(c) && CueAt(c) != nullptr;
        }
      }
      if (outer) {
        cw = nullptr;
        continue;
      }
    }
    if (cw != nullptr) {
      cue = k;
      break;
    }
  }
  char buf[32];
  if (cue >= 0) {
    w.cue_between = true;
    // Adjacent: only "that", commas, colons and adverbs between the verb and
    // the mark ("said that", "added:", "said in a statement that").
    bool adjacent = true;
    for (int k = cue + 1; k < o; ++k) {
      if (IsPunct(k, ',') || IsPunct(k, ':') || WordIs(k, "that") ||
          WordIs(k, "out") || WordIs(k, "back") ||
          (IsWordTok(k) && Has(k, kAuxOrAdverb))) {
        continue;
      }
      // The listener of "told me, "..."", "texts him: "...".
      if (k == cue + 1 && cw->tell &&
          (WordIs(k, "me") || WordIs(k, "him") || WordIs(k, "her") ||
           WordIs(k, "us") || WordIs(k, "them") || WordIs(k, "you"))) {
        continue;
      }
      adjacent = false;
    }
    w.pre_that = WordIs(o - 1, "that");
    if (!adjacent && o - 1 > cue && WordIs(o - 1, "that")) {
      adjacent = true;
      for (int k = cue + 1; k < o - 1; ++k) {
        if (IsWordTok(k) && Has(k, kClause)) adjacent = false;
        if (IsPunct(k, '.')) adjacent = false;
      }
    }
    Np np;
    // "a heated exchange over remarks by Datuk Hamzah Ismail (BN-Sungai
    // Lempit) that ...": a reporting noun's agent.
    const bool noun_by = cw->form == qi::CueForm::kThird &&
                         WordIs(cue + 1, "by") && cue - 1 >= lo &&
                         IsWordTok(cue - 1) && !toks_[cue - 1].cap &&
                         Has(cue - 1, kFunction);
    if (noun_by) {
      Np agent = NpForward(cue + 2, o, true);
      if (agent.found() && (agent.kind == Np::kName || agent.person_head)) {
        np = agent;
      }
    }
    if (np.found()) {
      // (The agent above.)
    } else if (cw->form == qi::CueForm::kGerund) {
      np = ClauseSubject(cue, lo);
    } else {
      np = SubjectBefore(cue, lo, /*quote_after=*/true);
      if (Np name = NameAfterRole(np); name.found()) np = name;
      // ("He said the network had received complaints from teachers who
      // were waiting ... and urged the ministry": a verb's phrase is no
      // one; the verb before "and" has the subject.)
      // ("Sentencing, Judge X said he accepted ..., but said he had shown
      // "...": nor is the participle that opens the sentence.)
      const int nb = np.found() ? FirstTokenAt(np.b) : -1;
      const bool opening_ing =
          np.found() && np.kind == Np::kName && np.nnames == 1 &&
          np.name_tokens[0] == 1 && nb + 1 < n_ && IsPunct(nb + 1, ',') &&
          W(nb).size() > 5 && W(nb).ends_with("ing") &&
          (nb == 0 || toks_[nb - 1].sent != toks_[nb].sent) && cue - 1 >= lo &&
          WordIs(cue - 1, "but");
      if (opening_ing ||
          (np.found() && np.kind == Np::kUnnamed && IsParticiple(nb) &&
           cue - 1 >= lo && WordIs(cue - 1, "and"))) {
        np = Np();
        for (int k = cue - 2; k >= lo && !np.found(); --k) {
          if (IsWordTok(k) && CueAt(k) != nullptr &&
              CueAt(k)->form != qi::CueForm::kGerund) {
            Np outer = SubjectBefore(k, lo, /*quote_after=*/true);
            if (outer.found() && outer.kind != Np::kUnnamed) np = outer;
            break;
          }
        }
      }
      if (!np.found() && !cw->tell) {
        // Inverted: "Said Smith: ..." / ", said the minister, ..."
        // (Not the object of a verb done to someone, unless a comma or a
        // colon ends it: "accused the service of running a "rigged"
        // evaluation".)
        Np f = NpForward(cue + 1, o, true);
        int k = cue + 1;
        while (k < o && toks_[k].b < f.e) ++k;
        const int np_end = k;
        while (k < o && (IsPunct(k, ',') || IsPunct(k, ':'))) ++k;
        if (f.found() && k == o && (k > np_end || !qi::TakesTarget(*cw))) {
          np = f;
        }
      }
    }
    np = GivenName(np, cue, lo);
    // "He was told by a teacher that ...": the agent speaks.
    if (cw->form == qi::CueForm::kPast && WordIs(cue + 1, "by") &&
        cue - 1 >= lo &&
        (WordIs(cue - 1, "was") || WordIs(cue - 1, "were") ||
         WordIs(cue - 1, "been") || WordIs(cue - 1, "is") ||
         WordIs(cue - 1, "are") || WordIs(cue - 1, "being"))) {
      // ("was described by one of her bosses as "...": up to the "as".)
      const int as = AsBefore(o, lo);
      Np agent = NpForward(cue + 2, as > cue + 2 ? as : o, true);
      if (!agent.found() && as > cue + 2) agent = UnnamedForward(cue + 2, as);
      agent.agent = true;
      // (Someone who can speak, not "had been agreed by both sides".)
      if (agent.found() &&
          (agent.kind != Np::kUnnamed || agent.person_head || agent.org_head)) {
        np = agent;
      }
    }
    // "X described the show as "..." and said ...": a second verb shares
    // the subject of the first.
    if (!np.found() && cue - 1 >= lo &&
        (WordIs(cue - 1, "and") || WordIs(cue - 1, "but"))) {
      if (w.prev_in_sentence >= 0 && works_[w.prev_in_sentence].pre.found()) {
        np = works_[w.prev_in_sentence].pre;
      } else {
        np = SentenceSubject(o);
      }
    }
    // "She said the NDA would announce its formula "within days"", "The
    // union says ... that the MEA insisted on changes that would make it
    // "...": a verb inside what an earlier verb reports (after "that" or
    // with "would") is reported; the earlier verb's subject speaks.
    bool reported = false;
    if (np.found() && !np.agent && cue - 1 >= lo &&
        (WordIs(cue - 1, "would") || WordIs(cue - 1, "will") ||
         WordIs(cue - 1, "could") || WordIs(cue - 1, "might") ||
         WordIs(cue - 1, "may") || WordIs(cue - 1, "should"))) {
      reported = true;
    }
    // ("Hideo Kawamura ... said the group had asked the government to make
    // it clear that "...": a body's earlier act, in a named person's
    // words.)
    if (np.found() && !np.agent && !reported && cue - 1 >= lo &&
        (WordIs(cue - 1, "had") || WordIs(cue - 1, "has") ||
         WordIs(cue - 1, "have")) &&
        (np.kind == Np::kOrgRef ||
         (np.kind == Np::kUnnamed && np.org_head && !np.person_head))) {
      reported = true;
    }
    // (But "she testified that her husband had described the fund as
    // "...": a person's own description, which the quotation gives.)
    const bool described_as =
        AsBefore(o, lo) > cue &&
        text_.compare(toks_[cue].b, 7, "describ") == 0 &&
        (np.kind == Np::kName || np.kind == Np::kPronoun ||
         np.kind == Np::kRoleRef || np.person_head);
    if (np.found() && !np.agent && !reported && !described_as) {
      int sb = cue;
      while (sb > lo && toks_[sb - 1].b >= np.b) --sb;
      reported = sb - 1 >= lo && WordIs(sb - 1, "that");
      // (Not a relative "that" after a noun: "a move that one investor
      // described as "..."", but "said in an email that", "the fact that".)
      const int n = sb - 2;
      if (reported && n - 1 >= lo && IsWordTok(n) && !toks_[n].cap &&
          CueAt(n) == nullptr && !Has(n, kFunction | kAuxOrAdverb) &&
          !WordIs(n, "fact") && !WordIs(n, "claim") && !WordIs(n, "idea") &&
          !WordIs(n, "view") && !WordIs(n, "news") && !WordIs(n, "belief") &&
          (WordIs(n - 1, "a") || WordIs(n - 1, "an") || WordIs(n - 1, "the") ||
           (n - 2 >= lo && (WordIs(n - 2, "a") || WordIs(n - 2, "an") ||
                            WordIs(n - 2, "the"))))) {
        bool cue_before = false;
        for (int k = n - 1; k >= lo && k >= n - 3; --k) {
          cue_before |= CueAt(k) != nullptr;
        }
        reported = cue_before;
      }
    }
    if (reported) {
      for (int k = cue - 1; k >= lo; --k) {
        if (toks_[k].b >= np.b) continue;
        const qi::CueWord* c2 = CueAt(k);
        if (c2 == nullptr || c2->form == qi::CueForm::kGerund || c2->tell) {
          continue;
        }
        Np earlier = SubjectBefore(k, lo);
        if (earlier.found() &&
            (earlier.kind == Np::kName || earlier.kind == Np::kPronoun ||
             earlier.kind == Np::kOrgRef || earlier.person_head ||
             earlier.org_head)) {
          np = earlier;
          cue = k;
          adjacent = false;
        }
        break;
      }
    }
    // "X said the plan would add "..."": a thing does not speak; the verb
    // it goes with is reported, and an earlier verb's subject speaks.
    if (np.found() && np.kind == Np::kUnnamed && !np.person_head &&
        !np.org_head && !np.agent) {
      for (int k = cue - 1; k >= lo; --k) {
        const qi::CueWord* c2 = CueAt(k);
        if (c2 == nullptr || c2->form == qi::CueForm::kGerund) continue;
        Np earlier = SubjectBefore(k, lo);
        if (earlier.found() && (earlier.kind != Np::kUnnamed ||
                                earlier.person_head || earlier.org_head)) {
          np = earlier;
          cue = k;
          adjacent = false;
        }
        break;
      }
    }
    // "Kestrel ... said it would cut jobs as part of what it described as
    // "..."": "it" inside the sentence is the body that opens it.
    if (np.found() && np.kind == Np::kPronoun && np.pronoun == Pronoun::kIt &&
        cue - 1 > full_lo) {
      Np subj = SentenceSubject(cue);
      Speaker s;
      // (A body whose name reads like a person's, "Kestrel Semiconductor",
      // is taken too when no first name or title says otherwise.)
      if (subj.found() && subj.kind == Np::kName && subj.nnames == 1 &&
          ResolveInto(subj, subj.b, &s) &&
          (s.organization ||
           (subj.title_b >= subj.b && !gender_.contains(s.name) &&
            qi::FirstNameGender(s.name.substr(0, s.name.find(' '))) == 0))) {
        np = subj;
      }
    }
    if (np.found()) {
      np.cue_b = toks_[cue].b;
      np.cue_e = toks_[cue].e;
      w.pre = np;
      w.pre_adjacent = adjacent || w.colon;
      w.pre_gerund = cw->form == qi::CueForm::kGerund;
      return;
    }
  }
  // "The authors wrote that so-called "x" reefs were "y"": a label before
  // this quotation in the sentence lends its cue.
  if (w.prev_in_sentence >= 0) {
    const Work& prev = works_[w.prev_in_sentence];
    if (prev.q.kind == QuoteKind::kTerm && prev.label && prev.pre.found()) {
      w.pre = prev.pre;
      w.cue_between = true;
      return;
    }
  }
  // "Lawyer Liza Mercado disagreed:": the subject of the clause before a
  // colon, even without a reporting verb.
  int subj = -1;
  for (int k = o - 2; w.colon && k >= lo && k >= o - 10; --k) {
    if (IsPunct(k, ',') || IsPunct(k, ';') || !Outside(k)) break;
    if (!w.starts_cap) break;
    // (Not an adjective of a place: "A diplomat from a southern European
    // member state was more blunt:".)
    // (Nor a name after "a" that qualifies a noun: "was blunter in a
    // LinkedIn post on Sunday:".)
    if (NameTok(k) && !toks_[k].poss && IsWordTok(k + 1) &&
        !WordIs(k - 1, "a") && !WordIs(k - 1, "an") &&
        !Has(k, kFunction | kNationality) && !W(k).ends_with("ean") &&
        !W(k).ends_with("can") && !W(k).ends_with("ian") &&
        qi::FindPronoun(Lower(k, buf)) == Pronoun::kNone && !toks_[k + 1].cap &&
        !Has(k + 1, kFunction) &&
        (k > lo || NameTok(k + 1) ||
         proper_.contains(absl::string_view(W(k).data(), W(k).size())))) {
      subj = k;
      break;
    }
  }
  // "Her verdict:" / "His answer:": the possessive stands for the speaker.
  if (subj < 0 && w.colon && w.starts_cap && o - 3 >= lo && IsWordTok(o - 3) &&
      IsWordTok(o - 2) && !toks_[o - 2].cap) {
    std::string_view p = Lower(o - 3, buf);
    Pronoun pr = p == "his"     ? Pronoun::kMale
                 : p == "her"   ? Pronoun::kFemale
                 : p == "their" ? Pronoun::kPlural
                 : p == "its"   ? Pronoun::kIt
                                : Pronoun::kNone;
    if (pr != Pronoun::kNone && (o - 3 == lo || !IsWordTok(o - 4))) {
      Np np;
      np.kind = Np::kPronoun;
      np.pronoun = pr;
      np.b = toks_[o - 3].b;
      np.e = toks_[o - 3].e;
      np.cue_b = toks_[o - 1].b;
      np.cue_e = toks_[o - 1].e;
      w.pre = np;
      w.pre_adjacent = true;
      return;
    }
  }
  if (subj >= 0) {
    Np np = NameRunBack(subj, lo);
    // ("Julian Strand of Bexley Research was less impressed:": the person
    // before "of" or "at" and the employer, who opens the clause.)
    if (np.found() && np.kind == Np::kName && np.nnames == 1) {
      const int f = FirstTokenAt(np.b);
      if (f - 2 >= lo && (WordIs(f - 1, "of") || WordIs(f - 1, "at")) &&
          NameTok(f - 2) && !toks_[f - 2].poss && Outside(f - 2)) {
        Np person = NameRunBack(f - 2, lo);
        const int pf = person.found()
                           ? FirstTokenAt(std::min(person.b, person.title_b))
                           : -1;
        if (OneFullName(person) &&
            qi::MaybeFirstName(W(FirstTokenAt(person.name_b[0]))) &&
            !HasOrgSuffix(FirstTokenAt(person.name_b[0]), f - 2) &&
            (pf == lo || IsPunct(pf - 1, ',') ||
             toks_[pf - 1].sent != toks_[pf].sent)) {
          np = person;
        }
      }
    }
    if (np.found()) {
      np.cue_b = toks_[o - 1].b;
      np.cue_e = toks_[o - 1].e;
      w.pre = np;
      w.pre_adjacent = true;
      return;
    }
  }
  // A passive agent: "held up by Chinese officials as a".
  int k = o - 1;
  if (k >= lo && (WordIs(k, "a") || WordIs(k, "an") || WordIs(k, "the"))) --k;
  // "which she refers to, without much affection, as "the freezer"": a
  // named speaker's own name for it, as with "calls".
  if (k >= lo && WordIs(k, "as")) {
    for (int r = k - 2; r >= lo && r >= k - 10; --r) {
      if (!Outside(r) || IsPunct(r, '.') || IsPunct(r, ';')) break;
      if (!((WordIs(r, "refers") || WordIs(r, "referred") ||
             WordIs(r, "refer")) &&
            WordIs(r + 1, "to"))) {
        continue;
      }
      Np subj = SubjectBefore(r, lo);
      // (A person's name, not "Locals refer to the bend as".)
      const bool person_name =
          subj.kind == Np::kName && subj.nnames == 1 &&
          (subj.name_tokens[0] >= 2 || by_last_.contains(absl::string_view(
                                           text_.data() + subj.name_b[0],
                                           subj.name_e[0] - subj.name_b[0])));
      if (subj.found() && !subj.agent &&
          (person_name ||
           (subj.kind == Np::kPronoun && (subj.pronoun == Pronoun::kMale ||
                                          subj.pronoun == Pronoun::kFemale)))) {
        called_by(subj, r);
        return;
      }
      break;
    }
  }
  if (k >= lo && WordIs(k, "as")) {
    for (int by = k - 1; by >= lo && by >= k - 8; --by) {
      if (WordIs(by, "by")) {
        Np np = NpForward(by + 1, k, true);
        if (!np.found() || np.e != toks_[k - 1].e) {
          np = UnnamedForward(by + 1, k);
        }
        if (np.found() && np.e == toks_[k - 1].e &&
            (np.kind == Np::kName || np.person_head)) {
          np.cue_b = toks_[by].b;
          np.cue_e = toks_[by].e;
          np.agent = true;
          w.pre = np;
        }
        break;
      }
    }
  }
}

Np Extractor::PostAttribution(int close) {
  // "“...” So says Dani Ruatapu, a critic.": the next sentence names the
  // speaker.
  if (close + 3 < n_ && toks_[close + 1].sent != toks_[close].sent &&
      WordIs(close + 1, "so") && CueAt(close + 2) != nullptr &&
      CueAt(close + 2)->form != qi::CueForm::kGerund) {
    int hi = close + 3;
    while (hi < n_ && Outside(hi) && toks_[hi].sent == toks_[close + 1].sent) {
      ++hi;
    }
    Np np = NpForward(close + 3, hi, true);
    if (np.found()) {
      np.cue_b = toks_[close + 2].b;
      np.cue_e = toks_[close + 2].e;
      return np;
    }
  }
  // ("", Halvorsen CEO Margaret "Meg" Lindqvist said": over a nickname
  // inside a name.)
  auto nickname = [&](int k) {
    return toks_[k].type == kOpen && k > close + 1 && NameTok(k - 1) &&
           k + 3 < n_ && NameTok(k + 1) && toks_[k + 2].type == kClose &&
           NameTok(k + 3);
  };
  int hi = close + 1;
  while (hi < n_ && hi < close + kWindow &&
         toks_[hi].sent == toks_[close].sent) {
    if (!Outside(hi)) {
      if (!nickname(hi)) break;
      hi += 3;
      continue;
    }
    ++hi;
  }
  int s = close + 1;
  while (s < hi && (IsPunct(s, ',') || IsPunct(s, '-'))) ++s;
  if (s >= hi) return Np();
  // "X said the party would campaign on "...", and claimed that ...": the
  // sentence's verb before the quotation has the speaker.
  if (WordIs(s, "and") || WordIs(s, "but")) return Np();
  // ("heard from "hundreds" of constituents who say": the quotation is
  // inside a noun phrase that goes on; only "according to" may follow.)
  const bool inside_np = WordIs(s, "of");
  // "The decision was described as "deeply troubling" by Inverclyde
  // Shipbuilders": the agent of a judging verb in the passive speaks.
  if (WordIs(s, "by") && s + 1 < hi) {
    int o = close - 1;
    while (o > 0 && o > close - 80 &&
           !(toks_[o].type == kOpen && toks_[o].q == toks_[close].q)) {
      --o;
    }
    if (o >= 3 && toks_[o].type == kOpen && WordIs(o - 1, "as") &&
        (WordIs(o - 3, "was") || WordIs(o - 3, "were") ||
         WordIs(o - 3, "been") || WordIs(o - 3, "is") || WordIs(o - 3, "are") ||
         WordIs(o - 3, "being")) &&
        (WordIs(o - 2, "described") || WordIs(o - 2, "criticised") ||
         WordIs(o - 2, "criticized") || WordIs(o - 2, "condemned") ||
         WordIs(o - 2, "hailed") || WordIs(o - 2, "praised") ||
         WordIs(o - 2, "dismissed"))) {
      Np np = NpForward(s + 1, hi, true);
      if (np.found() && (np.kind == Np::kName || np.kind == Np::kOrgRef ||
                         np.person_head || np.org_head)) {
        np.cue_b = toks_[o - 2].b;
        np.cue_e = toks_[o - 2].e;
        np.agent = true;
        return np;
      }
    }
  }
  if (WordIs(s, "according") && WordIs(s + 1, "to")) {
    Np np = DocumentAuthor(NpForward(s + 2, hi, true), hi);
    np.cue_b = toks_[s].b;
    np.cue_e = toks_[s + 1].e;
    return np;
  }
  // ""fiction, like every other drill song", in the words of his
  // barrister, Tobias Fenn-Ridley KC": the words' owner speaks.
  if (WordIs(s, "in") && WordIs(s + 1, "the") && WordIs(s + 2, "words") &&
      WordIs(s + 3, "of") && s + 4 < hi) {
    Np np = ApposedName(NpForward(s + 4, hi, true), hi);
    if (np.found()) {
      np.cue_b = toks_[s].b;
      np.cue_e = toks_[s + 3].e;
    }
    return np;
  }
  const qi::CueWord* cw = CueAt(s);
  if (cw != nullptr && cw->form != qi::CueForm::kGerund) {
    if (cw->tell) return Np();
    int f = s + 1;
    if (cw->particle) ++f;
    // "", said Saturday that ...": a day, not a speaker; the subject
    // stands before the quotation.
    if (f < hi && IsWordTok(f) && Has(f, kNonPerson) &&
        !Has(f, kOrgSuffixWord) && (f + 1 >= hi || !NameTok(f + 1))) {
      return Np();
    }
    Np np = GivenNameAfter(ApposedName(NpForward(f, hi, true), hi), hi);
    if (np.found()) {
      np.cue_b = toks_[s].b;
      np.cue_e = toks_[s].e;
    }
    return np;
  }
  // "", included the testimony of ...": the reporter's clause goes on
  // with its own verb; a speaker named later in it is not this one's.
  if (IsWordTok(s) && !toks_[s].cap && W(s).size() > 4 &&
      W(s).substr(W(s).size() - 2) == "ed") {
    return Np();
  }
  for (int c = s + 1; c < hi && c <= s + 30; ++c) {
    if (toks_[c].type == kOpen) {
      if (!nickname(c)) break;
      c += 2;
      continue;
    }
    // "turned "a bit two-paced" in the second innings, according to X":
    // the sentence's source, after a comma.
    if (IsPunct(c - 1, ',') && WordIs(c, "according") && WordIs(c + 1, "to") &&
        c + 2 < hi) {
      Np np = DocumentAuthor(NpForward(c + 2, hi, true), hi);
      if (np.found() && (np.kind == Np::kName || np.kind == Np::kPronoun ||
                         np.person_head || np.org_head)) {
        np.cue_b = toks_[c].b;
        np.cue_e = toks_[c + 1].e;
        return np;
      }
      return Np();
    }
    if (inside_np) continue;
    cw = CueAt(c);
    if (cw == nullptr || cw->form == qi::CueForm::kGerund) continue;
    // "of the kind the Fourth Amendment was written to forbid": a passive
    // speaks for nobody.
    if (c - 1 > s && !WordIs(c + 1, "by") &&
        (WordIs(c - 1, "was") || WordIs(c - 1, "were") ||
         WordIs(c - 1, "been") || WordIs(c - 1, "is") || WordIs(c - 1, "are") ||
         WordIs(c - 1, "be"))) {
      continue;
    }
    // (Not a verb of a relative clause: ""an admission of failure" by
    // ministers who had promised to build ...".)
    {
      int m = c - 1;
      while (m > s && IsWordTok(m) && Has(m, kAuxiliary | kAuxOrAdverb)) --m;
      if (m > s &&
          (WordIs(m, "who") || WordIs(m, "which") || WordIs(m, "that"))) {
        continue;
      }
    }
    Np np = SubjectBefore(c, s);
    if (!np.found()) return Np();
    // (Nor people a list goes on with: ""...", including former crew
    // members who had never spoken".)
    if (WordIs(s, "including") || WordIs(FirstTokenAt(np.b), "including")) {
      return Np();
    }
    // (Not the subject of a relative clause the quotation stands in: "The
    // company, which markets its output as "green nickel" for batteries,
    // added".)
    if (np.b < toks_[s].b) {
      for (int k = FirstTokenAt(np.e); k + 1 < close && k >= 0; ++k) {
        if (IsPunct(k, ',') &&
            (WordIs(k + 1, "which") || WordIs(k + 1, "who"))) {
          return Np();
        }
      }
    }
    // (Nor the object of a preposition that opens what follows the
    // quotation: ""continue negotiations" with Gulf states".)
    if (WordIs(s, "with") || WordIs(s, "on") || WordIs(s, "at") ||
        WordIs(s, "against") || WordIs(s, "from") || WordIs(s, "among") ||
        WordIs(s, "between") || WordIs(s, "into") || WordIs(s, "towards") ||
        WordIs(s, "toward")) {
      bool comma = false;
      for (int k = s + 1; k < c && toks_[k].b < np.b; ++k) {
        comma |= IsPunct(k, ',');
      }
      if (!comma) return Np();
    }
    // Someone who can speak: not "during education questions".
    // ("the report said": a document speaks, kept as written.)
    if (np.kind == Np::kUnnamed && !np.person_head && !np.org_head &&
        !DocumentHead(np)) {
      return Np();
    }
    // Only a description may stand between the quotation and the subject:
    // "airport manager Eduardo Santos said", "a farmer, X, told".
    for (int k = s; k < c && toks_[k].b < np.b; ++k) {
      if (IsWordTok(k) && (Has(k, kClause) || Has(k, kAuxiliary))) {
        return Np();
      }
      // (Nor a clause after ", and": "X said the bill contained "a crypto
      // carve-out" from the rules, and Sen. Y warned".)
      if (k > s && IsPunct(k - 1, ',') &&
          (WordIs(k, "and") || WordIs(k, "but"))) {
        return Np();
      }
      // (Not a claim someone else answers: "..., a charge the NSUI
      // denied".)
      if (WordIs(k, "charge") || WordIs(k, "claim") ||
          WordIs(k, "allegation") || WordIs(k, "accusation") ||
          WordIs(k, "assertion") || WordIs(k, "suggestion")) {
        return Np();
      }
      // (A bracket after the role: "assistant municipal commissioner (N
      // ward) Prashant Jadhav told".)
      if (IsPunct(k, '(') && k > s && IsWordTok(k - 1) && !toks_[k - 1].cap) {
        int m = k + 1;
        while (m < c && m < k + 7 && !IsPunct(m, ')') && !IsPunct(m, '(')) ++m;
        if (m < c && IsPunct(m, ')') && toks_[m + 1].b >= np.b) {
          k = m;
          continue;
        }
      }
      if (nickname(k)) {
        k += 2;
        continue;
      }
      if (!IsWordTok(k) && !IsPunct(k, ',')) return Np();
      if (k - s > 12) return Np();
    }
    // "accused Rotich of "...," he shot back: "..."": a verb that
    // introduces the next quotation with a colon is that one's.
    int after = c + 1 + (cw->particle ? 1 : 0);
    if (after + 1 < n_ && IsPunct(after, ':') &&
        toks_[after + 1].type == kOpen) {
      return Np();
    }
    np.cue_b = toks_[c].b;
    np.cue_e = toks_[c].e;
    return np;
  }
  return Np();
}

Np Extractor::FinalAttribution(int close) {
  int end = close + 1;
  while (end < n_ && end < close + kWindow && Outside(end) &&
         toks_[end].sent == toks_[close].sent) {
    ++end;
  }
  // The whole rest of the sentence, to its full stop, with no other mark.
  if (end - 1 <= close + 1 || !IsPunct(end - 1, '.') ||
      (end < n_ && toks_[end].sent == toks_[close].sent)) {
    return Np();
  }
  const int z = end - 1;
  int m = z - 1;
  while (m > close && !IsPunct(m, ',')) --m;
  const int a = m + 1;
  if (m <= close + 1 || z - a < 2 || z - a > 10) return Np();
  int c = a;
  const qi::CueWord* cw = nullptr;
  for (; c < z; ++c) {
    cw = IsWordTok(c) ? CueAt(c) : nullptr;
    if (cw != nullptr) break;
  }
  if (cw == nullptr || cw->form == qi::CueForm::kGerund) return Np();
  Np np;
  if (c == a) {
    // ", said the person."
    np = NpForward(c + 1, z, true);
    if (!np.found() || np.e != toks_[z - 1].e) return Np();
  } else {
    // ", the person said.", ", X has told the Dail."
    np = SubjectBefore(c, a);
    // (Or a body described: ", a committee of MPs has said.")
    if (np.found() && np.b != toks_[a].b &&
        (WordIs(a, "a") || WordIs(a, "an") || WordIs(a, "the"))) {
      Np described = UnnamedForward(a, c);
      if (described.found() && (described.person_head || described.org_head) &&
          described.e >= np.e) {
        np = described;
      }
    }
    if (!np.found() || np.b != toks_[a].b || z - (c + 1) > 4) return Np();
    for (int k = c + 1; k < z; ++k) {
      if (!IsWordTok(k) || Has(k, kClause)) return Np();
    }
  }
  if (!(np.kind == Np::kName || np.kind == Np::kPronoun ||
        np.kind == Np::kOrgRef || np.kind == Np::kRoleRef || np.person_head ||
        np.org_head || DocumentHead(np))) {
    return Np();
  }
  np.cue_b = toks_[c].b;
  np.cue_e = toks_[c].e;
  return np;
}

namespace {

bool AllCapitalised(std::string_view s) {
  bool word_start = true;
  int words = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start) {
      ++words;
      if (c >= 'a' && c <= 'z') {
        // Short function words may stay lower case in titles.
        size_t sp = s.find(' ', i);
        size_t len = (sp == std::string_view::npos ? s.size() : sp) - i;
        if (len > 3 || words == 1) return false;
      }
    }
    word_start = false;
  }
  return words > 0;
}

}  // namespace

bool Extractor::StartsWithArticle(const Quote& q) const {
  if (q.parts.empty()) return false;
  const std::string_view t =
      text_.substr(q.parts[0].begin, q.parts[0].end - q.parts[0].begin);
  return t.starts_with("a ") || t.starts_with("an ") || t.starts_with("the ") ||
         t.starts_with("A ") || t.starts_with("An ") || t.starts_with("The ");
}

// Whether the first or last word of `name` stands as a word in the text of
// quotation q.
bool Extractor::NamedIn(const std::string& name, const Quote& q) const {
  std::string_view whole = name;
  size_t sp = whole.find(' '), lsp = whole.rfind(' ');
  std::string_view first = whole.substr(0, sp);
  std::string_view last =
      lsp == std::string_view::npos ? whole : whole.substr(lsp + 1);
  for (const auto& [nick, person] : nicknames_) {
    if (person == name && !nick.empty()) {
      for (const TextSpan& part : q.parts) {
        std::string_view t = text_.substr(part.begin, part.end - part.begin);
        size_t at = t.find(nick);
        if (at != std::string_view::npos &&
            (at == 0 || !IsAlnum(DecodeBefore(t, at)))) {
          return true;
        }
      }
    }
  }
  for (const TextSpan& part : q.parts) {
    std::string_view t = text_.substr(part.begin, part.end - part.begin);
    for (std::string_view w : {first, last}) {
      if (w.size() < 3) continue;
      for (size_t at = t.find(w); at != std::string_view::npos;
           at = t.find(w, at + 1)) {
        bool left = at == 0 || !IsAlnum(DecodeBefore(t, at));
        size_t end = at + w.size();
        int len = 0;
        bool right = end >= t.size() || !IsAlnum(DecodeAt(t, end, &len));
        if (left && right) return true;
      }
    }
  }
  return false;
}

void Extractor::Finalize(int wi, const Np& post) {
  // (An unnamed source stays "she" through a quotation of several
  // paragraphs that opens in the paragraph after it: FindActor counts
  // from the quotation's first block.)
  struct QuoteBlock {
    int& block;
    ~QuoteBlock() { block = std::numeric_limits<int>::max(); }
  } quote_block{quote_block_};
  quote_block_ = works_[wi].q.first_block;
  Work& w = works_[wi];
  bool writer_question = false;  // after "I ask ...", with no cue
  Quote& q = w.q;
  bool continued = q.parts.size() > 1;
  const Np* ev = nullptr;
  bool adjacent = false;
  // A verb after the quotation that is not next to it ("called the effort
  // "..." in a post, a charge the ministry rejected") does not outrank a
  // named speaker's verb right before it.
  bool post_far = false;
  if (post.found() && w.pre.found() && w.pre_adjacent &&
      (w.pre.kind == Np::kName || w.pre.kind == Np::kPronoun)) {
    size_t from = q.outer.end;
    size_t to = std::min(post.b, post.cue_e > post.cue_b ? post.cue_b : post.b);
    for (size_t k = from; k < to && !post_far; ++k) {
      unsigned char c = text_[k];
      post_far = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }
  // "X said she was "concerned" by the dispute and urged ...": a later verb
  // whose subject stands before the quotation is that sentence's; the
  // speaker's own verb before it says more.
  if (post.found() && post.b < q.outer.begin && w.pre.found() &&
      w.pre.cue_e > w.pre.cue_b &&
      (w.pre.kind == Np::kName || w.pre.kind == Np::kPronoun)) {
    post_far = true;
  }
  // "X said the company had seen "clear evidence" in ..., according to
  // NielsenIQ data": a source far after it is the data's, not the words'.
  if (post.found() && w.pre.found() && w.pre.cue_e > w.pre.cue_b &&
      (w.pre.kind == Np::kName || w.pre.kind == Np::kPronoun) &&
      post.cue_e > post.cue_b &&
      text_.compare(post.cue_b, 9, "according") == 0) {
    for (size_t k = q.outer.end; k < post.cue_b && !post_far; ++k) {
      const unsigned char c = text_[k];
      post_far = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }
  // ("he told them, "I thought I hit a deer," according to the complaint":
  // the document reports who spoke, next to the words.)
  // ("X said in Parliament that the industry faced "a make-or-break
  // decade," according to Hansard": so is a record or a witness after a
  // speaker's verb of the same sentence, not next to the words.)
  if (post.found() && !post_far && w.pre.found() && w.pre.cue_e > w.pre.cue_b &&
      (w.pre.kind == Np::kName || w.pre.kind == Np::kPronoun) &&
      post.cue_e > post.cue_b &&
      text_.compare(post.cue_b, 9, "according") == 0 &&
      ((w.pre_adjacent && (DocumentNp(post) || DocumentHead(post))) ||
       (SameSentence(w.pre.cue_b, q.outer.begin) &&
        text_.compare(w.pre.cue_b, 3, "ask") != 0))) {
    post_far = true;
  }
  // ("one staffer asked Eze-Obi: "..." according to two employees who
  // attended": words a verb and a colon introduce are the subject's; the
  // source after them relays them.)
  if (post.found() && !post_far && w.pre.found() && w.pre_adjacent && w.colon &&
      w.pre.cue_e > w.pre.cue_b &&
      (w.pre.kind == Np::kName || w.pre.kind == Np::kPronoun ||
       (w.pre.kind == Np::kUnnamed && w.pre.person_head)) &&
      post.cue_e > post.cue_b &&
      text_.compare(post.cue_b, 9, "according") == 0) {
    post_far = true;
  }
  if (post.found() && !post_far) {
    ev = &post;
    adjacent = !w.final_cue;
  } else if (w.pre.found()) {
    ev = &w.pre;
    adjacent = w.pre_adjacent;
    // A cue far from the quotation speaks for it only with a speaker that
    // can speak: a name, a pronoun, an organisation or a person noun.
    if (!adjacent && w.pre.kind == Np::kUnnamed && !w.pre.person_head &&
        !w.pre.org_head && !DocumentNp(w.pre) && !DocumentHead(w.pre)) {
      ev = nullptr;
    }
  }
  const Work* prev =
      w.prev_in_sentence >= 0 ? &works_[w.prev_in_sentence] : nullptr;
  bool speech = true;
  bool inherit = false;
  if (continued) {
    q.kind = QuoteKind::kDirect;
  } else if ((w.label && (w.words <= 6 || w.label_noun)) ||
             (w.title_label && q.parts.size() == 1 &&
              TitleCase(text_.substr(q.parts[0].begin,
                                     q.parts[0].end - q.parts[0].begin))) ||
             (w.det_before && w.noun_after && w.words <= 4 &&
              w.last_char != ',' && w.last_char != '.' &&
              // (Not a phrase with its own article: "called the proposal
              // "a hostage note" meant to ...".)
              !StartsWithArticle(q) &&
              // (Not in what a named speaker or body is reported to have
              // said: "The bank said the closures were part of a
              // "digital-first" strategy".)
              !(ev != nullptr && adjacent == false &&
                (ev->kind == Np::kName || ev->kind == Np::kOrgRef ||
                 (ev->kind == Np::kUnnamed && ev->person_head))))) {
    q.kind = QuoteKind::kTerm;
    speech = false;
  } else if (ev != nullptr) {
    bool split = prev != nullptr && prev->q.kind == QuoteKind::kDirect &&
                 prev->last_char == ',' && w.cue_between && !w.pre_that &&
                 w.pre_comma;
    if (w.starts_cap &&
        (w.sentence_start || w.colon || (ev == &w.pre && w.pre_adjacent))) {
      q.kind = QuoteKind::kDirect;
    } else if (split) {
      q.kind = QuoteKind::kDirect;
    } else {
      q.kind = QuoteKind::kPartial;
    }
    // A title in capitals far from the verb: a term ("the "Great
    // Firewall"", "announced a self-declared "Government of Peace and
    // Unity""). Nine words at most: the gold sets' capitalised texts after
    // an article are TERMs 184 times in 188.
    // (Not a judgement after "as" and a verb of describing: "described
    // the review as "Kafkaesque"".)
    const bool described_as =
        ev->cue_e > ev->cue_b && text_.compare(ev->cue_b, 7, "describ") == 0 &&
        w.open_pos >= 3 && text_.compare(w.open_pos - 3, 3, "as ") == 0;
    if (q.kind == QuoteKind::kPartial && !adjacent && w.words <= 9 &&
        !described_as && !q.parts.empty() &&
        AllCapitalised(text_.substr(q.parts[0].begin,
                                    q.parts[0].end - q.parts[0].begin))) {
      q.kind = QuoteKind::kTerm;
      speech = false;
    }
  } else if (prev != nullptr && !w.cue_between &&
             // (Not from a work's title: "called the strategy, titled "A
             // Safer Front Door", "a good document that nobody has
             // funded"".)
             !(prev->title_label && prev->q.kind == QuoteKind::kTerm)) {
    inherit = true;
    q.kind = prev->q.kind;
    speech = prev->q.kind != QuoteKind::kTerm;
  } else if (w.words >= 6 || w.whole_block ||
             (w.starts_cap && (w.sentence_start || w.colon) &&
              (w.words >= 4 || w.last_char == '.' || w.last_char == '!' ||
               w.last_char == '?'))) {
    q.kind = w.starts_cap && (w.sentence_start || w.colon)
                 ? QuoteKind::kDirect
                 : QuoteKind::kPartial;
  } else {
    q.kind = QuoteKind::kTerm;
    speech = false;
  }

  if (!speech) {
    q.speaker = Speaker();
    if (!w.nick_of.empty() && q.parts.size() == 1) {
      nicknames_[std::string(text_.substr(
          q.parts[0].begin, q.parts[0].end - q.parts[0].begin))] = w.nick_of;
    } else if (q.parts.size() == 1 && w.words <= 4) {
      // "a new feature the company is calling "Quiet Mode,"": words in
      // capitals given as a term name a thing, so that "Quiet Mode is the
      // feature ..." later is no one a "she" may be.
      std::string_view term =
          text_.substr(q.parts[0].begin, q.parts[0].end - q.parts[0].begin);
      while (!term.empty() && (term.back() == ',' || term.back() == '.')) {
        term.remove_suffix(1);
      }
      if (term.find(' ') != std::string_view::npos && AllCapitalised(term)) {
        things_.insert(std::string(term));
      }
    }
    return;
  }
  if (ev != nullptr) {
    bool resolved = ResolveInto(*ev, ev->b, &q.speaker);
    const bool he_or_she =
        resolved && ev->kind == Np::kPronoun &&
        (ev->pronoun == Pronoun::kMale || ev->pronoun == Pronoun::kFemale);
    // The pronoun resolved again, the person it first gave left out.
    auto resolve_without_speaker = [&] {
      const std::string named = q.speaker.name;
      exclude_ = &named;
      Speaker other;
      if (ResolveInto(*ev, ev->b, &other)) q.speaker = other;
      exclude_ = nullptr;
    };
    // "“Teddy could play one note ...,” he said": not the man the words
    // are about.
    if (he_or_she && NamedIn(q.speaker.name, q)) resolve_without_speaker();
    // "the contractor, Luis Ortega, who he said had "every reason ..."":
    // not the one the relative clause is about.
    if (he_or_she && ev->b >= 6 && text_.compare(ev->b - 4, 4, "who ") == 0 &&
        text_.compare(ev->b - 6, 2, ", ") == 0) {
      const size_t sp = q.speaker.name.rfind(' ');
      const std::string_view surname =
          std::string_view(q.speaker.name).substr(sp + 1);
      const size_t from = ev->b >= 46 ? ev->b - 46 : 0;
      if (surname.size() >= 3 &&
          text_.substr(from, ev->b - 6 - from).ends_with(surname)) {
        resolve_without_speaker();
      }
    }
    if (resolved) {
      q.cue = std::string(text_.substr(ev->cue_b, ev->cue_e - ev->cue_b));
      q.cue_span = {ev->cue_b, ev->cue_e};
    } else {
      q.speaker = Speaker();
      ev = nullptr;
    }
  }
  std::string after;
  if (ev == nullptr && !inherit && w.whole_block && !continued) {
    after = NamedAfter(w.open_block);
  } else if (ev == nullptr && !inherit && !continued && w.starts_block &&
             w.q.outer.end + 2 < block_e_) {
    // ""It's a bad day for Kenya." The words came from Grace Njoroge, ...":
    // the sentence after it, in its paragraph.
    size_t next = w.q.outer.end;
    while (next < block_e_ && text_[next] == ' ') ++next;
    after = NamedIn(next, block_e_);
  }
  if (!after.empty()) {
    // "“...”" and then "That was the verdict of X": the speaker is named
    // after the quotation.
    q.speaker = Speaker();
    q.speaker.name = std::move(after);
    q.speaker.organization = org_names_.contains(
        absl::string_view(q.speaker.name.data(), q.speaker.name.size()));
    q.speaker.attribution = Attribution::kCoreference;
  } else if (ev == nullptr && w.sign) {
    q.speaker = Speaker();
  } else if (ev == nullptr) {
    if (inherit && prev != nullptr) {
      q.speaker = prev->q.speaker;
      q.speaker.mention.clear();
      q.speaker.mention_span = {};
      if (!q.speaker.name.empty()) {
        q.speaker.attribution = Attribution::kContinuation;
      }
    } else if (writer_asked_ != std::string_view::npos &&
               writer_asked_ >= w.lower_bound && writer_asked_ < w.open_pos &&
               writer_asked_ >= block_b_ && w.last_char == '?') {
      // (A question in the same paragraph as "I ask"; the next
      // paragraph's quotation is the answer.)
      q.speaker = Speaker();
      q.speaker.name = author_;
      q.speaker.attribution = Attribution::kCoreference;
      writer_question = true;
    } else {
      // Someone named in the sentences since the last quotation, else the
      // last quotation's speaker.
      int best = -1;
      // "“Rasmus used to say, ...”": not the person the words speak of (a
      // second pass without them, rarely needed).
      const std::string* named = nullptr;
      // ("Halvorsen handles almost everything else. [¶] "She will redraw a
      // stair forty times."": a "she" or "he" opening the words is the
      // person just written of, who is not speaking.)
      char about = 0;
      if (!q.parts.empty()) {
        std::string_view t =
            text_.substr(q.parts[0].begin, q.parts[0].end - q.parts[0].begin);
        size_t n = 0;
        while (n < t.size() &&
               ((t[n] >= 'a' && t[n] <= 'z') || (t[n] >= 'A' && t[n] <= 'Z'))) {
          ++n;
        }
        if (t.substr(0, n) == "She") about = 'f';
        if (t.substr(0, n) == "He") about = 'm';
      }
      for (int pass = 0; pass < 2; ++pass) {
        best = -1;
        int limit = 0;
        for (int k = static_cast<int>(actors_.size()) - 1; k >= 0 && limit < 64;
             --k, ++limit) {
          const Actor& a = actors_[k];
          if (a.pos >= w.open_pos || a.pos < w.lower_bound || !a.subject) {
            continue;
          }
          if (named != nullptr && a.name == *named) continue;
          // "X and Y said in a statement. “...”": not one of the last
          // quotation's speakers on their own.
          if (last_speech_ >= 0) {
            const TextSpan& m = works_[last_speech_].q.speaker.mention_span;
            if (a.pos >= m.begin && a.pos < m.end) continue;
          }
          if (best < 0 || a.pos > actors_[best].pos) best = k;
        }
        // ("the current sheriff, Denise Varga, who took office after Dekker
        // resigned, said the department ...": not a subject inside the
        // relative clause of the one whose words were reported.)
        const bool embedded =
            best >= 0 && (!actors_[best].person || actors_[best].unnamed);
        if (best >= 0 && (!actors_[best].reported || embedded)) {
          int reported = -1;
          for (int k = static_cast<int>(actors_.size()) - 1, limit2 = 0;
               k >= 0 && limit2 < 16; --k, ++limit2) {
            const Actor& r = actors_[k];
            if (r.pos >= actors_[best].pos || r.pos < w.lower_bound ||
                !r.reported || !r.subject || r.block != actors_[best].block) {
              continue;
            }
            if (reported < 0 || r.pos > actors_[reported].pos) reported = k;
          }
          if (reported >= 0) {
            const std::string_view between =
                text_.substr(actors_[reported].pos,
                             actors_[best].pos - actors_[reported].pos);
            // (Nor the subject of the words reported: "Nxumalo-Dube said
            // the union would demand that the company open its books.
            // [¶] "We have heard this story before.": the one who said
            // so.)
            if (between.find(". ") == std::string_view::npos &&
                (between.find(", who ") != std::string_view::npos ||
                 (embedded && actors_[reported].person &&
                  !actors_[reported].unnamed))) {
              best = reported;
            }
          }
        }
        if (best < 0 || actors_[best].org ||
            !(NamedIn(actors_[best].name, q) ||
              (pass == 0 && about != 0 && actors_[best].work < 0 &&
               !actors_[best].unnamed &&
               ActorGender(actors_[best]) == about))) {
          break;
        }
        named = &actors_[best].name;
        if (pass == 1) best = -1;
      }
      if (best >= 0) {
        q.speaker = Speaker();
        q.speaker.name = actors_[best].name;
        q.speaker.organization = actors_[best].org;
        // ("Jess Harker wades in ... "...," she says": the records of first
        // names call Jess a man, so "she" found no one; the text says
        // otherwise, for the next "she".)
        if (post.found() && !post_far && post.kind == Np::kPronoun &&
            actors_[best].person && !actors_[best].plural &&
            actors_[best].name.find(' ') != std::string::npos &&
            (post.pronoun == Pronoun::kMale ||
             post.pronoun == Pronoun::kFemale) &&
            !gender_.contains(actors_[best].name)) {
          gender_[actors_[best].name] =
              post.pronoun == Pronoun::kMale ? 'm' : 'f';
        }
        bool same = actors_[best].work >= 0 ||
                    (last_speech_ >= 0 &&
                     works_[last_speech_].q.speaker.name == q.speaker.name);
        q.speaker.attribution =
            same ? Attribution::kContinuation : Attribution::kCoreference;
      } else if (last_speech_ >= 0 &&
                 (works_[last_speech_].q.last_block >= w.open_block - 1 ||
                  (w.starts_block &&
                   works_[last_speech_].q.last_block >= w.open_block - 2 &&
                   NoActorSince(works_[last_speech_].q.outer.end, w.open_pos,
                                works_[last_speech_].q.speaker.name)))) {
        // The same speaker goes on, also after a paragraph that names
        // nobody (an interviewer's question).
        q.speaker = works_[last_speech_].q.speaker;
        q.speaker.mention.clear();
        q.speaker.mention_span = {};
        q.speaker.attribution = Attribution::kContinuation;
      }
    }
  }
  // The writer's own question ("" I ask") is nobody's "he" or "she", and
  // the answer that follows goes on from the last speaker.
  bool writer =
      writer_question || (ev != nullptr && ev->kind == Np::kPronoun &&
                          ev->pronoun == Pronoun::kFirst && !author_.empty() &&
                          q.speaker.name == author_);
  if (!q.speaker.name.empty() && !writer) {
    size_t pos = q.speaker.mention_span.end > q.speaker.mention_span.begin
                     ? q.speaker.mention_span.begin
                     : q.outer.begin;
    // Titles describe the speaker too ("the judge" after "Judge X").
    std::string roles;
    if (ev != nullptr && ev->kind == Np::kName && ev->title_b < ev->b) {
      roles = std::string(text_.substr(ev->title_b, ev->b - ev->title_b));
    }
    AddActor(pos, q.speaker, ev != nullptr && PluralNp(*ev, text_), wi,
             /*subject=*/ev == nullptr || !ev->agent, roles);
    last_speech_ = wi;
  }
}

std::string Extractor::NamedAfter(int bi) {
  const auto& blocks = seg_.blocks;
  if (bi + 1 >= static_cast<int>(blocks.size()) ||
      blocks[bi + 1].kind != BlockKind::kBody) {
    return std::string();
  }
  return NamedIn(blocks[bi + 1].begin, blocks[bi + 1].end);
}

std::string Extractor::NamedIn(size_t b, size_t e) {
  std::string_view par = text_.substr(b, std::min<size_t>(e - b, 200));
  // The opening words that look back, and a noun or verb that says the
  // quotation is someone's.
  if (!(par.starts_with("That ") || par.starts_with("Those ") ||
        par.starts_with("So ") || par.starts_with("This ") ||
        par.starts_with("Such ") || par.starts_with("The words ") ||
        par.starts_with("Those words "))) {
    return std::string();
  }
  size_t stop = par.find_first_of(".;:?!");
  // (The first sentence only; "Mr." and initials end it early, which is
  // only a shorter look.)
  std::string_view first = par.substr(0, stop);
  bool back = false;
  for (std::string_view k :
       {" verdict ", " view ", " words ", " message ", " assessment ",
        " warning ", " opinion ", " sentence ", " line ", " advice ",
        " reaction ", " response ", " how ", " says ", " said ",
        " according to ", " came from ", " were from "}) {
    back |= first.find(k) != std::string_view::npos;
  }
  if (!back) return std::string();
  // The first run of capitalised words after the opening word.
  const auto& words = seg_.words;
  auto it =
      std::lower_bound(words.begin(), words.end(), b + 1,
                       [](const Word& x, size_t pos) { return x.begin < pos; });
  size_t run_b = 0, run_e = 0;
  int tokens = 0;
  for (; it != words.end() && it->begin < b + first.size(); ++it) {
    unsigned char c = text_[it->begin];
    bool cap = (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (cap && it->has_letter) {
      if (tokens > 0 && it->begin != run_e + 1) break;
      if (tokens == 0) run_b = it->begin;
      run_e = it->end;
      ++tokens;
    } else if (tokens > 0) {
      break;
    }
  }
  if (tokens == 0) return std::string();
  bool person;
  std::string name = FullName(run_b, run_e, tokens, &person);
  absl::string_view key(name.data(), name.size());
  if (!person && !org_names_.contains(key)) {
    // "from budgeting app Pocketwise": a body its noun says is one.
    size_t p = run_b;
    while (p > b && text_[p - 1] == ' ') --p;
    size_t q = p;
    while (q > b && text_[q - 1] != ' ') --q;
    std::string noun(text_.substr(q, p - q));
    if (noun.empty() || !(noun[0] >= 'a' && noun[0] <= 'z') ||
        !qi::IsOrgNoun(noun)) {
      return std::string();
    }
    org_names_.insert(name);
  }
  return name;
}

}  // namespace textanalytics::core::quotes_internal
