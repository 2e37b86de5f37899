#include "actors/knowledge_base.h"

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace actorgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// A small world of our own, independent of the shipped dictionaries.
constexpr std::string_view kWorld = R"toml(
[[actor]]
id = "NAR"
name = "Narnia"
kind = "country"
party = "NAR"
aliases = ["Kingdom of Narnia"]
demonyms = ["Narnian"]
demonyms_plural = ["Narnians"]
capital = "Cair Paravel"

[[actor]]
id = "ARC"
name = "Archenland"
kind = "country"
party = "ARC"
capital = "Anvard"

[[actor]]
id = "nar-foreign-office"
name = "Narnian Foreign Office"
kind = "organization"
party = "NAR"
aliases = ["the Foreign Office"]

[[actor]]
id = "peter-pevensie"
name = "Peter Pevensie"
kind = "person"
aliases = ["Pevensie"]
offices = [
  { office = "head-of-state", party = "NAR", start = "2020-01-01", end = "2024-12-31" },
]

[[actor]]
id = "caspian"
name = "Caspian"
kind = "person"
offices = [
  { office = "foreign-minister", party = "ARC", start = "2019-05-01", end = "2024-12-31" },
  { office = "head-of-state", party = "NAR", start = "2024-12-31" },
]

[[title]]
office = "head-of-state"
phrases = ["king", "the king"]

[[title]]
office = "head-of-state"
party = "NAR"
name = "High King of Narnia"
phrases = ["High King"]
)toml";

KnowledgeBase World() {
  KnowledgeBase kb;
  Status s = kb.Overlay(kWorld, "world.toml");
  EXPECT_TRUE(s.ok()) << s.message();
  return kb;
}

TEST(KnowledgeBaseTest, LoadsActorsSortedById) {
  KnowledgeBase kb = World();
  std::vector<std::string> ids;
  for (const Actor& a : kb.actors()) ids.push_back(a.id);
  EXPECT_THAT(ids, ElementsAre("ARC", "NAR", "caspian", "nar-foreign-office", "peter-pevensie"));
  const Actor* narnia = kb.Find("NAR");
  ASSERT_NE(narnia, nullptr);
  EXPECT_EQ(narnia->name, "Narnia");
  EXPECT_EQ(narnia->kind, ActorKind::kCountry);
  EXPECT_EQ(narnia->origin, "world.toml:2");
  EXPECT_EQ(kb.Find("nobody"), nullptr);
}

TEST(KnowledgeBaseTest, SurfacesCarryTheirForm) {
  KnowledgeBase kb = World();
  auto form_of = [&](std::string_view text) {
    for (const Surface& s : kb.surfaces()) {
      if (s.text == text) return std::make_pair(s.actor_id, s.form);
    }
    return std::make_pair(std::string("?"), NameForm::kName);
  };
  EXPECT_EQ(form_of("Narnia"), std::make_pair(std::string("NAR"), NameForm::kName));
  EXPECT_EQ(form_of("Kingdom of Narnia"), std::make_pair(std::string("NAR"), NameForm::kName));
  EXPECT_EQ(form_of("Narnian"), std::make_pair(std::string("NAR"), NameForm::kDemonym));
  EXPECT_EQ(form_of("Narnians"), std::make_pair(std::string("NAR"), NameForm::kDemonymPlural));
  EXPECT_EQ(form_of("Cair Paravel"), std::make_pair(std::string("NAR"), NameForm::kCapital));
  // Aliases list every other surface form (the mention finder reads forms from surfaces()).
  EXPECT_THAT(kb.Find("NAR")->aliases,
              ElementsAre("Kingdom of Narnia", "Narnian", "Narnians", "Cair Paravel"));
}

