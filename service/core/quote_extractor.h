// The quote extractor behind ExtractQuotes (quotes.h). This header is
// internal to the core library and not part of its public API: only the
// quote*.cc files of service/core include it. An Extractor reads one text
// once and is used by one thread; the word-class memo behind
// Extractor::Classes is per thread, so Extractors on different threads share
// nothing.
//
// One pass over the body blocks, in text order (Extractor::Run, quotes.cc):
//
//  1. Each block is split into tokens (words, punctuation, double marks) in
//     one scan; a reused vector, no allocation per token (quote_tokens.cc).
//  2. Double marks are paired by their position (an opening mark follows
//     white space or opening punctuation, a closing one precedes white space,
//     punctuation or the end); a quotation still open at the end of a block
//     continues into the next block only when that block opens with a mark
//     (the newspaper convention), otherwise it ends with its block. Single
//     marks and apostrophes are never quotation marks here: they can only
//     stand inside a double-quoted quotation, whose text keeps them
//     (quote_tokens.cc).
//  3. The block is cut into reporter sentences (quoted words never end one;
//     quote_tokens.cc).
//  4. Names are registered (every run of two or more capitalised words that
//     could be a person's name, keyed by its first and last word; acronyms
//     defined as "Name (ACR)"; quote_names.cc), and the people and
//     organisations in subject position are remembered as "actors" with the
//     words that describe them, so that "Musk", "Mr. Hawksley", "he", "the
//     company", "the judge" and "the German" resolve to the fullest earlier
//     form (quote_actors.cc).
//  5. Each quotation is attributed by looking only at its own sentence: a
//     reporting verb after it (", Musk told" / ", said He Aoxuan, a
//     researcher"), before it (X said: / X said that / "according to"), in
//     the same sentence (he said control is a country's "soft power"), a
//     passive agent ("held up by officials as a "model"", "was told by a
//     teacher that"), and otherwise by context: the same sentence's previous
//     quotation, someone named in the sentences since the last quotation,
//     or the last quotation's speaker (quote_attribution.cc; the noun
//     phrases next to a reporting verb are read by quote_phrases.cc).
//  6. TERM: a short quotation with no speaker, or one after a label word
//     (so-called, dubbed, known as, "what X calls"; a named speaker who
//     "called" something so speaks; Finalize in quote_attribution.cc).
//  7. After the pass, a speaker described as someone new ("a judge said",
//     a lede's "The business secretary") takes the person the next
//     paragraphs name with that role (NameDescribedSpeakers,
//     quote_actors.cc); a speaker named only after its quotation ("So says
//     X", "That is how X puts it") is found when the quotation is finalized
//     (NamedAfter, NamedIn); a speaker's name takes the middle names the
//     text gives it anywhere (FullestNames, quote_names.cc); "the company"
//     left unresolved is the body the headline opens with (BodyOfHeadline);
//     a name that kept a title's long portfolio loses it
//     (NamesAfterPortfolios); and a heading's,
//     caption's or headline's quotation that repeats a body quotation's
//     words is added with its speaker (AddRepeatedQuotes, quotes.cc).
//
// Everything looks at a bounded window around each mark (kWindow tokens),
// so the whole is linear in the text. Only the sentences that lead to a
// quotation are tokenized: of a paragraph with quotations, the first one's
// sentence, the two before it and all that follows; of the paragraph before,
// its last two sentences. The rest of the text is only scanned for names,
// and near a quotation for the people who open its sentences, from the
// segmenter's words (RegisterNamesFast).
//
// The helpers called for every token (the UTF-8 decoding, IsWordTok, Has,
// WordIs, Lower, CueAt, ...) are defined here, inline, so that every file
// of the extractor can inline them.
#ifndef TEXTANALYTICS_SERVICE_CORE_QUOTE_EXTRACTOR_H_
#define TEXTANALYTICS_SERVICE_CORE_QUOTE_EXTRACTOR_H_

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "service/core/quotes.h"
#include "service/core/quotes_lexicon.h"
#include "service/core/segmenter.h"

