// ExtractQuotes and the extractor's main loop (Extractor::Run). How the
// extractor works, stage by stage, and which file holds each stage: see
// quote_extractor.h.
#include "service/core/quotes.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "service/core/quote_extractor.h"

namespace textanalytics::core {

std::string_view QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect:
      return "direct";
    case QuoteKind::kPartial:
      return "partial";
    case QuoteKind::kTerm:
      return "term";
  }
  return "direct";
}

std::string_view AttributionName(Attribution attribution) {
  switch (attribution) {
    case Attribution::kNone:
      return "none";
    case Attribution::kExplicit:
      return "explicit";
    case Attribution::kCoreference:
      return "coreference";
    case Attribution::kContinuation:
      return "continuation";
  }
  return "none";
}

std::string Quote::Text(std::string_view text) const {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += '\n';
    out.append(text.substr(parts[i].begin, parts[i].end - parts[i].begin));
  }
  return out;
}

namespace quotes_internal {

// ------------------------------------------------------------------ run --

namespace {

// The position of the first double quotation mark in text[b, e), or e
// (memchr scans). `curly` and `angle` say whether the text may hold the
// lead bytes of “ ” „ (0xE2) and of « » (0xC2) at all.
size_t FirstDoubleMark(std::string_view text, size_t b, size_t e,
                       bool curly = true, bool angle = true) {
  const char* p = text.data() + b;
  const char* end = text.data() + e;
  const char* first = end;
  if (const void* q = memchr(p, '"', end - p)) {
    first = static_cast<const char*>(q);
  }
  for (const char* q = p; curly && q < first;) {
    q = static_cast<const char*>(memchr(q, '\xE2', first - q));
    if (q == nullptr) break;
    if (q + 2 < end && q[1] == '\x80' &&
        (q[2] == '\x9C' || q[2] == '\x9D' || q[2] == '\x9E')) {
      first = q;
      break;
    }
    ++q;
  }
  for (const char* q = p; angle && q < first;) {
    q = static_cast<const char*>(memchr(q, '\xC2', first - q));
    if (q == nullptr) break;
    if (q + 1 < end && (q[1] == '\xAB' || q[1] == '\xBB')) {
      first = q;
      break;
    }
    ++q;
  }
  return first - text.data();
}

// Where the last double quotation mark in text[b, e) is, or npos
// (`curly` and `angle` as for FirstDoubleMark).
// (memrchr scans for '"' and for the lead bytes of the others, each only
// past the last mark found so far: marks never overlap, so the last to
// start is the last to end. Speed: the bytes after a block's last mark
// were tested one by one; ExtractQuotes ran 0.85% fewer instructions.)
size_t LastDoubleMark(std::string_view text, size_t b, size_t e, bool curly,
                      bool angle) {
  const char* const base = text.data();
  const char* from = base + b;  // marks are sought in [from, e)
  size_t last = std::string_view::npos;
  if (const void* q = memrchr(from, '"', e - b)) {
    last = static_cast<const char*>(q) - base;
    from = base + last + 1;
  }
  // “ ” „ (E2 80 9C..9E), ending before e.
  for (const char* end = base + e; curly && end - from >= 3;) {
    const void* q = memrchr(from, '\xE2', end - 2 - from);
    if (q == nullptr) break;
    const char* m = static_cast<const char*>(q);
    if (m[1] == '\x80' &&
        (m[2] == '\x9C' || m[2] == '\x9D' || m[2] == '\x9E')) {
      last = m - base;
      from = m + 3;
      break;
    }
    end = m + 2;
  }
  // « » (C2 AB, C2 BB), ending before e.
  for (const char* end = base + e; angle && end - from >= 2;) {
    const void* q = memrchr(from, '\xC2', end - 1 - from);
    if (q == nullptr) break;
    const char* m = static_cast<const char*>(q);
    if (m[1] == '\xAB' || m[1] == '\xBB') {
      last = m - base;
      break;
    }
    end = m + 1;
  }
  return last;
}

// The writer named by a byline among the first blocks: "By Jane Roe",
// "By Jane Roe, Health reporter", or a block that is only a name.
std::string Byline(std::string_view text, const Segmentation& seg) {
  for (size_t bi = 1; bi < seg.blocks.size() && bi < 12; ++bi) {
    const Block& block = seg.blocks[bi];
    std::string_view b = text.substr(block.begin, block.end - block.begin);
    bool by = false;
    for (std::string_view p : {"By ", "Interview by ", "Words by "}) {
      if (!by && b.size() > p.size() + 2 && b.substr(0, p.size()) == p) {
        b.remove_prefix(p.size());
        by = true;
      }
    }
    if (by || block.kind != BlockKind::kBody) {
      size_t cut = b.find_first_of(",|\n");
      if (cut != std::string_view::npos) b = b.substr(0, cut);
      // "Sophie Kiernan in Can Tho": a place of up to three capitalised
      // words after the name, and nothing else.
      cut = b.find(" in ");
      if (cut != std::string_view::npos) {
        std::string_view place = b.substr(cut + 4);
        int words = 0;
        bool caps = !place.empty();
        for (size_t i = 0; i < place.size(); ++i) {
          if (i == 0 || place[i - 1] == ' ') {
            ++words;
            caps &= place[i] >= 'A' && place[i] <= 'Z';
          }
          caps &= place[i] != '.';
        }
        if (caps && words <= 3) b = b.substr(0, cut);
      }
      int words = 0;
      bool name = !b.empty() && b.size() < 60;
      for (size_t i = 0; name && i < b.size(); ++i) {
        unsigned char c = b[i];
        bool start = i == 0 || b[i - 1] == ' ';
        if (start && c != ' ') {
          ++words;
          name = (c >= 'A' && c <= 'Z') || c >= 0x80 ||
                 (by && b.substr(i, 4) == "and ");
        } else {
          name = c != '.' && c != ':' && c != '(' && !(c >= '0' && c <= '9');
        }
      }
      if (name && words >= 2 && (by || words <= 4)) return std::string(b);
    }
  }
  return std::string();
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A quotation's words for comparison: ASCII lower case, white space
// collapsed, without the punctuation at its ends.
std::string Folded(std::string_view text, const Quote& q) {
  std::string out;
  for (const TextSpan& p : q.parts) {
    for (size_t i = p.begin; i < p.end; ++i) {
      char c = text[i];
      if (c == ' ' || c == '\n' || c == '\t') {
        if (!out.empty() && out.back() != ' ') out += ' ';
      } else {
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      }
    }
    if (!out.empty() && out.back() != ' ') out += ' ';
  }
  auto punct = [](char c) {
    return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' ||
           c == '!' || c == '?';
  };
  while (!out.empty() && punct(out.back())) out.pop_back();
  size_t b = 0;
  while (b < out.size() && punct(out[b])) ++b;
  return out.substr(b);
}

// The position after a list's bullet and its space at `b` ("- ", "• ",
// "* ", a dash), else b.
size_t PastBullet(std::string_view text, size_t b, size_t e) {
  for (std::string_view bullet :
       {"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 ", "\xE2\x80\x94 "}) {
    if (e - b > bullet.size() && text.substr(b, bullet.size()) == bullet) {
      return b + bullet.size();
    }
  }
  return b;
}

// The position after a label of one to five words and a colon that opens
// a paragraph before a sentence ("Why it matters: It's ...", "The other
// side: The group said"), else b. Not a colon introducing a quotation
// ("Microsoft added: "..."").
size_t PastLabel(std::string_view text, size_t b, size_t e) {
  const size_t colon = text.substr(b, std::min<size_t>(e - b, 48)).find(':');
  if (colon == std::string_view::npos || colon == 0) return b;
  const size_t after = b + colon + 2;
  if (after >= e || text[after - 1] != ' ' || text[after] < 'A' ||
      text[after] > 'Z') {
    return b;
  }
  int words = 1;
  bool lower = false;  // (a dateline, "MUMBAI:", is in capitals)
  for (size_t k = b; k < b + colon; ++k) {
    const char c = text[k];
    if (c == ' ') {
      ++words;
    } else if (!IsAsciiLetter(c) && c != '\'' && c != ',') {
      return b;
    }
    lower |= c >= 'a' && c <= 'z';
  }
  return words <= 5 && lower ? after : b;
}

// Whether `part` stands in `whole` as whole words.
bool ContainsWords(const std::string& whole, const std::string& part) {
  auto word_char = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
  };
  for (size_t at = whole.find(part); at != std::string::npos;
       at = whole.find(part, at + 1)) {
    size_t end = at + part.size();
    if ((at == 0 || !word_char(whole[at - 1])) &&
        (end == whole.size() || !word_char(whole[end]))) {
      return true;
    }
  }
  return false;
}

// Headlines, captions and pull quotes repeat the words of a quotation in the
// body ("“We were treated like cattle”: Mum's fury as ..."). A quotation
// outside the body (a heading, a caption, a credit), or in the first block
// with nobody next to it or over a byline, whose words a body quotation with
// a speaker holds, is that speaker's; the others outside the body are left
// out.
void AddRepeatedQuotes(std::string_view text, const Segmentation& seg,
                       bool headline, std::vector<Quote>* out) {
  std::vector<Quote> repeats;
  // The body quotations with a speaker, folded once when first needed.
  std::vector<std::pair<size_t, std::string>> folded;
  bool folded_done = false;
  auto speaker_for = [&](const Quote& q, size_t skip) -> const Quote* {
    const std::string words = Folded(text, q);
    if (words.size() < 3) return nullptr;
    if (!folded_done) {
      folded_done = true;
      for (size_t i = 0; i < out->size() && i < 4000; ++i) {
        const Quote& body = (*out)[i];
        if (body.kind == QuoteKind::kTerm || body.speaker.name.empty() ||
            seg.blocks[body.first_block].kind != BlockKind::kBody) {
          continue;
        }
        folded.emplace_back(i, Folded(text, body));
      }
    }
    for (const auto& [i, body_words] : folded) {
      if (i != skip && ContainsWords(body_words, words)) return &(*out)[i];
    }
    return nullptr;
  };
  // The one body quotation that holds four fifths of q's words, at least
  // four of them, else null.
  auto told_again = [&](const Quote& q, size_t skip) -> const Quote* {
    auto words_of = [](const std::string& folded) {
      std::vector<std::string_view> words;
      std::string_view rest = folded;
      while (!rest.empty()) {
        const size_t sp = rest.find(' ');
        std::string_view w = rest.substr(0, sp);
        while (!w.empty() && !IsAsciiLetter(w.back()) &&
               !(w.back() >= '0' && w.back() <= '9')) {
          w.remove_suffix(1);
        }
        if (!w.empty()) words.push_back(w);
        if (sp == std::string_view::npos) break;
        rest.remove_prefix(sp + 1);
      }
      return words;
    };
    const std::string folded_q = Folded(text, q);
    const std::vector<std::string_view> want = words_of(folded_q);
    if (want.size() < 4 || !folded_done) return nullptr;
    const Quote* best = nullptr;
    bool tie = false;
    size_t best_hits = 0;
    for (const auto& [i, body_words] : folded) {
      if (i == skip) continue;
      const std::vector<std::string_view> have = words_of(body_words);
      size_t hits = 0;
      for (std::string_view w : want) {
        hits += std::find(have.begin(), have.end(), w) != have.end() ? 1 : 0;
      }
      if (hits * 5 < want.size() * 4) continue;
      if (hits > best_hits) {
        best = &(*out)[i];
        best_hits = hits;
        tie = false;
      } else if (hits == best_hits &&
                 (*out)[i].speaker.name != best->speaker.name) {
        tie = true;
      }
    }
    return tie ? nullptr : best;
  };
  // (""I just saw red": Kettle's fiery spell ..." over "says he "just saw
  // red"": or the one body quotation of three words or more, three
  // quarters of q's, that q's words hold; after speaker_for.)
  auto holds_body = [&](const Quote& q, size_t skip) -> const Quote* {
    if (!folded_done) return nullptr;
    const std::string words = Folded(text, q);
    const size_t n = std::count(words.begin(), words.end(), ' ') + 1;
    const Quote* body = nullptr;
    for (const auto& [k, body_words] : folded) {
      if (k == skip) continue;
      const size_t m =
          std::count(body_words.begin(), body_words.end(), ' ') + 1;
      if (m >= 3 && m * 4 >= n * 3 && m < n &&
          ContainsWords(words, body_words)) {
        if (body != nullptr && body->speaker.name != (*out)[k].speaker.name) {
          return nullptr;
        }
        body = &(*out)[k];
      }
    }
    return body;
  };
  for (size_t i = 0; i < out->size(); ++i) {
    Quote& q = (*out)[i];
    // (A headline's own attribution, over a byline, is often a
    // description: "a Silver Spring hardware store is closing: “...”".)
    if (q.first_block != 0 || q.kind == QuoteKind::kTerm ||
        (!q.speaker.name.empty() && !headline)) {
      continue;
    }
    const Quote* body = speaker_for(q, i);
    // ("“He went to work and never came home”: Contractor jailed ...",
    // over "My husband went to work one morning and never came home": a
    // headline's words told again, most of them in one body quotation.)
    if (body == nullptr && (q.speaker.name.empty() || q.speaker.name == "?")) {
      body = told_again(q, i);
    }
    if (body == nullptr && (q.speaker.name.empty() || q.speaker.name == "?")) {
      body = holds_body(q, i);
    }
    if (body != nullptr) {
      q.speaker = body->speaker;
      q.speaker.mention.clear();
      q.speaker.mention_span = TextSpan();
      q.speaker.attribution = Attribution::kCoreference;
    }
  }
  // The span text[b, e) between marks [ob, b) and [e, ce) of block bi, if
  // a body quotation with a speaker holds its words.
  auto try_span = [&](size_t bi, size_t ob, size_t b, size_t e, size_t ce) {
    Quote q;
    q.parts.push_back({b, e});
    q.outer = {ob, ce};
    q.first_block = q.last_block = static_cast<int>(bi);
    const Quote* body = speaker_for(q, out->size());
    if (body == nullptr) body = holds_body(q, out->size());
    if (body == nullptr) return;
    q.kind = Folded(text, q) == Folded(text, *body) ? body->kind
                                                    : QuoteKind::kPartial;
    q.speaker = body->speaker;
    q.speaker.mention.clear();
    q.speaker.mention_span = TextSpan();
    q.speaker.attribution = Attribution::kCoreference;
    repeats.push_back(std::move(q));
  };
  auto inside_quote = [&](size_t pos) {
    for (const Quote& q : *out) {
      if (q.outer.begin <= pos && pos < q.outer.end) return true;
      if (q.outer.begin > pos) break;
    }
    for (const Quote& q : repeats) {
      if (q.outer.begin <= pos && pos < q.outer.end) return true;
    }
    return false;
  };
  // Headings only above the first body block (a headline, a standfirst):
  // a "heading" lower down is often a short line of dialogue, and every
  // one searched the whole text's quotations (speed: 6% of ExtractQuotes on
  // Brown).
  size_t first_body = 0;
  while (first_body < seg.blocks.size() &&
         seg.blocks[first_body].kind != BlockKind::kBody) {
    ++first_body;
  }
  for (size_t bi = 0; bi < seg.blocks.size(); ++bi) {
    const Block& block = seg.blocks[bi];
    const std::string_view in = text.substr(0, block.end);
    if (block.kind == BlockKind::kHeading && bi > first_body + 1) continue;
    if (block.kind != BlockKind::kBody) {
      size_t pos = FirstDoubleMark(text, block.begin, block.end);
      while (pos < block.end) {
        // “...” or "..." within the block.
        const bool curly = text[pos] == '\xE2';
        if (curly && text.compare(pos, 3, "\xE2\x80\x9C") != 0) {
          pos = FirstDoubleMark(text, pos + 3, block.end);
          continue;
        }
        const size_t open_end = pos + (curly ? 3 : 1);
        const size_t close = in.find(curly ? "\xE2\x80\x9D" : "\"", open_end);
        if (close == std::string_view::npos) break;
        const size_t close_end = close + (curly ? 3 : 1);
        try_span(bi, pos, open_end, close, close_end);
        pos = FirstDoubleMark(text, close_end, block.end);
      }
    }
    // Headlines in British style quote with single marks: "UK accuses EU of
    // ‘moving the goalposts’". The closing ’ is no apostrophe: no letter
    // follows it.
    // (A headline under a section label, "News › Local News › Dudley", or
    // a deck under it is a "body" block too: one of the first four that
    // ends in no full stop.)
    if (block.kind == BlockKind::kBody && bi != 0 &&
        !(bi <= 3 && block.end > block.begin && text[block.end - 1] != '.')) {
      continue;
    }
    for (size_t pos = in.find("\xE2\x80\x98", block.begin);
         pos != std::string_view::npos;
         pos = in.find("\xE2\x80\x98", pos + 3)) {
      if (inside_quote(pos)) continue;
      size_t close = in.find("\xE2\x80\x99", pos + 3);
      while (close != std::string_view::npos && close + 3 < block.end &&
             IsAsciiLetter(text[close + 3])) {
        close = in.find("\xE2\x80\x99", close + 3);
      }
      if (close == std::string_view::npos) break;
      try_span(bi, pos, pos + 3, close, close + 3);
      pos = close;
    }
    // And with straight marks: "'We were nowhere near good enough' -
    // Aldridge after ...". An opening ' follows a space or the block's
    // start and comes before a letter; a closing one follows a letter and
    // comes before no letter ("England's" is neither).
    for (size_t pos = in.find('\'', block.begin); pos != std::string_view::npos;
         pos = in.find('\'', pos + 1)) {
      if (pos + 1 >= block.end || !IsAsciiLetter(text[pos + 1]) ||
          (pos > block.begin && text[pos - 1] != ' ' && text[pos - 1] != '(')) {
        continue;
      }
      if (inside_quote(pos)) continue;
      // ("'We're done waiting,' union chief says": or after a comma or a
      // full stop that the quotation holds.)
      size_t close = in.find('\'', pos + 1);
      while (close != std::string_view::npos &&
             ((close + 1 < block.end && IsAsciiLetter(text[close + 1])) ||
              !(IsAsciiLetter(text[close - 1]) || text[close - 1] == ',' ||
                text[close - 1] == '.' || text[close - 1] == '!' ||
                text[close - 1] == '?'))) {
        close = in.find('\'', close + 1);
      }
      if (close == std::string_view::npos) break;
      try_span(bi, pos, pos + 1, close, close + 1);
      pos = close;
    }
  }
  if (repeats.empty()) return;
  for (Quote& q : repeats) out->push_back(std::move(q));
  std::stable_sort(out->begin(), out->end(),
                   [](const Quote& a, const Quote& b) {
                     return a.outer.begin < b.outer.begin;
                   });
}

}  // namespace

namespace {

// Walks the words of s, past opening marks and brackets: counts the words
// with a letter or a digit (*words) and the capitalised ones (*caps), and
// says whether the first is in lower case (*opens_lower). False if a word
// in lower case is no short function word.
bool TitleWords(std::string_view s, int* caps, int* words, bool* opens_lower) {
  static constexpr std::string_view kSmall[] = {
      "a",     "an",     "the",     "of",    "to",     "in",     "on",
      "for",   "and",    "but",     "or",    "at",     "by",     "with",
      "as",    "vs",     "from",    "nor",   "per",    "via",    "so",
      "up",    "off",    "into",    "onto",  "over",   "during", "about",
      "after", "before", "between", "under", "within", "without"};
  *caps = 0;
  *words = 0;
  *opens_lower = false;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    size_t k = i;
    while (k < j && !IsAsciiLetter(s[k]) && !(s[k] >= '0' && s[k] <= '9')) {
      ++k;
    }
    if (k < j) ++*words;
    if (k < j && s[k] >= 'A' && s[k] <= 'Z') {
      ++*caps;
    } else if (k < j && s[k] >= 'a' && s[k] <= 'z') {
      if (*words == 1) *opens_lower = true;
      size_t e = k;
      while (e < j && s[e] >= 'a' && s[e] <= 'z') ++e;
      const std::string_view w = s.substr(k, e - k);
      // (None of the words is longer than seven letters, and the first
      // match ends the walk; speed: ExtractQuotes compared every word of
      // every short paragraph with all of them.)
      if (w.size() > 7 || std::find(std::begin(kSmall), std::end(kSmall), w) ==
                              std::end(kSmall)) {
        return false;
      }
    }
    i = j;
  }
  return true;
}

// Whether s is a short title: one to six words, each capitalised but
// short function words after the first ("Awards Circuit", "Paper
// Cathedrals,").
bool ShortTitle(std::string_view s) {
  int caps, words;
  bool opens_lower;
  return TitleWords(s, &caps, &words, &opens_lower) && words >= 1 &&
         words <= 6 && !opens_lower;
}

// A work's noun after its title: "podcast", "album", "track"; or a
// campaign's ("the force's "Mark It, Lock It, Log It" campaign").
bool IsWorkNoun(std::string_view lower) {
  return qi::IsThingNoun(lower) || lower == "track" || lower == "show" ||
         lower == "episode" || lower == "play" || lower == "poem" ||
         lower == "painting" || lower == "exhibition" || lower == "campaign" ||
         lower == "initiative" || lower == "movement" || lower == "petition" ||
         lower == "festival";
}

}  // namespace

