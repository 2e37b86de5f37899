#include "graph/build.h"

#include <gtest/gtest.h>

#include "graph/graph_test_util.h"

namespace actorgraph {
namespace {

using testing::FindEdge;
using testing::Ref;
using testing::Rel;

const ActorRef kUsa = Ref("USA", "USA", ActorKind::kCountry, "United States");
const ActorRef kQat = Ref("QAT", "QAT", ActorKind::kCountry, "Qatar");
const ActorRef kIsr = Ref("ISR", "ISR", ActorKind::kCountry, "Israel");
const ActorRef kHamas = Ref("HAMAS", "HAMAS", ActorKind::kOrganization, "Hamas");
const ActorRef kBlinken = Ref("antony-blinken", "USA", ActorKind::kPerson, "Antony Blinken");
const ActorRef kBurns = Ref("william-burns", "USA", ActorKind::kPerson, "William Burns");
const ActorRef kWhiteHouse = Ref("white-house", "USA", ActorKind::kOrganization, "White House");
const ActorRef kNetanyahu = Ref("benjamin-netanyahu", "ISR", ActorKind::kPerson, "Benjamin Netanyahu");

TEST(BuildGraphTest, MeetIsStoredOnceWithSmallerIdFirstAndMergesBothDirections) {
  Extraction x;
  x.relations = {Rel(kUsa, RelationKind::kMeet, kQat, "d1", 2, "2024-05-02"),
                 Rel(kQat, RelationKind::kMeet, kUsa, "d2", 5, "2024-05-07")};
  ActorGraph g = BuildGraph(x, GraphOptions{});
  EXPECT_VALID_GRAPH(g);
  ASSERT_EQ(boost::num_edges(g.g), 1u);
  const RelationEdge* e = FindEdge(g, "QAT", "USA", "meet");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->count, 2);
  EXPECT_DOUBLE_EQ(e->weight, 2.0);
  EXPECT_EQ(e->first_date, "2024-05-02");
  EXPECT_EQ(e->last_date, "2024-05-07");
  ASSERT_EQ(e->evidence.size(), 2u);
  EXPECT_EQ(e->evidence[0].doc, "d1");
  EXPECT_EQ(e->evidence[0].sentence, 2);
  EXPECT_EQ(e->evidence[1].doc, "d2");
}

TEST(BuildGraphTest, DirectedKindsKeepTheirDirection) {
  Extraction x;
  x.relations = {Rel(kQat, RelationKind::kMediate, kHamas), Rel(kHamas, RelationKind::kRespond, kQat)};
  ActorGraph g = BuildGraph(x, GraphOptions{});
  EXPECT_VALID_GRAPH(g);
  EXPECT_NE(FindEdge(g, "QAT", "HAMAS", "mediate"), nullptr);
  EXPECT_NE(FindEdge(g, "HAMAS", "QAT", "respond"), nullptr);
  EXPECT_EQ(FindEdge(g, "HAMAS", "QAT", "mediate"), nullptr);
  // Vertices in id order.
  EXPECT_EQ(g.g[0].id, "HAMAS");
  EXPECT_EQ(g.g[1].id, "QAT");
  EXPECT_EQ(g.g[1].name, "Qatar");
  EXPECT_EQ(g.g[0].kind, "organization");
}

TEST(BuildGraphTest, NegatedAndHypotheticalNeverBecomeEdges) {
  Extraction x;
  x.relations = {Rel(kUsa, RelationKind::kMeet, kQat, "d1", 1, "2024-05-01", Modality::kNegated),
                 Rel(kUsa, RelationKind::kAttack, kQat, "d1", 2, "2024-05-01", Modality::kHypothetical),
                 Rel(kUsa, RelationKind::kVisit, kQat, "d1", 3, "2024-05-01", Modality::kPlanned)};
  GraphOptions o;
  o.modalities = {"asserted", "planned"};
  BuildStats stats;
  ActorGraph g = BuildGraph(x, o, &stats);
  EXPECT_VALID_GRAPH(g);
  EXPECT_EQ(boost::num_edges(g.g), 1u);
  const RelationEdge* e = FindEdge(g, "USA", "QAT", "visit");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modalities, std::vector<std::string>{"planned"});
  EXPECT_EQ(stats.relations, 3);
  EXPECT_EQ(stats.not_event, 2);
  EXPECT_EQ(stats.used, 1);
}