namespace textanalytics::core::quotes_internal {

namespace qi = quotes_internal;

// ---------------------------------------------------------------- UTF-8 --

// The code point at s[i] of valid UTF-8, and its length in bytes.
inline char32_t DecodeAt(std::string_view s, size_t i, int* len) {
  unsigned char c = s[i];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (i + n > s.size()) {
    *len = 1;
    return 0xFFFD;
  }
  char32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  *len = n;
  return cp;
}

// The code point that ends just before s[i] (0 at the start).
inline char32_t DecodeBefore(std::string_view s, size_t i) {
  if (i == 0) return 0;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  int len;
  return DecodeAt(s, j, &len);
}

// Letters and digits, and upper or title case letters, of any script
// (ICU beyond ASCII). Defined in quote_tokens.cc.
bool IsAlnum(char32_t c);
bool IsUpper(char32_t c);

// Tokens looked at on either side of a quotation or a reporting verb.
constexpr int kWindow = 80;

inline bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
inline bool IsDash(char32_t c) { return c == 0x2014 || c == 0x2013; }
inline bool IsOpeningCurly(char32_t c) {
  return c == 0x201C || c == 0x201E || c == 0xAB;
}
inline bool IsClosingCurly(char32_t c) { return c == 0x201D || c == 0xBB; }
inline bool IsDoubleMark(char32_t c) {
  return c == '"' || IsOpeningCurly(c) || IsClosingCurly(c);
}

// --------------------------------------------------------------- tokens --

enum TokType : uint8_t { kWord, kPunct, kOpen, kClose, kMark, kSingle };

// (64 bytes, a cache line each: toks_[i] is then i << 6, where 56 took
// three instructions at every access; speed: ExtractQuotes ran 1.1% fewer
// instructions and took 3% less time.)
struct alignas(64) Tok {
  size_t b = 0;
  size_t e = 0;
  TokType type = kWord;
  char ch = 0;             // punctuation: the ASCII character, '-' for dashes
  uint8_t mark = 0;        // raw double mark: 1 opening curly, 2 closing, 3 '"'
  bool open_pos = false;   // for marks: in an opening position
  bool close_pos = false;  // for marks: in a closing position
  bool cap = false;        // word starting with a capital
  bool poss = false;       // word ending in 's / s'
  bool abbr = false;       // word with its abbreviation full stop ("Mr.")
  bool initial = false;    // a capital and a full stop ("H.")
  bool digit = false;      // word starting with a digit
  int q = -1;              // the quotation (work index) it belongs to
  int sent = 0;            // reporter sentence within the block
  bool cue_known = false;  // CueAt has looked at it: `cue` is its answer
  bool cls_known = false;  // Classes has looked at it: `cls` is its answer
  uint32_t cls = 0;
  const quotes_internal::CueWord* cue = nullptr;
};

// A noun phrase found next to a reporting verb.
struct Np {
  enum Kind { kNone, kName, kPronoun, kOrgRef, kRoleRef, kUnnamed };
  Kind kind = kNone;
  size_t b = 0, e = 0;  // the mention as written
  int nnames = 0;       // kName: the names, titles stripped ("and" joins)
  size_t name_b[4] = {0, 0, 0, 0};
  size_t name_e[4] = {0, 0, 0, 0};
  int name_tokens[4] = {0, 0, 0, 0};
  char name_sep[4] = {0, 0, 0, 0};  // ',' or '&' ("and") before the name
  bool agent = false;               // a passive agent ("was told by a teacher")
  size_t title_b = std::string_view::npos;  // kName: where its titles begin
                                            // ("Judge" in "Judge X")
  bool org_name = false;     // kName: an organisation ("the FNV union")
  bool org_head = false;     // kUnnamed: its head is an organisation noun
                             // ("Japan's health ministry")
  bool person_hint = false;  // a person noun stands before it ("his
                             // sister Niamh")
  char gender = 0;           // from a title
  Pronoun pronoun = Pronoun::kNone;
  size_t desc_b = 0, desc_e = 0;
  size_t cue_b = 0, cue_e = 0;
  bool person_head = false;  // kUnnamed: its head noun is a person word
  size_t head_b = 0;         // kUnnamed, kOrgRef, kRoleRef: the head noun
  bool found() const { return kind != kNone; }
};

struct Actor {
  size_t pos = 0;
  std::string name;
  bool person = false;
  bool org = false;
  bool plural = false;
  int work = -1;            // the quotation it spoke, if any
  bool subject = true;      // named as a subject, not only mentioned
  std::string roles;        // lower-case words that describe it ("chief
                            // economist at kpmg"), for "the economist"
  char noun_gender = 0;     // from the nouns of a described person ("a man")
  int block = 0;            // the paragraph it stands in
  int described_block = 0;  // someone unnamed: where first described
  bool unnamed = false;     // "a former employee", "her agent": no name
  // The sex of its first name (ActorGender works it out when first asked).
  mutable bool first_name_known = false;
  mutable char first_name_gender = 0;
  mutable bool first_name_guessed = false;
  std::string secondary_of;  // "Her editor, X,": the person "her" was
  bool object = false;    // after a verb in the past: "he played Edward Ashby"
  bool reported = false;  // the subject of a reporting verb (AddNarrativeActor)
};

// A quotation being built.
struct Work {
  Quote q;
  size_t open_pos = 0;
  int open_block = 0;
  bool starts_cap = false;
  bool first_word_seen = false;
  int words = 0;
  bool sentence_start = false;
  bool starts_block = false;
  bool colon = false;
  bool pre_adjacent = false;
  Np pre;
  bool pre_gerund = false;    // pre is a gerund's subject ("accusing ... of")
  int prev_in_sentence = -1;  // previous quotation of the same sentence
  bool cue_between = false;   // a cue between it and prev_in_sentence
  size_t lower_bound = 0;     // actors after this may be its speaker
  bool label = false;         // after so-called, dubbed, known as
  bool sign = false;          // "A banner across the gate read: "..."": nobody
  std::string nick_of;        // a nickname's person ("knows her as "x"")
  bool whole_block = false;   // the quotation is its paragraph
  bool pre_that = false;      // "said that "..."
  bool pre_comma = false;     // a comma just before the opening mark
  bool done = false;
  int fin_block = -1;  // where it is finalised: the block and token
  int fin_tok = -1;
  char last_char = 0;        // last character inside the marks (ASCII) or 0
  bool det_before = false;   // "the", "the flagship" just before the mark
  bool label_noun = false;   // "slogan:", "motto," just before the mark
  bool title_label = false;  // "titled", "under the title", "a cookbook,":
                             // a term however long, if in title case
  bool noun_after = false;   // a lower-case noun just after the closing mark
  bool final_cue = false;    // its cue ends the sentence (FinalAttribution)
};

// Whether `w` is the literal `lit`: a length test and a memcmp of the
// literal's size, which the compiler expands inline even where, in the
// longest rules, it calls string_view's operator== out of line (speed: in
// AddSentenceActor alone ExtractQuotes ran 0.55% fewer instructions).
template <size_t N>
inline bool Equals(std::string_view w, const char (&lit)[N]) {
  return w.size() == N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
}

// Whether `w` starts with the literal `lit` (as Equals; speed: in AddActor
// with Equals, ExtractQuotes ran 1.2% fewer instructions).
template <size_t N>
inline bool StartsWith(std::string_view w, const char (&lit)[N]) {
  return w.size() >= N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
}

// Whether `w` ends with the literal `lit` (as Equals, for speed).
template <size_t N>
inline bool EndsWith(std::string_view w, const char (&lit)[N]) {
  return w.size() >= N - 1 &&
         std::memcmp(w.data() + w.size() - (N - 1), lit, N - 1) == 0;
}

// "China's" -> "China"; "Joneses'" -> "Joneses".
inline std::string_view StripPossessive(std::string_view w) {
  // Each ending below has an apostrophe (' or the last byte of ’) in one
  // of the last two bytes: most words have none, and stop here (speed:
  // ExtractQuotes ran 0.1% fewer instructions).
  if (w.size() < 2) return w;
  const char z = w.back(), y = w[w.size() - 2];
  if (z != '\'' && y != '\'' && z != '\x99' && y != '\x99') return w;
  if (w.size() > 2 && w[w.size() - 2] == '\'') return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.substr(w.size() - 4, 3) == "\xE2\x80\x99") {
    return w.substr(0, w.size() - 4);
  }
  if (w.size() > 1 && w.back() == '\'') return w.substr(0, w.size() - 1);
  if (w.size() > 3 && w.substr(w.size() - 3) == "\xE2\x80\x99") {
    return w.substr(0, w.size() - 3);
  }
  return w;
}

// Word classes of a token (bits), from the word lists of quotes_lexicon.
enum : uint32_t {
  kFunction = 1u << 0,
  kAuxiliary = 1u << 1,
  kAuxOrAdverb = 1u << 2,
  kClause = 1u << 3,
  kRole = 1u << 4,
  kPerson = 1u << 5,
  kOrgNoun = 1u << 6,
  kNationality = 1u << 7,
  kTitleWord = 1u << 8,
  kOrgSuffixWord = 1u << 9,
  kNonPerson = 1u << 10,
  kParticle = 1u << 11,
};

// Spellings whose classes one thread keeps (see Extractor::Classes).
constexpr size_t kMaxClassMemo = 1 << 17;
// How far back a name is looked for when a second person with its surname
// comes in: the length of a long news article.
constexpr size_t kArticleBytes = 12 << 10;

// The word classes of a spelling (see Extractor::Classes); defined in
// quote_tokens.cc.
uint32_t ComputeClasses(std::string_view raw);

