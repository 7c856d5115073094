#include "service/core/quotes_lexicon.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "service/core/first_names.h"

namespace textanalytics::core::quotes_internal {
namespace {

// The reporting verbs. Each entry is a lemma; its third-person, past and
// -ing forms are made by the regular English rules (MakeForms) unless the
// entry spells them out as "lemma|third|past|gerund" (irregular verbs and
// doubled consonants). "+" marks verbs whose object is the listener
// ("tell"); "~" marks verbs that need the particle "out" ("point out"), "^"
// those that need "back" ("shot back"), "@" those that need "it" ("as she
// put it"). A
// fifth spelled-out form is an irregular past participle ("written").
// clang-format off
constexpr std::string_view kCueLemmas[] = {
    "say|says|said|saying", "+tell|tells|told|telling",
    "write|writes|wrote|writing|written",
    "speak|speaks|spoke|speaking|spoken",
    "add", "insist", "argue", "warn", "explain", "ask", "recall", "note",
    "claim", "admit|admits|admitted|admitting", "declare", "reply", "state",
    "comment", "acknowledge", "announce", "assert", "conclude", "confirm",
    "continue", "deny", "describe", "emphasise", "emphasize", "estimate",
    "mention", "observe", "~point", "~call", "predict", "promise", "remark", "report",
    "respond", "reveal", "stress", "suggest", "tweet", "urge", "caution",
    "concede", "complain", "contend", "counter", "maintain",
    "quip|quips|quipped|quipping", "recount", "reiterate", "testify", "vow",
    "boast", "lament", "joke", "whisper", "shout", "exhort", "denounce",
    "decry", "condemn", "criticise", "criticize", "agree", "allege", "answer",
    "+assure", "+inform", "+remind", "+advise", "cry", "disclose", "exclaim",
    "fume", "grumble", "hint", "marvel", "muse", "murmur", "mutter", "plead",
    "pledge", "proclaim", "protest", "recommend", "retort", "scoff",
    "snap|snaps|snapped|snapping", "sigh", "speculate", "summarise",
    "summarize", "surmise", "tout", "wonder", "yell", "affirm", "assert",
    "swear|swears|swore|swearing|sworn", "demand", "predict", "posit", "specify",
    "clarify", "elaborate", "underline", "underscore", "highlight", "stress",
    "opine", "chuckle", "laugh", "groan", "gush", "rail", "thunder", "brag",
    "acknowledge", "forecast|forecasts|forecast|forecasting", "disagree", "accuse",
    "dismiss", "hail", "praise", "slam|slams|slammed|slamming", "blast",
    "welcome", "reject", "question", "challenge", "cite", "repeat", "blame",
    "pose", "apologise", "apologize", "pronounce", "post",
    // (Only the past: "rules" and "rule out" are seldom reporting.)
    "ruled|ruled|ruled|ruled", "find|finds|found|finding", "chant",
    // (A question pressed: ""Is it the same problem?" one reporter
    // pressed.")
    "pressed|pressed|pressed|pressed",
    "sing|sings|sang|singing",
    // (A court's "held that"; only before "that", see FillCue.)
    "hold|holds|held|holding",
    // (Counsel's "submitted that"; only before "that", see FillCue.)
    "submit|submits|submitted|submitting",
    "+text|texts|texted|texting", "^shoot|shoots|shot|shooting", "^fire",
    "^hit|hits|hit|hitting", "^push", "@put|puts|put|putting",
};
// clang-format on

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

struct Lexicon {
  std::deque<std::string> storage;  // keeps the keys alive
  absl::flat_hash_map<std::string, CueWord> cues;
  int lemmas = 0;

  // For each first letter, a bit per last letter of some form: a cheap
  // test that rejects most words before hashing.
  uint32_t last_by_first[26] = {};
  uint32_t length_by_first[26] = {};  // a bit per length (< 32)
  uint32_t lengths[26][26] = {};      // by first and last letter
  // By first letter and second character (26: not a letter).
  uint32_t second_lengths[26][27] = {};

  void Add(const std::string& form, const CueWord& word) {
    if (form.front() >= 'a' && form.front() <= 'z' && form.back() >= 'a' &&
        form.back() <= 'z') {
      last_by_first[form.front() - 'a'] |= 1u << (form.back() - 'a');
      if (form.size() < 32) {
        length_by_first[form.front() - 'a'] |= 1u << form.size();
        lengths[form.front() - 'a'][form.back() - 'a'] |= 1u << form.size();
        const char c2 = form.size() > 1 ? form[1] : ' ';
        second_lengths[form.front() - 'a']
                      [c2 >= 'a' && c2 <= 'z' ? c2 - 'a' : 26] |=
            1u << form.size();
      }
    }
    cues.emplace(form, word);
  }

  Lexicon() {
    std::unordered_set<std::string> seen;
    for (std::string_view entry : kCueLemmas) {
      CueWord word;
      if (entry[0] == '+') {
        word.tell = true;
        entry.remove_prefix(1);
      } else if (entry[0] == '~') {
        word.particle = true;
        entry.remove_prefix(1);
      } else if (entry[0] == '^') {
        word.particle = true;
        word.back = true;
        entry.remove_prefix(1);
      } else if (entry[0] == '@') {
        word.particle = true;
        word.it = true;
        entry.remove_prefix(1);
      }
      std::string forms[5];  // base, third, past, gerund, participle
      size_t bar = entry.find('|');
      if (bar != std::string_view::npos) {
        int k = 0;
        size_t start = 0;
        while (k < 5) {
          size_t next = entry.find('|', start);
          forms[k++] = std::string(entry.substr(
              start,
              next == std::string_view::npos ? entry.npos : next - start));
          if (next == std::string_view::npos) break;
          start = next + 1;
        }
      } else {
        std::string lemma(entry);
        char last = lemma.back();
        char before = lemma.size() > 1 ? lemma[lemma.size() - 2] : 0;
        forms[0] = lemma;
        if (last == 's' || last == 'x' || last == 'z' || last == 'o' ||
            (last == 'h' && (before == 's' || before == 'c'))) {
          forms[1] = lemma + "es";
        } else if (last == 'y' && !IsVowel(before)) {
          forms[1] = lemma.substr(0, lemma.size() - 1) + "ies";
        } else {
          forms[1] = lemma + "s";
        }
        if (last == 'e') {
          forms[2] = lemma + "d";
        } else if (last == 'y' && !IsVowel(before)) {
          forms[2] = lemma.substr(0, lemma.size() - 1) + "ied";
        } else {
          forms[2] = lemma + "ed";
        }
        if (last == 'e' && before != 'e') {
          forms[3] = lemma.substr(0, lemma.size() - 1) + "ing";
        } else {
          forms[3] = lemma + "ing";
        }
      }
      if (!seen.insert(forms[0]).second) continue;  // listed twice
      ++lemmas;
      storage.push_back(forms[0]);
      word.lemma = storage.back();
      const CueForm kinds[5] = {CueForm::kBase, CueForm::kThird, CueForm::kPast,
                                CueForm::kGerund, CueForm::kPast};
      for (int k = 0; k < 5; ++k) {
        if (forms[k].empty() || cues.contains(forms[k])) continue;
        CueWord w = word;
        w.form = kinds[k];
        Add(forms[k], w);
      }
    }
  }
};

const Lexicon& GetLexicon() {
  static const Lexicon* lexicon = new Lexicon();
  return *lexicon;
}

// A set of words, in an open-addressing table of its own: the words are
// few and fixed, and a hash of two loads and two multiplications finds
// them (speed: absl's flat_hash_set hashed every byte out of line;
// ExtractQuotes ran 1.3% fewer instructions).
// A quick test of the first byte and the length rejects most words before
// hashing, and one of a few bytes more most of the rest.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    Build(words.begin(), words.end());
  }
  explicit WordSet(const std::vector<std::string>& words) {
    Build(words.begin(), words.end());
  }
  WordSet(const WordSet&) = delete;  // (slots_ point into chars_)
  WordSet& operator=(const WordSet&) = delete;
  size_t count(std::string_view w) const {
    if (w.empty()) return 0;
    if (w.size() < 32 &&
        !((lengths_[static_cast<unsigned char>(w[0])] >> w.size()) & 1u)) {
      return 0;
    }
    return Find(w);
  }

 private:
  struct Slot {
    const char* data = nullptr;  // nullptr: empty
    size_t size = 0;
  };

  template <typename It>
  void Build(It begin, It end) {
    size_t n = 0;
    for (It it = begin; it != end; ++it) n += !std::string_view(*it).empty();
    // (The words' bytes in one block, which the slots point into.)
    size_t bytes = 0;
    for (It it = begin; it != end; ++it) bytes += std::string_view(*it).size();
    chars_.reserve(bytes);
    size_t cap = 8;
    while (cap < 2 * n) cap *= 2;
    slots_.assign(cap, Slot());
    mask_ = cap - 1;
    for (It it = begin; it != end; ++it) Add(*it);
  }
  void Add(std::string_view w) {
    if (w.empty()) return;
    if (w.size() < 32) {
      lengths_[static_cast<unsigned char>(w[0])] |= 1u << w.size();
      const uint32_t bit = FilterBit(w);
      filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    } else {
      long_words_ = true;
    }
    for (size_t i = Hash(w) & mask_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.data == nullptr) {
        const size_t at = chars_.size();
        chars_.append(w.data(), w.size());
        slot.data = chars_.data() + at;
        slot.size = w.size();
        return;
      }
      if (std::string_view(slot.data, slot.size) == w) return;  // twice
    }
  }
  // The rest of count, out of line: most words stop at the test above,
  // and inlined in every caller it kept GCC from inlining smaller helpers.
  [[gnu::noinline]] size_t Find(std::string_view w) const {
    if (w.size() < 32) {
      const uint32_t bit = FilterBit(w);
      if (!((filter_[bit / 64] >> (bit % 64)) & 1u)) return 0;
    } else if (!long_words_) {
      return 0;
    }
    for (size_t i = Hash(w) & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.data == nullptr) return 0;
      if (slot.size == w.size() &&
          std::memcmp(slot.data, w.data(), w.size()) == 0) {
        return 1;
      }
    }
  }
  // The word's slot, from its length and its first and last eight (or
  // four, or three) bytes.
  static size_t Hash(std::string_view w) {
    const char* p = w.data();
    const size_t n = w.size();
    uint64_t x = 0, y = 0;
    if (n >= 8) {
      std::memcpy(&x, p, 8);
      std::memcpy(&y, p + n - 8, 8);
    } else if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      x = a;
      y = b;
    } else {
      x = static_cast<unsigned char>(p[0]) |
          static_cast<unsigned char>(p[n / 2]) << 8 |
          static_cast<unsigned char>(p[n - 1]) << 16;
    }
    const uint64_t h =
        (x ^ n) * 0x9E3779B97F4A7C15ull + y * 0xC2B2AE3D27D4EB4Full;
    return static_cast<size_t>(h ^ (h >> 32));
  }
  // The word's bit in filter_, from its first, middle and last bytes and
  // its length (speed: the first test let many words through to the hash;
  // ExtractQuotes ran 1% fewer instructions).
  static uint32_t FilterBit(std::string_view w) {
    const uint32_t key = static_cast<unsigned char>(w[0]) |
                         static_cast<unsigned char>(w[w.size() / 2]) << 8 |
                         static_cast<unsigned char>(w.back()) << 16 |
                         static_cast<uint32_t>(w.size()) << 24;
    return (key * 0x9E3779B1u) >> (32 - kFilterLog2);
  }
  static constexpr int kFilterLog2 = 12;

  std::string chars_;        // the words' bytes (reserved: never moves)
  std::vector<Slot> slots_;  // a power of two, at most half full
  size_t mask_ = 0;
  uint32_t lengths_[256] = {};  // by first byte, a bit per word length
  bool long_words_ = false;
  uint64_t filter_[(1 << kFilterLog2) / 64] = {};
};

