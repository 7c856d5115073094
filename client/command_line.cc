#include "client/command_line.h"

#include <algorithm>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace textanalytics::client {
namespace {

// Global options that take a value.
bool IsGlobalWithValue(const std::string& name) {
  return name == "addr" || name == "timeout" || name == "encoding";
}

bool IsGlobalSwitch(const std::string& name) {
  return name == "json" || name == "help" || name == "h";
}

absl::Status UsageError(const std::string& message) {
  return absl::InvalidArgumentError(message);
}

// "--name" for long names, "-n" for one-letter names.
std::string Dashed(const std::string& name) {
  return (name.size() == 1 ? "-" : "--") + name;
}

absl::StatusOr<v1::EncodingType> ParseEncoding(const std::string& value) {
  if (value == "utf8" || value == "utf-8") return v1::ENCODING_TYPE_UTF8;
  if (value == "utf16" || value == "utf-16") return v1::ENCODING_TYPE_UTF16;
  if (value == "utf32" || value == "utf-32") return v1::ENCODING_TYPE_UTF32;
  return UsageError(absl::StrCat(
      "--encoding must be utf8, utf16 or utf32, not '", value, "'"));
}

absl::Status SetGlobal(const std::string& name, const std::string& value,
                       GlobalOptions* options) {
  if (name == "json") {
    options->json = true;
  } else if (name == "help" || name == "h") {
    options->help = true;
  } else if (name == "addr") {
    if (value.empty()) return UsageError("--addr needs HOST:PORT");
    options->addr = value;
  } else if (name == "timeout") {
    double seconds = 0;
    if (!absl::SimpleAtod(value, &seconds) || !(seconds > 0)) {
      return UsageError(absl::StrCat(
          "--timeout must be a positive number of seconds, not '", value, "'"));
    }
    options->timeout_seconds = seconds;
  } else if (name == "encoding") {
    absl::StatusOr<v1::EncodingType> encoding = ParseEncoding(value);
    if (!encoding.ok()) return encoding.status();
    options->encoding = *encoding;
  }
  return absl::OkStatus();
}

const Command* FindCommand(const std::vector<Command>& commands,
                           const std::string& name) {
  for (const Command& command : commands) {
    if (command.name == name) return &command;
  }
  return nullptr;
}

const FlagSpec* FindFlag(const Command& command, const std::string& name) {
  for (const FlagSpec& flag : command.flags) {
    if (flag.name == name) return &flag;
  }
  return nullptr;
}

// A token split into flag name and inline value: "--a=b", "-n5".
struct FlagToken {
  std::string name;
  std::string value;
  bool has_value = false;
};

FlagToken SplitFlag(const std::string& token) {
  FlagToken flag;
  if (token.rfind("--", 0) == 0) {
    std::string body = token.substr(2);
    size_t eq = body.find('=');
    flag.name = body.substr(0, eq);
    if (eq != std::string::npos) {
      flag.value = body.substr(eq + 1);
      flag.has_value = true;
    }
  } else {  // "-n" or "-n5"
    flag.name = token.substr(1, 1);
    if (token.size() > 2) {
      flag.value = token.substr(token[2] == '=' ? 3 : 2);
      flag.has_value = true;
    }
  }
  return flag;
}

bool LooksLikeFlag(const std::string& token) {
  return token.size() > 1 && token[0] == '-';
}

}  // namespace

std::string CommandLine::Get(const std::string& flag,
                             const std::string& fallback) const {
  auto it = flags.find(flag);
  return it == flags.end() ? fallback : it->second;
}

std::vector<std::string> CommandLine::GetAll(const std::string& flag) const {
  std::vector<std::string> values;
  for (const auto& [name, value] : flag_list) {
    if (name == flag) values.push_back(value);
  }
  return values;
}