class Extractor {
 public:
  Extractor(std::string_view text, const Segmentation& seg)
      : text_(text),
        seg_(seg),
        cue_lengths_(qi::CueLengths()),
        cue_second_lengths_(qi::CueSecondLengths()) {
    // Room for the names a text of this size registers: up to one of each
    // kind per KiB on Brown, two proper nouns and four actors (speed: the
    // tables grew from empty, rehashing every name at each doubling;
    // ExtractQuotes ran 1.9% fewer instructions).
    const size_t names = text.size() >> 10;
    by_last_.reserve(names);
    by_first_.reserve(names);
    proper_.reserve(2 * names);
    org_by_first_.reserve(names);
    acronyms_.reserve(names);
    org_pos_.reserve(names);
    org_names_.reserve(names);
    subjects_.reserve(names);
    actors_.reserve(std::min<size_t>(4 * names, 8192));
    // (And up to twice as many quotations, whose Works moved as works_
    // grew: ExtractQuotes ran 0.4% fewer instructions, and 0.3% fewer again
    // with room for the dialogue of fiction, 1.3 quotations per KiB on
    // Brown.)
    works_.reserve(2 * names);
  }

  std::vector<Quote> Run();

 private:
  // Tokens.
  void Tokenize(size_t b, size_t e);
  // The first token that begins at or after text position pos (n_ if
  // none); tokens are in text order.
  int FirstTokenAt(size_t pos) const {
    return static_cast<int>(
        std::lower_bound(toks_.begin(), toks_.begin() + n_, pos,
                         [](const Tok& t, size_t p) { return t.b < p; }) -
        toks_.begin());
  }
  // Whether the tokens at text positions a and b stand in one sentence.
  bool SameSentence(size_t a, size_t b) const {
    const int i = FirstTokenAt(a), j = FirstTokenAt(b);
    return i < n_ && j < n_ && toks_[i].sent == toks_[j].sent;
  }
  // (Not text_.substr, whose range check GCC kept out of line in the
  // longest rules; a token is always inside the text. Speed: ExtractQuotes
  // ran 0.4% fewer instructions.)
  std::string_view W(int i) const {
    return std::string_view(text_.data() + toks_[i].b, toks_[i].e - toks_[i].b);
  }
  // Lower-case ASCII copy of word i (empty if not a word or too long).
  std::string_view Lower(int i, char (&buf)[32]) const;
  // (0 <= i < n_ as one unsigned comparison, n_ being never negative;
  // speed: ExtractQuotes ran 0.77% fewer instructions.)
  bool IsWordTok(int i) const {
    return static_cast<unsigned>(i) < static_cast<unsigned>(n_) &&
           toks_[i].type == kWord;
  }
  bool IsPunct(int i, char c) const {
    return static_cast<unsigned>(i) < static_cast<unsigned>(n_) &&
           toks_[i].type == kPunct && toks_[i].ch == c;
  }
  bool WordIs(int i, std::string_view lower) const;
  bool Outside(int i) const { return toks_[i].q < 0; }
  bool NameTok(int i) const;
  // A past participle in lower case: "filed", "seen", "written".
  bool IsParticiple(int i) const {
    if (!IsWordTok(i) || toks_[i].cap) return false;
    const std::string_view w = W(i);
    return (w.size() > 4 && w.ends_with("ed")) || w == "seen" ||
           w == "written" || w == "given" || w == "taken" || w == "shown" ||
           w == "drawn" || w == "sent" || w == "made" || w == "won" ||
           w == "heard";
  }
  // "A" before a lower-case word: the article, not an initial ("A
  // proposed class action ... accuses").
  bool IsArticleA(int i) const {
    return IsWordTok(i) && toks_[i].e - toks_[i].b == 1 &&
           text_[toks_[i].b] == 'A' && IsWordTok(i + 1) && !toks_[i + 1].cap;
  }
  // The reporting verb at token i, or nullptr (cached in the token).
  // The reporting verb at token i, if any (looked up once per token).
  const qi::CueWord* CueAt(int i) const {
    if (!IsWordTok(i)) return nullptr;
    Tok& t = toks_[i];
    if (t.cue_known) return t.cue;
    // The first test of FindCueAt here, where most words end (speed: the
    // call for every word outside quotations cost 3% of ExtractQuotes'
    // instructions).
    const size_t len = t.e - t.b;
    const unsigned char first = text_[t.b] | 0x20, last = text_[t.e - 1] | 0x20;
    if (len < 3 || len > 14 || first < 'a' || first > 'z' || last < 'a' ||
        last > 'z' || !((cue_lengths_[first - 'a'][last - 'a'] >> len) & 1u)) {
      t.cue = nullptr;
      t.cue_known = true;
      return nullptr;
    }
    return FillCue(i);
  }
  const qi::CueWord* FillCue(int i) const;
  bool Hearsay(int i) const;
  const qi::CueWord* FindCueAt(int i) const;
  // The word classes of token i (0 for a non-word), cached in the token and
  // memoised by spelling: one hash look-up per token instead of one per
  // word list.
  // (Inline when the token knows them, the rest in FillClasses, as CueAt
  // and FillCue; speed: GCC called Classes and Has out of line from the
  // name rules; ExtractQuotes ran 1.6% fewer instructions.)
  uint32_t Classes(int i) const {
    const Tok& t = toks_[i];
    return t.cls_known ? t.cls : FillClasses(i);
  }
  uint32_t FillClasses(int i) const;
  // (Always inline, as WordIs; speed: GCC still called it out of line from
  // the longest rules; ExtractQuotes ran 0.7% fewer instructions.)
  [[gnu::always_inline]] bool Has(int i, uint32_t bits) const {
    return IsWordTok(i) && (Classes(i) & bits) != 0;
  }

  // Marks and sentences.
  void PairMarks(int block);
  void CloseQuote(int work, int open_tok, int end_tok, int close_tok,
                  size_t content_end, int block);
  void Sentences();

