#include "render/graphviz.h"

#include <chrono>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "render/diagram.h"
#include "render/toy_graph.h"

namespace actorgraph {
namespace {

using ::testing::HasSubstr;

RenderRequest TalksRequest(std::vector<std::string> formats) {
  RenderRequest r;
  r.dot = BuildDot(testing::TalksGraph(), *BuiltinStyle(), DiagramOptions());
  r.layout = "dot";
  r.formats = std::move(formats);
  return r;
}

TEST(GraphvizTest, PngAndPdfHaveValidSignaturesAndSaneSizes) {
  auto out = RenderGraph(TalksRequest({"png", "pdf", "svg"}));
  ASSERT_TRUE(out.ok()) << out.status().message();
  const std::string& png = out->at("png");
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  // IHDR width and height (big-endian) at bytes 16..23: a legible picture, not a slab.
  auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
           (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
  };
  EXPECT_GT(be32(16), 400);
  EXPECT_LT(be32(16), 8000);
  EXPECT_GT(be32(20), 300);
  EXPECT_LT(be32(20), 8000);
  const std::string& pdf = out->at("pdf");
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_THAT(pdf.substr(pdf.size() - 8), HasSubstr("%%EOF"));
  EXPECT_GT(pdf.size(), 2000u);
}

TEST(GraphvizTest, OutputIsByteIdenticalAcrossRuns) {
  for (const std::string layout : {"dot", "neato", "sfdp", "twopi", "circo"}) {
    RenderRequest r = TalksRequest({"svg", "png", "pdf"});
    r.layout = layout;
    auto a = RenderGraph(r);
    auto b = RenderGraph(r);
    ASSERT_TRUE(a.ok() && b.ok()) << layout;
    for (const char* f : {"svg", "png", "pdf"}) EXPECT_TRUE(a->at(f) == b->at(f)) << layout << " " << f;
  }
}

TEST(GraphvizTest, LaidOutDotCarriesPositions) {
  auto out = RenderGraph(TalksRequest({"dot"}));
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_THAT(out->at("dot"), HasSubstr("pos=\""));
}

TEST(GraphvizTest, TimeLimitKillsTheLayout) {
  // A hub-heavy graph with clusters that dot needs far more than 0.3 s for.
  std::string dot = "digraph G { graph [splines=ortho];\n";
  for (int i = 0; i < 400; ++i) {
    dot += "  h" + std::to_string(i % 4) + " -> n" + std::to_string(i) + " [label=\"relation " +
           std::to_string(i) + "\"];\n  n" + std::to_string(i) + " -> n" + std::to_string((i * 7 + 3) % 400) + ";\n";
  }
  dot += "}\n";
  RenderRequest r;
  r.dot = dot;
  r.layout = "dot";
  r.formats = {"svg"};
  r.timeout_seconds = 0.3;
  auto start = std::chrono::steady_clock::now();
  auto out = RenderGraph(r);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), ErrorCode::kTimeout);
  EXPECT_THAT(out.status().message(), HasSubstr("layout 'dot' did not finish within 0.3 s"));
  EXPECT_LT(seconds, 5.0);  // killed, not waited for
}

TEST(GraphvizTest, BadRequestsAreClearErrors) {
  RenderRequest r = TalksRequest({"svg"});
  r.layout = "spring";
  EXPECT_EQ(RenderGraph(r).status().code(), ErrorCode::kInvalidArgument);
  r = TalksRequest({"gif"});
  EXPECT_THAT(RenderGraph(r).status().message(), HasSubstr("unknown output format 'gif'"));
  r = TalksRequest({"svg"});
  r.dot = "digraph { a -> }";
  auto out = RenderGraph(r);
  ASSERT_FALSE(out.ok());
  EXPECT_THAT(out.status().message(), HasSubstr("could not read the DOT text"));
}

}  // namespace
}  // namespace actorgraph
