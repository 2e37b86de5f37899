#include "relations/evaluate.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <set>
#include <tuple>

namespace actorgraph {
namespace {

using nlohmann::json;

std::string Norm(const std::string& s) {
  std::string out;
  bool sep = false;
  for (char c : s) {
    char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    bool keep = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
    if (keep) {
      if (sep && !out.empty()) out.push_back(' ');
      sep = false;
      out.push_back(l);
    } else {
      sep = true;
    }
  }
  return out;
}

std::string Str(const json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_null()) return "None";
  return j.dump();
}

std::string Get(const json& o, const char* key, const std::string& def = "") {
  if (!o.is_object() || !o.contains(key) || o[key].is_null()) return def;
  return Str(o[key]);
}

std::string DocId(const std::string& d) {
  std::string s = d;
  std::size_t slash = s.rfind('/');
  if (slash != std::string::npos) s = s.substr(slash + 1);
  for (const char* ext : {".txt", ".html", ".htm", ".json", ".md"}) {
    std::string e = ext;
    if (s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0) return s.substr(0, s.size() - e.size());
  }
  return s;
}

std::string Upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return s;
}

using Key = std::tuple<std::string, std::string, std::string, std::string>;

Key MakeKey(const std::string& doc, std::string s, const std::string& kind, std::string t) {
  if (kind == "meet" && t < s) std::swap(s, t);
  return {doc, s, kind, t};
}

struct GoldActors {
  std::map<std::string, std::string> party;
  std::map<std::string, std::set<std::string>> by_name;
  std::map<std::string, std::string> surname;

  std::string Resolve(const json& obj_in, const std::set<std::string>& doc_actors) const {
    json obj = obj_in;
    if (obj.is_string()) obj = json{{"id", obj}, {"name", obj}};
    std::string id = Get(obj, "id", "\x01");
    if (party.count(id)) return id;
    for (const char* f : {"id", "name"}) {
      if (!obj.is_object() || !obj.contains(f) || obj[f].is_null()) continue;
      auto it = by_name.find(Norm(Str(obj[f])));
      if (it == by_name.end() || it->second.empty()) continue;
      if (it->second.size() == 1) return *it->second.begin();
      std::vector<std::string> inside;
      for (const std::string& x : it->second)
        if (doc_actors.count(x)) inside.push_back(x);
      if (inside.size() == 1) return inside[0];
    }
    std::string name = Get(obj, "name");
    if (name.empty() || name == "None") name = Get(obj, "id");
    name = Norm(name);
    if (!name.empty()) {
      std::string last = name.substr(name.rfind(' ') == std::string::npos ? 0 : name.rfind(' ') + 1);
      std::vector<std::string> hits;
      for (const std::string& i : doc_actors) {
        auto it = surname.find(i);
        if (it != surname.end() && it->second == last) hits.push_back(i);
      }
      if (hits.size() == 1) return hits[0];
    }
    return "UNK:" + name;
  }
};

std::string PredParty(const json& obj) {
  if (obj.is_string()) return Upper(obj.get<std::string>());
  std::string p = Get(obj, "party");
  if (p.empty()) p = Get(obj, "id");
  return Upper(p);
}

}  // namespace

Prf MakePrf(int tp, int fp, int fn) {
  Prf r{tp, fp, fn, 0, 0, 0};
  r.precision = tp + fp ? static_cast<double>(tp) / (tp + fp) : 0.0;
  r.recall = tp + fn ? static_cast<double>(tp) / (tp + fn) : 0.0;
  r.f1 = r.precision + r.recall ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
  return r;
}