// Whether a short block is in title case: four capitalised words or more
// and none in lower case but short function words ("Static Orchard Are
// Back, and Jesse Varga Says ‘We Were Too Stubborn to Stay Dead’").
bool TitleCase(std::string_view s) {
  if (s.size() > 200) return false;
  int caps, words;
  bool opens_lower;
  return TitleWords(s, &caps, &words, &opens_lower) && caps >= 4;
}

bool Extractor::TitleBeforeItsNoun(const Work& w, int close) const {
  if (w.q.parts.size() != 1) return false;
  int k = close + 1;
  if (k < n_ && IsPunct(k, ',')) ++k;
  const bool comma = k > close + 1 || w.last_char == ',';
  const bool article = comma && k < n_ && (WordIs(k, "a") || WordIs(k, "an"));
  if (article) ++k;
  if (!article && comma) return false;
  bool noun = false;
  for (int m = k; m < n_ && m < k + (article ? 3 : 1) && IsWordTok(m) &&
                  !toks_[m].cap && toks_[m].sent == toks_[close].sent && !noun;
       ++m) {
    char nb[32];
    noun = IsWorkNoun(Lower(m, nb));
  }
  return noun && ShortTitle(text_.substr(w.q.parts[0].begin,
                                         w.q.parts[0].end - w.q.parts[0].begin -
                                             (w.last_char == ',' ? 1 : 0)));
}

