// The command line as a user meets it: help, version, usage errors.
#include <gtest/gtest.h>

#include "cli/run_binary.h"

namespace actorgraph::testing {
namespace {

TEST(MainTest, HelpListsVerbsAndExitCodes) {
  RunResult r = RunActorgraph("--help");
  EXPECT_EQ(0, r.exit_code);
  for (const char* verb : {"run", "extract", "actors", "evaluate", "graph", "centrality", "path",
                           "timeline", "render", "export"}) {
    EXPECT_NE(std::string::npos, r.out.find(std::string("  ") + verb + " ")) << verb;
  }
  EXPECT_NE(std::string::npos, r.out.find("Exit codes"));
}

TEST(MainTest, EveryVerbHasHelp) {
  for (const char* verb : {"run", "extract", "actors", "evaluate", "graph", "centrality", "path",
                           "timeline", "render", "export"}) {
    RunResult r = RunActorgraph(std::string(verb) + " --help");
    EXPECT_EQ(0, r.exit_code) << verb;
    EXPECT_NE(std::string::npos, r.out.find("Usage:")) << verb;
    EXPECT_EQ(std::string::npos, r.out.find("not implemented")) << verb;
  }
}

TEST(MainTest, VersionPrintsNameAndNumber) {
  RunResult r = RunActorgraph("--version");
  EXPECT_EQ(0, r.exit_code);
  EXPECT_EQ(0u, r.out.rfind("actorgraph ", 0));
}

TEST(MainTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(2, RunActorgraph("").exit_code);            // no verb
  EXPECT_EQ(2, RunActorgraph("frobnicate").exit_code);  // unknown verb
  RunResult r = RunActorgraph("extract --no-such-flag");
  EXPECT_EQ(2, r.exit_code);
  EXPECT_NE(std::string::npos, r.err.find("no-such-flag"));
}

}  // namespace
}  // namespace actorgraph::testing
