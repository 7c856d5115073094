#include "client/commands.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "client/format.h"
#include "client/rpc.h"

namespace textanalytics::client {
namespace {

// Widest title in the `docs` table, in code points.
constexpr size_t kTitleWidth = 50;

// Prints "ta: MESSAGE" and the command's usage line; returns kExitUsage.
int UsageFailure(const CommandLine& line, const std::string& message) {
  std::cerr << "ta: " << message << "\nusage: " << UsageLine(*line.command)
            << std::endl;
  return kExitUsage;
}

// Reads integer flag `name` into `value` (unchanged when absent). Returns
// false when the value is not an integer.
bool IntFlag(const CommandLine& line, const std::string& name, int* value) {
  if (!line.Has(name)) return true;
  return absl::SimpleAtoi(line.Get(name), value);
}

v1::TextScope Scope(const CommandLine& line) {
  return line.Has("all-text") ? v1::TEXT_SCOPE_ALL_TEXT : v1::TEXT_SCOPE_BODY;
}

std::string ScopeLabel(v1::TextScope scope) {
  return scope == v1::TEXT_SCOPE_ALL_TEXT ? "all text" : "body text";
}

// "UTF-16 code units" for the unit offsets are counted in.
std::string OffsetUnit(v1::EncodingType encoding) {
  switch (encoding) {
    case v1::ENCODING_TYPE_UTF16:
      return "UTF-16 code units";
    case v1::ENCODING_TYPE_UTF32:
      return "code points";
    default:
      return "UTF-8 bytes";
  }
}

std::string KindLabel(v1::BlockKind kind) {
  return EnumLabel(v1::BlockKind_Name(kind), "BLOCK_KIND_");
}

// ---------------------------------------------------------------------------
// Readable printing shared by several commands.

void AddStats(const v1::TextStats& s, Report* report) {
  report->Section("Counts");
  report->Line("characters", s.character_count());
  report->Line("letters", s.letter_count());
  report->Line("words", s.word_count());
  report->Line("unique words", s.unique_word_count());
  report->Line("sentences", s.sentence_count());
  report->Line("paragraphs", s.paragraph_count());
  report->Line("syllables", s.syllable_count());
  report->Line("polysyllabic words", s.polysyllabic_word_count());
  report->Line("long words (7+ letters)", s.long_word_count());
  report->Section("Means");
  report->Line("words per sentence",
               FormatDouble(s.mean_words_per_sentence(), 2));
  report->Line("syllables per word",
               FormatDouble(s.mean_syllables_per_word(), 2));
  report->Line("word length (letters)", FormatDouble(s.mean_word_length(), 2));
  report->Line("type-token ratio", FormatDouble(s.type_token_ratio(), 3));
  report->EndSection();
  report->Line("Reading time", FormatDuration(s.reading_time()));
  report->Section("Blocks by kind");
  const v1::BlockCounts& b = s.block_counts();
  report->Line("body", b.body());
  report->Line("heading", b.heading());
  report->Line("caption", b.caption());
  report->Line("credit", b.credit());
  report->Line("boilerplate", b.boilerplate());
  report->Section("Readability");
  const v1::Readability& r = s.readability();
  report->Line("Flesch reading ease", FormatDouble(r.flesch_reading_ease(), 1));
  report->Line("Flesch-Kincaid grade",
               FormatDouble(r.flesch_kincaid_grade(), 1));
  report->Line("Gunning fog", FormatDouble(r.gunning_fog(), 1));
  report->Line("SMOG", FormatDouble(r.smog(), 1));
  report->Line("Coleman-Liau", FormatDouble(r.coleman_liau(), 1));
  report->Line("automated readability",
               FormatDouble(r.automated_readability(), 1));
  report->Line("LIX", FormatDouble(r.lix(), 1));
  report->Section("Quotations");
  report->Line("quotations", s.quote_count());
  report->Line("speakers", s.speaker_count());
  report->Line("quoted share of words",
               absl::StrCat(FormatDouble(100 * s.quoted_word_share(), 1), "%"));
}

void PrintStats(const std::string& heading, const v1::TextStats& stats) {
  std::cout << heading << "\n\n";
  Report report;
  AddStats(stats, &report);
  report.Print(std::cout);
}

void PrintBlocks(const google::protobuf::RepeatedPtrField<v1::Block>& blocks,
                 v1::EncodingType encoding) {
  std::cout << "Blocks (offsets in " << OffsetUnit(encoding) << ")\n";
  for (const v1::Block& block : blocks) {
    std::cout << "[" << block.index() << "] " << KindLabel(block.kind()) << "  "
              << block.begin_offset() << "-" << block.end_offset() << "\n    "
              << absl::StripTrailingAsciiWhitespace(block.text()) << "\n";
  }
}

void PrintSummary(
    const google::protobuf::RepeatedPtrField<v1::SummarySentence>& sentences,
    v1::EncodingType encoding) {
  Table table({Table::kRight, Table::kRight, Table::kRight, Table::kLeft});
  table.AddRow({"rank", "score", "offsets", "sentence"});
  for (const v1::SummarySentence& s : sentences) {
    table.AddRow({absl::StrCat(s.rank()), FormatDouble(s.score(), 4),
                  absl::StrCat(s.begin_offset(), "-", s.end_offset()),
                  s.text()});
  }
  table.Print(std::cout);
  std::cout << "(offsets in " << OffsetUnit(encoding) << ")\n";
}

// ---------------------------------------------------------------------------
// docs

// Calls a List method once, or until the last page when `follow`; the items
// of every page (the response's repeated field that `items` returns) are
// merged into `all`, with the last page's total_size and next_page_token.
template <typename Request, typename Response, typename Item>
bool FetchPages(Client& client, Request request, bool follow,
                grpc::Status (v1::TextAnalyticsService::Stub::*method)(
                    grpc::ClientContext*, const Request&, Response*),
                google::protobuf::RepeatedPtrField<Item>* (Response::*items)(),
                Response* all) {
  while (true) {
    Response page;
    if (!client.Run([&](grpc::ClientContext* context) {
          return (client.stub().*method)(context, request, &page);
        })) {
      return false;
    }
    for (Item& item : *(page.*items)())
      *(all->*items)()->Add() = std::move(item);
    all->set_total_size(page.total_size());
    all->set_next_page_token(page.next_page_token());
    if (!follow || page.next_page_token().empty()) return true;
    request.set_page_token(page.next_page_token());
  }
}

int RunDocs(const CommandLine& line) {
  v1::ListDocumentsRequest request;
  int page_size = 0;
  if (!IntFlag(line, "page-size", &page_size)) {
    return UsageFailure(line, "--page-size must be an integer");
  }
  request.set_page_size(page_size);
  request.set_page_token(line.Get("page-token"));
  Client client(line.options);
  v1::ListDocumentsResponse response;
  if (!FetchPages(client, request, line.Has("all"),
                  &v1::TextAnalyticsService::Stub::ListDocuments,
                  &v1::ListDocumentsResponse::mutable_documents, &response)) {
    return kExitRpcError;
  }
  if (line.options.json) {
    PrintJson(response);
    return kExitOk;
  }
  Table table({Table::kLeft, Table::kLeft, Table::kRight, Table::kRight});
  table.AddRow({"NAME", "TITLE", "WORDS", "SENTENCES"});
  for (const v1::Document& doc : response.documents()) {
    table.AddRow({doc.name(), Shorten(doc.title(), kTitleWidth),
                  absl::StrCat(doc.word_count()),
                  absl::StrCat(doc.sentence_count())});
  }
  table.Print(std::cout);
  std::cout << "(" << response.documents_size() << " of "
            << response.total_size() << " documents)\n";
  if (!response.next_page_token().empty()) {
    std::cout << "next page: --page-token " << response.next_page_token()
              << "\n";
  }
  return kExitOk;
}

// ---------------------------------------------------------------------------
// doc

void PrintDocument(const v1::Document& doc, v1::EncodingType encoding) {
  Table table({Table::kLeft, Table::kLeft});
  table.AddRow({"name:", doc.name()});
  table.AddRow({"title:", doc.title()});
  table.AddRow({"source file:", doc.source_file()});
  table.AddRow({"size:", absl::StrCat(doc.size_bytes(), " bytes")});
  table.AddRow({"characters:", absl::StrCat(doc.character_count())});
  table.AddRow({"words:", absl::StrCat(doc.word_count())});
  table.AddRow({"sentences:", absl::StrCat(doc.sentence_count())});
  table.AddRow({"paragraphs:", absl::StrCat(doc.paragraph_count())});
  table.AddRow({"blocks:", absl::StrCat(doc.block_count())});
  table.AddRow({"sha256:", doc.sha256()});
  table.Print(std::cout);
  if (doc.blocks_size() > 0) {
    std::cout << "\n";
    PrintBlocks(doc.blocks(), encoding);
  }
}

int RunDoc(const CommandLine& line) {
  v1::GetDocumentRequest request;
  request.set_name(DocumentName(line.args[0]));
  request.set_view(line.Has("full") ? v1::DOCUMENT_VIEW_FULL
                                    : v1::DOCUMENT_VIEW_BASIC);
  request.set_encoding_type(line.options.encoding);
  Client client(line.options);
  v1::GetDocumentResponse response;
  if (!client.Run([&](grpc::ClientContext* context) {
        return client.stub().GetDocument(context, request, &response);
      })) {
    return kExitRpcError;
  }
  if (line.options.json) {
    PrintJson(response);
  } else {
    PrintDocument(response.document(), line.options.encoding);
  }
  return kExitOk;
}

// ---------------------------------------------------------------------------
// stats

int RunStats(const CommandLine& line) {
  v1::GetTextStatsRequest request;
  if (line.Has("doc")) request.set_name(DocumentName(line.Get("doc")));
  request.set_scope(Scope(line));
  Client client(line.options);
  v1::GetTextStatsResponse response;
  if (!client.Run([&](grpc::ClientContext* context) {
        return client.stub().GetTextStats(context, request, &response);
      })) {
    return kExitRpcError;
  }
  if (line.options.json) {
    PrintJson(response);
    return kExitOk;
  }
  std::string heading = absl::StrCat("Statistics of ", response.name());
  if (!line.Has("doc")) {
    absl::StrAppend(&heading, " (", response.document_count(),
                    response.document_count() == 1 ? " document" : " documents",
                    ")");
  }
  absl::StrAppend(&heading, ", ", ScopeLabel(response.scope()));
  PrintStats(heading, response.stats());
  return kExitOk;
}

// ---------------------------------------------------------------------------
// summary

int RunSummary(const CommandLine& line) {
  const bool stdin_arg = !line.args.empty();
  if (stdin_arg && line.args[0] != "-") {
    return UsageFailure(line,
                        "give a document with --doc ID, a file with "
                        "--file F, or - for stdin");
  }
  const int sources = line.Has("doc") + line.Has("file") + stdin_arg;
  if (sources != 1) {
    return UsageFailure(line, "give exactly one of --doc ID, --file F or -");
  }
  v1::SummarizeRequest request;
  int max_sentences = 0;
  if (!IntFlag(line, "n", &max_sentences)) {
    return UsageFailure(line, "-n must be an integer");
  }
  request.set_max_sentences(max_sentences);
  request.set_encoding_type(line.options.encoding);
  if (line.Has("doc")) {
    request.set_name(DocumentName(line.Get("doc")));
  } else if (!ReadInput(stdin_arg ? "-" : line.Get("file"),
                        request.mutable_text())) {
    return kExitInputError;
  }
  Client client(line.options);
  v1::SummarizeResponse response;
  if (!client.Run([&](grpc::ClientContext* context) {
        return client.stub().Summarize(context, request, &response);
      })) {
    return kExitRpcError;
  }
  if (line.options.json) {
    PrintJson(response);
    return kExitOk;
  }
  PrintSummary(response.sentences(), line.options.encoding);
  std::cout << "(" << response.sentences_size() << " of "
            << response.candidate_count() << " sentences)\n";
  return kExitOk;
}

// ---------------------------------------------------------------------------
// Keyword and term printing, shared by analyze, keywords and terms.

// Widest term cell of a keyword table, in code points, with its other forms.
constexpr size_t kTermWidth = 44;
// Surface forms shown after the display form of a keyword.
constexpr int kMaxOtherForms = 3;
// Widest left and right context of a concordance line, in code points.
constexpr size_t kContextWidth = 40;
// Widest term in a column heading of the per-document table.
constexpr size_t kTermHeadingWidth = 20;

// `s` as one shell word: unchanged when it is plain, else in single quotes.
std::string ShellQuote(const std::string& s) {
  const bool plain = !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
           std::strchr("_./:,=+-@%", c) != nullptr;
  });
  if (plain) return s;
  std::string quoted = "'";
  for (char c : s) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

// The command that fetches the page after this one: the same command,
// arguments and flags (but --page-token and `skip`), and --page-token
// `token`. `extra` flags ("--first-rank 21") go before the token.
std::string NextPageCommand(const CommandLine& line, const std::string& token,
                            const std::string& extra = "",
                            const std::string& skip = "") {
  std::string command = absl::StrCat("ta ", line.command->name);
  if (line.options.encoding != v1::ENCODING_TYPE_UTF8) {
    absl::StrAppend(
        &command, " --encoding ",
        line.options.encoding == v1::ENCODING_TYPE_UTF16 ? "utf16" : "utf32");
  }
  // Arguments go first, unless one looks like a flag: then last, after "--".
  const bool dashed_arg =
      std::any_of(line.args.begin(), line.args.end(),
                  [](const std::string& a) { return a.rfind("-", 0) == 0; });
  std::string args;
  for (const std::string& arg : line.args) {
    absl::StrAppend(&args, " ", ShellQuote(arg));
  }
  if (!dashed_arg) absl::StrAppend(&command, args);
  for (const auto& [name, value] : line.flag_list) {
    if (name == "page-token" || name == skip) continue;
    absl::StrAppend(&command, " --", name);
    const bool is_switch =
        std::any_of(line.command->flags.begin(), line.command->flags.end(),
                    [&](const FlagSpec& f) {
                      return f.name == name && f.value_name.empty();
                    });
    if (!is_switch) absl::StrAppend(&command, " ", ShellQuote(value));
  }
  if (!extra.empty()) absl::StrAppend(&command, " ", extra);
  absl::StrAppend(&command, " --page-token ", ShellQuote(token));
  if (dashed_arg) absl::StrAppend(&command, " --", args);
  return command;
}

// Every value of repeated flag `name`, each split at commas; empty parts are
// dropped.
std::vector<std::string> ListFlag(const CommandLine& line,
                                  const std::string& name) {
  std::vector<std::string> values;
  for (const std::string& value : line.GetAll(name)) {
    for (absl::string_view part : absl::StrSplit(value, ',')) {
      part = absl::StripAsciiWhitespace(part);
      if (!part.empty()) values.emplace_back(part);
    }
  }
  return values;
}

v1::Normalization Normalization(const CommandLine& line) {
  return line.Has("lowercase") ? v1::NORMALIZATION_LOWERCASE
                               : v1::NORMALIZATION_STEM;
}

// "regulations (+regulators 1, +regulate 1)": the display form and, when the
// term has others, its other surface forms with their counts, as many as fit
// in kTermWidth (at most kMaxOtherForms), then "+N more".
std::string TermCell(const v1::Keyword& k) {
  std::vector<std::string> others;
  for (const v1::SurfaceForm& form : k.surface_forms()) {
    if (form.text() != k.display_form()) {
      others.push_back(absl::StrCat("+", form.text(), " ", form.count()));
    }
  }
  if (others.empty()) return Shorten(k.display_form(), kTermWidth);
  const int total = static_cast<int>(others.size());
  // The cell with the first `shown` other forms.
  auto cell = [&](int shown) {
    std::string list;
    for (int i = 0; i < shown; ++i) {
      absl::StrAppend(&list, i > 0 ? ", " : "", others[i]);
    }
    const int hidden = total - shown;
    if (hidden > 0) {
      absl::StrAppend(&list, shown > 0 ? ", " : "", "+", hidden,
                      shown > 0 ? " more" : (hidden == 1 ? " form" : " forms"));
    }
    return absl::StrCat(k.display_form(), " (", list, ")");
  };
  int shown = std::min(total, kMaxOtherForms);
  while (shown > 0 && CodePointWidth(cell(shown)) > kTermWidth) --shown;
  return Shorten(cell(shown), kTermWidth);
}

// Which columns a keyword table has.
struct KeywordColumns {
  bool documents = true;  // document frequency
  bool score = false;     // the ranking's score
  int first_rank = 1;     // rank of the first row
};

void PrintKeywords(const google::protobuf::RepeatedPtrField<v1::Keyword>& kws,
                   const KeywordColumns& columns) {
  std::vector<Table::Align> aligns = {Table::kRight, Table::kLeft,
                                      Table::kRight, Table::kRight};
  std::vector<std::string> heading = {"rank", "term", "count", "per 10k"};
  if (columns.documents) {
    aligns.push_back(Table::kRight);
    heading.push_back("docs");
  }
  if (columns.score) {
    aligns.push_back(Table::kRight);
    heading.push_back("score");
  }
  Table table(aligns);
  table.AddRow(heading);
  int rank = columns.first_rank;
  for (const v1::Keyword& k : kws) {
    std::vector<std::string> row = {
        absl::StrCat(rank++), TermCell(k), absl::StrCat(k.count()),
        FormatDouble(k.frequency_per_10k_words(), 1)};
    if (columns.documents) row.push_back(absl::StrCat(k.document_frequency()));
    if (columns.score) row.push_back(FormatDouble(k.score(), 3));
    table.AddRow(std::move(row));
  }
  table.Print(std::cout);
}

// ---------------------------------------------------------------------------
// Quotation printing, shared by analyze, quotes, search-quotes and speakers.

// Columns assumed when stdout is not a terminal and $COLUMNS is not set.
constexpr size_t kDefaultWidth = 80;
// Narrowest width wrapped to, whatever the terminal says.
constexpr size_t kMinWidth = 40;
// Indent of a quotation's text under its heading line.
constexpr size_t kQuoteIndent = 4;
// Widest speaker name in the `speakers` table, in code points.
constexpr size_t kSpeakerWidth = 28;
// Quotations `analyze` lists unless --quotes says otherwise.
constexpr int kAnalyzeQuotes = 5;

bool StdoutIsTerminal() { return isatty(STDOUT_FILENO) == 1; }

// Columns of the terminal stdout writes to; else $COLUMNS; else 80.
size_t TerminalWidth() {
  size_t width = 0;
  winsize size{};
  if (StdoutIsTerminal() && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) {
    width = size.ws_col;
  }
  const char* columns = std::getenv("COLUMNS");
  if (width == 0 && columns != nullptr) {
    int value = 0;
    if (absl::SimpleAtoi(columns, &value) && value > 0) width = value;
  }
  if (width == 0) width = kDefaultWidth;
  return std::max(width, kMinWidth);
}

// "DIRECT" for QUOTE_KIND_DIRECT.
std::string QuoteKindLabel(v1::QuoteKind kind) {
  return absl::AsciiStrToUpper(
      EnumLabel(v1::QuoteKind_Name(kind), "QUOTE_KIND_"));
}

// Reads --kind values (direct, partial, term or all; repeatable or comma
// separated) into `request_kinds`. Returns false on an unknown kind, which
// it names in `bad`.
bool ParseQuoteKinds(const CommandLine& line,
                     google::protobuf::RepeatedField<int>* request_kinds,
                     std::string* bad) {
  for (const std::string& value : ListFlag(line, "kind")) {
    const std::string v = absl::AsciiStrToLower(value);
    if (v == "direct") {
      request_kinds->Add(v1::QUOTE_KIND_DIRECT);
    } else if (v == "partial") {
      request_kinds->Add(v1::QUOTE_KIND_PARTIAL);
    } else if (v == "term" || v == "terms") {
      request_kinds->Add(v1::QUOTE_KIND_TERM);
    } else if (v == "all") {
      request_kinds->Add(v1::QUOTE_KIND_DIRECT);
      request_kinds->Add(v1::QUOTE_KIND_PARTIAL);
      request_kinds->Add(v1::QUOTE_KIND_TERM);
    } else {
      *bad = value;
      return false;
    }
  }
  return true;
}

// "direct, partial" for the kinds a request asks for (the server's default
// when it names none).
std::string KindsLabel(const google::protobuf::RepeatedField<int>& kinds) {
  std::string label;
  for (v1::QuoteKind kind :
       {v1::QUOTE_KIND_DIRECT, v1::QUOTE_KIND_PARTIAL, v1::QUOTE_KIND_TERM}) {
    const bool asked = kinds.empty() ? kind != v1::QUOTE_KIND_TERM
                                     : std::find(kinds.begin(), kinds.end(),
                                                 kind) != kinds.end();
    if (asked) {
      absl::StrAppend(&label, label.empty() ? "" : ", ",
                      absl::AsciiStrToLower(QuoteKindLabel(kind)));
    }
  }
  return label;
}

// "Elon Musk (“Musk”, explicit) — head of …": the speaker's name, the
// mention next to the quotation when it differs, how the speaker was found
// and the description. "no speaker" when there is none.
std::string SpeakerLabel(const v1::Quote& quote) {
  if (!quote.has_speaker() || quote.speaker().name().empty()) {
    return quote.kind() == v1::QUOTE_KIND_TERM ? "" : "no speaker";
  }
  const v1::Speaker& s = quote.speaker();
  const std::string how =
      EnumLabel(v1::Attribution_Name(s.attribution()), "ATTRIBUTION_");
  std::string label = s.name();
  if (!s.mention().empty() && s.mention() != s.name()) {
    absl::StrAppend(&label, " (“", s.mention(), "”, ", how, ")");
  } else {
    absl::StrAppend(&label, " (", how, ")");
  }
  if (!s.description().empty()) {
    absl::StrAppend(&label, " — ", s.description());
  }
  return label;
}

// "¶5", or "¶5–7" for a quotation continued over paragraphs.
std::string ParagraphLabel(const v1::Quote& quote) {
  std::string label = absl::StrCat("¶", quote.first_paragraph_index());
  if (quote.last_paragraph_index() > quote.first_paragraph_index()) {
    absl::StrAppend(&label, "–", quote.last_paragraph_index());
  }
  return label;
}

// Prints `text` (a quotation's words, paragraphs joined by "\n") in
// quotation marks, wrapped to `width` and indented by kQuoteIndent. As in
// newspapers, each paragraph opens with a mark and only the last closes.
// A continued quotation labels each paragraph with its index from `first`.
void PrintQuoteText(const std::string& text, int first, size_t width) {
  const std::vector<std::string> paragraphs = absl::StrSplit(text, '\n');
  const std::string indent(kQuoteIndent, ' ');
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    std::string prefix = "“";
    if (paragraphs.size() > 1) {
      prefix = absl::StrCat("¶", first + static_cast<int>(p), " “");
    }
    const size_t hang = kQuoteIndent + DisplayWidth(prefix);
    const std::string body =
        p + 1 == paragraphs.size() ? paragraphs[p] + "”" : paragraphs[p];
    std::vector<std::string> lines =
        WrapWords(body, width > hang + 20 ? width - hang : 20);
    if (lines.empty()) lines.push_back("");
    for (size_t i = 0; i < lines.size(); ++i) {
      std::cout << (i == 0 ? indent + prefix : std::string(hang, ' '))
                << lines[i] << "\n";
    }
  }
}

