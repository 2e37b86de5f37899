// What every verb uses to turn its INPUT... arguments into a Corpus, report
// what was skipped and why, and pick the exit code that says so.
#ifndef ACTORGRAPH_CLI_INPUTS_H_
#define ACTORGRAPH_CLI_INPUTS_H_

#include <optional>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "documents/document.h"

namespace actorgraph::cli {

/// Help text of the standard INPUT option.
inline constexpr const char* kInputHelp =
    "Files, directories (walked recursively, sorted) or - for stdin; default: the built-in "
    "sample corpus";

/// Adds the standard positional `INPUT...` option to `sub`, bound to `inputs`.
CLI::Option* AddInputOption(CLI::App* sub, std::vector<std::string>* inputs);

/// Ingests `inputs` ("-" reads std::cin; none = the sample corpus), printing
/// each repair warning and each skip ("actorgraph: warning: skipped FILE:
/// reason") unless -q, and with -v each document used. On failure prints
/// the error with a hint, sets *exit_code (kExitInput for a missing or
/// unreadable input or when no usable document is left) and returns nullopt.
std::optional<Corpus> ReadInputs(const CliState& state, const std::vector<std::string>& inputs,
                                 int* exit_code);

/// The standard input arguments with the optional cleaning-rule overlays.
struct InputArgs {
  std::vector<std::string> inputs;          // INPUT...
  std::vector<std::string> cleaning_rules;  // --cleaning-rules FILE (repeatable)
};

/// Adds INPUT... and `--cleaning-rules FILE` (extra chrome phrases, outlets,
/// abbreviations in the format of graphs/dictionaries/cleaning.toml, added to
/// the built-in rules) to `sub`.
void AddInputOptions(CLI::App* sub, InputArgs* args);

/// ReadInputs with the overlays of `args` applied first; a missing or
/// malformed rules file is an error (kExitInput / kExitFailure).
std::optional<Corpus> ReadInputs(const CliState& state, const InputArgs& args, int* exit_code);

/// "5 documents read, 0 skipped" on stderr (unless -q): the closing line of a run.
void PrintInputSummary(const CliState& state, const Corpus& corpus);

/// kExitSkipped when any input was skipped, else kExitOk.
int InputExitCode(const Corpus& corpus);

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_INPUTS_H_