// clang-format off
const WordSet& Titles() {
  static const WordSet* s = new WordSet{
      "Mr", "Mrs", "Ms", "Mx", "Miss", "Messrs", "Dr", "Prof", "Sen", "Gov",
      "Rep", "Sens", "Reps", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Rev",
      "Revd",
      // Right Reverend, Right Honourable: "the Rt Rev Samuel Wambugu".
      "Rt",
      "Brig", "Cdr", "Cpl", "Pvt",
      "Hon", "Fr", "Det", "Insp", "Supt", "Amb",
      // Malaysian police's Commissioner ("Comm Datuk Rosli Hamzah"), a US
      // state police officer ("Trooper Ashley Vandermark"), and a Hawaiian
      // teacher of a tradition ("Kumu Hoku Alapa'i-Kamakea").
      "Comm", "Trooper", "Kumu", "Atty", "Sir", "Dame", "Lord",
      "Lady", "Baroness", "President", "Vice", "Prime", "Minister", "Premier",
      "Chancellor", "Secretary", "Senator", "Governor", "Representative",
      "Congressman", "Congresswoman", "Mayor", "Judge", "Justice",
      "Professor", "Doctor", "General", "Admiral", "Colonel", "Captain",
      "Sergeant", "Lieutenant", "Commissioner", "Ambassador", "Chairman",
      "Chairwoman", "Chair", "Chief", "Executive", "CEO", "CFO", "COO", "CTO",
      "Director", "Founder", "Spokesman", "Spokeswoman", "Spokesperson",
      "King", "Queen", "Prince", "Princess", "Pope", "Father", "Rabbi",
      "Imam", "Sheikh", "Detective", "Officer", "Coach", "Deputy",
      "Assistant", "Attorney", "Speaker", "Superintendent", "Inspector",
      "Bishop", "Archbishop", "Cardinal", "Canon", "Vicar", "Deacon",
      "Emperor", "Chairperson", "Chairlady", "Commander", "Marshal", "Private",
      "Corporal", "Dean", "Provost", "Rector",
      "Auditor", "Comptroller", "Treasurer", "Sheriff", "Constable",
      "Councillor", "Councilman", "Councilwoman", "Alderman", "Delegate",
      "MP", "Pres", "Foreign", "Finance", "Defence", "Defense", "Interior",
      "Health", "Trade", "Economy", "Home", "Education", "Energy", "Former",
      "Acting", "Interim", "Rival", "Presenter", "Cllr", "Councilor",
      "Councillor", "Co-author", "Author", "Host", "Anchor", "Manager",
      "Striker", "Midfielder", "Defender", "Goalkeeper", "Forward",
      // Sumo ranks, written before the wrestler's name.
      "Yokozuna", "Ozeki", "Sekiwake", "Komusubi", "Maegashira",
      "Administrator", "Envoy", "Lawmaker", "Legislator", "Regulator",
      "Supervisor", "Principal", "Sophomore", "Freshman", "Trustee",
      "Assemblyman", "Assemblywoman", "Assemblymember", "Registrar",
      "Magistrate", "Pastor", "Reverend", "Chef", "Councilmember",
      "Selectman", "Warden", "Madam", "Madame", "Mme", "Mdm", "TD", "MEP",
      "MSP", "MLA", "MPP", "MCA", "Datuk", "Dato", "Seri", "Shri", "Smt", "DPP",
      "Taoiseach", "Tánaiste", "Aunty", "Auntie", "Cr", "Coun", "Cllr.",
      "PC", "PCSO", "DC", "DS", "DI", "DCI", "DSI", "DCS", "Capitaine",
      "Commandant", "CP", "DCP", "ACP", "DSP", "SP", "IGP", "DGP", "SHO",
      // Police ranks of Pakistan, India and East Africa ("SSP Kamran Ali
      // Shah", "DIG Syed Asad Raza Naqvi", "ASP Denis Opio").
      "SSP", "DIG", "ASP", "AIG",
      // Honorifics of Nigerian, Malaysian and South African papers.
      "Alhaji", "Alhaja", "Haji", "Hajjah", "Hajah", "Datin", "Puan",
      "Encik", "Mallam", "Malam", "Ustaz", "Engr", "Adv", "Advocate",
      "Barrister", "Hajiya", "Hajia", "Hadj", "Hadji", "Elhadj", "Elhadji",
      // Brunei's for a woman and a man ("Dayang Nurul Hazwani binti Haji
      // Abdul Latif", "Awang Muhammad Aqil bin Abdullah").
      "Dayang", "Awang",
      // Java's for a Muslim scholar ("Kiai Haji Zainal Muttaqin").
      "Kiai", "Kyai",
      // Malta's for an architect ("Perit Karl Spiteri Debono").
      "Perit",
      // Brazil's and Portugal's for a woman ("Dona Ivonete da Conceição"),
      // and Spain's and Latin America's ("Doña Encarnación Ruiz").
      "Dona", "Doña",
      // Brazil's for an Indigenous people's chief ("Cacique Raoni
      // Metuktire").
      "Cacique",
      // A Cambodian tycoon so styled ("Oknha Meas Vuthy"), and a Buddhist
      // monk ("Ven. Kotapitiye Sudhamma Thera").
      "Oknha", "Ven",
      // Belgium's and Germany's heads of a regional government ("Brussels
      // Minister-President Sophie d'Ursel"), and an Indonesian regency's
      // head ("Rejang Hulu Regent Bambang Sulistyo").
      "Minister-President", "Regent",
      // A trade unionist so called in Nigerian papers ("Comrade Emeka
      // Okafor").
      "Comrade",
      // Elders so called before the name ("Gogo Thembisile Ngubane",
      // "Kuia Mere Tawhiri").
      "Gogo", "Mkhulu", "Kuia", "Koro",
      // Traditional leaders so styled ("Kgosi Mothibi Segokgo", "Bulama Ali
      // Modu", "Ratu Josefa Vula", "Kaumātua Hone Rewi").
      "Kgosi", "Bulama", "Ratu", "Kaumātua", "Kaumatua",
      // Ethiopian, Swahili and Sri Lankan honorifics ("Ato Yonas Tadesse",
      // "Weyzero Almaz Bekele", "Mzee Fred Kasangaki", "Deshabandu Ranjith
      // Senanayake"), and the Dáil's chair ("Ceann Comhairle Seán Ó
      // Fearghaíl").
      "Ato", "Weyzero", "Woizero", "Mzee", "Deshabandu", "Ceann", "Comhairle",
      // The chair of an Irish council ("The Cathaoirleach of the Bray
      // Municipal District, Cllr Dermot Lawless") and a Secwepemc chief
      // ("Kukpi7 Loretta Harry").
      "Cathaoirleach", "Kukpi7",
      // Clergy and honorifics of Ethiopian, Arab, Kurdish, Indonesian and
      // Thai papers ("Memhir Haile Mariam Abebe", "Hagg Mahmoud Refaat",
      // "Hagga Soad Ibrahim", "Kak Aras Omer", "KH Abdul Mughni", "Khun
      // Somchai"; not "Pak", "Bu" or "Sri", which are also names).
      "Qes", "Memhir", "Abuna", "Hagg", "Hagga", "Hajja", "Hajji", "Kak",
      "KH", "Kyai", "Khun", "Maulana", "Mawlawi", "Maulvi", "Mufti",
      "Ayatollah",
      // A first-season player ("Rookie Jaylen Kittredge").
      "Rookie",
      // Graduates and engineers so styled in Latin America ("Lic. Itzel
      // Carranza Olvera", "Ing. Raúl Medina"); members of an academy.
      // (Not "Eng", a Chinese given name.)
      "Lic", "Ing", "Academician",
      // A First Nations or church elder ("Elder Jeremiah Fiddler Sr.",
      // "Reverend Elder Fa'alogo"; "Elder Voice NI", a charity, is kept by
      // StripName).
      "Elder",
      // Māori and Samoan honorifics ("Tā Hemi Te Whiu", a knight; "Whaea
      // Rangi Kereama"; "Afioga Seiuli Mikaele Petaia").
      "Tā", "Whaea", "Matua", "Afioga", "Susuga",
      // Elders so called across the Pacific and Africa ("Mama Elsie
      // Kalmet", "Papa Tere Marsters"), a Sotho chieftainess and chief
      // ("Kgoshigadi Mmaphuti Sekwati"), and a Canadian rural
      // municipality's head ("Reeve Colleen Baptiste-Lavallée").
      "Mama", "Papa", "Kgoshigadi", "Kgoshi", "Inkosi", "Reeve",
      // A player brought on ("Substitute Seán Ryan").
      "Substitute",
      // People known for what they post ("Tech YouTuber Priya Jagannathan").
      "YouTuber", "Influencer", "Blogger", "Podcaster", "Streamer",
      "TikToker",
      // "Associate Professor Ong Chee Meng", "Emeritus Professor X".
      "Associate", "Adjunct", "Emeritus",
      // Coroners, constables and aldermen ("Coroner Sarah Ngata", "Const.
      // Dana Sorensen", "Cst. Rachel Lee" of the RCMP, "Ald. Ray Okafor").
      "Coroner", "Const", "Cst", "Ald",
      // Indonesian police ranks ("Kompol I Ketut Wiradana", "AKP Ni Putu
      // Sriyani") and a sportsman's standing ("Olympian Farhat Cheema").
      "Kompol", "AKP", "AKBP", "Kombes", "Iptu", "Ipda", "Aiptu", "Brigjen",
      "Irjen", "Olympian",
      // Honorifics of Ethiopia ("Weizero Meseret Alemu"), Greece ("Kyria
      // Despina"), Malaysia ("Datuk Wira") and an Indian village head
      // ("Sarpanch Mariano D'Souza").
      "Weizero", "Kyria", "Kyrios", "Wira", "Sarpanch",
      // An Ewe chief ("Togbe Kwasi Dzamesi III") and an ambassador ("His
      // Excellency Lin Wei-chen").
      "Togbe", "Excellency",
      // Councillors, several at once ("Crs Gareth Pennefather, Lyn Okafor
      // and Sam Thurlow").
      "Crs", "Cllrs",
      // Ranks the list above lacked ("Brigadier Juma Salem Al Mazrouei").
      "Brigadier", "Commodore", "Lieutenant-Colonel", "Additional",
      "Coordinator", "Co-ordinator", "Rapporteur", "Undersecretary", "GP",
      "Under-Secretary",
      "Advocate-General", "Attorney-General", "Solicitor-General", "Solicitor",
      "Inspector-General", "Surgeon-General", "Officer-in-Charge",
      "Lieutenant-General", "Major-General", "Brigadier-General",
      // An Irish police rank ("Det Gda Shane Lalor"; not "Garda", which
      // opens "An Garda Síochána").
      "Gda",
      // Members of the Knesset and of Pakistani and Indian assemblies
      // ("Opposition MK Yael Ben-Shimon", "PTI MPA Faheem Ahmed Jatoi"; not
      // "Eng", which is also a Chinese given name: "Koh Eng Chuan").
      "MK", "MNA", "MPA", "MLC",
      // An engineer so styled in Hong Kong and Malaysia ("Ir Dominic Yeung
      // Ka-lok"), a Malaysian member of a legislature ("YB Datuk Lawrence
      // Entalang"), an Iban longhouse's headman ("Tuai Rumah Jelani anak
      // Luta") and a Guyanese village's leader ("Toshao Marlon Andrews").
      "Ir", "YB", "Tuai", "Rumah", "Toshao",
      // An Akan elder ("Opanin Kofi Mensah"), a Zimbabwean party comrade
      // ("Cde Farai Mutandiro") and an Ethiopian priest ("Kesis Haile
      // Mariam Abebe"). (Not "Hajj", which is also inside Lebanese
      // surnames: "Hussein Ali Hajj Hassan".)
      "Opanin", "Cde", "Kesis",
      // Bhutan's local government heads and their deputies and members,
      // and its honorific ("Gup Kinzang Dorji", "Mangmi X", "Tshogpa
      // Phuntsho Wangmo", "Dasho X"); "Alhaj", as "Alhaji" in Bangladesh.
      "Gup", "Mangmi", "Tshogpa", "Dasho", "Alhaj",
      // A lawyer so styled in the Caribbean ("Attorney-at-law Sasha
      // Goolsarran").
      "Attorney-at-law", "Attorney-at-Law",
      // "Alderwoman Tricia Bledsoe", "Honourable Mpho Kgathi-Sello", and
      // Setswana's for a woman and a man ("Mma Keitumetse Ramotswa", "Rra
      // Kabelo Moeng").
      "Alderwoman", "Alderperson", "Honourable", "Honorable", "Mma", "Rra",
      // Sesotho's for a man ("Ntate Lebohang Molapo"); a vice-minister
      // ("Vice-minister of Economy Ramón Villalba"); a Kenyan county's
      // executive committee member ("Finance CEC Wycliffe Abuya").
      "Ntate", "Vice-minister", "Vice-Minister", "Deputy-Minister", "CEC"};
  return *s;
}
// clang-format on

}  // namespace