// One quotation of `quotes`: a heading line (name, paragraphs, kind,
// speaker) and the text under it. A speaker that does not fit on the
// heading line goes under it, wrapped and indented by two.
void PrintQuote(const v1::Quote& quote, size_t width) {
  const std::string heading =
      absl::StrCat(quote.name(), "  ", ParagraphLabel(quote), "  ",
                   QuoteKindLabel(quote.kind()));
  const std::string speaker = SpeakerLabel(quote);
  if (speaker.empty()) {
    std::cout << heading << "\n";
  } else if (DisplayWidth(heading) + 2 + DisplayWidth(speaker) <= width) {
    std::cout << heading << "  " << speaker << "\n";
  } else {
    std::cout << heading << "\n";
    for (const std::string& l : WrapWords(speaker, width - 2)) {
      std::cout << "  " << l << "\n";
    }
  }
  PrintQuoteText(quote.text(), quote.first_paragraph_index(), width);
}

// A short table of quotations (for analyze): paragraph, kind, speaker and
// the text shortened to fit `width`; at most `limit` rows.
void PrintQuoteList(const google::protobuf::RepeatedPtrField<v1::Quote>& quotes,
                    int limit, size_t width) {
  Table table({Table::kLeft, Table::kLeft, Table::kLeft, Table::kLeft});
  table.AddRow({"¶", "kind", "speaker", "quotation"});
  for (int i = 0; i < quotes.size() && i < limit; ++i) {
    const v1::Quote& q = quotes[i];
    table.AddRow({ParagraphLabel(q).substr(std::strlen("¶")),
                  absl::AsciiStrToLower(QuoteKindLabel(q.kind())),
                  q.has_speaker() ? Shorten(q.speaker().name(), 30) : "-",
                  absl::StrCat("“", q.text(), "”")});
  }
  table.FitLastColumn(width);
  table.Print(std::cout);
}

