// Kernel: k shortest loopless paths (Yen 1971) over the hop graph.
// Returns up to k paths from s to t in order of cost. The hop graph has one
// arc u -> v per pair of actors joined by an allowed edge (both ways unless
// `directed`), costed by HopCost. Each shortest path is Boost's
// dijkstra_shortest_paths on a filtered_graph that hides the root path's
// vertices and the arcs already used from the same root, as Yen prescribes.
// [1] J. Y. Yen, "Finding the k shortest loopless paths in a network",
//     Management Science 17(11), 1971.  [2] NetworkX shortest_simple_paths.
#include "measures/paths.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/filtered_graph.hpp>

namespace actorgraph {
namespace {

using HopGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                                       boost::property<boost::edge_weight_t, double, boost::property<boost::edge_index_t, int>>>;

struct Hops {
  explicit Hops(std::size_t n) : g(n) {}
  HopGraph g;
  std::vector<PathHop> info;  // by arc index
  std::map<std::pair<Vertex, Vertex>, int> arc;
};

void FillHops(const ActorGraph& graph, const PathOptions& o, Hops* out) {
  Hops& h = *out;
  const ActorGraphBase& g = graph.g;
  std::map<std::pair<Vertex, Vertex>, PathHop> pairs;
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
    const RelationEdge& e = g[*ei];
    if (!o.kinds.empty() && std::find(o.kinds.begin(), o.kinds.end(), e.kind) == o.kinds.end()) continue;
    Vertex s = boost::source(*ei, g), t = boost::target(*ei, g);
    bool both = !o.directed || !graph.directed || IsSymmetricKind(e.kind);
    for (int dir = 0; dir < (both ? 2 : 1); ++dir) {
      PathHop& hop = pairs[dir == 0 ? std::make_pair(s, t) : std::make_pair(t, s)];
      hop.from = dir == 0 ? s : t;
      hop.to = dir == 0 ? t : s;
      hop.edges.push_back(*ei);
      hop.count += e.count;
    }
  }
  for (auto& [key, hop] : pairs) {
    bool only_planned = true, has_mediate = false;
    for (Edge e : hop.edges) {
      const RelationEdge& re = g[e];
      for (const std::string& m : re.modalities) only_planned &= m == "planned";
      if (re.modalities.empty()) only_planned = false;
      has_mediate |= re.kind == "mediate";
    }
    std::sort(hop.edges.begin(), hop.edges.end(), [&g](Edge a, Edge b) {
      return std::make_tuple(g[a].kind, boost::source(a, g)) < std::make_tuple(g[b].kind, boost::source(b, g));
    });
    hop.cost = HopCost(hop.count, only_planned, has_mediate, o.via_mediator);
    int index = static_cast<int>(h.info.size());
    boost::add_edge(key.first, key.second, HopGraph::edge_property_type(hop.cost, index), h.g);
    h.arc[key] = index;
    h.info.push_back(std::move(hop));
  }
}

struct Blocked {
  const std::vector<bool>* vertex = nullptr;
  const std::set<int>* arcs = nullptr;
  const HopGraph* g = nullptr;
  bool operator()(HopGraph::vertex_descriptor v) const { return !(*vertex)[v]; }
  bool operator()(HopGraph::edge_descriptor e) const {
    return !arcs->count(boost::get(boost::edge_index, *g, e));
  }
};

// Cheapest path s -> t avoiding blocked vertices and arcs; empty if none.
std::vector<Vertex> Dijkstra(const Hops& h, Vertex s, Vertex t, const std::vector<bool>& blocked_v,
                             const std::set<int>& blocked_arcs) {
  Blocked pred{&blocked_v, &blocked_arcs, &h.g};
  boost::filtered_graph<HopGraph, Blocked, Blocked> fg(h.g, pred, pred);
  const std::size_t n = boost::num_vertices(h.g);
  std::vector<Vertex> parent(n);
  std::vector<double> dist(n, std::numeric_limits<double>::max());  // Boost's "infinity"
  boost::dijkstra_shortest_paths(
      fg, s,
      boost::predecessor_map(boost::make_iterator_property_map(parent.begin(), boost::get(boost::vertex_index, h.g)))
          .distance_map(boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, h.g))));
  if (dist[t] >= std::numeric_limits<double>::max()) return {};
  std::vector<Vertex> path{t};
  while (path.back() != s && path.size() <= n) path.push_back(parent[path.back()]);
  if (path.back() != s) return {};  // cannot happen: t was reached from s
  std::reverse(path.begin(), path.end());
  return path;
}

