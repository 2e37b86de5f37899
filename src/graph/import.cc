#include "graph/import.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <utility>

#include "graph/csv_edges.h"
#include "graph/gexf.h"
#include "graph/graphml.h"
#include "graph/node_link_json.h"

namespace actorgraph {
namespace {

void FillEmpty(std::string* field, const std::string& value) {
  if (field->empty()) *field = value;
}

void MergeEdge(RelationEdge* into, RelationEdge&& e) {
  into->count += e.count;
  into->weight += e.weight;
  if (!e.first_date.empty() && (into->first_date.empty() || e.first_date < into->first_date)) {
    into->first_date = e.first_date;
  }
  if (e.last_date > into->last_date) into->last_date = e.last_date;
  FillEmpty(&into->stance, e.stance);
  std::set<std::string> mods(into->modalities.begin(), into->modalities.end());
  mods.insert(e.modalities.begin(), e.modalities.end());
  into->modalities.assign(mods.begin(), mods.end());
  for (EvidenceRef& ev : e.evidence) into->evidence.push_back(std::move(ev));
  for (auto& [k, v] : e.extra) into->extra.emplace(k, std::move(v));
}

void Canonicalize(RelationEdge* e) {
  std::stable_sort(e->evidence.begin(), e->evidence.end(), [](const EvidenceRef& a, const EvidenceRef& b) {
    return std::tie(a.doc, a.sentence) < std::tie(b.doc, b.sentence);
  });
  e->evidence.erase(std::unique(e->evidence.begin(), e->evidence.end(),
                                [](const EvidenceRef& a, const EvidenceRef& b) {
                                  return a.doc == b.doc && a.sentence == b.sentence;
                                }),
                    e->evidence.end());
  std::sort(e->modalities.begin(), e->modalities.end());
  e->modalities.erase(std::unique(e->modalities.begin(), e->modalities.end()), e->modalities.end());
  if (e->count < static_cast<int>(e->evidence.size())) e->count = static_cast<int>(e->evidence.size());
  if (e->count < 1) e->count = 1;
}

}  // namespace

void GraphAssembler::AddVertex(const ActorVertex& v) {
  auto [it, added] = vertices_.emplace(v.id, v);
  if (added) return;
  FillEmpty(&it->second.name, v.name);
  FillEmpty(&it->second.kind, v.kind);
  FillEmpty(&it->second.party, v.party);
  for (const auto& [k, val] : v.extra) it->second.extra.emplace(k, val);
}

void GraphAssembler::AddEdge(const std::string& source, const std::string& target, RelationEdge e) {
  if (source == target) {
    ++self_loops_;
    return;
  }
  for (const std::string* id : {&source, &target}) {
    if (!vertices_.count(*id)) vertices_.emplace(*id, ActorVertex{*id, "", "", "", {}});  // named in Finish
  }
  bool swap = (!directed_ || IsSymmetricKind(e.kind)) && target < source;
  auto key = swap ? std::make_tuple(target, source, e.kind) : std::make_tuple(source, target, e.kind);
  auto [it, added] = edges_.try_emplace(key);
  if (added) {
    it->second = std::move(e);
  } else {
    MergeEdge(&it->second, std::move(e));
  }
}

ImportedGraph GraphAssembler::Finish() {
  ImportedGraph out;
  out.graph.directed = directed_;
  out.graph.level = level_;
  out.graph.title = title_;
  for (auto& [id, v] : vertices_) {
    if (v.name.empty()) v.name = id;
    AddOrGetActor(&out.graph, v);
  }
  vertices_.clear();
  // Each edge leaves the map as it enters the graph, so big imports do not
  // hold two copies at once.
  for (auto it = edges_.begin(); it != edges_.end(); it = edges_.erase(it)) {
    Canonicalize(&it->second);
    boost::add_edge(out.graph.index.at(std::get<0>(it->first)), out.graph.index.at(std::get<1>(it->first)),
                    std::move(it->second), out.graph.g);
  }
  out.warnings = std::move(warnings_);
  if (self_loops_ > 0) {
    out.warnings.push_back(std::to_string(self_loops_) + " self-loop" + (self_loops_ == 1 ? "" : "s") +
                           " dropped (an actor's tie to itself is not a relation)");
  }
  return out;
}

bool GraphFormatOf(std::string_view path, GraphFormat* out) {
  auto dot = path.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "graphml") *out = GraphFormat::kGraphml;
  else if (ext == "gexf") *out = GraphFormat::kGexf;
  else if (ext == "json") *out = GraphFormat::kNodeLinkJson;
  else if (ext == "csv") *out = GraphFormat::kCsvEdges;
  else return false;
  return true;
}

Result<ImportedGraph> ReadGraphBytes(std::string_view name, std::string_view bytes) {
  GraphFormat format;
  if (!GraphFormatOf(name, &format)) {
    return Status::Unsupported(std::string(name) +
                               ": not a graph file (expected .graphml, .gexf, .json or .csv)");
  }
  switch (format) {
    case GraphFormat::kGraphml: return ReadGraphml(bytes, name);
    case GraphFormat::kGexf: return ReadGexf(bytes, name);
    case GraphFormat::kNodeLinkJson: return ReadNodeLinkJson(bytes, name);
    case GraphFormat::kCsvEdges: return ReadCsvEdges(bytes, name);
  }
  return Status::Internal("unhandled graph format");
}

