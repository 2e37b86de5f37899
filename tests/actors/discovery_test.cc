#include "actors/discovery.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace actorgraph {
namespace {

using ::testing::ElementsAre;

// A world of our own: two states, a movement, titles; nobody holds the offices
// except one known minister.
constexpr std::string_view kWorld = R"toml(
[[actor]]
id = "VAL"
name = "Valoria"
kind = "country"
party = "VAL"
demonyms = ["Valorian"]

[[actor]]
id = "KOR-STATE"
name = "Korvath"
kind = "country"
party = "KOR-STATE"
demonyms = ["Korvathi"]

[[actor]]
id = "RED-HAND"
name = "Red Hand"
kind = "organization"
party = "RED-HAND"

[[actor]]
id = "val-foreign-office"
name = "Valorian Foreign Office"
kind = "organization"
party = "VAL"

[[actor]]
id = "mira-stone"
name = "Mira Stone"
kind = "person"
aliases = ["Stone"]
offices = [{ office = "foreign-minister", party = "VAL", start = "2020-01-01" }]

[[title]]
office = "foreign-minister"
phrases = ["foreign minister", "top diplomat"]

[[title]]
office = "head-of-government"
phrases = ["prime minister"]

[[title]]
office = "intelligence-chief"
phrases = ["intelligence chief"]

[[title]]
office = "spokesperson"
phrases = ["spokesman"]

[[title]]
office = "movement-leader"
party = "RED-HAND"
phrases = ["Red Hand leader"]
)toml";

class DiscoveryTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(kb_.Overlay(kWorld, "world.toml").ok()); }
  std::vector<Discovery> Find(std::string_view s, std::string_view date = "") {
    return ActorDiscoverer(kb_).Find(s, date);
  }
  KnowledgeBase kb_;
};

TEST_F(DiscoveryTest, NationalityTitleName) {
  std::string s = "Korvathi Foreign Minister Alden Voss arrived in the capital on Monday.";
  auto found = Find(s);
  ASSERT_EQ(found.size(), 1u);
  const Discovery& d = found[0];
  EXPECT_EQ(d.actor.id, "alden-voss");
  EXPECT_EQ(d.actor.name, "Alden Voss");
  EXPECT_EQ(d.actor.kind, ActorKind::kPerson);
  EXPECT_EQ(d.actor.party, "KOR-STATE");
  EXPECT_TRUE(d.actor.discovered);
  EXPECT_THAT(d.actor.aliases, ElementsAre("Voss"));
  ASSERT_EQ(d.actor.offices.size(), 1u);
  EXPECT_EQ(d.actor.offices[0].key, "foreign-minister");
  EXPECT_EQ(d.actor.offices[0].party, "KOR-STATE");
  EXPECT_EQ(d.title, "Foreign Minister");
  EXPECT_EQ(s.substr(d.begin, d.end - d.begin), "Korvathi Foreign Minister Alden Voss");
  EXPECT_EQ(s.substr(d.name_begin, d.name_end - d.name_begin), "Alden Voss");
  EXPECT_EQ(d.known, nullptr);
  EXPECT_FALSE(d.former);
}

