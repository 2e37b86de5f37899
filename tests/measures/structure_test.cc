#include "measures/structure.h"

#include <gtest/gtest.h>

#include "graph/import.h"
#include "measures/measures_test_util.h"

namespace actorgraph {
namespace {

ActorGraph Edges(const std::string& csv) {
  auto r = ReadGraphBytes("t.csv", csv);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return std::move(r->graph);
}

TEST(ComponentsTest, NumberedBySizeThenSmallestId) {
  ActorGraph g = Edges("a,b\nc,d\nd,e\nf,g\n");
  Components c = ConnectedComponents(g);
  EXPECT_EQ(c.sizes, (std::vector<int>{3, 2, 2}));
  EXPECT_EQ(c.of[g.index.at("c")], 0);
  EXPECT_EQ(c.of[g.index.at("e")], 0);
  EXPECT_EQ(c.of[g.index.at("a")], 1);
  EXPECT_EQ(c.of[g.index.at("g")], 2);
}

TEST(ComponentsTest, MatchesNetworkx) {
  ActorGraph g = testing::LoadFixtureGraph("random_directed");
  nlohmann::json nx = testing::Expected("random_directed")["components"];
  Components c = ConnectedComponents(g);
  ASSERT_EQ(c.sizes.size(), nx.size());
  for (const nlohmann::json& comp : nx) {
    int first = c.of[g.index.at(comp[0].get<std::string>())];
    for (const nlohmann::json& id : comp) EXPECT_EQ(c.of[g.index.at(id.get<std::string>())], first);
  }
}

TEST(CoreNumbersTest, MatchesNetworkx) {
  for (const char* name : {"karate", "florentine", "random_directed"}) {
    ActorGraph g = testing::LoadFixtureGraph(name);
    std::vector<int> core = CoreNumbers(g);
    std::vector<double> as_double(core.begin(), core.end());
    testing::ExpectMatches(g, as_double, testing::Expected(name)["core_number"], 0, name);
  }
}

TEST(KCoreTest, KeepsTheDenseHeart) {
  // Triangle a,b,c with a tail c-d: the 2-core is the triangle.
  ActorGraph k = KCore(Edges("a,b\nb,c\na,c\nc,d\n"), 2);
  EXPECT_EQ(boost::num_vertices(k.g), 3u);
  EXPECT_EQ(boost::num_edges(k.g), 3u);
  EXPECT_FALSE(k.index.count("d"));
  EXPECT_TRUE(VerifyActorGraph(k).ok());
}

TEST(EgoNetworkTest, RadiusCountsHopsEitherWay) {
  ActorGraph g = Edges("a,b\nc,b\nc,d\nd,e\n");
  ActorGraph ego1 = EgoNetwork(g, "b", 1);
  EXPECT_EQ(boost::num_vertices(ego1.g), 3u);  // a, b, c (c -> b counts)
  EXPECT_EQ(boost::num_edges(ego1.g), 2u);
  ActorGraph ego2 = EgoNetwork(g, "b", 2);
  EXPECT_EQ(boost::num_vertices(ego2.g), 4u);
  EXPECT_TRUE(ego2.index.count("d"));
  EXPECT_FALSE(ego2.index.count("e"));
}

TEST(TimelineTest, OrderedByDateUndatedLast) {
  GraphAssembler a(true);
  RelationEdge e1;
  e1.kind = "meet";
  e1.count = 2;
  e1.evidence = {{"d2", 1, "later", "2024-05-09", ""}, {"d1", 4, "earlier", "2024-05-01", ""}};
  a.AddEdge("A", "B", e1);
  RelationEdge e2;
  e2.kind = "urge";
  e2.count = 1;
  e2.evidence = {{"d3", 2, "undated", "", ""}};
  a.AddEdge("B", "C", e2);
  RelationEdge e3;
  e3.kind = "attack";
  e3.count = 1;
  e3.first_date = "2024-05-05";
  a.AddEdge("C", "A", e3);
  std::vector<TimelineEntry> t = Timeline(a.Finish().graph);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].evidence.text, "earlier");
  EXPECT_EQ(t[1].kind, "attack");
  EXPECT_EQ(t[1].date, "2024-05-05");
  EXPECT_EQ(t[2].evidence.text, "later");
  EXPECT_EQ(t[3].evidence.text, "undated");
}

}  // namespace
}  // namespace actorgraph