TEST(KnowledgeBaseTest, PersonTakesPartyOfLatestOffice) {
  KnowledgeBase kb = World();
  EXPECT_EQ(kb.Find("caspian")->party, "NAR");
  EXPECT_EQ(kb.PartyOn(*kb.Find("caspian"), "2022-03-03"), "ARC");
  EXPECT_EQ(kb.PartyOn(*kb.Find("caspian"), "2025-06-01"), "NAR");
  EXPECT_EQ(kb.PartyOn(*kb.Find("caspian"), ""), "NAR");
}

TEST(KnowledgeBaseTest, HolderOfByDate) {
  KnowledgeBase kb = World();
  auto holder = [&](std::string_view office, std::string_view party, std::string_view date) -> std::string {
    auto h = kb.HolderOf(office, party, date);
    if (!h) return "none";
    return std::string(h->person->id) + (h->guessed ? "?" : "");
  };
  EXPECT_EQ(holder("head-of-state", "NAR", "2022-06-01"), "peter-pevensie");
  EXPECT_EQ(holder("head-of-state", "NAR", "2020-01-01"), "peter-pevensie");
  EXPECT_EQ(holder("head-of-state", "NAR", "2024-12-31"), "caspian");  // hand-over day: the new holder
  EXPECT_EQ(holder("head-of-state", "NAR", "2025-02-01"), "caspian");
  EXPECT_EQ(holder("head-of-state", "NAR", "2019-12-31"), "none");
  EXPECT_EQ(holder("head-of-state", "NAR", ""), "caspian?");
  EXPECT_EQ(holder("foreign-minister", "ARC", "2023-01-01"), "caspian");
  EXPECT_EQ(holder("foreign-minister", "ARC", "2025-01-01"), "none");
  EXPECT_EQ(holder("foreign-minister", "", "2023-01-01"), "caspian");  // one party only: unambiguous
  EXPECT_EQ(holder("defense-minister", "NAR", "2023-01-01"), "none");
}

