#include "measures/distances.h"

#include <gtest/gtest.h>

#include "measures/measures_test_util.h"

namespace actorgraph {
namespace {

TEST(ClosenessTest, DisconnectedPathUsesWassermanFaust) {
  // a-b-c-d plus an isolate e (n = 5). Boost gives 0 everywhere here.
  // a: distances 1,2,3 (sum 6), 3 others reach it: (3/6)*(3/4) = 0.375
  // b: 1,1,2 (sum 4): (3/4)*(3/4) = 0.5625; e: nobody reaches it: 0.
  Csr c = MakeCsr(5, {{0, 1}, {1, 2}, {2, 3}}, {}, true);
  ClosenessScores s = Closeness(c, 1);
  EXPECT_NEAR(s.closeness[0], 0.375, 1e-12);
  EXPECT_NEAR(s.closeness[1], 0.5625, 1e-12);
  EXPECT_NEAR(s.closeness[3], 0.375, 1e-12);
  EXPECT_EQ(s.closeness[4], 0.0);
  EXPECT_NEAR(s.harmonic[0], 1 + 0.5 + 1.0 / 3, 1e-12);
  EXPECT_NEAR(s.harmonic[1], 2.5, 1e-12);
  EXPECT_EQ(s.harmonic[4], 0.0);
}

TEST(ClosenessTest, DirectedUsesIncomingDistances) {
  // a -> b -> c: c is reached by a (2) and b (1); a by nobody.
  Csr c = MakeCsr(3, {{0, 1}, {1, 2}}, {}, false);
  ClosenessScores s = Closeness(c, 2);
  EXPECT_EQ(s.closeness[0], 0.0);
  EXPECT_NEAR(s.closeness[2], (2.0 / 3.0) * (2.0 / 2.0), 1e-12);
  EXPECT_NEAR(s.closeness[1], 1.0 * 0.5, 1e-12);
  EXPECT_NEAR(s.harmonic[2], 1.5, 1e-12);
}

TEST(ClosenessTest, MatchesNetworkx) {
  for (const char* name : {"florentine", "karate", "random_directed"}) {
    ActorGraph g = testing::LoadFixtureGraph(name);
    nlohmann::json nx = testing::Expected(name);
    ClosenessScores s = Closeness(MakeCsr(g, TieView::kDirected), 2);
    testing::ExpectMatches(g, s.closeness, nx["closeness"], 1e-12, std::string(name) + " closeness");
    testing::ExpectMatches(g, s.harmonic, nx["harmonic"], 1e-9, std::string(name) + " harmonic");
  }
}

TEST(BfsDistancesTest, UnreachableIsMinusOne) {
  Csr c = MakeCsr(4, {{0, 1}, {1, 2}}, {}, false);
  EXPECT_EQ(BfsDistances(c, 0), (std::vector<int>{0, 1, 2, -1}));
  EXPECT_EQ(BfsDistances(c, 2), (std::vector<int>{-1, -1, 0, -1}));
}

}  // namespace
}  // namespace actorgraph
