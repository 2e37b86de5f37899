// What every graph verb (graph, centrality, path, timeline, render, export,
// run) uses to turn its INPUT... into an ActorGraph: articles (ingested,
// extracted, built), a graph file saved by us, or one written by another
// tool (GraphML, GEXF, node-link JSON, CSV edge list); no input = the sample
// corpus. The graph filters (--level, --kinds, --modality, --since,
// --until, --min-count) apply to both.
#ifndef ACTORGRAPH_CLI_GRAPH_INPUT_H_
#define ACTORGRAPH_CLI_GRAPH_INPUT_H_

#include <optional>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "graph/actor_graph.h"
#include "graph/build.h"
#include "graph/find_actor.h"

namespace actorgraph::cli {

/// The flags bound by AddGraphInputOptions.
struct GraphInputOptions {
  std::vector<std::string> inputs;       // INPUT...
  std::vector<std::string> actor_files;  // --actors FILE (overlays on the built-in dictionaries)
  GraphOptions graph;                    // --level --kinds --modality --since --until --min-count
};

/// Adds INPUT..., --actors and the graph filters to `sub`. With
/// `positional_inputs` false, INPUT is not added (the verb adds its own
/// positionals first, as `path FROM TO [INPUT...]` does) and the caller binds
/// options->inputs itself.
void AddGraphInputOptions(CLI::App* sub, GraphInputOptions* options, bool positional_inputs = true);

/// A graph ready for a verb, with where it came from.
struct GraphInput {
  ActorGraph graph;
  std::string origin;      // "5 documents" or the graph file's path
  bool from_articles = false;
  int exit_code = kExitOk;  // kExitSkipped when documents were skipped
  double load_seconds = 0;  // reading + extraction + building (or parsing)
  AliasList aliases;        // from the knowledge base, for naming actors
};

/// Builds the graph of `options` and prints, on stderr, the warnings and
/// the skipped documents (unless -q) and with -v what the filters dropped.
/// On failure prints the error with a hint, sets *exit_code and returns nullopt.
std::optional<GraphInput> LoadGraphInput(const CliState& state, const GraphInputOptions& options, int* exit_code);

/// True when `path` is a graph file by its extension (.graphml .gexf .json .csv).
bool IsGraphFile(const std::string& path);

/// Writes `text` to `path` atomically, or to stdout for "" or "-". Prints
/// the error and returns kExitFailure when that fails, else kExitOk.
int WriteOutput(const std::string& path, const std::string& text, const std::string& what);

/// Parses a comma-separated list ("meet,mediate") into its items.
std::vector<std::string> SplitList(const std::string& text);

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_GRAPH_INPUT_H_
