// Node-link JSON (NetworkX's node_link_data shape), with every attribute:
// {"directed", "multigraph", "graph": {level, title}, "nodes": [...], "links": [...]}.
#ifndef ACTORGRAPH_GRAPH_NODE_LINK_JSON_H_
#define ACTORGRAPH_GRAPH_NODE_LINK_JSON_H_

#include <ostream>
#include <string_view>

#include "core/status.h"
#include "graph/actor_graph.h"
#include "graph/import.h"

namespace actorgraph {

/// Writes `graph` as indented node-link JSON; nodes and links in graph order,
/// links carry "modalities" and "evidence" as arrays. Deterministic.
void WriteNodeLinkJson(const ActorGraph& graph, std::ostream& out);

/// Reads node-link JSON written by us or by NetworkX (key "links" or "edges";
/// ids may be strings or numbers). ParseError "origin:line: ..." otherwise.
Result<ImportedGraph> ReadNodeLinkJson(std::string_view bytes, std::string_view origin);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_NODE_LINK_JSON_H_