TEST(KnowledgeBaseTest, AFamilyNameIsWhoeverOfThatNameHeldOfficeThen) {
  KnowledgeBase kb = World();
  ASSERT_TRUE(kb.Overlay(R"(
[[actor]]
id = "susan-pevensie"
name = "Susan Pevensie"
kind = "person"
offices = [{ office = "foreign-minister", party = "NAR", start = "2024-01-01" }]
)", "susan.toml").ok());
  auto who = [&](std::string_view office, std::string_view date) -> std::string {
    const Actor* a = kb.FamilyNameHolder("Pevensie", office, date);
    return a ? a->id : "none";
  };
  EXPECT_EQ(who("", "2022-06-01"), "peter-pevensie");
  EXPECT_EQ(who("", "2026-01-01"), "susan-pevensie");
  EXPECT_EQ(who("", "2024-06-01"), "none");  // both in office: which one?
  EXPECT_EQ(who("head-of-state", "2024-06-01"), "peter-pevensie");
  EXPECT_EQ(who("head-of-state", "2022-06-01"), "peter-pevensie");
  EXPECT_EQ(who("foreign-minister", "2022-06-01"), "none");
  EXPECT_EQ(who("", ""), "none");  // no date: no guess
  EXPECT_EQ(kb.FamilyNameHolder("Evensie", "", "2022-06-01"), nullptr);  // a whole word only
}

TEST(KnowledgeBaseTest, AnOfficeHeldByTwoAtOnceHasNoSingleHolder) {
  KnowledgeBase kb = World();
  ASSERT_TRUE(kb.Overlay(R"(
[[actor]]
id = "envoy-one"
name = "Envoy One"
kind = "person"
offices = [{ office = "special-envoy", party = "NAR", start = "2021-01-01" }]

[[actor]]
id = "envoy-two"
name = "Envoy Two"
kind = "person"
offices = [{ office = "special-envoy", party = "NAR", start = "2023-01-01" }]
)", "envoys.toml").ok());
  EXPECT_EQ(kb.HolderOf("special-envoy", "NAR", "2022-01-01")->person->id, "envoy-one");
  EXPECT_FALSE(kb.HolderOf("special-envoy", "NAR", "2024-01-01").has_value());  // "the envoy": which one?
}

TEST(KnowledgeBaseTest, OfficeTitles) {
  KnowledgeBase kb = World();
  EXPECT_EQ(kb.OfficeTitle("head-of-state", "NAR"), "High King of Narnia");
  EXPECT_EQ(kb.OfficeTitle("foreign-minister", "ARC"), "Foreign Minister");
  EXPECT_EQ(kb.Find("peter-pevensie")->offices[0].title, "High King of Narnia");
  EXPECT_EQ(kb.Find("peter-pevensie")->offices[0].key, "head-of-state");
  ASSERT_EQ(kb.titles().size(), 3u);
  EXPECT_EQ(kb.titles()[0].text, "High King");
  EXPECT_EQ(kb.titles()[0].party, "NAR");
}

TEST(KnowledgeBaseTest, OverlayReplacesAndExtends) {
  KnowledgeBase kb = World();
  Status s = kb.Overlay(R"toml(
[[actor]]
id = "NAR"
name = "Narnia Republic"
kind = "country"
party = "NAR"

[[actor]]
id = "TEL"
name = "Telmar"
kind = "country"
party = "TEL"

[[actor]]
id = "ARC"
merge = true
aliases = ["Archenlandia"]
)toml",
                        "mine.toml");
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(kb.Find("NAR")->name, "Narnia Republic");
  EXPECT_TRUE(kb.Find("NAR")->aliases.empty());  // replaced entirely
  EXPECT_EQ(kb.Find("NAR")->origin, "mine.toml:2");
  EXPECT_NE(kb.Find("TEL"), nullptr);
  EXPECT_THAT(kb.Find("ARC")->aliases, ElementsAre("Anvard", "Archenlandia"));  // merged
  EXPECT_EQ(kb.Find("ARC")->name, "Archenland");
  EXPECT_THAT(kb.origins(), ElementsAre("world.toml", "mine.toml"));
}

TEST(KnowledgeBaseTest, FailedOverlayChangesNothing) {
  KnowledgeBase kb = World();
  Status s = kb.Overlay(R"toml(
[[actor]]
id = "TEL"
name = "Telmar"
kind = "country"
party = "TEL"

[[actor]]
id = "NAR"
name = "Broken"
kind = "nation"
party = "NAR"
)toml",
                        "bad.toml");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), ErrorCode::kParseError);
  EXPECT_EQ(s.message(), "bad.toml:11: `kind` = \"nation\" is not one of country, organization, person, group");
  EXPECT_EQ(kb.Find("TEL"), nullptr);
  EXPECT_EQ(kb.Find("NAR")->name, "Narnia");
}