// Byte offset in UTF-8 `s` of `offset` counted in `encoding`'s code units
// (the server counts highlights in the request's encoding).
size_t ByteOffset(const std::string& s, int64_t offset,
                  v1::EncodingType encoding) {
  if (encoding != v1::ENCODING_TYPE_UTF16 &&
      encoding != v1::ENCODING_TYPE_UTF32) {
    return std::min<size_t>(static_cast<size_t>(std::max<int64_t>(offset, 0)),
                            s.size());
  }
  int64_t units = 0;
  size_t i = 0;
  while (i < s.size() && units < offset) {
    const unsigned char lead = static_cast<unsigned char>(s[i]);
    const size_t length = lead < 0x80   ? 1
                          : lead < 0xE0 ? 2
                          : lead < 0xF0 ? 3
                                        : 4;
    units += (encoding == v1::ENCODING_TYPE_UTF16 && length == 4) ? 2 : 1;
    i += length;
  }
  return std::min(i, s.size());
}

// `hit`'s quotation text with the highlighted words marked: bold on a
// terminal (unless $NO_COLOR is set), else in [brackets].
std::string HighlightedText(const v1::QuoteHit& hit,
                            v1::EncodingType encoding) {
  const std::string& text = hit.quote().text();
  std::vector<std::pair<size_t, size_t>> ranges;
  for (const v1::TextRange& r : hit.highlights()) {
    const size_t begin = ByteOffset(text, r.begin_offset(), encoding);
    const size_t end = ByteOffset(text, r.end_offset(), encoding);
    if (begin < end) ranges.emplace_back(begin, end);
  }
  std::sort(ranges.begin(), ranges.end());
  const bool bold = StdoutIsTerminal() && std::getenv("NO_COLOR") == nullptr;
  const std::string open = bold ? "\x1b[1m" : "[";
  const std::string close = bold ? "\x1b[0m" : "]";
  std::string marked;
  size_t at = 0;
  for (const auto& [begin, end] : ranges) {
    if (begin < at) continue;  // overlaps the previous range
    absl::StrAppend(&marked, text.substr(at, begin - at), open,
                    text.substr(begin, end - begin), close);
    at = end;
  }
  marked += text.substr(at);
  return marked;
}

