// Helpers for the graph-stage tests: hand-built relations, and a graph check
// every test's graph goes through (VerifyActorGraph, rule 9 of style-anchors).
#ifndef ACTORGRAPH_TESTS_GRAPH_GRAPH_TEST_UTIL_H_
#define ACTORGRAPH_TESTS_GRAPH_GRAPH_TEST_UTIL_H_

#include <string>

#include <gtest/gtest.h>

#include "graph/actor_graph.h"
#include "relations/relation.h"

namespace actorgraph::testing {

inline ActorRef Ref(const std::string& id, const std::string& party, ActorKind kind = ActorKind::kCountry,
                    const std::string& name = "") {
  return ActorRef{id, name.empty() ? id : name, kind, party};
}

inline Relation Rel(const ActorRef& s, RelationKind kind, const ActorRef& t, const std::string& doc = "d1",
                    int sentence = 1, const std::string& date = "2024-05-01",
                    Modality modality = Modality::kAsserted) {
  Relation r;
  r.doc = doc;
  r.sentence = sentence;
  r.kind = kind;
  r.source = s;
  r.target = t;
  r.modality = modality;
  r.date = date;
  r.evidence = "sentence " + std::to_string(sentence) + " of " + doc;
  r.rule = "test";
  return r;
}

/// The edge source -kind-> target, or nullptr.
inline const RelationEdge* FindEdge(const ActorGraph& graph, const std::string& s, const std::string& t,
                                    const std::string& kind) {
  Vertex vs, vt;
  if (!FindActor(graph, s, &vs) || !FindActor(graph, t, &vt)) return nullptr;
  for (auto [ei, ee] = boost::out_edges(vs, graph.g); ei != ee; ++ei) {
    if (boost::target(*ei, graph.g) == vt && graph.g[*ei].kind == kind) return &graph.g[*ei];
  }
  return nullptr;
}

#define EXPECT_VALID_GRAPH(graph)                              \
  do {                                                         \
    ::actorgraph::Status _s = ::actorgraph::VerifyActorGraph(graph); \
    EXPECT_TRUE(_s.ok()) << _s.message();                      \
  } while (0)

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_GRAPH_GRAPH_TEST_UTIL_H_
