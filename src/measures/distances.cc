// Kernel: closeness (Wasserman-Faust) and harmonic centrality.
// Returns per vertex v: closeness(v) = ((r-1)/(n-1)) * ((r-1)/sum_u d(u,v))
// where r counts the vertices that reach v (v included), and harmonic(v) =
// sum_u 1/d(u,v). Boost's closeness_centrality is 0 for every vertex of a
// disconnected graph (graph-analysis-and-rendering.md 2.3): news graphs are
// almost always disconnected, hence this scaling.
// Approach: one BFS per source u; each reached v gets d(u,v) added to its
// totals, so incoming distances need no reversed graph. Sources are spread
// over threads with per-thread totals, summed in thread order.
// [1] S. Wasserman, K. Faust, Social Network Analysis, CUP 1994, p. 201.
// [2] M. Marchiori, V. Latora, "Harmony in the small-world", Physica A 285, 2000.
#include "measures/distances.h"

#include "measures/parallel.h"

namespace actorgraph {

std::vector<int> BfsDistances(const Csr& c, int source) {
  std::vector<int> dist(static_cast<std::size_t>(c.n), -1);
  std::vector<int> queue;
  queue.reserve(static_cast<std::size_t>(c.n));
  dist[static_cast<std::size_t>(source)] = 0;
  queue.push_back(source);
  for (std::size_t head = 0; head < queue.size(); ++head) {
    int v = queue[head];
    int dv = dist[static_cast<std::size_t>(v)] + 1;
    for (std::int64_t i = c.out_begin[v], e = c.out_begin[v + 1]; i < e; ++i) {
      int u = c.out[static_cast<std::size_t>(i)];
      if (dist[static_cast<std::size_t>(u)] < 0) {
        dist[static_cast<std::size_t>(u)] = dv;
        queue.push_back(u);
      }
    }
  }
  return dist;
}

ClosenessScores Closeness(const Csr& c, int threads) {
  const auto n = static_cast<std::size_t>(c.n);
  const int workers = WorkerCount(threads, c.n);
  struct Totals {
    std::vector<double> dist_sum, harmonic;
    std::vector<int> reached;
    std::vector<int> dist, queue;
  };
  std::vector<Totals> totals(static_cast<std::size_t>(workers));
  for (Totals& t : totals) {
    t.dist_sum.assign(n, 0.0);
    t.harmonic.assign(n, 0.0);
    t.reached.assign(n, 0);
    t.dist.assign(n, -1);
    t.queue.resize(n);
  }
  ParallelFor(c.n, workers, [&](int w, long s) {
    Totals& t = totals[static_cast<std::size_t>(w)];
    int head = 0, tail = 0;
    t.queue[static_cast<std::size_t>(tail++)] = static_cast<int>(s);
    t.dist[static_cast<std::size_t>(s)] = 0;
    while (head < tail) {
      int v = t.queue[static_cast<std::size_t>(head++)];
      int dv = t.dist[static_cast<std::size_t>(v)] + 1;
      for (std::int64_t i = c.out_begin[v], e = c.out_begin[v + 1]; i < e; ++i) {
        auto u = static_cast<std::size_t>(c.out[static_cast<std::size_t>(i)]);
        if (t.dist[u] < 0) {
          t.dist[u] = dv;
          t.queue[static_cast<std::size_t>(tail++)] = static_cast<int>(u);
          t.dist_sum[u] += dv;
          t.harmonic[u] += 1.0 / dv;
          ++t.reached[u];
        }
      }
    }
    for (int k = 0; k < tail; ++k) t.dist[static_cast<std::size_t>(t.queue[static_cast<std::size_t>(k)])] = -1;
  });
  ClosenessScores out;
  out.closeness.assign(n, 0.0);
  out.harmonic.assign(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    double sum = 0.0;
    long reached = 0;
    for (const Totals& t : totals) {
      sum += t.dist_sum[v];
      reached += t.reached[v];
      out.harmonic[v] += t.harmonic[v];
    }
    if (sum > 0 && n > 1) {
      double r1 = static_cast<double>(reached);  // r - 1: the others that reach v
      out.closeness[v] = (r1 / sum) * (r1 / static_cast<double>(n - 1));
    }
  }
  return out;
}

}  // namespace actorgraph