// Reads --page-size and --page-token; false (after printing the usage
// error) when --page-size is not an integer.
template <typename Request>
bool PageFlags(const CommandLine& line, Request* request) {
  int page_size = 0;
  if (!IntFlag(line, "page-size", &page_size)) return false;
  request->set_page_size(page_size);
  request->set_page_token(line.Get("page-token"));
  return true;
}

// "documents/-" for no --doc, else the document's name.
std::string ParentFlag(const CommandLine& line) {
  return line.Has("doc") ? DocumentName(line.Get("doc")) : "documents/-";
}

// "the corpus" or the document's name.
std::string ScopePhrase(const std::string& parent) {
  return parent == "documents/-" ? "the corpus" : parent;
}

// Prints "(N of TOTAL NOUN)" with the next-page hint when there is a next
// page. `extra` goes into the hint before the token (see NextPageCommand).
void PrintPageFooter(const CommandLine& line, int shown, int total,
                     const std::string& noun, const std::string& token,
                     const std::string& extra = "",
                     const std::string& skip = "") {
  std::cout << "(" << shown << " of " << total << " " << noun;
  if (!token.empty()) {
    std::cout << "; next page: " << NextPageCommand(line, token, extra, skip);
  }
  std::cout << ")\n";
}

// ---------------------------------------------------------------------------
// quotes

