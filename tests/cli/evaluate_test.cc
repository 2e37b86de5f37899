// `actorgraph evaluate` must give the referee's numbers: both score the same
// prediction file and the figures are compared.
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/run_binary.h"

namespace actorgraph::testing {
namespace {

namespace fs = std::filesystem;

std::string Shell(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

void ExpectSameFigures(const nlohmann::json& ours, const nlohmann::json& ref) {
  for (const char* level : {"party", "actor"})
    for (const char* f : {"tp", "fp", "fn"}) EXPECT_EQ(ours[level][f], ref[level][f]) << level << " " << f;
  for (const char* level : {"party", "actor"})
    EXPECT_NEAR(ours[level]["f1"].get<double>(), ref[level]["f1"].get<double>(), 1e-9);
  ASSERT_EQ(ours["per_kind"].size(), ref["per_kind"].size());
  for (auto& [k, v] : ref["per_kind"].items()) {
    EXPECT_EQ(ours["per_kind"][k]["tp"], v["tp"]) << k;
    EXPECT_EQ(ours["per_kind"][k]["fp"], v["fp"]) << k;
    EXPECT_EQ(ours["per_kind"][k]["fn"], v["fn"]) << k;
  }
  EXPECT_EQ(ours["stance_accuracy"], ref["stance_accuracy"]);
  EXPECT_EQ(ours["modality_accuracy"], ref["modality_accuracy"]);
}

class EvaluateCliTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = MakeTempDir(); }
  void TearDown() override { fs::remove_all(dir_); }
  std::string dir_;
  std::string shared_ = AG_SHARED_DIR;
  std::string Gold() { return "--gold '" + shared_ + "/gold/seeds.gold.jsonl' --actors '" + shared_ + "/gold/actors.jsonl'"; }
  nlohmann::json Referee(const std::string& pred) {
    return nlohmann::json::parse(Shell("python3 '" + shared_ + "/tools/score_relations.py' " + Gold() + " --pred '" +
                                       pred + "' --json"));
  }
};

TEST_F(EvaluateCliTest, AgreesWithTheRefereeOnOurExtraction) {
  std::string pred = dir_ + "/pred.jsonl";
  ASSERT_EQ(RunActorgraph("extract '" + shared_ + "/seeds' -o '" + pred + "'").exit_code, 0);
  RunResult r = RunActorgraph("evaluate " + Gold() + " '" + shared_ + "/seeds' --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ExpectSameFigures(nlohmann::json::parse(r.out), Referee(pred));
}

TEST_F(EvaluateCliTest, AgreesWithTheRefereeOnAFlawedPredictionFile) {
  // Hand-made predictions with right, wrong, self-loop, optional-only, negated
  // and out-of-corpus lines, and names resolved by alias and surname.
  std::string pred = dir_ + "/flawed.jsonl";
  std::ofstream(pred)
      << R"({"doc":"002_edb6514d5ac284d5","kind":"mediate","modality":"asserted","source":{"id":"USA","name":"United States","party":"USA"},"target":{"id":"HAMAS","name":"Hamas","party":"HAMAS"}})" "\n"
      << R"({"doc":"002_edb6514d5ac284d5","kind":"meet","modality":"asserted","source":{"id":"x1","name":"Sissi","party":"EGY"},"target":{"id":"x2","name":"Antony Blinken","party":"USA"}})" "\n"
      << R"({"doc":"002_edb6514d5ac284d5","kind":"attack","modality":"asserted","source":{"id":"ISR","name":"Israel","party":"ISR"},"target":{"id":"EGY","name":"Egypt","party":"EGY"}})" "\n"
      << R"({"doc":"002_edb6514d5ac284d5","kind":"meet","modality":"negated","source":{"id":"USA","name":"US","party":"USA"},"target":{"id":"QAT","name":"Qatar","party":"QAT"}})" "\n"
      << R"({"doc":"003_893e61e25f4ebe79","kind":"mediate","modality":"asserted","source":{"id":"QAT","name":"Qatar","party":"QAT"},"target":{"id":"ISR","name":"Israel","party":"ISR"}})" "\n"
      << R"({"doc":"003_893e61e25f4ebe79","kind":"urge","modality":"asserted","source":{"id":"q","name":"Van Hollen","party":"USA"},"target":{"id":"USA","name":"United States","party":"USA"}})" "\n"
      << R"({"doc":"elsewhere","kind":"meet","modality":"asserted","source":{"id":"USA","name":"US","party":"USA"},"target":{"id":"QAT","name":"Qatar","party":"QAT"}})" "\n";
  RunResult r = RunActorgraph("evaluate " + Gold() + " --pred '" + pred + "' --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json ours = nlohmann::json::parse(r.out);
  ExpectSameFigures(ours, Referee(pred));
  EXPECT_EQ(ours["predictions_outside_gold_docs"], 1);
}

TEST_F(EvaluateCliTest, MissingGoldIsAnInputError) {
  RunResult r = RunActorgraph("evaluate --gold '" + dir_ + "/nope.jsonl' --actors '" + dir_ + "/nope2.jsonl'");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("nope.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace actorgraph::testing