TEST(BuildGraphTest, ModalityKindAndDateFiltersCountWhatTheyDrop) {
  Extraction x;
  x.relations = {Rel(kUsa, RelationKind::kMeet, kQat, "d1", 1, "2024-05-01"),
                 Rel(kUsa, RelationKind::kVisit, kQat, "d1", 2, "2024-05-01", Modality::kPlanned),
                 Rel(kUsa, RelationKind::kUrge, kIsr, "d1", 3, "2024-05-01"),
                 Rel(kUsa, RelationKind::kMeet, kIsr, "d2", 1, "2024-06-15"),
                 Rel(kUsa, RelationKind::kMeet, kHamas, "d3", 1, "")};
  GraphOptions o;
  o.modalities = {"asserted"};
  o.kinds = {"meet", "visit"};
  o.since = "2024-05-01";
  o.until = "2024-05-31";
  ASSERT_TRUE(ValidateGraphOptions(o).ok());
  BuildStats stats;
  ActorGraph g = BuildGraph(x, o, &stats);
  EXPECT_VALID_GRAPH(g);
  EXPECT_EQ(boost::num_edges(g.g), 1u);
  EXPECT_NE(FindEdge(g, "QAT", "USA", "meet"), nullptr);
  EXPECT_EQ(stats.other_modality, 1);
  EXPECT_EQ(stats.other_kind, 1);
  EXPECT_EQ(stats.out_of_range, 2);  // June, and the undated one
  EXPECT_EQ(stats.used, 1);
  EXPECT_EQ(boost::num_vertices(g.g), 2u);  // ISR and HAMAS have no kept edge
}

TEST(BuildGraphTest, MinCountDropsWeakEdgesAndTheirLonelyActors) {
  Extraction x;
  x.relations = {Rel(kQat, RelationKind::kMediate, kHamas, "d1", 1), Rel(kQat, RelationKind::kMediate, kHamas, "d2", 1),
                 Rel(kQat, RelationKind::kMediate, kIsr, "d1", 1)};
  GraphOptions o;
  o.min_count = 2;
  BuildStats stats;
  ActorGraph g = BuildGraph(x, o, &stats);
  EXPECT_VALID_GRAPH(g);
  EXPECT_EQ(boost::num_edges(g.g), 1u);
  EXPECT_EQ(boost::num_vertices(g.g), 2u);
  EXPECT_FALSE(g.index.count("ISR"));
  EXPECT_EQ(stats.below_min_count, 1);
  EXPECT_EQ(stats.used, 2);
}

TEST(BuildGraphTest, PartyLevelFoldsPersonsAndDropsWithinPartyTies) {
  Extraction x;
  x.relations = {Rel(kBlinken, RelationKind::kMeet, kNetanyahu, "d1", 4),
                 Rel(kBurns, RelationKind::kMeet, kNetanyahu, "d1", 4),  // same sentence
                 Rel(kBlinken, RelationKind::kMeet, kWhiteHouse, "d1", 5),
                 Rel(kUsa, RelationKind::kUrge, kIsr, "d2", 1)};
  GraphOptions o;
  o.level = "party";
  BuildStats stats;
  ActorGraph g = BuildGraph(x, o, &stats);
  EXPECT_VALID_GRAPH(g);
  EXPECT_EQ(g.level, "party");
  EXPECT_EQ(boost::num_vertices(g.g), 2u);
  const RelationEdge* meet = FindEdge(g, "ISR", "USA", "meet");
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(meet->count, 2);
  EXPECT_EQ(meet->evidence.size(), 1u);  // one sentence says both
  EXPECT_NE(FindEdge(g, "USA", "ISR", "urge"), nullptr);
  EXPECT_EQ(stats.self_loops, 1);
  Vertex usa;
  ASSERT_TRUE(FindActor(g, "USA", &usa));
  EXPECT_EQ(g.g[usa].name, "United States");  // named after the country actor
  EXPECT_EQ(g.g[usa].kind, "country");
}

