#include "render/style.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <set>

#include <toml++/toml.h>

#include "core/embedded.h"
#include "core/files.h"

namespace actorgraph {
namespace {

bool IsHexColor(const std::string& s) {
  if (s.size() != 7 || s[0] != '#') return false;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

// Graphviz names accepted in style files: enough to catch typos, and values
// that could never reach DOT as anything but a plain token.
const std::set<std::string, std::less<>> kShapes = {
    "box", "rect", "rectangle", "square", "ellipse", "oval", "circle", "doublecircle",
    "hexagon", "octagon", "doubleoctagon", "diamond", "triangle", "invtriangle", "house",
    "invhouse", "pentagon", "septagon", "parallelogram", "trapezium", "egg", "note", "tab",
    "folder", "box3d", "component", "cylinder", "star", "plaintext", "plain", "none",
    "underline", "Mdiamond", "Msquare", "Mcircle"};
const std::set<std::string, std::less<>> kNodeStyles = {"filled", "rounded", "dashed", "dotted",
                                                        "bold", "solid", "striped", "diagonals"};
const std::set<std::string, std::less<>> kEdgeStyles = {"solid", "dashed", "dotted", "bold"};
const std::set<std::string, std::less<>> kArrows = {
    "normal", "inv", "dot", "odot", "none", "empty", "invempty", "diamond", "odiamond",
    "ediamond", "box", "obox", "open", "halfopen", "tee", "vee", "crow", "curve", "icurve",
    "onormal", "invdot", "invodot"};

// Walks one parsed style file; the first problem wins.
class Overlay {
 public:
  Overlay(std::string_view origin, Style* style) : origin_(origin), style_(style) {}

  Status Apply(const toml::table& root) {
    for (auto&& [key, node] : root) {
      std::string k(key.str());
      const toml::table* t = node.as_table();
      if (!t) return Error(node, "`" + k + "` must be a table ([" + k + "])");
      if (k == "graph") {
        AG_RETURN_IF_ERROR(Graph(*t));
      } else if (k == "party") {
        AG_RETURN_IF_ERROR(Party(*t));
      } else if (k == "node") {
        AG_RETURN_IF_ERROR(Node(*t));
      } else if (k == "edge") {
        AG_RETURN_IF_ERROR(EdgeTable(*t));
      } else {
        return Error(node, "unknown table [" + k + "] (expected graph, party, node or edge)");
      }
    }
    return Status::Ok();
  }

 private:
  Status Error(const toml::node& node, const std::string& message) const {
    return Status::InvalidArgument(std::string(origin_) + ":" +
                                   std::to_string(node.source().begin.line) + ": " + message);
  }

  Status Number(const toml::node& node, const std::string& name, double lo, double hi,
                double* out) {
    std::optional<double> v = node.value<double>();
    if (!v) return Error(node, "`" + name + "` must be a number");
    if (*v < lo || *v > hi) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "`%s` must be between %g and %g", name.c_str(), lo, hi);
      return Error(node, buf);
    }
    *out = *v;
    return Status::Ok();
  }

  Status Text(const toml::node& node, const std::string& name, std::string* out) {
    std::optional<std::string> v = node.value<std::string>();
    if (!v) return Error(node, "`" + name + "` must be a string");
    *out = *v;
    return Status::Ok();
  }

  Status Color(const toml::node& node, const std::string& name, std::string* out) {
    std::string v;
    AG_RETURN_IF_ERROR(Text(node, name, &v));
    if (!IsHexColor(v)) return Error(node, "`" + name + "` must be a colour \"#RRGGBB\", not \"" + v + "\"");
    *out = v;
    return Status::Ok();
  }

  Status Token(const toml::node& node, const std::string& name,
               const std::set<std::string, std::less<>>& allowed, bool list, std::string* out) {
    std::string v;
    AG_RETURN_IF_ERROR(Text(node, name, &v));
    std::size_t start = 0;
    while (true) {
      std::size_t comma = list ? v.find(',', start) : std::string::npos;
      std::string part = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!allowed.count(part)) {
        std::string names;
        for (const std::string& a : allowed) names += (names.empty() ? "" : ", ") + a;
        return Error(node, "`" + name + "`: unknown value \"" + part + "\" (expected " +
                               (list ? "a comma-separated list of " : "one of ") + names + ")");
      }
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    *out = v;
    return Status::Ok();
  }

