// Components and cores use Boost's algorithms (connected_components,
// core_numbers) on an undirected simple copy of the graph; the ego network is
// a BFS with a depth limit followed by an induced subgraph.
#include "measures/structure.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <boost/graph/connected_components.hpp>
#include <boost/graph/core_numbers.hpp>

#include "measures/csr.h"
#include "measures/distances.h"

namespace actorgraph {
namespace {

using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

Simple UndirectedSimple(const ActorGraph& graph) {
  Csr c = MakeCsr(graph, TieView::kUndirected);
  Simple s(static_cast<std::size_t>(c.n));
  for (int u = 0; u < c.n; ++u) {
    for (std::int64_t i = c.out_begin[u]; i < c.out_begin[u + 1]; ++i) {
      int v = c.out[static_cast<std::size_t>(i)];
      if (u < v) boost::add_edge(static_cast<std::size_t>(u), static_cast<std::size_t>(v), s);
    }
  }
  return s;
}

}  // namespace

Components ConnectedComponents(const ActorGraph& graph) {
  Simple s = UndirectedSimple(graph);
  const std::size_t n = boost::num_vertices(s);
  std::vector<int> raw(n);
  int count = boost::connected_components(s, raw.data());
  std::vector<int> size(static_cast<std::size_t>(count), 0), first(static_cast<std::size_t>(count), -1);
  for (std::size_t v = 0; v < n; ++v) {
    ++size[static_cast<std::size_t>(raw[v])];
    if (first[static_cast<std::size_t>(raw[v])] < 0) first[static_cast<std::size_t>(raw[v])] = static_cast<int>(v);
  }
  std::vector<int> order(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) order[static_cast<std::size_t>(i)] = i;
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return std::make_tuple(-size[static_cast<std::size_t>(a)], first[static_cast<std::size_t>(a)]) <
           std::make_tuple(-size[static_cast<std::size_t>(b)], first[static_cast<std::size_t>(b)]);
  });
  std::vector<int> rank(static_cast<std::size_t>(count));
  Components out;
  for (int i = 0; i < count; ++i) {
    rank[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])] = i;
    out.sizes.push_back(size[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])]);
  }
  out.of.resize(n);
  for (std::size_t v = 0; v < n; ++v) out.of[v] = rank[static_cast<std::size_t>(raw[v])];
  return out;
}

std::vector<int> CoreNumbers(const ActorGraph& graph) {
  Simple s = UndirectedSimple(graph);
  std::vector<int> core(boost::num_vertices(s), 0);
  if (!core.empty()) {
    boost::core_numbers(s, boost::make_iterator_property_map(core.begin(), boost::get(boost::vertex_index, s)));
  }
  return core;
}

ActorGraph InducedSubgraph(const ActorGraph& graph, const std::vector<bool>& keep) {
  ActorGraph out;
  out.directed = graph.directed;
  out.level = graph.level;
  out.title = graph.title;
  const ActorGraphBase& g = graph.g;
  std::vector<Vertex> map(boost::num_vertices(g));
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    if (keep[v]) map[v] = AddOrGetActor(&out, g[v]);
  }
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
    Vertex s = boost::source(*ei, g), t = boost::target(*ei, g);
    if (keep[s] && keep[t]) boost::add_edge(map[s], map[t], g[*ei], out.g);
  }
  return out;
}

ActorGraph KCore(const ActorGraph& graph, int k) {
  std::vector<int> core = CoreNumbers(graph);
  std::vector<bool> keep(core.size());
  for (std::size_t v = 0; v < core.size(); ++v) keep[v] = core[v] >= k;
  return InducedSubgraph(graph, keep);
}

ActorGraph EgoNetwork(const ActorGraph& graph, const std::string& center, int radius) {
  std::vector<bool> keep(boost::num_vertices(graph.g), false);
  Vertex c;
  if (FindActor(graph, center, &c)) {
    std::vector<int> dist = BfsDistances(MakeCsr(graph, TieView::kUndirected), static_cast<int>(c));
    for (std::size_t v = 0; v < dist.size(); ++v) keep[v] = dist[v] >= 0 && dist[v] <= radius;
  }
  return InducedSubgraph(graph, keep);
}

std::vector<TimelineEntry> Timeline(const ActorGraph& graph) {
  const ActorGraphBase& g = graph.g;
  std::vector<TimelineEntry> out;
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
    const RelationEdge& e = g[*ei];
    TimelineEntry base{"", g[boost::source(*ei, g)].id, g[boost::target(*ei, g)].id, e.kind, {}};
    if (e.evidence.empty()) {
      base.date = e.first_date;
      out.push_back(base);
    }
    for (const EvidenceRef& ev : e.evidence) {
      TimelineEntry t = base;
      t.date = ev.date;
      t.evidence = ev;
      out.push_back(std::move(t));
    }
  }
  std::sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    return std::make_tuple(a.date.empty(), a.date, a.evidence.doc, a.evidence.sentence, a.source, a.target, a.kind) <
           std::make_tuple(b.date.empty(), b.date, b.evidence.doc, b.evidence.sentence, b.source, b.target, b.kind);
  });
  return out;
}

}  // namespace actorgraph
