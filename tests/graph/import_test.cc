#include "graph/import.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "graph/csv_edges.h"
#include "graph/gexf.h"
#include "graph/graph_test_util.h"
#include "graph/node_link_json.h"

namespace actorgraph {
namespace {

using testing::FindEdge;

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(AG_SOURCE_DIR) + "/tests/testdata/graphs/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(GexfTest, ReadsNetworkxGexf) {
  auto r = ReadGexf(Fixture("nx_small.gexf"), "nx_small.gexf");
  ASSERT_TRUE(r.ok()) << r.status().message();
  const ActorGraph& g = r->graph;
  EXPECT_VALID_GRAPH(g);
  EXPECT_TRUE(g.directed);
  EXPECT_EQ(boost::num_vertices(g.g), 4u);
  EXPECT_EQ(boost::num_edges(g.g), 4u);
  Vertex v;
  ASSERT_TRUE(FindActor(g, "HAMAS", &v));
  EXPECT_EQ(g.g[v].name, "Hamas");
  EXPECT_EQ(g.g[v].kind, "organization");
  const RelationEdge* e = FindEdge(g, "QAT", "HAMAS", "mediate");
  ASSERT_NE(e, nullptr);
  EXPECT_DOUBLE_EQ(e->weight, 2.0);
  EXPECT_EQ(FindEdge(g, "QAT", "USA", "meet")->extra.at("note"), "Doha & talks");
}

TEST(GexfTest, UndirectedDefaultAndMutualEdges) {
  std::string text =
      "<gexf version=\"1.3\"><graph defaultedgetype=\"directed\"><nodes><node id=\"a\" label=\"A\"/>"
      "<node id=\"b\" label=\"B\"/></nodes><edges><edge id=\"0\" source=\"a\" target=\"b\" type=\"mutual\" "
      "kind=\"urge\" weight=\"2\"/></edges></graph></gexf>";
  auto r = ReadGexf(text, "m.gexf");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_NE(FindEdge(r->graph, "a", "b", "urge"), nullptr);
  EXPECT_NE(FindEdge(r->graph, "b", "a", "urge"), nullptr);
  auto u = ReadGexf("<gexf><graph><edges><edge source=\"b\" target=\"a\"/></edges></graph></gexf>", "u.gexf");
  ASSERT_TRUE(u.ok());
  EXPECT_FALSE(u->graph.directed);  // GEXF's default edge type is undirected
  EXPECT_NE(FindEdge(u->graph, "a", "b", "tie"), nullptr);
}

TEST(GexfTest, ErrorsNameTheLine) {
  auto r = ReadGexf("<gexf>\n<graph>\n<edges>\n<edge source=\"a\" />\n</edges></graph></gexf>", "e.gexf");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "e.gexf:4: <edge> needs both source and target");
}

TEST(NodeLinkJsonTest, ReadsNetworkxNodeLinkData) {
  auto r = ReadNodeLinkJson(Fixture("nx_small.json"), "nx_small.json");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_VALID_GRAPH(r->graph);
  EXPECT_EQ(boost::num_edges(r->graph.g), 4u);
  EXPECT_DOUBLE_EQ(FindEdge(r->graph, "QAT", "ISR", "mediate")->weight, 1.5);
}

TEST(NodeLinkJsonTest, RoundTripKeepsEvidenceAndExtras) {
  GraphAssembler a(true);
  a.set_title("t");
  ActorVertex v{"x", "X", "country", "X", {{"region", "Europe"}}};
  a.AddVertex(v);
  RelationEdge e;
  e.kind = "respond";
  e.stance = "reject";
  e.count = 2;
  e.weight = 2;
  e.first_date = "2024-01-01";
  e.last_date = "2024-01-03";
  e.modalities = {"asserted", "planned"};
  e.evidence = {{"d1", 3, "X rejected Y's plan.", "2024-01-01", "r1"}, {"d2", 1, "Again.", "2024-01-03", "r2"}};
  e.extra = {{"colour", "red"}};
  a.AddEdge("x", "y", e);
  ImportedGraph in = a.Finish();
  std::ostringstream out;
  WriteNodeLinkJson(in.graph, out);
  auto back = ReadNodeLinkJson(out.str(), "rt.json");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_VALID_GRAPH(back->graph);
  EXPECT_EQ(back->graph.title, "t");
  const RelationEdge* b = FindEdge(back->graph, "x", "y", "respond");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->stance, "reject");
  EXPECT_EQ(b->count, 2);
  EXPECT_EQ(b->modalities, e.modalities);
  ASSERT_EQ(b->evidence.size(), 2u);
  EXPECT_EQ(b->evidence[0].text, "X rejected Y's plan.");
  EXPECT_EQ(b->evidence[1].rule, "r2");
  EXPECT_EQ(b->extra.at("colour"), "red");
  Vertex x;
  ASSERT_TRUE(FindActor(back->graph, "x", &x));
  EXPECT_EQ(back->graph.g[x].extra.at("region"), "Europe");
}