ActorVertex VertexFromAttributes(const std::string& id, const AttributeMap& attrs) {
  ActorVertex v;
  v.id = id;
  for (const auto& [k, val] : attrs) {
    if (k == "name") v.name = val;
    else if (k == "kind") v.kind = val;
    else if (k == "party") v.party = val;
    else v.extra.emplace(k, val);
  }
  if (v.name.empty()) {
    auto it = attrs.find("label");
    if (it == attrs.end()) it = attrs.find("Label");
    if (it != attrs.end()) v.name = it->second;
  }
  if (v.name.empty()) v.name = id;
  return v;
}

Result<RelationEdge> EdgeFromAttributes(const AttributeMap& attrs) {
  RelationEdge e;
  bool has_count = false, has_weight = false;
  for (const auto& [k, val] : attrs) {
    try {
      if (k == "kind") {
        e.kind = val;
      } else if (k == "count") {
        std::size_t used = 0;
        e.count = std::stoi(val, &used);
        if (used != val.size() || e.count < 1) throw std::invalid_argument(val);
        has_count = true;
      } else if (k == "weight" || k == "Weight") {
        std::size_t used = 0;
        e.weight = std::stod(val, &used);
        if (used != val.size()) throw std::invalid_argument(val);
        has_weight = true;
      } else if (k == "first_date") {
        e.first_date = val;
      } else if (k == "last_date") {
        e.last_date = val;
      } else if (k == "stance") {
        e.stance = val;
      } else if (k == "modalities") {
        std::size_t start = 0;
        while (start <= val.size() && !val.empty()) {
          std::size_t comma = val.find(',', start);
          std::string m = val.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
          if (!m.empty()) e.modalities.push_back(m);
          if (comma == std::string::npos) break;
          start = comma + 1;
        }
      } else if (k == "evidence") {
        auto ev = EvidenceFromJson(val);
        if (!ev.ok()) return ev.status();
        e.evidence = std::move(ev.value());
      } else {
        e.extra.emplace(k, val);
      }
    } catch (const std::exception&) {
      return Status::ParseError("attribute '" + k + "' is not " +
                                (k == "count" ? "a positive whole number" : "a number") + ": '" + val + "'");
    }
  }
  if (e.kind.empty()) {
    for (const char* alt : {"relation", "label", "Label", "Edge Label"}) {
      auto it = e.extra.find(alt);
      if (it != e.extra.end() && !it->second.empty()) {
        e.kind = it->second;
        if (std::string(alt) == "relation") e.extra.erase(it);
        break;
      }
    }
  }
  if (e.kind.empty()) e.kind = "tie";
  if (!has_count) e.count = std::max<int>(1, static_cast<int>(e.evidence.size()));
  if (!has_weight) e.weight = e.count;
  return e;
}

AttributeMap VertexAttributes(const ActorVertex& v) {
  AttributeMap m = v.extra;
  m["name"] = v.name;
  m["kind"] = v.kind;
  m["party"] = v.party;
  return m;
}

AttributeMap EdgeAttributes(const RelationEdge& e) {
  AttributeMap m = e.extra;
  m["kind"] = e.kind;
  m["stance"] = e.stance;
  m["count"] = std::to_string(e.count);
  std::ostringstream w;
  w.precision(17);
  w << e.weight;
  m["weight"] = w.str();
  m["first_date"] = e.first_date;
  m["last_date"] = e.last_date;
  std::string mods;
  for (const std::string& mod : e.modalities) mods += (mods.empty() ? "" : ",") + mod;
  m["modalities"] = mods;
  m["evidence"] = EvidenceToJson(e.evidence);
  return m;
}

std::string EvidenceToJson(const std::vector<EvidenceRef>& evidence) {
  nlohmann::json arr = nlohmann::json::array();
  for (const EvidenceRef& ev : evidence) {
    arr.push_back({{"doc", ev.doc}, {"sentence", ev.sentence}, {"text", ev.text}, {"date", ev.date},
                   {"rule", ev.rule}});
  }
  return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<std::vector<EvidenceRef>> EvidenceFromJson(std::string_view text) {
  std::vector<EvidenceRef> out;
  if (text.empty()) return out;
  nlohmann::json arr = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (arr.is_discarded() || !arr.is_array()) {
    return Status::ParseError("attribute 'evidence' is not a JSON array of {doc, sentence, text}");
  }
  try {
    for (const nlohmann::json& item : arr) {
      if (!item.is_object()) return Status::ParseError("attribute 'evidence' holds a non-object");
      EvidenceRef ev;
      ev.doc = item.value("doc", "");
      ev.sentence = item.value("sentence", 0);
      ev.text = item.value("text", "");
      ev.date = item.value("date", "");
      ev.rule = item.value("rule", "");
      out.push_back(std::move(ev));
    }
  } catch (const nlohmann::json::exception& e) {
    return Status::ParseError(std::string("attribute 'evidence': ") + e.what());
  }
  return out;
}

int LineAt(std::string_view text, std::size_t pos) {
  pos = std::min(pos, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
}

}  // namespace actorgraph
