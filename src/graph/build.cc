#include "graph/build.h"

#include "graph/import.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace actorgraph {
namespace {

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The vertex a relation endpoint becomes at the chosen level.
struct Endpoint {
  std::string id;
  ActorVertex vertex;
};

Endpoint EndpointOf(const ActorRef& ref, bool party_level) {
  if (!party_level) {
    return {ref.id, ActorVertex{ref.id, ref.name, ActorKindName(ref.kind), ref.party, {}}};
  }
  std::string party = ref.party.empty() ? ref.id : ref.party;
  // Name and kind are settled later from an actor whose id is the party.
  return {party, ActorVertex{party, party, "party", party, {}}};
}

// Everything aggregated into one edge before it is added.
struct EdgeAcc {
  int count = 0;
  std::string first_date, last_date;
  std::set<std::string> modalities;
  std::map<std::pair<std::string, int>, EvidenceRef> evidence;
  std::map<std::string, int> stances;
};

std::string MajorityStance(const std::map<std::string, int>& stances) {
  std::string best;
  int best_n = 0;
  for (const auto& [name, n] : stances) {  // map order: ties go to the first name
    if (n > best_n) best = name, best_n = n;
  }
  return best;
}

}  // namespace

Status ValidateGraphOptions(const GraphOptions& options) {
  if (options.level != "actor" && options.level != "party") {
    return Status::InvalidArgument("unknown level '" + options.level + "' (use actor or party)");
  }
  for (const std::string& k : options.kinds) {
    RelationKind parsed;
    if (!ParseRelationKind(k, &parsed)) {
      return Status::InvalidArgument(
          "unknown relation kind '" + k +
          "' (use meet, visit, mediate, propose, respond, urge, criticize, support, attack)");
    }
  }
  for (const std::string& m : options.modalities) {
    Modality parsed;
    if (!ParseModality(m, &parsed)) {
      return Status::InvalidArgument("unknown modality '" + m + "' (use asserted, planned)");
    }
    if (parsed == Modality::kNegated || parsed == Modality::kHypothetical) {
      return Status::InvalidArgument("modality '" + m +
                                     "' cannot become an edge: negated and hypothetical "
                                     "relations did not happen (use asserted, planned)");
    }
  }
  for (const std::string* d : {&options.since, &options.until}) {
    if (!d->empty() && !IsIsoDate(*d)) {
      return Status::InvalidArgument("date '" + *d + "' is not YYYY-MM-DD");
    }
  }
  if (!options.since.empty() && !options.until.empty() && options.since > options.until) {
    return Status::InvalidArgument("--since " + options.since + " is after --until " + options.until);
  }
  if (options.min_count < 1) return Status::InvalidArgument("--min-count must be at least 1");
  return Status::Ok();
}

ActorGraph BuildGraph(const Extraction& extraction, const GraphOptions& options) {
  BuildStats ignored;
  return BuildGraph(extraction, options, &ignored);
}

