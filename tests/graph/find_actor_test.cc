#include "graph/find_actor.h"

#include "actors/text.h"

#include <gtest/gtest.h>

#include "graph/import.h"

namespace actorgraph {
namespace {

ActorGraph Actors() {
  GraphAssembler a(true);
  a.AddVertex({"ISR", "Israel", "country", "ISR", {}});
  a.AddVertex({"HAMAS", "Hamas", "organization", "HAMAS", {}});
  a.AddVertex({"antony-blinken", "Antony Blinken", "person", "USA", {}});
  a.AddVertex({"abbas-kamel", "Abbas Kamel", "person", "EGY", {}});
  a.AddVertex({"mahmoud-abbas", "Mahmoud Abbas", "person", "PSE", {}});
  return a.Finish().graph;
}

std::string IdOf(const ActorGraph& g, const Result<Vertex>& r) { return r.ok() ? g.g[*r].id : r.status().message(); }

TEST(ResolveActorTest, IdNameAliasThenUniqueSubstring) {
  ActorGraph g = Actors();
  EXPECT_EQ(IdOf(g, ResolveActor(g, "isr")), "ISR");
  EXPECT_EQ(IdOf(g, ResolveActor(g, "Israel")), "ISR");
  EXPECT_EQ(IdOf(g, ResolveActor(g, "Blinken", {{"Blinken", "antony-blinken"}})), "antony-blinken");
  EXPECT_EQ(IdOf(g, ResolveActor(g, "blink")), "antony-blinken");
  EXPECT_EQ(IdOf(g, ResolveActor(g, "Kamel")), "abbas-kamel");
}

TEST(ResolveActorTest, AmbiguousListsTheCandidates) {
  ActorGraph g = Actors();
  EXPECT_EQ(ResolveActor(g, "abbas").status().message(),
            "'abbas' is ambiguous: abbas-kamel (Abbas Kamel), mahmoud-abbas (Mahmoud Abbas); name the actor by its id");
}

TEST(ResolveActorTest, MissSuggestsNearNames) {
  ActorGraph g = Actors();
  auto r = ResolveActor(g, "Isreal");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), "no actor 'Isreal' in the graph; did you mean ISR (Israel)?");
  EXPECT_EQ(ResolveActor(g, "zzzzzzzz").status().message(),
            "no actor 'zzzzzzzz' in the graph (`actorgraph centrality` lists the actors it has)");
}

TEST(NameDistanceTest, Classic) {
  EXPECT_EQ(NameDistance("kitten", "sitting"), 3);
  EXPECT_EQ(NameDistance("", "abc"), 3);
  EXPECT_EQ(NameDistance("same", "same"), 0);
}

}  // namespace
}  // namespace actorgraph
