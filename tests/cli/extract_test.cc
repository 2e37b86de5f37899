// `actorgraph extract` as a user runs it, and the regression on the seeds:
// the scorer's figures on the five sample articles must stay above the floors.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/run_binary.h"

namespace actorgraph::testing {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string RunShell(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

class ExtractCliTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = MakeTempDir(); }
  void TearDown() override { fs::remove_all(dir_); }
  std::string dir_;
};

TEST_F(ExtractCliTest, WritesContractJsonLines) {
  std::string in = dir_ + "/a.txt";
  std::ofstream(in) << "Qatar and Egypt mediated between Israel and Hamas on Monday.\n";
  RunResult r = RunActorgraph("extract '" + in + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    nlohmann::json j = nlohmann::json::parse(line);
    EXPECT_EQ(j["doc"], "a");
    EXPECT_EQ(j["kind"], "mediate");
    EXPECT_EQ(j["modality"], "asserted");
    for (const char* f : {"id", "name", "party", "kind"}) {
      EXPECT_TRUE(j["source"].contains(f)) << f;
      EXPECT_TRUE(j["target"].contains(f)) << f;
    }
    EXPECT_TRUE(j.contains("evidence") && j.contains("rule") && j.contains("cameo") && j.contains("confidence"));
    EXPECT_NE(j["source"]["party"], j["target"]["party"]);
    ++n;
  }
  EXPECT_EQ(n, 4);
}

TEST_F(ExtractCliTest, OutputFileAndMediationsAndTable) {
  std::string in = dir_ + "/b.txt";
  std::ofstream(in) << "Oman mediated between Iran and the United States in Muscat.\n";
  RunResult r = RunActorgraph("extract '" + in + "' -o '" + dir_ + "/out.csv' --format csv --mediations '" + dir_ +
                              "/med.jsonl'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  std::string csv = Slurp(dir_ + "/out.csv");
  EXPECT_EQ(csv.rfind("doc,sentence,kind", 0), 0u);
  EXPECT_NE(csv.find("OMN"), std::string::npos);
  nlohmann::json med = nlohmann::json::parse(Slurp(dir_ + "/med.jsonl"));
  EXPECT_EQ(med["record"], "mediation");
  EXPECT_EQ(med["mediators"].size(), 1u);
  EXPECT_EQ(med["parties"].size(), 2u);
  EXPECT_EQ(med["venue"], "Muscat");
  RunResult t = RunActorgraph("extract --format table '" + in + "'");
  ASSERT_EQ(t.exit_code, 0);
  EXPECT_NE(t.out.find("mediate"), std::string::npos);
}

TEST_F(ExtractCliTest, UsersTriggerLexiconReplacesTheBuiltIn) {
  std::string in = dir_ + "/c.txt";
  std::ofstream(in) << "Egypt embraced Qatar. Egypt met Qatar.\n";
  std::ofstream(dir_ + "/t.toml") << "[[trigger]]\nid = \"meet.embrace\"\nkind = \"meet\"\ncameo = \"040\"\n"
                                     "forms = [\"embraced\"]\ntargets = [\"\"]\n";
  RunResult r = RunActorgraph("extract --triggers '" + dir_ + "/t.toml' '" + in + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"rule\":\"meet.embrace\""), std::string::npos);
  EXPECT_EQ(r.out.find("meet.verb"), std::string::npos);  // the built-in rules are not loaded
  std::ofstream(dir_ + "/bad.toml") << "[[trigger]]\nid = \"x\"\nkind = \"hug\"\nforms = [\"a\"]\n";
  RunResult bad = RunActorgraph("extract --triggers '" + dir_ + "/bad.toml' '" + in + "'");
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.err.find("bad.toml:1"), std::string::npos) << bad.err;
}

// With the built-in dictionaries: "the ministry" is the ministry named last, not the state named last.
TEST_F(ExtractCliTest, TheMinistryIsTheMinistryNamedLast) {
  std::string in = dir_ + "/ministry.txt";
  std::ofstream(in) << "Headline\n\nThe Egyptian foreign ministry said it had mediated between Israel and Hamas. "
                       "The ministry called on both sides to keep the truce.\n";
  RunResult r = RunActorgraph("extract --format csv '" + in + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(",urge,asserted,,EGY,"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(",urge,asserted,,ISR,"), std::string::npos) << r.out;
}

TEST_F(ExtractCliTest, RelationsOfActorsWithoutAPartyAreSetAsideAndCounted) {
  std::string in = dir_ + "/a.txt";
  std::ofstream(in) << "Mr. Zorblat urged Israel to halt the strikes. Qatar urged Israel to stop.\n";
  RunResult r = RunActorgraph("extract --format csv '" + in + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("Zorblat"), std::string::npos);
  EXPECT_NE(r.out.find("Qatar"), std::string::npos);
  EXPECT_NE(r.err.find("1 relations set aside because an actor's party is unknown"), std::string::npos) << r.err;
  RunResult kept = RunActorgraph("extract --format csv --keep-unplaced '" + in + "'");
  ASSERT_EQ(kept.exit_code, 0) << kept.err;
  std::size_t zorblat = kept.out.find("Zorblat"), qatar = kept.out.find("Qatar");
  ASSERT_NE(zorblat, std::string::npos);
  EXPECT_LT(zorblat, qatar);  // in sentence order
}

TEST_F(ExtractCliTest, RejectsUnknownFormat) {
  RunResult r = RunActorgraph("extract --format xml");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("xml"), std::string::npos);
}