TEST_F(DiscoveryTest, PossessiveStateLowerCaseTitleHonorificAndParticles) {
  auto found = Find("Valoria's intelligence chief Sheikh Tamar bin Idris al-Qadir said talks would resume.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].actor.name, "Tamar bin Idris al-Qadir");
  EXPECT_EQ(found[0].actor.id, "tamar-bin-idris-al-qadir");
  EXPECT_EQ(found[0].actor.party, "VAL");
  EXPECT_EQ(found[0].actor.offices[0].key, "intelligence-chief");
  EXPECT_THAT(found[0].actor.aliases, ElementsAre("al-Qadir"));
}

TEST_F(DiscoveryTest, TitleThatNamesItsParty) {
  auto found = Find("Red Hand leader Oren Kael's statement was read out.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].actor.name, "Oren Kael");  // the possessive is not part of the name
  EXPECT_EQ(found[0].actor.party, "RED-HAND");
  EXPECT_EQ(found[0].actor.offices[0].key, "movement-leader");
}

TEST_F(DiscoveryTest, InstitutionGivesItsState) {
  auto found = Find("Valorian Foreign Office spokesman Piet Harlan declined to comment.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].actor.party, "VAL");
  EXPECT_EQ(found[0].actor.offices[0].key, "spokesperson");
}

TEST_F(DiscoveryTest, ChainedTitlesTakeTheFirstOffice) {
  auto found = Find("The Korvathi Prime Minister and Foreign Minister Lise Marren flew home.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].actor.name, "Lise Marren");
  EXPECT_EQ(found[0].actor.offices[0].key, "head-of-government");
}

TEST_F(DiscoveryTest, FormerKeepsPartyButNoOffice) {
  auto found = Find("Former Valorian prime minister Jon Abel Brandt criticised the plan.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].former);
  EXPECT_EQ(found[0].actor.party, "VAL");
  EXPECT_TRUE(found[0].actor.offices.empty());
}

TEST_F(DiscoveryTest, KnownPersonsAreMarkedAndHolderGapsReported) {
  auto found = Find("Valorian Foreign Minister Mira Stone met Korvathi top diplomat Ivo Dane.", "2024-05-01");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].known, kb_.Find("mira-stone"));
  EXPECT_EQ(found[0].dictionary_holder, nullptr);
  EXPECT_EQ(found[1].actor.name, "Ivo Dane");
  EXPECT_EQ(found[1].known, nullptr);
  // Someone new in an office the dictionary gives to someone else on that date.
  auto other = Find("Valorian Foreign Minister Ana Roe spoke.", "2024-05-01");
  ASSERT_EQ(other.size(), 1u);
  EXPECT_EQ(other[0].dictionary_holder, kb_.Find("mira-stone"));
}

TEST_F(DiscoveryTest, NoPatternNoDiscovery) {
  EXPECT_TRUE(Find("Foreign Minister Ivo Dane spoke.").empty());          // no nationality: party unknown
  EXPECT_TRUE(Find("The Korvathi foreign minister said on Monday.").empty());  // no name
  EXPECT_TRUE(Find("Korvathi Foreign Minister Dane spoke.").empty());     // one word: too weak
  EXPECT_TRUE(Find("Korvathi Foreign Minister On Tuesday spoke.").empty());
  EXPECT_TRUE(Find("").empty());
  EXPECT_TRUE(Find("Valorian").empty());
}

TEST_F(DiscoveryTest, StopsAtWeekdaysAndPlaces) {
  auto found = Find("Korvathi Foreign Minister Alden Voss Monday said Valoria was ready.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].actor.name, "Alden Voss");
  auto place = Find("Korvathi Foreign Minister Alden Voss Valoria visit");
  ASSERT_EQ(place.size(), 1u);
  EXPECT_EQ(place[0].actor.name, "Alden Voss");
}

TEST(PersonIdTest, KebabCaseAsciiFolded) {
  EXPECT_EQ(PersonId("Seyed Abbas Araghchi"), "seyed-abbas-araghchi");
  EXPECT_EQ(PersonId("Abdel-Fattah al-Sissi"), "abdel-fattah-al-sissi");
  EXPECT_EQ(PersonId("António Guterres"), "antonio-guterres");
  EXPECT_EQ(PersonId("Gideon Sa’ar"), "gideon-sa-ar");
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

// Arbitrary bytes (invalid UTF-8, lone apostrophes, titles at the very end)
// never crash, hang or yield spans outside the text.
TEST(DiscoveryRobustnessTest, ArbitraryBytes) {
  KnowledgeBase kb;
  ASSERT_TRUE(kb.Overlay(R"toml(
[[actor]]
id = "VAL"
name = "Valoria"
kind = "country"
party = "VAL"
demonyms = ["Valorian"]

[[title]]
office = "foreign-minister"
phrases = ["foreign minister"]
)toml",
                         "w.toml")
                  .ok());
  ActorDiscoverer discoverer(kb);
  const std::string pieces[] = {"Valorian ", "Foreign Minister ", "Ana ", "Roe", "'s ", "\xE2\x80\x99", "\xFF",
                                "\xC3", "al-", "former ", "ex-", ". ", ",", "  ", "Valoria's ", "and "};
  unsigned state = 12345;  // fixed seed: the same inputs every run
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    int n = static_cast<int>(state % 12);
    for (int i = 0; i < n; ++i) {
      state = state * 1103515245u + 12345u;
      text += pieces[(state >> 16) % std::size(pieces)];
    }
    state = state * 1103515245u + 12345u;
    for (const Discovery& d : discoverer.Find(text, "2024-01-01")) {
      ASSERT_LE(d.begin, d.name_begin) << text;
      ASSERT_LT(d.name_begin, d.name_end) << text;
      ASSERT_LE(d.name_end, text.size()) << text;
      ASSERT_EQ(d.actor.party, "VAL") << text;
    }
  }
  EXPECT_EQ(discoverer.Find("Valorian Foreign Minister Ana Roe", "").size(), 1u);  // at the very end
}

}  // namespace
}  // namespace actorgraph
