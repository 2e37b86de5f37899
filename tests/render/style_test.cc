#include "render/style.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

TEST(StyleTest, BuiltinStyleLoads) {
  Result<Style> style = BuiltinStyle();
  ASSERT_TRUE(style.ok()) << style.status().message();
  EXPECT_EQ(style->PartyColor("USA"), "#3A6EA5");
  EXPECT_EQ(style->ForNodeKind("person").shape, "ellipse");
  EXPECT_EQ(style->ForNodeKind("martian").shape, "octagon");  // [node.kind.default]
  EXPECT_EQ(style->ForEdge("respond", "reject").arrowhead, "tee");
  EXPECT_EQ(style->ForEdge("respond", "").legend, "responded to");
  EXPECT_EQ(style->ForEdge("teleport", "").color, "#777777");
}

TEST(StyleTest, UnknownPartiesGetAStablePaletteColour) {
  // A second FNV-1a, written out here.
  Style style = *BuiltinStyle();
  std::uint32_t h = 2166136261u;
  for (char c : std::string("ZZZ")) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  EXPECT_EQ(style.PartyColor("ZZZ"), style.palette[h % style.palette.size()]);
  EXPECT_EQ(style.PartyColor("ZZZ"), style.PartyColor("ZZZ"));
  EXPECT_EQ(style.PartyColor(""), style.unknown_party_color);
}

TEST(StyleTest, OverlayChangesOnlyGivenKeys) {
  Style style = *BuiltinStyle();
  ASSERT_TRUE(OverlayStyle("[party.colors]\nUSA = \"#000001\"\n[edge.kind.meet]\ncolor = \"#00FF00\"\n",
                           "mine.toml", &style)
                  .ok());
  EXPECT_EQ(style.PartyColor("USA"), "#000001");
  EXPECT_EQ(style.PartyColor("ISR"), "#5DA5DA");
  EXPECT_EQ(style.ForEdge("meet", "").color, "#00FF00");
  EXPECT_EQ(style.ForEdge("meet", "").arrowhead, "none");
}

TEST(StyleTest, ErrorsNameFileLineAndKey) {
  Style style = *BuiltinStyle();
  Status st = OverlayStyle("[graph]\nfontsize = 11\ncolour = \"#FFFFFF\"\n", "mine.toml", &style);
  EXPECT_EQ(st.message(), "mine.toml:3: unknown key `colour` in [graph]");
  st = OverlayStyle("[edge.kind.meet]\ncolor = \"green\"\n", "mine.toml", &style);
  EXPECT_EQ(st.message(), "mine.toml:2: `edge.kind.meet.color` must be a colour \"#RRGGBB\", not \"green\"");
  st = OverlayStyle("[node.kind.person]\nshape = \"blob\"\n", "mine.toml", &style);
  EXPECT_NE(st.message().find("mine.toml:2: `node.kind.person.shape`: unknown value \"blob\""), std::string::npos);
  st = OverlayStyle("[graph\n", "mine.toml", &style);
  EXPECT_EQ(st.code(), ErrorCode::kParseError);
  EXPECT_EQ(st.message().rfind("mine.toml:1: ", 0), 0u) << st.message();
  // A failed overlay leaves the style untouched.
  EXPECT_EQ(style.ForEdge("meet", "").color, "#1B9E77");
}

TEST(StyleTest, LightenMixesWithWhite) {
  EXPECT_EQ(Lighten("#000000", 0.5), "#808080");
  EXPECT_EQ(Lighten("#FF0000", 0), "#FF0000");
  EXPECT_EQ(Lighten("#102030", 1), "#FFFFFF");
}

}  // namespace
}  // namespace actorgraph