namespace {

absl::Status ParseInto(int argc, const char* const* argv,
                       const std::vector<Command>& commands,
                       CommandLine& line) {
  bool only_args = false;  // after "--"
  for (int i = 1; i < argc; ++i) {
    const std::string token = argv[i];
    if (only_args || !LooksLikeFlag(token)) {
      if (line.command == nullptr) {
        line.command = FindCommand(commands, token);
        if (line.command == nullptr) {
          return UsageError(absl::StrCat("unknown command '", token, "'"));
        }
      } else {
        line.args.push_back(token);
      }
      continue;
    }
    if (token == "--") {
      only_args = true;
      continue;
    }
    FlagToken flag = SplitFlag(token);
    const bool global =
        IsGlobalWithValue(flag.name) || IsGlobalSwitch(flag.name);
    const FlagSpec* spec = (global || line.command == nullptr)
                               ? nullptr
                               : FindFlag(*line.command, flag.name);
    if (!global && spec == nullptr) {
      return UsageError(
          line.command == nullptr
              ? absl::StrCat("unknown flag ", Dashed(flag.name),
                             " (command flags follow the command)")
              : absl::StrCat("unknown flag ", Dashed(flag.name), " for '",
                             line.command->name, "'"));
    }
    const bool takes_value =
        global ? IsGlobalWithValue(flag.name) : !spec->value_name.empty();
    if (takes_value && !flag.has_value) {
      if (i + 1 >= argc) {
        return UsageError(
            absl::StrCat("flag ", Dashed(flag.name), " needs a value"));
      }
      flag.value = argv[++i];
    } else if (!takes_value && flag.has_value) {
      return UsageError(
          absl::StrCat("flag ", Dashed(flag.name), " takes no value"));
    }
    if (global) {
      absl::Status status = SetGlobal(flag.name, flag.value, &line.options);
      if (!status.ok()) return status;
    } else {
      line.flags[flag.name] = flag.value;
      line.flag_list.emplace_back(flag.name, flag.value);
    }
  }
  if (line.command != nullptr && !line.options.help) {
    const int n = static_cast<int>(line.args.size());
    const int min = line.command->min_args;
    const int max = line.command->max_args;
    if (n < min || n > max) {
      std::string accepted = min == max ? absl::StrCat(min)
                             : max == kAnyNumberOfArgs
                                 ? absl::StrCat("at least ", min)
                                 : absl::StrCat(min, " to ", max);
      return UsageError(absl::StrCat("'", line.command->name, "' takes ",
                                     accepted, " argument(s), got ", n));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<CommandLine> ParseCommandLine(
    int argc, const char* const* argv, const std::vector<Command>& commands,
    const std::string& default_addr) {
  CommandLine line;
  line.options.addr = default_addr;
  absl::Status status = ParseInto(argc, argv, commands, line);
  if (status.ok()) return line;
  std::string usage = line.command != nullptr
                          ? absl::StrCat("usage: ", UsageLine(*line.command))
                          : "run 'ta help' for usage";
  return UsageError(absl::StrCat(status.message(), "\n", usage));
}

std::string UsageLine(const Command& command) {
  std::string usage = absl::StrCat("ta ", command.name);
  for (const FlagSpec& flag : command.flags) {
    absl::StrAppend(&usage, " [", Dashed(flag.name),
                    flag.value_name.empty() ? "" : " ", flag.value_name, "]");
  }
  if (!command.args_usage.empty())
    absl::StrAppend(&usage, " ", command.args_usage);
  return usage;
}

std::string CommandHelp(const Command& command) {
  std::string help = absl::StrCat("usage: ", UsageLine(command), "\n\n",
                                  command.summary, ".\n");
  size_t width = 0;
  std::vector<std::string> names;
  for (const FlagSpec& flag : command.flags) {
    names.push_back(absl::StrCat(Dashed(flag.name),
                                 flag.value_name.empty() ? "" : " ",
                                 flag.value_name));
    width = std::max(width, names.back().size());
  }
  if (!names.empty()) absl::StrAppend(&help, "\n");
  for (size_t i = 0; i < names.size(); ++i) {
    absl::StrAppend(&help, absl::StrFormat("  %-*s  %s\n", width, names[i],
                                           command.flags[i].help));
  }
  absl::StrAppend(&help,
                  "\nGlobal options (see 'ta help') may also be given.\n");
  return help;
}

std::string ProgramHelp(const std::vector<Command>& commands) {
  std::string help =
      "usage: ta [--addr HOST:PORT] [--timeout SECONDS] [--json]\n"
      "          [--encoding utf8|utf16|utf32] COMMAND [ARGS]\n\n"
      "A client of the text analytics service.\n\nCommands:\n";
  size_t width = 0;
  for (const Command& command : commands) {
    width = std::max(width, command.name.size());
  }
  for (const Command& command : commands) {
    absl::StrAppend(&help, absl::StrFormat("  %-*s  %s\n", width, command.name,
                                           command.summary));
  }
  absl::StrAppend(
      &help,
      "\nGlobal options (before or after the command):\n"
      "  --addr HOST:PORT         server address (default $TA_ADDR, else ",
      kDefaultAddress,
      ")\n"
      "  --timeout SECONDS        deadline of every call (default 10)\n"
      "  --json                   print the response as JSON (protobuf JSON "
      "mapping)\n"
      "  --encoding utf8|utf16|utf32\n"
      "                           unit of offsets in responses (default utf8)\n"
      "  -h, --help               show help\n\n"
      "Run 'ta help COMMAND' for the flags of a command.\n"
      "Exit status: 0 success, 1 error from the server, 2 usage error,\n"
      "3 input file unreadable.\n");
  return help;
}

}  // namespace textanalytics::client
