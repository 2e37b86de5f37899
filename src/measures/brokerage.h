// Gould-Fernandez brokerage roles, as R's sna::brokerage counts them.
#ifndef ACTORGRAPH_MEASURES_BROKERAGE_H_
#define ACTORGRAPH_MEASURES_BROKERAGE_H_

#include <string>
#include <vector>

#include "measures/csr.h"

namespace actorgraph {

/// Raw role counts of one vertex (sna's w_I, w_O, b_IO, b_OI, b_O, t).
struct BrokerageRoles {
  long coordinator = 0;     // w_I:  a -> v -> c, all three in v's group
  long itinerant = 0;       // w_O:  a and c in one group, v outside it
  long gatekeeper = 0;      // b_IO: a outside v's group, c inside it
  long representative = 0;  // b_OI: a inside v's group, c outside it
  long liaison = 0;         // b_O:  a, v, c in three different groups
  long total() const { return coordinator + itinerant + gatekeeper + representative + liaison; }
};

/// For each vertex v, every open two-path a -> v -> c (a, v, c distinct,
/// no arc a -> c) counted in the role its groups give it. `group[v]` is the
/// group of vertex v (for actors, their party).
std::vector<BrokerageRoles> Brokerage(const Csr& csr, const std::vector<std::string>& group);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MEASURES_BROKERAGE_H_
