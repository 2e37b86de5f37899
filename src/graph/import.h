// Reading graphs written by us or by other tools (NetworkX, Gephi, igraph,
// spreadsheets): GraphML, GEXF, node-link JSON and CSV edge lists. Every
// reader feeds a GraphAssembler, which merges duplicates and keeps the result
// deterministic whatever the input order.
#ifndef ACTORGRAPH_GRAPH_IMPORT_H_
#define ACTORGRAPH_GRAPH_IMPORT_H_

#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/status.h"
#include "graph/actor_graph.h"

namespace actorgraph {

/// A graph read from a file, with what was repaired on the way
/// ("3 self-loops dropped", "edge e7 names undeclared node 'x': added").
struct ImportedGraph {
  ActorGraph graph;
  std::vector<std::string> warnings;
};

/// Collects vertices and edges in any order and builds a canonical ActorGraph:
/// vertices sorted by id, edges by (source id, target id, kind); edges of the
/// same (source, target, kind) merged (counts and weights summed, dates
/// widened, modalities and evidence united); undirected edges and symmetric
/// kinds stored with source id < target id; self-loops dropped with a warning.
class GraphAssembler {
 public:
  explicit GraphAssembler(bool directed) : directed_(directed) {}

  /// Adds an actor; a repeated id fills only the fields still empty.
  void AddVertex(const ActorVertex& v);
  /// Adds an edge; endpoints not added as vertices are created with name = id.
  void AddEdge(const std::string& source, const std::string& target, RelationEdge e);
  void AddWarning(std::string w) { warnings_.push_back(std::move(w)); }

  void set_level(std::string level) { level_ = std::move(level); }
  void set_title(std::string title) { title_ = std::move(title); }

  ImportedGraph Finish();

 private:
  bool directed_;
  std::string level_ = "actor";
  std::string title_;
  std::map<std::string, ActorVertex> vertices_;
  std::map<std::tuple<std::string, std::string, std::string>, RelationEdge> edges_;
  int self_loops_ = 0;
  std::vector<std::string> warnings_;
};

/// The graph formats we read, chosen by file extension (case-insensitive):
/// .graphml, .gexf, .json (node-link), .csv (edge list). Unsupported otherwise.
enum class GraphFormat { kGraphml, kGexf, kNodeLinkJson, kCsvEdges };
bool GraphFormatOf(std::string_view path, GraphFormat* out);

/// Reads `bytes` in the format of `name`'s extension. `name` also prefixes
/// error messages ("name:line: ..."). ParseError on malformed content,
/// Unsupported for an unknown extension.
Result<ImportedGraph> ReadGraphBytes(std::string_view name, std::string_view bytes);

/// Attributes as read from a file (name -> value text).
using AttributeMap = std::map<std::string, std::string>;

/// A vertex from its id and attributes: "name" (else "label") is the name,
/// "kind" and "party" fill their fields, everything else goes to `extra`.
ActorVertex VertexFromAttributes(const std::string& id, const AttributeMap& attrs);

/// An edge from its attributes: "kind" (else "relation", else "label", else
/// "tie"), "count", "weight", "first_date", "last_date", "stance",
/// "modalities" (comma-separated), "evidence" (our JSON array); the rest goes
/// to `extra`. A count or weight that is not a number is an error (message
/// without location: the caller prefixes it).
Result<RelationEdge> EdgeFromAttributes(const AttributeMap& attrs);

/// The reverse, for writers: every field and extra as text, our names.
AttributeMap VertexAttributes(const ActorVertex& v);   // without the id
AttributeMap EdgeAttributes(const RelationEdge& e);

/// Evidence as a JSON array text, and back (ParseError on malformed text).
std::string EvidenceToJson(const std::vector<EvidenceRef>& evidence);
Result<std::vector<EvidenceRef>> EvidenceFromJson(std::string_view text);

/// 1-based line of byte offset `pos` in `text`, for error messages.
int LineAt(std::string_view text, std::size_t pos);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_IMPORT_H_