TEST(BuildGraphTest, ActorLevelDropsSelfLoops) {
  Extraction x;
  x.relations = {Rel(kUsa, RelationKind::kUrge, kUsa)};
  BuildStats stats;
  ActorGraph g = BuildGraph(x, GraphOptions{}, &stats);
  EXPECT_EQ(boost::num_edges(g.g), 0u);
  EXPECT_EQ(boost::num_vertices(g.g), 0u);
  EXPECT_EQ(stats.self_loops, 1);
}

TEST(BuildGraphTest, RespondStanceIsTheMajorityTiesByName) {
  Extraction x;
  Relation a = Rel(kHamas, RelationKind::kRespond, kQat, "d1", 1);
  a.stance = Stance::kReject;
  Relation b = Rel(kHamas, RelationKind::kRespond, kQat, "d1", 2);
  b.stance = Stance::kAccept;
  x.relations = {a, b};
  ActorGraph g = BuildGraph(x, GraphOptions{});
  EXPECT_EQ(FindEdge(g, "HAMAS", "QAT", "respond")->stance, "accept");  // 1:1, "accept" < "reject"
  Relation c = Rel(kHamas, RelationKind::kRespond, kQat, "d1", 3);
  c.stance = Stance::kReject;
  x.relations.push_back(c);
  g = BuildGraph(x, GraphOptions{});
  EXPECT_EQ(FindEdge(g, "HAMAS", "QAT", "respond")->stance, "reject");
}

TEST(BuildGraphTest, SameInputInAnyOrderGivesTheSameGraph) {
  Extraction x;
  x.relations = {Rel(kQat, RelationKind::kMediate, kHamas, "d2", 3), Rel(kUsa, RelationKind::kMeet, kIsr, "d1", 1),
                 Rel(kQat, RelationKind::kMediate, kHamas, "d1", 7)};
  Extraction y = x;
  std::reverse(y.relations.begin(), y.relations.end());
  ActorGraph a = BuildGraph(x, GraphOptions{}), b = BuildGraph(y, GraphOptions{});
  ASSERT_EQ(boost::num_edges(a.g), boost::num_edges(b.g));
  auto ea = boost::edges(a.g).first, eb = boost::edges(b.g).first;
  for (std::size_t i = 0; i < boost::num_edges(a.g); ++i, ++ea, ++eb) {
    EXPECT_EQ(a.g[boost::source(*ea, a.g)].id, b.g[boost::source(*eb, b.g)].id);
    EXPECT_EQ(a.g[*ea].kind, b.g[*eb].kind);
    EXPECT_EQ(a.g[*ea].evidence.front().doc, b.g[*eb].evidence.front().doc);
  }
}

