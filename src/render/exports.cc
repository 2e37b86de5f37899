#include "render/exports.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "graph/import.h"
#include "core/escape.h"

namespace actorgraph {
namespace {

std::string Num(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::string Join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
  return out;
}

int HexByte(const std::string& color, int i) { return std::stoi(color.substr(1 + 2 * i, 2), nullptr, 16); }

}  // namespace

const std::vector<std::string>& SizeMeasureNames() {
  static const std::vector<std::string> kNames = {"degree",   "strength",    "betweenness", "closeness", "harmonic",
                                                  "eigenvector", "pagerank", "constraint",  "brokerage"};
  return kNames;
}

MeasureColumns MeasureColumnsOf(const CentralityReport& report) {
  auto has = [&](const char* m) {
    return std::find(report.measures.begin(), report.measures.end(), m) != report.measures.end();
  };
  MeasureColumns out;
  for (const CentralityRow& r : report.rows) {
    if (has("degree")) {
      out["degree"][r.id] = r.degree;
      out["strength"][r.id] = r.strength;
    }
    if (has("betweenness")) out["betweenness"][r.id] = r.betweenness;
    if (has("closeness")) out["closeness"][r.id] = r.closeness;
    if (has("harmonic")) out["harmonic"][r.id] = r.harmonic;
    if (has("eigenvector")) out["eigenvector"][r.id] = r.eigenvector;
    if (has("pagerank")) out["pagerank"][r.id] = r.pagerank;
    if (has("constraint")) out["constraint"][r.id] = r.constraint;
    if (has("brokerage")) out["brokerage"][r.id] = static_cast<double>(r.brokerage.total());
  }
  return out;
}

void WriteGexf(const ActorGraph& graph, const Style& style, const ExportOptions& options, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
         "version=\"1.2\">\n"
      << "  <meta>\n    <creator>actorgraph</creator>\n";
  if (!graph.title.empty()) out << "    <description>" << EscapeXml(graph.title) << "</description>\n";
  out << "  </meta>\n"
      << "  <graph mode=\"static\" defaultedgetype=\"" << (graph.directed ? "directed" : "undirected") << "\">\n";
  // Attribute declarations: fixed ones, then one per measure (ids n0.., e0..).
  out << "    <attributes class=\"node\">\n"
      << "      <attribute id=\"n0\" title=\"name\" type=\"string\"/>\n"
      << "      <attribute id=\"n1\" title=\"actor_kind\" type=\"string\"/>\n"
      << "      <attribute id=\"n2\" title=\"party\" type=\"string\"/>\n";
  int next = 3;
  std::map<std::string, std::string> measure_ids;
  for (const auto& [name, values] : options.measures) {
    std::string id = "n" + std::to_string(next++);
    measure_ids[name] = id;
    std::string title = name == "type" ? "measure_type" : name;
    out << "      <attribute id=\"" << id << "\" title=\"" << EscapeXml(title) << "\" type=\"double\"/>\n";
  }
  out << "    </attributes>\n"
      << "    <attributes class=\"edge\">\n"
      << "      <attribute id=\"e0\" title=\"relation\" type=\"string\"/>\n"
      << "      <attribute id=\"e1\" title=\"stance\" type=\"string\"/>\n"
      << "      <attribute id=\"e2\" title=\"count\" type=\"integer\"/>\n"
      << "      <attribute id=\"e3\" title=\"first_date\" type=\"string\"/>\n"
      << "      <attribute id=\"e4\" title=\"last_date\" type=\"string\"/>\n"
      << "      <attribute id=\"e5\" title=\"modalities\" type=\"string\"/>\n"
      << "      <attribute id=\"e6\" title=\"evidence\" type=\"string\"/>\n"
      << "    </attributes>\n";

  double max_size = 0;
  auto size_it = options.measures.find(options.size_by);
  if (size_it != options.measures.end()) {
    for (const auto& [id, v] : size_it->second) max_size = std::max(max_size, v);
  }
  out << "    <nodes>\n";
  for (auto [v, end] = boost::vertices(graph.g); v != end; ++v) {
    const ActorVertex& a = graph.g[*v];
    std::string label = a.name.empty() ? a.id : a.name;
    out << "      <node id=\"" << EscapeXml(a.id) << "\" label=\"" << EscapeXml(label) << "\">\n"
        << "        <attvalues>\n"
        << "          <attvalue for=\"n0\" value=\"" << EscapeXml(label) << "\"/>\n"
        << "          <attvalue for=\"n1\" value=\"" << EscapeXml(a.kind) << "\"/>\n"
        << "          <attvalue for=\"n2\" value=\"" << EscapeXml(a.party) << "\"/>\n";
    for (const auto& [name, values] : options.measures) {
      auto it = values.find(a.id);
      if (it == values.end() || !std::isfinite(it->second)) continue;
      out << "          <attvalue for=\"" << measure_ids[name] << "\" value=\"" << Num(it->second) << "\"/>\n";
    }
    out << "        </attvalues>\n";
    std::string color = style.PartyColor(a.party);
    out << "        <viz:color r=\"" << HexByte(color, 0) << "\" g=\"" << HexByte(color, 1) << "\" b=\""
        << HexByte(color, 2) << "\"/>\n";
    double size = 10;
    if (max_size > 0) {
      auto it = size_it->second.find(a.id);
      double s = it == size_it->second.end() ? 0 : it->second / max_size;
      size = 10 + 30 * std::sqrt(std::max(0.0, s));
    }
    out << "        <viz:size value=\"" << Num(size) << "\"/>\n"
        << "      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  std::size_t position = 0;
  for (auto [e, end] = boost::edges(graph.g); e != end; ++e, ++position) {
    const RelationEdge& r = graph.g[*e];
    const ActorVertex& s = graph.g[boost::source(*e, graph.g)];
    const ActorVertex& t = graph.g[boost::target(*e, graph.g)];
    out << "      <edge id=\"e" << position << "\" source=\"" << EscapeXml(s.id) << "\" target=\""
        << EscapeXml(t.id) << "\" kind=\"" << EscapeXml(r.kind) << "\" label=\"" << EscapeXml(r.kind)
        << "\" weight=\"" << Num(r.weight) << "\"";
    if (graph.directed && IsSymmetricKind(r.kind)) out << " type=\"mutual\"";
    out << ">\n        <attvalues>\n"
        << "          <attvalue for=\"e0\" value=\"" << EscapeXml(r.kind) << "\"/>\n"
        << "          <attvalue for=\"e1\" value=\"" << EscapeXml(r.stance) << "\"/>\n"
        << "          <attvalue for=\"e2\" value=\"" << r.count << "\"/>\n"
        << "          <attvalue for=\"e3\" value=\"" << EscapeXml(r.first_date) << "\"/>\n"
        << "          <attvalue for=\"e4\" value=\"" << EscapeXml(r.last_date) << "\"/>\n"
        << "          <attvalue for=\"e5\" value=\"" << EscapeXml(Join(r.modalities, ",")) << "\"/>\n"
        << "          <attvalue for=\"e6\" value=\"" << EscapeXml(EvidenceToJson(r.evidence)) << "\"/>\n"
        << "        </attvalues>\n";
    std::string color = style.ForEdge(r.kind, r.stance).color;
    out << "        <viz:color r=\"" << HexByte(color, 0) << "\" g=\"" << HexByte(color, 1) << "\" b=\""
        << HexByte(color, 2) << "\"/>\n"
        << "      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

void WriteNodesCsv(const ActorGraph& graph, const ExportOptions& options, std::ostream& out) {
  out << "id,name,kind,party,out_ties,in_ties";
  for (const auto& [name, values] : options.measures) out << "," << CsvCell(name);
  out << "\n";
  for (auto [v, end] = boost::vertices(graph.g); v != end; ++v) {
    const ActorVertex& a = graph.g[*v];
    out << CsvCell(a.id) << "," << CsvCell(a.name) << "," << CsvCell(a.kind) << "," << CsvCell(a.party)
        << "," << boost::out_degree(*v, graph.g) << "," << boost::in_degree(*v, graph.g);
    for (const auto& [name, values] : options.measures) {
      auto it = values.find(a.id);
      out << ",";
      if (it != values.end() && std::isfinite(it->second)) out << Num(it->second);
    }
    out << "\n";
  }
}

void WriteEdgesCsv(const ActorGraph& graph, std::ostream& out) {
  out << "source,target,source_name,target_name,kind,stance,count,weight,first_date,last_date,"
         "modalities,evidence_count\n";
  for (auto [e, end] = boost::edges(graph.g); e != end; ++e) {
    const RelationEdge& r = graph.g[*e];
    const ActorVertex& s = graph.g[boost::source(*e, graph.g)];
    const ActorVertex& t = graph.g[boost::target(*e, graph.g)];
    out << CsvCell(s.id) << "," << CsvCell(t.id) << "," << CsvCell(s.name) << "," << CsvCell(t.name) << ","
        << CsvCell(r.kind) << "," << CsvCell(r.stance) << "," << r.count << "," << Num(r.weight) << ","
        << CsvCell(r.first_date) << "," << CsvCell(r.last_date) << "," << CsvCell(Join(r.modalities, ";"))
        << "," << r.evidence.size() << "\n";
  }
}

void WriteEvidenceCsv(const ActorGraph& graph, std::ostream& out) {
  out << "source,target,kind,stance,doc,sentence,date,rule,evidence\n";
  for (auto [e, end] = boost::edges(graph.g); e != end; ++e) {
    const RelationEdge& r = graph.g[*e];
    const ActorVertex& s = graph.g[boost::source(*e, graph.g)];
    const ActorVertex& t = graph.g[boost::target(*e, graph.g)];
    for (const EvidenceRef& ev : r.evidence) {
      out << CsvCell(s.id) << "," << CsvCell(t.id) << "," << CsvCell(r.kind) << "," << CsvCell(r.stance) << ","
          << CsvCell(ev.doc) << "," << ev.sentence << "," << CsvCell(ev.date) << "," << CsvCell(ev.rule) << ","
          << CsvCell(ev.text) << "\n";
    }
  }
}

void WriteCentralityCsv(const CentralityReport& report, std::ostream& out) {
  out << "id,name,party,in_degree,out_degree,degree,strength,betweenness,betweenness_undirected,closeness,"
         "harmonic,eigenvector,pagerank,constraint,effective_size\n";
  auto has = [&](const char* m) {
    return std::find(report.measures.begin(), report.measures.end(), m) != report.measures.end();
  };
  auto cell = [&](const char* measure, double v) {
    out << ",";
    if (has(measure) && std::isfinite(v)) out << Num(v);
  };
  for (const CentralityRow& r : report.rows) {
    out << CsvCell(r.id) << "," << CsvCell(r.name) << "," << CsvCell(r.party);
    cell("degree", r.in_degree);
    cell("degree", r.out_degree);
    cell("degree", r.degree);
    cell("degree", r.strength);
    cell("betweenness", r.betweenness);
    cell("betweenness-undirected", r.betweenness_undirected);
    cell("closeness", r.closeness);
    cell("harmonic", r.harmonic);
    cell("eigenvector", r.eigenvector);
    cell("pagerank", r.pagerank);
    cell("constraint", r.constraint);
    cell("constraint", r.effective_size);
    out << "\n";
  }
}

void WriteBrokerageCsv(const CentralityReport& report, std::ostream& out) {
  out << "id,name,party,coordinator,itinerant,gatekeeper,representative,liaison,total\n";
  for (const CentralityRow& r : report.rows) {
    const BrokerageRoles& b = r.brokerage;
    out << CsvCell(r.id) << "," << CsvCell(r.name) << "," << CsvCell(r.party) << "," << b.coordinator << ","
        << b.itinerant << "," << b.gatekeeper << "," << b.representative << "," << b.liaison << "," << b.total()
        << "\n";
  }
}

void WritePajek(const ActorGraph& graph, std::ostream& out) {
  out << "*Network " << PajekLabel(graph.title.empty() ? "actorgraph" : graph.title) << "\n";
  out << "*Vertices " << boost::num_vertices(graph.g) << "\n";
  for (auto [v, end] = boost::vertices(graph.g); v != end; ++v) {
    const ActorVertex& a = graph.g[*v];
    out << (*v + 1) << " " << PajekLabel(a.name.empty() ? a.id : a.name) << "\n";
  }
  for (bool symmetric : {false, true}) {
    bool header = false;
    for (auto [e, end] = boost::edges(graph.g); e != end; ++e) {
      const RelationEdge& r = graph.g[*e];
      bool sym = !graph.directed || IsSymmetricKind(r.kind);
      if (sym != symmetric) continue;
      if (!header) {
        out << (symmetric ? "*Edges\n" : "*Arcs\n");
        header = true;
      }
      out << (boost::source(*e, graph.g) + 1) << " " << (boost::target(*e, graph.g) + 1) << " " << Num(r.weight)
          << " l " << PajekLabel(Style::EdgeStyleKey(r.kind, r.stance)) << "\n";
    }
  }
}

}  // namespace actorgraph
