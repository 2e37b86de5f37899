// Exports for other tools: GEXF (Gephi, with viz colour and size), CSV
// tables for spreadsheets, Pajek .net (Pajek, UCINET). GraphML and node-link
// JSON are the graph stage's writers (graph/graphml.h, graph/node_link_json.h).
// Every writer takes an ostream, is deterministic, and escapes article text
// for its format.
#ifndef ACTORGRAPH_RENDER_EXPORTS_H_
#define ACTORGRAPH_RENDER_EXPORTS_H_

#include <map>
#include <ostream>
#include <string>

#include "graph/actor_graph.h"
#include "measures/centrality.h"
#include "relations/relation.h"
#include "render/style.h"

namespace actorgraph {

/// Per-actor measures to carry along: measure name -> (actor id -> value).
using MeasureColumns = std::map<std::string, std::map<std::string, double>>;

/// The computed measures of a centrality report as columns: degree,
/// strength, betweenness, closeness, harmonic, eigenvector, pagerank,
/// constraint, brokerage (total roles); only those the report computed.
MeasureColumns MeasureColumnsOf(const CentralityReport& report);

/// The names MeasureColumnsOf can produce (for --size-by).
const std::vector<std::string>& SizeMeasureNames();

struct ExportOptions {
  MeasureColumns measures;  // written as node attributes / columns
  std::string size_by;      // the measure that sets GEXF viz:size; Default: empty = uniform
};

/// GEXF 1.2 (what Gephi and NetworkX read): node attributes name, actor_kind,
/// party and every measure; edge attributes relation, stance, count, dates,
/// modalities and the evidence (a JSON array); viz:color by party and
/// viz:size by `size_by`. The edge element's `kind` is the relation kind, so
/// Gephi keeps parallel edges of different kinds apart; symmetric kinds
/// (meet) are `type="mutual"`. No attribute is titled "type" (Gephi reserves it).
void WriteGexf(const ActorGraph& graph, const Style& style, const ExportOptions& options, std::ostream& out);

/// One row per actor: id,name,kind,party,out_ties,in_ties, then one column per measure.
void WriteNodesCsv(const ActorGraph& graph, const ExportOptions& options, std::ostream& out);
/// One row per edge: source,target,source_name,target_name,kind,stance,count,
/// weight,first_date,last_date,modalities,evidence_count.
void WriteEdgesCsv(const ActorGraph& graph, std::ostream& out);
/// One row per evidence sentence of every edge: source,target,kind,stance,
/// doc,sentence,date,rule,evidence.
void WriteEvidenceCsv(const ActorGraph& graph, std::ostream& out);
/// (The relations themselves are written by relations/output.h.)

/// The centrality table: id,name,party,in_degree,out_degree,degree,strength,
/// betweenness,betweenness_undirected,closeness,harmonic,eigenvector,pagerank,
/// constraint,effective_size (empty cells for measures not computed or undefined).
void WriteCentralityCsv(const CentralityReport& report, std::ostream& out);
/// The brokerage table: id,name,party,coordinator,itinerant,gatekeeper,
/// representative,liaison,total.
void WriteBrokerageCsv(const CentralityReport& report, std::ostream& out);

/// Pajek .net: *Vertices with labels, *Arcs for directed kinds and *Edges for
/// symmetric ones, weight = count, relation kind as the line label.
void WritePajek(const ActorGraph& graph, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_RENDER_EXPORTS_H_
