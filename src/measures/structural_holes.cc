// Kernel: Burt's constraint and effective size.
// Returns per vertex v, with N(v) its in- and out-neighbours, mutual weight
// a(u,w) = [u->w] + [w->u], p(u,w) = a(u,w) / sum_k a(u,k) and
// m(u,w) = a(u,w) / max_k a(u,k):
//   constraint(v)     = sum_{u in N(v)} (p(v,u) + sum_{w in N(v)} p(v,w) p(w,u))^2
//   effective_size(v) = sum_{u in N(v)} (1 - sum_{w in N(v)} p(v,w) m(u,w))
// [1] R. S. Burt, Structural Holes, Harvard UP 1992.
// [2] S. P. Borgatti, "Structural holes: unpacking Burt's redundancy
//     measures", Connections 20(1), 1997.  [3] NetworkX structuralholes.py.
#include "measures/structural_holes.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace actorgraph {
namespace {

// Neighbours of every vertex (in or out), sorted, with mutual weights.
struct Mutual {
  std::vector<std::vector<std::pair<int, double>>> nbrs;
  std::vector<double> sum, max;

  double A(int u, int w) const {
    const auto& row = nbrs[static_cast<std::size_t>(u)];
    auto it = std::lower_bound(row.begin(), row.end(), std::make_pair(w, -1.0));
    return it != row.end() && it->first == w ? it->second : 0.0;
  }
  double P(int u, int w) const { return sum[static_cast<std::size_t>(u)] > 0 ? A(u, w) / sum[static_cast<std::size_t>(u)] : 0.0; }
  double M(int u, int w) const { return max[static_cast<std::size_t>(u)] > 0 ? A(u, w) / max[static_cast<std::size_t>(u)] : 0.0; }
};

Mutual MakeMutual(const Csr& c) {
  Mutual m;
  const auto n = static_cast<std::size_t>(c.n);
  m.nbrs.resize(n);
  m.sum.assign(n, 0.0);
  m.max.assign(n, 0.0);
  for (int v = 0; v < c.n; ++v) {
    auto& row = m.nbrs[static_cast<std::size_t>(v)];
    // Merge sorted out- and in-rows, each arc weighing 1.
    std::int64_t i = c.out_begin[v], ie = c.out_begin[v + 1], j = c.in_begin[v], je = c.in_begin[v + 1];
    while (i < ie || j < je) {
      int a = i < ie ? c.out[static_cast<std::size_t>(i)] : std::numeric_limits<int>::max();
      int b = j < je ? c.in[static_cast<std::size_t>(j)] : std::numeric_limits<int>::max();
      int u = std::min(a, b);
      double w = (a == u ? 1.0 : 0.0) + (b == u ? 1.0 : 0.0);
      if (a == u) ++i;
      if (b == u) ++j;
      row.emplace_back(u, w);
      m.sum[static_cast<std::size_t>(v)] += w;
      m.max[static_cast<std::size_t>(v)] = std::max(m.max[static_cast<std::size_t>(v)], w);
    }
  }
  return m;
}

}  // namespace

StructuralHoles BurtMeasures(const Csr& c) {
  const auto n = static_cast<std::size_t>(c.n);
  Mutual m = MakeMutual(c);
  StructuralHoles out;
  out.constraint.assign(n, std::numeric_limits<double>::quiet_NaN());
  out.effective_size.assign(n, std::numeric_limits<double>::quiet_NaN());
  for (int v = 0; v < c.n; ++v) {
    const auto& nv = m.nbrs[static_cast<std::size_t>(v)];
    if (nv.empty()) continue;
    double constraint = 0.0, esize = 0.0;
    for (const auto& [u, a_vu] : nv) {
      double indirect = 0.0, redundancy = 0.0;
      for (const auto& [w, a_vw] : nv) {
        if (w == u) continue;
        double p_vw = a_vw / m.sum[static_cast<std::size_t>(v)];
        indirect += p_vw * m.P(w, u);
        redundancy += p_vw * m.M(u, w);
      }
      double direct = a_vu / m.sum[static_cast<std::size_t>(v)];
      constraint += (direct + indirect) * (direct + indirect);
      esize += 1.0 - redundancy;
    }
    out.constraint[static_cast<std::size_t>(v)] = constraint;
    out.effective_size[static_cast<std::size_t>(v)] = esize;
  }
  return out;
}

}  // namespace actorgraph
