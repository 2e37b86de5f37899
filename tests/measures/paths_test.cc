#include "measures/paths.h"

#include <functional>
#include <random>

#include <gtest/gtest.h>

#include "graph/import.h"

namespace actorgraph {
namespace {

ActorGraph Diplomacy() {
  GraphAssembler a(true);
  auto add = [&a](const char* s, const char* t, const char* kind, int count) {
    RelationEdge e;
    e.kind = kind;
    e.count = count;
    e.weight = count;
    e.modalities = {"asserted"};
    e.evidence = {{"d1", count, std::string(s) + " " + kind + " " + t, "2024-05-01", ""}};
    a.AddEdge(s, t, e);
  };
  add("USA", "QAT", "meet", 1);
  add("QAT", "HAMAS", "mediate", 2);
  add("QAT", "ISR", "mediate", 3);
  add("USA", "ISR", "meet", 1);
  add("ISR", "HAMAS", "attack", 4);
  add("EGY", "HAMAS", "mediate", 1);
  add("EGY", "ISR", "mediate", 1);
  a.AddVertex({"UN", "United Nations", "organization", "UN", {}});
  return a.Finish().graph;
}

std::vector<std::string> Ids(const ActorGraph& g, const FoundPath& p) {
  std::vector<std::string> ids;
  for (Vertex v : p.vertices) ids.push_back(g.g[v].id);
  return ids;
}

using Ids_ = std::vector<std::string>;

TEST(PathsTest, BetterEvidencedMediatorWins) {
  ActorGraph g = Diplomacy();
  auto r = ShortestPaths(g, g.index.at("ISR"), g.index.at("HAMAS"), PathOptions{});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ(Ids(g, r->front()), (Ids_{"ISR", "QAT", "HAMAS"}));  // 3 and 2 relations beat EGY's 1 and 1
  const FoundPath& p = r->front();
  ASSERT_EQ(p.hops.size(), 2u);
  EXPECT_EQ(p.hops[0].count, 3);
  EXPECT_EQ(g.g[p.hops[0].edges[0]].kind, "mediate");
  EXPECT_NEAR(p.cost, (1 + 1.0 / 4) + (1 + 1.0 / 3), 1e-12);
}

TEST(PathsTest, KShortestAreOrderedAndLoopless) {
  ActorGraph g = Diplomacy();
  PathOptions o;
  o.k = 3;
  auto r = ShortestPaths(g, g.index.at("ISR"), g.index.at("HAMAS"), o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ(Ids(g, (*r)[0]), (Ids_{"ISR", "QAT", "HAMAS"}));
  EXPECT_EQ(Ids(g, (*r)[1]), (Ids_{"ISR", "EGY", "HAMAS"}));
  EXPECT_EQ(Ids(g, (*r)[2]), (Ids_{"ISR", "USA", "QAT", "HAMAS"}));
  o.k = 10;  // only 3 loopless paths exist without the attack tie
  EXPECT_EQ(ShortestPaths(g, g.index.at("ISR"), g.index.at("HAMAS"), o)->size(), 3u);
}

TEST(PathsTest, KindsAndDirectionRestrictTheWay) {
  ActorGraph g = Diplomacy();
  PathOptions attack;
  attack.kinds = {"attack"};
  auto r = ShortestPaths(g, g.index.at("ISR"), g.index.at("HAMAS"), attack);
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ(Ids(g, r->front()), (Ids_{"ISR", "HAMAS"}));
  PathOptions directed;
  directed.directed = true;  // mediate runs QAT -> ISR, so ISR must go round by USA (meet is both ways)
  r = ShortestPaths(g, g.index.at("ISR"), g.index.at("HAMAS"), directed);
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ(Ids(g, r->front()), (Ids_{"ISR", "USA", "QAT", "HAMAS"}));
}

TEST(PathsTest, NoPathIsEmpty) {
  ActorGraph g = Diplomacy();
  auto r = ShortestPaths(g, g.index.at("UN"), g.index.at("HAMAS"), PathOptions{});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->empty());
}

TEST(PathsTest, ViaMediatorPrefersMediation) {
  GraphAssembler a(true);
  RelationEdge meet;
  meet.kind = "meet";
  meet.count = 5;
  a.AddEdge("A", "B", meet);
  RelationEdge med;
  med.kind = "mediate";
  med.count = 1;
  a.AddEdge("M", "A", med);
  a.AddEdge("M", "B", med);
  ActorGraph g = a.Finish().graph;
  auto direct = ShortestPaths(g, g.index.at("A"), g.index.at("B"), PathOptions{});
  EXPECT_EQ(Ids(g, direct->front()), (Ids_{"A", "B"}));
  PathOptions o;
  o.via_mediator = true;
  auto via = ShortestPaths(g, g.index.at("A"), g.index.at("B"), o);
  EXPECT_EQ(Ids(g, via->front()), (Ids_{"A", "M", "B"}));
}

TEST(PathsTest, RejectsBadOptions) {
  ActorGraph g = Diplomacy();
  PathOptions o;
  o.k = 0;
  EXPECT_EQ(ShortestPaths(g, 0, 1, o).status().code(), ErrorCode::kInvalidArgument);
  o.k = 51;
  EXPECT_EQ(ShortestPaths(g, 0, 1, o).status().code(), ErrorCode::kInvalidArgument);
  o.k = 1;
  o.kinds = {"hug"};  // a kind no edge has: no way through
  EXPECT_TRUE(ShortestPaths(g, g.index.at("ISR"), g.index.at("HAMAS"), o)->empty());
}

// Yen against brute force: every simple path enumerated by DFS, costs sorted.
TEST(PathsTest, YenMatchesBruteForceOnRandomGraphs) {
  std::mt19937 rng(27491095);
  for (int trial = 0; trial < 6; ++trial) {
    GraphAssembler a(true);
    const int n = 8;
    std::uniform_int_distribution<int> pick(0, n - 1), count(1, 4);
    const std::vector<std::string> names = {"v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7"};
    for (int i = 0; i < 14; ++i) {
      RelationEdge e;
      e.kind = "meet";
      e.count = count(rng);
      const std::string& from = names[static_cast<std::size_t>(pick(rng))];
      a.AddEdge(from, names[static_cast<std::size_t>(pick(rng))], e);
    }
    ActorGraph g = a.Finish().graph;
    if (!g.index.count("v0") || !g.index.count("v1")) continue;
    Vertex s = g.index.at("v0"), t = g.index.at("v1");
    // Brute force over the undirected hop graph.
    std::vector<double> costs;
    std::vector<bool> on(boost::num_vertices(g.g), false);
    std::function<void(Vertex, double)> dfs = [&](Vertex v, double c) {
      if (v == t) {
        costs.push_back(c);
        return;
      }
      on[v] = true;
      for (Vertex w = 0; w < boost::num_vertices(g.g); ++w) {
        if (on[w]) continue;
        int cnt = 0;
        for (auto [ei, ee] = boost::edges(g.g); ei != ee; ++ei) {
          Vertex x = boost::source(*ei, g.g), y = boost::target(*ei, g.g);
          if ((x == v && y == w) || (x == w && y == v)) cnt += g.g[*ei].count;
        }
        if (cnt > 0) dfs(w, c + HopCost(cnt, false, false, false));
      }
      on[v] = false;
    };
    dfs(s, 0);
    std::sort(costs.begin(), costs.end());
    PathOptions o;
    o.k = 5;
    auto r = ShortestPaths(g, s, t, o);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), std::min<std::size_t>(5, costs.size())) << trial;
    for (std::size_t i = 0; i < r->size(); ++i) EXPECT_NEAR((*r)[i].cost, costs[i], 1e-9) << trial << "/" << i;
  }
}

}  // namespace
}  // namespace actorgraph
