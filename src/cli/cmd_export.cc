// `actorgraph export`: the graph for other tools: GraphML and GEXF (Gephi),
// node-link JSON (d3, Cytoscape.js), CSV tables (spreadsheets), DOT
// (Graphviz) and Pajek .net (Pajek, UCINET).
#include <filesystem>
#include <memory>
#include <sstream>

#include "cli/cli.h"
#include "cli/graph_input.h"
#include "graph/graphml.h"
#include "graph/node_link_json.h"
#include "measures/centrality.h"
#include "render/diagram.h"
#include "render/exports.h"

namespace actorgraph::cli {
namespace {

struct ExportVerbOptions {
  GraphInputOptions input;
  std::string format;  // Default: from the output's extension
  std::string output = "-";
  std::string style;
  std::string size_by = "betweenness";
};

// Format by extension: .graphml .gexf .json .csv .dot .gv .net
std::string FormatOf(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".graphml") return "graphml";
  if (ext == ".gexf") return "gexf";
  if (ext == ".json") return "json";
  if (ext == ".csv") return "csv";
  if (ext == ".dot" || ext == ".gv") return "dot";
  if (ext == ".net") return "pajek";
  return "";
}

int RunExport(const CliState& state, const ExportVerbOptions& o) {
  std::string format = o.format.empty() ? FormatOf(o.output) : o.format;
  if (format.empty()) {
    PrintError(o.output == "-" ? "give --format (graphml, gexf, json, csv, dot or pajek) when writing to stdout"
                               : "cannot tell the format of '" + o.output +
                                     "': use .graphml, .gexf, .json, .csv, .dot or .net, or --format");
    return kExitUsage;
  }
  Result<Style> style = LoadStyleFile(o.style);
  if (!style.ok()) {
    PrintError(style.status().message());
    return ExitCodeFor(style.status());
  }
  int rc = kExitOk;
  std::optional<GraphInput> in = LoadGraphInput(state, o.input, &rc);
  if (!in) return rc;
  const ActorGraph& graph = in->graph;

  ExportOptions eo;
  if ((format == "gexf" || format == "csv") && boost::num_vertices(graph.g) > 0) {
    Result<CentralityReport> report = ComputeCentrality(graph, CentralityOptions());
    if (!report.ok()) {
      PrintError(report.status().message());
      return kExitFailure;
    }
    eo.measures = MeasureColumnsOf(*report);
    eo.size_by = o.size_by == "none" ? "" : o.size_by;
  }

  std::vector<std::pair<std::string, std::string>> files;  // path, contents
  std::ostringstream out;
  if (format == "graphml") {
    WriteGraphml(graph, out);
  } else if (format == "gexf") {
    WriteGexf(graph, *style, eo, out);
  } else if (format == "json") {
    WriteNodeLinkJson(graph, out);
  } else if (format == "dot") {
    out << BuildDot(graph, *style, DiagramOptions());
  } else if (format == "pajek") {
    WritePajek(graph, out);
  } else if (format == "csv") {
    if (o.output == "-") {
      WriteEdgesCsv(graph, out);  // one table fits stdout: the edges
    } else {
      std::filesystem::path p(o.output);
      std::string stem = (p.parent_path() / p.stem()).string();
      std::ostringstream nodes, edges, evidence;
      WriteNodesCsv(graph, eo, nodes);
      WriteEdgesCsv(graph, edges);
      WriteEvidenceCsv(graph, evidence);
      files = {{stem + "-nodes.csv", nodes.str()}, {stem + "-edges.csv", edges.str()},
               {stem + "-evidence.csv", evidence.str()}};
    }
  }
  if (files.empty()) files.push_back({o.output, out.str()});
  for (const auto& [path, contents] : files) {
    if (int w = WriteOutput(path, contents, format); w != kExitOk) return w;
    if (path != "-") PrintInfo(state, 1, "wrote " + path);
  }
  PrintInfo(state, 1,
            std::to_string(boost::num_vertices(graph.g)) + (graph.level == "party" ? " parties, " : " actors, ") +
                std::to_string(boost::num_edges(graph.g)) + " edges exported as " + format);
  return rc;
}

}  // namespace

void SetupExport(CLI::App& app, CliState& state) {
  auto o = std::make_shared<ExportVerbOptions>();
  CLI::App* sub = app.add_subcommand(
      "export", "Write the graph for other tools: GraphML, GEXF (Gephi), JSON (d3), CSV, DOT or Pajek");
  sub->footer(
      "Formats:\n"
      "  graphml  every attribute, evidence included; reads back into actorgraph, NetworkX, Gephi, yEd\n"
      "  gexf     Gephi: attributes, measures, viz colour by party and size by --size-by\n"
      "  json     node-link JSON with \"links\" (d3, Cytoscape.js, NetworkX node_link_graph)\n"
      "  csv      NAME-nodes.csv, NAME-edges.csv and NAME-evidence.csv for -o NAME.csv (edges only to stdout)\n"
      "  dot      the styled diagram as Graphviz DOT, not laid out (render -o x.dot gives positions)\n"
      "  pajek    Pajek .net: arcs and edges weighted by relation counts\n"
      "Example: actorgraph export articles/ -o output/graph.gexf");
  AddGraphInputOptions(sub, &o->input);
  sub->add_option("-o,--output", o->output, "Output file, or - for stdout")->capture_default_str();
  sub->add_option("-f,--format", o->format, "Output format; default: from the output's extension")
      ->transform(CLI::IsMember({"graphml", "gexf", "json", "csv", "dot", "pajek"}, CLI::ignore_case));
  sub->add_option("--style", o->style, "Style file for the GEXF colours and the DOT diagram")->check(CLI::ExistingFile);
  std::vector<std::string> size_names = SizeMeasureNames();
  size_names.push_back("none");
  sub->add_option("--size-by", o->size_by, "Measure for the GEXF node size")
      ->transform(CLI::IsMember(size_names, CLI::ignore_case))
      ->capture_default_str();
  state.commands.push_back({sub, [&state, o] { return RunExport(state, *o); }});
}

}  // namespace actorgraph::cli
