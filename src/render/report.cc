#include "render/report.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/embedded.h"
#include "render/diagram.h"
#include "core/escape.h"

namespace actorgraph {
namespace {

std::string Fixed(double v, int digits = 3) {
  if (!std::isfinite(v)) return "";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string Name(const ActorVertex& a) { return a.name.empty() ? a.id : a.name; }

// The SVG without its XML prolog and DOCTYPE, for inlining in HTML.
std::string InlineSvg(const std::string& svg) {
  std::size_t start = svg.find("<svg");
  return start == std::string::npos ? std::string() : svg.substr(start);
}

// Fills {{name}} placeholders in one pass, so inserted text is never scanned again.
std::string Fill(std::string_view tmpl, const std::map<std::string, std::string>& values) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    std::size_t open = tmpl.find("{{", pos);
    if (open == std::string_view::npos) break;
    std::size_t close = tmpl.find("}}", open);
    if (close == std::string_view::npos) break;
    out.append(tmpl.substr(pos, open - pos));
    auto it = values.find(std::string(tmpl.substr(open + 2, close - open - 2)));
    if (it != values.end()) out += it->second;
    pos = close + 2;
  }
  out.append(tmpl.substr(pos));
  return out;
}

nlohmann::json EdgeJson(const ActorGraph& g, Edge e) {
  const RelationEdge& r = g.g[e];
  nlohmann::json evidence = nlohmann::json::array();
  for (const EvidenceRef& ev : r.evidence) {
    evidence.push_back({{"doc", ev.doc}, {"sentence", ev.sentence}, {"date", ev.date}, {"text", CleanText(ev.text)}});
  }
  bool asserted = r.modalities.empty();
  for (const std::string& m : r.modalities) asserted = asserted || m == "asserted";
  std::string label = r.kind + (r.stance.empty() ? "" : " (" + r.stance + ")");
  return {{"source", CleanText(Name(g.g[boost::source(e, g.g)]))},
          {"target", CleanText(Name(g.g[boost::target(e, g.g)]))},
          {"label", CleanText(label)},
          {"symmetric", IsSymmetricKind(r.kind)},
          {"planned", !asserted},
          {"count", r.count},
          {"evidence", evidence}};
}

void TableHead(std::ostringstream& h, const std::vector<std::pair<std::string, bool>>& columns) {
  h << "<table class=\"sortable\"><thead><tr>";
  for (const auto& [name, numeric] : columns) h << "<th" << (numeric ? " class=\"num\"" : "") << ">" << name << "</th>";
  h << "</tr></thead><tbody>\n";
}

void Cell(std::ostringstream& h, const std::string& text) { h << "<td>" << EscapeXml(text) << "</td>"; }
void NumCell(std::ostringstream& h, const std::string& text) { h << "<td class=\"num\">" << text << "</td>"; }

}  // namespace

