// The `--actors FILE` option every extracting verb shares, and loading the
// built-in actor dictionaries plus those overlays.
#ifndef ACTORGRAPH_CLI_KNOWLEDGE_H_
#define ACTORGRAPH_CLI_KNOWLEDGE_H_

#include <optional>
#include <string>
#include <vector>

#include "actors/knowledge_base.h"
#include "cli/cli.h"
#include "core/status.h"

namespace actorgraph::cli {

/// Adds the repeatable `--actors FILE` option to `sub`, bound to `files`.
CLI::Option* AddActorsOption(CLI::App* sub, std::vector<std::string>* files);

/// The built-in dictionaries, then each overlay file in order (a later entry
/// with the same id replaces an earlier one). NotFound / IoError name a missing
/// or unreadable file; ParseError lists "FILE:LINE: message" lines.
Result<KnowledgeBase> LoadKnowledgeBase(const std::vector<std::string>& files);

/// LoadKnowledgeBase for a verb: prints the error with a hint and sets
/// *exit_code on failure; prints the warnings the overlays introduced (shared
/// names, unknown parties) unless -q, and the built-in ones with -v.
std::optional<KnowledgeBase> LoadKnowledgeForCli(const CliState& state, const std::vector<std::string>& files,
                                                 int* exit_code);

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_KNOWLEDGE_H_