TEST(KnowledgeBaseTest, LoaderErrorsNameFileAndLine) {
  auto error_of = [](std::string_view toml) {
    KnowledgeBase kb;
    return kb.Overlay(toml, "x.toml").message();
  };
  EXPECT_EQ(error_of("[[actor]]\nid = \"A\"\nname = \"A\"\nkind = \"country\"\n"),
            "x.toml:1: actor \"A\" has no `party` (the side it acts for, e.g. \"USA\"; persons may give `offices` "
            "instead)");
  EXPECT_EQ(error_of("[[actor]]\nname = \"A\"\n"), "x.toml:1: [[actor]] without `id`");
  EXPECT_EQ(error_of("[[actor]]\nid = \"A\"\nname = \"A\"\nkind = \"country\"\nparty = \"A\"\nalias = [\"B\"]\n"),
            "x.toml:6: unknown key `alias` in [[actor]] (did you mean `aliases`?)");
  EXPECT_EQ(error_of("[[actor]]\nid = \"A\"\nname = \"A\"\nkind = \"country\"\nparty = \"A\"\naliases = \"B\"\n"
                     "[[actor]]\nid = \"A\"\nname = \"A2\"\nkind = \"country\"\nparty = \"A\"\n"),
            "x.toml:8: duplicate id \"A\" (first defined at line 1)");
  EXPECT_EQ(error_of("[[actor]]\nid = \"p\"\nname = \"P\"\nkind = \"person\"\n"
                     "offices = [ { office = \"head-of-state\", party = \"A\", start = \"2024-13-01\" } ]\n"),
            "x.toml:5: `start` = \"2024-13-01\" is not a date; write \"YYYY-MM-DD\"");
  EXPECT_EQ(error_of("[[actor]]\nid = \"p\"\nname = \"P\"\nkind = \"person\"\n"
                     "offices = [ { office = \"head-of-state\", party = \"A\", start = 2024-05-01, end = 2023-01-01 } ]\n"),
            "x.toml:5: office \"head-of-state\" ends (2023-01-01) before it starts (2024-05-01)");
  EXPECT_THAT(error_of("[[actor]]\nid = \"A\"\nname = \"A\n"), HasSubstr("x.toml:3: TOML syntax error: "));
  EXPECT_EQ(error_of("[[title]]\nphrases = [\"emir\"]\n"),
            "x.toml:1: [[title]] without `office` (an office key such as \"foreign-minister\")");
  EXPECT_EQ(error_of("[[actor]]\nid = \"A\"\nmerge = true\n"),
            "x.toml:1: actor \"A\" has `merge = true` but no earlier dictionary defines that id");
  // Several errors are all reported, each with its line.
  EXPECT_EQ(error_of("[[actor]]\nid = \"A\"\nname = 3\nkind = \"country\"\nparty = \"A\"\n"
                     "[[actor]]\nid = \"B C\"\n"),
            "x.toml:3: `name` must be a string\nx.toml:7: `id` \"B C\" must not contain spaces, quotes or commas");
}

TEST(KnowledgeBaseTest, WarnsAboutSharedNamesAndUnknownParties) {
  KnowledgeBase kb = World();
  ASSERT_TRUE(kb.Overlay(R"toml(
[[actor]]
id = "other-office"
name = "Telmarine Foreign Office"
kind = "organization"
party = "TEL"
aliases = ["The Foreign Office"]
)toml",
                         "more.toml")
                  .ok());
  EXPECT_THAT(kb.warnings(),
              ElementsAre("the name \"the Foreign Office\" is claimed by 2 actors: nar-foreign-office (world.toml:19), "
                          "other-office (more.toml:2); the mention finder will treat it as ambiguous",
                          "party \"TEL\" used by other-office (more.toml:2) is not the id of any actor"));
}

TEST(KnowledgeBaseTest, AContextAliasIsASurfaceSharedWithoutAWarning) {
  KnowledgeBase kb = World();
  ASSERT_TRUE(kb.Overlay(R"toml(
[[actor]]
id = "other-office"
name = "Telmarine Foreign Office"
kind = "organization"
party = "NAR"
context_aliases = ["The Foreign Office"]
)toml",
                         "more.toml")
                  .ok());
  EXPECT_TRUE(kb.warnings().empty());
  bool found = false;
  for (const Surface& s : kb.surfaces())
    found = found || (s.actor_id == "other-office" && s.form == NameForm::kContextName &&
                      s.text == "The Foreign Office");
  EXPECT_TRUE(found);
}

TEST(KnowledgeBaseTest, SearchAndSuggest) {
  KnowledgeBase kb = World();
  auto ids = [](const std::vector<const Actor*>& actors) {
    std::vector<std::string> out;
    for (const Actor* a : actors) out.push_back(a->id);
    return out;
  };
  EXPECT_THAT(ids(kb.Search("narnian")), ElementsAre("NAR", "nar-foreign-office"));
  EXPECT_THAT(ids(kb.Search("high king")), ElementsAre("caspian"));  // the current holder
  EXPECT_THAT(ids(kb.Search("arc")), ElementsAre("ARC"));
  // One suggestion per actor: "Narnia" (distance 1) and not also "Narnian" (2).
  EXPECT_THAT(kb.Suggest("Narnya"), ElementsAre("Narnia"));
  EXPECT_THAT(kb.Suggest("Pevensy"), ElementsAre("Pevensie"));  // an alias, distance 2
  EXPECT_THAT(kb.Suggest("Caspain"), ElementsAre("Caspian"));   // a transposition: distance 2
  EXPECT_TRUE(kb.Suggest("zzzzzzzz").empty());
}