bool MayBeCue(char first, char last) {
  first = (first >= 'A' && first <= 'Z') ? first + 32 : first;
  last = (last >= 'A' && last <= 'Z') ? last + 32 : last;
  if (first < 'a' || first > 'z' || last < 'a' || last > 'z') return false;
  return (GetLexicon().last_by_first[first - 'a'] >> (last - 'a')) & 1u;
}

bool MayBeCue(char first, char last, size_t length) {
  first = (first >= 'A' && first <= 'Z') ? first + 32 : first;
  last = (last >= 'A' && last <= 'Z') ? last + 32 : last;
  if (first < 'a' || first > 'z' || last < 'a' || last > 'z' || length >= 32) {
    return false;
  }
  return (GetLexicon().lengths[first - 'a'][last - 'a'] >> length) & 1u;
}

const uint32_t (*CueLengths())[26] { return GetLexicon().lengths; }

const uint32_t (*CueSecondLengths())[27] { return GetLexicon().second_lengths; }

const CueWord* FindCue(std::string_view lower) {
  if (lower.size() < 3 || lower.size() >= 32 ||
      !MayBeCue(lower.front(), lower.back())) {
    return nullptr;
  }
  char f = lower.front();
  if (f < 'a' || f > 'z' ||
      !((GetLexicon().length_by_first[f - 'a'] >> lower.size()) & 1u)) {
    return nullptr;
  }
  const auto& cues = GetLexicon().cues;
  auto it = cues.find(absl::string_view(lower.data(), lower.size()));
  return it == cues.end() ? nullptr : &it->second;
}

int NumCueLemmas() { return GetLexicon().lemmas; }

bool IsTitle(std::string_view word) {
  if (Titles().count(word) > 0) return true;
  // "Judge-Executive", "Deputy-Mayor": two titles joined by a hyphen.
  const size_t hy = word.find('-');
  return hy != std::string_view::npos && hy > 1 && hy + 2 < word.size() &&
         word[hy + 1] >= 'A' && word[hy + 1] <= 'Z' &&
         Titles().count(word.substr(0, hy)) > 0 &&
         Titles().count(word.substr(hy + 1)) > 0;
}

bool IsHonorificBeforeGivenName(std::string_view word) {
  return word == "Skip" || word == "Make" || word == "Babe" || word == "Meme" ||
         word == "Ato" ||
         // Kurdish, "uncle" ("Mam Hussein Qadir").
         word == "Mam";
}

char TitleGender(std::string_view word) {
  if (word == "Mr" || word == "Sir" || word == "Lord" || word == "King" ||
      word == "Prince" || word == "Father" || word == "Congressman" ||
      word == "Chairman" || word == "Spokesman" || word == "Councilman" ||
      word == "Shri" || word == "Kyrios") {
    return 'm';
  }
  if (word == "Mrs" || word == "Ms" || word == "Miss" || word == "Dame" ||
      word == "Lady" || word == "Baroness" || word == "Queen" ||
      word == "Princess" || word == "Congresswoman" || word == "Chairwoman" ||
      word == "Chairlady" || word == "Spokeswoman" || word == "Councilwoman" ||
      word == "Madam" || word == "Madame" || word == "Mme" || word == "Mdm" ||
      word == "Smt" || word == "Weizero" || word == "Kyria") {
    return 'f';
  }
  return 0;
}

bool IsAbbreviation(std::string_view word) {
  // clang-format off
  static const WordSet* s = new WordSet{
      "Mr", "Mrs", "Ms", "Mx", "Messrs", "Dr", "Prof", "Sen", "Gov", "Rep",
      "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Rev", "Hon",
      "Fr", "Det", "Insp", "Supt", "Amb", "Atty", "St", "Jr", "Sr", "Inc",
      "Co", "Corp", "Ltd", "Bros", "No", "vs", "Mt", "Ft", "Pres", "Sens",
      "Reps", "Gens", "Coun", "Const", "Cst", "Ald", "Brig", "Cdr", "Cpl",
      "Pvt", "Lic", "Ing", "Rt",
      // Advocates in Israeli and South African copy, engineers in Nigerian
      // and Gulf copy ("Adv. Itamar Golan", "Engr. Musa Bello", "Eng. Hamad
      // bin Saif al Rawahi").
      "Adv", "Engr", "Eng",
      // Months as agencies abbreviate them before a day ("for Oct. 20,
      // saying"), and street words.
      "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ave", "Blvd"};
  // clang-format on
  return s->count(word) > 0;
}

