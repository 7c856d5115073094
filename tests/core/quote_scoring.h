// Scoring of extracted quotations against a gold TSV file of
// tests/data/quotes/: KIND<TAB>SPEAKER<TAB>TEXT per line, '#' comments, the
// two characters \n joining the paragraphs of one quotation.
//
// A predicted quotation matches a gold one when their texts are equal after
// collapsing white space; matching is one-to-one and in order (a longest
// common subsequence over the two lists). Span precision/recall/F1 count
// DIRECT and PARTIAL together (the two kinds are not told apart); speaker
// accuracy is the share of matched DIRECT/PARTIAL pairs whose speakers are
// equal ignoring case and the form of the apostrophe, ’ or ' (an empty
// predicted speaker counts as "?"); TERM
// precision is the share of predicted TERMs whose text matches a gold TERM.
// Header-only, for tests.
#ifndef TEXTANALYTICS_TESTS_CORE_QUOTE_SCORING_H_
#define TEXTANALYTICS_TESTS_CORE_QUOTE_SCORING_H_

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "service/core/quotes.h"
#include "service/core/segmenter.h"

namespace textanalytics::testing {

struct GoldQuote {
  std::string kind;  // "DIRECT", "PARTIAL" or "TERM"
  std::string speaker;
  std::string text;  // paragraphs joined with '\n'
  int line = 0;      // in the TSV file
};

inline bool IsSpeech(const std::string& kind) { return kind != "TERM"; }

// Reads a gold TSV file; false if it cannot be read or a line is malformed
// (then `error` says which).
inline bool ReadGold(const std::string& path, std::vector<GoldQuote>* out,
                     std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read " + path;
    return false;
  }
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) {
      *error = path + ":" + std::to_string(n) + ": not KIND<TAB>SPEAKER<TAB>TEXT";
      return false;
    }
    GoldQuote g;
    g.kind = line.substr(0, t1);
    g.speaker = line.substr(t1 + 1, t2 - t1 - 1);
    std::string raw = line.substr(t2 + 1);
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\\' && i + 1 < raw.size() && raw[i + 1] == 'n') {
        g.text += '\n';
        ++i;
      } else {
        g.text += raw[i];
      }
    }
    g.line = n;
    if (g.kind != "DIRECT" && g.kind != "PARTIAL" && g.kind != "TERM") {
      *error = path + ":" + std::to_string(n) + ": unknown kind " + g.kind;
      return false;
    }
    out->push_back(std::move(g));
  }
  return true;
}