TEST(KnowledgeBaseTest, BuiltinLoads) {
  auto kb = KnowledgeBase::LoadBuiltin();
  ASSERT_TRUE(kb.ok()) << kb.status().message();
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

TEST(KnowledgeBaseEdgeTest, EmptyAndCommentOnlyOverlaysAreFine) {
  KnowledgeBase kb;
  EXPECT_TRUE(kb.Overlay("", "empty.toml").ok());
  EXPECT_TRUE(kb.Overlay("# nothing here\n", "comments.toml").ok());
  EXPECT_TRUE(kb.actors().empty());
}

TEST(KnowledgeBaseEdgeTest, WrongShapesAreErrorsNotCrashes) {
  auto error_of = [](std::string_view toml) {
    KnowledgeBase kb;
    return kb.Overlay(toml, "x.toml").message();
  };
  EXPECT_EQ(error_of("actor = 3\n"), "x.toml:1: `actor` must be an array of tables: write each entry as [[actor]]");
  EXPECT_EQ(error_of("[actor]\nid = \"A\"\n"),
            "x.toml:1: `actor` must be an array of tables: write each entry as [[actor]]");
  EXPECT_EQ(error_of("[[actor]]\nid = \"p\"\nname = \"P\"\nkind = \"person\"\noffices = \"minister\"\n"),
            "x.toml:5: `offices` must be an array of { office = KEY, party = CODE, start = DATE }");
  EXPECT_EQ(error_of("[[actors]]\nid = \"A\"\n"),
            "x.toml:1: unknown key `actors` in the file (expected [[actor]] and [[title]] tables) (did you mean "
            "`actor`?)");
  EXPECT_EQ(error_of("\xFF\xFE garbage"), error_of("\xFF\xFE garbage"));  // deterministic, and no crash
  EXPECT_NE(error_of("\xFF\xFE garbage").find("x.toml:1: TOML syntax error"), std::string::npos);
  EXPECT_EQ(error_of("[[actor]]\nid = \"SRB\"\nname = \"Serbia\"\nkind = \"country\"\nparty = \"SRB\"\n"
                     "part_of = \"YUG\"\n"),
            "x.toml:6: `part_of` needs `part_of_until` (the day it stopped)");
  EXPECT_EQ(error_of("[[actor]]\nid = \"p\"\nname = \"P\"\nkind = \"person\"\nparty = \"A\"\nfemale = \"yes\"\n"),
            "x.toml:6: `female` must be true or false");
}

TEST(KnowledgeBaseEdgeTest, FemaleIsReadAndMergedByAnOverlay) {
  KnowledgeBase kb;
  ASSERT_TRUE(kb.Overlay("[[actor]]\nid = \"p\"\nname = \"P\"\nkind = \"person\"\nparty = \"A\"\nfemale = true\n"
                         "[[actor]]\nid = \"q\"\nname = \"Q\"\nkind = \"person\"\nparty = \"A\"\n",
                         "x.toml")
                  .ok());
  ASSERT_NE(kb.Find("p"), nullptr);
  EXPECT_TRUE(kb.Find("p")->female);
  EXPECT_FALSE(kb.Find("q")->female);
  ASSERT_TRUE(kb.Overlay("[[actor]]\nid = \"q\"\nmerge = true\nfemale = true\n", "y.toml").ok());
  EXPECT_TRUE(kb.Find("q")->female);
}

TEST(KnowledgeBaseEdgeTest, AStatePartOfAnotherKeepsBothAndTheDay) {
  KnowledgeBase kb;
  ASSERT_TRUE(kb.Overlay("[[actor]]\nid = \"SRB\"\nname = \"Serbia\"\nkind = \"country\"\nparty = \"SRB\"\n"
                         "part_of = \"YUG\"\npart_of_until = \"2006-06-05\"\n",
                         "x.toml")
                  .ok());
  const Actor* a = kb.Find("SRB");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->part_of, "YUG");
  EXPECT_EQ(a->part_of_until, "2006-06-05");
}

