#include "graph/node_link_json.h"

#include <string>

#include <nlohmann/json.hpp>

namespace actorgraph {
namespace {

using nlohmann::json;

// A JSON scalar as our attribute text: strings as they are, the rest dumped.
std::string AsText(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "";
  return v.dump();
}

}  // namespace

void WriteNodeLinkJson(const ActorGraph& graph, std::ostream& out) {
  const ActorGraphBase& g = graph.g;
  json doc;
  doc["directed"] = graph.directed;
  doc["multigraph"] = true;
  doc["graph"] = {{"level", graph.level}, {"title", graph.title}};
  json nodes = json::array();
  for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi) {
    const ActorVertex& v = g[*vi];
    json n = json::object();
    for (const auto& [k, val] : v.extra) n[k] = val;
    n["id"] = v.id;
    n["name"] = v.name;
    n["kind"] = v.kind;
    n["party"] = v.party;
    nodes.push_back(std::move(n));
  }
  json links = json::array();
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
    const RelationEdge& e = g[*ei];
    json l = json::object();
    for (const auto& [k, val] : e.extra) l[k] = val;
    l["source"] = g[boost::source(*ei, g)].id;
    l["target"] = g[boost::target(*ei, g)].id;
    l["kind"] = e.kind;
    l["stance"] = e.stance;
    l["count"] = e.count;
    l["weight"] = e.weight;
    l["first_date"] = e.first_date;
    l["last_date"] = e.last_date;
    l["modalities"] = e.modalities;
    l["evidence"] = json::parse(EvidenceToJson(e.evidence));
    links.push_back(std::move(l));
  }
  doc["nodes"] = std::move(nodes);
  doc["links"] = std::move(links);
  out << doc.dump(1, ' ', false, json::error_handler_t::replace) << "\n";
}

Result<ImportedGraph> ReadNodeLinkJson(std::string_view bytes, std::string_view origin) {
  const std::string where(origin);
  json doc;
  try {
    doc = json::parse(bytes.begin(), bytes.end());
  } catch (const json::parse_error& e) {
    return Status::ParseError(where + ":" + std::to_string(LineAt(bytes, e.byte > 0 ? e.byte - 1 : 0)) +
                              ": malformed JSON: " + e.what());
  }
  if (!doc.is_object() || !doc.contains("nodes") || !doc["nodes"].is_array()) {
    return Status::ParseError(where + ":1: not a node-link graph: expected an object with a \"nodes\" array "
                              "(NetworkX node_link_data, or `actorgraph graph -o FILE.json`)");
  }
  const char* links_key = doc.contains("links") ? "links" : "edges";
  if (doc.contains(links_key) && !doc[links_key].is_array()) {
    return Status::ParseError(where + ":1: \"" + links_key + "\" is not an array");
  }
  GraphAssembler assembler(doc.value("directed", true));
  if (doc.contains("graph") && doc["graph"].is_object()) {
    const json& gattr = doc["graph"];
    if (gattr.contains("level") && !AsText(gattr["level"]).empty()) assembler.set_level(AsText(gattr["level"]));
    if (gattr.contains("title")) assembler.set_title(AsText(gattr["title"]));
  }
  int i = 0;
  for (const json& n : doc["nodes"]) {
    ++i;
    if (!n.is_object() || !n.contains("id")) {
      return Status::ParseError(where + ": node #" + std::to_string(i) + " has no \"id\"");
    }
    AttributeMap attrs;
    for (const auto& [k, v] : n.items()) {
      if (k != "id") attrs[k] = AsText(v);
    }
    assembler.AddVertex(VertexFromAttributes(AsText(n["id"]), attrs));
  }
  i = 0;
  if (doc.contains(links_key)) {
    for (const json& l : doc[links_key]) {
      ++i;
      std::string label = where + ": link #" + std::to_string(i);
      if (!l.is_object() || !l.contains("source") || !l.contains("target")) {
        return Status::ParseError(label + " needs \"source\" and \"target\"");
      }
      AttributeMap attrs;
      for (const auto& [k, v] : l.items()) {
        if (k == "source" || k == "target" || k == "key") continue;
        if (k == "modalities" && v.is_array()) {
          std::string joined;
          for (const json& m : v) joined += (joined.empty() ? "" : ",") + AsText(m);
          attrs[k] = joined;
        } else {
          attrs[k] = AsText(v);
        }
      }
      auto e = EdgeFromAttributes(attrs);
      if (!e.ok()) return Status::ParseError(label + ": " + e.status().message());
      assembler.AddEdge(AsText(l["source"]), AsText(l["target"]), std::move(e.value()));
    }
  }
  return assembler.Finish();
}

}  // namespace actorgraph
