// CSV edge lists: `source,target[,kind][,weight]`, as spreadsheets, Gephi's
// edge table or a quick script would write them.
#ifndef ACTORGRAPH_GRAPH_CSV_EDGES_H_
#define ACTORGRAPH_GRAPH_CSV_EDGES_H_

#include <string_view>

#include "core/status.h"
#include "graph/import.h"

namespace actorgraph {

/// Reads a CSV edge list (RFC 4180 quoting; comma, or tab or semicolon when
/// the first line has no comma; blank lines and lines starting with '#'
/// skipped). A first line naming "source" and "target" is a header: columns
/// are then found by name (kind or relation or type or label, weight, count;
/// other columns kept as attributes). Without a header: source, target, then
/// kind, then weight; a lone numeric third column is the weight. The graph is
/// directed. ParseError "origin:line: ..." on a malformed row.
Result<ImportedGraph> ReadCsvEdges(std::string_view bytes, std::string_view origin);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_CSV_EDGES_H_
