// GEXF import (https://gexf.net, versions 1.1-1.3), as written by Gephi and
// NetworkX write_gexf. The GEXF writer belongs to the export stage (render).
#ifndef ACTORGRAPH_GRAPH_GEXF_H_
#define ACTORGRAPH_GRAPH_GEXF_H_

#include <string_view>

#include "core/status.h"
#include "graph/import.h"

namespace actorgraph {

/// Reads GEXF text: node label -> name, declared attributes by title (name,
/// kind, party; kind/count/weight/... on edges, else kept in `extra`), edge
/// `kind` or `label` -> relation kind, `weight`. Directed or undirected as
/// defaultedgetype says; an undirected or mutual edge in a directed graph
/// becomes a tie both ways. viz: styling is ignored. ParseError
/// "origin:line: ..." on malformed input.
Result<ImportedGraph> ReadGexf(std::string_view bytes, std::string_view origin);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_GEXF_H_
