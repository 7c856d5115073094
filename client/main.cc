// ta: a command-line client of the text analytics service.
//
//   ta [--addr HOST:PORT] [--timeout SECONDS] [--json] [--encoding E] COMMAND
//
// Run `ta help` for the commands; see client/commands.cc to add one.
#include <cstdlib>
#include <iostream>

#include "client/command_line.h"
#include "client/commands.h"

using textanalytics::client::Commands;

int main(int argc, char** argv) {
  namespace ta = textanalytics::client;
  const char* env_addr = std::getenv("TA_ADDR");
  auto line = ta::ParseCommandLine(argc, argv, Commands(),
                                   env_addr != nullptr && *env_addr != '\0'
                                       ? env_addr
                                       : ta::kDefaultAddress);
  if (!line.ok()) {
    std::cerr << "ta: " << line.status().message() << std::endl;
    return ta::kExitUsage;
  }
  if (line->command == nullptr) {
    (line->options.help ? std::cout : std::cerr) << ta::ProgramHelp(Commands());
    return line->options.help ? ta::kExitOk : ta::kExitUsage;
  }
  if (line->options.help) {
    std::cout << ta::CommandHelp(*line->command);
    return ta::kExitOk;
  }
  return line->command->run(*line);
}
