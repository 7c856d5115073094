// Readable output of `ta`: aligned tables and label/value reports, and the
// text forms of numbers, durations and enum values. Widths count Unicode code
// points, so titles with accents or curly quotes stay aligned. Pure functions
// and plain objects; not thread-safe.
#ifndef TEXTANALYTICS_CLIENT_FORMAT_H_
#define TEXTANALYTICS_CLIENT_FORMAT_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "google/protobuf/duration.pb.h"

namespace textanalytics::client {

// Code points of UTF-8 `s` (continuation bytes are not counted).
size_t CodePointWidth(const std::string& s);

// `s` cut to at most `max_width` code points, ending in "…" when cut.
// Line breaks and tabs become spaces.
std::string Shorten(const std::string& s, size_t max_width);

// `s` cut from the left to at most `max_width` code points, starting with
// "…" when cut (for the left context of a concordance line). Line breaks and
// tabs become spaces.
std::string ShortenLeft(const std::string& s, size_t max_width);

// `value` with `precision` digits after the point: "12.35".
std::string FormatDouble(double value, int precision);

// Code points of `s` that take a column on a terminal: ANSI escape
// sequences ("\x1b[1m") are not counted.
size_t DisplayWidth(const std::string& s);

// The words of `s` (split at spaces; line breaks and tabs count as spaces)
// filled into lines of at most `width` display columns. A word wider than
// `width` has a line of its own. Empty when `s` has no words.
std::vector<std::string> WrapWords(const std::string& s, size_t width);

// "4 min 12 s", "38 s", "1 h 02 min"; rounded to the second.
std::string FormatDuration(const google::protobuf::Duration& duration);

// The enum value name without its prefix, lowercased:
// ("BLOCK_KIND_BODY", "BLOCK_KIND_") -> "body".
std::string EnumLabel(const std::string& name, const std::string& prefix);

// Rows of cells printed in columns separated by two spaces. The last column
// is not padded.
class Table {
 public:
  enum Align { kLeft, kRight };

  explicit Table(std::vector<Align> aligns) : aligns_(std::move(aligns)) {}

  void AddRow(std::vector<std::string> cells);
  // Cuts the cells of the last column (with Shorten) so that lines are at
  // most `line_width` code points, keeping at least `min_width` of them.
  void FitLastColumn(size_t line_width, size_t min_width = 20) {
    line_width_ = line_width;
    min_last_width_ = min_width;
  }
  void Print(std::ostream& out) const;

 private:
  std::vector<Align> aligns_;
  size_t line_width_ = 0;  // 0: no limit
  size_t min_last_width_ = 0;
  std::vector<std::vector<std::string>> rows_;
};

// Lines of "label  value", the values aligned in one column, with optional
// section headings whose lines are indented under them.
class Report {
 public:
  // Starts a section; the following lines are indented by two spaces.
  void Section(const std::string& title);
  // Ends the current section: the following lines are not indented.
  void EndSection();
  void Line(const std::string& label, const std::string& value);
  void Line(const std::string& label, int64_t value);
  void Print(std::ostream& out) const;

 private:
  struct Entry {
    std::string label;
    std::string value;
    bool heading = false;
  };
  std::vector<Entry> entries_;
  bool in_section_ = false;
};

}  // namespace textanalytics::client

#endif  // TEXTANALYTICS_CLIENT_FORMAT_H_
