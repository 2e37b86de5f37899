#include "render/diagram.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>

#include "core/escape.h"

namespace actorgraph {
namespace {

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", v);
  return buf;
}

// "key=\"value\"" with the value escaped for a DOT escString.
std::string Attr(const std::string& key, const std::string& value) {
  return key + "=\"" + EscapeDotString(value) + "\"";
}
// For values we generate ourselves (numbers, colours, Graphviz names, ids).
std::string Raw(const std::string& key, const std::string& value) {
  return key + "=\"" + value + "\"";
}

// fdp draws clusters too, but Graphviz 2.42's fdp with clusters gives a
// different picture from run to run (measured: 3 of 30 runs differed), and
// outputs must be byte-identical; so clusters are drawn with dot only.
bool EngineDrawsClusters(const std::string& layout) { return layout == "dot"; }

std::string DisplayName(const ActorVertex& a) { return a.name.empty() ? a.id : a.name; }

std::string PartyName(const ActorGraph& graph, const std::string& party) {
  auto it = graph.index.find(party);
  if (it != graph.index.end() && !graph.g[it->second].name.empty()) return graph.g[it->second].name;
  return party;
}

// A label of several lines: each line escaped, joined by Graphviz's "\n".
std::string MultiLine(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out += "\\n";
    out += EscapeDotString(lines[i]);
  }
  return out;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t nl = text.find('\n', start);
    out.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

std::string Truncate(const std::string& text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

std::string EdgeTooltip(const ActorGraph& graph, Edge e, int max_evidence) {
  const RelationEdge& r = graph.g[e];
  const ActorVertex& s = graph.g[boost::source(e, graph.g)];
  const ActorVertex& t = graph.g[boost::target(e, graph.g)];
  std::vector<std::string> lines;
  std::string head = DisplayName(s) + (IsSymmetricKind(r.kind) ? " — " : " → ") + DisplayName(t) +
                     ": " + r.kind + (r.stance.empty() ? "" : " (" + r.stance + ")") + ", " +
                     std::to_string(r.count) + (r.count == 1 ? " report" : " reports");
  if (!r.first_date.empty()) {
    head += ", " + r.first_date + (r.last_date != r.first_date ? " to " + r.last_date : "");
  }
  lines.push_back(head);
  int shown = 0;
  for (const EvidenceRef& ev : r.evidence) {
    if (shown == max_evidence) {
      lines.push_back("(+" + std::to_string(r.evidence.size() - shown) + " more in the report)");
      break;
    }
    lines.push_back("“" + Truncate(ev.text, 300) + "” [" + ev.doc + ", sentence " +
                    std::to_string(ev.sentence) + "]");
    ++shown;
  }
  return MultiLine(lines);
}

// The figure's header: title, subtitle, legend, as a Graphviz HTML-like label.
std::string HeaderLabel(const ActorGraph& graph, const Style& style, const DiagramOptions& options,
                        const std::string& title, const std::string& subtitle,
                        const std::vector<std::string>& parties, const std::vector<std::string>& edge_keys,
                        const std::vector<std::string>& node_kinds, bool any_planned) {
  std::ostringstream h;
  // Bigger figures get a bigger header, so it stays legible on a slide.
  const double scale = std::clamp(std::sqrt(static_cast<double>(boost::num_vertices(graph.g)) / 12.0), 1.0, 1.6);
  const std::string fs = Num(style.legend_fontsize * scale);
  h << "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">";
  h << "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"" << Num(style.title_fontsize * scale) << "\" COLOR=\""
    << style.text_color << "\"><B>" << EscapeXml(title) << "</B></FONT></TD></TR>";
  if (!subtitle.empty()) {
    h << "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"" << Num((style.legend_fontsize + 1) * scale)
      << "\" COLOR=\"" << style.muted_color << "\">" << EscapeXml(subtitle) << "</FONT></TD></TR>";
  }
  if (options.legend) {
    // One cell of left-aligned lines: nested tables would be stretched to the
    // header's width and spread their items apart.
    std::ostringstream lines;
    auto font = [&](const std::string& color, const std::string& text) {
      return "<FONT COLOR=\"" + color + "\">" + text + "</FONT>";
    };
    auto line_break = [&] { lines << "<BR ALIGN=\"LEFT\"/>"; };
    // A continuation line is indented instead of headed.
    auto heading = [&](const std::string& text) {
      lines << (text.empty() ? std::string("           ") : font(style.muted_color, text + ":  "));
    };
    const std::size_t per_line = 7;
    for (std::size_t i = 0; i < parties.size(); ++i) {
      if (i % per_line == 0) {
        if (i) line_break();
        heading(i == 0 ? (graph.level == "party" ? "Parties" : "Party") : "");
      }
      lines << font(style.PartyColor(parties[i]), "■") << " "
            << font(style.text_color, EscapeXml(Truncate(PartyName(graph, parties[i]), 40))) << "    ";
    }
    if (!parties.empty()) line_break();
    for (std::size_t i = 0; i < edge_keys.size(); ++i) {
      if (i % (per_line - 1) == 0) {
        if (i) line_break();
        heading(i == 0 ? "Relation" : "");
      }
      auto dash = edge_keys[i].find('-');
      const EdgeKindStyle& es = style.ForEdge(edge_keys[i].substr(0, dash),
                                              dash == std::string::npos ? "" : edge_keys[i].substr(dash + 1));
      std::string legend = es.legend.empty() ? edge_keys[i] : es.legend;
      lines << font(es.color, "<B>━━</B>") << " " << font(style.text_color, EscapeXml(legend)) << "    ";
    }
    if (!edge_keys.empty()) line_break();
    if (!node_kinds.empty()) {
      std::string kinds;
      for (const std::string& k : node_kinds) {
        const NodeKindStyle& ns = style.ForNodeKind(k);
        kinds += (kinds.empty() ? "" : "  ·  ") + (ns.legend.empty() ? k : ns.legend);
      }
      heading("Actor");
      lines << font(style.text_color, EscapeXml(kinds));
      line_break();
    }
    std::string notes = "line width: number of reports";
    if (any_planned) notes += "  ·  dashed: planned, not yet happened";
    if (!options.sizes.empty()) notes += "  ·  size: " + (options.size_by.empty() ? "measure" : options.size_by);
    if (!options.highlight_path.empty()) notes += "  ·  bold: the path, the rest faded";
    lines << font(style.muted_color, EscapeXml(notes));
    line_break();
    h << "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"" << fs << "\">" << lines.str()
      << "</FONT></TD></TR>";
  }
  h << "</TABLE>>";
  return h.str();
}

}  // namespace

std::string DefaultLayout(const ActorGraph& graph) {
  std::size_t n = boost::num_vertices(graph.g);
  if (n <= 40) return "dot";
  if (n <= 250) return "neato";
  return "sfdp";
}

std::string NodeElementId(const std::string& prefix, Vertex v) { return prefix + "-n" + std::to_string(v); }
std::string EdgeElementId(const std::string& prefix, std::size_t edge_position) {
  return prefix + "-e" + std::to_string(edge_position);
}

std::pair<std::string, std::string> DateRange(const ActorGraph& graph) {
  std::string first, last;
  for (auto [e, end] = boost::edges(graph.g); e != end; ++e) {
    const RelationEdge& r = graph.g[*e];
    if (!r.first_date.empty() && (first.empty() || r.first_date < first)) first = r.first_date;
    if (!r.last_date.empty() && (last.empty() || r.last_date > last)) last = r.last_date;
  }
  return {first, last};
}

bool IsDrawn(const RelationEdge& edge) {
  if (edge.modalities.empty()) return true;
  for (const std::string& m : edge.modalities) {
    if (m == "asserted" || m == "planned") return true;
  }
  return false;
}

std::string BuildDot(const ActorGraph& graph, const Style& style, const DiagramOptions& options) {
  const std::string layout = options.layout.empty() ? DefaultLayout(graph) : options.layout;
  const std::size_t n = boost::num_vertices(graph.g);
  const std::string prefix = Slug(options.id_prefix);

  // What is in the picture, for the legend.
  std::set<std::string> party_set, edge_key_set, kind_set;
  bool any_planned = false;
  int max_count = 1;
  std::size_t drawn_edges = 0;
  for (auto [e, end] = boost::edges(graph.g); e != end; ++e) {
    const RelationEdge& r = graph.g[*e];
    if (!IsDrawn(r)) continue;
    ++drawn_edges;
    edge_key_set.insert(Style::EdgeStyleKey(r.kind, r.stance));
    max_count = std::max(max_count, r.count);
    bool asserted = r.modalities.empty() ||
                    std::find(r.modalities.begin(), r.modalities.end(), "asserted") != r.modalities.end();
    if (!asserted) any_planned = true;
  }
  for (auto [v, end] = boost::vertices(graph.g); v != end; ++v) {
    party_set.insert(graph.g[*v].party);
    kind_set.insert(graph.g[*v].kind);
  }
  party_set.erase("");
  // Legend order: parties with most actors first, then by id.
  std::vector<std::string> parties(party_set.begin(), party_set.end());
  std::map<std::string, int> members;
  for (auto [v, end] = boost::vertices(graph.g); v != end; ++v) ++members[graph.g[*v].party];
  std::stable_sort(parties.begin(), parties.end(),
                   [&](const std::string& a, const std::string& b) { return members[a] > members[b]; });
  // Relation kinds in the order of the style file's meaning, not alphabetical.
  static const std::vector<std::string> kKindOrder = {
      "mediate", "meet", "visit", "propose", "respond", "respond-accept", "respond-reject",
      "respond-mixed", "urge", "criticize", "support", "attack"};
  std::vector<std::string> edge_keys;
  for (const std::string& k : kKindOrder) {
    if (edge_key_set.erase(k)) edge_keys.push_back(k);
  }
  edge_keys.insert(edge_keys.end(), edge_key_set.begin(), edge_key_set.end());
  std::vector<std::string> node_kinds;
  for (const char* k : {"country", "organization", "person", "group"}) {
    if (kind_set.erase(k)) node_kinds.push_back(k);
  }
  node_kinds.insert(node_kinds.end(), kind_set.begin(), kind_set.end());

  std::string title = !options.title.empty() ? options.title
                      : !graph.title.empty() ? graph.title
                                             : "Actor relations";
  std::string subtitle = options.subtitle;
  if (subtitle.empty()) {
    auto [first, last] = DateRange(graph);
    if (!first.empty()) subtitle = first == last ? first : first + " to " + last;
    subtitle += (subtitle.empty() ? "" : "  ·  ") + std::to_string(n) +
                (graph.level == "party" ? " parties, " : " actors, ") + std::to_string(drawn_edges) +
                " relations";
  }

  // Highlighted path: its actors, and consecutive pairs (either direction).
  std::set<std::string> path_nodes(options.highlight_path.begin(), options.highlight_path.end());
  std::set<std::pair<std::string, std::string>> path_pairs;
  for (std::size_t i = 0; i + 1 < options.highlight_path.size(); ++i) {
    path_pairs.insert({options.highlight_path[i], options.highlight_path[i + 1]});
    path_pairs.insert({options.highlight_path[i + 1], options.highlight_path[i]});
  }
  const bool highlighting = !options.highlight_path.empty();

  double max_size = 0;
  for (const auto& [id, value] : options.sizes) max_size = std::max(max_size, value);

  std::ostringstream dot;
  dot << "digraph " << QuoteDotId(prefix) << " {\n";
  dot << "  graph [" << Raw("id", prefix) << ", " << Raw("fontname", EscapeDotString(style.fontname))
      << ", " << Raw("bgcolor", style.background) << ", pad=\"0.3\", outputorder=\"edgesfirst\", "
      << "labelloc=\"t\", labeljust=\"l\", size=\"40,40\"";
  if (layout == "dot") {
    dot << ", " << Raw("rankdir", options.rankdir == "TB" ? "TB" : "LR")
        << ", nodesep=\"0.35\", ranksep=\"0.7\", splines=\"true\", newrank=\"true\"";
  } else if (layout == "twopi") {
    dot << ", ranksep=\"1.6\", overlap=\"prism\", splines=\"true\"";
    if (!options.root.empty()) dot << ", " << Raw("root", EscapeDotString(options.root));
  } else if (layout == "circo") {
    dot << ", mindist=\"0.8\", splines=\"true\"";
  } else {
    // neato, fdp, sfdp: a fixed seed for the same picture every run; spline
    // routing only on small graphs (it dominates layout time on large ones).
    dot << ", " << Raw("start", std::to_string(options.seed)) << ", overlap=\"prism\", sep=\"+14\""
        << ", " << Raw("splines", n <= 150 ? "true" : "line");
    if (layout == "fdp") dot << ", K=\"1.1\"";
    if (layout == "neato") dot << ", mode=\"major\"";
  }
  if (options.legend || !title.empty()) {
    dot << ",\n    label=" << HeaderLabel(graph, style, options, title, subtitle, parties, edge_keys,
                                          node_kinds, any_planned);
  }
  dot << "];\n";
  dot << "  node [" << Raw("fontname", EscapeDotString(style.fontname)) << ", "
      << Raw("fontsize", Num(style.fontsize)) << ", " << Raw("fontcolor", style.text_color) << ", "
      << Raw("penwidth", Num(style.node_penwidth)) << ", margin=\"0.12,0.05\"];\n";
  dot << "  edge [" << Raw("fontname", EscapeDotString(style.fontname)) << ", "
      << Raw("fontsize", Num(style.legend_fontsize)) << ", " << Raw("arrowsize", Num(style.arrowsize))
      << "];\n";

  auto node_line = [&](Vertex v) {
    const ActorVertex& a = graph.g[v];
    const NodeKindStyle& ns = style.ForNodeKind(a.kind);
    std::string color = style.PartyColor(a.party);
    std::string fill = Lighten(color, style.fill_lightness);
    std::string font_color = style.text_color;
    std::string line_color = color;
    double penwidth = style.node_penwidth;
    if (highlighting) {
      if (path_nodes.count(a.id)) {
        line_color = style.highlight_color;
        penwidth = style.node_penwidth * 2.2;
      } else {
        fill = Lighten(color, 0.88);
        line_color = Lighten(color, 0.6);
        font_color = Lighten(style.text_color, 0.6);
      }
    }
    double scale = 0;
    auto sit = options.sizes.find(a.id);
    if (max_size > 0 && sit != options.sizes.end() && sit->second > 0) scale = std::sqrt(sit->second / max_size);
    double width = style.node_min_width * (1 + (style.node_max_scale - 1) * scale);
    std::vector<std::string> label_lines = SplitLines(WrapWords(DisplayName(a), style.label_wrap, "\n"));
    std::vector<std::string> tip = {DisplayName(a) + (a.id != DisplayName(a) ? " (" + a.id + ")" : ""),
                                    a.kind + (a.party.empty() ? "" : ", party " + a.party)};
    if (sit != options.sizes.end()) tip.push_back(options.size_by + ": " + Num(sit->second));
    std::string cls = "actor party-" + Slug(a.party) + " kind-" + Slug(a.kind);
    if (path_nodes.count(a.id)) cls += " on-path";
    std::ostringstream s;
    s << QuoteDotId(a.id) << " [" << Raw("id", NodeElementId(prefix, v)) << ", " << Raw("class", cls)
      << ", label=\"" << MultiLine(label_lines) << "\", tooltip=\"" << MultiLine(tip) << "\", "
      << Raw("shape", ns.shape) << ", " << Raw("style", ns.style) << ", " << Raw("fillcolor", fill)
      << ", " << Raw("color", line_color) << ", " << Raw("fontcolor", font_color) << ", "
      << Raw("penwidth", Num(penwidth)) << ", " << Raw("width", Num(width)) << ", "
      << Raw("height", Num(width * 0.5)) << ", "
      << Raw("fontsize", Num(style.fontsize * (1 + 0.35 * scale)));
    if (highlighting && path_nodes.count(a.id)) s << ", " << Raw("fontname", EscapeDotString(style.fontname + " Bold"));
    s << "];\n";
    return s.str();
  };

  // Per-party clusters at actor level, for engines that draw them.
  const bool clusters = options.clusters && graph.level != "party" && EngineDrawsClusters(layout);
  std::map<std::string, std::vector<Vertex>> by_party;
  for (auto [v, end] = boost::vertices(graph.g); v != end; ++v) by_party[graph.g[*v].party].push_back(*v);
  int cluster_index = 0;
  for (const auto& [party, vs] : by_party) {
    bool boxed = clusters && !party.empty() && vs.size() >= 2;
    std::string indent = boxed ? "    " : "  ";
    if (boxed) {
      std::string color = style.PartyColor(party);
      dot << "  subgraph " << QuoteDotId("cluster_" + std::to_string(cluster_index)) << " {\n"
          << "    graph [" << Raw("id", prefix + "-c" + std::to_string(cluster_index)) << ", "
          << Attr("label", PartyName(graph, party)) << ", style=\"rounded,filled\", "
          << Raw("fillcolor", style.cluster_fill) << ", " << Raw("color", Lighten(color, 0.4)) << ", "
          << Raw("fontcolor", style.muted_color) << ", " << Raw("fontsize", Num(style.legend_fontsize))
          << ", labeljust=\"l\", labelloc=\"t\", margin=\"10\"];\n";
      ++cluster_index;
    }
    for (Vertex v : vs) dot << indent << node_line(v);
    if (boxed) dot << "  }\n";
  }

  std::size_t position = 0;
  for (auto [e, end] = boost::edges(graph.g); e != end; ++e, ++position) {
    const RelationEdge& r = graph.g[*e];
    if (!IsDrawn(r)) continue;
    const ActorVertex& s = graph.g[boost::source(*e, graph.g)];
    const ActorVertex& t = graph.g[boost::target(*e, graph.g)];
    const EdgeKindStyle& es = style.ForEdge(r.kind, r.stance);
    bool asserted = r.modalities.empty() ||
                    std::find(r.modalities.begin(), r.modalities.end(), "asserted") != r.modalities.end();
    std::string line_style = asserted ? es.style : style.planned_style;
    double penwidth = style.edge_min_penwidth;
    if (max_count > 1) {
      penwidth += (style.edge_max_penwidth - style.edge_min_penwidth) *
                  std::log(static_cast<double>(std::max(r.count, 1))) / std::log(static_cast<double>(max_count));
    }
    std::string color = es.color;
    bool on_path = path_pairs.count({s.id, t.id}) > 0;
    std::string label;
    if (highlighting) {
      if (on_path) {
        penwidth = std::max(penwidth, style.edge_max_penwidth * 0.75);
        label = es.legend.empty() ? r.kind : es.legend;
      } else {
        color = style.faded_color;
      }
    }
    std::string cls = "relation kind-" + Slug(Style::EdgeStyleKey(r.kind, r.stance));
    if (on_path && highlighting) cls += " on-path";
    dot << "  " << QuoteDotId(s.id) << " -> " << QuoteDotId(t.id) << " ["
        << Raw("id", EdgeElementId(prefix, position)) << ", " << Raw("class", cls) << ", "
        << Raw("color", color) << ", " << Raw("style", line_style) << ", " << Raw("penwidth", Num(penwidth))
        << ", " << Raw("arrowhead", es.arrowhead) << ", tooltip=\"" << EdgeTooltip(graph, *e, options.max_evidence_in_tooltip)
        << "\"";
    if (IsSymmetricKind(r.kind)) dot << ", dir=\"none\"";
    if (!label.empty()) dot << ", " << Attr("label", label) << ", " << Raw("fontcolor", style.text_color);
    dot << "];\n";
  }
  dot << "}\n";
  return dot.str();
}

}  // namespace actorgraph
