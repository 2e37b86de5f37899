#include "render/views.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "render/toy_graph.h"

namespace actorgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::TalksGraph;

std::vector<std::string> Ids(const ActorGraph& g) {
  std::vector<std::string> out;
  for (auto [v, end] = boost::vertices(g.g); v != end; ++v) out.push_back(g.g[*v].id);
  return out;
}

TEST(ViewsTest, ResolveActorByIdNameOrUniqueFragment) {
  ActorGraph g = TalksGraph();
  EXPECT_EQ(g.g[*ResolveActor(g, "QAT")].id, "QAT");
  EXPECT_EQ(g.g[*ResolveActor(g, "qatar")].id, "QAT");
  EXPECT_EQ(g.g[*ResolveActor(g, "Blinken")].id, "antony-blinken");
  Result<Vertex> ambiguous = ResolveActor(g, "a");
  ASSERT_FALSE(ambiguous.ok());
  EXPECT_THAT(ambiguous.status().message(), HasSubstr("ambiguous"));
  Result<Vertex> missing = ResolveActor(g, "Narnia");
  EXPECT_THAT(missing.status().message(), HasSubstr("no actor 'Narnia' in the graph; actors are: EGY"));
}

TEST(ViewsTest, EgoViewFollowsTiesBothWays) {
  ActorGraph g = TalksGraph();
  // Blinken's ties: QAT (meet), ISR (visit). Radius 1 = those three.
  ActorGraph ego1 = EgoView(g, *ResolveActor(g, "antony-blinken"), 1);
  EXPECT_THAT(Ids(ego1), ElementsAre("ISR", "QAT", "antony-blinken"));
  // Edges among them: meet, visit, QAT->ISR mediate.
  EXPECT_EQ(boost::num_edges(ego1.g), 3u);
  ActorGraph ego2 = EgoView(g, *ResolveActor(g, "antony-blinken"), 2);
  EXPECT_EQ(boost::num_vertices(ego2.g), 6u);  // everyone is within two ties
  EXPECT_TRUE(VerifyActorGraph(ego2).ok());
}

TEST(ViewsTest, KindsViewKeepsOnlyThoseKinds) {
  ActorGraph g = TalksGraph();
  Result<ActorGraph> m = KindsView(g, {"mediate"});
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(boost::num_edges(m->g), 6u);
  EXPECT_THAT(Ids(*m), ElementsAre("EGY", "HAMAS", "ISR", "QAT", "USA"));
  Result<ActorGraph> bad = KindsView(g, {"attack"});
  EXPECT_THAT(bad.status().message(), HasSubstr("no 'attack' relations in the graph (it has: mediate, meet, respond, visit)"));
}

TEST(ViewsTest, PartyViewFoldsActorsIntoParties) {
  ActorGraph g = TalksGraph();
  ActorGraph p = PartyView(g);
  EXPECT_EQ(p.level, "party");
  EXPECT_THAT(Ids(p), ElementsAre("EGY", "HAMAS", "ISR", "QAT", "USA"));
  // Blinken's meet with QAT becomes USA-QAT; his planned visit USA->ISR; no self-loops.
  Vertex usa = p.index.at("USA");
  Vertex qat = p.index.at("QAT");
  bool meet = false;
  for (auto [e, end] = boost::edges(p.g); e != end; ++e) {
    if (p.g[*e].kind == "meet") meet = (boost::source(*e, p.g) == qat && boost::target(*e, p.g) == usa);
  }
  EXPECT_TRUE(meet);
  EXPECT_EQ(boost::num_edges(p.g), 10u);
  EXPECT_EQ(p.g[usa].name, "United States");
  EXPECT_TRUE(VerifyActorGraph(p).ok()) << VerifyActorGraph(p).message();
}

TEST(ViewsTest, ShortestTiePathAndNoPath) {
  ActorGraph g = TalksGraph();
  auto path = ShortestTiePath(g, *ResolveActor(g, "antony-blinken"), *ResolveActor(g, "HAMAS"));
  ASSERT_TRUE(path.ok());
  // Blinken-ISR-... and Blinken-QAT-HAMAS are both length 2; BFS in id order reaches ISR first,
  // but ISR's ties to HAMAS go through mediators, so the only 2-step path is via QAT.
  EXPECT_THAT(*path, ElementsAre("antony-blinken", "QAT", "HAMAS"));
  ActorGraph lonely = testing::MakeGraph({testing::ToyActor("a", "A", "country", "A"),
                                          testing::ToyActor("b", "B", "country", "B")}, {});
  auto none = ShortestTiePath(lonely, 0, 1);
  EXPECT_EQ(none.status().code(), ErrorCode::kNotFound);
}

TEST(ViewsTest, DateRangeSpansEdges) {
  auto [first, last] = DateRange(TalksGraph());
  EXPECT_EQ(first, "2024-05-01");
  EXPECT_EQ(last, "2024-05-05");
}

}  // namespace
}  // namespace actorgraph