TEST(ValidateGraphOptionsTest, RejectsWhatCannotWork) {
  GraphOptions o;
  o.level = "country";
  EXPECT_EQ(ValidateGraphOptions(o).message(), "unknown level 'country' (use actor or party)");
  o = GraphOptions{};
  o.kinds = {"bombed"};
  EXPECT_EQ(ValidateGraphOptions(o).code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(ValidateGraphOptions(o).message().find("'bombed'"), std::string::npos);
  o = GraphOptions{};
  o.modalities = {"negated"};
  EXPECT_NE(ValidateGraphOptions(o).message().find("did not happen"), std::string::npos);
  o = GraphOptions{};
  o.since = "2024-13";
  EXPECT_EQ(ValidateGraphOptions(o).message(), "date '2024-13' is not YYYY-MM-DD");
  o.since = "2024-13-01";
  EXPECT_EQ(ValidateGraphOptions(o).message(), "date '2024-13-01' is not YYYY-MM-DD");
  o = GraphOptions{};
  o.since = "2024-06-01";
  o.until = "2024-05-01";
  EXPECT_FALSE(ValidateGraphOptions(o).ok());
  o = GraphOptions{};
  o.min_count = 0;
  EXPECT_FALSE(ValidateGraphOptions(o).ok());
  EXPECT_TRUE(ValidateGraphOptions(GraphOptions{}).ok());
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

using testing::FindEdge;
using testing::Ref;
using testing::Rel;

TEST(ReshapeGraphTest, FiltersASavedGraphLikeRelations) {
  Extraction x;
  ActorRef blinken = Ref("antony-blinken", "USA", ActorKind::kPerson, "Antony Blinken");
  ActorRef usa = Ref("USA", "USA", ActorKind::kCountry, "United States");
  ActorRef isr = Ref("ISR", "ISR", ActorKind::kCountry, "Israel");
  ActorRef qat = Ref("QAT", "QAT", ActorKind::kCountry, "Qatar");
  x.relations = {Rel(blinken, RelationKind::kMeet, isr, "d1", 1, "2024-05-01"),
                 Rel(usa, RelationKind::kUrge, isr, "d1", 2, "2024-05-01"),
                 Rel(usa, RelationKind::kMeet, isr, "d2", 1, "2024-06-10"),
                 Rel(qat, RelationKind::kMediate, isr, "d2", 2, "2024-06-10", Modality::kPlanned)};
  ActorGraph saved = BuildGraph(x, GraphOptions{});
  BuildStats stats;
  GraphOptions party;
  party.level = "party";
  ActorGraph folded = ReshapeGraph(saved, party, &stats);
  EXPECT_VALID_GRAPH(folded);
  EXPECT_EQ(folded.level, "party");
  const RelationEdge* meet = FindEdge(folded, "ISR", "USA", "meet");
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(meet->count, 2);  // Blinken's meeting and the USA's
  Vertex usa_v;
  ASSERT_TRUE(FindActor(folded, "USA", &usa_v));
  EXPECT_EQ(folded.g[usa_v].name, "United States");
  EXPECT_FALSE(folded.index.count("antony-blinken"));

  GraphOptions june;
  june.since = "2024-06-01";
  june.modalities = {"asserted"};
  ActorGraph later = ReshapeGraph(saved, june, &stats);
  EXPECT_VALID_GRAPH(later);
  EXPECT_EQ(boost::num_edges(later.g), 1u);  // the June meeting; the planned mediation is left out
  EXPECT_NE(FindEdge(later, "ISR", "USA", "meet"), nullptr);
  EXPECT_EQ(stats.other_modality, 1);
  EXPECT_EQ(stats.out_of_range, 2);
  Vertex isr_v;
  ASSERT_TRUE(FindActor(later, "ISR", &isr_v));
  EXPECT_EQ(later.g[isr_v].name, "Israel");  // attributes survive the reshape
}

TEST(BuildGraphTest, AnActorNamedAsItselfNamesTheVertexOverAnUnnamedBody) {
  // "Israeli officials" (a group standing for ISR) comes first, "Israel" later.
  const ActorRef officials = Ref("ISR", "ISR", ActorKind::kGroup, "Israeli officials");
  Extraction x;
  x.relations = {Rel(kUsa, RelationKind::kMeet, officials, "d1", 1, "2024-05-01"),
                 Rel(kQat, RelationKind::kMediate, kIsr, "d1", 2, "2024-05-01")};
  for (const char* level : {"actor", "party"}) {
    GraphOptions options;
    options.level = level;
    BuildStats stats;
    ActorGraph graph = BuildGraph(x, options, &stats);
    Vertex v;
    ASSERT_TRUE(FindActor(graph, "ISR", &v)) << level;
    EXPECT_EQ("Israel", graph.g[v].name) << level;
    EXPECT_EQ("country", graph.g[v].kind) << level;
  }
}

TEST(BuildGraphTest, ThePartysDictionaryNameBeatsAnUnnamedBody) {
  // Only "Emirati officials" take part; the extraction names the party's actor.
  const ActorRef officials = Ref("ARE", "ARE", ActorKind::kGroup, "Emirati officials");
  Extraction x;
  x.relations = {Rel(kUsa, RelationKind::kMeet, officials, "d1", 1, "2024-05-01")};
  Actor are;
  are.id = "ARE";
  are.name = "United Arab Emirates";
  are.party = "ARE";
  x.parties = {are};
  for (const char* level : {"actor", "party"}) {
    GraphOptions options;
    options.level = level;
    BuildStats stats;
    ActorGraph graph = BuildGraph(x, options, &stats);
    Vertex v;
    ASSERT_TRUE(FindActor(graph, "ARE", &v)) << level;
    EXPECT_EQ("United Arab Emirates", graph.g[v].name) << level;
  }
}

}  // namespace
}  // namespace actorgraph
