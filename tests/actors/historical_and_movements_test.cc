// The built-in dictionaries name the actors of wire copy from any decade and
// region: former names of states resolve to the state that continues them,
// predecessors of international bodies to the body, and armed movements
// worldwide are parties of their own.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "actors/knowledge_base.h"

namespace actorgraph {
namespace {

const KnowledgeBase& Builtin() {
  static const KnowledgeBase* kb = [] {
    auto loaded = KnowledgeBase::LoadBuiltin();
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? new KnowledgeBase(std::move(loaded).value()) : new KnowledgeBase();
  }();
  return *kb;
}

// The parties of every actor that has `text` as its name or an alias (exact
// spelling): one party when the surface is unambiguous.
std::set<std::string> PartiesNamedBy(std::string_view text) {
  std::set<std::string> parties;
  for (const Surface& s : Builtin().surfaces()) {
    if (s.text != text || s.form != NameForm::kName) continue;
    const Actor* actor = Builtin().Find(s.actor_id);
    if (actor != nullptr) parties.insert(actor->party);
  }
  return parties;
}

// A state that ended has its own party (the code of its time); other former names are aliases of the
// state that continues them.
TEST(HistoricalAndMovementsTest, FormerStateNamesResolveToTheContinuingState) {
  EXPECT_EQ(PartiesNamedBy("Soviet Union"), std::set<std::string>{"SUN"});
  EXPECT_EQ(PartiesNamedBy("USSR"), std::set<std::string>{"SUN"});
  EXPECT_EQ(PartiesNamedBy("East Germany"), std::set<std::string>{"DDR"});
  EXPECT_EQ(PartiesNamedBy("Zaire"), std::set<std::string>{"ZAR"});
  // bare "Congo" is the Democratic Republic, as news has written it since 1997
  EXPECT_EQ(PartiesNamedBy("Congo"), std::set<std::string>{"COD"});
  EXPECT_EQ(PartiesNamedBy("Democratic Republic of Congo"), std::set<std::string>{"COD"});
  EXPECT_EQ(PartiesNamedBy("Republic of Congo"), std::set<std::string>{"COG"});
  EXPECT_EQ(PartiesNamedBy("West Germany"), std::set<std::string>{"DEU"});
  EXPECT_EQ(PartiesNamedBy("Burma"), std::set<std::string>{"MMR"});
}

TEST(HistoricalAndMovementsTest, PredecessorBodiesResolveToTheirSuccessor) {
  EXPECT_EQ(PartiesNamedBy("European Community"), std::set<std::string>{"EU"});
  EXPECT_EQ(PartiesNamedBy("EEC"), std::set<std::string>{"EU"});
  EXPECT_EQ(PartiesNamedBy("CSCE"), std::set<std::string>{"OSCE"});
}

TEST(HistoricalAndMovementsTest, TheOrganisationOfAfricanUnityIsItsOwnParty) {
  // annotators code the 1963-2002 body as itself, not as the African Union that replaced it
  EXPECT_EQ(PartiesNamedBy("Organization of African Unity"), std::set<std::string>{"OAU"});
  EXPECT_EQ(PartiesNamedBy("OAU"), std::set<std::string>{"OAU"});
  EXPECT_EQ(PartiesNamedBy("African Union"), std::set<std::string>{"AU"});
}

TEST(HistoricalAndMovementsTest, ArmedMovementsAreTheirOwnParty) {
  EXPECT_EQ(PartiesNamedBy("FARC"), std::set<std::string>{"FARC"});
  EXPECT_EQ(PartiesNamedBy("Taliban"), std::set<std::string>{"TALIBAN"});
  EXPECT_EQ(PartiesNamedBy("Pakistani Taliban"), std::set<std::string>{"TTP"});
  EXPECT_EQ(PartiesNamedBy("Tamil Tigers"), std::set<std::string>{"LTTE"});
  // the M23 under the name of the alliance it leads since 2023
  EXPECT_EQ(PartiesNamedBy("AFC/M23"), std::set<std::string>{"M23"});
  // Haftar's force is a party of its own; the Tripoli government is Libya
  EXPECT_EQ(PartiesNamedBy("Libyan National Army"), std::set<std::string>{"LNA"});
  EXPECT_EQ(PartiesNamedBy("Government of National Accord"), std::set<std::string>{"LBY"});
  // the G7 with Russia is a group of its own
  EXPECT_EQ(PartiesNamedBy("Group of Eight"), std::set<std::string>{"G8"});
  EXPECT_EQ(PartiesNamedBy("G7"), std::set<std::string>{"G7"});
  // regional leaders acting together are their bloc, as annotators code them
  EXPECT_EQ(PartiesNamedBy("West African leaders"), std::set<std::string>{"ECOWAS"});
  EXPECT_EQ(PartiesNamedBy("Southeast Asian leaders"), std::set<std::string>{"ASEAN"});
  const Actor* farc = Builtin().Find("FARC");
  ASSERT_NE(farc, nullptr);
  EXPECT_EQ(farc->kind, ActorKind::kOrganization);
}

// An international body is named by its acronym as often as by its name.
TEST(HistoricalAndMovementsTest, InternationalBodiesAnswerToTheirAcronyms) {
  for (const char* acronym : {"AU", "EU", "UN", "NATO", "IAEA", "IGAD", "ASEAN", "OPEC", "GCC"})
    EXPECT_EQ(PartiesNamedBy(acronym).size(), 1u) << acronym;
  EXPECT_EQ(PartiesNamedBy("AU"), std::set<std::string>{"AU"});
}

// A rebel leader who later took office acts for the movement before that, for the state after.
TEST(HistoricalAndMovementsTest, ARebelLeaderActsForHisMovementUntilHeTakesOffice) {
  for (auto [id, date, party] : {std::tuple<const char*, const char*, const char*>{"pushpa-kamal-dahal", "2006-11-21", "CPN-M"},
                                 {"pushpa-kamal-dahal", "2008-09-01", "NPL"},
                                 {"nelson-mandela", "1990-06-01", "ANC"},
                                 {"nelson-mandela", "1995-06-01", "ZAF"},
                                 {"paul-kagame", "1993-08-04", "RPF"},
                                 {"salva-kiir", "2005-01-09", "SPLM"},
                                 {"salva-kiir", "2013-12-20", "SSD"},
                                 // (and one who turned on the state acts for his force from the first day of war)
                                 {"mohamed-hamdan-dagalo", "2023-04-20", "RSF"},
                                 {"mohamed-hamdan-dagalo", "2022-06-01", "SDN"}}) {
    const Actor* a = Builtin().Find(id);
    ASSERT_NE(a, nullptr) << id;
    EXPECT_EQ(Builtin().PartyOn(*a, date), party) << id << " on " << date;
  }
}

}  // namespace
}  // namespace actorgraph