int RunQuotes(const CommandLine& line) {
  v1::ListQuotesRequest request;
  request.set_parent(ParentFlag(line));
  request.set_speaker(line.Get("speaker"));
  std::string bad_kind;
  if (!ParseQuoteKinds(line, request.mutable_kinds(), &bad_kind)) {
    return UsageFailure(line, absl::StrCat("--kind takes direct, partial, "
                                           "term or all (not '",
                                           bad_kind, "')"));
  }
  if (!PageFlags(line, &request)) {
    return UsageFailure(line, "--page-size must be an integer");
  }
  request.set_encoding_type(line.options.encoding);
  Client client(line.options);
  v1::ListQuotesResponse response;
  if (!FetchPages(client, request, line.Has("all"),
                  &v1::TextAnalyticsService::Stub::ListQuotes,
                  &v1::ListQuotesResponse::mutable_quotes, &response)) {
    return kExitRpcError;
  }
  if (line.options.json) {
    PrintJson(response);
    return kExitOk;
  }
  const size_t width = TerminalWidth();
  std::cout << "Quotations of " << ScopePhrase(request.parent()) << " ("
            << KindsLabel(request.kinds());
  if (!request.speaker().empty()) {
    std::cout << "; speaker “" << request.speaker() << "”";
  }
  std::cout << "; ¶ = paragraph)\n\n";
  for (const v1::Quote& quote : response.quotes()) {
    PrintQuote(quote, width);
    std::cout << "\n";
  }
  if (response.quotes().empty()) std::cout << "(no quotations)\n";
  PrintPageFooter(line, response.quotes_size(), response.total_size(),
                  "quotations", response.next_page_token());
  return kExitOk;
}

// ---------------------------------------------------------------------------
// search-quotes

int RunSearchQuotes(const CommandLine& line) {
  v1::SearchQuotesRequest request;
  request.set_parent(ParentFlag(line));
  request.set_query(absl::StrJoin(line.args, " "));
  request.set_speaker(line.Get("speaker"));
  std::string bad_kind;
  if (!ParseQuoteKinds(line, request.mutable_kinds(), &bad_kind)) {
    return UsageFailure(line, absl::StrCat("--kind takes direct, partial, "
                                           "term or all (not '",
                                           bad_kind, "')"));
  }
  if (!PageFlags(line, &request)) {
    return UsageFailure(line, "--page-size must be an integer");
  }
  int first_rank = 1;
  if (!IntFlag(line, "first-rank", &first_rank) || first_rank < 1) {
    return UsageFailure(line, "--first-rank must be a positive integer");
  }
  request.set_encoding_type(line.options.encoding);
  Client client(line.options);
  v1::SearchQuotesResponse response;
  if (!client.Run([&](grpc::ClientContext* context) {
        return client.stub().SearchQuotes(context, request, &response);
      })) {
    return kExitRpcError;
  }
  if (line.options.json) {
    PrintJson(response);
    return kExitOk;
  }
  const size_t width = TerminalWidth();
  std::cout << "Quotations of " << ScopePhrase(request.parent())
            << " matching “" << request.query() << "” ("
            << KindsLabel(request.kinds());
  if (!request.speaker().empty()) {
    std::cout << "; speaker “" << request.speaker() << "”";
  }
  std::cout << "), best first by BM25\n\n";
  int rank = first_rank;
  for (const v1::QuoteHit& hit : response.hits()) {
    const v1::Quote& quote = hit.quote();
    std::string heading =
        absl::StrCat(rank++, ".  score ", FormatDouble(hit.score(), 3));
    const std::string speaker = SpeakerLabel(quote);
    if (!speaker.empty()) absl::StrAppend(&heading, "  ", speaker);
    std::cout << Shorten(heading, width) << "\n";
    PrintQuoteText(HighlightedText(hit, line.options.encoding),
                   quote.first_paragraph_index(), width);
    std::cout << std::string(kQuoteIndent, ' ')
              << Shorten(absl::StrCat(quote.name(), "  ", ParagraphLabel(quote),
                                      "  ", QuoteKindLabel(quote.kind())),
                         width - kQuoteIndent)
              << "\n\n";
  }
  if (response.hits().empty()) std::cout << "(no matching quotations)\n";
  PrintPageFooter(line, response.hits_size(), response.total_size(), "hits",
                  response.next_page_token(),
                  absl::StrCat("--first-rank ", rank), "first-rank");
  return kExitOk;
}

// ---------------------------------------------------------------------------
// speakers

