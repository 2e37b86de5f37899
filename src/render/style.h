// How diagrams look, as data: graphs/styles/default.toml is embedded in the
// binary and a user's style file overrides any of its keys. Colours by party,
// shapes by actor kind, colours and line styles by relation kind.
#ifndef ACTORGRAPH_RENDER_STYLE_H_
#define ACTORGRAPH_RENDER_STYLE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace actorgraph {

/// The embedded default style file.
inline constexpr std::string_view kDefaultStylePath = "graphs/styles/default.toml";

struct NodeKindStyle {
  std::string shape;   // Graphviz shape: "box", "ellipse", ...
  std::string style;   // Graphviz style list: "rounded,filled"
  std::string legend;  // legend text
};

struct EdgeKindStyle {
  std::string color;      // "#RRGGBB"
  std::string style;      // "solid", "bold", "dashed", "dotted"
  std::string arrowhead;  // Graphviz arrow name
  std::string legend;
};

/// Every value of a style file (see graphs/styles/default.toml for meanings).
struct Style {
  // [graph]
  std::string fontname = "Helvetica";
  double fontsize = 11;
  double title_fontsize = 20;
  double legend_fontsize = 10;
  std::string background = "#FFFFFF";
  std::string text_color = "#222222";
  std::string muted_color = "#666666";
  int png_dpi = 150;
  int label_wrap = 18;
  // [party]
  std::map<std::string, std::string> party_colors;
  std::vector<std::string> palette;
  std::string unknown_party_color = "#BAB0AC";
  std::string cluster_fill = "#F4F4F6";
  // [node]
  double node_min_width = 0.75;
  double node_max_scale = 2.0;
  double fill_lightness = 0.55;
  double node_penwidth = 1.4;
  std::map<std::string, NodeKindStyle> node_kinds;  // by actor kind, and "default"
  // [edge]
  double edge_min_penwidth = 1.2;
  double edge_max_penwidth = 6.0;
  std::string planned_style = "dashed";
  std::string faded_color = "#D9D9D9";
  std::string highlight_color = "#111111";
  double arrowsize = 0.8;
  std::map<std::string, EdgeKindStyle> edge_kinds;  // by relation kind ("respond-accept"), and "default"

  /// The party's colour: fixed, else from the palette by a stable hash (FNV-1a) of its id.
  std::string PartyColor(const std::string& party) const;
  /// The style of an actor kind, or of "default".
  const NodeKindStyle& ForNodeKind(const std::string& kind) const;
  /// The key an edge's style is looked up by: "respond-accept" for a respond
  /// edge with a stance, else the kind.
  static std::string EdgeStyleKey(const std::string& kind, const std::string& stance);
  /// The style of EdgeStyleKey(kind, stance), falling back to the kind, then "default".
  const EdgeKindStyle& ForEdge(const std::string& kind, const std::string& stance) const;
};

/// The built-in style (the embedded default.toml). Internal error if it does not parse.
Result<Style> BuiltinStyle();

/// Applies the keys of one style file on top of `style`. Unknown tables or
/// keys, wrong value types and malformed colours are errors naming
/// "origin:line" and the key, so a typo does not silently do nothing.
Status OverlayStyle(std::string_view toml, std::string_view origin, Style* style);

/// The built-in style with the style file at `path` applied on top (NotFound /
/// IoError name the path; errors in the file name "path:line").
Result<Style> LoadStyleFile(const std::string& path);

/// Mixes `color` ("#RRGGBB") with white: 0 = unchanged, 1 = white.
std::string Lighten(const std::string& color, double amount);

}  // namespace actorgraph

#endif  // ACTORGRAPH_RENDER_STYLE_H_
