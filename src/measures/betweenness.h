// Betweenness centrality (Brandes 2001), exact, unweighted shortest paths,
// parallel over sources.
#ifndef ACTORGRAPH_MEASURES_BETWEENNESS_H_
#define ACTORGRAPH_MEASURES_BETWEENNESS_H_

#include <vector>

#include "measures/csr.h"

namespace actorgraph {

struct BetweennessOptions {
  bool normalized = true;  // divide as NetworkX does: by (n-1)(n-2) on a
                           // directed CSR, by (n-1)(n-2)/2 on a symmetric one
  bool symmetric = false;  // the CSR is an undirected view: each pair counted once
  int threads = 0;         // Default: all cores
};

/// Betweenness of every vertex. REQUIRES: `options.symmetric` only for a CSR
/// whose arcs all come in both directions.
std::vector<double> Betweenness(const Csr& csr, const BetweennessOptions& options);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MEASURES_BETWEENNESS_H_