  // Names and actors.
  void RegisterNames();
  void RegisterNamesFast(size_t b, size_t e);
  // For a heading or a caption: registers the people named there by a
  // known first name and a surname ("RAGING: Kenny McGlashan on the
  // touchline") whose surname no one else has.
  void RegisterHeadingNames(size_t b, size_t e);
  void NoteSharedSurname(absl::string_view surname, const std::string& earlier,
                         const std::string& name, size_t at);
  // The sex the noun of an appositive from token k says ("Mr Baird's wife
  // of 34 years", "a father of two"), else 0.
  char AppositiveGender(int k) const;
  void FastOrganization(size_t first, size_t last, size_t end);
  size_t EmployerBefore(size_t last) const;
  void AddSentenceActor(int t);
  // "A Senate Republican aide disputed that account", "after a graduate
  // student in the lab raised concerns": someone unnamed from "a", "an" or
  // "one" at token t is the subject, for a later "the aide"; true if added.
  // (in_clause: after a conjunction, so only before a verb in the past.)
  bool AddUnnamedSubject(int t, bool in_clause = false);
  void RegisterOrgForms(const std::string& full, size_t pos);
  // Registers a person's full name, first written at text position `at`
  // (npos: not known).
  void RegisterPersonName(const std::string& name,
                          size_t at = std::string_view::npos);
  // "Eleanor Ruth Marsh was born in 1933" (the name at text_[begin,
  // after)), said of "Eleanor Dunmore": a birth name, a mention of the
  // person of that first name named before under another surname.
  // ("Reginald Arthur Pendry was born", said of "Rex Pendry", the only
  // person of that surname: the full name of the person an obituary is
  // about, which FullestNames gives his quotations.)
  void NoteBirthName(const std::string& name, size_t begin, size_t after);
  // A couple named together ("Derek and Maureen Hollis"): registers `one`
  // and records each as the other's spouse.
  void RegisterCouple(const std::string& one, const std::string& other);
  // "his wife Maria", "their son Christos": a relative named by a first
  // name alone, at text [b, e), takes the surname of the person named last.
  void RegisterRelativeByFirstName(size_t b, size_t e);
  bool BareSurnameBetween(std::string_view surname, size_t from,
                          size_t to) const;
  // "Akavak said" after "Leah Akavak" was called "Akavak" before her mother
  // "Martha Akavak" came in: the person a shared surname written alone
  // still means, because it was written alone for her before the second
  // came in; empty if none.
  const std::string& BareSurnameOwner(absl::string_view surname) const;
  static bool SameSortOfBody(std::string_view head, std::string_view lower);
  bool SeenBefore(const std::string& full, size_t pos) const;
  char PronounGenderAfter(int j) const;
  // Records in gender_ the sex PronounGenderAfter(j) gives the person `name`
  // when the word lists do not know the first name.
  void NoteGenderAfter(const std::string& name, int j);
  void AddNarrativeActor(int cue);
  // "According to a senior police officer, the permit had expired": the
  // sentence's source (at token t, "according"), for a later "the officer".
  void AddAccordingActor(int t);
  std::string NameText(size_t b, size_t e) const;
  std::string FullName(size_t b, size_t e, int tokens, bool* person) const;
  // The words before `before` whose capitals spell the initials `acr`
  // ("Texas Commission on Environmental Quality" for "TCEQ"), when the
  // text never gave them in brackets; empty if none.
  std::string SpelledOut(const std::string& acr, size_t before) const;
  // FullName of the one-word name text_[b, e) after a title of sex `sex`
  // ('m' or 'f'): of several people with that surname, one whose first name
  // does not say the other sex.
  std::string FullNameOfSex(size_t b, size_t e, char sex, bool* person) const;
  // The sex of a person's full name: recorded from the text, else by its
  // first name; 0 if neither says.
  char NameSex(const std::string& name) const;
  // The one other person of the surname of `name` of sex `sex` (any if 0)
  // named so far, for "her sister"; empty if none or several.
  std::string RelativeOf(const std::string& name, char sex) const;

