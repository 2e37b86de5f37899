// Burt's structural-hole measures: constraint and effective size, with
// NetworkX's definitions (mutual tie weights, both directions).
#ifndef ACTORGRAPH_MEASURES_STRUCTURAL_HOLES_H_
#define ACTORGRAPH_MEASURES_STRUCTURAL_HOLES_H_

#include <vector>

#include "measures/csr.h"

namespace actorgraph {

struct StructuralHoles {
  std::vector<double> constraint;      // NaN for an isolated vertex
  std::vector<double> effective_size;  // NaN for an isolated vertex
};

/// Both measures for every vertex of a directed (or symmetric) CSR, ties
/// unweighted (each arc counts 1, so a mutual tie weighs 2). Unlike NetworkX
/// 2.8, a vertex with in-ties but no out-ties gets values too (NetworkX gives
/// NaN there because it looks only at successors to detect isolation).
StructuralHoles BurtMeasures(const Csr& csr);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MEASURES_STRUCTURAL_HOLES_H_
