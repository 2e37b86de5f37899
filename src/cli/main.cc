// actorgraph: news articles -> actor-relationship graph -> measures -> diagrams.
#include <iostream>

#include "cli/cli.h"

namespace actorgraph::cli {

int ExitCodeFor(const Status& status) {
  switch (status.code()) {
    case ErrorCode::kOk: return kExitOk;
    case ErrorCode::kNotFound:
    case ErrorCode::kIoError: return kExitInput;
    case ErrorCode::kInvalidArgument: return kExitUsage;
    case ErrorCode::kTimeout: return kExitTimeout;
    default: return kExitFailure;
  }
}

void PrintError(const std::string& message) { std::cerr << "actorgraph: error: " << message << "\n"; }

void PrintWarning(const CliState& state, const std::string& message) {
  if (state.global.verbosity >= 1) std::cerr << "actorgraph: warning: " << message << "\n";
}

void PrintInfo(const CliState& state, int level, const std::string& message) {
  if (state.global.verbosity >= level) std::cerr << message << "\n";
}

}  // namespace actorgraph::cli

int main(int argc, char** argv) {
  using namespace actorgraph::cli;
  CLI::App app{
      "actorgraph: turns news articles about diplomacy and conflict into an actor-relationship\n"
      "graph (who met, mediated between, proposed to, responded to, urged, criticised, visited\n"
      "or attacked whom), measures it and draws it, with the evidence sentence behind every edge.\n"
      "With no input, verbs use the built-in sample corpus (graphs/corpora/gaza-ceasefire-2024).",
      "actorgraph"};
  app.footer(
      "Exit codes: 0 success; 1 failure; 2 usage error; 3 missing or unreadable input;\n"
      "4 finished but some documents were skipped; 5 no path between the actors; 6 time limit.\n"
      "Run `actorgraph VERB --help` for a verb's options.");
  app.set_version_flag("--version", std::string("actorgraph ") + AG_VERSION);
  app.require_subcommand(1);
  app.fallthrough();

  CliState state;
  bool quiet = false;
  int verbose = 0;
  app.add_flag("-q,--quiet", quiet, "Print only errors");
  app.add_flag("-v,--verbose", verbose, "Print more detail (repeat for more)");

  SetupRun(app, state);
  SetupExtract(app, state);
  SetupActors(app, state);
  SetupEvaluate(app, state);
  SetupGraph(app, state);
  SetupCentrality(app, state);
  SetupPath(app, state);
  SetupTimeline(app, state);
  SetupRender(app, state);
  SetupExport(app, state);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  state.global.verbosity = quiet ? 0 : 1 + verbose;
  for (const Command& c : state.commands) {
    if (c.app->parsed()) return c.run();
  }
  return kExitUsage;
}
