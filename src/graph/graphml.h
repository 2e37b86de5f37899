// GraphML (http://graphml.graphdrawing.org/), the lossless exchange format:
// we write every attribute of the actor graph, and read GraphML from
// ourselves, NetworkX (write_graphml), Gephi, igraph and yEd (plain data keys).
#ifndef ACTORGRAPH_GRAPH_GRAPHML_H_
#define ACTORGRAPH_GRAPH_GRAPHML_H_

#include <ostream>
#include <string_view>

#include "core/status.h"
#include "graph/actor_graph.h"
#include "graph/import.h"

namespace actorgraph {

/// Writes `graph` as GraphML: keys for name/kind/party, kind/stance/count/
/// weight/dates/modalities/evidence (a JSON array), graph level and title,
/// plus one key per imported extra attribute. Node ids are actor ids;
/// deterministic byte for byte.
void WriteGraphml(const ActorGraph& graph, std::ostream& out);

/// Reads GraphML text. Directed or undirected as the file's edgedefault says.
/// Unknown data keys are kept in `extra`. ParseError "origin:line: ..." when
/// the XML is malformed or an edge lacks its source/target.
Result<ImportedGraph> ReadGraphml(std::string_view bytes, std::string_view origin);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_GRAPHML_H_