namespace {

// The words of IsOrgSuffix (and of IsNonPersonWord, which holds them).
// clang-format off
constexpr std::string_view kOrgSuffixWords[] = {
      "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Limited",
      "LLC", "Plc",
      "PLC", "plc", "AG", "SA", "NV", "GmbH", "Group", "Holdings", "University",
      "College", "Institute", "Bank", "Ministry", "Administration", "Agency",
      "Commission", "Committee", "Council", "Department", "Association",
      "Foundation", "Authority", "Organisation", "Organization", "Party",
      "Court", "Tribunal", "Company", "Corporation", "Centre", "Center", "Fund",
      "Board",
      "Bureau", "Office", "Service", "Services", "Times", "Post", "Journal",
      "News", "Network", "Airlines", "Airways", "Motors", "Technologies",
      "Technology", "Systems", "System", "Partners", "Capital", "Federation", "Union",
      "Society", "Club", "Assembly", "Parliament", "Congress", "Senate",
      "Police", "Constabulary", "Army", "Navy", "Force", "Forces", "Community", "Industries",
      "Industry", "Labs",
      // AI companies so named ("Meridian AI").
      "AI",
      "Laboratories", "Pharmaceuticals", "Energy", "Media", "Press",
      "Reuters", "Securities", "Investments", "Trust", "Exchange", "Institution",
      "Alliance", "Coalition", "Forum", "Cabinet", "Government", "School",
      "Hospital", "Museum", "Studios", "Records", "Publishing", "Bancorp",
      "Insurance", "Consulting", "Research", "Analytics", "Solutions",
      "Ventures", "Management", "Advisers", "Advisors", "Associates",
      "International", "Commerce", "Chamber", "Reserve", "Treasury", "ASA",
      "AB", "Oyj", "SpA", "BV", "SE", "KK", "Bhd", "Tbk", "LP", "LLP",
      "Ltda", "SAS", "Pty", "Ministry", "Directorate", "Secretariat",
      "Pentagon", "Kremlin", "Nations", "Ministries", "FC", "AFC", "CF",
      // Clubs of Spain, Portugal, Italy and the Balkans ("CD Valmonte",
      // "FK Partizan"; not "SC", Senior Counsel after a name).
      "CD", "FK", "NK", "SK", "UD", "RCD", "SD",
      "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "District",
      "Hotspur", "Review", "Conference", "Centers", "Centres", "Municipality",
      "Brotherhood", "Guild", "Confederation", "Academy", "Railroad",
      "Railway", "Railways", "Mission", "Guard", "Coastguard", "Observatory",
      "Cooperative", "Co-operative", "Co-op", "Cooperatives",
      // Family firms and carriers ("Pennock & Sons", "Far North
      // Coachlines", "Hanul Chemical").
      "Sons", "Bros", "Chemical", "Petrochemical", "Petrochemicals",
      "Coachlines", "Buslines", "Lines",
      // Places that speak through statements ("Manchester Airport said").
      "Airport", "Zoo", "Library", "Gallery",
      // Missions abroad ("the Embassy of Japan said").
      "Embassy", "Consulate",
      // ("Kiskinaw Lake First Nation", "Navajo Nation")
      "Nation",
      // What businesses are named for ("Meridian Petroleum").
      "Petroleum", "Oil", "Mining", "Minerals", "Metals", "Chemicals",
      "Logistics", "Freight", "Shipping", "Semiconductor", "Semiconductors",
      "Electronics", "Software", "Therapeutics", "Biotech", "Pharma",
      "Communications", "Telecom", "Entertainment", "Brands", "Foods",
      "Resources", "Equipment", "Motor", "Automotive", "Aerospace",
      "REIT", "Realty", "Properties", "Utilities", "Transit", "Awards",
      // ("Larchmont Homes", "Prairie Gold Egg Farms", "Brisa Robotics")
      "Homes", "Farms", "Robotics", "Brewing", "Brewery",
      // ("Arlen Dairies", "Tregaron Creamery", "Glenhaven Meats")
      "Dairies", "Dairy", "Creamery", "Creameries", "Breweries", "Distillery",
      "Distillers", "Bakery", "Bakeries", "Meats", "Packers",
      // ("Trinetra Diagnostics", "Harbour Healthcare", "Aroha Biosciences")
      "Diagnostics", "Healthcare", "Biosciences", "Networks",
      // ("Halvorsen Bio", "Tessera Genomics")
      "Bio", "Genomics", "Biologics",
      // ("SunWays Holidays", "Harbour Travel", "Glenmore Tours")
      "Holidays", "Travel", "Tours",
      // Miners named for their metal ("Karrabin Lithium", "Redstone Iron").
      "Lithium", "Nickel", "Copper", "Uranium", "Coal", "Iron", "Steel",
      // ("Meridian Gaming", "Harbour Hotels")
      "Gaming", "Casinos", "Resorts", "Hotels",
      // Religious bodies ("Archdiocese of Utrecht", "Free Church Synod").
      "Diocese", "Archdiocese", "Synod", "Presbytery", "Church", "Mosque",
      // Institutions of the arts ("Harbor Street Theatre", "Millbrook
      // Public Library").
      "Theatre", "Theater", "Library", "Gallery", "Orchestra", "Opera",
      "Ballet", "Philharmonic", "Zoo", "Choir",
      // Leagues of sport and of politics ("Korea Professional Football
      // League", "Awami League").
      "League"};

// The same words in other languages ("Banco de la República"), which open
// a body's name rather than close it.
constexpr std::string_view kOrgOpeningWords[] = {
      "Banco", "Banque", "Banca", "Ministerio", "Ministère", "Ministerium",
      "Universidad", "Université", "Universität", "Universidade", "Instituto",
      "Institut", "Partido", "Parti", "Partei", "Gobierno", "Governo",
      "Asociación", "Fundación", "Fundação", "Grupo", "Groupe", "Société",
      "Compañía", "Companhia", "Clube", "Associação", "Federação",
      "Federación", "Confederação", "Confederación", "Sindicato",
      // Firms of Latin America and Iberia ("Minera Cordillera Sur").
      "Minera", "Mineração", "Empresa", "Empresas", "Corporación",
      "Corporação", "Industrias", "Constructora", "Construtora", "Petróleos",
      "Inversiones", "Compagnie"};
// clang-format on

}  // namespace

bool IsOrgSuffix(std::string_view word) {
  static const WordSet* s = [] {
    std::vector<std::string> all(std::begin(kOrgSuffixWords),
                                 std::end(kOrgSuffixWords));
    all.insert(all.end(), std::begin(kOrgOpeningWords),
               std::end(kOrgOpeningWords));
    return new WordSet(all);
  }();
  return s->count(word) > 0;
}

bool IsOrgOpening(std::string_view word) {
  for (std::string_view w : kOrgOpeningWords) {
    if (w == word) return true;
  }
  return false;
}

// A minister's portfolio ("Transport", "Mines"), after "Minister for/of".
bool IsLocalAuthorityWord(std::string_view w) {
  return w == "City" || w == "Town" || w == "County" || w == "Borough" ||
         w == "Village" || w == "Township";
}

bool IsPortfolio(std::string_view w) {
  // (A WordSet, not a walk over the list: it is asked of most capitalised
  // words before a name.)
  static const WordSet* s = new WordSet{
      "Transport", "Housing", "Agriculture", "Environment", "Tourism",
      "Employment", "Enterprise", "Communications", "Infrastructure", "Mines",
      "Fisheries", "Immigration", "Welfare", "Planning", "Health", "Finance",
      "Energy", "Justice", "Education", "Defence", "Defense", "Foreign",
      "Affairs", "Trade", "Industry", "Culture", "Sport", "Labour", "Labor",
      "Interior", "Economy", "Home", "Water", "Power", "Science", "Technology",
      "Commerce", "Security", "Development", "Works", "Construction",
      // "Leader of the Opposition", "Leader of the House", "Chief of Staff"
      "Opposition", "House", "Staff", "Sports", "Arts", "Heritage", "Youth",
      "Digital", "Rural",
      // Indian, African and Asian cabinets ("Minister for Municipal
      // Administration K.R. Ilangovan").
      "Municipal", "Administration", "Urban", "Revenue", "Information",
      "Broadcasting", "Petroleum", "Highways", "Railways", "Aviation",
      "Shipping", "Irrigation", "Forests", "Textiles", "Parliamentary",
      "Cooperatives",
      // "Secretary of State", "Minister of State"; "Humanitarian
      // Coordinator"'s and envoys' portfolios.
      "State", "Humanitarian", "Legal",
      // "Minister for Children Ruairí Delaney", "Minister for Equality".
      // (Not words that also stand inside a two-word portfolio, such as
      // "Social" of "Health and Social Care": the lists below end there.)
      "Children", "Equality", "Disability", "Integration", "Climate", "Reform",
      "Logistics", "Expenditure", "Skills", "Policing", "Pensions",
      "Communities", "Marine", "Media", "Veterans", "Women", "Family",
      // ("Work and Pensions Secretary".)
      "Work", "Families",
      // ("Minister for Water Resources Durai Anbalagan", "Natural
      // Resources", "Lands and Forestry")
      "Resources", "Lands", "Forestry",
      // ("Senior Minister of State for Manpower Kwek Li Ping")
      "Manpower",
      // ("Agriculture Undersecretary for Operations Teresita Manalo-Cruz")
      "Operations", "Disabilities",
      // ("Minister of Supply Hisham Farouk", "Environment, Urbanization
      // and Climate Change")
      "Supply", "Urbanization", "Urbanisation", "Change",
      // ("Minister of State for Social Justice and Empowerment")
      "Empowerment",
      // ("Minister for Physical Infrastructure and Transport", "Physical
      // Planning")
      "Physical",
      // ("Oceans and Fisheries Minister", "Minister of Investment, Trade
      // and Industry", "Indigenous Affairs")
      "Oceans", "Investment", "Indigenous",
      // ("Sports and Recreation Minister", "Minister for Local Government
      // and Lands")
      "Recreation", "Local", "Government",
      // ("Minister of Labour and Public Service", "Public Works")
      "Public", "Service",
      // (A legislature's tax committee: "Senate Ways and Means Chair
      // Lorraine Petersen".)
      "Ways", "Means",
      // ("Deputy Mayor for Urban Mobility Eleni Markaki", "Cabinet Member
      // for Regeneration".)
      "Mobility", "Regeneration", "Sustainability", "Inclusion", "Wellbeing",
      // (Education's divisions: "Secondary and Higher Education Division
      // Secretary Rehana Parvin", "Primary and Mass Education".)
      "Secondary", "Higher", "Primary", "Mass"};
  return s->count(w) > 0;
}

bool IsRankAdjective(std::string_view lower) {
  static const WordSet* s = new WordSet{
      "senior",   "former",  "top",       "local",        "regional",
      "retired",  "veteran", "leading",   "longtime",     "long-time",
      "junior",   "young",   "prominent", "high-ranking", "outgoing",
      "incoming", "serving", "current",   "ex",           "rank-and-file"};
  return s->count(lower) > 0;
}

bool IsPlaceAdjective(std::string_view lower) {
  static constexpr std::string_view kPlaces[] = {
      "west",    "east",     "north",    "south",   "central",  "inner",
      "rural",   "suburban", "marginal", "coastal", "northern", "southern",
      "eastern", "western",  "upstate",  "downtown"};
  for (std::string_view p : kPlaces) {
    if (lower == p) return true;
  }
  return false;
}

bool IsIrregularPast(std::string_view w) {
  static constexpr std::string_view kPast[] = {
      "drove",   "went",  "came",  "took",  "ran",    "left",    "sat",
      "stood",   "made",  "gave",  "got",   "held",   "kept",    "began",
      "wrote",   "spoke", "saw",   "found", "became", "brought", "won",
      "lost",    "led",   "paid",  "sold",  "built",  "met",     "knew",
      "thought", "felt",  "heard", "said",  "told",   "grew",    "fought"};
  for (std::string_view p : kPast) {
    if (w == p) return true;
  }
  return false;
}

