#include "measures/betweenness.h"

#include <random>

#include <boost/graph/betweenness_centrality.hpp>
#include <gtest/gtest.h>

#include "measures/measures_test_util.h"

namespace actorgraph {
namespace {

constexpr double kTol = 1e-9;

TEST(BetweennessTest, HandComputedUndirected) {
  /*  0    3
       \  / \
        2    5       pairs through 2: {0,1} x {1,3,4,5} minus repeats = 7, plus
       /  \ /        half of (3,4) = 7.5; 3 and 4 carry half of (0,5),(1,5),(2,5);
      1    4         5 carries half of (3,4).                                   */
  Csr c = MakeCsr(6, {{0, 2}, {1, 2}, {2, 3}, {2, 4}, {3, 5}, {4, 5}}, {}, true);
  BetweennessOptions o;
  o.normalized = false;
  o.symmetric = true;
  std::vector<double> bc = Betweenness(c, o);
  std::vector<double> expected = {0, 0, 7.5, 1.5, 1.5, 0.5};
  for (int v = 0; v < 6; ++v) EXPECT_NEAR(bc[v], expected[v], kTol) << v;
  o.normalized = true;  // NetworkX: times 2/((n-1)(n-2)) = 1/10
  bc = Betweenness(c, o);
  EXPECT_NEAR(bc[2], 0.75, kTol);
}

TEST(BetweennessTest, DirectedPathIsNormalisedLikeNetworkx) {
  // a -> b -> c -> d: b lies on (a,c), (a,d); c on (a,d), (b,d). NetworkX
  // normalises a directed graph by 1/((n-1)(n-2)) = 1/6 (Boost's relative
  // betweenness gives twice that).
  Csr c = MakeCsr(4, {{0, 1}, {1, 2}, {2, 3}}, {}, false);
  BetweennessOptions o;
  o.normalized = false;
  std::vector<double> raw = Betweenness(c, o);
  EXPECT_NEAR(raw[1], 2.0, kTol);
  EXPECT_NEAR(raw[2], 2.0, kTol);
  EXPECT_NEAR(raw[0], 0.0, kTol);
  o.normalized = true;
  EXPECT_NEAR(Betweenness(c, o)[1], 1.0 / 3.0, kTol);
}

// Random directed graphs: ours (1 and 2 threads) against Boost's sequential
// brandes_betweenness_centrality on the same arcs.
TEST(BetweennessTest, AgreesWithBoostBrandesOnRandomGraphs) {
  std::mt19937 rng(27491095);
  for (int trial = 0; trial < 5; ++trial) {
    int n = 30 + trial * 20;
    std::uniform_int_distribution<int> pick(0, n - 1);
    std::vector<std::pair<int, int>> arcs;
    for (int i = 0; i < n * 3; ++i) arcs.emplace_back(pick(rng), pick(rng));
    Csr c = MakeCsr(n, arcs, {}, false);
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> bg(static_cast<std::size_t>(n));
    for (int u = 0; u < n; ++u) {
      for (std::int64_t i = c.out_begin[u]; i < c.out_begin[u + 1]; ++i) boost::add_edge(u, c.out[i], bg);
    }
    std::vector<double> reference(static_cast<std::size_t>(n));
    boost::brandes_betweenness_centrality(
        bg, boost::centrality_map(boost::make_iterator_property_map(reference.begin(),
                                                                    boost::get(boost::vertex_index, bg))));
    for (int threads : {1, 2}) {
      BetweennessOptions o;
      o.normalized = false;
      o.threads = threads;
      std::vector<double> ours = Betweenness(c, o);
      for (int v = 0; v < n; ++v) EXPECT_NEAR(ours[v], reference[v], 1e-9 * (1 + reference[v])) << trial << "/" << v;
    }
  }
}

TEST(BetweennessTest, MatchesNetworkxOnClassicNetworks) {
  for (const char* name : {"florentine", "karate", "random_directed"}) {
    ActorGraph g = testing::LoadFixtureGraph(name);
    nlohmann::json nx = testing::Expected(name);
    BetweennessOptions o;
    o.symmetric = !g.directed;
    testing::ExpectMatches(g, Betweenness(MakeCsr(g, TieView::kDirected), o), nx["betweenness"], 1e-9, name);
    o.normalized = false;
    testing::ExpectMatches(g, Betweenness(MakeCsr(g, TieView::kDirected), o), nx["betweenness_raw"], 1e-9, name);
    BetweennessOptions u;
    u.symmetric = true;
    testing::ExpectMatches(g, Betweenness(MakeCsr(g, TieView::kUndirected), u), nx["betweenness_undirected"], 1e-9,
                           std::string(name) + " undirected");
  }
}

TEST(BetweennessTest, PublishedFlorentineValue) {
  // Medici: normalised betweenness 0.522 (Padgett & Ansell's marriage network;
  // e.g. Jackson, Social and Economic Networks, 2008, p. 40: 0.522).
  ActorGraph g = testing::LoadFixtureGraph("florentine");
  BetweennessOptions o;
  o.symmetric = true;
  std::vector<double> bc = Betweenness(MakeCsr(g, TieView::kUndirected), o);
  EXPECT_NEAR(bc[g.index.at("Medici")], 0.522, 0.0005);
}

TEST(BetweennessTest, PublishedKarateValues) {
  // Zachary's karate club: the instructor (vertex 1 of the paper, id 0 here)
  // 0.4376 and the administrator (34, id 33) 0.3041, normalised.
  ActorGraph g = testing::LoadFixtureGraph("karate");
  BetweennessOptions o;
  o.symmetric = true;
  std::vector<double> bc = Betweenness(MakeCsr(g, TieView::kUndirected), o);
  EXPECT_NEAR(bc[g.index.at("0")], 0.4376, 0.0001);
  EXPECT_NEAR(bc[g.index.at("33")], 0.3041, 0.0001);
}

}  // namespace
}  // namespace actorgraph
