#include "measures/structural_holes.h"

#include <cmath>

#include <gtest/gtest.h>

#include "measures/measures_test_util.h"

namespace actorgraph {
namespace {

TEST(BurtTest, StarAndTriangleByHand) {
  // Star: the centre's 3 contacts are unconnected: constraint 3 * (1/3)^2,
  // effective size 3. A leaf depends on one contact: constraint 1, size 1.
  StructuralHoles star = BurtMeasures(MakeCsr(5, {{0, 1}, {0, 2}, {0, 3}}, {}, true));
  EXPECT_NEAR(star.constraint[0], 1.0 / 3.0, 1e-12);
  EXPECT_NEAR(star.effective_size[0], 3.0, 1e-12);
  EXPECT_NEAR(star.constraint[1], 1.0, 1e-12);
  EXPECT_NEAR(star.effective_size[1], 1.0, 1e-12);
  EXPECT_TRUE(std::isnan(star.constraint[4]));  // isolated
  // Triangle: p = 1/2, indirect 1/4: 2 * (3/4)^2; size 2 - 2*1/2 = 1.
  StructuralHoles tri = BurtMeasures(MakeCsr(3, {{0, 1}, {1, 2}, {0, 2}}, {}, true));
  EXPECT_NEAR(tri.constraint[0], 1.125, 1e-12);
  EXPECT_NEAR(tri.effective_size[0], 1.0, 1e-12);
}

TEST(BurtTest, MatchesNetworkx) {
  for (const char* name : {"florentine", "karate", "random_directed"}) {
    ActorGraph g = testing::LoadFixtureGraph(name);
    nlohmann::json nx = testing::Expected(name);
    StructuralHoles h = BurtMeasures(MakeCsr(g, TieView::kDirected));
    int skipped = 0;
    testing::ExpectMatches(g, h.constraint, nx["constraint"], 1e-9, std::string(name) + " constraint", &skipped);
    testing::ExpectMatches(g, h.effective_size, nx["effective_size"], 1e-9, std::string(name) + " esize", &skipped);
    // NetworkX 2.8 says NaN for a vertex with no out-ties even if it has
    // in-ties; we give those a value (documented difference).
    for (Vertex v = 0; v < boost::num_vertices(g.g); ++v) {
      EXPECT_FALSE(std::isnan(h.constraint[v])) << g.g[v].id;
    }
  }
}

}  // namespace
}  // namespace actorgraph
