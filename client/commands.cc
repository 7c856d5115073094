#include "client/commands.h"

#include <iostream>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
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

// Calls ListDocuments once, or until the last page with --all; the pages
// are merged into `all`.
bool ListPages(Client& client, v1::ListDocumentsRequest request, bool follow,
               v1::ListDocumentsResponse* all) {
  while (true) {
    v1::ListDocumentsResponse page;
    if (!client.Run([&](grpc::ClientContext* context) {
          return client.stub().ListDocuments(context, request, &page);
        })) {
      return false;
    }
    for (v1::Document& doc : *page.mutable_documents()) {
      *all->add_documents() = std::move(doc);
    }
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
  if (!ListPages(client, request, line.Has("all"), &response)) {
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
        {"blocks", "", "also print the blocks with their kinds"}},
       0,
       1,
       RunAnalyze},
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
