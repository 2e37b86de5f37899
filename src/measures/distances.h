// Distance-based measures from one BFS per source (unweighted hops):
// closeness with the Wasserman-Faust correction, harmonic centrality, and
// single-source shortest-path lengths.
#ifndef ACTORGRAPH_MEASURES_DISTANCES_H_
#define ACTORGRAPH_MEASURES_DISTANCES_H_

#include <vector>

#include "measures/csr.h"

namespace actorgraph {

struct ClosenessScores {
  std::vector<double> closeness;  // WF: ((r-1)/(n-1)) * ((r-1)/sum of distances)
  std::vector<double> harmonic;   // sum of 1/d, not normalised (as NetworkX)
};

/// Closeness and harmonic centrality of every vertex over *incoming*
/// distances d(u, v) (NetworkX's convention for directed graphs; the same
/// thing on an undirected view). r = number of vertices that reach v,
/// v included; 0 when none does. Parallel over sources.
ClosenessScores Closeness(const Csr& csr, int threads);

/// Hop distances from `source` over out-arcs; -1 where unreachable.
std::vector<int> BfsDistances(const Csr& csr, int source);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MEASURES_DISTANCES_H_