bool IsSmallNumber(std::string_view lower) {
  static constexpr std::string_view kNumbers[] = {
      "one",   "two",   "three", "four", "five",   "six",
      "seven", "eight", "nine",  "ten",  "eleven", "twelve"};
  for (std::string_view n : kNumbers) {
    if (lower == n) return true;
  }
  return !lower.empty() && lower.size() <= 3 &&
         std::all_of(lower.begin(), lower.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

bool IsKinNoun(std::string_view lower) {
  static constexpr std::string_view kKin[] = {
      "brother", "sister", "son",    "daughter", "wife",   "husband",
      "twin",    "father", "mother", "widow",    "widower"};
  for (std::string_view k : kKin) {
    if (lower == k) return true;
  }
  return false;
}

char KinSex(std::string_view lower) {
  if (lower == "sister" || lower == "daughter" || lower == "wife" ||
      lower == "mother" || lower == "widow") {
    return 'f';
  }
  if (lower == "brother" || lower == "son" || lower == "husband" ||
      lower == "father" || lower == "widower") {
    return 'm';
  }
  return 0;
}

bool IsCompanyForm(std::string_view w) {
  static constexpr std::string_view kForms[] = {
      "Inc", "Inc.", "Corp",    "Corp.",      "Co",    "Co.",
      "Ltd", "Ltd.", "LLC",     "Plc",        "PLC",   "plc",
      "AG",  "SA",   "NV",      "GmbH",       "Group", "Holdings",
      "Pty", "LLP",  "Limited", "Corporation"};
  for (std::string_view f : kForms) {
    if (w == f) return true;
  }
  return false;
}

namespace {

// One-word English names of countries ("Namibia", "Kenya"), from ICU's
// locale data, but not those that are also people's first names
// ("Georgia", "Jordan", "Chad"): many end in -a, which guesses a woman.
std::vector<std::string> CountryNames() {
  std::vector<std::string> list;
  for (const char* const* code = icu::Locale::getISOCountries();
       *code != nullptr; ++code) {
    icu::UnicodeString display;
    icu::Locale("", *code).getDisplayCountry(icu::Locale::getEnglish(),
                                             display);
    std::string name;
    display.toUTF8String(name);
    if (name.empty() || name.find(' ') != std::string::npos ||
        name == "Jordan" || name == "Chad" || KnownFirstName(name)) {
      continue;
    }
    list.push_back(std::move(name));
  }
  return list;
}

}  // namespace

bool IsNonPersonWord(std::string_view word) {
  // One set of the words below, IsOrgSuffix's and the countries' names
  // (speed: three sets were three look-ups; ExtractQuotes ran 0.44% fewer
  // instructions).
  // clang-format off
  static constexpr std::string_view kWords[] = {
      "Law", "Act", "Bill", "Street", "Road", "Avenue", "River", "Mountain",
      "Mountains", "Province", "State", "States", "City", "County", "Island",
      "Islands", "Sea", "Ocean", "Valley", "Square",
      "Airport", "Station", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
      "June", "July", "August", "September", "October", "November",
      "December", "War", "Olympics", "Games", "Cup", "Year", "Week",
      "Republic", "Kingdom", "Union", "Empire", "Region", "District",
      "Protection", "Security", "Information", "Data", "Economic",
      "Communist", "Democratic", "Republican", "Chinese", "American",
      "British", "European", "Russian", "Indian", "Japanese", "German",
      "French", "Irish", "Scottish", "Welsh", "English", "Dutch", "US", "UK",
      "EU", "UN", "China", "America", "Europe",
      "Russia", "India", "Japan", "Germany", "France", "Britain", "Africa",
      "Asia", "Model", "Pay", "Index", "Prize", "Award", "Festival",
      "Scholarship", "Fellowship", "Bursary", "Lecture",
      // Parts of place names ("Paloma Springs", "Port Calloway"), not
      // those that are often surnames (Park, Bay, Lake, Hill).
      "Springs", "Falls", "Heights", "Harbor", "Harbour", "Creek",
      "Township", "Canyon", "Port", "Fort", "Mount",
      // US states, which end many a two-word place ("South Texas"); not
      // those that are also people's names (Georgia, Virginia, Washington).
      "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado",
      "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois",
      "Iowa", "Kansas", "Kentucky", "Louisiana", "Maryland",
      "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
      "Nebraska", "Nevada", "Hampshire", "Mexico", "York", "Ohio",
      "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah",
      "Vermont", "Wisconsin", "Wyoming"};
  // clang-format on
  static const WordSet* const s = [] {
    std::vector<std::string> all(std::begin(kOrgSuffixWords),
                                 std::end(kOrgSuffixWords));
    all.insert(all.end(), std::begin(kOrgOpeningWords),
               std::end(kOrgOpeningWords));
    all.insert(all.end(), std::begin(kWords), std::end(kWords));
    for (std::string& name : CountryNames()) all.push_back(std::move(name));
    return new WordSet(all);
  }();
  return s->count(word) > 0;
}

bool IsOrgNoun(std::string_view lower) {
  // clang-format off
  static const WordSet* s = new WordSet{
      "company", "firm", "group", "bank", "corporation", "carmaker",
      "automaker", "retailer", "startup", "start-up", "airline", "insurer",
      "lender", "conglomerate", "manufacturer", "business", "giant",
      "chipmaker", "developer", "publisher", "operator", "provider",
      "drugmaker", "biotech", "pharma", "steelmaker",
      "broadcaster", "newspaper", "agency", "ministry", "department",
      "regulator", "watchdog", "inspectorate", "military", "system", "palace",
      "body", "lobby", "bench",
      "university", "organisation",
      "organization",
      "club", "team", "party", "brand", "platform", "network", "charity",
      "institute", "council", "commission", "committee", "court", "union",
      "exchange", "fund", "bureau", "embassy", "government", "administration",
      "maker", "producer", "supplier", "chain", "operator", "app",
      "distributor", "exporter", "importer", "miner", "utility", "outlet",
      "authority", "college", "school", "hospital", "foundation",
      "association", "federation", "confederation", "chamber", "guild",
      "society", "trust", "board", "league",
      "alliance", "coalition", "museum", "theatre", "theater", "center",
      "centre", "office", "service", "district", "studio", "label",
      "regulator", "band", "orchestra", "ensemble", "brokerage", "journal",
      "magazine", "railroad", "railway", "carrier", "lab", "laboratory",
      "presidency", "secretariat", "cabinet", "embassy", "consulate",
      "delegation", "mission", "force", "police", "constabulary", "army",
      "navy", "municipality", "tribunal", "inquiry", "panel", "consortium",
      "cooperative", "co-op", "hospice", "parish", "diocese", "church",
      "mosque", "temple", "movement", "collective",
      "senate", "legislature", "parliament", "assembly", "jury",
      "conference",
      // ("the airport said in a statement", "the zoo said")
      "airport", "port", "zoo", "library", "gallery", "festival", "hotel",
      "clinic", "prison", "station",
      // ("the Housing Ombudsman ... the ombudsman said")
      "ombudsman",
      // Trades' firms ("Arlen Dairies ... the processor said").
      "processor", "refiner", "refinery", "packer", "meatpacker", "shipper",
      "shipowner", "creamery", "dairy", "brewery", "distillery",
      "housebuilder", "homebuilder", "wholesaler", "supermarket", "grocer",
      "bottler", "smelter", "telco", "fintech"};
  // clang-format on
  return s->count(lower) > 0;
}

bool IsRoleNoun(std::string_view lower) {
  // clang-format off
  static const WordSet* s = new WordSet{
      "mp", "mep", "msp", "mla", "mpp", "mlc", "mha", "mhr", "td", "mec",
      // A Kenyan county assembly's member ("Biashara Ward MCA Joseph
      // Njuguna ... the MCA said").
      "mca",
      "leader", "president", "premier", "chancellor", "minister", "secretary",
      "senator", "governor", "mayor", "executive", "chief", "boss",
      "chairman", "chairwoman", "founder", "co-founder", "cofounder",
      "billionaire",
      // Those who form a Belgian or Dutch government, and a national
      // mediator in labour disputes ("Formateur X", "National Conciliator
      // X").
      "formateur", "informateur", "conciliator",
      "tycoon", "entrepreneur", "businessman", "businesswoman", "star",
      "actor", "actress", "singer", "player", "coach", "manager",
      "spokesman", "spokeswoman", "spokesperson", "official", "professor",
      "scientist", "researcher", "economist", "analyst", "author", "writer",
      "lawmaker", "legislator", "politician", "candidate", "judge", "lawyer",
      "prosecutor", "director", "general", "commander", "king", "queen",
      "prince", "princess", "pope", "strongman", "dictator", "monarch",
      "ruler", "diplomat", "ambassador", "envoy", "investor", "ceo",
      "chairperson", "president-elect", "incumbent", "challenger", "veteran",
      "woman", "man", "mother", "father", "activist", "campaigner", "expert",
      "doctor", "officer", "head", "commentator", "critic", "adviser",
      "advisor", "consultant", "banker", "trader", "owner", "host", "editor",
      "columnist", "reporter", "journalist", "historian", "novelist", "poet",
      "artist", "designer", "engineer", "teacher", "student", "worker",
      "resident", "farmer", "victim", "witness", "defendant", "plaintiff",
      // People of a criminal case ("the suspect told officers he "...""),
      "suspect", "complainant", "prisoner", "juror", "motorist",
      "attorney", "detective", "sheriff", "colonel", "captain", "sergeant",
      "bishop", "priest", "cardinal", "rabbi", "imam", "cleric", "monk",
      "nun", "striker", "midfielder", "defender", "goalkeeper", "pitcher",
      "quarterback", "striker", "athlete", "champion", "winner", "musician",
      "defenceman", "defenseman",
      "international", "forward", "winger", "batter", "bowler", "batsman",
      "postmaster", "postmistress", "publican", "landlady", "baker",
      "butcher", "grocer", "fisherman", "fisherwoman", "crofter", "rancher",
      "grazier", "vintner", "blacksmith", "halfback", "fullback", "full-back",
      // Words of people the endings miss ("A Chicago restaurateur", "One
      // Western Conference scout").
      "restaurateur", "entrepreneur", "chauffeur", "scout", "inmate",
      "cabbie", "monk", "coroner", "seamstress", "waitress", "hostess",
      "pundit",
      "stewardess",
      "heiress", "songstress", "headmistress", "duchess", "countess",
      "baroness",
      "five-eighth", "shortstop",
      "cornerback", "linebacker", "centre-back", "center-back", "wing-back",
      "wicketkeeper", "all-rounder", "right-hander", "left-hander",
      // ("Seamer Tom "Tank" Kereama", "Leg-spinner Suman Bohara", "Ghillie
      // Alasdair Grant", a river's fishing guide.)
      "seamer", "spinner", "leg-spinner", "off-spinner", "pacer", "paceman",
      "wicket-keeper", "debutant", "ghillie", "gillie",
      "director-general", "secretary-general", "vice-president", "person",
      "neighbour", "neighbor", "spokesperson", "representative", "member",
      "vice-minister", "deputy", "chair", "premier", "governor-general",
      "presenter", "co-author", "anchor", "sister", "brother", "son",
      "daughter", "wife", "husband", "uncle", "aunt", "cousin", "nephew",
      "niece", "grandson", "granddaughter", "grandmother", "grandfather",
      "partner", "widow", "widower", "friend", "colleague", "prosecutor",
      "councillor", "councilor", "chairwoman", "manager", "victim", "nurse",
      "surgeon", "chef", "pilot", "clerk", "guard", "midwife", "paramedic",
      "soldier", "pupil", "parent", "teenager", "mourner", "referee", "umpire",
      "linesman", "flanker", "scrum-half", "fly-half", "full-back",
      "magistrate", "chaplain", "registrar", "advocate", "counsel", "mum",
      "mom", "dad", "grandma", "grandpa",
      "delegate", "negotiator", "mediator", "insider", "aide", "staffer",
      "whip", "backbencher", "frontbencher", "peer", "minder", "handler",
      "undergraduate", "postgraduate", "intern", "trainee", "apprentice",
      "organiser", "organizer", "volunteer", "shopkeeper", "supporter",
      "protester", "protestor", "voter", "patient", "passenger", "driver",
      "survivor", "commuter", "customer", "tenant", "landlord", "homeowner",
      "shopper", "retiree", "pensioner", "strategist", "pollster",
      "inspector", "auditor", "accountant", "architect", "planner",
      "epidemiologist", "virologist", "physician", "psychologist",
      "astronomer", "physicist", "biologist", "chemist", "geologist",
      "meteorologist", "forecaster", "lecturer", "academic", "headteacher",
      "superintendent", "commissioner", "collector", "controller", "constable", "firefighter", "ranger",
      "trainer", "jockey", "skipper", "teammate", "cyclist", "golfer",
      "boxer", "filmmaker", "producer", "composer", "guitarist", "drummer",
      "rapper", "comedian", "playwright", "photographer", "biographer",
      "publisher", "curator", "librarian", "pastor", "vicar", "bystander",
      "eyewitness", "sibling", "spouse", "fiancé", "fiancée", "principal",
      "lady", "gentleman", "girl", "boy",
      // ("Goalie Liam Brassard", "Prop Tevita Fifita", "Accordionist Yeison
      // Maestre", "Qualifier Facundo Arregui")
      "goalie", "goaltender", "netminder", "prop", "qualifier", "rookie",
      "accordionist", "pianist", "violinist", "cellist", "bassist",
      "saxophonist", "vocalist", "fiddler",
      // ("Deckhand Kerensa Nicholls", "Heavyweight Aibek Nurmaganbetov")
      "deckhand", "heavyweight", "cruiserweight", "middleweight",
      "welterweight", "lightweight", "featherweight", "bantamweight",
      "flyweight"};
  // clang-format on
  if (s->count(lower) > 0) return true;
  // "the MP-elect", "the mayor-elect": one chosen for a role.
  return lower.size() > 6 && lower.ends_with("-elect") &&
         s->count(lower.substr(0, lower.size() - 6)) > 0;
}

bool IsPersonNoun(std::string_view lower) {
  if (IsRoleNoun(lower)) return true;
  std::string_view w = lower;
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.remove_suffix(1);  // plural
    if (IsRoleNoun(w)) return true;
  }
  // (One set, not a chain of comparisons: ExtractQuotes spent 3% of its
  // instructions in the chain.)
  static const WordSet* groups = new WordSet{
      "people", "men", "women", "sources", "source", "officials", "police",
      "staff", "residents", "experts", "someone", "others", "many", "some",
      "insiders", "children", "voters", "users", "customers", "fans", "friends",
      "family", "families", "relative", "relatives", "parents", "widow",
      "widower", "couple", "couples",
      // ("A senior figure at another Scottish university ... he said")
      "figure"};
  if (groups->count(lower) > 0) return true;
  // Short nouns of people the endings below miss, and -ee nouns of people
  // (not "committee", "fee", "guarantee").
  static const WordSet* others = new WordSet{
      "agent",   "aide",        "envoy",    "nurse",    "pilot",
      "actor",   "chef",        "guard",    "cop",      "poet",
      "host",    "rival",       "ally",     "fan",      "peer",
      "mp",      "judge",       "coach",    "boss",     "medic",
      "cook",    "maid",        "employee", "trainee",  "nominee",
      "retiree", "detainee",    "attendee", "refugee",  "appointee",
      "evacuee", "interviewee", "returnee", "licensee", "franchisee",
      "amputee", "escapee",     "absentee"};
  if ((w.size() <= 5 ||
       (w.size() > 5 && w.back() == 'e' && w[w.size() - 2] == 'e')) &&
      others->count(w) > 0) {
    return true;
  }
  static constexpr std::string_view kEndings[] = {
      "or",  "er",  "ist",  "ian",  "ant",  "ent",
      "ors", "ers", "ists", "ians", "ants", "ents"};
  if (w.size() < 5) return false;
  // (Every ending ends in r, t, n or s: most words stop here, before the
  // look-ups.)
  const char z = lower.back();
  const bool hyphen = w.size() > 7 && w.find('-') != std::string_view::npos;
  if (!hyphen && z != 'r' && z != 't' && z != 'n' && z != 's') return false;
  if (IsFunctionWord(lower) || IsAuxOrAdverb(lower)) return false;
  // "mum-of-three", "father-of-two".
  if (hyphen) {
    if (size_t of = lower.find("-of-"); of != std::string_view::npos &&
                                        of > 0 &&
                                        IsPersonNoun(lower.substr(0, of))) {
      return true;
    }
  }

  // clang-format off
  static const WordSet* things = new WordSet{
      "incident", "accident", "event", "percent", "content", "intent",
      "extent", "talent", "patent", "moment", "element", "comment",
      "water", "number", "paper", "order", "matter", "letter", "error",
      "river", "power", "summer", "winter", "center", "border", "sector",
      "factor", "mirror", "chapter", "character", "quarter", "corner",
      "shelter", "weather", "answer", "cancer", "computer", "container",
      "theater", "tower", "dinner", "finger", "danger", "disaster",
      "register", "chamber", "whether", "rather", "either", "neither",
      "together", "another", "however", "other", "after", "under", "later",
      "better", "further", "never", "over", "ever", "offer", "cluster",
      "major", "minor", "motor", "floor", "labor", "labour", "favour",
      "favor", "honor", "honour", "colour", "color", "behaviour",
      "behavior", "error", "mirror", "horror", "sector", "vector",
      "restaurant", "plant", "elephant", "covenant", "warrant",
      "instant", "distant", "important", "significant", "relevant",
      "different", "current", "recent", "silent", "present", "absent",
      "urgent", "consent", "descent", "segment"};
  // clang-format on
  for (std::string_view end : kEndings) {
    if (lower.size() > end.size() + 2 &&
        lower.substr(lower.size() - end.size()) == end) {
      // Common things that end like agent nouns ("incident",
      // "statement"); "management" and "government" are people acting
      // together.
      if (w.size() > 6 && w.substr(w.size() - 4) == "ment") {
        return w == "management" || w == "government";
      }
      return things->count(w) == 0;
    }
  }
  // Nouns of people in -man and -woman (a list: names end so too,
  // "Abdirahman", "Osman").
  static const WordSet* men =
      new WordSet{"fisherman",   "fishermen",   "businessman", "businesswoman",
                  "policeman",   "policewoman", "fireman",     "postman",
                  "milkman",     "craftsman",   "tradesman",   "sportsman",
                  "sportswoman", "boatman",     "ferryman",    "doorman",
                  "barman",      "cameraman",   "linesman",    "frontman",
                  "frontwoman",  "weatherman",  "handyman",    "foreman",
                  "layman",      "crewman",     "seaman",      "stockman",
                  "lineman",     "congressman", "horseman",    "horsewoman"};
  return men->count(lower) > 0;
}

bool TakesTarget(const CueWord& cue) {
  static const WordSet* s = new WordSet{
      "accuse",   "blame",     "praise",  "criticise", "criticize", "condemn",
      "denounce", "decry",     "slam",    "blast",     "welcome",   "reject",
      "question", "challenge", "dismiss", "hail",      "cite",      "urge",
      "exhort",   "remind",    "assure",  "inform",    "advise",    "tout"};
  return s->count(cue.lemma) > 0;
}

bool IsThingNoun(std::string_view lower) {
  static const WordSet* s = new WordSet{
      "album",     "song",       "single",      "record",  "mixtape",
      "film",      "movie",      "series",      "sitcom",  "soap",
      "drama",     "programme",  "program",     "podcast", "novel",
      "memoir",    "book",       "musical",     "feature", "app",
      "game",      "phone",      "vessel",      "ship",    "yacht",
      "racehorse", "restaurant", "documentary", "opera",   "ep"};
  return s->count(lower) > 0;
}

bool MaybeFirstName(std::string_view name) {
  return FirstNameGender(name) != 0 || RecordedFirstNameSex(name) != 0;
}

bool KnownFirstName(std::string_view name) {
  bool guessed = false;
  return (FirstNameGender(name, &guessed) != 0 && !guessed) ||
         RecordedFirstNameSex(name) != 0;
}

bool IsPlaceNoun(std::string_view lower) {
  static const WordSet* s = new WordSet{
      "district",   "districts",    "county",      "counties",    "province",
      "provinces",  "region",       "regions",     "state",       "states",
      "village",    "villages",     "town",        "towns",       "city",
      "cities",     "suburb",       "suburbs",     "township",    "townships",
      "valley",     "island",       "islands",     "peninsula",   "border",
      "borough",    "boroughs",     "division",    "taluk",       "tehsil",
      "prefecture", "municipality", "governorate", "constituency"};
  return s->count(lower) > 0;
}

bool IsNationality(std::string_view lower) {
  // clang-format off
  static const WordSet* s = new WordSet{
      "german", "italian", "french", "frenchman", "frenchwoman", "briton",
      "englishman", "englishwoman", "scot", "welshman", "irishman",
      "american", "canadian", "mexican", "brazilian", "argentine",
      "argentinian", "chilean", "colombian", "peruvian", "spaniard",
      "portuguese", "dutchman", "dutchwoman", "belgian", "swiss", "austrian",
      "dane", "swede", "norwegian", "finn", "pole", "czech", "slovak",
      "hungarian", "romanian", "bulgarian", "serb", "croat", "greek",
      "turk", "russian", "ukrainian", "chinese", "japanese", "korean",
      "vietnamese", "thai", "indian", "pakistani", "bangladeshi",
      "indonesian", "filipino", "australian", "nigerian", "ghanaian",
      "kenyan", "egyptian", "moroccan", "algerian", "senegalese",
      "cameroonian", "ivorian", "israeli", "iranian", "iraqi", "saudi",
      "uruguayan", "ecuadorian", "venezuelan", "croatian", "serbian",
      "slovenian", "georgian", "armenian", "icelander", "new zealander",
      "malaysian", "singaporean", "nepali", "nepalese", "afghan", "emirati",
      "qatari", "kuwaiti", "omani", "bahraini", "jordanian", "lebanese",
      "syrian", "palestinian", "yemeni", "sudanese", "ethiopian", "somali",
      "ugandan", "tanzanian", "rwandan", "zambian", "zimbabwean", "namibian",
      "malawian", "mozambican", "angolan", "congolese", "malian",
      "tunisian", "libyan", "cypriot", "maltese", "estonian", "latvian",
      "lithuanian",
      "belarusian", "moldovan", "kazakh", "uzbek", "mongolian", "taiwanese",
      "cambodian", "burmese", "bolivian", "paraguayan", "cuban", "haitian",
      "jamaican", "guatemalan", "honduran", "salvadoran", "panamanian",
      // (and the last words of "the South African", "the New Zealander",
      // "the Sri Lankan")
      "african", "zealander", "lankan", "scotsman", "scotswoman",
      "irishwoman", "welshwoman", "fijian", "samoan", "tongan",
      // adjectives whose people have a noun of their own ("the Danish
      // defender", "the Swedish forward")
      "danish", "swedish", "finnish", "polish", "dutch", "british",
      "spanish", "turkish", "scottish", "irish", "welsh", "english",
      "icelandic", "albanian", "bosnian", "kosovan", "macedonian",
      "montenegrin", "slovakian",
      // party members stand for a person the same way ("the Democrat")
      "republican", "democrat", "conservative", "tory", "liberal",
      "socialist", "centrist", "independent", "veteran", "incumbent"};
  // clang-format on
  return s->count(lower) > 0;
}

bool IsNameParticle(std::string_view word) {
  static const WordSet* s = new WordSet{
      "de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la",
      "le", "bin", "ibn", "al", "ter", "ten", "dos", "das", "do", "des", "y",
      "el", "zu", "af", "op", "van't", "ap", "abu", "bint", "ould", "ben",
      // Spanish plurals after "de": "Rafael de los Santos".
      "los", "las",
      // Malay: "Nurul Aina binti Kamarudin", in Singapore "Nur Aisyah
      // binte Kamal".
      "binti", "binte",
      // Filipino: "Maria Cristina dela Paz", "delos Santos".
      "dela", "delos",
      // Catalan: "Montserrat Puigvert i Roca".
      "i",
      // Iban, "child of": "Jelani anak Luta".
      "anak",
      // Kalenjin, "son of": "Kipkemoi arap Langat".
      "arap"};
  return s->count(word) > 0;
}

bool IsAuxiliary(std::string_view lower) {
  // clang-format off
  static const WordSet* s = new WordSet{
      "has", "have", "had", "having", "is", "are", "was", "were", "be",
      "been", "being", "will", "would", "can", "could", "may", "might",
      "shall", "should", "must", "do", "does", "did", "'s", "’s"};
  // clang-format on
  return s->count(lower) > 0;
}

bool IsAuxOrAdverb(std::string_view lower) {
  if (IsAuxiliary(lower)) return true;
  // clang-format off
  static const WordSet* s = new WordSet{
      "also", "later", "previously", "recently", "once", "then", "further",
      "again", "repeatedly", "publicly", "privately", "simply", "only",
      "just", "already", "now", "often", "always", "never", "not", "still",
      "even", "yet", "reportedly", "allegedly", "earlier", "subsequently",
      "quickly", "angrily", "flatly", "firmly", "bluntly", "frankly",
      "openly", "famously", "soon", "since", "long", "first", "last",
      "separately", "herself", "himself", "themselves", "itself", "too",
      "n't", "rather", "instead", "ever", "herein", "today", "yesterday",
      "tonight", "sometimes"};
  // clang-format on
  if (s->count(lower) > 0) return true;
  return lower.size() > 4 && lower.substr(lower.size() - 2) == "ly" &&
         lower != "only" && lower != "family" && lower != "italy" &&
         lower != "ally" && lower != "july";
}

bool IsFunctionWord(std::string_view lower) {
  // clang-format off
  static const WordSet* s = new WordSet{
      "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of",
      "with", "when", "while", "after", "before", "but", "and", "or", "so",
      "as", "if", "since", "because", "although", "though", "yet", "this",
      "that", "these", "those", "there", "here", "then", "now", "still",
      "also", "however", "meanwhile", "indeed", "instead", "last", "next",
      "during", "under", "over", "about", "like", "unlike", "despite",
      "according", "asked", "speaking", "among", "all", "some", "many",
      "most", "such", "both", "each", "every", "no", "not", "its", "our",
      "their", "his", "her", "my", "your", "what", "who", "which", "where",
      "how", "why", "whether", "until", "within", "without", "into", "onto",
      "upon", "via", "across", "through", "throughout", "behind", "beyond",
      "toward", "towards", "against", "around", "between", "amid", "even",
      "just", "only", "yes", "no", "nor", "dear", "once", "after", "thus",
      "hence", "moreover", "furthermore", "nevertheless", "nonetheless",
      "besides", "overall", "ultimately", "finally", "today", "yesterday",
      "earlier", "later", "elsewhere", "otherwise", "perhaps", "maybe",
      "sadly", "fortunately", "unfortunately", "again", "already", "oh",
      "well", "sure", "please", "thanks", "thank", "hi", "hello", "former",
      "late", "young", "old", "new", "other", "another", "one", "two",
      "three", "first", "second", "third",
      // Prepositions of place that open a sentence: "Near Kiskunfélegyháza,
      // farmer László Szűcs ...".
      "near", "outside", "inside", "beside", "alongside", "along", "above",
      "below", "beneath"};
  // clang-format on
  return s->count(lower) > 0;
}

bool IsSubjectLink(std::string_view lower) {
  return lower == "and" || lower == "but" || lower == "while" ||
         lower == "when" || lower == "as" || lower == "after" ||
         lower == "because" || lower == "then" || lower == "that" ||
         lower == "so" || lower == "before" || lower == "where";
}

bool IsClauseWord(std::string_view lower) {
  // clang-format off
  static const WordSet* s = new WordSet{
      "that", "which", "who", "whom", "whose", "when", "while", "where",
      "as", "because", "since", "if", "but", "though", "although", "unless",
      "whereas", "after", "before", "until", "so", "than", "whether", "once",
      "then", "however", "nor", "yet", "or", "to", "if", "how",
      "why", "what"};
  // clang-format on
  return s->count(lower) > 0;
}

Pronoun FindPronoun(std::string_view lower) {
  if (lower == "he") return Pronoun::kMale;
  if (lower == "she") return Pronoun::kFemale;
  if (lower == "they") return Pronoun::kPlural;
  if (lower == "it") return Pronoun::kIt;
  if (lower == "i" || lower == "we") return Pronoun::kFirst;
  return Pronoun::kNone;
}

}  // namespace textanalytics::core::quotes_internal