  Status Graph(const toml::table& t) {
    for (auto&& [key, node] : t) {
      std::string k(key.str());
      double d = 0;
      if (k == "fontname") {
        AG_RETURN_IF_ERROR(Text(node, k, &style_->fontname));
      } else if (k == "fontsize") {
        AG_RETURN_IF_ERROR(Number(node, k, 4, 72, &style_->fontsize));
      } else if (k == "title_fontsize") {
        AG_RETURN_IF_ERROR(Number(node, k, 4, 96, &style_->title_fontsize));
      } else if (k == "legend_fontsize") {
        AG_RETURN_IF_ERROR(Number(node, k, 4, 72, &style_->legend_fontsize));
      } else if (k == "background") {
        AG_RETURN_IF_ERROR(Color(node, k, &style_->background));
      } else if (k == "text_color") {
        AG_RETURN_IF_ERROR(Color(node, k, &style_->text_color));
      } else if (k == "muted_color") {
        AG_RETURN_IF_ERROR(Color(node, k, &style_->muted_color));
      } else if (k == "png_dpi") {
        AG_RETURN_IF_ERROR(Number(node, k, 36, 600, &d));
        style_->png_dpi = static_cast<int>(d);
      } else if (k == "label_wrap") {
        AG_RETURN_IF_ERROR(Number(node, k, 4, 200, &d));
        style_->label_wrap = static_cast<int>(d);
      } else {
        return Error(node, "unknown key `" + k + "` in [graph]");
      }
    }
    return Status::Ok();
  }

  Status Party(const toml::table& t) {
    for (auto&& [key, node] : t) {
      std::string k(key.str());
      if (k == "colors") {
        const toml::table* colors = node.as_table();
        if (!colors) return Error(node, "`colors` must be a table of party = \"#RRGGBB\"");
        for (auto&& [party, value] : *colors) {
          std::string c;
          AG_RETURN_IF_ERROR(Color(value, "colors." + std::string(party.str()), &c));
          style_->party_colors[std::string(party.str())] = c;
        }
      } else if (k == "palette") {
        const toml::array* a = node.as_array();
        if (!a || a->empty()) return Error(node, "`palette` must be a non-empty list of colours");
        std::vector<std::string> palette;
        for (const toml::node& item : *a) {
          std::string c;
          AG_RETURN_IF_ERROR(Color(item, "palette", &c));
          palette.push_back(c);
        }
        style_->palette = std::move(palette);
      } else if (k == "unknown") {
        AG_RETURN_IF_ERROR(Color(node, k, &style_->unknown_party_color));
      } else if (k == "cluster_fill") {
        AG_RETURN_IF_ERROR(Color(node, k, &style_->cluster_fill));
      } else {
        return Error(node, "unknown key `" + k + "` in [party]");
      }
    }
    return Status::Ok();
  }

  Status Node(const toml::table& t) {
    for (auto&& [key, node] : t) {
      std::string k(key.str());
      if (k == "min_width") {
        AG_RETURN_IF_ERROR(Number(node, k, 0.1, 10, &style_->node_min_width));
      } else if (k == "max_scale") {
        AG_RETURN_IF_ERROR(Number(node, k, 1, 10, &style_->node_max_scale));
      } else if (k == "fill_lightness") {
        AG_RETURN_IF_ERROR(Number(node, k, 0, 1, &style_->fill_lightness));
      } else if (k == "penwidth") {
        AG_RETURN_IF_ERROR(Number(node, k, 0, 20, &style_->node_penwidth));
      } else if (k == "kind") {
        const toml::table* kinds = node.as_table();
        if (!kinds) return Error(node, "`node.kind` must be a table of [node.kind.NAME] tables");
        for (auto&& [kind, value] : *kinds) {
          const toml::table* kt = value.as_table();
          std::string name(kind.str());
          if (!kt) return Error(value, "[node.kind." + name + "] must be a table");
          NodeKindStyle& s = style_->node_kinds[name];
          for (auto&& [field, v] : *kt) {
            std::string f(field.str());
            std::string label = "node.kind." + name + "." + f;
            if (f == "shape") {
              AG_RETURN_IF_ERROR(Token(v, label, kShapes, false, &s.shape));
            } else if (f == "style") {
              AG_RETURN_IF_ERROR(Token(v, label, kNodeStyles, true, &s.style));
            } else if (f == "legend") {
              AG_RETURN_IF_ERROR(Text(v, label, &s.legend));
            } else {
              return Error(v, "unknown key `" + f + "` in [node.kind." + name +
                                  "] (expected shape, style, legend)");
            }
          }
        }
      } else {
        return Error(node, "unknown key `" + k + "` in [node]");
      }
    }
    return Status::Ok();
  }

