// `actorgraph render`: not implemented yet (placeholder so the CLI builds).
#include "cli/cli.h"

namespace actorgraph::cli {

void SetupRender(CLI::App& app, CliState& state) {
  CLI::App* sub = app.add_subcommand("render", "(not implemented yet)");
  state.commands.push_back({sub, [] {
    PrintError("`render` is not implemented yet");
    return static_cast<int>(kExitFailure);
  }});
}

}  // namespace actorgraph::cli
