// `actorgraph run` end to end on the real binary.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/run_binary.h"

namespace actorgraph::testing {
namespace {

using ::testing::HasSubstr;

const std::vector<std::string> kRunFiles = {
    "parties.svg", "parties.png", "actors.svg", "actors.png", "mediation.svg", "mediation.png", "centrality.csv",
    "brokerage.csv", "graph.graphml", "graph.gexf", "graph.json", "relations.jsonl", "relations.csv", "report.html"};

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(RunJobTest, SampleCorpusGivesEveryOutputTwiceTheSame) {
  std::string a = MakeTempDir();
  std::string b = MakeTempDir();
  RunResult r = RunActorgraph("run -o '" + a + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("5 documents used, 0 skipped"));
  EXPECT_THAT(r.err, HasSubstr("wrote 14 files to " + a));
  EXPECT_THAT(r.err, HasSubstr("report.html"));
  EXPECT_EQ(r.out, "");  // stdout stays clean: everything goes to files
  ASSERT_EQ(RunActorgraph("-q run -o '" + b + "'").exit_code, 0);
  for (const std::string& name : kRunFiles) {
    auto pa = std::filesystem::path(a) / name;
    ASSERT_TRUE(std::filesystem::exists(pa)) << name;
    EXPECT_GT(std::filesystem::file_size(pa), 100u) << name;
    EXPECT_TRUE(Slurp(pa) == Slurp(std::filesystem::path(b) / name)) << name << " differs between two runs";
  }
  // No temporary files left behind.
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(a)) {
    (void)entry;
    ++count;
  }
  EXPECT_EQ(count, static_cast<int>(kRunFiles.size()));
  std::filesystem::remove_all(a);
  std::filesystem::remove_all(b);
}

TEST(RunJobTest, ReportOpensInHeadlessChromium) {
  if (!std::filesystem::exists("/usr/bin/chromium")) {
    GTEST_SKIP() << "chromium is not installed (scripts/install-deps.sh --test installs it)";
  }
  std::string dir = MakeTempDir();
  ASSERT_EQ(RunActorgraph("-q run -o '" + dir + "'").exit_code, 0);
  std::string cmd = std::string("/usr/bin/python3 ") + AG_SOURCE_DIR + "/tests/render/check_report.py '" + dir +
                    "/report.html' 2>&1";
  std::string output;
  FILE* p = ::popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) output.append(buf, n);
  EXPECT_EQ(::pclose(p), 0) << output;
  EXPECT_THAT(output, HasSubstr("\"failed\": []"));
  std::filesystem::remove_all(dir);
}

TEST(RunJobTest, MissingInputFailsWithExit3AndWritesNothing) {
  std::string dir = MakeTempDir();
  RunResult r = RunActorgraph("run /nonexistent/articles -o '" + dir + "/out'");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.err, HasSubstr("/nonexistent/articles"));
  EXPECT_FALSE(std::filesystem::exists(dir + "/out"));
  std::filesystem::remove_all(dir);
}

TEST(RunJobTest, QuietRunPrintsNothing) {
  std::string dir = MakeTempDir();
  RunResult r = RunActorgraph("-q run -o '" + dir + "'");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace actorgraph::testing