  // Noun phrases.
  // The name "who gave his name only as X" gives someone described (np),
  // else np.
  // The author "an analysis by the Department of Finance" names, else np.
  Np DocumentAuthor(const Np& np, int hi) const;
  Np GivenName(const Np& np, int cue, int lo) const;
  // Whether "as" at token `as` gives a name ("gave his name only as",
  // "identified as", "to be known only as"), reading back to lo.
  bool NamingAs(int as, int lo) const;
  // "Deputy Public Prosecutor (DPP) Tan Wei Ming": where the name after a
  // title of capitalised words from t and its initials in brackets begins,
  // else -1.
  int NameAfterTitleInitials(int t, int hi) const;
  // The person named at the start of np (ending at token i), before
  // where they work ("Sarah Cole of the weather service"); else Np().
  Np PersonOpening(const Np& np, int i, int lo) const;
  // Records the person named from token t, the object of "asked" or
  // "pressed", as questioned_.
  void NoteQuestioned(int t);
  // The age written after the first "name, " before `before` ("Oliver
  // Castell, 44,"), or -1.
  int AgeGiven(const std::string& name, size_t before) const;
  // Of the people sharing a surname, the parent (`elder`) or the child
  // named before `at` ("the elder Ferreira", "Ellerby senior"), or empty.
  std::string ParentOrChild(const std::vector<std::string>& same, bool elder,
                            size_t pos, size_t at) const;
  // Whether token t, capitalised at a sentence's start, is an adverb ending
  // in "-ly" before a comma or a function word ("Shortly after noon,",
  // "Separately,"), not a name known or a first name ("Connolly").
  bool OpeningAdverb(int t) const;
  // `quote_after`: the quotation it speaks comes after the verb ("X, whose
  // film "Y" opened in July, told Deadline that "...""), so a relative
  // clause that holds another quotation may stand between.
  Np SubjectBefore(int cue, int lo, bool quote_after = false) const;
  // The body or document described at the start of token t's sentence
  // when a past participle follows it ("A lawsuit filed Monday in ..."),
  // else none.
  Np DescribedOpening(int t) const;
  // The body or person a document of this head noun came from, named a few
  // paragraphs before ("a 2025 report from the X Collaborative", "The
  // report, by retired judge Mary Dowling,"), else empty.
  // (*person: the source is a person.)
  std::string DocumentSource(std::string_view head, size_t before,
                             bool* person) const;
  // For both: where an author's name begins after a document's noun that
  // ends at k (" by ", " from ", ", published ... by "), else npos; and the
  // author's name read from there.
  size_t DocumentByAt(size_t k) const;
  std::string DocumentAuthorAt(size_t k, bool* person) const;
  // "a police report": the last mention of a document of this head noun
  // with "a" or "an", a few paragraphs before, as written; else empty.
  std::string IndefiniteMention(std::string_view head, size_t before) const;
  Np NpForward(int s, int hi, bool allow_unnamed) const;
  // "said the chairman of the X Association (XA), Mr Elias Chambo.": the
  // person named after a comma, in apposition to the description np,
  // else np.
  Np ApposedName(const Np& np, int hi) const;
  Np NameRunBack(int i, int lo) const;
  // Whether the possessive toks_[k] before the body's name ending at `end`
  // is a place's ("Ontario's Ministry of Economic Development", "Budapest's
  // Ludwig Museum"), which is no part of the name, and not a title's,
  // person's or body's ("Attorney's Office", "People's Party").
  bool PlacesBody(int k, int end, int lo) const;
  // Whether an "An" before toks_[k] is the Irish article of a name ("An
  // Garda Síochána", "An Post"): k opens with a consonant.
  bool IrishArticleBefore(int k) const;
  Np NameRunForward(int s, int hi, int* end_tok = nullptr) const;
  Np UnnamedBack(int i, int lo) const;
  bool Apposed(const Np& np, int last) const;
  bool PostpositiveTo(int i) const;
  Np UnnamedForward(int s, int hi) const;
  // The subject of the gerund at `cue` (GerundSubject), or the name a
  // relative pronoun there stands for ("Reyes, who took office
  // promising").
  Np ClauseSubject(int cue, int lo) const;
  Np GerundSubject(int cue, int lo) const;
  Np SentenceSubject(int o) const;
  // A body described from token `first` to its noun at `head`: "the Austin,
  // Texas-based company".
  Np OrgRef(int first, int head) const;
  int HeadOf(int s, int e) const;
  bool ClassifyCommon(Np* np, int s, int e) const;
  // toks_[s..e] is "the <age or role> from <Place>" ("the 16-year-old from
  // Satkhira", "the striker from Leeds").
  bool FromPlaceAfterRole(int s, int e) const;
  void StripName(Np* np, int first, int last, char sep) const;
  // Whether toks_[first..last] are job titles with no first name among them
  // ("Territory Controller"), ending in a role or title word.
  bool TitlesOnly(int first, int last) const;
  // "KC", "QC", "MBE", "PhD": letters after a name.
  // Initials written as a word: a capital after the first letter ("CCP",
  // "MLA", "NNPC").
  static bool LooksLikeAcronym(std::string_view w) {
    return w.size() >= 2 && w[1] >= 'A' && w[1] <= 'Z';
  }
  // A generation after a name: "Jr.", "Sr", "III".
  static bool IsGeneration(std::string_view w) {
    return w == "Jr." || w == "Jr" || w == "Sr." || w == "Sr" || w == "II" ||
           w == "III" || w == "IV";
  }
  // The word after "Major" in a name that is no rank: "Major League
  // Baseball", "Major Crimes Unit".
  static bool IsMajorPhrase(std::string_view w) {
    return w == "League" || w == "Leagues" || w == "Crimes" ||
           w == "Projects" || w == "Incident" || w == "Trauma" || w == "Road" ||
           w == "Events";
  }
  static bool IsPostNominal(std::string_view w) {
    return w == "KC" || w == "QC" || w == "SC" || w == "MBE" || w == "OBE" ||
           w == "CBE" || w == "KBE" || w == "DBE" || w == "FRS" || w == "PhD" ||
           w == "MP" || w == "MSP" || w == "MEP" || w == "SAN" || w == "TD" ||
           w == "MLA" || w == "MPP" || w == "MHK" || w == "MS" ||
           // Australia's and New Zealand's orders ("Margaret Pellew AO").
           w == "AC" || w == "AO" || w == "AM" || w == "OAM" || w == "PSM" ||
           w == "ONZM" || w == "CNZM" || w == "KNZM" || w == "DNZM" ||
           w == "MNZM" || w == "QSO" || w == "QSM" ||
           // A Theravada monk's, after the name ("Kotapitiye Sudhamma
           // Thera"); an Irish barrister's ("Úna Cullivan BL").
           w == "Thera" || w == "Thero" || w == "BL";
  }
  // Where the name in toks_[first..last] begins, past titles, roles and
  // bodies before it; the title's sex in *gender, if any.
  int NameStart(int first, int last, char* gender) const;
  // NameStart before PastPortfolioBody.
  int NameStartBeforeBody(int first, int last, char* gender) const;
  // "Hanoi Department of Health Nguyen Dinh Phuong": past a body's name
  // that ends in "of" and a portfolio, from s, to a name of two words or
  // more after it; else s.
  int PastPortfolioBody(int s, int last) const;
  // The title toks_[s] opens the name of a place or body named for a titled
  // person, which ends by toks_[last]: "Prince George's County", "Prince
  // Edward Island", "King Edward VII Hospital".
  bool NamedForTitled(int s, int last) const;
  // Word w is a Burmese honorific ("U", "Daw", "Ko", "Sayadaw") and the
  // text is about Myanmar (elsewhere "Ma" and "Ko" are Chinese and Korean
  // surnames, and "U" an initial).
  bool BurmeseHonorific(std::string_view w) const;
  bool TitleInitialsBefore(const std::string& full,
                           std::string_view initials) const;
  // Whether token k opens its sentence.
  bool OpensSentence(int k) const {
    return k == 0 || (k > 0 && k < n_ && toks_[k - 1].sent != toks_[k].sent);
  }
  bool MariaBefore(size_t p) const;
  int NameEnd(int j, int hi) const;
  // The end of "Agriculture, Fisheries and Conservation Department" (a
  // body's portfolios, one word each, listed with commas before its word)
  // opening at token s, or -1.
  int PortfolioListEnd(int s, int hi) const;
  // The end of the portfolios listed after a ministry's first ("Ministry of
  // Agriculture, Food and the Marine", "Department of Environment, Great
  // Lakes, and Energy") from the comma at e, or -1.
  int ListedPortfoliosEnd(int e, int hi) const;
  // Whether toks_[b, e) hold a ministry's, department's or directorate's
  // word before "of" or "for", whose portfolios may follow.
  bool MinistryOf(int b, int e) const;
  // Whether the words from k, after a title's portfolio ("President of the
  // Public Health"), go on to a body's word before `last` ("Inspectors
  // Union"): a body's name that opens with the portfolio's words.
  bool PortfolioOpensBody(int k, int last) const;
  // The name that ends an unnamed phrase after a role noun ("its Barpeta
  // district president Dipankar Kalita", "regional councillor for
  // transport Jana Procházková") or after a title in it ("director of
  // culture and arts Dr Fatima Al Mannai at the"), or nothing.
  Np NameAfterRole(const Np& np) const;
  bool SlashParticle(int j) const;
  bool HasOrgSuffix(int b, int e) const;
  // Whether names toks_[b1..e1] and toks_[b2..e2], joined by "and", are one
  // body's: a body's word opens the first (after "the") and another ends
  // the second, not the first ("International Boundary and Water
  // Commission"; not "Amnesty International and Human Rights Watch").
  bool BodyNameOverAnd(int b1, int e1, int e2) const;
  // "Board of Control for Cricket in India": where the body's words before
  // "in" and the one-word place toks_[j] (j == e) begin, else -1.
  int BodyInPlace(int j, int e, int lo) const;
  // "Toronto-based", "London-born": where a body or a person is from.
  bool PlaceAdjective(int k) const;
  // "Dutchman", "Swede": a noun of a nation (not "American", an adjective
  // too, nor "Finn" or "Scot", first names too).
  bool NationalityNoun(int k) const;
  // The end of a body's name that goes on past a plural possessive at
  // token j - 1 ("Federation of Resident Doctors' Association", "Lanterns
  // Children's Trust"), else j.
  int PastPluralPossessive(int j, int hi) const;
  // A verb that takes "to" + a reporting verb: "liked", "used", "went on".
  bool IsToVerb(int i) const {
    if (!IsWordTok(i) || toks_[i].cap) return false;
    char buf[32];
    std::string_view w = Lower(i, buf);
    return w == "liked" || w == "likes" || w == "used" || w == "loved" ||
           w == "loves" || w == "wanted" || w == "wants" || w == "began" ||
           w == "begins" || w == "continued" || w == "continues" ||
           w == "tended" || w == "tends" || w == "went" || w == "on" ||
           w == "would" || w == "declined" || w == "refused" || w == "chose" ||
           w == "decided" || w == "went" || w == "like" || w == "love" ||
           w == "want";
  }
  // Whether a quotation mark is within three tokens of token t: its
  // reporting verb then belongs to the quotation, which records the
  // speaker itself.
  // ("..., a person familiar with the matter said. "Q," the person said":
  // not one opening the next sentence.)
  bool NearMark(int t) const {
    for (int k = std::max(0, t - 3); k < n_ && k <= t + 3; ++k) {
      if ((toks_[k].type == kOpen || toks_[k].type == kClose) &&
          (k < t || toks_[k].sent == toks_[t].sent)) {
        return true;
      }
    }
    return false;
  }
  bool ParticleBefore(int j, int hi) const;
  // As ParticleBefore, over the segmenter's words: seg_.words[i] and up to
  // two more are particles, each one space before the next, and a
  // capitalised word of the same sentence follows.
  bool SurnameParticleAt(size_t i) const;
  // Whether the first actor named `name` was described by a relation
  // ("His brother and assistant, Jens Verbeek,"): quote_actors.cc.
  bool IntroducedAsRelative(const std::string& name) const;
  // Whether tokens k to k+2 are a company's legal form in brackets before
  // its last word ("Johannesburg Water (SOC) Ltd", "Eskom Holdings (Pty)
  // Ltd"), part of its name.
  bool LegalFormAt(int k, int hi) const {
    if (k + 3 >= hi || !IsPunct(k, '(') || !IsWordTok(k + 1) ||
        !IsPunct(k + 2, ')') || !NameTok(k + 3) || !Outside(k + 3)) {
      return false;
    }
    const std::string_view f = W(k + 1);
    const std::string_view l = W(k + 3);
    return (f == "SOC" || f == "Pty" || f == "PTY" || f == "Pvt" ||
            f == "PVT" || f == "Pte" || f == "Private" || f == "Proprietary") &&
           (l == "Ltd" || l == "Ltd." || l == "Limited" || l == "LTD");
  }
  // The token after a wire dateline opening a sentence at token t ("SANTA
  // FE, N.M. (AP) — Gov. X vetoed"), or t when there is none.
  int DatelineEnd(int t) const;