// White space (ASCII, and '\n' between paragraphs) collapsed to one space,
// trimmed at both ends.
inline std::string CollapseSpace(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

inline std::string LowerAscii(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// A speaker's name for comparison: lower case, the curly apostrophe
// straight ("the mayor’s office" is "the mayor's office").
inline std::string SpeakerKey(const std::string& s) {
  const std::string lower = LowerAscii(s);
  const std::string_view curly = "\u2019";
  std::string out;
  out.reserve(lower.size());
  for (size_t i = 0; i < lower.size();) {
    if (std::string_view(lower).substr(i, curly.size()) == curly) {
      out += '\'';
      i += curly.size();
    } else {
      out += lower[i++];
    }
  }
  return out;
}

struct QuoteScore {
  int gold_speech = 0;       // gold DIRECT + PARTIAL
  int predicted_speech = 0;  // predicted DIRECT + PARTIAL
  int matched_speech = 0;    // matched pairs, both DIRECT/PARTIAL
  int speaker_correct = 0;   // of matched_speech
  int predicted_terms = 0;
  int correct_terms = 0;     // predicted TERM matching a gold TERM
  std::vector<std::string> mismatches;  // readable, for failure messages

  void Add(const QuoteScore& o) {
    gold_speech += o.gold_speech;
    predicted_speech += o.predicted_speech;
    matched_speech += o.matched_speech;
    speaker_correct += o.speaker_correct;
    predicted_terms += o.predicted_terms;
    correct_terms += o.correct_terms;
    mismatches.insert(mismatches.end(), o.mismatches.begin(),
                      o.mismatches.end());
  }
  double Precision() const {
    return predicted_speech == 0 ? 1.0
                                 : double(matched_speech) / predicted_speech;
  }
  double Recall() const {
    return gold_speech == 0 ? 1.0 : double(matched_speech) / gold_speech;
  }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
  double SpeakerAccuracy() const {
    return matched_speech == 0 ? 1.0
                               : double(speaker_correct) / matched_speech;
  }
  double TermPrecision() const {
    return predicted_terms == 0 ? 1.0
                                : double(correct_terms) / predicted_terms;
  }
  std::string Summary() const {
    std::ostringstream s;
    s << "span P=" << Precision() << " R=" << Recall() << " F1=" << F1()
      << " (matched " << matched_speech << ", gold " << gold_speech
      << ", predicted " << predicted_speech << "); speaker accuracy="
      << SpeakerAccuracy() << " (" << speaker_correct << "/" << matched_speech
      << "); TERM precision=" << TermPrecision() << " (" << correct_terms
      << "/" << predicted_terms << ")";
    return s.str();
  }
};

// Scores predictions (same fields as the gold; speaker empty for none)
// against the gold of one document named `doc` in mismatch messages.
inline QuoteScore ScoreQuotes(const std::vector<GoldQuote>& gold,
                              const std::vector<GoldQuote>& predicted,
                              const std::string& doc) {
  QuoteScore score;
  size_t n = gold.size(), m = predicted.size();
  std::vector<std::string> gt(n), pt(m);
  for (size_t i = 0; i < n; ++i) gt[i] = CollapseSpace(gold[i].text);
  for (size_t j = 0; j < m; ++j) pt[j] = CollapseSpace(predicted[j].text);
  // Longest common subsequence of equal texts: one-to-one, in order.
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = gt[i] == pt[j] ? lcs[i + 1][j + 1] + 1
                                 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<int> match_of_gold(n, -1), match_of_pred(m, -1);
  for (size_t i = 0, j = 0; i < n && j < m;) {
    if (gt[i] == pt[j] && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
      match_of_gold[i] = static_cast<int>(j);
      match_of_pred[j] = static_cast<int>(i);
      ++i;
      ++j;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (IsSpeech(gold[i].kind)) ++score.gold_speech;
    if (match_of_gold[i] < 0) {
      score.mismatches.push_back(doc + ": missed " + gold[i].kind + " [" +
                                 gold[i].speaker + "] " + gt[i]);
    }
  }
  for (size_t j = 0; j < m; ++j) {
    const GoldQuote& p = predicted[j];
    int gi = match_of_pred[j];
    if (IsSpeech(p.kind)) {
      ++score.predicted_speech;
      if (gi < 0) {
        score.mismatches.push_back(doc + ": spurious " + p.kind + " [" +
                                   p.speaker + "] " + pt[j]);
        continue;
      }
      const GoldQuote& g = gold[gi];
      if (!IsSpeech(g.kind)) {
        score.mismatches.push_back(doc + ": gold TERM predicted " + p.kind +
                                   " " + pt[j]);
        continue;
      }
      ++score.matched_speech;
      std::string ps = p.speaker.empty() ? "?" : p.speaker;
      if (SpeakerKey(ps) == SpeakerKey(g.speaker)) {
        ++score.speaker_correct;
      } else {
        score.mismatches.push_back(doc + ": speaker [" + ps + "] want [" +
                                   g.speaker + "] for " + pt[j]);
      }
    } else {
      ++score.predicted_terms;
      if (gi >= 0 && gold[gi].kind == "TERM") {
        ++score.correct_terms;
      } else {
        score.mismatches.push_back(
            doc + ": TERM predicted, gold " +
            (gi >= 0 ? gold[gi].kind + " [" + gold[gi].speaker + "]"
                     : std::string("none")) +
            " " + pt[j]);
      }
    }
  }
  return score;
}

// ExtractQuotes on `text`, in the gold's terms.
inline std::vector<GoldQuote> PredictQuotes(const std::string& text) {
  const core::Segmentation seg = core::Segment(text);
  std::vector<GoldQuote> out;
  for (const core::Quote& q : core::ExtractQuotes(text, seg)) {
    GoldQuote g;
    g.kind = q.kind == core::QuoteKind::kTerm      ? "TERM"
             : q.kind == core::QuoteKind::kPartial ? "PARTIAL"
                                                   : "DIRECT";
    g.speaker = q.speaker.name;
    g.text = q.Text(text);
    out.push_back(std::move(g));
  }
  return out;
}

// Scores the text file `text_path` against its gold `gold_path`; a gold
// file that cannot be read scores as a mismatch saying why.
inline QuoteScore ScoreFile(const std::string& text_path,
                            const std::string& gold_path) {
  std::vector<GoldQuote> gold;
  std::string error;
  const std::string name =
      std::filesystem::path(text_path).filename().string();
  if (!ReadGold(gold_path, &gold, &error)) {
    QuoteScore score;
    score.mismatches.push_back(name + ": " + error);
    ++score.gold_speech;  // so that the score cannot pass
    return score;
  }
  std::ifstream in(text_path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return ScoreQuotes(gold, PredictQuotes(text.str()), name);
}

// The text files (*.txt, sorted) of `dir` that have a gold .tsv beside them.
inline std::vector<std::string> GoldTexts(const std::string& dir) {
  std::vector<std::string> texts;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::filesystem::path& p = entry.path();
    if (p.extension() != ".txt") continue;
    std::filesystem::path gold = p;
    gold.replace_extension(".tsv");
    if (std::filesystem::exists(gold)) texts.push_back(p.string());
  }
  std::sort(texts.begin(), texts.end());
  return texts;
}

}  // namespace textanalytics::testing

#endif  // TEXTANALYTICS_TESTS_CORE_QUOTE_SCORING_H_
