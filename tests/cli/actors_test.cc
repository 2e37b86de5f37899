// `actorgraph actors` as a user meets it: lookups, titles resolved by date,
// typos, overlays with --actors, and --unknown / --suggest on articles.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/run_binary.h"

namespace actorgraph::testing {
namespace {

namespace fs = std::filesystem;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class ActorsVerbTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = MakeTempDir(); }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::string p = (fs::path(dir_) / name).string();
    std::ofstream(p, std::ios::binary) << bytes;
    return "'" + p + "'";
  }
  std::string dir_;
};

TEST_F(ActorsVerbTest, SummaryCountsKindsAndNamesFiles) {
  RunResult r = RunActorgraph("actors");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "by kind")) << r.out;
  EXPECT_TRUE(Contains(r.out, "graphs/dictionaries/actors/organizations.toml")) << r.out;
  EXPECT_TRUE(Contains(r.out, "graphs/dictionaries/actors/titles.toml")) << r.out;
}

TEST_F(ActorsVerbTest, SummaryJsonHasEveryKind) {
  RunResult r = RunActorgraph("actors --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_GE(j["by_kind"]["country"].get<int>(), 193);  // at least the UN members
  EXPECT_GT(j["by_kind"]["organization"].get<int>(), 0);
  EXPECT_GT(j["by_kind"]["person"].get<int>(), 0);
}

TEST_F(ActorsVerbTest, LooksUpAnOrganizationByAlias) {
  RunResult r = RunActorgraph("actors --json 'Ansar Allah'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["actors"].empty());
  EXPECT_EQ(j["actors"][0]["id"], "HOUTHIS");
  EXPECT_EQ(j["actors"][0]["party"], "HOUTHIS");
  EXPECT_EQ(j["actors"][0]["kind"], "organization");
}

TEST_F(ActorsVerbTest, InstitutionsActForTheirState) {
  for (const auto& [query, party] : std::vector<std::pair<std::string, std::string>>{
           {"'the State Department'", "USA"}, {"Pentagon", "USA"}, {"'Egyptian presidency'", "EGY"},
           {"Mossad", "ISR"}, {"'Emiri Diwan'", "QAT"}, {"Kremlin", "RUS"}, {"'Qassam Brigades'", "HAMAS"},
           {"'Palestinian Authority'", "PSE"}, {"'Rapid Support Forces'", "RSF"}, {"SAF", "SDN"}, {"UNRWA", "UN"}}) {
    RunResult r = RunActorgraph("actors --json " + query);
    ASSERT_EQ(r.exit_code, 0) << query << ": " << r.err;
    auto j = nlohmann::json::parse(r.out);
    ASSERT_FALSE(j["actors"].empty()) << query;
    EXPECT_EQ(j["actors"][0]["party"], party) << query;
  }
}

TEST_F(ActorsVerbTest, TitleResolvesToTheHolderOnTheDate) {
  RunResult r = RunActorgraph("actors 'Secretary of State' --date 2024-08-20");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "holder on 2024-08-20: Antony Blinken")) << r.out;
  RunResult later = RunActorgraph("actors --json 'Secretary of State' --date 2025-03-10");
  ASSERT_EQ(later.exit_code, 0) << later.err;
  auto j = nlohmann::json::parse(later.out);
  EXPECT_EQ(j["titles"][0]["holder"], "marco-rubio");
  EXPECT_EQ(j["titles"][0]["guessed"], false);
}

TEST_F(ActorsVerbTest, TitleWithoutDateIsTheLatestHolderFlaggedAsGuess) {
  RunResult r = RunActorgraph("actors --json 'UN Secretary-General'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["titles"][0]["holder"], "antonio-guterres");
  EXPECT_EQ(j["titles"][0]["guessed"], true);
}

TEST_F(ActorsVerbTest, TypoGetsDidYouMean) {
  RunResult r = RunActorgraph("actors Hezbolah");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, "no actor or title matches \"Hezbolah\"; did you mean \"Hezbollah\"")) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST_F(ActorsVerbTest, BadDateIsAUsageError) {
  RunResult r = RunActorgraph("actors Blinken --date 20-08-2024");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "--date 20-08-2024 is not a date; write YYYY-MM-DD")) << r.err;
}