namespace textanalytics::core::quotes_internal {

char NounGender(std::string_view lower) {
  // (Not "chairman": British and Commonwealth papers give it to women too,
  // "Committee chairman Datuk Noraini Abdul Hamid ... she said".)
  // clang-format off
  static const std::unordered_map<std::string_view, char>* m =
      new std::unordered_map<std::string_view, char>{
      {"man", 'm'}, {"boy", 'm'}, {"father", 'm'}, {"son", 'm'},
      {"brother", 'm'}, {"husband", 'm'}, {"uncle", 'm'}, {"nephew", 'm'},
      {"grandson", 'm'}, {"grandfather", 'm'}, {"king", 'm'},
      {"prince", 'm'}, {"spokesman", 'm'},
      {"businessman", 'm'}, {"widower", 'm'}, {"monk", 'm'},
      {"gentleman", 'm'}, {"boyfriend", 'm'}, {"dad", 'm'},
      {"woman", 'f'}, {"girl", 'f'}, {"mother", 'f'}, {"daughter", 'f'},
      {"sister", 'f'}, {"wife", 'f'}, {"aunt", 'f'}, {"niece", 'f'},
      {"granddaughter", 'f'}, {"grandmother", 'f'}, {"queen", 'f'},
      {"princess", 'f'}, {"spokeswoman", 'f'}, {"chairwoman", 'f'},
      {"businesswoman", 'f'}, {"widow", 'f'}, {"nun", 'f'}, {"actress", 'f'},
      {"lady", 'f'}, {"girlfriend", 'f'}, {"mum", 'f'}, {"mom", 'f'}};
  // clang-format on
  auto it = m->find(lower);
  return it == m->end() ? 0 : it->second;
}

bool IsNewsAgency(std::string_view name) {
  static const WordSet* s = new WordSet{"Reuters",
                                        "AP",
                                        "Associated Press",
                                        "The Associated Press",
                                        "AFP",
                                        "Agence France-Presse",
                                        "Bloomberg",
                                        "Bloomberg News",
                                        "Xinhua",
                                        "PTI",
                                        "Press Trust of India",
                                        "ANI",
                                        "dpa",
                                        "EFE",
                                        "Kyodo",
                                        "Kyodo News",
                                        "Yonhap",
                                        "PA",
                                        "PA Media",
                                        "Press Association",
                                        "ANSA",
                                        "Tass",
                                        "TASS",
                                        "Anadolu",
                                        "CNA",
                                        "UPI",
                                        "Getty Images"};
  return s->count(name) > 0;
}

char DoubleFirstNameGender(std::string_view full_name) {
  if (!full_name.starts_with("Jean ")) return 0;
  std::string_view rest = full_name.substr(5);
  const size_t sp = rest.find(' ');
  if (sp == std::string_view::npos) return 0;  // "Jean Mugabo"
  const std::string_view second = rest.substr(0, sp);
  bool guessed = false;
  const char g = FirstNameGender(second, &guessed);
  if (g != 0 && !guessed) return g == 'm' ? 'm' : 0;
  return RecordedFirstNameSex(second) == 'm' ? 'm' : 0;
}

namespace {

// Whether `name` (ASCII letters) is made of Japanese syllables: each
// consonant before a vowel (or "y" and a vowel, "ch", "sh", "ts"), or "n"
// alone.
bool JapaneseSyllables(std::string_view name) {
  auto vowel = [](char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  };
  std::string lower(name);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c < 'a' || c > 'z') return false;
  }
  const size_t n = lower.size();
  for (size_t i = 0; i < n; ++i) {
    const char c = lower[i];
    if (vowel(c)) continue;
    if (c == 'n' && (i + 1 == n || !vowel(lower[i + 1]))) continue;
    size_t j = i + 1;
    if (j < n &&
        (lower[j] == 'y' || (lower[j] == 'h' && (c == 'c' || c == 's')) ||
         (lower[j] == 's' && c == 't'))) {
      ++j;
    }
    if (j >= n || !vowel(lower[j])) return false;
    i = j;
  }
  return true;
}

}  // namespace