Result<std::vector<json>> ParseJsonLines(std::string_view text, std::string_view origin) {
  std::vector<json> rows;
  std::size_t line = 0, pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::string_view l = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    ++line;
    std::size_t a = l.find_first_not_of(" \t\r");
    if (a != std::string_view::npos) {
      json j = json::parse(l, nullptr, false);
      if (j.is_discarded())
        return Status::ParseError(std::string(origin) + ":" + std::to_string(line) + ": not a JSON object");
      rows.push_back(std::move(j));
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return rows;
}

nlohmann::ordered_json RelationToJson(const Relation& r) {
  using oj = nlohmann::ordered_json;
  oj j;
  j["doc"] = r.doc;
  j["sentence"] = r.sentence;
  j["kind"] = RelationKindName(r.kind);
  j["modality"] = ModalityName(r.modality);
  if (r.kind == RelationKind::kRespond) j["stance"] = StanceName(r.stance);
  j["source"] = oj{{"id", r.source.id}, {"name", r.source.name}, {"kind", ActorKindName(r.source.kind)},
                   {"party", r.source.party}, {"begin", r.source_span.begin}, {"end", r.source_span.end}};
  j["target"] = oj{{"id", r.target.id}, {"name", r.target.name}, {"kind", ActorKindName(r.target.kind)},
                   {"party", r.target.party}, {"begin", r.target_span.begin}, {"end", r.target_span.end}};
  j["trigger"] = oj{{"text", r.trigger}, {"begin", r.trigger_span.begin}, {"end", r.trigger_span.end}};
  j["attributed_to"] = r.attributed_to;
  j["rule"] = r.rule;
  j["cameo"] = r.cameo;
  j["confidence"] = static_cast<double>(static_cast<long long>(r.confidence * 1000 + 0.5)) / 1000;
  j["date"] = r.date;
  if (!r.mediation.empty()) j["mediation"] = r.mediation;
  j["evidence"] = r.evidence;
  return j;
}

Result<Evaluation> Evaluate(const std::vector<json>& gold, const std::vector<json>& actor_rows,
                            const std::vector<json>& preds) {
  GoldActors A;
  for (const json& a : actor_rows) {
    if (!a.is_object() || !a.contains("id") || !a.contains("party"))
      return Status::InvalidArgument("an actors line lacks `id` or `party`");
    std::string id = Str(a["id"]);
    A.party[id] = Str(a["party"]);
    std::vector<std::string> names = {id, Get(a, "name")};
    if (a.contains("aliases") && a["aliases"].is_array())
      for (const json& al : a["aliases"]) names.push_back(Str(al));
    for (const std::string& nm : names) A.by_name[Norm(nm)].insert(id);
    if (Get(a, "kind") == "person") {
      std::string n = Norm(Get(a, "name"));
      A.surname[id] = n.substr(n.rfind(' ') == std::string::npos ? 0 : n.rfind(' ') + 1);
    }
  }
  std::set<std::string> docs;
  for (const json& g : gold) {
    for (const char* f : {"doc", "source", "target", "kind"})
      if (!g.is_object() || !g.contains(f)) return Status::InvalidArgument(std::string("a gold line lacks `") + f + "`");
    if (!A.party.count(Str(g["source"])) || !A.party.count(Str(g["target"])))
      return Status::InvalidArgument("gold actor `" + Str(g["source"]) + "` or `" + Str(g["target"]) +
                                     "` is not in the actors file");
    docs.insert(DocId(Str(g["doc"])));
  }
  Evaluation e;
  // ---- party level
  std::set<Key> req, opt;
  std::map<Key, const json*> meta;
  for (const json& g : gold) {
    std::string d = DocId(Str(g["doc"]));
    std::string sp = A.party[Str(g["source"])], tp = A.party[Str(g["target"])];
    if (sp == tp) continue;
    Key k = MakeKey(d, sp, Str(g["kind"]), tp);
    bool optional = g.contains("optional") && g["optional"].is_boolean() && g["optional"].get<bool>();
    (optional ? opt : req).insert(k);
    if (!optional) meta[k] = &g;
  }
  for (const Key& k : req) opt.erase(k);
  std::set<Key> P;
  std::map<Key, const json*> pmeta;
  for (const json& p : preds) {
    std::string d = DocId(Get(p, "doc"));
    if (!docs.count(d)) {
      ++e.predictions_outside_gold_docs;
      continue;
    }
    std::string mod = Get(p, "modality", "asserted");
    if (mod == "negated" || mod == "hypothetical") continue;
    std::string sp = p.contains("source") ? PredParty(p["source"]) : "";
    std::string tp = p.contains("target") ? PredParty(p["target"]) : "";
    if (sp.empty() || tp.empty() || sp == tp) continue;
    Key k = MakeKey(d, sp, Get(p, "kind", "None"), tp);
    if (opt.count(k)) continue;
    P.insert(k);
    pmeta.emplace(k, &p);
  }
  int tp = 0, fp = 0, fn = 0;
  for (const Key& k : P) (req.count(k) ? tp : fp)++;
  for (const Key& k : req) fn += !P.count(k);
  e.party = MakePrf(tp, fp, fn);
  std::set<std::string> kinds;
  for (const Key& k : req) kinds.insert(std::get<2>(k));
  for (const Key& k : P) kinds.insert(std::get<2>(k));
  for (const std::string& kd : kinds) {
    int a = 0, b = 0, c = 0;
    for (const Key& k : P)
      if (std::get<2>(k) == kd) (req.count(k) ? a : b)++;
    for (const Key& k : req)
      if (std::get<2>(k) == kd && !P.count(k)) ++c;
    e.per_kind[kd] = MakePrf(a, b, c);
  }
  for (const Key& k : P) {
    if (!req.count(k)) continue;
    const json& g = *meta[k];
    const json& p = *pmeta[k];
    if (Get(g, "kind") == "respond" && !Get(g, "stance").empty()) {
      ++e.stance_n;
      e.stance_ok += Get(p, "stance", "\x01") == Get(g, "stance");
    }
    ++e.modality_n;
    e.modality_ok += Get(p, "modality", "asserted") == Get(g, "modality");
  }
  if (e.stance_n) e.stance_accuracy = static_cast<double>(e.stance_ok) / e.stance_n;
  if (e.modality_n) e.modality_accuracy = static_cast<double>(e.modality_ok) / e.modality_n;
  auto describe = [](const Key& k, const std::string& ev) {
    return std::get<0>(k) + " " + std::get<1>(k) + " " + std::get<2>(k) + " " + std::get<3>(k) + " | " + ev.substr(0, 100);
  };
  for (const Key& k : req)
    if (!P.count(k)) e.missed.push_back(describe(k, Get(*meta[k], "evidence")));
  for (const Key& k : P)
    if (!req.count(k)) e.wrong.push_back(describe(k, Get(*pmeta[k], "evidence")));

  // ---- actor level
  std::map<std::string, std::set<std::string>> doc_actor_ids;
  struct Item {
    std::string doc, kind;
    std::set<std::string> S, T;
  };
  std::vector<Item> greq, gopt;
  for (const json& g : gold) {
    std::string d = DocId(Str(g["doc"]));
    Item it{d, Str(g["kind"]), {Str(g["source"])}, {Str(g["target"])}};
    for (const char* f : {"source", "target"}) {
      doc_actor_ids[d].insert(Str(g[f]));
      std::string alt = std::string(f) + "_alt";
      if (g.contains(alt) && g[alt].is_array())
        for (const json& x : g[alt]) {
          doc_actor_ids[d].insert(Str(x));
          (f[0] == 's' ? it.S : it.T).insert(Str(x));
        }
    }
    bool optional = g.contains("optional") && g["optional"].is_boolean() && g["optional"].get<bool>();
    (optional ? gopt : greq).push_back(std::move(it));
  }
  auto matches = [](const Item& it, const Key& k) {
    if (std::get<0>(k) != it.doc || std::get<2>(k) != it.kind) return false;
    if (it.S.count(std::get<1>(k)) && it.T.count(std::get<3>(k))) return true;
    return it.kind == "meet" && it.T.count(std::get<1>(k)) && it.S.count(std::get<3>(k));
  };
  std::set<Key> AP;
  for (const json& p : preds) {
    std::string d = DocId(Get(p, "doc"));
    std::string mod = Get(p, "modality", "asserted");
    if (!docs.count(d) || mod == "negated" || mod == "hypothetical") continue;
    std::string s = A.Resolve(p.contains("source") ? p["source"] : json(nullptr), doc_actor_ids[d]);
    std::string t = A.Resolve(p.contains("target") ? p["target"] : json(nullptr), doc_actor_ids[d]);
    if (s == t) continue;
    AP.insert({d, s, Get(p, "kind", "None"), t});
  }
  std::set<std::tuple<std::string, std::string, std::set<std::string>, std::set<std::string>>> seen;
  std::vector<const Item*> uniq;
  for (const Item& it : greq) {
    auto sig = std::make_tuple(it.doc, it.kind, it.S, it.T);
    if (it.kind == "meet") {
      // unordered pair of sets
      std::set<std::string> a = it.S, b = it.T;
      if (b < a) std::swap(a, b);
      sig = std::make_tuple(it.doc, it.kind, a, b);
    }
    if (seen.insert(sig).second) uniq.push_back(&it);
  }
  std::vector<Key> ap(AP.begin(), AP.end());
  std::vector<std::vector<int>> cand(uniq.size());
  for (std::size_t i = 0; i < uniq.size(); ++i)
    for (std::size_t k = 0; k < ap.size(); ++k)
      if (matches(*uniq[i], ap[k])) cand[i].push_back(static_cast<int>(k));
  std::vector<int> owner(ap.size(), -1);
  std::function<bool(int, std::vector<char>&)> augment = [&](int i, std::vector<char>& used) {
    for (int k : cand[i]) {
      if (used[k]) continue;
      used[k] = 1;
      if (owner[k] < 0 || augment(owner[k], used)) {
        owner[k] = i;
        return true;
      }
    }
    return false;
  };
  int atp = 0;
  for (std::size_t i = 0; i < uniq.size(); ++i) {
    std::vector<char> used(ap.size(), 0);
    atp += augment(static_cast<int>(i), used);
  }
  int afp = 0;
  for (std::size_t k = 0; k < ap.size(); ++k) {
    if (owner[k] >= 0) continue;
    bool neutral = false;
    for (const Item& o : gopt) neutral = neutral || matches(o, ap[k]);
    for (const Item& o : greq) neutral = neutral || matches(o, ap[k]);
    afp += !neutral;
  }
  e.actor = MakePrf(atp, afp, static_cast<int>(uniq.size()) - atp);
  return e;
}

void WriteEvaluation(const Evaluation& e, bool show_errors, std::ostream& out) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-8s%7s%7s%7s%5s%5s%5s\n", "level", "P", "R", "F1", "tp", "fp", "fn");
  out << buf;
  for (auto [name, p] : {std::pair<const char*, const Prf*>{"party", &e.party}, {"actor", &e.actor}}) {
    std::snprintf(buf, sizeof buf, "%-8s%7.3f%7.3f%7.3f%5d%5d%5d\n", name, p->precision, p->recall, p->f1, p->tp,
                  p->fp, p->fn);
    out << buf;
  }
  out << "\nparty level by kind\n";
  for (const auto& [kd, p] : e.per_kind) {
    std::snprintf(buf, sizeof buf, "  %-10s%7.3f%7.3f%7.3f%5d%5d%5d\n", kd.c_str(), p.precision, p.recall, p.f1, p.tp,
                  p.fp, p.fn);
    out << buf;
  }
  if (e.stance_n) out << "respond stance accuracy on matched: " << e.stance_ok << "/" << e.stance_n << "\n";
  if (e.modality_n) out << "modality accuracy on matched: " << e.modality_ok << "/" << e.modality_n << "\n";
  if (e.predictions_outside_gold_docs)
    out << "(" << e.predictions_outside_gold_docs << " predictions name documents that the gold does not cover: ignored)\n";
  if (show_errors) {
    out << "\nmissed (party level):\n";
    for (const std::string& m : e.missed) out << "  FN " << m << "\n";
    out << "wrong (party level):\n";
    for (const std::string& m : e.wrong) out << "  FP " << m << "\n";
  }
  std::snprintf(buf, sizeof buf, "party F1=%.3f P=%.3f R=%.3f; actor F1=%.3f P=%.3f R=%.3f\n", e.party.f1,
                e.party.precision, e.party.recall, e.actor.f1, e.actor.precision, e.actor.recall);
  out << buf;
}

void WriteEvaluationJson(const Evaluation& e, std::ostream& out) {
  auto prf = [](const Prf& p) {
    return nlohmann::ordered_json{{"precision", p.precision}, {"recall", p.recall}, {"f1", p.f1},
                                  {"tp", p.tp},               {"fp", p.fp},         {"fn", p.fn}};
  };
  nlohmann::ordered_json j;
  j["party"] = prf(e.party);
  j["actor"] = prf(e.actor);
  nlohmann::ordered_json kinds = nlohmann::ordered_json::object();
  for (const auto& [k, p] : e.per_kind) kinds[k] = prf(p);
  j["per_kind"] = kinds;
  j["stance_accuracy"] = e.stance_accuracy ? nlohmann::ordered_json(*e.stance_accuracy) : nlohmann::ordered_json(nullptr);
  j["modality_accuracy"] =
      e.modality_accuracy ? nlohmann::ordered_json(*e.modality_accuracy) : nlohmann::ordered_json(nullptr);
  j["predictions_outside_gold_docs"] = e.predictions_outside_gold_docs;
  out << j.dump(2) << "\n";
}

}  // namespace actorgraph
