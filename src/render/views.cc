#include "render/views.h"

#include <algorithm>
#include <deque>
#include <set>

#include "graph/import.h"

namespace actorgraph {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Neighbours of v over ties in either direction, in vertex (= id) order.
std::vector<Vertex> TieNeighbours(const ActorGraph& graph, Vertex v) {
  std::vector<Vertex> out;
  for (auto [e, end] = boost::out_edges(v, graph.g); e != end; ++e) out.push_back(boost::target(*e, graph.g));
  for (auto [e, end] = boost::in_edges(v, graph.g); e != end; ++e) out.push_back(boost::source(*e, graph.g));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The subgraph of the kept vertices and edges, canonical through GraphAssembler.
template <typename KeepVertex, typename KeepEdge>
ActorGraph Subgraph(const ActorGraph& graph, KeepVertex keep_vertex, KeepEdge keep_edge) {
  GraphAssembler assembler(graph.directed);
  assembler.set_level(graph.level);
  assembler.set_title(graph.title);
  for (auto [v, end] = boost::vertices(graph.g); v != end; ++v) {
    if (keep_vertex(*v)) assembler.AddVertex(graph.g[*v]);
  }
  for (auto [e, end] = boost::edges(graph.g); e != end; ++e) {
    Vertex s = boost::source(*e, graph.g);
    Vertex t = boost::target(*e, graph.g);
    if (keep_vertex(s) && keep_vertex(t) && keep_edge(*e)) {
      assembler.AddEdge(graph.g[s].id, graph.g[t].id, graph.g[*e]);
    }
  }
  return assembler.Finish().graph;
}

}  // namespace

Result<Vertex> ResolveActor(const ActorGraph& graph, const std::string& query) {
  auto it = graph.index.find(query);
  if (it != graph.index.end()) return it->second;
  const std::string q = Lower(query);
  std::vector<Vertex> exact;
  std::vector<Vertex> partial;
  for (auto [v, end] = boost::vertices(graph.g); v != end; ++v) {
    const ActorVertex& a = graph.g[*v];
    std::string id = Lower(a.id);
    std::string name = Lower(a.name);
    if (id == q || name == q) {
      exact.push_back(*v);
    } else if (!q.empty() && (id.find(q) != std::string::npos || name.find(q) != std::string::npos)) {
      partial.push_back(*v);
    }
  }
  const std::vector<Vertex>& found = exact.empty() ? partial : exact;
  if (found.size() == 1) return found.front();
  auto describe = [&](const std::vector<Vertex>& vs) {
    std::string s;
    for (std::size_t i = 0; i < vs.size() && i < 8; ++i) {
      const ActorVertex& a = graph.g[vs[i]];
      s += (i ? ", " : "") + a.id + (a.name != a.id && !a.name.empty() ? " (" + a.name + ")" : "");
    }
    if (vs.size() > 8) s += ", ...";
    return s;
  };
  if (found.size() > 1) {
    return Status::InvalidArgument("actor '" + query + "' is ambiguous: it matches " + describe(found) +
                                   "; give the id");
  }
  std::string msg = "no actor '" + query + "' in the graph";
  if (boost::num_vertices(graph.g) > 0) {
    std::vector<Vertex> all;
    for (auto [v, end] = boost::vertices(graph.g); v != end; ++v) all.push_back(*v);
    msg += "; actors are: " + describe(all);
  }
  return Status::InvalidArgument(msg);
}

ActorGraph EgoView(const ActorGraph& graph, Vertex centre, int radius) {
  std::vector<int> depth(boost::num_vertices(graph.g), -1);
  std::deque<Vertex> queue = {centre};
  depth[centre] = 0;
  while (!queue.empty()) {
    Vertex v = queue.front();
    queue.pop_front();
    if (depth[v] >= radius) continue;
    for (Vertex w : TieNeighbours(graph, v)) {
      if (depth[w] < 0) {
        depth[w] = depth[v] + 1;
        queue.push_back(w);
      }
    }
  }
  return Subgraph(graph, [&](Vertex v) { return depth[v] >= 0; }, [](Edge) { return true; });
}

Result<ActorGraph> KindsView(const ActorGraph& graph, const std::vector<std::string>& kinds) {
  std::set<std::string> present;
  for (auto [e, end] = boost::edges(graph.g); e != end; ++e) present.insert(graph.g[*e].kind);
  for (const std::string& k : kinds) {
    if (!present.count(k)) {
      std::string have;
      for (const std::string& p : present) have += (have.empty() ? "" : ", ") + p;
      return Status::InvalidArgument("no '" + k + "' relations in the graph (it has: " +
                                     (have.empty() ? "none" : have) + ")");
    }
  }
  std::set<std::string> wanted(kinds.begin(), kinds.end());
  std::vector<bool> touched(boost::num_vertices(graph.g), false);
  for (auto [e, end] = boost::edges(graph.g); e != end; ++e) {
    if (wanted.count(graph.g[*e].kind)) {
      touched[boost::source(*e, graph.g)] = true;
      touched[boost::target(*e, graph.g)] = true;
    }
  }
  return Subgraph(graph, [&](Vertex v) { return static_cast<bool>(touched[v]); },
                  [&](Edge e) { return wanted.count(graph.g[e].kind) > 0; });
}

ActorGraph PartyView(const ActorGraph& graph) {
  if (graph.level == "party") return graph;
  GraphAssembler assembler(graph.directed);
  assembler.set_level("party");
  assembler.set_title(graph.title);
  auto party_of = [&](Vertex v) {
    const ActorVertex& a = graph.g[v];
    return a.party.empty() ? a.id : a.party;
  };
  for (auto [v, end] = boost::vertices(graph.g); v != end; ++v) {
    std::string party = party_of(*v);
    ActorVertex p;
    p.id = party;
    p.party = party;
    auto it = graph.index.find(party);
    if (it != graph.index.end()) {
      p.name = graph.g[it->second].name;
      p.kind = graph.g[it->second].kind;
    }
    assembler.AddVertex(p);
  }
  for (auto [v, end] = boost::vertices(graph.g); v != end; ++v) {
    // Parties with no actor of their own id: name = id, kind from a member.
    ActorVertex p;
    p.id = party_of(*v);
    p.name = p.id;
    p.kind = graph.g[*v].kind == "person" ? "country" : graph.g[*v].kind;
    assembler.AddVertex(p);  // fills only what is still empty
  }
  for (auto [e, end] = boost::edges(graph.g); e != end; ++e) {
    std::string s = party_of(boost::source(*e, graph.g));
    std::string t = party_of(boost::target(*e, graph.g));
    if (s == t) continue;  // a tie inside one party
    assembler.AddEdge(s, t, graph.g[*e]);
  }
  ActorGraph out = assembler.Finish().graph;
  return out;
}

Result<std::vector<std::string>> ShortestTiePath(const ActorGraph& graph, Vertex from, Vertex to) {
  std::vector<long> parent(boost::num_vertices(graph.g), -1);
  std::deque<Vertex> queue = {from};
  parent[from] = static_cast<long>(from);
  while (!queue.empty() && parent[to] < 0) {
    Vertex v = queue.front();
    queue.pop_front();
    for (Vertex w : TieNeighbours(graph, v)) {
      if (parent[w] < 0) {
        parent[w] = static_cast<long>(v);
        queue.push_back(w);
      }
    }
  }
  if (parent[to] < 0) {
    return Status::NotFound("no path between " + graph.g[from].id + " and " + graph.g[to].id +
                            ": they are not connected in this graph");
  }
  std::vector<std::string> path;
  for (Vertex v = to;; v = static_cast<Vertex>(parent[v])) {
    path.push_back(graph.g[v].id);
    if (v == from) break;
  }
  std::reverse(path.begin(), path.end());
  return path;
}

std::pair<std::string, std::string> DateRange(const ActorGraph& graph) {
  std::string first, last;
  for (auto [e, end] = boost::edges(graph.g); e != end; ++e) {
    const RelationEdge& r = graph.g[*e];
    if (!r.first_date.empty() && (first.empty() || r.first_date < first)) first = r.first_date;
    if (!r.last_date.empty() && (last.empty() || r.last_date > last)) last = r.last_date;
  }
  return {first, last};
}

}  // namespace actorgraph
