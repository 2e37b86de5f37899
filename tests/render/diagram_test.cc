#include "render/diagram.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "render/graphviz.h"
#include "render/inspect_util.h"
#include "render/toy_graph.h"

namespace actorgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::Inspect;
using testing::MakeGraph;
using testing::TalksGraph;
using testing::ToyActor;

Style TestStyle() { return *BuiltinStyle(); }

std::string RenderSvg(const ActorGraph& g, const DiagramOptions& options, const std::string& layout = "") {
  RenderRequest request;
  request.dot = BuildDot(g, TestStyle(), options);
  request.layout = layout.empty() ? DefaultLayout(g) : layout;
  request.formats = {"svg"};
  auto out = RenderGraph(request);
  EXPECT_TRUE(out.ok()) << out.status().message();
  return out.ok() ? out->at("svg") : "";
}

TEST(DiagramTest, SvgIsXmlWithEveryActorAndEdge) {
  ActorGraph g = TalksGraph();
  DiagramOptions options;
  options.id_prefix = "actors";
  std::string svg = RenderSvg(g, options);
  nlohmann::json summary = Inspect("xml", svg, "svg");
  ASSERT_FALSE(summary.is_null()) << "SVG is not well-formed XML";
  EXPECT_EQ(summary["root"], "svg");
  std::string text = summary["text"];
  for (const char* name : {"United States", "Qatar", "Egypt", "Hamas", "Israel", "Antony Blinken"}) {
    EXPECT_THAT(text, HasSubstr(name));
  }
  std::vector<std::string> ids = summary["ids"];
  // One id per actor and per relation edge (10 edges in the toy graph).
  for (int v = 0; v < 6; ++v) EXPECT_THAT(ids, ::testing::Contains("actors-n" + std::to_string(v)));
  for (int e = 0; e < 10; ++e) EXPECT_THAT(ids, ::testing::Contains("actors-e" + std::to_string(e)));
  // Title, legend and evidence tooltips are in the figure.
  EXPECT_THAT(text, HasSubstr("Ceasefire talks"));
  EXPECT_THAT(text, HasSubstr("mediates between"));
  EXPECT_THAT(text, HasSubstr("USA mediate HAMAS (0)."));
}

TEST(DiagramTest, DotEncodesStyleByKindModalityAndCount) {
  ActorGraph g = TalksGraph();
  std::string dot = BuildDot(g, TestStyle(), DiagramOptions());
  // Planned visit dashed; meet undirected; reject drawn with its own colour.
  EXPECT_THAT(dot, HasSubstr("\"antony-blinken\" -> \"ISR\" [id=\"g-e"));
  std::size_t visit = dot.find("\"antony-blinken\" -> \"ISR\"");
  EXPECT_THAT(dot.substr(visit, dot.find('\n', visit) - visit), HasSubstr("style=\"dashed\""));
  std::size_t meet = dot.find("\"QAT\" -> \"antony-blinken\"");
  ASSERT_NE(meet, std::string::npos);  // meet stored once, smaller id first
  EXPECT_THAT(dot.substr(meet, dot.find('\n', meet) - meet), HasSubstr("dir=\"none\""));
  std::size_t reject = dot.find("\"ISR\" -> \"EGY\"");
  EXPECT_THAT(dot.substr(reject, dot.find('\n', reject) - reject), HasSubstr("color=\"#D7191C\""));
  // Pen width: count 3 gets max_penwidth, count 1 min_penwidth.
  std::size_t qh = dot.find("\"QAT\" -> \"HAMAS\"");
  EXPECT_THAT(dot.substr(qh, dot.find('\n', qh) - qh), HasSubstr("penwidth=\"6\""));
  std::size_t qi = dot.find("\"QAT\" -> \"ISR\"");
  EXPECT_THAT(dot.substr(qi, dot.find('\n', qi) - qi), HasSubstr("penwidth=\"1.2\""));
  // dot (the default here) draws the USA cluster (United States + Blinken).
  EXPECT_THAT(dot, HasSubstr("subgraph \"cluster_"));
  EXPECT_THAT(dot, HasSubstr("label=\"United States\""));
}

