#include "graph/actor_graph.h"

#include <set>
#include <tuple>

namespace actorgraph {

bool IsSymmetricKind(const std::string& kind) { return kind == "meet"; }

Vertex AddOrGetActor(ActorGraph* graph, const ActorVertex& v) {
  auto it = graph->index.find(v.id);
  if (it != graph->index.end()) return it->second;
  Vertex added = boost::add_vertex(v, graph->g);
  graph->index.emplace(v.id, added);
  return added;
}

bool FindActor(const ActorGraph& graph, const std::string& id, Vertex* out) {
  auto it = graph.index.find(id);
  if (it == graph.index.end()) return false;
  *out = it->second;
  return true;
}

Status VerifyActorGraph(const ActorGraph& graph) {
  const ActorGraphBase& g = graph.g;
  if (graph.index.size() != boost::num_vertices(g)) {
    return Status::Internal("index has " + std::to_string(graph.index.size()) + " ids for " +
                            std::to_string(boost::num_vertices(g)) + " vertices");
  }
  for (const auto& [id, v] : graph.index) {
    if (v >= boost::num_vertices(g)) return Status::Internal("index entry '" + id + "' out of range");
    if (g[v].id != id) return Status::Internal("index entry '" + id + "' points at '" + g[v].id + "'");
    if (id.empty()) return Status::Internal("a vertex has an empty id");
  }
  std::set<std::tuple<Vertex, Vertex, std::string>> seen;
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
    Vertex s = boost::source(*ei, g), t = boost::target(*ei, g);
    const RelationEdge& e = g[*ei];
    std::string where = "edge " + g[s].id + " -" + e.kind + "-> " + g[t].id;
    if (s == t) return Status::Internal(where + " is a self-loop");
    if (e.count <= 0) return Status::Internal(where + " has count " + std::to_string(e.count));
    if (e.evidence.size() > static_cast<std::size_t>(e.count)) {
      return Status::Internal(where + " has more evidence than its count");
    }
    for (std::size_t i = 1; i < e.evidence.size(); ++i) {
      const EvidenceRef& a = e.evidence[i - 1];
      const EvidenceRef& b = e.evidence[i];
      if (std::tie(a.doc, a.sentence) >= std::tie(b.doc, b.sentence)) {
        return Status::Internal(where + " has unsorted or repeated evidence");
      }
    }
    for (std::size_t i = 1; i < e.modalities.size(); ++i) {
      if (e.modalities[i - 1] >= e.modalities[i]) {
        return Status::Internal(where + " has unsorted or repeated modalities");
      }
    }
    if (graph.directed && IsSymmetricKind(e.kind) && g[s].id > g[t].id) {
      return Status::Internal(where + " is symmetric but stored with source id > target id");
    }
    Vertex a = s, b = t;
    if ((!graph.directed || IsSymmetricKind(e.kind)) && a > b) std::swap(a, b);
    if (!seen.emplace(a, b, e.kind).second) return Status::Internal(where + " is stored twice");
  }
  return Status::Ok();
}

}  // namespace actorgraph
