#include "graph/graphml.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "graph/build.h"
#include "graph/graph_test_util.h"

namespace actorgraph {
namespace {

using testing::FindEdge;
using testing::Ref;
using testing::Rel;

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(AG_SOURCE_DIR) + "/tests/testdata/graphs/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ActorGraph Sample() {
  Extraction x;
  ActorRef usa = Ref("USA", "USA", ActorKind::kCountry, "United States");
  ActorRef qat = Ref("QAT", "QAT", ActorKind::kCountry, "Qatar & \"Co\" <x>");
  ActorRef hamas = Ref("HAMAS", "HAMAS", ActorKind::kOrganization, "Hamas");
  Relation a = Rel(usa, RelationKind::kMeet, qat, "d1", 2, "2024-05-02");
  a.evidence = "Blinken met Qatar's PM in Doha & said \"progress\" <was made>.";
  Relation b = Rel(qat, RelationKind::kMediate, hamas, "d2", 1, "2024-05-03", Modality::kPlanned);
  Relation c = Rel(qat, RelationKind::kMediate, hamas, "d1", 9, "2024-05-01");
  Relation d = Rel(hamas, RelationKind::kRespond, qat, "d3", 4, "2024-05-09");
  d.stance = Stance::kReject;
  x.relations = {a, b, c, d};
  GraphOptions o;
  o.title = "Gaza talks";
  return BuildGraph(x, o);
}

void ExpectSameGraph(const ActorGraph& a, const ActorGraph& b) {
  EXPECT_EQ(a.directed, b.directed);
  EXPECT_EQ(a.level, b.level);
  EXPECT_EQ(a.title, b.title);
  ASSERT_EQ(boost::num_vertices(a.g), boost::num_vertices(b.g));
  ASSERT_EQ(boost::num_edges(a.g), boost::num_edges(b.g));
  for (std::size_t v = 0; v < boost::num_vertices(a.g); ++v) {
    EXPECT_EQ(a.g[v].id, b.g[v].id);
    EXPECT_EQ(a.g[v].name, b.g[v].name);
    EXPECT_EQ(a.g[v].kind, b.g[v].kind);
    EXPECT_EQ(a.g[v].party, b.g[v].party);
    EXPECT_EQ(a.g[v].extra, b.g[v].extra);
  }
  auto ea = boost::edges(a.g).first, eb = boost::edges(b.g).first;
  for (std::size_t i = 0; i < boost::num_edges(a.g); ++i, ++ea, ++eb) {
    const RelationEdge &x = a.g[*ea], &y = b.g[*eb];
    EXPECT_EQ(a.g[boost::source(*ea, a.g)].id, b.g[boost::source(*eb, b.g)].id);
    EXPECT_EQ(a.g[boost::target(*ea, a.g)].id, b.g[boost::target(*eb, b.g)].id);
    EXPECT_EQ(x.kind, y.kind);
    EXPECT_EQ(x.stance, y.stance);
    EXPECT_EQ(x.count, y.count);
    EXPECT_DOUBLE_EQ(x.weight, y.weight);
    EXPECT_EQ(x.first_date, y.first_date);
    EXPECT_EQ(x.last_date, y.last_date);
    EXPECT_EQ(x.modalities, y.modalities);
    EXPECT_EQ(x.extra, y.extra);
    ASSERT_EQ(x.evidence.size(), y.evidence.size());
    for (std::size_t k = 0; k < x.evidence.size(); ++k) {
      EXPECT_EQ(x.evidence[k].doc, y.evidence[k].doc);
      EXPECT_EQ(x.evidence[k].sentence, y.evidence[k].sentence);
      EXPECT_EQ(x.evidence[k].text, y.evidence[k].text);
      EXPECT_EQ(x.evidence[k].date, y.evidence[k].date);
      EXPECT_EQ(x.evidence[k].rule, y.evidence[k].rule);
    }
  }
}

TEST(GraphmlTest, RoundTripKeepsEveryAttribute) {
  ActorGraph g = Sample();
  Vertex usa;
  ASSERT_TRUE(FindActor(g, "USA", &usa));
  g.g[usa].extra["region"] = "Americas";
  std::ostringstream out;
  WriteGraphml(g, out);
  auto back = ReadGraphml(out.str(), "mem.graphml");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_VALID_GRAPH(back->graph);
  EXPECT_TRUE(back->warnings.empty());
  ExpectSameGraph(g, back->graph);
  // Writing again gives the same bytes (deterministic).
  std::ostringstream again;
  WriteGraphml(back->graph, again);
  EXPECT_EQ(out.str(), again.str());
}

TEST(GraphmlTest, EscapesMarkup) {
  std::ostringstream out;
  WriteGraphml(Sample(), out);
  EXPECT_NE(out.str().find("Qatar &amp; &quot;Co&quot; &lt;x&gt;"), std::string::npos);
  EXPECT_EQ(out.str().find("<x>"), std::string::npos);
}

TEST(GraphmlTest, ReadsNetworkxGraphml) {
  auto r = ReadGraphml(Fixture("nx_small.graphml"), "nx_small.graphml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  const ActorGraph& g = r->graph;
  EXPECT_VALID_GRAPH(g);
  EXPECT_TRUE(g.directed);
  EXPECT_EQ(boost::num_vertices(g.g), 4u);
  EXPECT_EQ(boost::num_edges(g.g), 4u);
  Vertex usa;
  ASSERT_TRUE(FindActor(g, "USA", &usa));
  EXPECT_EQ(g.g[usa].name, "United States");  // from the "label" key
  EXPECT_EQ(g.g[usa].party, "USA");
  EXPECT_EQ(g.g[usa].extra.at("region"), "Americas");
  const RelationEdge* meet = FindEdge(g, "QAT", "USA", "meet");  // meet is symmetric: stored QAT < USA
  ASSERT_NE(meet, nullptr);
  EXPECT_DOUBLE_EQ(meet->weight, 3.0);
  EXPECT_EQ(meet->count, 1);
  EXPECT_EQ(meet->extra.at("note"), "Doha & talks");
  const RelationEdge* med = FindEdge(g, "QAT", "ISR", "mediate");
  ASSERT_NE(med, nullptr);
  EXPECT_DOUBLE_EQ(med->weight, 1.5);
}

TEST(GraphmlTest, ReadsUndirectedGraphml) {
  auto r = ReadGraphml(Fixture("nx_small_undirected.graphml"), "u.graphml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_FALSE(r->graph.directed);
  EXPECT_VALID_GRAPH(r->graph);
  EXPECT_EQ(boost::num_edges(r->graph.g), 4u);
  EXPECT_NE(FindEdge(r->graph, "HAMAS", "QAT", "mediate"), nullptr);  // stored smaller id first
}

TEST(GraphmlTest, MalformedXmlNamesFileAndLine) {
  std::string text =
      "<?xml version=\"1.0\"?>\n<graphml>\n  <graph edgedefault=\"directed\">\n    <node id=\"a\"/>\n"
      "    <node id=\"b\" =\"x\"/>\n  </graph>\n</graphml>\n";
  auto r = ReadGraphml(text, "bad.graphml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kParseError);
  EXPECT_EQ(r.status().message().rfind("bad.graphml:5: malformed XML", 0), 0u) << r.status().message();
}

TEST(GraphmlTest, EdgeWithoutTargetNamesItsLine) {
  std::string text =
      "<graphml>\n<graph edgedefault=\"directed\">\n<node id=\"a\"/>\n<node id=\"b\"/>\n"
      "<edge source=\"a\" target=\"b\"/>\n<edge source=\"a\"/>\n</graph>\n</graphml>\n";
  auto r = ReadGraphml(text, "x.graphml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "x.graphml:6: <edge> needs both source and target");
}

TEST(GraphmlTest, NotGraphmlIsAClearError) {
  auto r = ReadGraphml("<gexf><graph/></gexf>", "g.graphml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "g.graphml:1: not GraphML: no <graphml> root element");
}

TEST(GraphmlTest, BadCountIsAnErrorWithLine) {
  std::string text =
      "<graphml>\n<key id=\"c\" for=\"edge\" attr.name=\"count\"/>\n<graph>\n"
      "<edge source=\"a\" target=\"b\"><data key=\"c\">many</data></edge>\n</graph></graphml>";
  auto r = ReadGraphml(text, "c.graphml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "c.graphml:4: attribute 'count' is not a positive whole number: 'many'");
}

TEST(GraphmlTest, UndeclaredNodesAndSelfLoopsAreRepairedWithWarnings) {
  std::string text =
      "<graphml><graph edgedefault=\"undirected\">"
      "<edge source=\"b\" target=\"a\"/><edge source=\"a\" target=\"a\"/><edge source=\"a\" target=\"b\"/>"
      "</graph></graphml>";
  auto r = ReadGraphml(text, "s.graphml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_VALID_GRAPH(r->graph);
  EXPECT_EQ(boost::num_vertices(r->graph.g), 2u);
  ASSERT_EQ(boost::num_edges(r->graph.g), 1u);  // b-a and a-b are one undirected tie
  EXPECT_EQ(FindEdge(r->graph, "a", "b", "tie")->count, 2);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0], "1 self-loop dropped (an actor's tie to itself is not a relation)");
}

}  // namespace
}  // namespace actorgraph
