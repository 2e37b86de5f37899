// Stage 7 entry point for `actorgraph centrality`: every actor's measures in
// one table, computed on the views the measures are defined on.
#ifndef ACTORGRAPH_MEASURES_CENTRALITY_H_
#define ACTORGRAPH_MEASURES_CENTRALITY_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "graph/actor_graph.h"
#include "measures/brokerage.h"

namespace actorgraph {

/// Measure names accepted by CentralityOptions::measures, in table order.
const std::vector<std::string>& CentralityMeasureNames();

struct CentralityOptions {
  std::vector<std::string> measures;  // subset of CentralityMeasureNames(); Default: empty = all
  double damping = 0.85;              // PageRank
  double tolerance = 1e-10;           // PageRank and eigenvector: L1 change < n * tolerance
  int threads = 0;                    // betweenness, closeness, PageRank; Default: all cores
};

/// One actor's scores; a measure not computed stays 0.
struct CentralityRow {
  std::string id, name, party;
  int in_degree = 0, out_degree = 0;  // distinct neighbours on the directed view
  int degree = 0;                     // distinct neighbours on the undirected view
  double strength = 0;                // sum of the weights (relation counts) of incident edges
  double betweenness = 0;             // directed view, normalised 1/((n-1)(n-2))
  double betweenness_undirected = 0;  // undirected view, normalised 2/((n-1)(n-2)) ("betweenness-undirected")
  double closeness = 0;               // directed view, incoming distances, Wasserman-Faust
  double harmonic = 0;                // directed view, incoming, sum of 1/d
  double eigenvector = 0;             // undirected view, unweighted, Euclidean norm 1
  double pagerank = 0;                // directed view, weighted by counts, d = damping
  double constraint = 0;              // Burt; NaN when isolated
  double effective_size = 0;          // Burt; NaN when isolated
  BrokerageRoles brokerage;           // directed view with mediate ties both ways, groups = party
};

struct CentralityReport {
  std::vector<std::string> measures;   // what was computed
  std::vector<CentralityRow> rows;     // vertex (id) order
  int vertices = 0, edges = 0;         // edges of the multigraph (one per kind)
  bool directed = true;
  std::vector<std::string> notes;      // "PageRank did not converge in 1000 iterations", ...
};

/// The measures of `graph`. InvalidArgument for an unknown measure name.
Result<CentralityReport> ComputeCentrality(const ActorGraph& graph, const CentralityOptions& options);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MEASURES_CENTRALITY_H_
