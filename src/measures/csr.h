// A compact adjacency (CSR) view of the actor graph for the measures: the
// multigraph's parallel edges of different kinds collapse into one arc whose
// weight is the sum of theirs; symmetric kinds ("meet") and every edge of an
// undirected graph give arcs both ways. Vertex i is vertex i of the ActorGraph.
#ifndef ACTORGRAPH_MEASURES_CSR_H_
#define ACTORGRAPH_MEASURES_CSR_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

/// Which ties the measures see.
enum class TieView {
  kDirected,    // arcs as stored (symmetric kinds both ways)
  kUndirected,  // every tie both ways: the interaction view
  kExchange,    // as kDirected, but mediate ties also run both ways: a mediator
                // carries messages to and from each party (brokerage roles)
};

/// Out- and in-adjacency of a simple directed graph (no self-loops, no
/// parallel arcs), neighbours sorted by index in each row.
struct Csr {
  int n = 0;
  std::vector<std::int64_t> out_begin;  // size n+1
  std::vector<int> out;                 // targets
  std::vector<double> out_weight;       // summed edge weights
  std::vector<std::int64_t> in_begin;
  std::vector<int> in;                  // sources
  std::vector<double> in_weight;

  std::int64_t arcs() const { return static_cast<std::int64_t>(out.size()); }
  int OutDegree(int v) const { return static_cast<int>(out_begin[v + 1] - out_begin[v]); }
  int InDegree(int v) const { return static_cast<int>(in_begin[v + 1] - in_begin[v]); }
  /// Weight of arc u->v, 0 when absent (binary search in u's row).
  double Weight(int u, int v) const;
};

/// The CSR of `graph` under `view`.
Csr MakeCsr(const ActorGraph& graph, TieView view);

/// The CSR of an arc list on vertices 0..n-1 (duplicates merged, weights
/// summed, self-loops dropped); `symmetric` adds every arc both ways.
Csr MakeCsr(int n, const std::vector<std::pair<int, int>>& arcs, const std::vector<double>& weights,
            bool symmetric);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MEASURES_CSR_H_