TEST_F(ActorsVerbTest, OverlayAddsAndReplacesActors) {
  std::string file = Write("more.toml",
                           "[[actor]]\nid = \"NORTH-WIND\"\nname = \"North Wind Brigade\"\nkind = \"organization\"\n"
                           "party = \"NORTH-WIND\"\naliases = [\"the Brigade\"]\n\n"
                           "[[actor]]\nid = \"HAMAS\"\nname = \"Harakat al-Muqawama\"\nkind = \"organization\"\n"
                           "party = \"HAMAS\"\n");
  RunResult r = RunActorgraph("actors --json 'North Wind Brigade' --actors " + file);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["actors"][0]["id"], "NORTH-WIND");
  RunResult replaced = RunActorgraph("actors --json HAMAS --actors " + file);
  ASSERT_EQ(replaced.exit_code, 0) << replaced.err;
  EXPECT_EQ(nlohmann::json::parse(replaced.out)["actors"][0]["name"], "Harakat al-Muqawama");
  RunResult without = RunActorgraph("actors 'North Wind Brigade'");
  EXPECT_EQ(without.exit_code, 1);
}

TEST_F(ActorsVerbTest, MalformedOverlayNamesFileAndLine) {
  std::string file = Write("bad.toml", "[[actor]]\nid = \"X1\"\nname = \"X\"\nkind = \"state\"\nparty = \"X1\"\n");
  RunResult r = RunActorgraph("actors --actors " + file);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, "bad.toml:4: `kind` = \"state\" is not one of country, organization, person, group"))
      << r.err;
  EXPECT_TRUE(Contains(r.err, "graphs/dictionaries/README.md")) << r.err;
}

TEST_F(ActorsVerbTest, MissingOverlayIsAnInputError) {
  RunResult r = RunActorgraph("actors --actors /nonexistent/more.toml");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(Contains(r.err, "/nonexistent/more.toml")) << r.err;
}

TEST_F(ActorsVerbTest, OverlayWarningsAreShown) {
  std::string file = Write("dup.toml",
                           "[[actor]]\nid = \"fake-pentagon\"\nname = \"Fake\"\nkind = \"organization\"\n"
                           "party = \"USA\"\naliases = [\"Pentagon\"]\n");
  RunResult r = RunActorgraph("actors fake-pentagon --actors " + file);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.err, "warning: the name \"Pentagon\" is claimed by 2 actors")) << r.err;
}

constexpr const char* kArticle =
    "Ministers meet in Muscat\n\n"
    "Iranian Foreign Minister Darius Venkar met his Omani counterpart in Muscat on Sunday. "
    "Egypt's intelligence chief Karim Soltan Hadid joined the talks later.\n\n"
    "Iranian Foreign Minister Darius Venkar said Tehran would reply within days. "
    "Secretary of State Antony Blinken called the talks useful.\n";

TEST_F(ActorsVerbTest, UnknownListsNewPersonsWithCounts) {
  std::string file = Write("article.txt", kArticle);
  RunResult r = RunActorgraph("actors --unknown --json " + file);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j.size(), 2u) << r.out;  // Blinken is known
  EXPECT_EQ(j[0]["id"], "darius-venkar");
  EXPECT_EQ(j[0]["count"], 2);
  EXPECT_EQ(j[0]["party"], "IRN");
  EXPECT_EQ(j[0]["office"], "foreign-minister");
  EXPECT_EQ(j[1]["id"], "karim-soltan-hadid");
  EXPECT_EQ(j[1]["party"], "EGY");
  EXPECT_EQ(j[1]["office"], "intelligence-chief");
  EXPECT_TRUE(Contains(j[1]["evidence"].get<std::string>(), "Egypt's intelligence chief Karim Soltan Hadid"));
}

TEST_F(ActorsVerbTest, SuggestPrintsEntriesTheLoaderAccepts) {
  std::string article = Write("article.txt", kArticle);
  RunResult r = RunActorgraph("actors --unknown --suggest " + article);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "id = \"darius-venkar\"")) << r.out;
  std::string overlay = Write("suggested.toml", r.out);
  RunResult back = RunActorgraph("actors --json Venkar --actors " + overlay);
  ASSERT_EQ(back.exit_code, 0) << back.err;
  auto j = nlohmann::json::parse(back.out);
  EXPECT_EQ(j["actors"][0]["id"], "darius-venkar");
  EXPECT_EQ(j["actors"][0]["party"], "IRN");
  // Once known, it is no longer unknown.
  RunResult again = RunActorgraph("actors --unknown --json " + article + " --actors " + overlay);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(nlohmann::json::parse(again.out).empty()) << again.out;
}

}  // namespace
}  // namespace actorgraph::testing
