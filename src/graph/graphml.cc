#include "graph/graphml.h"

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include "core/escape.h"
#include "graph/xml_text.h"

namespace actorgraph {
namespace {

namespace pt = boost::property_tree;

struct KeyDef {
  std::string id;
  std::string name;
  std::string type;  // GraphML attr.type
};

// Key definitions for one domain: our fixed attributes, then extras sorted.
std::vector<KeyDef> Keys(const std::string& prefix, const std::vector<std::pair<std::string, std::string>>& fixed,
                         const std::set<std::string>& extras) {
  std::vector<KeyDef> keys;
  for (const auto& [name, type] : fixed) keys.push_back({prefix + name, name, type});
  int i = 0;
  for (const std::string& name : extras) {
    bool clash = false;
    for (const auto& f : fixed) clash |= f.first == name;
    if (!clash) keys.push_back({prefix + "x" + std::to_string(i++), name, "string"});
  }
  return keys;
}

void WriteData(std::ostream& out, const std::vector<KeyDef>& keys, const AttributeMap& attrs,
               const char* indent) {
  for (const KeyDef& k : keys) {
    auto it = attrs.find(k.name);
    if (it == attrs.end() || it->second.empty()) continue;
    out << indent << "<data key=\"" << EscapeXml(k.id) << "\">" << EscapeXml(it->second) << "</data>\n";
  }
}

// The attributes of a node/edge/graph element: its <data> children by key
// name, then the key defaults it lacks.
AttributeMap DataOf(const pt::ptree& element, const std::map<std::string, KeyDef>& keys,
                    const std::map<std::string, std::string>& defaults) {
  AttributeMap attrs;
  for (const auto& [tag, child] : element) {
    if (tag != "data") continue;
    std::string key = child.get("<xmlattr>.key", "");
    auto it = keys.find(key);
    std::string name = it == keys.end() || it->second.name.empty() ? key : it->second.name;
    attrs[name] = child.data();
  }
  for (const auto& [name, value] : defaults) attrs.emplace(name, value);
  return attrs;
}

}  // namespace

void WriteGraphml(const ActorGraph& graph, std::ostream& out) {
  const ActorGraphBase& g = graph.g;
  std::set<std::string> vextra, eextra;
  for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi) {
    for (const auto& [k, v] : g[*vi].extra) vextra.insert(k);
  }
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
    for (const auto& [k, v] : g[*ei].extra) eextra.insert(k);
  }
  std::vector<KeyDef> gkeys = Keys("g_", {{"level", "string"}, {"title", "string"}}, {});
  std::vector<KeyDef> vkeys = Keys("v_", {{"name", "string"}, {"kind", "string"}, {"party", "string"}}, vextra);
  std::vector<KeyDef> ekeys = Keys("e_",
                                   {{"kind", "string"},
                                    {"stance", "string"},
                                    {"count", "int"},
                                    {"weight", "double"},
                                    {"first_date", "string"},
                                    {"last_date", "string"},
                                    {"modalities", "string"},
                                    {"evidence", "string"}},
                                   eextra);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  auto key_lines = [&out](const std::vector<KeyDef>& keys, const char* domain) {
    for (const KeyDef& k : keys) {
      out << "  <key id=\"" << EscapeXml(k.id) << "\" for=\"" << domain << "\" attr.name=\"" << EscapeXml(k.name)
          << "\" attr.type=\"" << k.type << "\"/>\n";
    }
  };
  key_lines(gkeys, "graph");
  key_lines(vkeys, "node");
  key_lines(ekeys, "edge");
  out << "  <graph id=\"G\" edgedefault=\"" << (graph.directed ? "directed" : "undirected") << "\">\n";
  WriteData(out, gkeys, {{"level", graph.level}, {"title", graph.title}}, "    ");
  for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi) {
    out << "    <node id=\"" << EscapeXml(g[*vi].id) << "\">\n";
    WriteData(out, vkeys, VertexAttributes(g[*vi]), "      ");
    out << "    </node>\n";
  }
  int n = 0;
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei, ++n) {
    out << "    <edge id=\"e" << n << "\" source=\"" << EscapeXml(g[boost::source(*ei, g)].id) << "\" target=\""
        << EscapeXml(g[boost::target(*ei, g)].id) << "\">\n";
    WriteData(out, ekeys, EdgeAttributes(g[*ei]), "      ");
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

Result<ImportedGraph> ReadGraphml(std::string_view bytes, std::string_view origin) {
  const std::string where(origin);
  pt::ptree tree;
  Status parsed = ParseXml(bytes, origin, &tree);
  if (!parsed.ok()) return parsed;
  auto root = tree.get_child_optional("graphml");
  if (!root) return Status::ParseError(where + ":1: not GraphML: no <graphml> root element");

  std::map<std::string, KeyDef> keys;
  std::map<std::string, std::map<std::string, std::string>> defaults;  // domain -> name -> value
  const pt::ptree* graph_element = nullptr;
  int graphs = 0;
  for (const auto& [tag, child] : *root) {
    if (tag == "key") {
      KeyDef k{child.get("<xmlattr>.id", ""), child.get(pt::ptree::path_type("<xmlattr>/attr.name", '/'), ""),
               child.get(pt::ptree::path_type("<xmlattr>/attr.type", '/'), "string")};
      if (k.name.empty()) k.name = k.id;
      std::string domain = child.get("<xmlattr>.for", "all");
      if (auto d = child.get_child_optional("default")) {
        for (const char* dom : {"node", "edge", "graph"}) {
          if (domain == dom || domain == "all") defaults[dom][k.name] = d->data();
        }
      }
      keys[k.id] = k;
    } else if (tag == "graph") {
      if (graphs++ == 0) graph_element = &child;
    }
  }
  if (!graph_element) return Status::ParseError(where + ":1: GraphML has no <graph> element");

  const std::string edgedefault = graph_element->get("<xmlattr>.edgedefault", "directed");
  GraphAssembler assembler(edgedefault != "undirected");
  if (graphs > 1) assembler.AddWarning(where + ": only the first of " + std::to_string(graphs) + " graphs was read");
  AttributeMap gattrs = DataOf(*graph_element, keys, defaults["graph"]);
  if (!gattrs["level"].empty()) assembler.set_level(gattrs["level"]);
  assembler.set_title(gattrs["title"]);

  int node_no = 0, edge_no = 0;
  bool nested_warned = false;
  for (const auto& [tag, child] : *graph_element) {
    if (tag == "node") {
      ++node_no;
      std::string id = child.get("<xmlattr>.id", "");
      if (id.empty()) {
        return Status::ParseError(where + ":" + std::to_string(NthTagLine(bytes, "<node", node_no)) +
                                  ": <node> without an id");
      }
      if (child.get_child_optional("graph") && !nested_warned) {
        assembler.AddWarning(where + ": nested graphs inside nodes are not supported and were ignored");
        nested_warned = true;
      }
      assembler.AddVertex(VertexFromAttributes(id, DataOf(child, keys, defaults["node"])));
    } else if (tag == "edge") {
      ++edge_no;
      std::string s = child.get("<xmlattr>.source", ""), t = child.get("<xmlattr>.target", "");
      std::string line = std::to_string(NthTagLine(bytes, "<edge", edge_no));
      if (s.empty() || t.empty()) {
        return Status::ParseError(where + ":" + line + ": <edge> needs both source and target");
      }
      auto e = EdgeFromAttributes(DataOf(child, keys, defaults["edge"]));
      if (!e.ok()) return Status::ParseError(where + ":" + line + ": " + e.status().message());
      assembler.AddEdge(s, t, std::move(e.value()));
    } else if (tag == "hyperedge") {
      return Status::Unsupported(where + ": GraphML hyperedges are not supported");
    }
  }
  return assembler.Finish();
}

}  // namespace actorgraph
