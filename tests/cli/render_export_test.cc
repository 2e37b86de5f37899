// `actorgraph render` and `actorgraph export` on the real binary.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/run_binary.h"

namespace actorgraph::testing {
namespace {

using ::testing::HasSubstr;

std::string Slurp(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class RenderExportTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = MakeTempDir(); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Path(const std::string& name) const { return dir_ + "/" + name; }
  std::string dir_;
};

TEST_F(RenderExportTest, RendersEveryFormatFromTheSampleCorpus) {
  for (const std::string ext : {"svg", "png", "pdf", "dot"}) {
    RunResult r = RunActorgraph("-q render -o '" + Path("g." + ext) + "'");
    ASSERT_EQ(r.exit_code, 0) << ext << ": " << r.err;
  }
  EXPECT_EQ(Slurp(Path("g.png")).substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_EQ(Slurp(Path("g.pdf")).substr(0, 5), "%PDF-");
  EXPECT_THAT(Slurp(Path("g.svg")), HasSubstr("<svg"));
  EXPECT_THAT(Slurp(Path("g.dot")), HasSubstr("pos=\""));  // laid out
}

TEST_F(RenderExportTest, ViewsPathEgoAndPartyLevel) {
  RunResult path = RunActorgraph("render --highlight-path Blinken Hamas -o '" + Path("path.svg") + "'");
  ASSERT_EQ(path.exit_code, 0) << path.err;
  EXPECT_THAT(Slurp(Path("path.svg")), HasSubstr("on&#45;path"));
  RunResult ego = RunActorgraph("-q render --ego Qatar --radius 1 -o '" + Path("ego.svg") + "'");
  ASSERT_EQ(ego.exit_code, 0) << ego.err;
  EXPECT_THAT(Slurp(Path("ego.svg")), HasSubstr("Around Qatar"));
  RunResult party = RunActorgraph("-q render --level party --size-by pagerank -o '" + Path("party.svg") + "'");
  ASSERT_EQ(party.exit_code, 0) << party.err;
  EXPECT_THAT(Slurp(Path("party.svg")), HasSubstr("parties, "));
}

TEST_F(RenderExportTest, ClearErrorsAndExitCodes) {
  RunResult bad_ext = RunActorgraph("render -o '" + Path("g.gif") + "'");
  EXPECT_EQ(bad_ext.exit_code, 2);
  EXPECT_THAT(bad_ext.err, HasSubstr("unknown format 'gif'"));
  RunResult no_actor = RunActorgraph("render --ego Narnia -o '" + Path("e.svg") + "'");
  EXPECT_EQ(no_actor.exit_code, 2);
  EXPECT_THAT(no_actor.err, HasSubstr("Narnia"));
  // A limit no layout can meet: exit code 6 with a hint, and no file.
  RunResult slow = RunActorgraph("render --layout dot --timeout 0.001 -o '" + Path("slow.svg") + "'");
  EXPECT_EQ(slow.exit_code, 6) << slow.err;
  EXPECT_THAT(slow.err, HasSubstr("--timeout"));
  EXPECT_FALSE(std::filesystem::exists(Path("slow.svg")));
  RunResult style = RunActorgraph("render --style '" + Path("missing.toml") + "' -o '" + Path("s.svg") + "'");
  EXPECT_EQ(style.exit_code, 2);
}

TEST_F(RenderExportTest, StyleFileOverridesColours) {
  std::ofstream(Path("mine.toml")) << "[party.colors]\nQAT = \"#123456\"\n";
  RunResult r = RunActorgraph("-q render --style '" + Path("mine.toml") + "' -o '" + Path("s.svg") + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(Slurp(Path("s.svg")), HasSubstr("#123456"));
  std::ofstream(Path("bad.toml")) << "[edge.kind.meet]\ncolour = \"#123456\"\n";
  RunResult bad = RunActorgraph("render --style '" + Path("bad.toml") + "' -o '" + Path("b.svg") + "'");
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_THAT(bad.err, HasSubstr("bad.toml:2: unknown key `colour` in [edge.kind.meet]"));
}

TEST_F(RenderExportTest, ExportsEveryFormatAndReadsGraphmlBack) {
  for (const std::string ext : {"graphml", "gexf", "json", "dot", "net"}) {
    RunResult r = RunActorgraph("-q export -o '" + Path("g." + ext) + "'");
    ASSERT_EQ(r.exit_code, 0) << ext << ": " << r.err;
    EXPECT_GT(Slurp(Path("g." + ext)).size(), 100u) << ext;
  }
  RunResult csv = RunActorgraph("export -o '" + Path("t.csv") + "'");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_THAT(Slurp(Path("t-nodes.csv")), HasSubstr("id,name,kind,party,out_ties,in_ties,"));
  EXPECT_THAT(Slurp(Path("t-edges.csv")), HasSubstr("source,target,source_name"));
  EXPECT_THAT(Slurp(Path("t-evidence.csv")), HasSubstr("source,target,kind,stance,doc,sentence"));
  // A saved graph renders the same actors as the articles it came from.
  RunResult again = RunActorgraph("render '" + Path("g.graphml") + "' -o '" + Path("from-graphml.svg") + "'");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  RunResult direct = RunActorgraph("render -o '" + Path("from-articles.svg") + "'");
  EXPECT_EQ(Slurp(Path("from-graphml.svg")).size() > 0, true);
  auto tail = [](const std::string& s) { return s.substr(s.find("wrote ")); };
  auto counts = [&](const std::string& err) {
    std::string t = tail(err);
    return t.substr(t.find(": ") + 2, t.find(", layout") - t.find(": ") - 2);
  };
  EXPECT_EQ(counts(again.err), counts(direct.err));
  RunResult fmt = RunActorgraph("export");
  EXPECT_EQ(fmt.exit_code, 2);
  EXPECT_THAT(fmt.err, HasSubstr("--format"));
}

}  // namespace
}  // namespace actorgraph::testing
