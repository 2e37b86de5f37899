// Stage 6 data: the actor-relationship graph on Boost.Graph.
// Vertices are actors; an edge aggregates every relation of one
// (source, target, kind) with its count, dates, modalities and evidence.
#ifndef ACTORGRAPH_GRAPH_ACTOR_GRAPH_H_
#define ACTORGRAPH_GRAPH_ACTOR_GRAPH_H_

#include <map>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "core/status.h"
#include "relations/relation.h"

namespace actorgraph {

/// Where an edge's evidence lives: one sentence of one document.
struct EvidenceRef {
  std::string doc;
  int sentence = 0;
  std::string text;   // the evidence sentence
  std::string date;   // article date, ISO 8601
  std::string rule;   // rule that fired
};

/// Vertex bundle.
struct ActorVertex {
  std::string id;
  std::string name;
  std::string kind;   // "country", "organization", "person", "group" (free text for imported graphs)
  std::string party;
  /// Attributes of imported graphs that have no field above, kept verbatim
  /// (GraphML/GEXF/JSON key name -> value) so a round trip loses nothing.
  std::map<std::string, std::string> extra;
};

/// Edge bundle: all relations of one (source, target, kind).
struct RelationEdge {
  std::string kind;        // "meet", "mediate", ... (free text for imported graphs)
  std::string stance;      // respond: "accept", "reject", "mixed" or "" (majority, ties by name)
  int count = 0;           // supporting relations
  double weight = 1.0;     // imported weight, or count for our own graphs
  std::string first_date;  // ISO dates; empty when unknown
  std::string last_date;
  std::vector<std::string> modalities;  // sorted, distinct: "asserted", "planned"
  std::vector<EvidenceRef> evidence;    // sorted by (doc, sentence)
  /// Imported attributes with no field above (see ActorVertex::extra).
  std::map<std::string, std::string> extra;
};

/// Directed multigraph: vecS so descriptors are indices (BGL algorithms need
/// a vertex_index). Meet edges are stored once, source id < target id.
using ActorGraphBase = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                             ActorVertex, RelationEdge>;
using Vertex = boost::graph_traits<ActorGraphBase>::vertex_descriptor;
using Edge = boost::graph_traits<ActorGraphBase>::edge_descriptor;

/// The graph plus its id index and description.
struct ActorGraph {
  ActorGraphBase g;
  std::map<std::string, Vertex> index;  // actor id -> vertex
  bool directed = true;   // false for imported undirected graphs
  std::string level = "actor";  // "actor" or "party"
  std::string title;      // for diagrams
};

/// True for relation kinds that have no direction ("meet"): analyses treat
/// such an edge as a tie both ways even in a directed graph.
bool IsSymmetricKind(const std::string& kind);

/// The vertex of actor `v.id`, added (with `v`'s fields) when missing.
Vertex AddOrGetActor(ActorGraph* graph, const ActorVertex& v);

/// Sets *out to the vertex of actor `id`; false when there is none.
bool FindActor(const ActorGraph& graph, const std::string& id, Vertex* out);

/// Checks the invariants every graph must hold (tests call it after every
/// build and import): the id index and the vertices match one-to-one, ids are
/// non-empty and unique, edge endpoints exist, no self-loops, counts are
/// positive and at least the number of evidence sentences, evidence sorted by
/// (doc, sentence) and distinct, modalities sorted and distinct, symmetric
/// edges stored once with source id < target id. Returns Internal naming the first violation.
Status VerifyActorGraph(const ActorGraph& graph);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_ACTOR_GRAPH_H_