ActorGraph BuildGraph(const Extraction& extraction, const GraphOptions& options, BuildStats* stats) {
  *stats = BuildStats{};
  const bool party_level = options.level == "party";
  const bool dated = !options.since.empty() || !options.until.empty();

  std::map<std::string, ActorVertex> vertices;       // id -> bundle
  std::map<std::string, std::string> party_of_date;  // actor id -> latest date seen (actor level)
  std::map<std::tuple<std::string, std::string, std::string>, EdgeAcc> edges;
  std::map<std::string, ActorVertex> named;  // actors by id, to name party vertices

  for (const Relation& r : extraction.relations) {
    ++stats->relations;
    if (r.modality == Modality::kNegated || r.modality == Modality::kHypothetical) {
      ++stats->not_event;
      continue;
    }
    if (!Contains(options.modalities, ModalityName(r.modality))) {
      ++stats->other_modality;
      continue;
    }
    std::string kind = RelationKindName(r.kind);
    if (!options.kinds.empty() && !Contains(options.kinds, kind)) {
      ++stats->other_kind;
      continue;
    }
    if (dated && (r.date.empty() || (!options.since.empty() && r.date < options.since) ||
                  (!options.until.empty() && r.date > options.until))) {
      ++stats->out_of_range;
      continue;
    }
    for (const ActorRef* ref : {&r.source, &r.target}) {
      // An actor named as itself beats an unnamed body standing for it
      // ("Israel" over "Israeli officials", both of id ISR).
      auto [it, added] = named.emplace(ref->id, ActorVertex{ref->id, ref->name, ActorKindName(ref->kind), ref->party, {}});
      if (!added && it->second.kind == "group" && ref->kind != ActorKind::kGroup) {
        it->second = ActorVertex{ref->id, ref->name, ActorKindName(ref->kind), ref->party, {}};
      }
    }
    Endpoint s = EndpointOf(r.source, party_level);
    Endpoint t = EndpointOf(r.target, party_level);
    if (s.id == t.id) {
      ++stats->self_loops;
      continue;
    }
    if (IsSymmetricKind(kind) && s.id > t.id) std::swap(s, t);
    for (Endpoint* e : {&s, &t}) {
      auto [it, added] = vertices.emplace(e->id, e->vertex);
      // A person's party is the one of their latest relation (offices change).
      std::string& latest = party_of_date[e->id];
      if (!added && !party_level && r.date >= latest && !e->vertex.party.empty()) {
        it->second.party = e->vertex.party;
      }
      if (r.date > latest) latest = r.date;
    }
    EdgeAcc& acc = edges[{s.id, t.id, kind}];
    ++acc.count;
    if (!r.date.empty()) {
      if (acc.first_date.empty() || r.date < acc.first_date) acc.first_date = r.date;
      if (r.date > acc.last_date) acc.last_date = r.date;
    }
    acc.modalities.insert(ModalityName(r.modality));
    acc.evidence.emplace(std::make_pair(r.doc, r.sentence),
                         EvidenceRef{r.doc, r.sentence, r.evidence, r.date, r.rule});
    if (r.kind == RelationKind::kRespond && r.stance != Stance::kNone) ++acc.stances[StanceName(r.stance)];
    ++stats->used;
  }

  for (const Actor& a : extraction.discovered) {
    named.emplace(a.id, ActorVertex{a.id, a.name, ActorKindName(a.kind), a.party, {}});
  }
  for (const Actor& a : extraction.parties) {  // the dictionary's name beats an unnamed body's
    auto [it, added] = named.emplace(a.id, ActorVertex{a.id, a.name, ActorKindName(a.kind), a.party, {}});
    if (!added && it->second.kind == "group") {
      it->second = ActorVertex{a.id, a.name, ActorKindName(a.kind), a.party, {}};
    }
  }
  // A vertex takes the name and kind of the actor it is, if any (at party
  // level the party's own actor; at actor level the named actor over a group).
  for (auto& [id, v] : vertices) {
    auto it = named.find(id);
    if (it != named.end()) v.name = it->second.name, v.kind = it->second.kind;
  }

  // Drop edges below min_count first, so vertices left without edges vanish.
  std::set<std::string> used_ids;
  for (auto it = edges.begin(); it != edges.end();) {
    if (it->second.count < options.min_count) {
      stats->below_min_count += it->second.count;
      stats->used -= it->second.count;
      it = edges.erase(it);
    } else {
      used_ids.insert(std::get<0>(it->first));
      used_ids.insert(std::get<1>(it->first));
      ++it;
    }
  }

  ActorGraph graph;
  graph.directed = true;
  graph.level = options.level;
  graph.title = options.title;
  for (const auto& [id, v] : vertices) {
    if (used_ids.count(id)) AddOrGetActor(&graph, v);
  }
  for (auto& [key, acc] : edges) {
    RelationEdge e;
    e.kind = std::get<2>(key);
    e.stance = MajorityStance(acc.stances);
    e.count = acc.count;
    e.weight = acc.count;
    e.first_date = acc.first_date;
    e.last_date = acc.last_date;
    e.modalities.assign(acc.modalities.begin(), acc.modalities.end());
    for (auto& [k, ev] : acc.evidence) e.evidence.push_back(std::move(ev));
    boost::add_edge(graph.index.at(std::get<0>(key)), graph.index.at(std::get<1>(key)), std::move(e),
                    graph.g);
  }
  return graph;
}

ActorGraph ReshapeGraph(const ActorGraph& graph, const GraphOptions& options, BuildStats* stats) {
  *stats = BuildStats{};
  const ActorGraphBase& g = graph.g;
  const bool party_level = options.level == "party" && graph.level != "party";
  const bool dated = !options.since.empty() || !options.until.empty();
  auto node_of = [&](Vertex v) -> std::string {
    if (!party_level) return g[v].id;
    return g[v].party.empty() ? g[v].id : g[v].party;
  };
  GraphAssembler out(graph.directed);
  out.set_level(party_level ? "party" : graph.level);
  out.set_title(options.title.empty() ? graph.title : options.title);
  std::set<std::string> kept_ids;
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
    const RelationEdge& e = g[*ei];
    ++stats->relations;
    if (!options.kinds.empty() && !Contains(options.kinds, e.kind)) {
      ++stats->other_kind;
      continue;
    }
    bool modality_ok = e.modalities.empty();
    for (const std::string& m : e.modalities) modality_ok |= Contains(options.modalities, m);
    if (!modality_ok) {
      ++stats->other_modality;
      continue;
    }
    const std::string& first = e.first_date.empty() ? e.last_date : e.first_date;
    const std::string& last = e.last_date.empty() ? e.first_date : e.last_date;
    if (dated && (first.empty() || (!options.until.empty() && first > options.until) ||
                  (!options.since.empty() && last < options.since))) {
      ++stats->out_of_range;
      continue;
    }
    if (e.count < options.min_count) {
      ++stats->below_min_count;
      continue;
    }
    std::string s = node_of(boost::source(*ei, g)), t = node_of(boost::target(*ei, g));
    if (s == t) {
      ++stats->self_loops;
      continue;
    }
    out.AddEdge(s, t, e);
    kept_ids.insert(s);
    kept_ids.insert(t);
    ++stats->used;
  }
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    std::string id = node_of(v);
    if (!kept_ids.count(id)) continue;
    if (!party_level) {
      out.AddVertex(g[v]);
    } else if (id == g[v].id) {  // the actor that is its own party names the vertex
      out.AddVertex(ActorVertex{id, g[v].name, g[v].kind, id, {}});
    }
  }
  if (party_level) {
    for (const std::string& id : kept_ids) out.AddVertex(ActorVertex{id, id, "party", id, {}});
  }
  return out.Finish().graph;
}

}  // namespace actorgraph