// "“Musk”, “he” — head of …; +1 more description": the other ways the text
// names the speaker, then the first description.
std::string MentionsCell(const v1::QuotedSpeaker& s) {
  std::string cell;
  for (const std::string& mention : s.mentions()) {
    if (mention == s.name()) continue;
    absl::StrAppend(&cell, cell.empty() ? "" : ", ", mention);
  }
  if (!s.descriptions().empty()) {
    absl::StrAppend(&cell, cell.empty() ? "" : " — ", s.descriptions(0));
    if (s.descriptions_size() > 1) {
      absl::StrAppend(&cell, " (+", s.descriptions_size() - 1, " more)");
    }
  }
  return cell.empty() ? "-" : cell;
}

int RunSpeakers(const CommandLine& line) {
  v1::ListSpeakersRequest request;
  request.set_parent(ParentFlag(line));
  if (!PageFlags(line, &request)) {
    return UsageFailure(line, "--page-size must be an integer");
  }
  Client client(line.options);
  v1::ListSpeakersResponse response;
  if (!FetchPages(client, request, line.Has("all"),
                  &v1::TextAnalyticsService::Stub::ListSpeakers,
                  &v1::ListSpeakersResponse::mutable_speakers, &response)) {
    return kExitRpcError;
  }
  if (line.options.json) {
    PrintJson(response);
    return kExitOk;
  }
  std::cout << "Speakers quoted in " << ScopePhrase(request.parent())
            << ", most quoted first (direct and partial quotations)\n\n";
  if (response.speakers().empty()) {
    std::cout << "(nobody is quoted)\n";
  } else {
    Table table({Table::kLeft, Table::kRight, Table::kRight, Table::kRight,
                 Table::kLeft});
    table.AddRow(
        {"speaker", "quotes", "words", "docs", "also named; described as"});
    for (const v1::QuotedSpeaker& s : response.speakers()) {
      table.AddRow({absl::StrCat(Shorten(s.name(), kSpeakerWidth),
                                 s.organization() ? " (org.)" : ""),
                    absl::StrCat(s.quote_count()),
                    absl::StrCat(s.quoted_word_count()),
                    absl::StrCat(s.documents_size()), MentionsCell(s)});
    }
    table.FitLastColumn(TerminalWidth());
    table.Print(std::cout);
  }
  PrintPageFooter(line, response.speakers_size(), response.total_size(),
                  "speakers", response.next_page_token());
  return kExitOk;
}

// ---------------------------------------------------------------------------
// analyze

int RunAnalyze(const CommandLine& line) {
  const bool stdin_arg = !line.args.empty();
  if (stdin_arg && line.args[0] != "-") {
    return UsageFailure(line, "give the text with --file F, or - for stdin");
  }
  if (line.Has("file") == stdin_arg) {
    return UsageFailure(line, "give exactly one of --file F or -");
  }
  v1::AnalyzeTextRequest request;
  int max_sentences = 0;
  if (!IntFlag(line, "n", &max_sentences)) {
    return UsageFailure(line, "-n must be an integer");
  }
  const std::string path = stdin_arg ? "-" : line.Get("file");
  if (!ReadInput(path, request.mutable_text())) return kExitInputError;
  request.set_encoding_type(line.options.encoding);
  request.set_scope(Scope(line));
  request.set_include_summary(line.Has("summary"));
  request.set_max_summary_sentences(max_sentences);
  int max_keywords = 0;
  if (!IntFlag(line, "keywords", &max_keywords)) {
    return UsageFailure(line, "--keywords must be an integer");
  }
  request.set_max_keywords(max_keywords);
  int max_quotes = kAnalyzeQuotes;
  if (!IntFlag(line, "quotes", &max_quotes) || max_quotes < 0) {
    return UsageFailure(line, "--quotes must be a non-negative integer");
  }
  Client client(line.options);
  v1::AnalyzeTextResponse response;
  if (!client.Run([&](grpc::ClientContext* context) {
        return client.stub().AnalyzeText(context, request, &response);
      })) {
    return kExitRpcError;
  }
  if (line.options.json) {
    PrintJson(response);
    return kExitOk;
  }
  PrintStats(absl::StrCat("Statistics of ", path == "-" ? "stdin" : path, ", ",
                          ScopeLabel(request.scope())),
             response.stats());
  std::cout << "\nKeywords (stemmed, English stopwords left out)\n";
  if (response.keywords().empty()) {
    std::cout << "(none)\n";
  } else {
    PrintKeywords(response.keywords(), {.documents = false});
  }
  std::cout << "\nQuotations (¶ = paragraph)\n";
  if (response.quotes().empty()) {
    std::cout << "(none)\n";
  } else {
    PrintQuoteList(response.quotes(), max_quotes, TerminalWidth());
    if (response.quotes_size() > max_quotes) {
      std::cout << "(" << max_quotes << " of " << response.quotes_size()
                << " quotations; --quotes N to list more)\n";
    }
  }
  if (line.Has("blocks")) {
    std::cout << "\n";
    PrintBlocks(response.blocks(), line.options.encoding);
  }
  if (line.Has("summary")) {
    std::cout << "\nSummary\n";
    PrintSummary(response.summary(), line.options.encoding);
  }
  return kExitOk;
}

// ---------------------------------------------------------------------------
// keywords

bool ParseRanking(const std::string& value, v1::KeywordRanking* ranking) {
  const std::string v = absl::AsciiStrToLower(value);
  if (v == "frequency" || v == "freq") {
    *ranking = v1::KEYWORD_RANKING_FREQUENCY;
  } else if (v == "tfidf" || v == "tf-idf" || v == "tf_idf") {
    *ranking = v1::KEYWORD_RANKING_TF_IDF;
  } else if (v == "distinctive") {
    *ranking = v1::KEYWORD_RANKING_DISTINCTIVE;
  } else {
    return false;
  }
  return true;
}

std::string RankingLabel(v1::KeywordRanking ranking) {
  switch (ranking) {
    case v1::KEYWORD_RANKING_TF_IDF:
      return "TF-IDF";
    case v1::KEYWORD_RANKING_DISTINCTIVE:
      return "distinctiveness (G²)";
    default:
      return "frequency";
  }
}

