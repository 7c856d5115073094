// The subcommands of `ta`, one per method of TextAnalyticsService, and
// `help`. Each prints the response readably, or as JSON with --json.
#ifndef TEXTANALYTICS_CLIENT_COMMANDS_H_
#define TEXTANALYTICS_CLIENT_COMMANDS_H_

#include <vector>

#include "client/command_line.h"

namespace textanalytics::client {

// Every subcommand, in the order `ta help` lists them.
const std::vector<Command>& Commands();

}  // namespace textanalytics::client

#endif  // TEXTANALYTICS_CLIENT_COMMANDS_H_