FoundPath Expand(const Hops& h, const std::vector<Vertex>& vertices) {
  FoundPath p;
  p.vertices = vertices;
  for (std::size_t i = 0; i + 1 < vertices.size(); ++i) {
    const PathHop& hop = h.info[static_cast<std::size_t>(h.arc.at({vertices[i], vertices[i + 1]}))];
    p.hops.push_back(hop);
    p.cost += hop.cost;
  }
  return p;
}

}  // namespace

const std::vector<std::string>& DefaultPathKinds() {
  static const std::vector<std::string> kKinds = {"meet", "mediate", "propose", "respond", "visit"};
  return kKinds;
}

double HopCost(int count, bool only_planned, bool has_mediate, bool via_mediator) {
  double cost = 1.0 + 1.0 / (1.0 + std::max(0, count));
  if (only_planned) cost += 0.25;
  if (via_mediator && !has_mediate) cost *= 3.0;
  return cost;
}

Result<std::vector<FoundPath>> ShortestPaths(const ActorGraph& graph, Vertex from, Vertex to,
                                             const PathOptions& options) {
  if (options.k < 1 || options.k > 50) return Status::InvalidArgument("--k must be between 1 and 50");
  std::vector<FoundPath> found;
  if (from == to) return found;
  Hops h(boost::num_vertices(graph.g));
  FillHops(graph, options, &h);
  const std::size_t n = boost::num_vertices(h.g);
  std::vector<bool> none(n, false);
  std::vector<Vertex> first = Dijkstra(h, from, to, none, {});
  if (first.empty()) return found;
  std::vector<std::vector<Vertex>> accepted{first};
  // Candidates ordered by (cost, actor ids along the path) for determinism.
  auto key = [&](const std::vector<Vertex>& p) {
    std::vector<std::string> ids;
    for (Vertex v : p) ids.push_back(graph.g[v].id);
    return std::make_pair(Expand(h, p).cost, ids);
  };
  std::map<std::pair<double, std::vector<std::string>>, std::vector<Vertex>> candidates;
  while (static_cast<int>(accepted.size()) < options.k) {
    const std::vector<Vertex>& last = accepted.back();
    for (std::size_t i = 0; i + 1 < last.size(); ++i) {
      std::vector<Vertex> root(last.begin(), last.begin() + static_cast<long>(i) + 1);
      std::set<int> arcs;
      for (const std::vector<Vertex>& p : accepted) {
        if (p.size() > i + 1 && std::equal(root.begin(), root.end(), p.begin())) {
          arcs.insert(h.arc.at({p[i], p[i + 1]}));
        }
      }
      std::vector<bool> blocked(n, false);
      for (std::size_t j = 0; j < i; ++j) blocked[root[j]] = true;
      std::vector<Vertex> spur = Dijkstra(h, root.back(), to, blocked, arcs);
      if (spur.empty()) continue;
      std::vector<Vertex> total = root;
      total.insert(total.end(), spur.begin() + 1, spur.end());
      if (std::find(accepted.begin(), accepted.end(), total) == accepted.end()) candidates.emplace(key(total), total);
    }
    if (candidates.empty()) break;
    accepted.push_back(candidates.begin()->second);
    candidates.erase(candidates.begin());
  }
  for (const std::vector<Vertex>& p : accepted) found.push_back(Expand(h, p));
  // Equal-cost paths found in another order are put in id order.
  std::stable_sort(found.begin(), found.end(), [&graph](const FoundPath& a, const FoundPath& b) {
    if (a.cost != b.cost) return a.cost < b.cost;
    std::vector<std::string> ia, ib;
    for (Vertex v : a.vertices) ia.push_back(graph.g[v].id);
    for (Vertex v : b.vertices) ib.push_back(graph.g[v].id);
    return ia < ib;
  });
  return found;
}

}  // namespace actorgraph