Result<std::string> BuildReportHtml(const ReportInput& input) {
  auto tmpl = FindEmbedded("graphs/report/report.html");
  auto css = FindEmbedded("graphs/report/report.css");
  auto js = FindEmbedded("graphs/report/report.js");
  if (!tmpl || !css || !js) return Status::Internal("the report template (graphs/report/) is not embedded");

  nlohmann::json data = {{"nodes", nlohmann::json::object()},
                         {"edges", nlohmann::json::object()},
                         {"documents", nlohmann::json::object()}};
  if (input.corpus) {
    for (const Document& d : input.corpus->documents) {
      data["documents"][CleanText(d.id)] = {{"title", CleanText(d.title)}, {"date", CleanText(d.date)},
                                            {"outlet", CleanText(d.outlet)}};
    }
  }

  std::ostringstream diagrams, nav;
  for (const ReportDiagram& d : input.diagrams) {
    const std::string prefix = Slug(d.id_prefix);
    if (d.graph) {
      const ActorGraph& g = *d.graph;
      std::map<Vertex, std::vector<std::string>> incident;
      std::size_t position = 0;
      for (auto [e, end] = boost::edges(g.g); e != end; ++e, ++position) {
        if (!IsDrawn(g.g[*e])) continue;
        std::string id = EdgeElementId(prefix, position);
        data["edges"][id] = EdgeJson(g, *e);
        incident[boost::source(*e, g.g)].push_back(id);
        incident[boost::target(*e, g.g)].push_back(id);
      }
      for (auto [v, end] = boost::vertices(g.g); v != end; ++v) {
        const ActorVertex& a = g.g[*v];
        data["nodes"][NodeElementId(prefix, *v)] = {{"name", CleanText(Name(a))}, {"kind", CleanText(a.kind)},
                                                    {"party", CleanText(a.party)}, {"edges", incident[*v]}};
      }
    }
    nav << "<a href=\"#fig-" << prefix << "\">" << EscapeXml(d.title) << "</a>";
    diagrams << "<figure id=\"fig-" << prefix << "\"><h2>" << EscapeXml(d.title) << "</h2><figcaption>"
             << EscapeXml(d.caption);
    if (!d.files.empty()) {
      diagrams << " <span class=\"downloads\">(";
      for (std::size_t i = 0; i < d.files.size(); ++i) {
        diagrams << (i ? ", " : "") << "<a href=\"" << EscapeXml(d.files[i]) << "\">" << EscapeXml(d.files[i]) << "</a>";
      }
      diagrams << ")</span>";
    }
    diagrams << "</figcaption>\n" << InlineSvg(d.svg) << "</figure>\n";
  }

  std::ostringstream tables;
  if (input.centrality && !input.centrality->rows.empty()) {
    const CentralityReport& c = *input.centrality;
    nav << "<a href=\"#centrality\">Centrality</a><a href=\"#brokerage\">Brokerage</a>";
    tables << "<section id=\"centrality\"><h2>Centrality</h2><p class=\"hint\">Click a column to sort. "
              "Betweenness and closeness are normalised as in NetworkX; "
           << c.vertices << " actors, " << c.edges << " edges.</p>\n";
    TableHead(tables, {{"Actor", false}, {"Party", false}, {"Degree", true}, {"In", true}, {"Out", true},
                       {"Strength", true}, {"Betweenness", true}, {"Closeness", true}, {"Harmonic", true},
                       {"Eigenvector", true}, {"PageRank", true}, {"Constraint", true}});
    for (const CentralityRow& r : c.rows) {
      tables << "<tr>";
      Cell(tables, r.name.empty() ? r.id : r.name);
      Cell(tables, r.party);
      NumCell(tables, std::to_string(r.degree));
      NumCell(tables, std::to_string(r.in_degree));
      NumCell(tables, std::to_string(r.out_degree));
      NumCell(tables, Fixed(r.strength, 0));
      NumCell(tables, Fixed(r.betweenness));
      NumCell(tables, Fixed(r.closeness));
      NumCell(tables, Fixed(r.harmonic, 2));
      NumCell(tables, Fixed(r.eigenvector));
      NumCell(tables, Fixed(r.pagerank));
      NumCell(tables, Fixed(r.constraint));
      tables << "</tr>\n";
    }
    tables << "</tbody></table></section>\n";
    tables << "<section id=\"brokerage\"><h2>Brokerage</h2><p class=\"hint\">Gould–Fernandez roles: open two-paths "
              "a → actor → c counted by the parties of a, the actor and c.</p>\n";
    TableHead(tables, {{"Actor", false}, {"Party", false}, {"Coordinator", true}, {"Itinerant", true},
                       {"Gatekeeper", true}, {"Representative", true}, {"Liaison", true}, {"Total", true}});
    for (const CentralityRow& r : c.rows) {
      tables << "<tr>";
      Cell(tables, r.name.empty() ? r.id : r.name);
      Cell(tables, r.party);
      for (long v : {r.brokerage.coordinator, r.brokerage.itinerant, r.brokerage.gatekeeper,
                     r.brokerage.representative, r.brokerage.liaison, r.brokerage.total()}) {
        NumCell(tables, std::to_string(v));
      }
      tables << "</tr>\n";
    }
    tables << "</tbody></table></section>\n";
  }
  if (input.graph) {
    const ActorGraph& g = *input.graph;
    nav << "<a href=\"#relations\">Relations</a>";
    tables << "<section id=\"relations\"><h2>Relations and their evidence</h2>\n";
    TableHead(tables, {{"Source", false}, {"Relation", false}, {"Target", false}, {"Reports", true},
                       {"Dates", false}, {"Evidence", false}});
    for (auto [e, end] = boost::edges(g.g); e != end; ++e) {
      const RelationEdge& r = g.g[*e];
      tables << "<tr>";
      Cell(tables, Name(g.g[boost::source(*e, g.g)]));
      bool asserted = r.modalities.empty();
      for (const std::string& m : r.modalities) asserted = asserted || m == "asserted";
      Cell(tables, r.kind + (r.stance.empty() ? "" : " (" + r.stance + ")") + (asserted ? "" : ", planned"));
      Cell(tables, Name(g.g[boost::target(*e, g.g)]));
      NumCell(tables, std::to_string(r.count));
      Cell(tables, r.first_date == r.last_date ? r.first_date : r.first_date + " to " + r.last_date);
      tables << "<td><details><summary>" << r.evidence.size() << (r.evidence.size() == 1 ? " sentence" : " sentences")
             << "</summary>";
      for (const EvidenceRef& ev : r.evidence) {
        tables << "<div class=\"ev\"><q>" << EscapeXml(ev.text) << "</q><span class=\"src\">" << EscapeXml(ev.doc)
               << ", sentence " << ev.sentence << (ev.date.empty() ? "" : ", " + EscapeXml(ev.date)) << "</span></div>";
      }
      tables << "</details></td></tr>\n";
    }
    tables << "</tbody></table></section>\n";
  }
  if (input.corpus) {
    const Corpus& c = *input.corpus;
    nav << "<a href=\"#documents\">Documents</a>";
    tables << "<section id=\"documents\"><h2>Documents</h2><p class=\"hint\">" << c.documents.size() << " used, "
           << c.skipped.size() << " skipped.</p>\n";
    TableHead(tables, {{"Document", false}, {"Title", false}, {"Date", false}, {"Outlet", false}, {"Status", false}});
    for (const Document& d : c.documents) {
      tables << "<tr>";
      Cell(tables, d.id);
      Cell(tables, d.title);
      Cell(tables, d.date);
      Cell(tables, d.outlet);
      Cell(tables, "used");
      tables << "</tr>\n";
    }
    for (const Skipped& s : c.skipped) {
      tables << "<tr class=\"skipped\">";
      Cell(tables, s.origin);
      Cell(tables, "");
      Cell(tables, "");
      Cell(tables, "");
      Cell(tables, "skipped: " + s.reason);
      tables << "</tr>\n";
    }
    tables << "</tbody></table></section>\n";
  }
  if (!input.files.empty()) {
    tables << "<section id=\"files\"><h2>Files</h2><ul>\n";
    for (const ReportFile& f : input.files) {
      tables << "<li><a href=\"" << EscapeXml(f.name) << "\">" << EscapeXml(f.name) << "</a>: "
             << EscapeXml(f.description) << "</li>\n";
    }
    tables << "</ul></section>\n";
  }

  return Fill(*tmpl, {{"title", EscapeXml(input.title)},
                      {"summary", EscapeXml(input.summary)},
                      {"nav", nav.str()},
                      {"style", std::string(*css)},
                      {"script", std::string(*js)},
                      {"diagrams", diagrams.str()},
                      {"tables", tables.str()},
                      {"data", JsonForScript(data.dump())},
                      {"version", AG_VERSION}});
}

}  // namespace actorgraph
