// `actorgraph render`: one diagram of the graph, drawn by the Graphviz
// libraries in a time-limited child process, styled by a style file.
#include <chrono>
#include <filesystem>
#include <memory>

#include "cli/cli.h"
#include "cli/graph_input.h"
#include "measures/centrality.h"
#include "measures/paths.h"
#include "measures/structure.h"
#include "render/diagram.h"
#include "render/exports.h"
#include "render/graphviz.h"

namespace actorgraph::cli {
namespace {

struct RenderVerbOptions {
  GraphInputOptions input;
  std::string output = "output/graph.svg";
  std::string format;  // Default: from the output's extension
  std::string layout = "auto";
  double timeout = 60;
  std::string style;
  std::string size_by = "betweenness";
  std::vector<std::string> highlight_path;
  std::string ego;
  int radius = 1;
  std::string title;
  bool no_clusters = false;
  bool no_legend = false;
  int seed = 1;
};

int RunRender(const CliState& state, const RenderVerbOptions& o) {
  std::string format = o.format;
  std::string ext = std::filesystem::path(o.output).extension().string();
  if (!ext.empty()) ext = ext.substr(1);
  if (format.empty()) format = (o.output == "-" || ext.empty()) ? "svg" : ext;
  const auto& formats = RenderFormats();
  if (std::find(formats.begin(), formats.end(), format) == formats.end()) {
    PrintError("cannot render to '" + o.output + "': unknown format '" + format +
               "' (use an output ending in .svg, .png, .pdf or .dot, or --format)");
    return kExitUsage;
  }
  if (o.output != "-" && !ext.empty() && ext != format) {
    PrintError("--format " + format + " does not match the output name '" + o.output + "'");
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
  ActorGraph graph = std::move(in->graph);

  DiagramOptions d;
  d.title = o.title;
  d.clusters = !o.no_clusters;
  d.legend = !o.no_legend;
  d.seed = o.seed;
  d.layout = o.layout == "auto" ? "" : o.layout;
  if (!o.ego.empty()) {
    Result<Vertex> centre = ResolveActor(graph, o.ego, in->aliases);
    if (!centre.ok()) {
      PrintError(centre.status().message());
      return kExitUsage;
    }
    std::string id = graph.g[*centre].id;
    graph = EgoNetwork(graph, id, o.radius);
    d.root = id;
    if (d.layout.empty()) d.layout = boost::num_vertices(graph.g) <= 40 ? "twopi" : "sfdp";
    if (d.title.empty()) {
      d.title = "Around " + graph.g[graph.index.at(id)].name + " (" + std::to_string(o.radius) +
                (o.radius == 1 ? " tie)" : " ties)");
    }
  }
  if (!o.highlight_path.empty()) {
    Result<Vertex> a = ResolveActor(graph, o.highlight_path[0], in->aliases);
    Result<Vertex> b = a.ok() ? ResolveActor(graph, o.highlight_path[1], in->aliases) : a;
    if (!a.ok() || !b.ok()) {
      PrintError((a.ok() ? b : a).status().message());
      return kExitUsage;
    }
    PathOptions po;
    po.kinds.clear();  // any tie counts for the picture
    po.via_mediator = true;
    Result<std::vector<FoundPath>> paths = ShortestPaths(graph, *a, *b, po);
    if (!paths.ok()) {
      PrintError(paths.status().message());
      return ExitCodeFor(paths.status());
    }
    if (paths->empty()) {
      PrintError("no path between " + graph.g[*a].id + " and " + graph.g[*b].id +
                 ": they are not connected in this graph");
      return kExitNoPath;
    }
    for (Vertex v : paths->front().vertices) d.highlight_path.push_back(graph.g[v].id);
  }
  if (o.size_by != "none" && boost::num_vertices(graph.g) > 0) {
    CentralityOptions co;
    co.measures = {o.size_by == "strength" ? "degree" : o.size_by};
    Result<CentralityReport> report = ComputeCentrality(graph, co);
    if (!report.ok()) {
      PrintError(report.status().message());
      return kExitFailure;
    }
    d.sizes = MeasureColumnsOf(*report)[o.size_by];
    d.size_by = o.size_by;
  }

  RenderRequest request;
  request.dot = BuildDot(graph, *style, d);
  request.layout = d.layout.empty() ? DefaultLayout(graph) : d.layout;
  request.formats = {format};
  request.timeout_seconds = o.timeout;
  request.png_dpi = style->png_dpi;
  auto start = std::chrono::steady_clock::now();
  Result<std::map<std::string, std::string>> out = RenderGraph(request);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!out.ok()) {
    PrintError(out.status().message());
    return ExitCodeFor(out.status());
  }
  if (int w = WriteOutput(o.output, out->at(format), format); w != kExitOk) return w;
  char timing[32];
  std::snprintf(timing, sizeof timing, "%.2f s", seconds);
  PrintInfo(state, 1,
            "wrote " + (o.output == "-" ? std::string("stdout") : o.output) + ": " +
                std::to_string(boost::num_vertices(graph.g)) + (graph.level == "party" ? " parties, " : " actors, ") +
                std::to_string(boost::num_edges(graph.g)) + " relations, layout " + request.layout + ", " + timing);
  return rc;
}

}  // namespace

void SetupRender(CLI::App& app, CliState& state) {
  auto o = std::make_shared<RenderVerbOptions>();
  CLI::App* sub = app.add_subcommand(
      "render", "Draw the actor graph as SVG, PNG, PDF or laid-out DOT (Graphviz libraries, styled by a style file)");
  sub->footer(
      "Examples:\n"
      "  actorgraph render -o output/actors.png                      # the sample corpus\n"
      "  actorgraph render articles/ --level party -o output/parties.svg\n"
      "  actorgraph render graph.graphml --highlight-path Blinken Hamas -o output/path.svg\n"
      "  actorgraph render --ego Qatar --radius 2 -o output/qatar.pdf\n"
      "Colours, shapes and line styles come from graphs/styles/default.toml; --style FILE overrides any of its keys.");
  AddGraphInputOptions(sub, &o->input);
  sub->add_option("-o,--output", o->output, "Output file (.svg, .png, .pdf or .dot), or - for stdout")
      ->capture_default_str();
  sub->add_option("-f,--format", o->format, "Output format; default: from the output's extension")
      ->transform(CLI::IsMember({"svg", "png", "pdf", "dot"}, CLI::ignore_case));
  sub->add_option("--layout", o->layout,
                  "Graphviz layout engine; auto = dot (with party clusters) up to 40 actors, neato up to 250, "
                  "sfdp beyond (dot and circo get very slow on hub-heavy graphs of a few hundred actors; "
                  "fdp does not give the same picture every run when clusters are drawn)")
      ->transform(CLI::IsMember({"auto", "dot", "neato", "fdp", "sfdp", "circo", "twopi"}, CLI::ignore_case))
      ->capture_default_str();
  sub->add_option("--timeout", o->timeout, "Seconds the layout may take before it is stopped (exit code 6)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--style", o->style, "Style file (TOML) whose keys override graphs/styles/default.toml")
      ->check(CLI::ExistingFile);
  std::vector<std::string> size_names = SizeMeasureNames();
  size_names.push_back("none");
  sub->add_option("--size-by", o->size_by, "Measure that sizes the actors")
      ->transform(CLI::IsMember(size_names, CLI::ignore_case))
      ->capture_default_str();
  sub->add_option("--highlight-path", o->highlight_path,
                  "Two actors (id, name or alias): their shortest path in bold, the rest faded")
      ->expected(2);
  sub->add_option("--ego", o->ego, "Draw only this actor and those within --radius ties of it");
  sub->add_option("--radius", o->radius, "Ties from the --ego actor")->check(CLI::Range(1, 10))->capture_default_str();
  sub->add_option("--title", o->title, "Title inside the figure; default: the corpus or graph title");
  sub->add_flag("--no-clusters", o->no_clusters, "Do not box the actors of each party together");
  sub->add_flag("--no-legend", o->no_legend, "Leave out the legend (the title stays)");
  sub->add_option("--seed", o->seed, "Start seed of neato/fdp/sfdp: the same seed gives the same picture")
      ->capture_default_str();
  state.commands.push_back({sub, [&state, o] { return RunRender(state, *o); }});
}

}  // namespace actorgraph::cli
