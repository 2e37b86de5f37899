// The rules file: the embedded one parses, malformed ones are reported.
#include "documents/cleaning_rules.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

TEST(CleaningRulesTest, EmbeddedRulesParse) {
  const Result<CleaningRules>& rules = DefaultCleaningRules();
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_TRUE(rules->before_numbers.contains("Oct"));
  EXPECT_TRUE(rules->abbreviations.contains("U.S"));
  EXPECT_EQ(8, rules->months.at("aug"));
  EXPECT_EQ("Anadolu Agency", rules->signoffs.at("aa"));
  EXPECT_TRUE(rules->section_end.contains("read next"));
}

TEST(CleaningRulesTest, MalformedTomlNamesFileAndLine) {
  Result<CleaningRules> r = ParseCleaningRules("[lines]\nchrome = [\"a\",\n", "mine.toml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(ErrorCode::kParseError, r.status().code());
  EXPECT_EQ(0u, r.status().message().rfind("mine.toml:", 0)) << r.status().message();
}

TEST(CleaningRulesTest, WrongTypeIsReported) {
  Result<CleaningRules> r = ParseCleaningRules("[lines]\nchrome = \"Oops!\"\n", "mine.toml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ("mine.toml:2: [lines] chrome must be an array of strings", r.status().message());
  Result<CleaningRules> months = ParseCleaningRules("[dates]\nmonths = [[\"jan\"]]\n", "m.toml");
  ASSERT_FALSE(months.ok());
  EXPECT_NE(std::string::npos, months.status().message().find("12 months"));
}

TEST(CleaningRulesTest, ListsAreLowerCasedExceptAbbreviations) {
  Result<CleaningRules> r = ParseCleaningRules(
      "[lines]\nchrome = [\"Most Popular\"]\n[sentences]\nabbreviations = [\"Gen\"]\n", "t.toml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ("most popular", r->chrome.at(0));
  EXPECT_TRUE(r->abbreviations.contains("Gen"));
  EXPECT_FALSE(r->abbreviations.contains("gen"));
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

TEST(ExtendCleaningRulesTest, AddsToTheEmbeddedRules) {
  CleaningRules rules = *DefaultCleaningRules();
  std::size_t chrome = rules.chrome.size();
  Status st = ExtendCleaningRules(
      "[lines]\nchrome = [\"Tap to unmute\"]\n[outlets]\nnames = [\"Gulf Ledger\"]\n", "my.toml",
      &rules);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(chrome + 1, rules.chrome.size());
  EXPECT_EQ("tap to unmute", rules.chrome.back());
  EXPECT_EQ("Gulf Ledger", rules.outlets.at("gulf ledger"));
  EXPECT_TRUE(rules.abbreviations.contains("Gen"));  // the old lists stay
}

TEST(ExtendCleaningRulesTest, ErrorLeavesRulesUnchanged) {
  CleaningRules rules = *DefaultCleaningRules();
  std::size_t chrome = rules.chrome.size();
  Status st = ExtendCleaningRules("[lines]\nchrome = [\"ok\"]\nbullets = 3\n", "my.toml", &rules);
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(chrome, rules.chrome.size());
}

}  // namespace
}  // namespace actorgraph