TEST(DiagramTest, HostileNamesCannotInjectMarkup) {
  const std::string evil = "<script>alert(1)</script> & \"Q\" \\N &amp; --> ]]>";
  ActorGraph g = MakeGraph({ToyActor("x", evil, "person", "=cmd|' /C calc'!A0"), ToyActor("y", "Y", "country", "Y")},
                           {{"x", "y", "urge", 1, "asserted", "", evil}});
  for (const std::string layout : {"dot", "neato"}) {
    std::string svg = RenderSvg(g, DiagramOptions(), layout);
    nlohmann::json summary = Inspect("xml", svg, "svg");
    ASSERT_FALSE(summary.is_null()) << "SVG is not well-formed XML:\n" << svg;
    EXPECT_EQ(summary["counts"].value("script", 0), 0);
    std::string text = summary["text"];
    // The name comes out as text, exactly as written (label wrapped on spaces).
    EXPECT_THAT(text, HasSubstr("<script>alert(1)</script>"));
    EXPECT_THAT(text, HasSubstr("\\N &amp; -->"));
  }
}

TEST(DiagramTest, HighlightedPathIsBoldAndTheRestFaded) {
  ActorGraph g = TalksGraph();
  DiagramOptions options;
  options.highlight_path = {"antony-blinken", "QAT", "HAMAS"};
  std::string dot = BuildDot(g, TestStyle(), options);
  std::size_t on = dot.find("\"QAT\" -> \"HAMAS\"");
  std::string on_line = dot.substr(on, dot.find('\n', on) - on);
  EXPECT_THAT(on_line, HasSubstr("label=\"mediates between\""));
  EXPECT_THAT(on_line, HasSubstr("on-path"));
  std::size_t off = dot.find("\"USA\" -> \"ISR\"");
  EXPECT_THAT(dot.substr(off, dot.find('\n', off) - off), HasSubstr("color=\"#D9D9D9\""));
}

TEST(DiagramTest, SizesScaleNodes) {
  ActorGraph g = TalksGraph();
  DiagramOptions options;
  options.sizes = {{"QAT", 4.0}, {"USA", 1.0}};
  options.size_by = "betweenness";
  std::string dot = BuildDot(g, TestStyle(), options);
  // width = 0.75 * (1 + (2 - 1) * sqrt(v / 4)): QAT 1.5, USA 1.125, others 0.75.
  auto line = [&](const std::string& id) {
    std::size_t p = dot.find("\n    \"" + id + "\" [");
    if (p == std::string::npos) p = dot.find("\n  \"" + id + "\" [");
    return dot.substr(p, dot.find('\n', p + 1) - p);
  };
  EXPECT_THAT(line("QAT"), HasSubstr("width=\"1.5\""));
  EXPECT_THAT(line("USA"), HasSubstr("width=\"1.12\""));
  EXPECT_THAT(line("ISR"), HasSubstr("width=\"0.75\""));
  EXPECT_THAT(dot, HasSubstr("size: betweenness"));
}

TEST(DiagramTest, DateRangeSpansEdges) {
  auto [first, last] = DateRange(TalksGraph());
  EXPECT_EQ(first, "2024-05-01");
  EXPECT_EQ(last, "2024-05-05");
}

TEST(DiagramTest, DefaultLayoutBySize) {
  std::vector<ActorVertex> actors;
  for (int i = 0; i < 300; ++i) actors.push_back(ToyActor("a" + std::to_string(i), "", "country", ""));
  EXPECT_EQ(DefaultLayout(TalksGraph()), "dot");
  EXPECT_EQ(DefaultLayout(MakeGraph({actors.begin(), actors.begin() + 100}, {})), "neato");
  EXPECT_EQ(DefaultLayout(MakeGraph(actors, {})), "sfdp");
}

}  // namespace
}  // namespace actorgraph
