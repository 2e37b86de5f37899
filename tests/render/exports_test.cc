#include "render/exports.h"

#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "graph/gexf.h"
#include "render/inspect_util.h"
#include "render/toy_graph.h"

namespace actorgraph {
namespace {

using ::testing::HasSubstr;
using testing::Inspect;
using testing::TalksGraph;

ExportOptions WithBetweenness() {
  ExportOptions o;
  o.measures["betweenness"] = {{"QAT", 4.0}, {"USA", 1.0}};
  o.size_by = "betweenness";
  return o;
}

TEST(ExportsTest, GexfIsReadByNetworkxWithCountsAndAttributes) {
  std::ostringstream out;
  WriteGexf(TalksGraph(), *BuiltinStyle(), WithBetweenness(), out);
  nlohmann::json s = Inspect("gexf", out.str(), "gexf");
  ASSERT_FALSE(s.is_null()) << out.str();
  EXPECT_EQ(s["nodes"], 6);
  // 9 directed edges + 1 meet written as mutual (NetworkX adds both directions).
  EXPECT_EQ(s["edges"], 11);
  EXPECT_EQ(s["node_attrs"]["QAT"]["party"], "QAT");
  EXPECT_EQ(s["node_attrs"]["QAT"]["actor_kind"], "country");
  EXPECT_DOUBLE_EQ(s["node_attrs"]["QAT"]["betweenness"].get<double>(), 4.0);
  // viz: QAT's fixed colour #8E3B5B, and the largest size.
  EXPECT_EQ(s["node_attrs"]["QAT"]["viz"]["color"]["r"], 0x8E);
  EXPECT_DOUBLE_EQ(s["node_attrs"]["QAT"]["viz"]["size"].get<double>(), 40.0);
  EXPECT_DOUBLE_EQ(s["node_attrs"]["ISR"]["viz"]["size"].get<double>(), 10.0);
  EXPECT_THAT(out.str(), ::testing::Not(HasSubstr("title=\"type\"")));
}

TEST(ExportsTest, GexfRoundTripsThroughTheGraphReader) {
  std::ostringstream out;
  ActorGraph g = TalksGraph();
  WriteGexf(g, *BuiltinStyle(), ExportOptions(), out);
  Result<ImportedGraph> back = ReadGexf(out.str(), "talks.gexf");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(boost::num_vertices(back->graph.g), 6u);
  EXPECT_EQ(boost::num_edges(back->graph.g), 10u);
  Vertex qat = back->graph.index.at("QAT");
  Vertex hamas = back->graph.index.at("HAMAS");
  auto [e, found] = boost::edge(qat, hamas, back->graph.g);
  ASSERT_TRUE(found);
  EXPECT_EQ(back->graph.g[e].kind, "mediate");
  EXPECT_EQ(back->graph.g[e].count, 3);
}

TEST(ExportsTest, CsvTablesEscapeFormulas) {
  ActorGraph g = testing::MakeGraph(
      {testing::ToyActor("a", "=HYPERLINK(\"http://x\")", "person", "A"), testing::ToyActor("b", "B, Jr.", "country", "B")},
      {{"a", "b", "urge", 2, "asserted", "", "@SUM(1+1) urged B, \"now\""}});
  std::ostringstream nodes, edges, evidence;
  WriteNodesCsv(g, WithBetweenness(), nodes);
  WriteEdgesCsv(g, edges);
  WriteEvidenceCsv(g, evidence);
  EXPECT_EQ(nodes.str(),
            "id,name,kind,party,out_ties,in_ties,betweenness\n"
            "a,\"'=HYPERLINK(\"\"http://x\"\")\",person,A,1,0,\n"
            "b,\"B, Jr.\",country,B,0,1,\n");
  EXPECT_THAT(edges.str(), HasSubstr("a,b,\"'=HYPERLINK(\"\"http://x\"\")\",\"B, Jr.\",urge,,2,2,2024-05-01,2024-05-01,asserted,2\n"));
  EXPECT_THAT(evidence.str(), HasSubstr(",\"'@SUM(1+1) urged B, \"\"now\"\"\"\n"));
}

TEST(ExportsTest, PajekIsReadByNetworkx) {
  std::ostringstream out;
  WritePajek(TalksGraph(), out);
  EXPECT_THAT(out.str(), HasSubstr("*Vertices 6\n1 \"Egypt\"\n"));
  EXPECT_THAT(out.str(), HasSubstr("*Edges\n"));
  nlohmann::json s = Inspect("pajek", out.str(), "net");
  ASSERT_FALSE(s.is_null()) << out.str();
  EXPECT_EQ(s["nodes"], 6);
  EXPECT_EQ(s["edges"], 10);
}

}  // namespace
}  // namespace actorgraph
