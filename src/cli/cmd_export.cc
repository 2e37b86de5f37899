// `actorgraph export`: not implemented yet (placeholder so the CLI builds).
#include "cli/cli.h"

namespace actorgraph::cli {

void SetupExport(CLI::App& app, CliState& state) {
  CLI::App* sub = app.add_subcommand("export", "(not implemented yet)");
  state.commands.push_back({sub, [] {
    PrintError("`export` is not implemented yet");
    return static_cast<int>(kExitFailure);
  }});
}

}  // namespace actorgraph::cli
