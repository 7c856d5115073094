// Word lists used by the quote extractor (quote_*.cc): reporting verbs,
// titles, organisation words, pronouns. Internal to the core library.
//
// All lookups are O(1) or a short scan of a small constant table; the tables
// are built once on first use and are immutable afterwards, so every
// function is thread-safe.
#ifndef TEXTANALYTICS_SERVICE_CORE_QUOTES_LEXICON_H_
#define TEXTANALYTICS_SERVICE_CORE_QUOTES_LEXICON_H_

#include <string_view>

namespace textanalytics::core::quotes_internal {

enum class CueForm { kBase, kThird, kPast, kGerund };

// One inflected form of a reporting verb ("said" is say, kPast).
struct CueWord {
  std::string_view lemma;
  CueForm form = CueForm::kBase;
  bool tell = false;      // its object is the listener, not the speaker
                          // ("Musk told a conference"): never "told X"
  bool particle = false;  // needs a following particle ("point out")
  bool back = false;      // the particle is "back" ("shot back")
  bool it = false;        // the particle is "it" ("as she put it")
};

// Whether the verb's object is someone or something it is done to, never
// the speaker after an inverted verb: "accused the service of ...",
// "praised the crew".
bool TakesTarget(const CueWord& cue);

// The reporting verb whose form is `lower` (lower-case ASCII), or nullptr.
const CueWord* FindCue(std::string_view lower);

// False when no reporting verb starts with `first` and ends with `last`
// (ASCII, either case): a quick test before FindCue.
bool MayBeCue(char first, char last);
// The same, knowing the word's length too (fewer false hits).
bool MayBeCue(char first, char last, size_t length);
// The table behind MayBeCue(first, last, length): bit `length` of
// CueLengths()[first - 'a'][last - 'a'] (lower-case letters) is set when a
// reporting verb of that length starts and ends so. For callers that test
// every word and keep the pointer. Immutable; safe from any thread.
const uint32_t (*CueLengths())[26];
// Likewise by first letter and second character: bit `length` of
// CueSecondLengths()[first - 'a'][second - 'a'] (index 26 when the second
// character is not a lower-case letter).
const uint32_t (*CueSecondLengths())[27];

// Number of reporting-verb lemmas (for tests).
int NumCueLemmas();

// Titles kept out of a name, case-sensitive and without a final full stop:
// "Mr", "Dr", "Sen", "President", "CEO", "Minister".
bool IsTitle(std::string_view word);
// Gender a title implies: 'm' (Mr), 'f' (Mrs, Ms, Miss) or 0.
char TitleGender(std::string_view word);
// Honorifics that are words or given names elsewhere, titles only before a
// given name and a surname: "Skip" (a curling skip), "Make", "Babe",
// "Meme" (southern Africa), "Ato" (Ethiopia).
bool IsHonorificBeforeGivenName(std::string_view word);
// Abbreviations whose full stop belongs to the word ("Mr.", "Inc.").
bool IsAbbreviation(std::string_view word);

// Capitalised words that make a name an organisation: "Inc", "University",
// "Ministry", "Bank", "Group".
bool IsOrgSuffix(std::string_view word);
// Those of them, in other languages, that open the name: "Banco", "Grupo".
bool IsOrgOpening(std::string_view word);
// Capitalised words that make a name neither person nor organisation, or
// that cannot be part of a person's name ("Law", "Street", "Monday").
bool IsNonPersonWord(std::string_view word);
// Lower-case nouns that refer back to an organisation: "the company".
bool IsOrgNoun(std::string_view lower);
// Lower-case nouns for a person's role: "the leader", "the minister".
bool IsRoleNoun(std::string_view lower);
// Whether a lower-case noun reads as people or a person ("officials",
// "commentator", "experts"), by the role list and common agent endings.
bool IsPersonNoun(std::string_view lower);

// Lower-case nouns of made things whose titles look like people's names
// ("her second album, Pawnshop Gospel", "the app", "the film").
bool IsThingNoun(std::string_view lower);

// Lower-case nouns of places that a capitalised word before them names
// ("Kottayam and Idukki districts", "Kent county"): a place, not a person.
bool IsPlaceNoun(std::string_view lower);

// Lower-case nationality nouns that stand for a person: "german",
// "italian", "frenchman", "briton".
bool IsNationality(std::string_view lower);

// Lower-case particles inside names: "de", "van", "von", "bin".
bool IsNameParticle(std::string_view word);

// A minister's portfolio ("Transport", "Mines"), after "Minister for/of".
bool IsPortfolio(std::string_view word);
// Whether `word` names a local authority before "of": "City", "Town",
// "County", "Borough", "Village", "Township" ("the City of Johannesburg").
bool IsLocalAuthorityWord(std::string_view word);

// A common verb in the past whose form does not end in -ed ("drove",
// "said"; lower case).
bool IsIrregularPast(std::string_view w);

// "five", "three", "12": a number of up to three digits or twelve in words
// (the head of "the mother of five").
bool IsSmallNumber(std::string_view lower);

// A relation that usually shares a family name: "brother", "wife", "twin"
// (lower case).
bool IsKinNoun(std::string_view lower);
// The sex a kin noun says: 'f' for "sister", 'm' for "brother", 0 for
// "twin" or a word that is no kin noun.
char KinSex(std::string_view lower);
// An adjective of rank or standing before a body's name in an unnamed
// source: "a senior Government source", "a former Labour minister".
bool IsRankAdjective(std::string_view lower);
// An adjective of place or position before a name inside a description: "a
// west Belfast principal", "a marginal Midlands seat".
bool IsPlaceAdjective(std::string_view lower);

// A company's legal form as written: "Inc.", "Ltd", "Group".
bool IsCompanyForm(std::string_view word);

// Lower-case auxiliaries and adverbs that may stand between a subject and
// its reporting verb: "has", "also", "later", "not".
bool IsAuxOrAdverb(std::string_view lower);
// Lower-case finite auxiliaries and copulas ("has", "is", "will").
bool IsAuxiliary(std::string_view lower);
// Lower-case function words: articles, prepositions, conjunctions,
// determiners, sentence adverbs ("the", "in", "when", "however").
bool IsFunctionWord(std::string_view lower);
// A conjunction after which a name opens a clause as its subject: "and",
// "but", "while", "when", "as", "after", "because", "then", "that", "so",
// "before", "where".
bool IsSubjectLink(std::string_view lower);
// Words that open a new clause ("that", "which", "while", "because").
bool IsClauseWord(std::string_view lower);

// 'f' or 'm' for a common first name (or one ending in -a, read as a
// woman's), 0 when unknown. A guess used only to choose between people for
// "he"/"she".
// *guessed (if given) is set when the answer comes from the -a ending only.
char FirstNameGender(std::string_view name, bool* guessed = nullptr);
// 'm' for a full name that opens with the French "Jean" before a man's
// name ("Jean Claude Mugabo"), where "Jean" alone reads as a woman's; else 0.
char DoubleFirstNameGender(std::string_view full_name);
// Whether `name` is surely a first name: in the lists above (not a guess
// from its ending) or in the birth records (RecordedFirstNameSex).
bool KnownFirstName(std::string_view name);
// Whether `name` may be a first name: KnownFirstName, or guessed from its
// ending.
bool MaybeFirstName(std::string_view name);
// Whether `name` is a news agency's ("Reuters", "Associated Press").
bool IsNewsAgency(std::string_view name);
// 'f' or 'm' for a lower-case noun that says a person's sex ("sister",
// "spokesman", "man"), else 0.
char NounGender(std::string_view lower);

enum class Pronoun { kNone, kMale, kFemale, kPlural, kIt, kFirst };
// Subject pronouns: he, she, they, it, I, we.
Pronoun FindPronoun(std::string_view lower);

}  // namespace textanalytics::core::quotes_internal

#endif  // TEXTANALYTICS_SERVICE_CORE_QUOTES_LEXICON_H_
