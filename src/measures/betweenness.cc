// Kernel: Betweenness centrality (Brandes).
// Returns, for each vertex v, the sum over ordered pairs (s, t), s != v != t,
// of the fraction of shortest s-t paths through v (halved on an undirected
// view, then normalised as NetworkX does when asked).
// Approach: one BFS per source counting shortest paths (sigma) and marking,
// per arc, whether it lies on a shortest path (a byte per arc, as gapbs bc.cc
// keeps a successor bitmap); then the dependency accumulation in reverse BFS
// order reads only marked arcs and one coefficient (1 + delta) / sigma per
// successor, so no predecessor lists are stored. Sources are spread over threads with static interleaving; each
// thread owns its scratch arrays and its partial sums, added in thread order
// at the end (deterministic for a given thread count).
// [1] U. Brandes, "A faster algorithm for betweenness centrality", J. Math.
//     Sociol. 25(2), 2001.
// [2] S. Beamer et al., GAP Benchmark Suite, bc.cc.
#include "measures/betweenness.h"

#include "measures/parallel.h"

namespace actorgraph {
namespace {

struct Scratch {
  std::vector<int> dist, order;
  std::vector<double> sigma, coef, score;
  std::vector<unsigned char> succ;  // per arc: 1 when it lies on a shortest path of this source
  Scratch(int n, std::int64_t arcs)
      : dist(static_cast<std::size_t>(n), -1),
        order(static_cast<std::size_t>(n)),
        sigma(static_cast<std::size_t>(n), 0.0),
        coef(static_cast<std::size_t>(n), 0.0),
        score(static_cast<std::size_t>(n), 0.0),
        succ(static_cast<std::size_t>(arcs), 0) {}
};

void FromSource(const Csr& c, int s, Scratch* w) {
  int* dist = w->dist.data();
  int* order = w->order.data();
  double* sigma = w->sigma.data();
  double* coef = w->coef.data();  // (1 + delta[u]) / sigma[u], set once u's dependency is final
  unsigned char* succ = w->succ.data();
  double* score = w->score.data();
  const int* adj = c.out.data();
  const std::int64_t* begin = c.out_begin.data();
  int head = 0, tail = 0;
  order[tail++] = s;
  dist[s] = 0;
  sigma[s] = 1.0;
  while (head < tail) {
    int v = order[head++];
    int dv = dist[v] + 1;
    double sv = sigma[v];
    for (std::int64_t i = begin[v], e = begin[v + 1]; i < e; ++i) {
      int u = adj[i];
      if (dist[u] < 0) {
        dist[u] = dv;
        order[tail++] = u;
      }
      if (dist[u] == dv) {
        sigma[u] += sv;
        succ[i] = 1;
      }
    }
  }
  // Reverse BFS order: every successor's coefficient is final before v's.
  for (int k = tail - 1; k >= 0; --k) {
    int v = order[k];
    double sum = 0.0;
    for (std::int64_t i = begin[v], e = begin[v + 1]; i < e; ++i) {
      if (succ[i]) {
        sum += coef[adj[i]];
        succ[i] = 0;
      }
    }
    double delta = sigma[v] * sum;
    coef[v] = (1.0 + delta) / sigma[v];
    if (v != s) score[v] += delta;
  }
  for (int k = 0; k < tail; ++k) {  // reset only what was touched
    int v = order[k];
    dist[v] = -1;
    sigma[v] = 0.0;
  }
}

}  // namespace

std::vector<double> Betweenness(const Csr& csr, const BetweennessOptions& options) {
  const int n = csr.n;
  const int workers = WorkerCount(options.threads, n);
  std::vector<Scratch> scratch;
  scratch.reserve(static_cast<std::size_t>(workers));
  for (int w = 0; w < workers; ++w) scratch.emplace_back(n, csr.arcs());
  ParallelFor(n, workers, [&](int w, long s) { FromSource(csr, static_cast<int>(s), &scratch[static_cast<std::size_t>(w)]); });
  std::vector<double> bc(static_cast<std::size_t>(n), 0.0);
  for (const Scratch& w : scratch) {
    for (int v = 0; v < n; ++v) bc[static_cast<std::size_t>(v)] += w.score[static_cast<std::size_t>(v)];
  }
  double scale = options.symmetric ? 0.5 : 1.0;  // an undirected pair was counted from both ends
  if (options.normalized && n > 2) {
    double pairs = (n - 1.0) * (n - 2.0);  // ordered pairs not involving v
    scale /= options.symmetric ? pairs / 2.0 : pairs;
  }
  for (double& x : bc) x *= scale;
  return bc;
}

}  // namespace actorgraph