TEST_F(ExtractCliTest, MentionsAndSentencesStillWork) {
  RunResult m = RunActorgraph("extract --mentions");
  ASSERT_EQ(m.exit_code, 0);
  EXPECT_NE(m.out.find("\"record\":\"mention\""), std::string::npos);
  RunResult s = RunActorgraph("extract --sentences");
  ASSERT_EQ(s.exit_code, 0);
  EXPECT_EQ(s.out.rfind("doc\tindex\tbegin\tend\ttext", 0), 0u);
}

// The regression floor of the issue: the referee's figures on the seeds.
TEST_F(ExtractCliTest, SeedsMeetTheScorerFloors) {
  std::string shared = AG_SHARED_DIR;
  std::string pred = dir_ + "/pred.jsonl";
  RunResult r = RunActorgraph("extract '" + shared + "/seeds' --format jsonl -o '" + pred + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string out = RunShell("python3 '" + shared + "/tools/score_relations.py' --gold '" + shared +
                             "/gold/seeds.gold.jsonl' --actors '" + shared + "/gold/actors.jsonl' --pred '" + pred +
                             "' --json");
  nlohmann::json s = nlohmann::json::parse(out, nullptr, false);
  ASSERT_FALSE(s.is_discarded()) << out;
  EXPECT_GE(s["party"]["f1"].get<double>(), 0.90);
  EXPECT_GE(s["actor"]["f1"].get<double>(), 0.85);
  for (auto& [kind, v] : s["per_kind"].items()) EXPECT_GE(v["f1"].get<double>(), 0.75) << kind;
  EXPECT_GE(s["stance_accuracy"].get<double>(), 0.9);
  EXPECT_GE(s["modality_accuracy"].get<double>(), 0.9);
}

// The sets written blind to the extractor (tests/testdata/*-gold): floors a little
// under today's figures, so a rule that trades other text for the seeds shows up.
TEST_F(ExtractCliTest, DevelopmentSetsKeepTheirFloors) {
  std::string shared = AG_SHARED_DIR;
  std::string data = std::string(AG_SOURCE_DIR) + "/tests/testdata/";
  // (devset9, devset12, devset13, devset14, devset17, devset20, devset23, devset24, wire4, wire8, wire10, wire11,
  // wire15, wire17, wire21 and wire22 are held out: measured, never a floor)
  for (auto [set, floor] : {std::pair<const char*, double>{"devset", 0.87}, {"devset2", 0.84}, {"devset3", 0.83},
                             {"devset4", 0.77}, {"devset5", 0.87}, {"devset6", 0.79}, {"devset7", 0.78},
                             {"devset8", 0.78}, {"devset10", 0.62}, {"devset11", 0.86}, {"devset15", 0.56},
                             {"devset16", 0.55}, {"devset18", 0.60}, {"devset19", 0.56}, {"devset21", 0.53},
                             {"devset22", 0.61}, {"wire", 0.89}, {"wire2", 0.86}, {"wire3", 0.76}, {"wire5", 0.83},
                             {"wire6", 0.81}, {"wire7", 0.80}, {"wire9", 0.75}, {"wire12", 0.79}, {"wire13", 0.77},
                             {"wire14", 0.80}, {"wire16", 0.70}, {"wire18", 0.73}, {"wire19", 0.71}, {"wire20", 0.70}}) {
    std::string pred = dir_ + "/" + set + ".jsonl";
    RunResult r = RunActorgraph("extract '" + data + set + "' --format jsonl -o '" + pred + "'");
    ASSERT_EQ(r.exit_code, 0) << set << ": " << r.err;
    std::string out = RunShell("python3 '" + shared + "/tools/score_relations.py' --gold '" + data + set +
                               "-gold/gold.jsonl' --actors '" + data + set + "-gold/actors.jsonl' --pred '" + pred +
                               "' --json");
    nlohmann::json s = nlohmann::json::parse(out, nullptr, false);
    ASSERT_FALSE(s.is_discarded()) << out;
    EXPECT_GE(s["party"]["f1"].get<double>(), floor) << set;
  }
}

}  // namespace
}  // namespace actorgraph::testing
