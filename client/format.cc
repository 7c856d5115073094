#include "client/format.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace textanalytics::client {
namespace {

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::string Pad(const std::string& s, size_t width, Table::Align align) {
  const size_t w = CodePointWidth(s);
  if (w >= width) return s;
  const std::string fill(width - w, ' ');
  return align == Table::kLeft ? s + fill : fill + s;
}

}  // namespace

size_t CodePointWidth(const std::string& s) {
  return std::count_if(s.begin(), s.end(),
                       [](char c) { return !IsContinuationByte(c); });
}

std::string Shorten(const std::string& s, size_t max_width) {
  std::string flat = s;
  for (char& c : flat) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (CodePointWidth(flat) <= max_width) return flat;
  // Keep max_width - 1 code points and add the ellipsis.
  size_t kept = 0;
  size_t end = 0;
  while (end < flat.size()) {
    if (!IsContinuationByte(flat[end])) {
      if (kept == max_width - 1) break;
      ++kept;
    }
    ++end;
  }
  std::string cut = flat.substr(0, end);
  while (!cut.empty() && cut.back() == ' ') cut.pop_back();
  return cut + "…";
}

std::string ShortenLeft(const std::string& s, size_t max_width) {
  std::string flat = s;
  for (char& c : flat) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  const size_t width = CodePointWidth(flat);
  if (width <= max_width) return flat;
  // Drop the first width - (max_width - 1) code points and add the ellipsis.
  size_t to_drop = width - (max_width - 1);
  size_t begin = 0;
  while (begin < flat.size()) {
    if (!IsContinuationByte(flat[begin])) {
      if (to_drop == 0) break;
      --to_drop;
    }
    ++begin;
  }
  while (begin < flat.size() && flat[begin] == ' ') ++begin;
  return "…" + flat.substr(begin);
}

size_t DisplayWidth(const std::string& s) {
  size_t width = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\x1b' && i + 1 < s.size() && s[i + 1] == '[') {
      // A CSI sequence ends with a byte in @ to ~.
      i += 2;
      while (i < s.size() && !(s[i] >= '@' && s[i] <= '~')) ++i;
      continue;
    }
    if (!IsContinuationByte(s[i])) ++width;
  }
  return width;
}

std::vector<std::string> WrapWords(const std::string& s, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t line_width = 0;
  size_t begin = 0;
  while (begin < s.size()) {
    const size_t end = s.find_first_of(" \n\r\t", begin);
    const std::string word = s.substr(
        begin, end == std::string::npos ? std::string::npos : end - begin);
    begin = end == std::string::npos ? s.size() : end + 1;
    if (word.empty()) continue;
    const size_t word_width = DisplayWidth(word);
    if (!line.empty() && line_width + 1 + word_width > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += word_width;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

std::string FormatDouble(double value, int precision) {
  return absl::StrFormat("%.*f", precision, value);
}

std::string FormatDuration(const google::protobuf::Duration& duration) {
  const int64_t total = static_cast<int64_t>(
      std::llround(duration.seconds() + duration.nanos() / 1e9));
  const int64_t hours = total / 3600;
  const int64_t minutes = total % 3600 / 60;
  const int64_t seconds = total % 60;
  if (hours > 0) return absl::StrFormat("%d h %02d min", hours, minutes);
  if (minutes > 0) return absl::StrFormat("%d min %02d s", minutes, seconds);
  return absl::StrFormat("%d s", seconds);
}

std::string EnumLabel(const std::string& name, const std::string& prefix) {
  std::string label =
      name.rfind(prefix, 0) == 0 ? name.substr(prefix.size()) : name;
  return absl::AsciiStrToLower(label);
}

void Table::AddRow(std::vector<std::string> cells) {
  rows_.push_back(std::move(cells));
}

void Table::Print(std::ostream& out) const {
  std::vector<size_t> widths;
  for (const auto& row : rows_) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (size_t i = 0; i < row.size(); ++i) {
      widths[i] = std::max(widths[i], CodePointWidth(row[i]));
    }
  }
  // Room for the last column when lines must fit line_width_.
  size_t last_width = std::string::npos;
  if (line_width_ > 0 && !widths.empty()) {
    size_t before = 0;
    for (size_t i = 0; i + 1 < widths.size(); ++i) before += widths[i] + 2;
    last_width = line_width_ > before + min_last_width_ ? line_width_ - before
                                                        : min_last_width_;
  }
  for (const auto& row : rows_) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      const Align align = i < aligns_.size() ? aligns_[i] : kLeft;
      const bool last = i + 1 == row.size();
      if (i > 0) line += "  ";
      std::string cell = row[i];
      if (i + 1 == widths.size() && last_width != std::string::npos) {
        cell = Shorten(cell, last_width);
      }
      line += (last && align == kLeft) ? cell : Pad(cell, widths[i], align);
    }
    out << line << "\n";
  }
}

void Report::Section(const std::string& title) {
  entries_.push_back({title, "", true});
  in_section_ = true;
}

void Report::EndSection() { in_section_ = false; }

void Report::Line(const std::string& label, const std::string& value) {
  entries_.push_back({(in_section_ ? "  " : "") + label, value, false});
}

void Report::Line(const std::string& label, int64_t value) {
  Line(label, absl::StrCat(value));
}

void Report::Print(std::ostream& out) const {
  size_t label_width = 0;
  size_t value_width = 0;
  for (const Entry& e : entries_) {
    if (e.heading) continue;
    label_width = std::max(label_width, CodePointWidth(e.label));
    value_width = std::max(value_width, CodePointWidth(e.value));
  }
  for (const Entry& e : entries_) {
    if (e.heading) {
      out << e.label << "\n";
    } else {
      out << Pad(e.label, label_width, Table::kLeft) << "  "
          << Pad(e.value, value_width, Table::kRight) << "\n";
    }
  }
}

}  // namespace textanalytics::client
