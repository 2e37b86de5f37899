// Kernels: PageRank and eigenvector centrality by power iteration.
// PageRank returns the stationary distribution of the random surfer with
// damping d: x'(v) = (1-d)/n + d * (sum over u->v of x(u) w(u,v)/W(u)
// + D/n), D the rank held by dangling vertices (no out-arcs), spread
// uniformly as NetworkX and igraph do. Pull formulation over in-arcs, so
// each vertex is written by one thread (parallel, deterministic).
// Eigenvector: x' = (A^T + I) x normalised to Euclidean length 1, as
// NetworkX eigenvector_centrality. Both stop when sum |x' - x| < n * tol.
// [1] S. Brin, L. Page, "The anatomy of a large-scale hypertextual Web search
//     engine", 1998.  [2] P. Bonacich, "Power and centrality", AJS 92, 1987.
// [3] NetworkX 2.8 pagerank_alg.py (_pagerank_python), eigenvector.py.
#include "measures/spectral.h"

#include <cmath>

#include "measures/parallel.h"

namespace actorgraph {

PowerResult PageRank(const Csr& c, const PowerOptions& o) {
  const int n = c.n;
  PowerResult r;
  if (n == 0) {
    r.converged = true;
    return r;
  }
  const auto un = static_cast<std::size_t>(n);
  std::vector<double> out_sum(un, 0.0);
  for (int v = 0; v < n; ++v) {
    for (std::int64_t i = c.out_begin[v]; i < c.out_begin[v + 1]; ++i) {
      out_sum[static_cast<std::size_t>(v)] += o.weighted ? c.out_weight[static_cast<std::size_t>(i)] : 1.0;
    }
  }
  std::vector<double> x(un, 1.0 / n), next(un), share(un);  // share[u] = x(u)/W(u)
  const int workers = WorkerCount(o.threads, n / 20000 + 1);  // threads pay off only on big graphs
  const long blocks = workers > 1 ? 64 : 1;
  for (r.iterations = 1; r.iterations <= o.max_iterations; ++r.iterations) {
    double dangling = 0.0;
    for (std::size_t u = 0; u < un; ++u) {
      if (out_sum[u] > 0) {
        share[u] = x[u] / out_sum[u];
      } else {
        share[u] = 0.0;
        dangling += x[u];
      }
    }
    const double base = (1.0 - o.damping) / n + o.damping * dangling / n;
    std::vector<double> err(static_cast<std::size_t>(blocks), 0.0);
    ParallelFor(blocks, workers, [&](int, long b) {
      long lo = n * b / blocks, hi = n * (b + 1) / blocks;
      double e = 0.0;
      for (long v = lo; v < hi; ++v) {
        double sum = 0.0;
        for (std::int64_t i = c.in_begin[v], end = c.in_begin[v + 1]; i < end; ++i) {
          double w = o.weighted ? c.in_weight[static_cast<std::size_t>(i)] : 1.0;
          sum += share[static_cast<std::size_t>(c.in[static_cast<std::size_t>(i)])] * w;
        }
        double value = base + o.damping * sum;
        e += std::fabs(value - x[static_cast<std::size_t>(v)]);
        next[static_cast<std::size_t>(v)] = value;
      }
      err[static_cast<std::size_t>(b)] = e;
    });
    x.swap(next);
    double total_err = 0.0;
    for (double e : err) total_err += e;
    if (total_err < n * o.tolerance) {
      r.converged = true;
      break;
    }
  }
  if (r.iterations > o.max_iterations) r.iterations = o.max_iterations;
  r.scores = std::move(x);
  return r;
}

PowerResult Eigenvector(const Csr& c, const PowerOptions& o) {
  const int n = c.n;
  PowerResult r;
  const auto un = static_cast<std::size_t>(n);
  std::vector<double> x(un, n > 0 ? 1.0 / n : 0.0), next(un);
  for (r.iterations = 1; r.iterations <= o.max_iterations && n > 0; ++r.iterations) {
    next = x;  // the +I shift
    for (int u = 0; u < n; ++u) {
      for (std::int64_t i = c.out_begin[u]; i < c.out_begin[u + 1]; ++i) {
        double w = o.weighted ? c.out_weight[static_cast<std::size_t>(i)] : 1.0;
        next[static_cast<std::size_t>(c.out[static_cast<std::size_t>(i)])] += x[static_cast<std::size_t>(u)] * w;
      }
    }
    double norm = 0.0;
    for (double v : next) norm += v * v;
    norm = std::sqrt(norm);
    if (norm == 0) norm = 1;
    double err = 0.0;
    for (std::size_t v = 0; v < un; ++v) {
      next[v] /= norm;
      err += std::fabs(next[v] - x[v]);
    }
    x.swap(next);
    if (err < n * o.tolerance) {
      r.converged = true;
      break;
    }
  }
  if (n == 0) r.converged = true;
  if (r.iterations > o.max_iterations) r.iterations = o.max_iterations;
  r.scores = std::move(x);
  return r;
}

}  // namespace actorgraph
