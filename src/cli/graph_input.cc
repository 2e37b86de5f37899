#include "cli/graph_input.h"

#include <chrono>
#include <iostream>

#include "cli/inputs.h"
#include "cli/knowledge.h"
#include "core/files.h"
#include "graph/import.h"
#include "relations/extractor.h"

namespace actorgraph::cli {
namespace {

AliasList AliasesOf(const KnowledgeBase& kb) {
  AliasList out;
  for (const Actor& a : kb.actors()) {
    out.emplace_back(a.name, a.id);
    for (const std::string& alias : a.aliases) out.emplace_back(alias, a.id);
  }
  return out;
}

bool FiltersAreDefault(const GraphOptions& o) {
  GraphOptions d;
  return o.level == "actor" && o.kinds.empty() && o.modalities == d.modalities && o.since.empty() &&
         o.until.empty() && o.min_count <= 1;
}

std::string Plural(long n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

void PrintDropped(const CliState& state, const BuildStats& s, const char* unit) {
  PrintInfo(state, 2,
            Plural(s.relations, unit) + " in, " + std::to_string(s.used) + " used; dropped: " +
                std::to_string(s.not_event) + " negated/hypothetical, " + std::to_string(s.other_modality) +
                " other modality, " + std::to_string(s.other_kind) + " other kind, " +
                std::to_string(s.out_of_range) + " outside the dates, " + std::to_string(s.self_loops) +
                " within one actor/party, " + std::to_string(s.below_min_count) + " below --min-count");
}

std::optional<GraphInput> FromGraphFile(const CliState& state, const GraphInputOptions& options,
                                        const std::string& path, int* exit_code) {
  GraphInput in;
  in.origin = path;
  Result<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) {
    PrintError(bytes.status().ToString());
    *exit_code = kExitInput;
    return std::nullopt;
  }
  Result<ImportedGraph> imported = ReadGraphBytes(path, *bytes);
  if (!imported.ok()) {
    PrintError(imported.status().ToString() +
               " (graph files: GraphML, GEXF, node-link JSON or CSV source,target[,kind][,weight])");
    *exit_code = imported.status().code() == ErrorCode::kUnsupported ? kExitUsage : kExitInput;
    return std::nullopt;
  }
  for (const std::string& w : imported->warnings) PrintWarning(state, w);
  GraphOptions check = options.graph;
  check.kinds.clear();  // imported kinds are free text
  Status valid = ValidateGraphOptions(check);
  if (!valid.ok()) {
    PrintError(valid.ToString());
    *exit_code = kExitUsage;
    return std::nullopt;
  }
  in.graph = std::move(imported->graph);
  if (!FiltersAreDefault(options.graph)) {
    BuildStats stats;
    in.graph = ReshapeGraph(in.graph, options.graph, &stats);
    PrintDropped(state, stats, "edge");
  }
  if (!options.graph.title.empty()) in.graph.title = options.graph.title;
  Result<KnowledgeBase> kb = LoadKnowledgeBase(options.actor_files);  // only for naming actors
  if (kb.ok()) in.aliases = AliasesOf(*kb);
  return in;
}

std::optional<GraphInput> FromArticles(const CliState& state, const GraphInputOptions& options, int* exit_code) {
  Status valid = ValidateGraphOptions(options.graph);
  if (!valid.ok()) {
    PrintError(valid.ToString());
    *exit_code = kExitUsage;
    return std::nullopt;
  }
  std::optional<Corpus> corpus = ReadInputs(state, options.inputs, exit_code);
  if (!corpus) return std::nullopt;
  std::optional<KnowledgeBase> kb = LoadKnowledgeForCli(state, options.actor_files, exit_code);
  if (!kb) return std::nullopt;
  Result<Extractor> extractor = Extractor::Create(*kb);
  if (!extractor.ok()) {
    PrintError(extractor.status().ToString());
    *exit_code = ExitCodeFor(extractor.status());
    return std::nullopt;
  }
  Extraction x = extractor->ExtractAll(*corpus);
  GraphInput in;
  in.from_articles = true;
  in.origin = Plural(static_cast<long>(corpus->documents.size()), "document");
  BuildStats stats;
  in.graph = BuildGraph(x, options.graph, &stats);
  PrintDropped(state, stats, "relation");
  if (boost::num_edges(in.graph.g) == 0) {
    PrintWarning(state, "no relation passed the filters: the graph is empty (" + Plural(stats.relations, "relation") +
                            " found; see -v for what was dropped)");
  }
  in.exit_code = InputExitCode(*corpus);
  in.aliases = AliasesOf(*kb);
  PrintInputSummary(state, *corpus);
  return in;
}

}  // namespace

std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    std::size_t b = item.find_first_not_of(' '), e = item.find_last_not_of(' ');
    if (b != std::string::npos) out.push_back(item.substr(b, e - b + 1));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

bool IsGraphFile(const std::string& path) {
  GraphFormat format;
  return GraphFormatOf(path, &format);
}

void AddGraphInputOptions(CLI::App* sub, GraphInputOptions* options, bool positional_inputs) {
  if (positional_inputs) {
    sub->add_option("INPUT", options->inputs,
                    "Articles (files, directories, - for stdin) or one graph file (.graphml, .gexf, .json, "
                    ".csv edge list); default: the built-in sample corpus");
  }
  AddActorsOption(sub, &options->actor_files);
  GraphOptions& g = options->graph;
  sub->add_option("--level", g.level, "actor: one vertex per actor; party: persons, institutions and groups "
                                      "folded into the party they act for")
      ->transform(CLI::IsMember({"actor", "party"}, CLI::ignore_case))
      ->capture_default_str()
      ->group("Graph filters");
  sub->add_option("--kinds", g.kinds,
                  "Relation kinds to keep, comma-separated (meet, visit, mediate, propose, respond, urge, "
                  "criticize, support, attack); default: all")
      ->delimiter(',')
      ->group("Graph filters");
  sub->add_option("--modality", g.modalities,
                  "Modalities that become edges, comma-separated: asserted, planned (negated and "
                  "hypothetical relations never do)")
      ->delimiter(',')
      ->capture_default_str()
      ->group("Graph filters");
  sub->add_option("--since", g.since, "Keep relations dated on or after this day (YYYY-MM-DD)")->group("Graph filters");
  sub->add_option("--until", g.until, "Keep relations dated on or before this day (YYYY-MM-DD)")->group("Graph filters");
  sub->add_option("--min-count", g.min_count, "Drop edges supported by fewer relations")
      ->check(CLI::PositiveNumber)
      ->capture_default_str()
      ->group("Graph filters");
}

std::optional<GraphInput> LoadGraphInput(const CliState& state, const GraphInputOptions& options, int* exit_code) {
  auto start = std::chrono::steady_clock::now();
  std::vector<std::string> graph_files, articles;
  for (const std::string& in : options.inputs) (IsGraphFile(in) ? graph_files : articles).push_back(in);
  if (!graph_files.empty() && !articles.empty()) {
    PrintError("cannot mix a graph file (" + graph_files.front() + ") with articles (" + articles.front() +
               "): give either articles or one graph file");
    *exit_code = kExitUsage;
    return std::nullopt;
  }
  if (graph_files.size() > 1) {
    PrintError("give one graph file at a time (got " + std::to_string(graph_files.size()) + ": " +
               graph_files[0] + ", " + graph_files[1] + (graph_files.size() > 2 ? ", ..." : "") + ")");
    *exit_code = kExitUsage;
    return std::nullopt;
  }
  std::optional<GraphInput> in = graph_files.empty() ? FromArticles(state, options, exit_code)
                                                     : FromGraphFile(state, options, graph_files[0], exit_code);
  if (!in) return in;
  in->load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  Status ok = VerifyActorGraph(in->graph);
  if (!ok.ok()) {
    PrintError("internal error: " + ok.ToString());
    *exit_code = kExitFailure;
    return std::nullopt;
  }
  return in;
}

int WriteOutput(const std::string& path, const std::string& text, const std::string& what) {
  if (path.empty() || path == "-") {
    std::cout << text;
    std::cout.flush();
    if (!std::cout) {
      PrintError("cannot write the " + what + " to standard output");
      return kExitFailure;
    }
    return kExitOk;
  }
  Status st = WriteFileAtomic(path, text);
  if (!st.ok()) {
    PrintError("cannot write the " + what + ": " + st.ToString() + " (check that the directory exists and is writable)");
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace actorgraph::cli