TEST(NodeLinkJsonTest, MalformedJsonNamesTheLine) {
  auto r = ReadNodeLinkJson("{\"nodes\": [\n {\"id\": 1},\n {\"id\": }\n]}", "m.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind("m.json:3: malformed JSON", 0), 0u) << r.status().message();
  auto s = ReadNodeLinkJson("[1, 2]", "a.json");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a node-link graph"), std::string::npos);
}

TEST(CsvEdgesTest, HeaderColumnsByNameAndExtraColumnsKept) {
  auto r = ReadCsvEdges("Target,Source,Weight,relation,note\nB,A,2.5,mediate,\"x, y\"\nC,A,,meet,\n", "e.csv");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_VALID_GRAPH(r->graph);
  const RelationEdge* e = FindEdge(r->graph, "A", "B", "mediate");
  ASSERT_NE(e, nullptr);
  EXPECT_DOUBLE_EQ(e->weight, 2.5);
  EXPECT_EQ(e->extra.at("note"), "x, y");
  const RelationEdge* m = FindEdge(r->graph, "A", "C", "meet");
  ASSERT_NE(m, nullptr);
  EXPECT_DOUBLE_EQ(m->weight, 1.0);
  EXPECT_EQ(m->extra.count("note"), 0u);
}

TEST(CsvEdgesTest, PositionalColumnsAndRepeatedRowsMerge) {
  auto r = ReadCsvEdges("# a comment\nA,B\nA,B\n\nA,C,urge\nC,D,3\nD,E,attack,4\r\n", "p.csv");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_VALID_GRAPH(r->graph);
  EXPECT_EQ(FindEdge(r->graph, "A", "B", "tie")->count, 2);
  EXPECT_NE(FindEdge(r->graph, "A", "C", "urge"), nullptr);
  EXPECT_DOUBLE_EQ(FindEdge(r->graph, "C", "D", "tie")->weight, 3.0);
  EXPECT_DOUBLE_EQ(FindEdge(r->graph, "D", "E", "attack")->weight, 4.0);
}

TEST(CsvEdgesTest, ErrorsNameFileAndLine) {
  EXPECT_EQ(ReadCsvEdges("source,target\nA,B\nC\n", "x.csv").status().message(),
            "x.csv:3: expected source,target[,kind][,weight], found 1 field");
  EXPECT_EQ(ReadCsvEdges("A,B,meet,heavy\n", "w.csv").status().message(),
            "w.csv:1: attribute 'weight' is not a number: 'heavy'");
  EXPECT_EQ(ReadCsvEdges("A,\"B\n", "q.csv").status().message(), "q.csv:1: unterminated quoted field");
  EXPECT_EQ(ReadCsvEdges("source,target\n", "h.csv").status().message(),
            "h.csv:1: no edges (expected rows of source,target[,kind][,weight])");
  EXPECT_EQ(ReadCsvEdges("source,target,kind\nA,B\n", "n.csv").status().message(),
            "n.csv:2: expected 3 fields as in the header, found 2");
}

TEST(ReadGraphBytesTest, ChoosesTheReaderByExtension) {
  auto r = ReadGraphBytes("dir/E.CSV", "A,B\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(boost::num_edges(r->graph.g), 1u);
  auto u = ReadGraphBytes("a.txt", "A,B\n");
  ASSERT_FALSE(u.ok());
  EXPECT_EQ(u.status().code(), ErrorCode::kUnsupported);
}

}  // namespace
}  // namespace actorgraph
