// The command line: one Setup<Verb>() per verb, each in its own cmd_<verb>.cc.
// A Setup function adds its subcommand to the app, binds flags into an options
// struct (held by a shared_ptr in the Command) and registers a Command whose
// run() calls one library entry point and returns the exit code. Only this folder prints to the terminal and picks exit codes.
#ifndef ACTORGRAPH_CLI_CLI_H_
#define ACTORGRAPH_CLI_CLI_H_

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/status.h"

namespace actorgraph::cli {

/// Exit codes, documented in `actorgraph --help` and the README.
enum ExitCode : int {
  kExitOk = 0,          // success
  kExitFailure = 1,     // failed (message on stderr)
  kExitUsage = 2,       // bad command line
  kExitInput = 3,       // an input is missing or unreadable, or no usable document
  kExitSkipped = 4,     // finished, but some documents were skipped (see summary)
  kExitNoPath = 5,      // `path`: the actors are not connected
  kExitTimeout = 6,     // a time limit (layout) was exceeded
};

/// Options every verb shares.
struct GlobalOptions {
  int verbosity = 1;  // 0 = quiet (-q), 1 = normal, 2+ = verbose (-v)
};

/// A verb: its subcommand and what runs when it was chosen (returns the exit code).
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

/// Shared by all verbs: the global options (filled in after parsing) and the
/// verbs registered by the Setup functions.
struct CliState {
  GlobalOptions global;
  std::vector<Command> commands;
};

/// Maps a library Status to an exit code (input errors -> kExitInput, ...).
int ExitCodeFor(const Status& status);

/// Prints "actorgraph: error: <message>" to stderr (always, even with -q).
void PrintError(const std::string& message);
/// Prints "actorgraph: warning: ..." unless quiet.
void PrintWarning(const CliState& state, const std::string& message);
/// Prints to stderr when verbosity >= level.
void PrintInfo(const CliState& state, int level, const std::string& message);

void SetupExtract(CLI::App& app, CliState& state);
void SetupActors(CLI::App& app, CliState& state);
void SetupEvaluate(CLI::App& app, CliState& state);
void SetupGraph(CLI::App& app, CliState& state);
void SetupCentrality(CLI::App& app, CliState& state);
void SetupPath(CLI::App& app, CliState& state);
void SetupTimeline(CLI::App& app, CliState& state);
void SetupRender(CLI::App& app, CliState& state);
void SetupExport(CLI::App& app, CliState& state);
void SetupRun(CLI::App& app, CliState& state);

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_CLI_H_