  // Attribution.
  // "often described as the "x"": a label in the passive before the
  // quotation opening at token o (lo: the sentence's first token).
  bool PassiveDescribedAs(int o, int lo) const;
  int AsBefore(int o, int lo) const;
  // "known in the industry as the "cat cracker"": a name the quotation
  // opening at token o is known by (lo: the window's first token).
  bool KnownAs(int o, int lo) const;
  // "said a woman near the front of the line, who gave only her first
  // name, Beth": the name someone described gives after the verb, else np.
  Np GivenNameAfter(const Np& np, int hi) const;
  void PreAttribution(int work, int open_tok);
  Np PostAttribution(int close_tok);
  // "The talks are "at an early stage" and may fail, the person said.": the
  // reporting clause after the last comma of the sentence the quotation
  // closing at close_tok stands in, when nothing else follows it.
  Np FinalAttribution(int close_tok);
  void Finalize(int work, const Np& post);
  bool NamedIn(const std::string& name, const Quote& q) const;
  // Whether quotation q opens with an article ("a hostage note").
  bool StartsWithArticle(const Quote& q) const;
  bool DocumentNp(const Np& np) const;
  // Whether np is a common noun phrase headed by a document's noun ("the
  // report", "the inspection report"), which speaks as written.
  bool DocumentHead(const Np& np) const;
  bool ResolveInto(const Np& np, size_t pos, Speaker* out);
  std::string JudgesNamedBefore(size_t pos) const;
  // Whether the quotation closed at token `close` is a short title before
  // its work's noun ("Awards Circuit" podcast, "Paper Cathedrals," a track).
  bool TitleBeforeItsNoun(const Work& w, int close) const;
  int SubjectOfSentenceBefore(size_t pos) const;
  // (Looks at no more than max_actors of the most recent actors.)
  int FindActor(size_t pos, Pronoun kind, bool role, bool org_ref,
                std::string_view head, int max_actors = 200) const;
  char ActorGender(const Actor& a, bool* guessed = nullptr) const;
  // The full name "First Surname" written inside a quotation in the 12 KiB
  // before text position `before` (where names are not registered), with
  // a known first name; empty if none.
  std::string NamedInQuotation(const std::string& surname, size_t before);
  // Whether the text gives `name` an age under 18 where it names the
  // person ("Kayleigh Doyle (17)").
  bool NamedAsMinor(const std::string& name) const;
  // Whether the text before `before` (its last 64 KiB) calls the person
  // `name` by the first name alone ("Saoirse would have", not "Saoirse
  // Kinsella" or "Niamh and Ciarán Kinsella").
  bool CalledByFirstName(const std::string& name, size_t before) const;
  // Whether a person's name may be a business's: see FindActor's "the
  // company" (quote_actors.cc).
  bool BusinessLikeName(const std::string& name) const;
  // Whether the text within an article's length of `pos` writes `name` as
  // a place: "at Comal Norte", "in Comal Norte", "Comal Norte, which".
  // Answers are kept per name.
  bool WrittenAsPlace(const std::string& name, size_t pos) const;
  // Whether the two-word name at text position b opens with a particle
  // ("Al Suwaidi", "van Dijk"): its last word is the surname.
  bool ParticleSurname(size_t b) const;
  // Whether the lower-case noun toks_[p] is a job as often as a body's sort
  // ("producer", "center") and toks_[t..j-1] a first name and a surname.
  bool PersonalNameAfterJob(int p, int t, int j) const;
  std::string OfSharedSurname(const std::string& surname, char sex,
                              std::string_view title, size_t before) const;
  // Whether no actor other than `except` was recorded between the two
  // text positions.
  bool NoActorSince(size_t b, size_t e, const std::string& except) const;
  // The person or body named at the start of the paragraph after block bi
  // when that paragraph looks back at a quotation ("That is how Mamani-Rios
  // puts it", "That was the verdict of X", "So says X"); else empty.
  std::string NamedAfter(int bi);
  // The same for the text from b to e (a paragraph, or what follows a
  // quotation in its own).
  std::string NamedIn(size_t b, size_t e);
  // The person most often a sentence's subject so far, not the writer.
  std::string MostSpokenOf() const;
  // The latest actor of the person most spoken of (the one interviewed),
  // if of sex `want` or of no known sex; else -1.
  int InterviewedActor(char want) const;
  // After the run: a speaker described as someone new ("a judge said")
  // whom the next paragraphs name with that role ("U.S. District Judge
  // Ramona Feliciano-Burke") is that person.
  void NameDescribedSpeakers();
  // Whether `described`, an unnamed speaker as written, is followed where
  // the text says it before `before` by a wish to stay unnamed: "who asked
  // not to be named", "on condition of anonymity".
  bool Anonymous(const std::string& described, size_t before) const;
  void FullestNames();
  // After the run: a speaker left as "the company", "the club" or "the
  // band" (no body found before it) is the body the headline opens with,
  // when the text names it again (quote_names.cc).
  void BodyOfHeadline();
  // After the run: "Minister of State for Fisheries and Ocean Resources
  // Dr Aishath Shaheema" is "Aishath Shaheema", the name after a title's
  // portfolio that the name reading kept (quote_names.cc).
  void NamesAfterPortfolios();
  // "First Surname" when the text ranges `unread` give the surname
  // `surname` after one first name, and only one ("Kanemura President
  // Takeshi Moriyama says" in a caption; "WHEN MATEJ KRANJC launched");
  // else empty. With `guessed`, a first name guessed from its ending will
  // do ("Donnacha Ó Súilleabháin", a surname with a particle).
  std::string FirstNameAnywhere(
      const std::string& surname,
      const std::vector<std::pair<size_t, size_t>>& unread,
      bool guessed = false) const;
  // A body's name in full where the text, first in the 1,500 bytes before
  // position `near`, writes `name` inside a longer one: "French Ministry for
  // the Economy and Finance" for "Finance", "Division of Health Care Financing
  // and Policy" for "Division"; else empty.
  std::string BodyNameAround(const std::string& name, size_t near) const;
  // Whether every word of `name` is a title or a portfolio ("Health
  // Minister", "Judge").
  static bool TitleWordsOnly(std::string_view name);
  // Whether the word before text_[at] is a title ("Mr", "Dr.").
  bool TitleBefore(size_t at) const;
  // The person the text names right after `title` ("Judge Nomvula
  // Dlamini-Mthembu"), nearest before position `at`, else first after it;
  // "" if none.
  std::string TitledName(const std::string& title, size_t at) const;
  // The one author the text names for a document of this noun ("The
  // report, published ... by X"), wherever it stands; else empty.
  std::string DocumentIssuer(std::string_view noun, bool* person) const;
  int AppositiveKind(int j) const;
  void AddMentionActor(int t);
  // Whether the body's name at k ends at a comma or a spaced dash.
  bool AsideAfterBody(int k) const;
  // Records someone who may speak or be spoken of; false if `s` is
  // nobody to record (a thing's name, the writer, "someone").
  bool AddActor(size_t pos, const Speaker& s, bool plural, int work,
                bool subject = true, std::string roles = "");
  // Records the body named toks_[b..e] (an organisation) as an actor.
  void AddBodyActor(int b, int e, bool subject);
  // Lower-case words describing the name toks_[t..j): up to three
  // lower-case words before it and the appositive after it.
  std::string RolesAround(int t, int j) const;

