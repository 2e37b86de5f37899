// Fixtures for the measures tests: graphs from tests/testdata/graphs and the
// values NetworkX computed on them (make_fixtures.py), compared by actor id.
#ifndef ACTORGRAPH_TESTS_MEASURES_MEASURES_TEST_UTIL_H_
#define ACTORGRAPH_TESTS_MEASURES_MEASURES_TEST_UTIL_H_

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "graph/csv_edges.h"

namespace actorgraph::testing {

inline std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(AG_SOURCE_DIR) + "/tests/testdata/graphs/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// The fixture graph `name`.csv; undirected when NetworkX's graph was.
inline ActorGraph LoadFixtureGraph(const std::string& name) {
  nlohmann::json expected = nlohmann::json::parse(ReadFixture(name + ".expected.json"));
  auto r = ReadCsvEdges(ReadFixture(name + ".csv"), name + ".csv");
  EXPECT_TRUE(r.ok()) << r.status().message();
  ActorGraph g = std::move(r->graph);
  g.directed = expected["directed"].get<bool>();
  return g;
}

inline nlohmann::json Expected(const std::string& name) {
  return nlohmann::json::parse(ReadFixture(name + ".expected.json"));
}

/// Compares `ours` (indexed by vertex) with NetworkX's {id: value} map.
/// NetworkX nulls (NaN) are skipped and counted in *skipped when given.
inline void ExpectMatches(const ActorGraph& g, const std::vector<double>& ours, const nlohmann::json& theirs,
                          double tol, const std::string& what, int* skipped = nullptr) {
  ASSERT_EQ(ours.size(), theirs.size()) << what;
  for (Vertex v = 0; v < boost::num_vertices(g.g); ++v) {
    const nlohmann::json& x = theirs.at(g.g[v].id);
    if (x.is_null()) {
      if (skipped) ++*skipped;
      continue;
    }
    EXPECT_NEAR(ours[v], x.get<double>(), tol) << what << " of " << g.g[v].id;
  }
}

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_MEASURES_MEASURES_TEST_UTIL_H_