int RunKeywords(const CommandLine& line) {
  v1::GetKeywordsRequest request;
  if (line.Has("doc")) request.set_name(DocumentName(line.Get("doc")));
  v1::KeywordOptions* options = request.mutable_options();
  for (const std::string& n : ListFlag(line, "ngram")) {
    int size = 0;
    if (!absl::SimpleAtoi(n, &size)) {
      return UsageFailure(line, absl::StrCat("--ngram takes sizes such as "
                                             "1,2 (not '",
                                             n, "')"));
    }
    options->add_ngram_sizes(size);
  }
  if (line.Has("ngram") && options->ngram_sizes().empty()) {
    return UsageFailure(line, "--ngram takes sizes such as 1,2");
  }
  int min_count = 0;
  if (!IntFlag(line, "min-count", &min_count)) {
    return UsageFailure(line, "--min-count must be an integer");
  }
  options->set_min_count(min_count);
  options->set_stopwords(line.Has("no-stopwords") ? v1::STOPWORD_SET_NONE
                                                  : v1::STOPWORD_SET_ENGLISH);
  for (const std::string& word : ListFlag(line, "stopword")) {
    options->add_extra_stopwords(word);
  }
  options->set_normalization(Normalization(line));
  options->set_include_numbers(line.Has("numbers"));
  v1::KeywordRanking ranking = v1::KEYWORD_RANKING_FREQUENCY;
  if (line.Has("rank") && !ParseRanking(line.Get("rank"), &ranking)) {
    return UsageFailure(line, absl::StrCat("--rank must be frequency, tfidf or "
                                           "distinctive, not '",
                                           line.Get("rank"), "'"));
  }
  request.set_ranking(ranking);
  int limit = 0;
  if (!IntFlag(line, "limit", &limit)) {
    return UsageFailure(line, "--limit must be an integer");
  }
  request.set_limit(limit);
  request.set_page_token(line.Get("page-token"));
  int first_rank = 1;
  if (!IntFlag(line, "first-rank", &first_rank) || first_rank < 1) {
    return UsageFailure(line, "--first-rank must be a positive integer");
  }

  Client client(line.options);
  v1::GetKeywordsResponse response;
  if (!client.Run([&](grpc::ClientContext* context) {
        return client.stub().GetKeywords(context, request, &response);
      })) {
    return kExitRpcError;
  }
  if (line.options.json) {
    PrintJson(response);
    return kExitOk;
  }
  std::string ngrams;
  for (int n : options->ngram_sizes()) {
    absl::StrAppend(&ngrams, ngrams.empty() ? "" : ",", n);
  }
  std::string stopwords = line.Has("no-stopwords")
                              ? "no stopword list"
                              : "English stopwords left out";
  if (options->extra_stopwords_size() > 0) {
    absl::StrAppend(&stopwords, " (+", options->extra_stopwords_size(),
                    " more)");
  }
  std::cout << "Keywords of "
            << (response.name() == "documents/-" ? "the corpus"
                                                 : response.name())
            << " (" << response.word_count() << " words), by "
            << RankingLabel(ranking) << "; "
            << (line.Has("lowercase") ? "lowercased" : "stemmed") << " "
            << (ngrams.empty() ? "1" : ngrams) << "-grams, " << stopwords
            << "\n\n";
  PrintKeywords(response.keywords(),
                {.documents = true,
                 .score = ranking != v1::KEYWORD_RANKING_FREQUENCY,
                 .first_rank = first_rank});
  std::cout << "(" << response.keywords_size() << " of "
            << response.total_size() << " terms";
  if (!response.next_page_token().empty()) {
    std::cout << "; next page: "
              << NextPageCommand(
                     line, response.next_page_token(),
                     absl::StrCat("--first-rank ",
                                  first_rank + response.keywords_size()),
                     "first-rank");
  }
  std::cout << ")\n";
  return kExitOk;
}

// ---------------------------------------------------------------------------
// terms

void PrintTermCounts(const v1::CountTermsResponse& response, bool per_doc) {
  Table table({Table::kLeft, Table::kLeft, Table::kRight});
  table.AddRow({"term", "key", "count"});
  for (const v1::TermCount& t : response.term_counts()) {
    table.AddRow({Shorten(t.term(), kTermWidth), Shorten(t.key(), kTermWidth),
                  absl::StrCat(t.count())});
  }
  table.Print(std::cout);
  if (!per_doc) return;
  // Documents by name, a column per term.
  std::map<std::string, std::vector<int64_t>> counts;
  const int n = response.term_counts_size();
  for (int i = 0; i < n; ++i) {
    for (const v1::DocumentTermCount& d :
         response.term_counts(i).document_counts()) {
      std::vector<int64_t>& row = counts[d.document()];
      row.resize(n, 0);
      row[i] = d.count();
    }
  }
  std::cout << "\n";
  if (counts.empty()) {
    std::cout << "(no document contains these terms)\n";
    return;
  }
  std::vector<Table::Align> aligns(n + 1, Table::kRight);
  aligns[0] = Table::kLeft;
  Table by_doc(aligns);
  std::vector<std::string> heading = {"document"};
  for (const v1::TermCount& t : response.term_counts()) {
    heading.push_back(Shorten(t.term(), kTermHeadingWidth));
  }
  by_doc.AddRow(std::move(heading));
  for (const auto& [document, row] : counts) {
    std::vector<std::string> cells = {document};
    for (int64_t c : row) cells.push_back(absl::StrCat(c));
    by_doc.AddRow(std::move(cells));
  }
  by_doc.Print(std::cout);
}

// Concordance lines grouped by document, each as "¶P  left [match] right"
// with the left contexts right-aligned so that the matches line up. The
// contexts keep the spacing of the text ("over [data], we").
void PrintConcordance(
    const google::protobuf::RepeatedPtrField<v1::ConcordanceLine>& lines) {
  size_t paragraph_width = 0;
  size_t left_width = 0;
  for (const v1::ConcordanceLine& l : lines) {
    paragraph_width =
        std::max(paragraph_width,
                 CodePointWidth(absl::StrCat("¶", l.paragraph_index())));
    left_width =
        std::max(left_width,
                 CodePointWidth(ShortenLeft(l.left_context(), kContextWidth)));
  }
  std::string document;
  for (const v1::ConcordanceLine& l : lines) {
    if (l.document() != document) {
      document = l.document();
      std::cout << document << "\n";
    }
    const std::string paragraph = absl::StrCat("¶", l.paragraph_index());
    const std::string left = ShortenLeft(l.left_context(), kContextWidth);
    std::cout << "  "
              << std::string(paragraph_width - CodePointWidth(paragraph), ' ')
              << paragraph << "  "
              << std::string(left_width - CodePointWidth(left), ' ') << left
              << "[" << Shorten(l.match(), kTermWidth) << "]"
              << Shorten(l.right_context(), kContextWidth) << "\n";
  }
}

