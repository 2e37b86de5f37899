#include "render/job.h"

#include <sstream>

#include "graph/build.h"
#include "graph/graphml.h"
#include "graph/node_link_json.h"
#include "measures/centrality.h"
#include "relations/output.h"
#include "render/diagram.h"
#include "render/exports.h"
#include "render/graphviz.h"
#include "render/report.h"

namespace actorgraph {
namespace {

constexpr int kSteps = 7;

// One diagram: its graph, options and the files it becomes.
struct Figure {
  std::string name;  // file stem and SVG id prefix
  std::string title;
  std::string caption;
  ActorGraph graph;
  DiagramOptions options;
  std::string svg;
};

Status Draw(Figure* f, const RunJobOptions& options, RunJobResult* result) {
  RenderRequest request;
  request.dot = BuildDot(f->graph, options.style, f->options);
  request.layout = f->options.layout.empty() ? DefaultLayout(f->graph) : f->options.layout;
  request.formats = {"svg", "png"};
  request.timeout_seconds = options.layout_timeout;
  request.png_dpi = options.style.png_dpi;
  Result<std::map<std::string, std::string>> out = RenderGraph(request);
  if (!out.ok()) return Status(out.status().code(), f->name + " diagram: " + out.status().message());
  f->svg = out->at("svg");
  result->files.push_back({f->name + ".svg", out->at("svg"), f->title + " (SVG, with evidence tooltips)"});
  result->files.push_back({f->name + ".png", std::move(out->at("png")), f->title + " (PNG, for slides)"});
  return Status::Ok();
}

}  // namespace

Result<RunJobResult> ProduceRunOutputs(const Corpus& corpus, const Extraction& extraction,
                                       const RunJobOptions& options) {
  auto progress = [&](int step, const std::string& what) {
    if (options.progress) options.progress(step, kSteps, what);
  };
  RunJobResult result;
  const std::string title = options.title.empty()
                                ? "Actor relations in " + std::to_string(corpus.documents.size()) +
                                      (corpus.documents.size() == 1 ? " article" : " articles")
                                : options.title;

  progress(1, "building the graphs");
  GraphOptions go;
  go.title = title;
  ActorGraph actors = BuildGraph(extraction, go);
  GraphOptions party_options = go;
  party_options.level = "party";
  ActorGraph parties = BuildGraph(extraction, party_options);
  GraphOptions mediation_options = go;
  mediation_options.kinds = {"mediate"};
  ActorGraph mediation = BuildGraph(extraction, mediation_options);
  result.actors = static_cast<int>(boost::num_vertices(actors.g));
  result.edges = static_cast<int>(boost::num_edges(actors.g));
  result.parties = static_cast<int>(boost::num_vertices(parties.g));
  result.relations = static_cast<int>(extraction.relations.size());

  progress(2, "measuring centrality and brokerage");
  CentralityReport centrality;
  if (boost::num_vertices(actors.g) > 0) {
    Result<CentralityReport> c = ComputeCentrality(actors, CentralityOptions());
    if (!c.ok()) return c.status();
    centrality = std::move(*c);
  }
  MeasureColumns measures = MeasureColumnsOf(centrality);

  std::vector<Figure> figures;
  {
    Figure f{"parties", "Parties", "Each actor folded into the party it acts for; line width = number of reports.",
             std::move(parties), DiagramOptions(), ""};
    f.options.title = title + ": parties";
    figures.push_back(std::move(f));
  }
  {
    Figure f{"actors", "Actors",
             "Actors coloured by party, shaped by kind and sized by betweenness; boxes group a party's actors.",
             std::move(actors), DiagramOptions(), ""};
    f.options.title = title + ": actors";
    f.options.sizes = measures["betweenness"];
    f.options.size_by = "betweenness";
    figures.push_back(std::move(f));
  }
  if (boost::num_edges(mediation.g) > 0) {
    Figure f{"mediation", "Mediation", "Mediators and the parties they mediate between.", std::move(mediation),
             DiagramOptions(), ""};
    f.options.title = title + ": who mediates between whom";
    f.options.layout = boost::num_vertices(f.graph.g) <= 60 ? "dot" : "";
    f.options.clusters = false;
    figures.push_back(std::move(f));
  } else {
    result.notes.push_back("no mediation relations were found: the mediation diagram is left out");
  }
  int step = 3;
  for (Figure& f : figures) {
    f.options.id_prefix = f.name;
    progress(std::min(step++, 5), "drawing the " + f.name + " diagram");
    AG_RETURN_IF_ERROR(Draw(&f, options, &result));
  }

  progress(6, "writing tables and exports");
  const ActorGraph& actor_graph = figures[1].graph;
  auto add = [&](const std::string& name, const std::string& description, auto write) {
    std::ostringstream out;
    write(out);
    result.files.push_back({name, out.str(), description});
  };
  add("centrality.csv", "centrality of every actor (degree, betweenness, closeness, PageRank, ...)",
      [&](std::ostream& o) { WriteCentralityCsv(centrality, o); });
  add("brokerage.csv", "Gould-Fernandez brokerage roles of every actor",
      [&](std::ostream& o) { WriteBrokerageCsv(centrality, o); });
  add("graph.graphml", "the actor graph with every attribute and its evidence (GraphML)",
      [&](std::ostream& o) { WriteGraphml(actor_graph, o); });
  ExportOptions eo;
  eo.measures = measures;
  eo.size_by = "betweenness";
  add("graph.gexf", "the actor graph for Gephi, coloured by party, sized by betweenness (GEXF)",
      [&](std::ostream& o) { WriteGexf(actor_graph, options.style, eo, o); });
  add("graph.json", "the actor graph as node-link JSON (d3, Cytoscape.js)",
      [&](std::ostream& o) { WriteNodeLinkJson(actor_graph, o); });
  add("relations.jsonl", "every extracted relation with its evidence (JSON Lines)",
      [&](std::ostream& o) { WriteRelationsJsonl(extraction.relations, o); });
  add("relations.csv", "every extracted relation with its evidence (CSV)",
      [&](std::ostream& o) { WriteRelationsCsv(extraction.relations, o); });

  progress(7, "writing report.html");
  ReportInput report;
  report.title = title;
  auto [first, last] = DateRange(actor_graph);
  report.summary = std::to_string(corpus.documents.size()) + " documents used, " +
                   std::to_string(corpus.skipped.size()) + " skipped · " + std::to_string(result.actors) +
                   " actors in " + std::to_string(result.parties) + " parties · " + std::to_string(result.relations) +
                   " relations on " + std::to_string(result.edges) + " edges" +
                   (first.empty() ? "" : " · " + first + (last != first ? " to " + last : ""));
  report.corpus = &corpus;
  report.graph = &actor_graph;
  report.centrality = boost::num_vertices(actor_graph.g) > 0 ? &centrality : nullptr;
  for (const Figure& f : figures) {
    report.diagrams.push_back({f.name, f.title, f.caption, f.svg, &f.graph, {f.name + ".svg", f.name + ".png"}});
  }
  for (const OutputFile& f : result.files) report.files.push_back({f.name, f.description});
  Result<std::string> html = BuildReportHtml(report);
  if (!html.ok()) return html.status();
  result.files.push_back({"report.html", std::move(*html), "this report: diagrams, tables and evidence in one page"});
  return result;
}

}  // namespace actorgraph