  std::string_view text_;
  const Segmentation& seg_;
  mutable int burmese_ = -1;       // the text names Myanmar; -1 until asked
  mutable int fijian_ = -1;        // the text names Fiji; -1 until asked
  mutable std::vector<Tok> toks_;  // CueAt caches its answers in them
  std::vector<int> stops_;         // the punctuation and double marks in toks_
  int n_ = 0;
  size_t block_b_ = 0, block_e_ = 0;
  std::vector<Work> works_;
  std::vector<Actor> actors_;
  absl::flat_hash_map<std::string, std::string> by_last_;
  absl::flat_hash_map<std::string, std::string> by_first_;
  // The full names of people who share a surname ("Calloway": "Ruth Ellen
  // Calloway", "Wendell Calloway Jr."), in the order they were named, for a
  // title that says which one.
  absl::flat_hash_map<std::string, std::vector<std::string>> people_by_last_;
  // People's full names as registered, with where (the latest only): for
  // a "she" that no actor fits ("The first thing Renata Okafor does ...
  // "...," she says").
  std::vector<std::pair<size_t, std::string>> named_people_;
  // The inner words of people's names of three words or more ("Quesada"
  // of "Yendry Quesada Obando"), with where the name was first registered
  // and the name; an empty name where two people's names have the word.
  absl::flat_hash_map<std::string, std::pair<size_t, std::string>> inner_words_;
  // Where a second person with a shared surname first came in.
  absl::flat_hash_map<std::string, size_t> shared_at_;
  // BareSurnameOwner's answers.
  mutable absl::flat_hash_map<std::string, std::string> bare_surname_;
  // SpelledOut's answers.
  mutable absl::flat_hash_map<std::string, std::string> spelled_out_;
  // WrittenAsPlace's answers.
  mutable absl::flat_hash_map<std::string, bool> written_as_place_;
  // People who have been the named subject of a sentence.
  absl::flat_hash_set<std::string> subjects_;
  absl::flat_hash_set<std::string> proper_;
  // Names of made things that look like people's ("her second album,
  // Pawnshop Gospel,"): AddActor keeps no actor of them.
  absl::flat_hash_set<std::string> things_;
  absl::flat_hash_map<std::string, char> gender_;
  absl::flat_hash_set<std::string> org_names_;  // names known as organisations
  // The latest bodies' names that end in a body's word ("Ozark Highlands
  // Medical Center"), for their short names (AddActor); at most 64.
  std::vector<std::string> full_org_names_;
  // IntroducedAsRelative's answers (speed: it reads the actors in order).
  mutable absl::flat_hash_map<std::string, bool> relative_of_;
  absl::flat_hash_map<std::string, std::string> org_by_first_;
  absl::flat_hash_map<std::string, std::string> org_by_last_;
  // Organisations whose short forms are registered, and where first seen.
  absl::flat_hash_map<std::string, size_t> org_pos_;
  absl::flat_hash_map<std::string, std::string> nicknames_;  // -> person
  absl::flat_hash_map<std::string, std::string> born_as_;    // -> full name
  absl::flat_hash_map<std::string, std::string> acronyms_;   // "NRW" -> name
  int pending_ = -1;            // quotation continued into the next block
  int last_speech_ = -1;        // last attributed DIRECT/PARTIAL quotation
  size_t last_close_ = 0;       // end of the last quotation's closing mark
  size_t attribution_end_ = 0;  // end of the rest of its sentence
  // The token after the last body's name with a comma inside that
  // AddMentionActor read in this block: the words of "the Ministry of
  // Economy, Trade and Industry" name no body of their own ("Ministry of
  // Economy", "Trade and Industry").
  int mention_end_ = 0;
  size_t prev_block_b_ = 0;
  int block_index_ = 0;
  bool fast_actors_ = false;  // RegisterNamesFast adds sentence subjects
  // RegisterNamesFast adds the subjects a title opens ("Judge X"), for a
  // "the judge" paragraphs on, where fast_actors_ is off.
  bool titled_actors_ = false;
  size_t secondary_pos_ = std::string_view::npos;  // see AddSentenceActor
  std::string secondary_of_;
  absl::flat_hash_map<std::string, std::string> secondary_names_;
  // Couples named together ("Derek and Maureen Hollis"): each one's spouse,
  // for "her husband" and "his wife".
  absl::flat_hash_map<std::string, std::string> spouse_;
  // Sentences of the paragraph before a quotation read in full.
  static constexpr int kFullSentences = 2;  // of the block being read
  // Sentences after a block's last quotation read in full.
  static constexpr int kTailSentences = 1;
  std::string author_;  // from the byline; "I ask" in the narration is theirs
  size_t writer_asked_ = std::string_view::npos;  // where "I ask" last stood
  // The person a question was last put to ("asked Verma whether"), and
  // where; see NoteQuestioned.
  std::string questioned_;
  size_t questioned_pos_ = std::string_view::npos;
  bool questioned_by_unnamed_ = false;  // by "one reporter", not a name
  int first_body_block_ = -1;  // the first body block, where the story opens
  // In a Q&A, the answer after a question paragraph ("Why write it now?"):
  // its "I" is the person interviewed, the one most often the subject of
  // a sentence before it.
  bool answer_ = false;
  bool question_ = false;  // the block is such a question
  // The block is a headline in title case ("Jesse Varga Says ‘...’"),
  // where capitals say nothing of names: none is read from it.
  bool title_case_ = false;
  std::string interviewee_;
  const std::string* exclude_ = nullptr;  // a person FindActor skips
  // NamedInQuotation's answers by surname, with the position searched to.
  absl::flat_hash_map<std::string, std::pair<std::string, size_t>>
      named_in_quotation_;
  // The block and sentence of the last person named as a sentence's
  // subject.
  std::pair<size_t, int> named_subject_ = {std::string_view::npos, -1};
  size_t word_cursor_ = 0;  // into seg_.words, for RegisterNamesFast
  // The first block of the quotation whose speaker is being resolved
  // (Finalize); INT_MAX otherwise.
  int quote_block_ = std::numeric_limits<int>::max();
  const uint32_t (*cue_lengths_)[26];         // qi::CueLengths()
  const uint32_t (*cue_second_lengths_)[27];  // qi::CueSecondLengths()
};

