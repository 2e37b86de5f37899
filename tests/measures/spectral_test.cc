#include "measures/spectral.h"

#include <cmath>
#include <numeric>

#include <gtest/gtest.h>

#include "measures/measures_test_util.h"

namespace actorgraph {
namespace {

TEST(PageRankTest, DanglingMassIsRedistributed) {
  // a -> b, b dangling, d = 0.85. Solving x_a = 0.075 + 0.425 x_b with
  // x_a + x_b = 1 gives x_a = 0.5 / 1.425.
  PowerResult r = PageRank(MakeCsr(2, {{0, 1}}, {}, false), PowerOptions{});
  ASSERT_TRUE(r.converged);
  EXPECT_NEAR(r.scores[0], 0.5 / 1.425, 1e-9);
  EXPECT_NEAR(r.scores[1], 1 - 0.5 / 1.425, 1e-9);
}

TEST(PageRankTest, SumsToOneAndMatchesNetworkx) {
  for (const char* name : {"florentine", "karate", "random_directed"}) {
    ActorGraph g = testing::LoadFixtureGraph(name);
    for (int threads : {1, 2}) {
      PowerOptions o;
      o.threads = threads;
      PowerResult r = PageRank(MakeCsr(g, TieView::kDirected), o);
      ASSERT_TRUE(r.converged) << name;
      EXPECT_NEAR(std::accumulate(r.scores.begin(), r.scores.end(), 0.0), 1.0, 1e-9);
      testing::ExpectMatches(g, r.scores, testing::Expected(name)["pagerank"], 1e-8, name);
    }
  }
}

TEST(PageRankTest, WeightsSplitTheRank) {
  // a -> b (weight 3), a -> c (weight 1), b and c point back to a.
  PowerResult w = PageRank(MakeCsr(3, {{0, 1}, {0, 2}, {1, 0}, {2, 0}}, {3, 1, 1, 1}, false), PowerOptions{});
  EXPECT_GT(w.scores[1], w.scores[2]);
  PowerOptions unweighted;
  unweighted.weighted = false;
  PowerResult u = PageRank(MakeCsr(3, {{0, 1}, {0, 2}, {1, 0}, {2, 0}}, {3, 1, 1, 1}, false), unweighted);
  EXPECT_NEAR(u.scores[1], u.scores[2], 1e-12);
}

TEST(EigenvectorTest, StarByHand) {
  // Star with 3 leaves: lambda = sqrt(3), centre 1/sqrt(2), leaves 1/sqrt(6).
  PowerOptions o;
  o.weighted = false;
  PowerResult r = Eigenvector(MakeCsr(4, {{0, 1}, {0, 2}, {0, 3}}, {}, true), o);
  ASSERT_TRUE(r.converged);
  EXPECT_NEAR(r.scores[0], 1 / std::sqrt(2.0), 1e-8);
  EXPECT_NEAR(r.scores[1], 1 / std::sqrt(6.0), 1e-8);
}

TEST(EigenvectorTest, MatchesNetworkx) {
  for (const char* name : {"florentine", "karate", "random_directed"}) {
    ActorGraph g = testing::LoadFixtureGraph(name);
    PowerOptions o;
    o.weighted = false;
    PowerResult r = Eigenvector(MakeCsr(g, TieView::kUndirected), o);
    ASSERT_TRUE(r.converged);
    testing::ExpectMatches(g, r.scores, testing::Expected(name)["eigenvector_undirected"], 1e-7, name);
  }
}

}  // namespace
}  // namespace actorgraph
