// Power-iteration measures: PageRank and eigenvector centrality, iterated to
// a tolerance (Boost's page_rank runs 20 fixed iterations and loses the mass
// of dangling vertices: graph-analysis-and-rendering.md 2.3).
#ifndef ACTORGRAPH_MEASURES_SPECTRAL_H_
#define ACTORGRAPH_MEASURES_SPECTRAL_H_

#include <vector>

#include "measures/csr.h"

namespace actorgraph {

struct PowerOptions {
  double damping = 0.85;     // PageRank only
  double tolerance = 1e-10;  // stop when the L1 change < n * tolerance (NetworkX's test)
  int max_iterations = 1000;
  bool weighted = true;      // use arc weights (summed edge counts); NetworkX's default too
  int threads = 0;           // Default: all cores (PageRank)
};

struct PowerResult {
  std::vector<double> scores;
  int iterations = 0;
  bool converged = false;
};

/// PageRank: scores sum to 1; a dangling vertex's rank is spread uniformly.
PowerResult PageRank(const Csr& csr, const PowerOptions& options);

/// Eigenvector centrality as NetworkX computes it: iterate x <- (A^T + I) x
/// from the uniform vector (the identity shift makes bipartite graphs
/// converge), Euclidean norm 1. On a directed CSR it is the in-coming (left)
/// eigenvector. Use the undirected view for news graphs: a directed graph
/// with no cycle has no meaningful eigenvector.
PowerResult Eigenvector(const Csr& csr, const PowerOptions& options);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MEASURES_SPECTRAL_H_
