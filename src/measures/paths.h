// Shortest mediation paths between two actors, with the evidence behind
// each hop, and the k shortest loopless alternatives (Yen).
#ifndef ACTORGRAPH_MEASURES_PATHS_H_
#define ACTORGRAPH_MEASURES_PATHS_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "graph/actor_graph.h"

namespace actorgraph {

/// The relation kinds a path follows by default: the diplomatic ones.
const std::vector<std::string>& DefaultPathKinds();

struct PathOptions {
  std::vector<std::string> kinds = DefaultPathKinds();  // empty = every kind
  bool directed = false;      // follow edges only source -> target (symmetric kinds both ways)
  int k = 1;                  // k shortest loopless paths (Yen), 1..50
  bool via_mediator = false;  // prefer hops over mediate ties (other hops cost 3x)
};

/// One hop of a path: all the allowed edges between two consecutive actors.
struct PathHop {
  Vertex from = 0, to = 0;
  std::vector<Edge> edges;  // by (kind, direction); the evidence lives on them
  int count = 0;            // relations behind the hop (sum of edge counts)
  double cost = 0;
};

struct FoundPath {
  std::vector<Vertex> vertices;  // from ... to
  std::vector<PathHop> hops;     // vertices.size() - 1
  double cost = 0;
};

/// The cost of a hop: 1 + 1/(1 + relations behind it), so fewer hops always
/// win and, among equally short paths, better-evidenced ties win; +0.25 when
/// every relation behind it is only planned; x3 for a non-mediate hop with
/// via_mediator.
double HopCost(int count, bool only_planned, bool has_mediate, bool via_mediator);

/// Up to k cheapest loopless paths from `from` to `to`, cheapest first
/// (equal costs in actor-id order). Empty when not connected over the
/// allowed kinds (free text: imported graphs have their own kinds).
/// InvalidArgument for k out of range.
Result<std::vector<FoundPath>> ShortestPaths(const ActorGraph& graph, Vertex from, Vertex to,
                                             const PathOptions& options);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MEASURES_PATHS_H_
