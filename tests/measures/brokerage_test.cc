#include "measures/brokerage.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

TEST(BrokerageTest, FiveRolesCountedByHand) {
  // Groups: a1 a2 a3 in A, b1 b2 in B, c1 in C. Arcs:
  //   a1->b1, b1->a2, b1->c1, b2->b1, b2->c1, a2->a1, a1->a3
  // b1: (a1,a2) A,B,A itinerant; (a1,c1) A,B,C liaison;
  //     (b2,a2) B,B,A representative; (b2,c1) closed by b2->c1.
  // a1: (a2,b1) A,A,B representative; (a2,a3) A,A,A coordinator.
  // a2: (b1,a1) B,A,A gatekeeper.
  enum { a1, a2, a3, b1, b2, c1 };
  Csr c = MakeCsr(6, {{a1, b1}, {b1, a2}, {b1, c1}, {b2, b1}, {b2, c1}, {a2, a1}, {a1, a3}}, {}, false);
  std::vector<std::string> group = {"A", "A", "A", "B", "B", "C"};
  std::vector<BrokerageRoles> r = Brokerage(c, group);
  EXPECT_EQ(r[b1].itinerant, 1);
  EXPECT_EQ(r[b1].liaison, 1);
  EXPECT_EQ(r[b1].representative, 1);
  EXPECT_EQ(r[b1].total(), 3);
  EXPECT_EQ(r[a1].representative, 1);
  EXPECT_EQ(r[a1].coordinator, 1);
  EXPECT_EQ(r[a1].total(), 2);
  EXPECT_EQ(r[a2].gatekeeper, 1);
  EXPECT_EQ(r[a2].total(), 1);
  EXPECT_EQ(r[a3].total() + r[b2].total() + r[c1].total(), 0);
}

TEST(BrokerageTest, MutualTiesAreNotTwoPaths) {
  // a <-> b only: a -> b -> a is not a two-path between distinct actors.
  Csr c = MakeCsr(2, {{0, 1}, {1, 0}}, {}, false);
  std::vector<BrokerageRoles> r = Brokerage(c, {"A", "B"});
  EXPECT_EQ(r[0].total() + r[1].total(), 0);
}

TEST(BrokerageTest, UndirectedMediationCountsBothWays) {
  // Qatar between Israel and Hamas, ties both ways (meet): Q brokers
  // ISR -> Q -> HAMAS and HAMAS -> Q -> ISR, both liaison.
  Csr c = MakeCsr(3, {{0, 1}, {0, 2}}, {}, true);  // 0 = QAT, 1 = ISR, 2 = HAMAS
  std::vector<BrokerageRoles> r = Brokerage(c, {"QAT", "ISR", "HAMAS"});
  EXPECT_EQ(r[0].liaison, 2);
  EXPECT_EQ(r[0].total(), 2);
}

}  // namespace
}  // namespace actorgraph

#include "graph/import.h"
#include "measures/centrality.h"

namespace actorgraph {
namespace {

TEST(BrokerageTest, AMediatorBrokersBetweenThePartiesItMediatesBetween) {
  // QAT -mediate-> ISR and QAT -mediate-> HAMAS: in the exchange view the
  // mediator is a liaison both ways between two other parties.
  GraphAssembler a(true);
  RelationEdge med;
  med.kind = "mediate";
  med.count = 1;
  a.AddVertex({"QAT", "Qatar", "country", "QAT", {}});
  a.AddVertex({"ISR", "Israel", "country", "ISR", {}});
  a.AddVertex({"HAMAS", "Hamas", "organization", "HAMAS", {}});
  a.AddEdge("QAT", "ISR", med);
  a.AddEdge("QAT", "HAMAS", med);
  ActorGraph g = a.Finish().graph;
  CentralityOptions o;
  o.measures = {"brokerage"};
  auto r = ComputeCentrality(g, o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->rows[g.index.at("QAT")].brokerage.liaison, 2);
  EXPECT_EQ(r->rows[g.index.at("ISR")].brokerage.total(), 0);
}

}  // namespace
}  // namespace actorgraph
