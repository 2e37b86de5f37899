// Small hand-made actor graphs for the render tests.
#ifndef ACTORGRAPH_TESTS_RENDER_TOY_GRAPH_H_
#define ACTORGRAPH_TESTS_RENDER_TOY_GRAPH_H_

#include <string>
#include <vector>

#include "graph/actor_graph.h"
#include "graph/import.h"

namespace actorgraph::testing {

struct ToyEdge {
  ToyEdge(std::string s, std::string t, std::string k, int n = 1, std::string m = "asserted",
          std::string st = "", std::string ev = "")
      : source(std::move(s)), target(std::move(t)), kind(std::move(k)), count(n), modality(std::move(m)),
        stance(std::move(st)), evidence(std::move(ev)) {}
  std::string source, target, kind;
  int count;
  std::string modality;
  std::string stance;
  std::string evidence;
};

inline ActorVertex ToyActor(std::string id, std::string name, std::string kind, std::string party) {
  ActorVertex v;
  v.id = std::move(id);
  v.name = std::move(name);
  v.kind = std::move(kind);
  v.party = std::move(party);
  return v;
}

/// Builds a canonical graph through the graph stage's assembler.
inline ActorGraph MakeGraph(const std::vector<ActorVertex>& actors, const std::vector<ToyEdge>& edges,
                            std::string title = "Toy") {
  GraphAssembler a(true);
  a.set_title(std::move(title));
  for (const ActorVertex& v : actors) a.AddVertex(v);
  int doc = 0;
  for (const ToyEdge& t : edges) {
    RelationEdge e;
    e.kind = t.kind;
    e.stance = t.stance;
    e.count = t.count;
    e.weight = t.count;
    e.first_date = "2024-05-0" + std::to_string(1 + doc % 5);
    e.last_date = e.first_date;
    e.modalities = {t.modality};
    for (int i = 0; i < t.count; ++i) {
      EvidenceRef ev;
      ev.doc = "doc" + std::to_string(doc);
      ev.sentence = i + 1;
      ev.text = t.evidence.empty() ? t.source + " " + t.kind + " " + t.target + " (" + std::to_string(i) + ")."
                                   : t.evidence;
      ev.date = e.first_date;
      ev.rule = "toy";
      e.evidence.push_back(ev);
    }
    ++doc;
    a.AddEdge(t.source, t.target, e);
  }
  return a.Finish().graph;
}

/// A small ceasefire-talks graph: three mediators, two parties, a person.
///   USA, QAT, EGY -mediate-> HAMAS, ISR;  blinken -meet- QAT;
///   HAMAS -respond(accept)-> EGY;  ISR -respond(reject)-> EGY;  blinken -visit-> ISR (planned)
inline ActorGraph TalksGraph() {
  return MakeGraph(
      {ToyActor("USA", "United States", "country", "USA"), ToyActor("QAT", "Qatar", "country", "QAT"),
       ToyActor("EGY", "Egypt", "country", "EGY"), ToyActor("HAMAS", "Hamas", "group", "HAMAS"),
       ToyActor("ISR", "Israel", "country", "ISR"),
       ToyActor("antony-blinken", "Antony Blinken", "person", "USA")},
      {{"USA", "HAMAS", "mediate", 2}, {"USA", "ISR", "mediate", 2}, {"QAT", "HAMAS", "mediate", 3},
       {"QAT", "ISR", "mediate", 1}, {"EGY", "HAMAS", "mediate", 1}, {"EGY", "ISR", "mediate", 1},
       {"antony-blinken", "QAT", "meet", 1}, {"HAMAS", "EGY", "respond", 1, "asserted", "accept"},
       {"ISR", "EGY", "respond", 1, "asserted", "reject"},
       {"antony-blinken", "ISR", "visit", 1, "planned"}},
      "Ceasefire talks");
}

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_RENDER_TOY_GRAPH_H_
