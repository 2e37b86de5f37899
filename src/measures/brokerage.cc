// Kernel: Gould-Fernandez brokerage roles.
// Returns per vertex v the number of open two-paths a -> v -> c (a != c,
// no arc a -> c) in each of the five roles, by the groups of a, v and c:
// coordinator (all equal), itinerant (g(a) = g(c) != g(v)), gatekeeper
// (g(a) != g(v) = g(c)), representative (g(a) = g(v) != g(c)), liaison (all
// different). On a symmetric CSR each pair is seen both ways, as in sna with
// an undirected graph.
// [1] R. V. Gould, R. M. Fernandez, "Structures of mediation: a formal
//     approach to brokerage in transaction networks", Sociol. Methodology 19,
//     1989.  [2] C. T. Butts, R package sna, brokerage().
#include "measures/brokerage.h"

namespace actorgraph {

std::vector<BrokerageRoles> Brokerage(const Csr& c, const std::vector<std::string>& group) {
  std::vector<BrokerageRoles> roles(static_cast<std::size_t>(c.n));
  for (int v = 0; v < c.n; ++v) {
    BrokerageRoles& r = roles[static_cast<std::size_t>(v)];
    const std::string& gv = group[static_cast<std::size_t>(v)];
    for (std::int64_t i = c.in_begin[v]; i < c.in_begin[v + 1]; ++i) {
      int a = c.in[static_cast<std::size_t>(i)];
      const std::string& ga = group[static_cast<std::size_t>(a)];
      for (std::int64_t j = c.out_begin[v]; j < c.out_begin[v + 1]; ++j) {
        int t = c.out[static_cast<std::size_t>(j)];
        if (t == a || c.Weight(a, t) > 0) continue;  // closed, or not a two-path
        const std::string& gt = group[static_cast<std::size_t>(t)];
        if (ga == gv && gt == gv) ++r.coordinator;
        else if (ga == gt) ++r.itinerant;
        else if (gt == gv) ++r.gatekeeper;
        else if (ga == gv) ++r.representative;
        else ++r.liaison;
      }
    }
  }
  return roles;
}

}  // namespace actorgraph