std::vector<Quote> Extractor::Run() {
  const auto& blocks = seg_.blocks;
  const int nblocks = static_cast<int>(blocks.size());
  author_ = Byline(text_, seg_);
  // Blocks with a mark, and the body block before each: only these are
  // read for speakers; the others only for names (speed: most of a long
  // text is far from any quotation).
  // (ahead[bi]: body blocks from bi to the next one with a mark;
  // first_mark[bi]: where the block's first mark is, or its end.)
  std::vector<int> ahead(nblocks, 1 << 20);
  std::vector<size_t> first_mark(nblocks);
  int next = 1 << 20;
  // (A text without the lead bytes of “ ” „ or « » anywhere, as one in
  // ASCII, is not searched for them block by block; speed: ExtractQuotes
  // ran 0.23% fewer instructions on Brown, with LastDoubleMark.)
  const bool curly =
      !text_.empty() && memchr(text_.data(), '\xE2', text_.size()) != nullptr;
  const bool angle =
      !text_.empty() && memchr(text_.data(), '\xC2', text_.size()) != nullptr;
  for (int bi = nblocks - 1; bi >= 0; --bi) {
    if (blocks[bi].kind != BlockKind::kBody) continue;
    first_mark[bi] =
        FirstDoubleMark(text_, blocks[bi].begin, blocks[bi].end, curly, angle);
    if (first_mark[bi] < blocks[bi].end) {
      next = 0;
    } else if (next < (1 << 20)) {
      ++next;
    }
    ahead[bi] = next;
  }
  bool question = false;   // the body block before was a question alone
  size_t sent_cursor = 0;  // into seg_.sentences, see below
  for (int bi = 0; bi < nblocks; ++bi) {
    const Block& block = blocks[bi];
    if (block.kind == BlockKind::kCaption ||
        block.kind == BlockKind::kHeading) {
      RegisterHeadingNames(block.begin, block.end);
      continue;
    }
    if (block.kind != BlockKind::kBody) continue;
    block_b_ = block.begin;
    block_e_ = block.end;
    block_index_ = bi;
    if (first_body_block_ < 0) first_body_block_ = bi;
    answer_ = question;
    {
      // A Q&A's question: a short paragraph that ends in a question mark
      // and does not open with a quotation mark.
      size_t e = block.end;
      while (e > block.begin && (text_[e - 1] == ' ' || text_[e - 1] == '\n'))
        --e;
      question = e > block.begin && text_[e - 1] == '?' &&
                 e - block.begin <= 300 && first_mark[bi] > block.begin;
    }
    question_ = question;
    title_case_ = TitleCase(text_.substr(block.begin, block.end - block.begin));
    if ((answer_ || question_) && interviewee_.empty()) {
      interviewee_ = MostSpokenOf();
    }
    if (ahead[bi] > 1) {
      // People opening its sentences matter to quotations a few
      // paragraphs on, not to those far away (speed).
      fast_actors_ = ahead[bi] <= 2;
      titled_actors_ = !fast_actors_;
      RegisterNamesFast(block.begin, block.end);
      titled_actors_ = false;
      prev_block_b_ = block.begin;
      continue;
    }
    size_t from = block.begin;
    {
      // The paragraph before a quotation: its last sentences are read in
      // full (who is speaking now), the ones before only for names and
      // sentence subjects (speed). So are the sentences of a paragraph
      // with quotations before the sentences that lead to the first one.
      size_t upto = ahead[bi] == 1 ? block.end : first_mark[bi] + 1;
      // The first sentence at or after upto (std::lower_bound), walked to
      // from the last block's answer (speed: blocks come in text order, and
      // a binary search over all the sentences missed the cache at every
      // step; ExtractQuotes took 3% less time).
      const auto& sents = seg_.sentences;
      while (sent_cursor < sents.size() && sents[sent_cursor].begin < upto) {
        ++sent_cursor;
      }
      while (sent_cursor > 0 && sents[sent_cursor - 1].begin >= upto) {
        --sent_cursor;
      }
      auto it = sents.begin() + sent_cursor;
      // (Of a paragraph with quotations: the first one's sentence and two
      // before it.)
      const int full = ahead[bi] == 1 ? kFullSentences : kFullSentences + 1;
      int keep = 0;
      while (it != seg_.sentences.begin() && keep < full) {
        --it;
        if (it->begin < block.begin) break;
        from = it->begin;
        ++keep;
      }
      if (from > block.begin) {
        fast_actors_ = true;
        RegisterNamesFast(block.begin, from);
      }
    }
    // The end of what is read in full: the sentences after the one with
    // this block's last mark (and kTailSentences more, where its speaker
    // may be named) are read only for names and sentence subjects, as a
    // paragraph near a quotation is, which is all the next paragraph's
    // quotations take from them (speed: ExtractQuotes took 4% less time on
    // Brown when the next block had no mark, 4.6% less again for the
    // rest; the quotations of every gold set came out the same).
    size_t upto_end = block.end;
    {
      int nb = bi + 1;
      while (nb < nblocks && blocks[nb].kind != BlockKind::kBody) ++nb;
      if (ahead[bi] == 0) {
        const size_t last =
            LastDoubleMark(text_, block.begin, block.end, curly, angle);
        const auto& sents = seg_.sentences;
        auto it = std::upper_bound(
            sents.begin(), sents.end(), last,
            [](size_t pos, const Sentence& s) { return pos < s.begin; });
        if (last != std::string_view::npos && it != sents.begin()) {
          --it;
          for (int k = 0; k < kTailSentences && it + 1 != sents.end() &&
                          (it + 1)->begin < block.end;
               ++k) {
            ++it;
          }
          if (it->end < block.end && it->end > from) upto_end = it->end;
        }
      }
    }
    // "- Rhee, a former software executive, said": a list's bullet opens
    // no sentence (Axios-style bullets).
    // ("The other side: The American Technology Council, ..., said": nor
    // does a label of a few words before a colon.)
    if (from == block.begin) {
      from = PastLabel(text_, PastBullet(text_, from, upto_end), upto_end);
    }
    Tokenize(from, upto_end);
    mention_end_ = 0;
    PairMarks(bi);
    Sentences();
    RegisterNames();
    // Context speakers of a quotation that opens the block may come from
    // the previous block, after its last quotation.
    size_t par_lower = std::max(last_close_, prev_block_b_);
    int opens = 0;  // the first token of the current sentence's subject
    int role_opens = -1;  // "the coach" after "Asked whether ...,"
    for (int t = 0; t < n_; ++t) {
      const Tok& tok = toks_[t];
      if (t == role_opens) {
        // The one the role names is the subject (here, in text order, so
        // after the names of the question).
        const int a = FindActor(tok.b, Pronoun::kNone, /*role=*/true,
                                /*org_ref=*/false, W(t + 1));
        if (a >= 0 && actors_[a].person && !actors_[a].plural) {
          Speaker who;
          who.name = actors_[a].name;
          AddActor(tok.b, who, false, -1, /*subject=*/true,
                   std::string(W(t + 1)));
        }
      }
      if (t == 0 || toks_[t - 1].sent != tok.sent) {
        opens = tok.type == kWord && tok.cap ? DatelineEnd(t) : t;
        // "Asked what theme they would bring, De Souza Lima only smiled":
        // the subject after the question put.
        if (opens == t && t + 1 < n_ &&
            (WordIs(t, "asked") || WordIs(t, "pressed")) &&
            (WordIs(t + 1, "what") || WordIs(t + 1, "whether") ||
             WordIs(t + 1, "how") || WordIs(t + 1, "why") ||
             WordIs(t + 1, "if") || WordIs(t + 1, "about"))) {
          int c = t + 2;
          while (c < n_ && c < t + 24 && toks_[c].sent == tok.sent &&
                 Outside(c) && !IsPunct(c, ',')) {
            ++c;
          }
          // (Past the particles of "de la Fuente Arriaga".)
          int f = c + 1;
          while (f + 1 < n_ && f < c + 4 && IsWordTok(f) && !toks_[f].cap &&
                 Has(f, kParticle)) {
            ++f;
          }
          if (c + 1 < n_ && IsPunct(c, ',') && NameTok(f) && Outside(f)) {
            opens = f;
          } else if (c + 2 < n_ && IsPunct(c, ',') && WordIs(c + 1, "the") &&
                     IsWordTok(c + 2) && !toks_[c + 2].cap &&
                     Has(c + 2, kRole) && Outside(c + 2)) {
            role_opens = c + 1;  // ("Asked whether ..., the coach paused")
          }
        }
      }
      if (tok.q < 0) {
        // (Every rule below wants a word: punctuation goes on at once;
        // speed: ExtractQuotes ran 0.6% fewer instructions.)
        if (title_case_ || tok.type != kWord) continue;
        if (tok.type == kWord && tok.cap && t == opens) {
          AddSentenceActor(t);
        } else if (tok.type == kWord && !tok.cap && tok.e - tok.b <= 2 &&
                   t >= 1 && (text_[tok.b] == 'a') &&
                   (tok.e - tok.b == 1 || text_[tok.b + 1] == 'n') &&
                   IsWordTok(t - 1) &&
                   (WordIs(t - 1, "after") || WordIs(t - 1, "when") ||
                    WordIs(t - 1, "because") || WordIs(t - 1, "until") ||
                    WordIs(t - 1, "before") || WordIs(t - 1, "since") ||
                    WordIs(t - 1, "while") || WordIs(t - 1, "once"))) {
          // "after a graduate student in the lab raised concerns": someone
          // unnamed as the subject of a clause, for a later "the student".
          AddUnnamedSubject(t, /*in_clause=*/true);
        } else if (t >= mention_end_ && NameTok(t) &&
                   // ("Denver's Department of Transportation": a name
                   // after a one-word possessive is another; not inside
                   // "the Port Workers' Federation".)
                   (!NameTok(t - 1) ||
                    (toks_[t - 1].poss && W(t - 1).back() == 's' &&
                     !NameTok(t - 2))) &&
                   // (Nor the second part of "Hollis & Grant Inc.", nor
                   // the "Ltd" of "Eskom Holdings (Pty) Ltd".)
                   !(IsPunct(t - 1, '&') && NameTok(t - 2)) &&
                   !(t >= 4 && IsPunct(t - 1, ')') && LegalFormAt(t - 3, n_)) &&
                   !toks_[t].initial && !IsPunct(t - 1, '.')) {
          AddMentionActor(t);
        }
        // "I ask about home. "Do you ever miss it?"": the writer's question
        // (see Finalize).
        if (!author_.empty() && tok.type == kWord && tok.e == tok.b + 1 &&
            text_[tok.b] == 'I' &&
            (WordIs(t + 1, "ask") || WordIs(t + 1, "asked") ||
             // ("When I put it to her that ...", "I mention the review")
             WordIs(t + 1, "put") || WordIs(t + 1, "mention") ||
             WordIs(t + 1, "mentioned") || WordIs(t + 1, "suggest") ||
             WordIs(t + 1, "suggested") || WordIs(t + 1, "wonder") ||
             WordIs(t + 1, "wondered"))) {
          writer_asked_ = tok.b;
        }
        // "Counsel ..., Naomi Hartigan, SC, asked Verma whether ...",
        // "Gordon Tessier pressed Ms. Whitcombe on ...": whom a question was
        // put to, for a "she replied" after it.
        // (Their lengths first, for speed.)
        const size_t len = tok.e - tok.b;
        if ((len == 5 || len == 7 || len == 10) && tok.type == kWord &&
            !tok.cap && NameTok(t + 1) &&
            (WordIs(t, "asked") || WordIs(t, "pressed") ||
             WordIs(t, "questioned") || WordIs(t, "quizzed"))) {
          NoteQuestioned(t + 1);
        }
        if (tok.type == kWord && CueAt(t) != nullptr && !NearMark(t)) {
          AddNarrativeActor(t);
        } else if (WordIs(t, "according") && WordIs(t + 1, "to") &&
                   !NearMark(t)) {
          AddAccordingActor(t);
        }
        continue;
      }
      int wi = tok.q;
      Work& w = works_[wi];
      if (tok.type == kOpen && w.open_block == bi && w.open_pos == tok.b) {
        w.lower_bound =
            t == 0
                ? par_lower
                : std::max(std::max(last_close_, attribution_end_), block_b_);
        PreAttribution(wi, t);
      }
      if (w.done && w.fin_block == bi && w.fin_tok == t) {
        Np post;
        if (tok.type == kClose) {
          post = PostAttribution(t);
          // (""...," said BACA director of culture and arts Dr Fatima Al
          // Mannai at the opening": the name inside a described speaker.)
          if (Np name = NameAfterRole(post); name.found()) {
            name.cue_b = post.cue_b;
            name.cue_e = post.cue_e;
            post = name;
          }
          w.noun_after =
              t + 1 < n_ && IsWordTok(t + 1) && Outside(t + 1) &&
              toks_[t + 1].sent == tok.sent && !toks_[t + 1].cap &&
              !toks_[t + 1].digit &&
              !Has(t + 1, kFunction | kAuxiliary | kClause | kAuxOrAdverb) &&
              CueAt(t + 1) == nullptr;
          // A work's title before its noun ("Variety's "Awards Circuit"
          // podcast") or before ", a track" ("on "Paper Cathedrals," a
          // track"): a label.
          if (!w.label && TitleBeforeItsNoun(w, t)) w.label = true;
          // (Not a word that modifies the noun after it: "could be
          // "hycean" worlds".)
          // ("Senegal suspended the permit, accusing the miner of "grave
          // breaches", the Ministry of Mines and Geology said": the verb
          // that reports the sentence outranks a gerund's subject.)
          if (!post.found() && (!w.pre.found() || w.pre_gerund) &&
              !w.noun_after) {
            post = FinalAttribution(t);
            w.final_cue = post.found();
          }
        }
        Finalize(wi, post);
        // (A term has no speaker and no attribution: it hides nothing
        // before it from the next quotation of its sentence, "said in a
        // post that its members would not support a so-called "clean" CR
        // "that rubber-stamps ..."".)
        if (w.q.kind != QuoteKind::kTerm) {
          last_close_ = w.q.outer.end;
          // The rest of its sentence is its attribution ("", said X, a
          // deputy director of the Fire Service and Civil Defence, who ...
          // "..."): names there are no new speaker for the next quotation.
          attribution_end_ = last_close_;
          for (int k = t + 1; k < n_ && toks_[k].sent == tok.sent; ++k) {
            if (toks_[k].type == kOpen) break;
            attribution_end_ = toks_[k].e;
          }
        }
      }
    }
    if (upto_end < block.end) {
      fast_actors_ = true;
      RegisterNamesFast(upto_end, block.end);
    }
    prev_block_b_ = block.begin;
  }
  NameDescribedSpeakers();
  FullestNames();
  BodyOfHeadline();
  NamesAfterPortfolios();
  std::vector<Quote> out;
  out.reserve(works_.size());
  for (Work& w : works_) {
    size_t total = 0;
    for (const TextSpan& p : w.q.parts) total += p.end - p.begin;
    if (total == 0) continue;
    out.push_back(std::move(w.q));
  }
  // (A byline under it makes the first block a headline.)
  AddRepeatedQuotes(text_, seg_, !author_.empty(), &out);
  // The sentences each quotation stands in.
  const auto& sents = seg_.sentences;
  // The last sentence that begins at or before pos (0 if none), walked to
  // from the last answer (speed: quotations come in text order; a binary
  // search over all the sentences missed the cache at every step).
  int at = 0;
  auto find = [&](size_t pos) {
    const int n = static_cast<int>(sents.size());
    while (at + 1 < n && sents[at + 1].begin <= pos) ++at;
    while (at > 0 && sents[at].begin > pos) --at;
    return at;
  };
  for (Quote& q : out) {
    q.first_sentence = find(q.outer.begin);
    q.last_sentence = find(q.outer.end > 0 ? q.outer.end - 1 : 0);
  }
  return out;
}

}  // namespace quotes_internal

std::vector<Quote> ExtractQuotes(std::string_view text,
                                 const Segmentation& seg) {
  quotes_internal::Extractor extractor(text, seg);
  return extractor.Run();
}

}  // namespace textanalytics::core