// The per-token helpers, inline for every file of the extractor.

// The eight bytes of x with ASCII capitals lowered, the others as they are.
inline uint64_t LowerAscii8(uint64_t x) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  const uint64_t low7 = x & ~kHigh;  // (no byte carries into the next)
  const uint64_t ge_a = low7 + kOnes * (0x80 - 'A');
  const uint64_t gt_z = low7 + kOnes * (0x80 - 'Z' - 1);
  return x | (((ge_a & ~gt_z & ~x) & kHigh) >> 2);
}

inline std::string_view Extractor::Lower(int i, char (&buf)[32]) const {
  if (!IsWordTok(i)) return {};
  const Tok& t = toks_[i];
  size_t len = t.e - t.b;
  if (len > 31) return {};
  // Eight bytes at a time, up to all 32 of buf, where the text goes on for
  // 32 bytes (speed: ExtractQuotes ran 0.79% fewer instructions).
  if (std::endian::native == std::endian::little && text_.size() - t.b >= 32) {
    for (size_t k = 0; k < len; k += 8) {
      uint64_t x;
      std::memcpy(&x, text_.data() + t.b + k, 8);
      x = LowerAscii8(x);
      std::memcpy(buf + k, &x, 8);
    }
    return std::string_view(buf, len);
  }
  for (size_t k = 0; k < len; ++k) {
    char c = text_[t.b + k];
    buf[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return std::string_view(buf, len);
}

// Whether the n bytes at p are `lower` with ASCII capitals lowered.
inline bool EqualsLowered(const char* p, std::string_view lower) {
  for (size_t k = 0; k < lower.size(); ++k) {
    char c = p[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[k]) return false;
  }
  return true;
}

[[gnu::always_inline]] inline bool Extractor::WordIs(
    int i, std::string_view lower) const {
  // The length first: most tokens differ in it, and it costs no copy. (As
  // Lower(i) == lower.) Always inline (speed: GCC called it out of line
  // from the long rules, which test a dozen words in a row; ExtractQuotes
  // ran 4.8% fewer instructions).
  return IsWordTok(i) && toks_[i].e - toks_[i].b == lower.size() &&
         lower.size() <= 31 && EqualsLowered(text_.data() + toks_[i].b, lower);
}

// A token that can be part of a name: a capitalised word that is not a
// pronoun on its own, or an initial.
// (Always inline, as WordIs; speed: ExtractQuotes ran 0.6% fewer
// instructions.)
[[gnu::always_inline]] inline bool Extractor::NameTok(int i) const {
  if (!IsWordTok(i)) return false;
  const Tok& t = toks_[i];
  return (t.cap || t.initial) && !t.digit;
}

// Whether a short text is in title case: four capitalised words or more and
// none in lower case but short function words (quotes.cc).
bool TitleCase(std::string_view s);

// Whether `name` is two words, a family name and then a hyphenated given
// name ("Kim Ji-won", "Wong Sze-man"): its first word says nothing of the
// person's sex and is what a later mention calls them (quote_names.cc).
bool FamilyNameFirst(std::string_view name);

// The first and last words of a name (quote_names.cc).
void NameEnds(const std::string& name, std::string* first, std::string* last);

// Whether the word w, in either case, is one of qi::IsNameParticle's
// ("Van", "al", "Dela") (quote_names.cc).
bool IsNameParticleAnyCase(std::string_view w);

// Whether the word w, in either case, is a particle that opens a surname:
// "van", "Al", "ap" and the Irish "Ó", "Ní", "Mac" (quote_names.cc).
bool IsSurnameParticle(std::string_view w);

// The word of text at np.head_b, up to a space or np.e (quote_actors.cc).
std::string_view HeadWord(const Np& np, std::string_view text);

// Whether the noun phrase np names more than one (quote_actors.cc).
bool PluralNp(const Np& np, std::string_view text);

// Whether np is one name of two words or more ("Tan Wei Ming", not "Tan",
// nor "X and Y").
inline bool OneFullName(const Np& np) {
  return np.found() && np.kind == Np::kName && np.nnames == 1 &&
         np.name_tokens[0] >= 2;
}

}  // namespace textanalytics::core::quotes_internal

#endif  // TEXTANALYTICS_SERVICE_CORE_QUOTE_EXTRACTOR_H_
