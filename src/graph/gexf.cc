#include "graph/gexf.h"

#include <map>
#include <string>

#include <boost/property_tree/ptree.hpp>

#include "graph/xml_text.h"

namespace actorgraph {
namespace {

namespace pt = boost::property_tree;

struct AttrDef {
  std::string title;
  std::string default_value;
};

// id -> definition, for one class ("node" or "edge").
using AttrDefs = std::map<std::string, AttrDef>;

AttributeMap AttValues(const pt::ptree& element, const AttrDefs& defs) {
  AttributeMap attrs;
  if (auto values = element.get_child_optional("attvalues")) {
    for (const auto& [tag, av] : *values) {
      if (tag != "attvalue") continue;
      std::string id = av.get("<xmlattr>.for", av.get("<xmlattr>.id", ""));
      auto it = defs.find(id);
      attrs[it == defs.end() ? id : it->second.title] = av.get("<xmlattr>.value", "");
    }
  }
  for (const auto& [id, def] : defs) {
    if (!def.default_value.empty()) attrs.emplace(def.title, def.default_value);
  }
  return attrs;
}

}  // namespace

Result<ImportedGraph> ReadGexf(std::string_view bytes, std::string_view origin) {
  const std::string where(origin);
  pt::ptree tree;
  Status parsed = ParseXml(bytes, origin, &tree);
  if (!parsed.ok()) return parsed;
  auto graph = tree.get_child_optional("gexf.graph");
  if (!graph) return Status::ParseError(where + ":1: not GEXF: no <gexf><graph> element");

  std::map<std::string, AttrDefs> defs;  // class -> defs
  for (const auto& [tag, child] : *graph) {
    if (tag != "attributes") continue;
    std::string cls = child.get("<xmlattr>.class", "node");
    for (const auto& [atag, a] : child) {
      if (atag != "attribute") continue;
      AttrDef def{a.get("<xmlattr>.title", a.get("<xmlattr>.id", "")), a.get("default", "")};
      defs[cls][a.get("<xmlattr>.id", "")] = def;
    }
  }

  const bool directed = graph->get("<xmlattr>.defaultedgetype", "undirected") != "undirected";
  GraphAssembler assembler(directed);
  if (auto meta = tree.get_child_optional("gexf.meta.description")) assembler.set_title(meta->data());

  int node_no = 0, edge_no = 0;
  if (auto nodes = graph->get_child_optional("nodes")) {
    for (const auto& [tag, n] : *nodes) {
      if (tag != "node") continue;
      ++node_no;
      std::string id = n.get("<xmlattr>.id", "");
      if (id.empty()) {
        return Status::ParseError(where + ":" + std::to_string(NthTagLine(bytes, "<node ", node_no)) +
                                  ": <node> without an id");
      }
      AttributeMap attrs = AttValues(n, defs["node"]);
      std::string label = n.get("<xmlattr>.label", "");
      if (!label.empty()) attrs.emplace("label", label);
      assembler.AddVertex(VertexFromAttributes(id, attrs));
    }
  }
  if (auto edges = graph->get_child_optional("edges")) {
    for (const auto& [tag, e] : *edges) {
      if (tag != "edge") continue;
      ++edge_no;
      std::string line = std::to_string(NthTagLine(bytes, "<edge ", edge_no));
      std::string s = e.get("<xmlattr>.source", ""), t = e.get("<xmlattr>.target", "");
      if (s.empty() || t.empty()) {
        return Status::ParseError(where + ":" + line + ": <edge> needs both source and target");
      }
      AttributeMap attrs = AttValues(e, defs["edge"]);
      for (const char* xml_attr : {"kind", "label", "weight"}) {
        std::string v = e.get(std::string("<xmlattr>.") + xml_attr, "");
        if (!v.empty()) attrs.emplace(xml_attr, v);
      }
      auto edge = EdgeFromAttributes(attrs);
      if (!edge.ok()) return Status::ParseError(where + ":" + line + ": " + edge.status().message());
      std::string type = e.get("<xmlattr>.type", "");
      if (directed && (type == "undirected" || type == "mutual")) assembler.AddEdge(t, s, edge.value());
      assembler.AddEdge(s, t, std::move(edge.value()));
    }
  }
  return assembler.Finish();
}

}  // namespace actorgraph
