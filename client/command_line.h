// The command line of `ta`: global options, one subcommand and its flags.
//
// A subcommand is a Command: its name, flags, positional arguments and the
// function that runs it. ParseCommandLine checks argv against the table of
// commands; it does no I/O. Everything here is plain data, not thread-safe.
#ifndef TEXTANALYTICS_CLIENT_COMMAND_LINE_H_
#define TEXTANALYTICS_CLIENT_COMMAND_LINE_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "textanalytics/v1/text_analytics.pb.h"

namespace textanalytics::client {

// Exit codes of `ta`.
inline constexpr int kExitOk = 0;
inline constexpr int kExitRpcError = 1;    // the server returned an error
inline constexpr int kExitUsage = 2;       // bad command line
inline constexpr int kExitInputError = 3;  // a file or stdin could not be read

// Command::max_args of a command that takes any number of arguments.
inline constexpr int kAnyNumberOfArgs = 1 << 30;

// The address used when neither --addr nor $TA_ADDR is given.
inline constexpr char kDefaultAddress[] = "127.0.0.1:50051";

// Options accepted before or after any subcommand.
struct GlobalOptions {
  std::string addr = kDefaultAddress;
  double timeout_seconds = 10;  // deadline of every call
  bool json = false;            // print responses in protobuf's JSON mapping
  v1::EncodingType encoding = v1::ENCODING_TYPE_UTF8;  // unit of offsets
  bool help = false;                                   // --help or -h
};

// A flag of one subcommand: `--name`, or `-n` when the name is one letter.
struct FlagSpec {
  std::string name;        // without dashes, e.g. "page-size" or "n"
  std::string value_name;  // e.g. "N" when the flag takes a value; empty for
                           // a switch
  std::string help;
};

struct CommandLine;

// One subcommand. To add one, write its Run function and add a Command to the
// table in commands.cc.
struct Command {
  std::string name;
  std::string summary;     // one line for `ta help`
  std::string args_usage;  // positional arguments, e.g. "ID"; may be empty
  std::vector<FlagSpec> flags;
  int min_args = 0;  // positional arguments accepted
  int max_args = 0;  // or kAnyNumberOfArgs
  int (*run)(const CommandLine& line) = nullptr;  // returns the exit code
};

// The parsed command line.
struct CommandLine {
  GlobalOptions options;
  const Command* command = nullptr;          // nullptr when none was given
  std::map<std::string, std::string> flags;  // name -> last value ("" for
                                             // switches)
  // Every command flag as given, in order; a flag may be repeated.
  std::vector<std::pair<std::string, std::string>> flag_list;
  std::vector<std::string> args;  // positional arguments

  bool Has(const std::string& flag) const { return flags.count(flag) > 0; }
  // The value of `flag`, or `fallback` when it was not given. When it was
  // given more than once, the last value.
  std::string Get(const std::string& flag,
                  const std::string& fallback = "") const;
  // Every value of `flag`, in order; empty when it was not given.
  std::vector<std::string> GetAll(const std::string& flag) const;
};

// Parses argv[1..] against `commands`. `default_addr` is used unless --addr
// is given (pass $TA_ADDR when set). Errors are usage errors, worded for
// the user.
absl::StatusOr<CommandLine> ParseCommandLine(
    int argc, const char* const* argv, const std::vector<Command>& commands,
    const std::string& default_addr);

// "ta docs [--page-size N] [--page-token T] [--all]".
std::string UsageLine(const Command& command);

// The help of one command: usage line, summary and its flags.
std::string CommandHelp(const Command& command);

// The help of the program: usage, the commands with their summaries and the
// global options.
std::string ProgramHelp(const std::vector<Command>& commands);

}  // namespace textanalytics::client

#endif  // TEXTANALYTICS_CLIENT_COMMAND_LINE_H_