char FirstNameGender(std::string_view name, bool* guessed) {
  if (guessed != nullptr) *guessed = false;
  // clang-format off
  static const WordSet* female = new WordSet{
      "Mary", "Sarah", "Chloe", "Emily", "Elizabeth", "Jennifer", "Susan",
      "Karen", "Nancy", "Helen", "Ruth", "Alice", "Grace", "Rachel", "Rose",
      "Catherine", "Kate", "Jane", "Anne", "Ann", "Claire", "Louise",
      "Charlotte", "Sophie", "Lucy", "Amy", "Megan", "Hannah", "Lauren",
      "Emma", "Olivia", "Isabel", "Isabelle", "Caroline", "Michelle",
      "Nicole", "Stephanie", "Melanie", "Kimberly", "Ashley", "Janet",
      "Carol", "Margaret", "Joan", "Judith", "Frances", "Beatrice", "Ingrid",
      "Astrid", "Sigrid", "Mette", "Kirsten", "Birgit", "Marie", "Sylvie",
      "Isabelle", "Camille", "Nathalie", "Chantal", "Hélène", "Agnès",
      "Mercedes", "Carmen", "Pilar", "Dolores", "Beatriz", "Inés", "Ines",
      "Leticia", "Raquel", "Yasmin", "Yasmine", "Fatima", "Aisha", "Zeynep",
      "Leila", "Leyla", "Noor", "Nour", "Miriam", "Esther", "Deborah",
      "Judy", "Jill", "Gwen", "Gwyneth", "Siobhan", "Niamh", "Aoife",
      "Sinead", "Mairead", "Eileen", "Kathleen", "Maureen", "Colleen",
      "Doris", "Agnes", "Ingeborg", "Greet", "Els", "Anke", "Ulrike",
      "Heike", "Elke", "Ursula", "Gudrun", "Hildegard", "Yuki", "Mei",
      "Ling", "Xiu", "Hui", "Priya", "Lakshmi", "Deepa", "Kavita", "Sunita",
      "Anjali", "Ngozi", "Chioma", "Folake", "Funmi", "Thandiwe", "Nomvula",
      "Siti", "Dewi", "Ayu", "Sri", "Liza", "Lise", "Liz", "Beth",
      "Jessica", "Laura", "Julia", "Sophia", "Victoria", "Natalie",
      "Patricia", "Linda", "Barbara", "Dorothy", "Betty", "Sandra",
      "Donna", "Carolyn", "Sharon", "Cynthia", "Kathryn", "Amanda",
      "Melissa", "Rebecca", "Shirley", "Joyce", "Diane", "Alison",
      "Allison", "Heather", "Evelyn", "Cheryl", "Jean", "Gloria", "Janice",
      "Madeleine", "Madeline", "Abigail", "Harriet", "Penelope", "Kristen",
      "Kirsty", "Morag", "Fiona", "Sally", "Jo", "Kim", "Ellen", "Lindsey",
      "Lindsay", "Hillary", "Hilary", "Nadine", "Jacqueline", "Simone",
      "Yvonne", "Yvette", "Elif", "Meral", "Gül", "Ayşe", "Oksana", "Olga",
      "Irina", "Svetlana", "Tatiana", "Natalia", "Yulia", "Ewa", "Kasia",
      // Given names the US birth records rarely hold: West and East
      // African, southern African, South and South-East Asian.
      "Adjoa", "Adwoa", "Akosua", "Abena", "Akua", "Yaa", "Afua", "Efua",
      "Ama", "Esi", "Ifeoma", "Nneoma", "Chiamaka", "Amaka", "Funmilayo",
      "Folasade", "Yetunde", "Yusra", "Hadiza", "Wanjiru", "Wanjiku", "Njeri",
      "Akinyi", "Achieng", "Atieno", "Lerato", "Palesa", "Naledi", "Zanele",
      "Nokuthula", "Shruti", "Meenakshi", "Anitha", "Rekha", "Usha",
      "Nurul",
      // A few common ones more (speed: they were a chain of 24 comparisons
      // ahead of the sets; ExtractQuotes ran 1.5% fewer instructions).
      "Gwendolyn", "Rosalind", "Jocelyn", "Leilani", "Parveen", "Nasreen",
      "Shirin", "Farah", "Sian", "Rhian", "Bethan", "Catrin", "Ffion",
      "Eilidh", "Sigrun", "Solveig", "Liv", "Maren", "Chipo", "Nomsa",
      "Thandeka", "Adaeze"};
  static const WordSet* male = new WordSet{
      "John", "James", "Robert", "Michael", "William", "David", "Richard",
      "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew",
      "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
      "Kenneth", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy",
      "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric",
      "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin",
      "Ben", "Samuel", "Frank", "Gregory", "Raymond", "Alexander", "Patrick",
      "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "José", "Adam",
      "Henry", "Nathan", "Douglas", "Zachary", "Peter", "Kyle", "Walter",
      "Ethan", "Jeremy", "Harold", "Keith", "Christian", "Roger", "Noah",
      "Gerald", "Carl", "Terry", "Sean", "Austin", "Arthur", "Lawrence",
      "Jesse", "Dylan", "Bryan", "Joe", "Jordan", "Billy", "Bruce", "Albert",
      "Willie", "Gabriel", "Logan", "Alan", "Juan", "Wayne", "Roy", "Ralph",
      "Randy", "Eugene", "Vincent", "Russell", "Elijah", "Louis", "Bobby",
      "Philip", "Johnny", "Elon", "Xi", "Luca", "Ilya", "Dean",
      "Mustafa", "Musa", "Joshua", "Jonah", "Ezra", "Arjun", "Rahul", "Raj",
      "Rohan", "Vikram", "Amit", "Imran", "Omar", "Ahmed", "Ahmad",
      "Mohammed", "Muhammad", "Mohamed", "Ali", "Hassan", "Hussein",
      "Ibrahim", "Youssef", "Yusuf", "Karim", "Tariq", "Khalid", "Chinedu",
      "Emeka", "Olusegun", "Segun", "Kwame", "Kofi", "Tomasz",
      "Piotr", "Pawel", "Jan", "Lars", "Nils", "Erik", "Sven", "Hans",
      "Jürgen", "Klaus", "Wolfgang", "Pierre", "Jean-Pierre", "Jacques",
      "François", "Michel", "Marco", "Giovanni", "Giuseppe", "Carlos",
      "Miguel", "Pedro", "Luis", "Jorge", "Julio", "Ramon", "Ramón",
      "Eduardo", "Pieter", "Willem", "Dmitry", "Dimitar", "Sergei", "Vladimir",
      "Ivan", "Mikhail", "Alexei", "Yuri", "Gareth", "Owen", "Rhys",
      "Dafydd", "Ian", "Iain", "Angus", "Hamish", "Dermot", "Seamus",
      "Liam", "Conor", "Kieran", "Declan", "Hiroshi", "Takeshi", "Kenji",
      "Wei", "Jun", "Kendrick", "Tom", "Tim", "Jim", "Bob", "Bill", "Mike",
      "Dave", "Steve", "Chris", "Matt", "Nick", "Rob", "Sam", "Max", "Tony",
      "Ken", "Jeff", "Greg", "Doug", "Ted", "Ed", "Fred", "Ray", "Ron",
      "Don", "Dan", "Pete", "Phil", "Rick", "Andy", "Marcus", "Julian",
      "Simon", "Martin", "Colin", "Graham", "Neil", "Nigel", "Trevor",
      "Stuart", "Malcolm", "Derek", "Barry", "Boris", "Rishi", "Keir",
      "Emmanuel", "Olaf", "Kamala", "Pablo", "Diego", "Alejandro",
      "Francisco", "Antonio", "Sergio", "Mario", "Bruno", "Hugo", "Leo",
      "Marco", "Paolo", "Fabio", "Matteo", "Lorenzo", "Alberto", "Roberto",
      "Ricardo", "Fernando", "Gustavo", "Rodrigo", "Santiago", "Mateo",
      "Lars", "Jonas", "Tobias", "Felix", "Moritz", "Stefan", "Andreas",
      "Markus", "Thomas", "Mehmet", "Ahmet", "Emre", "Recep", "Vladimir",
      "Volodymyr", "Oleksandr", "Narendra", "Shinzo", "Fumio", "Moon",
      "Jair", "Lula", "Javier", "Gabriel", "Rafael", "Samuel", "Daniel",
      "Hernán", "Hernan", "Andrés", "Andres", "Tomás", "Tomas", "Matías",
      "Nicolás", "Joaquín", "Felipe", "Ignacio", "Gonzalo", "Álvaro",
      "Sebastián", "Cristóbal", "Esteban", "Emilio", "Enrique", "Ernesto",
      "Guillermo", "Héctor", "Hector", "Jaime", "Jesús", "Julián", "Leonardo",
      "Lucas", "Manuel", "Marcelo", "Mauricio", "Óscar", "Oscar", "Patricio",
      "Ramiro", "Raúl", "Raul", "Rubén", "Ruben", "Salvador", "Víctor",
      "Victor", "Vicente", "Arturo", "Alfredo", "Tunde", "Sipho", "Thabo",
      "Themba", "Bongani", "Jabulani", "Moses", "Rajesh", "Suresh", "Ramesh",
      "Mahesh", "Anil", "Sunil", "Vijay", "Sanjay", "Ajay", "Ravi", "Arun",
      "Venkatesh", "Aditya", "Nikhil", "Pranav", "Siddharth", "Vivek",
      "Deepak", "Manoj", "Prakash", "Ashok", "Hamad", "Faisal", "Saad",
      "Abdullah", "Abdul", "Mohammad", "Yousef", "Nasser", "Walid", "Ziad",
      "Samir", "Rami", "Fadi", "Haruto", "Kazuo", "Taro", "Ichiro", "Shinji",
      "Satoshi", "Daisuke", "Tatsuya", "Kenta", "Dwight", "Kenneth", "Lou",
      "Pieter", "Jannik", "Henrik", "Anders", "Mikkel", "Rasmus", "Magnus",
      "Sven", "Bjorn", "Björn", "Dieter", "Helmut", "Günter", "Jörg",
      "Friedrich", "Heinrich", "Luc", "Étienne", "Mathieu", "Thierry",
      "Olivier", "Yves", "Didier", "Gianni", "Massimo", "Stefano", "Vittorio",
      "Kwabena", "Kwaku", "Yaw", "Kojo", "Ousmane", "Mamadou", "Ibrahima",
      "Cheikh", "Tomasz", "Marek", "Jakub", "Wojciech", "Krzysztof",
      // (As for the women's names above.)
      "Kwasi", "Kwesi", "Kobby", "Kwadwo", "Obinna", "Chukwuemeka", "Ikenna",
      "Olumide", "Babajide", "Femi", "Abubakar", "Sani", "Kamau", "Otieno",
      "Ochieng", "Odhiambo", "Mwangi", "Kiprono", "Sibusiso", "Lwazi",
      "Mandla", "Tshepo", "Rakesh", "Santosh", "Sanjeev", "Rajiv", "Arvind",
      "Prashant", "Vinod", "Ganesh", "Hafiz", "Azlan", "Faizal", "Hendra",
      "Budi", "Agus", "Thanawat", "Somchai"};
  // clang-format on
  if (name == "Kamala") return 'f';
  if (female->count(name)) return 'f';
  if (male->count(name)) return 'm';
  // Japanese women's names in -ko (Yoko, Keiko, Michiko): of open
  // syllables and at most seven letters, not the Slavic men's "Marko",
  // "Branko" nor the Gilbertese "Baraniko".
  if (name.size() >= 4 && name.size() <= 7 && name.ends_with("ko") &&
      JapaneseSyllables(name)) {
    return 'f';
  }
  // ("Mairéad" as "Mairead": a Latin letter with a diacritic starts with
  // byte C3, C4 or C5.)
  for (char c : name) {
    if (static_cast<unsigned char>(c) >= 0xC3 &&
        static_cast<unsigned char>(c) <= 0xC5) {
      const std::string plain = WithoutDiacritics(name);
      if (!plain.empty()) return FirstNameGender(plain, guessed);
      break;
    }
  }
  // Many languages end women's first names in -a (Maria, Agnieszka).
  if (name.size() >= 3 && name.back() == 'a') {
    if (guessed != nullptr) *guessed = true;
    return 'f';
  }
  return 0;
}

}  // namespace textanalytics::core::quotes_internal
