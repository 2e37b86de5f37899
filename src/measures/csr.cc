#include "measures/csr.h"

#include <algorithm>
#include <numeric>

namespace actorgraph {
namespace {

// Rows of (neighbour, weight) sorted and merged into CSR arrays.
void Fill(int n, std::vector<std::vector<std::pair<int, double>>>& rows, std::vector<std::int64_t>* begin,
          std::vector<int>* adj, std::vector<double>* weight) {
  begin->assign(static_cast<std::size_t>(n) + 1, 0);
  adj->clear();
  weight->clear();
  for (int v = 0; v < n; ++v) {
    auto& row = rows[static_cast<std::size_t>(v)];
    std::sort(row.begin(), row.end());
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (!adj->empty() && static_cast<std::int64_t>(adj->size()) > (*begin)[v] && adj->back() == row[i].first) {
        weight->back() += row[i].second;
      } else {
        adj->push_back(row[i].first);
        weight->push_back(row[i].second);
      }
    }
    (*begin)[v + 1] = static_cast<std::int64_t>(adj->size());
    row.clear();
    row.shrink_to_fit();
  }
}

Csr Build(int n, const std::vector<std::pair<int, int>>& arcs, const std::vector<double>& weights) {
  Csr c;
  c.n = n;
  std::vector<std::vector<std::pair<int, double>>> out(static_cast<std::size_t>(n)), in(static_cast<std::size_t>(n));
  for (std::size_t i = 0; i < arcs.size(); ++i) {
    auto [u, v] = arcs[i];
    if (u == v) continue;
    double w = weights.empty() ? 1.0 : weights[i];
    out[static_cast<std::size_t>(u)].emplace_back(v, w);
    in[static_cast<std::size_t>(v)].emplace_back(u, w);
  }
  Fill(n, out, &c.out_begin, &c.out, &c.out_weight);
  Fill(n, in, &c.in_begin, &c.in, &c.in_weight);
  return c;
}

}  // namespace

double Csr::Weight(int u, int v) const {
  auto b = out.begin() + out_begin[u], e = out.begin() + out_begin[u + 1];
  auto it = std::lower_bound(b, e, v);
  return it != e && *it == v ? out_weight[static_cast<std::size_t>(it - out.begin())] : 0.0;
}

Csr MakeCsr(int n, const std::vector<std::pair<int, int>>& arcs, const std::vector<double>& weights,
            bool symmetric) {
  if (!symmetric) return Build(n, arcs, weights);
  std::vector<std::pair<int, int>> both;
  std::vector<double> w2;
  both.reserve(arcs.size() * 2);
  for (std::size_t i = 0; i < arcs.size(); ++i) {
    both.push_back(arcs[i]);
    both.emplace_back(arcs[i].second, arcs[i].first);
    double w = weights.empty() ? 1.0 : weights[i];
    w2.push_back(w);
    w2.push_back(w);
  }
  return Build(n, both, w2);
}

Csr MakeCsr(const ActorGraph& graph, TieView view) {
  const ActorGraphBase& g = graph.g;
  std::vector<std::pair<int, int>> arcs;
  std::vector<double> weights;
  arcs.reserve(boost::num_edges(g) * 2);
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
    int s = static_cast<int>(boost::source(*ei, g)), t = static_cast<int>(boost::target(*ei, g));
    double w = g[*ei].weight;
    arcs.emplace_back(s, t);
    weights.push_back(w);
    bool both_ways = view == TieView::kUndirected || !graph.directed || IsSymmetricKind(g[*ei].kind) ||
                     (view == TieView::kExchange && g[*ei].kind == "mediate");
    if (both_ways) {
      arcs.emplace_back(t, s);
      weights.push_back(w);
    }
  }
  return Build(static_cast<int>(boost::num_vertices(g)), arcs, weights);
}

}  // namespace actorgraph
