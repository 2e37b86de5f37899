// From an actor graph to a Graphviz DOT description of the diagram: nodes
// coloured by party and shaped by kind (style data, render/style.h), sized by
// a measure, edges coloured and styled by relation kind, dashed when only
// planned, pen width by count; per-party clusters; a title, the date range
// and a legend inside the figure; tooltips with the evidence and stable ids
// for the SVG. The DOT text is both the `export --format dot` output and what
// RenderGraph lays out.
#ifndef ACTORGRAPH_RENDER_DIAGRAM_H_
#define ACTORGRAPH_RENDER_DIAGRAM_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/actor_graph.h"
#include "render/style.h"

namespace actorgraph {

struct DiagramOptions {
  std::string layout;              // engine; Default: empty = DefaultLayout(graph)
  std::string title;               // Default: empty = graph.title, else "Actor relations"
  std::string subtitle;            // second line; Default: empty = date range and counts
  std::string id_prefix = "g";     // prefix of SVG element ids (unique per diagram on a page)
  std::map<std::string, double> sizes;  // actor id -> value of the --size-by measure; empty = uniform
  std::string size_by;             // the measure's name, for the legend
  std::vector<std::string> highlight_path;  // actor ids in path order: bold, the rest faded
  std::string root;                // actor id at the centre (ego view, twopi)
  bool clusters = true;            // per-party clusters at actor level (drawn by dot only)
  bool legend = true;              // title, subtitle and legend inside the figure
  int seed = 1;                    // start seed of neato/fdp/sfdp: same seed, same picture
  std::string rankdir = "LR";      // dot only
  int max_evidence_in_tooltip = 3; // the report shows all of them
};

/// The engine for a graph of this size when the user picked none: dot (draws
/// the party clusters) up to 40 actors, neato up to 250, sfdp beyond; dot and
/// circo blow up on hub-heavy graphs of a few hundred nodes (measured in
/// docs/research/graph-analysis-and-rendering.md section 3.5). Not fdp: with
/// clusters its output changes from run to run.
std::string DefaultLayout(const ActorGraph& graph);

/// Element ids in the SVG: "<prefix>-n<vertex index>" and "<prefix>-e<edge
/// position in boost::edges order>". The report uses them to attach evidence.
std::string NodeElementId(const std::string& prefix, Vertex v);
std::string EdgeElementId(const std::string& prefix, std::size_t edge_position);

/// The earliest and latest dates on the graph's edges ("" when undated).
std::pair<std::string, std::string> DateRange(const ActorGraph& graph);

/// True when an edge is drawn: it has at least one asserted or planned
/// relation, or no modality is recorded (imported graphs).
bool IsDrawn(const RelationEdge& edge);

/// The diagram as DOT text; deterministic. Every text that came from an
/// article is escaped for DOT and for Graphviz's label and HTML-label syntax.
std::string BuildDot(const ActorGraph& graph, const Style& style, const DiagramOptions& options);

}  // namespace actorgraph

#endif  // ACTORGRAPH_RENDER_DIAGRAM_H_
