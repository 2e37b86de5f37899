// `actorgraph graph`: build the actor graph from articles (or reshape a
// graph file) and save it with every attribute (-o FILE.graphml | .json), or
// print a summary: size, edges by kind, components, cores.
#include <map>
#include <memory>
#include <sstream>

#include "cli/cli.h"
#include "cli/graph_input.h"
#include "graph/graphml.h"
#include "graph/node_link_json.h"
#include "measures/structure.h"

namespace actorgraph::cli {
namespace {

struct GraphVerbOptions {
  GraphInputOptions input;
  std::string output;  // -o
  std::string format;  // graphml, json, summary; Default: by -o's extension, else summary
  std::string ego;     // --ego ACTOR
  int radius = 1;
  int k_core = 0;
};

std::string Summary(const ActorGraph& g, const std::string& origin) {
  std::ostringstream out;
  const ActorGraphBase& b = g.g;
  out << "graph: " << boost::num_vertices(b) << " actors, " << boost::num_edges(b) << " edges ("
      << (g.directed ? "directed" : "undirected") << ", level " << g.level << ") from " << origin << "\n";
  std::map<std::string, std::pair<int, int>> kinds;  // kind -> edges, relations
  for (auto [ei, ee] = boost::edges(b); ei != ee; ++ei) {
    auto& k = kinds[b[*ei].kind];
    ++k.first;
    k.second += b[*ei].count;
  }
  out << "edges by kind:";
  for (const auto& [kind, c] : kinds) {
    out << " " << kind << " " << c.first << " (" << c.second << (c.second == 1 ? " relation)" : " relations)");
  }
  out << "\n";
  Components comps = ConnectedComponents(g);
  out << "components: " << comps.sizes.size();
  if (!comps.sizes.empty()) {
    out << " (sizes";
    for (std::size_t i = 0; i < comps.sizes.size() && i < 10; ++i) out << " " << comps.sizes[i];
    if (comps.sizes.size() > 10) out << " ...";
    out << ")";
  }
  out << "\n";
  std::vector<int> core = CoreNumbers(g);
  out << "\nid\tname\tkind\tparty\tties\tcomponent\tcore\n";
  for (Vertex v = 0; v < boost::num_vertices(b); ++v) {
    out << b[v].id << '\t' << b[v].name << '\t' << b[v].kind << '\t' << b[v].party << '\t'
        << boost::out_degree(v, b) + boost::in_degree(v, b) << '\t' << comps.of[v] << '\t' << core[v] << '\n';
  }
  return out.str();
}

int RunGraph(const CliState& state, const GraphVerbOptions& o) {
  std::string format = o.format;
  if (format.empty()) {
    if (o.output.empty() || o.output == "-") {
      format = "summary";
    } else if (o.output.size() >= 8 && o.output.substr(o.output.size() - 8) == ".graphml") {
      format = "graphml";
    } else if (o.output.size() >= 5 && o.output.substr(o.output.size() - 5) == ".json") {
      format = "json";
    } else {
      PrintError("cannot tell the format of '" + o.output +
                 "' from its extension: name it .graphml or .json, or pass --format graphml|json|summary "
                 "(GEXF, CSV, DOT and Pajek: `actorgraph export`)");
      return kExitUsage;
    }
  }
  int code = kExitOk;
  std::optional<GraphInput> in = LoadGraphInput(state, o.input, &code);
  if (!in) return code;
  ActorGraph graph = std::move(in->graph);
  if (!o.ego.empty()) {
    Result<Vertex> center = ResolveActor(graph, o.ego, in->aliases);
    if (!center.ok()) {
      PrintError("--ego: " + center.status().ToString());
      return kExitUsage;
    }
    graph = EgoNetwork(graph, graph.g[*center].id, o.radius);
  }
  if (o.k_core > 0) graph = KCore(graph, o.k_core);
  std::ostringstream out;
  if (format == "graphml") {
    WriteGraphml(graph, out);
  } else if (format == "json") {
    WriteNodeLinkJson(graph, out);
  } else {
    out << Summary(graph, in->origin);
  }
  int rc = WriteOutput(o.output, out.str(), "graph");
  if (rc != kExitOk) return rc;
  if (!o.output.empty() && o.output != "-") {
    PrintInfo(state, 1, "wrote " + o.output + ": " + std::to_string(boost::num_vertices(graph.g)) + " actors, " +
                            std::to_string(boost::num_edges(graph.g)) + " edges");
  }
  return in->exit_code;
}

}  // namespace

void SetupGraph(CLI::App& app, CliState& state) {
  auto options = std::make_shared<GraphVerbOptions>();
  CLI::App* sub = app.add_subcommand(
      "graph",
      "Build the actor-relationship graph and save it with every attribute and its evidence\n"
      "(-o FILE.graphml or FILE.json), or print a summary (size, edges by kind, components, k-cores).\n"
      "Input: articles, a saved graph, or GraphML/GEXF/CSV from NetworkX, Gephi or a spreadsheet.");
  AddGraphInputOptions(sub, &options->input);
  sub->add_option("-o,--output", options->output, "Write here (.graphml or .json); default: summary on stdout");
  sub->add_option("-f,--format", options->format, "graphml, json or summary; default: from -o's extension")
      ->transform(CLI::IsMember({"graphml", "json", "summary"}, CLI::ignore_case));
  sub->add_option("--ego", options->ego, "Keep only this actor's ego network (id, name or alias)")->group("Structure");
  sub->add_option("--radius", options->radius, "Hops of the ego network, in either direction")
      ->check(CLI::Range(1, 10))
      ->capture_default_str()
      ->group("Structure");
  sub->add_option("--k-core", options->k_core, "Keep only the k-core (actors with at least k ties inside it)")
      ->check(CLI::NonNegativeNumber)
      ->group("Structure");
  sub->footer("Examples:\n  actorgraph graph                                   summary of the sample corpus\n"
              "  actorgraph graph articles/ -o talks.graphml         save for Gephi or later verbs\n"
              "  actorgraph graph --level party --kinds meet,mediate -o parties.json\n"
              "  actorgraph graph talks.graphml --ego Qatar --radius 2");
  state.commands.push_back({sub, [&state, options] { return RunGraph(state, *options); }});
}

}  // namespace actorgraph::cli