TEST(KnowledgeBaseEdgeTest, AMovementKeepsItsHomeStateAndAMergeCanSetIt) {
  KnowledgeBase kb;
  ASSERT_TRUE(kb.Overlay("[[actor]]\nid = \"PHL\"\nname = \"Philippines\"\nkind = \"country\"\nparty = \"PHL\"\n\n"
                         "[[actor]]\nid = \"MILF\"\nname = \"Moro Islamic Liberation Front\"\nkind = \"organization\"\n"
                         "party = \"MILF\"\nhome = \"PHL\"\n\n"
                         "[[actor]]\nid = \"NPA\"\nname = \"New People's Army\"\nkind = \"organization\"\nparty = \"NPA\"\n",
                         "x.toml")
                  .ok());
  EXPECT_EQ(kb.Find("MILF")->home, "PHL");
  EXPECT_EQ(kb.Find("NPA")->home, "");
  ASSERT_TRUE(kb.Overlay("[[actor]]\nid = \"NPA\"\nmerge = true\nhome = \"PHL\"\n", "y.toml").ok());
  EXPECT_EQ(kb.Find("NPA")->home, "PHL");
  EXPECT_TRUE(kb.warnings().empty());
  ASSERT_TRUE(kb.Overlay("[[actor]]\nid = \"NPA\"\nmerge = true\nhome = \"XXX\"\n", "z.toml").ok());
  ASSERT_EQ(kb.warnings().size(), 1u);
  EXPECT_NE(kb.warnings()[0].find("\"XXX\""), std::string::npos) << kb.warnings()[0];
}

TEST(KnowledgeBaseEdgeTest, OutOfOfficeAPersonActsForTheOfficeLeftLast) {
  KnowledgeBase kb;
  ASSERT_TRUE(kb.Overlay("[[actor]]\nid = \"p\"\nname = \"P\"\nkind = \"person\"\noffices = [\n"
                         "  { office = \"special-envoy\", party = \"A\", start = \"1993-01-01\", end = \"2000-12-12\" },\n"
                         "  { office = \"organization-head\", party = \"B\", start = \"2010-05-01\", end = \"2018-01-01\" },\n]\n"
                         "[[actor]]\nid = \"q\"\nname = \"Q\"\nkind = \"person\"\nparty = \"C\"\noffices = [\n"
                         "  { office = \"head-of-state\", party = \"A\", start = \"1994-01-01\", end = \"2000-01-01\" },\n]\n",
                         "x.toml")
                  .ok());
  const Actor* p = kb.Find("p");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(kb.PartyOn(*p, "1995-06-01"), "A");  // in office
  EXPECT_EQ(kb.PartyOn(*p, "2000-12-13"), "A");  // the day after leaving: still the side it served
  EXPECT_EQ(kb.PartyOn(*p, "2012-01-01"), "B");
  EXPECT_EQ(kb.PartyOn(*p, "2020-01-01"), "B");
  EXPECT_EQ(kb.PartyOn(*p, "1980-01-01"), "B");  // before any office: the default, the latest office's
  // a party the dictionary gives stands out of office
  EXPECT_EQ(kb.PartyOn(*kb.Find("q"), "2005-01-01"), "C");
  EXPECT_EQ(kb.PartyOn(*kb.Find("q"), "1996-01-01"), "A");
}

}  // namespace
}  // namespace actorgraph