  Status EdgeTable(const toml::table& t) {
    for (auto&& [key, node] : t) {
      std::string k(key.str());
      if (k == "min_penwidth") {
        AG_RETURN_IF_ERROR(Number(node, k, 0.1, 30, &style_->edge_min_penwidth));
      } else if (k == "max_penwidth") {
        AG_RETURN_IF_ERROR(Number(node, k, 0.1, 30, &style_->edge_max_penwidth));
      } else if (k == "planned_style") {
        AG_RETURN_IF_ERROR(Token(node, k, kEdgeStyles, false, &style_->planned_style));
      } else if (k == "faded_color") {
        AG_RETURN_IF_ERROR(Color(node, k, &style_->faded_color));
      } else if (k == "highlight_color") {
        AG_RETURN_IF_ERROR(Color(node, k, &style_->highlight_color));
      } else if (k == "arrowsize") {
        AG_RETURN_IF_ERROR(Number(node, k, 0.1, 5, &style_->arrowsize));
      } else if (k == "kind") {
        const toml::table* kinds = node.as_table();
        if (!kinds) return Error(node, "`edge.kind` must be a table of [edge.kind.NAME] tables");
        for (auto&& [kind, value] : *kinds) {
          const toml::table* kt = value.as_table();
          std::string name(kind.str());
          if (!kt) return Error(value, "[edge.kind." + name + "] must be a table");
          EdgeKindStyle& s = style_->edge_kinds[name];
          for (auto&& [field, v] : *kt) {
            std::string f(field.str());
            std::string label = "edge.kind." + name + "." + f;
            if (f == "color") {
              AG_RETURN_IF_ERROR(Color(v, label, &s.color));
            } else if (f == "style") {
              AG_RETURN_IF_ERROR(Token(v, label, kEdgeStyles, false, &s.style));
            } else if (f == "arrowhead") {
              AG_RETURN_IF_ERROR(Token(v, label, kArrows, false, &s.arrowhead));
            } else if (f == "legend") {
              AG_RETURN_IF_ERROR(Text(v, label, &s.legend));
            } else {
              return Error(v, "unknown key `" + f + "` in [edge.kind." + name +
                                  "] (expected color, style, arrowhead, legend)");
            }
          }
        }
      } else {
        return Error(node, "unknown key `" + k + "` in [edge]");
      }
    }
    return Status::Ok();
  }

  std::string_view origin_;
  Style* style_;
};

}  // namespace

std::string Style::PartyColor(const std::string& party) const {
  if (party.empty()) return unknown_party_color;
  auto it = party_colors.find(party);
  if (it != party_colors.end()) return it->second;
  if (palette.empty()) return unknown_party_color;
  std::uint32_t h = 2166136261u;  // FNV-1a: stable across runs and platforms
  for (unsigned char c : party) {
    h ^= c;
    h *= 16777619u;
  }
  return palette[h % palette.size()];
}

const NodeKindStyle& Style::ForNodeKind(const std::string& kind) const {
  auto it = node_kinds.find(kind);
  if (it != node_kinds.end()) return it->second;
  static const NodeKindStyle kFallback{"ellipse", "filled", "other"};
  it = node_kinds.find("default");
  return it != node_kinds.end() ? it->second : kFallback;
}

std::string Style::EdgeStyleKey(const std::string& kind, const std::string& stance) {
  return stance.empty() ? kind : kind + "-" + stance;
}

const EdgeKindStyle& Style::ForEdge(const std::string& kind, const std::string& stance) const {
  auto it = edge_kinds.find(EdgeStyleKey(kind, stance));
  if (it == edge_kinds.end()) it = edge_kinds.find(kind);
  if (it == edge_kinds.end()) it = edge_kinds.find("default");
  static const EdgeKindStyle kFallback{"#777777", "solid", "normal", "other"};
  return it != edge_kinds.end() ? it->second : kFallback;
}

Status OverlayStyle(std::string_view toml_text, std::string_view origin, Style* style) {
  toml::table root;
  try {
    root = toml::parse(toml_text, origin);
  } catch (const toml::parse_error& e) {
    return Status::ParseError(std::string(origin) + ":" + std::to_string(e.source().begin.line) +
                              ": " + std::string(e.description()));
  }
  Style copy = *style;  // a failed overlay leaves the style as it was
  AG_RETURN_IF_ERROR(Overlay(origin, &copy).Apply(root));
  *style = std::move(copy);
  return Status::Ok();
}

Result<Style> BuiltinStyle() {
  std::optional<std::string_view> text = FindEmbedded(kDefaultStylePath);
  if (!text) return Status::Internal(std::string(kDefaultStylePath) + " is not embedded in the binary");
  Style style;
  Status st = OverlayStyle(*text, kDefaultStylePath, &style);
  if (!st.ok()) return Status::Internal("built-in style: " + st.message());
  return style;
}

Result<Style> LoadStyleFile(const std::string& path) {
  Result<Style> style = BuiltinStyle();
  if (!style.ok() || path.empty()) return style;
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return Status(text.status().code(), "style file " + text.status().message());
  AG_RETURN_IF_ERROR(OverlayStyle(*text, path, &*style));
  return style;
}

std::string Lighten(const std::string& color, double amount) {
  if (color.size() != 7 || color[0] != '#') return color;
  char out[8];
  int rgb[3];
  for (int i = 0; i < 3; ++i) {
    int v = std::stoi(color.substr(1 + 2 * i, 2), nullptr, 16);
    rgb[i] = static_cast<int>(std::lround(v + (255 - v) * amount));
  }
  std::snprintf(out, sizeof out, "#%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
  return out;
}

}  // namespace actorgraph