int RunTerms(const CommandLine& line) {
  v1::CountTermsRequest request;
  if (line.Has("doc")) request.set_name(DocumentName(line.Get("doc")));
  for (const std::string& term : line.args) request.add_terms(term);
  request.set_normalization(Normalization(line));
  int context_words = 0;
  if (!IntFlag(line, "kwic", &context_words)) {
    return UsageFailure(line, "--kwic must be an integer");
  }
  request.set_context_words(context_words);
  int page_size = 0;
  if (!IntFlag(line, "page-size", &page_size)) {
    return UsageFailure(line, "--page-size must be an integer");
  }
  request.set_page_size(page_size);
  request.set_page_token(line.Get("page-token"));
  request.set_encoding_type(line.options.encoding);

  Client client(line.options);
  v1::CountTermsResponse response;
  if (!client.Run([&](grpc::ClientContext* context) {
        return client.stub().CountTerms(context, request, &response);
      })) {
    return kExitRpcError;
  }
  if (line.options.json) {
    PrintJson(response);
    return kExitOk;
  }
  PrintTermCounts(response, /*per_doc=*/!line.Has("doc"));
  if (context_words <= 0) return kExitOk;
  int64_t total = 0;
  for (const v1::TermCount& t : response.term_counts()) total += t.count();
  std::cout << "\nConcordance (" << context_words
            << (context_words == 1 ? " word" : " words")
            << " of context; ¶ = paragraph)\n";
  PrintConcordance(response.concordance_lines());
  if (total == 0) {
    std::cout << "(no occurrences)\n";
    return kExitOk;
  }
  std::cout << "(" << response.concordance_lines_size() << " of " << total
            << " concordance lines";
  if (!response.next_page_token().empty()) {
    std::cout << "; next page: "
              << NextPageCommand(line, response.next_page_token());
  }
  std::cout << ")\n";
  return kExitOk;
}

// ---------------------------------------------------------------------------
// help

int RunHelp(const CommandLine& line) {
  if (line.args.empty()) {
    std::cout << ProgramHelp(Commands());
    return kExitOk;
  }
  for (const Command& command : Commands()) {
    if (command.name == line.args[0]) {
      std::cout << CommandHelp(command);
      return kExitOk;
    }
  }
  return UsageFailure(line,
                      absl::StrCat("unknown command '", line.args[0], "'"));
}

}  // namespace

const std::vector<Command>& Commands() {
  static const std::vector<Command>* const commands = new std::vector<Command>{
      {"docs",
       "List the documents of the corpus",
       "",
       {{"page-size", "N", "documents per page (0: the server's default, 50)"},
        {"page-token", "T", "continue from the next_page_token of a page"},
        {"all", "", "follow next_page_token to the last page"}},
       0,
       0,
       RunDocs},
      {"doc",
       "Show one document: metadata and counts, or its blocks with --full",
       "ID",
       {{"full", "", "also print the blocks: kind, offsets and text"}},
       1,
       1,
       RunDoc},
      {"stats",
       "Statistics and readability of the corpus or of one document",
       "",
       {{"doc", "ID", "one document instead of the whole corpus"},
        {"all-text", "", "count every block, not only body paragraphs"}},
       0,
       0,
       RunStats},
      {"summary",
       "Extractive summary of a document, a file or stdin",
       "[-]",
       {{"doc", "ID", "summarise a document of the corpus"},
        {"file", "F", "summarise the text of file F (- for stdin)"},
        {"n", "N", "sentences to return (0: the server's default, 3)"}},
       0,
       1,
       RunSummary},
      {"analyze",
       "Statistics (and a summary) of the text of a file or stdin",
       "[-]",
       {{"file", "F", "analyse the text of file F (- for stdin)"},
        {"summary", "", "also print an extractive summary"},
        {"n", "N", "summary sentences (0: the server's default, 3)"},
        {"all-text", "", "count every block, not only body paragraphs"},
        {"blocks", "", "also print the blocks with their kinds"},
        {"keywords", "N", "keywords to print (0: the server's default, 10)"},
        {"quotes", "N", "quotations to list (default 5)"}},
       0,
       1,
       RunAnalyze},
      {"keywords",
       "Top keywords of the corpus or of one document",
       "",
       {{"doc", "ID", "one document instead of the whole corpus"},
        {"ngram", "1,2", "term lengths in words, each 1 to 3 (default 1)"},
        {"rank", "frequency|tfidf|distinctive",
         "how to rank (default frequency)"},
        {"limit", "N", "keywords to return (0: the server's default, 20)"},
        {"min-count", "N", "leave out terms counted fewer times"},
        {"no-stopwords", "", "keep stopwords (no stopword list)"},
        {"stopword", "W", "another stopword (repeatable, or W1,W2)"},
        {"lowercase", "", "count lowercased words instead of stems"},
        {"numbers", "", "count numbers such as 8,000 and 1.4bn"},
        {"page-token", "T", "continue from the next_page_token of a page"},
        {"first-rank", "N",
         "number the rows from N (the next-page hint "
         "sets it)"}},
       0,
       0,
       RunKeywords},
      {"terms",
       "Count words or phrases, with concordance lines on request",
       "WORD...",
       {{"doc", "ID", "one document instead of the whole corpus"},
        {"kwic", "N", "also print concordance lines with N words of context"},
        {"lowercase", "", "match lowercased words instead of stems"},
        {"page-size", "N",
         "concordance lines per page (0: the server's "
         "default, 50)"},
        {"page-token", "T", "continue from the next_page_token of a page"}},
       1,
       kAnyNumberOfArgs,
       RunTerms},
      {"quotes",
       "Quotations with their speakers, in document order",
       "",
       {{"doc", "ID", "one document instead of the whole corpus"},
        {"speaker", "NAME",
         "only quotations of this speaker (full name, surname or any "
         "mention; any case)"},
        {"kind", "direct,partial,term",
         "only these kinds, or all (default direct,partial)"},
        {"page-size", "N", "quotations per page (0: the server's default, 50)"},
        {"page-token", "T", "continue from the next_page_token of a page"},
        {"all", "", "follow next_page_token to the last page"}},
       0,
       0,
       RunQuotes},
      {"search-quotes",
       "Quotations matching words, best first (BM25, stemmed)",
       "QUERY",
       {{"doc", "ID", "one document instead of the whole corpus"},
        {"speaker", "NAME", "only quotations of this speaker"},
        {"kind", "direct,partial,term",
         "only these kinds, or all (default direct,partial)"},
        {"page-size", "N", "hits per page (0: the server's default, 10)"},
        {"page-token", "T", "continue from the next_page_token of a page"},
        {"first-rank", "N",
         "number the hits from N (the next-page hint sets it)"}},
       1,
       kAnyNumberOfArgs,
       RunSearchQuotes},
      {"speakers",
       "Everyone quoted in the corpus or one document, most quoted first",
       "",
       {{"doc", "ID", "one document instead of the whole corpus"},
        {"page-size", "N", "speakers per page (0: the server's default, 50)"},
        {"page-token", "T", "continue from the next_page_token of a page"},
        {"all", "", "follow next_page_token to the last page"}},
       0,
       0,
       RunSpeakers},
      {"help",
       "Show this help, or the help of one command",
       "[COMMAND]",
       {},
       0,
       1,
       RunHelp},
  };
  return *commands;
}

}  // namespace textanalytics::client
