// Structure of the actor graph: connected components, k-cores, ego
// networks, induced subgraphs, and the timeline of its evidence.
#ifndef ACTORGRAPH_MEASURES_STRUCTURE_H_
#define ACTORGRAPH_MEASURES_STRUCTURE_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "graph/actor_graph.h"

namespace actorgraph {

/// Weakly connected components (ties in either direction).
struct Components {
  std::vector<int> of;     // component of each vertex, numbered by size (largest 0), ties by smallest id
  std::vector<int> sizes;  // vertices per component
};
Components ConnectedComponents(const ActorGraph& graph);

/// Core number of every vertex on the undirected simple view (Boost
/// core_numbers): the largest k such that v is in a subgraph of minimum degree k.
std::vector<int> CoreNumbers(const ActorGraph& graph);

/// The subgraph induced by the vertices with keep[v]: vertices and edges keep
/// their order and every attribute.
ActorGraph InducedSubgraph(const ActorGraph& graph, const std::vector<bool>& keep);

/// The k-core: vertices of core number >= k and the edges among them.
ActorGraph KCore(const ActorGraph& graph, int k);

/// The ego network of `center`: vertices within `radius` hops in either
/// direction, and every edge among them. REQUIRES: center is a vertex id.
ActorGraph EgoNetwork(const ActorGraph& graph, const std::string& center, int radius);

/// One evidence sentence of one edge, dated.
struct TimelineEntry {
  std::string date;  // ISO; empty when unknown
  std::string source, target, kind;
  EvidenceRef evidence;
};

/// Every edge's evidence, by (date, doc, sentence, source, target, kind);
/// undated entries last. Edges without evidence (imported graphs) appear
/// once, dated by their first_date.
std::vector<TimelineEntry> Timeline(const ActorGraph& graph);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MEASURES_STRUCTURE_H_
