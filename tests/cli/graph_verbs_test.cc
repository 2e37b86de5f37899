// The graph verbs (graph, centrality, path, timeline) as a user meets them:
// graph files in, tables and files out, messages and exit codes.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "cli/run_binary.h"
#include "graph/graphml.h"
#include "graph/node_link_json.h"

namespace actorgraph::testing {
namespace {

namespace fs = std::filesystem;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class GraphVerbsTest : public ::testing::Test {
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
  std::string Path(const std::string& name) { return (fs::path(dir_) / name).string(); }

  // A chain A - B - C - D of meet ties, and an isolated pair E - F.
  std::string Chain() { return Write("chain.csv", "source,target,kind\nA,B,meet\nB,C,mediate\nC,D,meet\nE,F,meet\n"); }

  std::string dir_;
};

const char* kFlorentine = "tests/testdata/graphs/florentine.csv";

TEST_F(GraphVerbsTest, GraphSavesGraphmlThatReadsBack) {
  std::string out = Path("out.graphml");
  RunResult r = RunActorgraph(std::string("graph ") + kFlorentine + " -o '" + out + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.err, "wrote")) << r.err;
  auto g = ReadGraphml(Slurp(out), out);
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(boost::num_vertices(g->graph.g), 15u);
  EXPECT_EQ(boost::num_edges(g->graph.g), 20u);
}

TEST_F(GraphVerbsTest, GraphJsonAndSummary) {
  std::string out = Path("g.json");
  RunResult r = RunActorgraph("graph " + Chain() + " -o '" + out + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto g = ReadNodeLinkJson(Slurp(out), out);
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(boost::num_edges(g->graph.g), 4u);
  RunResult s = RunActorgraph("graph " + Chain());
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_TRUE(Contains(s.out, "graph: 6 actors, 4 edges (directed, level actor)")) << s.out;
  EXPECT_TRUE(Contains(s.out, "components: 2 (sizes 4 2)")) << s.out;
}

TEST_F(GraphVerbsTest, GraphEgoAndUnknownExtension) {
  RunResult r = RunActorgraph("graph " + Chain() + " --ego B --radius 1");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "graph: 3 actors, 2 edges")) << r.out;
  RunResult bad = RunActorgraph("graph " + Chain() + " -o '" + Path("g.xlsx") + "'");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(Contains(bad.err, "cannot tell the format of")) << bad.err;
  EXPECT_FALSE(fs::exists(Path("g.xlsx")));
}

TEST_F(GraphVerbsTest, CentralityCsvMatchesPublishedFlorentineValue) {
  RunResult r = RunActorgraph(std::string("centrality ") + kFlorentine +
                              " --measures betweenness-undirected --sort betweenness-undirected -f csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string header, first;
  std::getline(lines, header);
  std::getline(lines, first);
  EXPECT_EQ(header, "id,name,party,betweenness-undirected");
  ASSERT_EQ(first.rfind("Medici,Medici,,", 0), 0u) << first;
  EXPECT_NEAR(std::stod(first.substr(first.rfind(',') + 1)), 0.522, 0.0005);
}

TEST_F(GraphVerbsTest, CentralityTableStatesConventionsAndIsDeterministic) {
  RunResult a = RunActorgraph(std::string("centrality ") + kFlorentine + " --top 5");
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_TRUE(Contains(a.out, "normalised 1/((n-1)(n-2))")) << a.out;
  EXPECT_TRUE(Contains(a.out, "Wasserman-Faust")) << a.out;
  EXPECT_TRUE(Contains(a.out, "top 5 of 15")) << a.out;
  RunResult b = RunActorgraph(std::string("centrality ") + kFlorentine + " --top 5 --threads 1");
  EXPECT_EQ(a.out, b.out);
}

TEST_F(GraphVerbsTest, CentralityJsonAndTimings) {
  RunResult r = RunActorgraph("centrality " + Chain() + " -f json --measures pagerank,brokerage --timings");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "\"measures\": [")) << r.out;
  EXPECT_TRUE(Contains(r.out, "\"liaison\"")) << r.out;
  EXPECT_TRUE(Contains(r.err, "timings: load ")) << r.err;
}

TEST_F(GraphVerbsTest, CentralityRejectsUnknownNames) {
  RunResult r = RunActorgraph("centrality " + Chain() + " --sort fame");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "--sort: unknown column 'fame'")) << r.err;
  r = RunActorgraph("centrality " + Chain() + " --measures fame");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "unknown measure 'fame'")) << r.err;
}

TEST_F(GraphVerbsTest, PathPrintsEachHop) {
  RunResult r = RunActorgraph("path A D " + Chain());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "A -> B -> C -> D  (3 hops")) << r.out;
  EXPECT_TRUE(Contains(r.out, "B -- C: mediate B->C x1")) << r.out;
}

TEST_F(GraphVerbsTest, PathNoPathHasItsOwnExitCode) {
  RunResult r = RunActorgraph("path A F " + Chain());
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_TRUE(Contains(r.err, "no path from A to F")) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST_F(GraphVerbsTest, PathKnownActorOutsideTheFilteredGraphIsNoPath) {
  // Qatar is in the dictionaries; no relation of the sample corpus is dated 2030.
  RunResult r = RunActorgraph("path Qatar Israel --since 2030-01-01");
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_TRUE(Contains(r.err, "no path: QAT ('Qatar') has no ties in this graph under the filters given")) << r.err;
}

TEST_F(GraphVerbsTest, PathUnknownActorSuggests) {
  RunResult r = RunActorgraph(std::string("path Medicci Strozzi ") + kFlorentine);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "FROM: no actor 'Medicci' in the graph; did you mean Medici?")) << r.err;
}

TEST_F(GraphVerbsTest, PathKAlternativesAsJson) {
  RunResult r = RunActorgraph(std::string("path Medici Strozzi ") + kFlorentine + " --k 3 -f json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '['), std::count(r.out.begin(), r.out.end(), ']'));
  EXPECT_TRUE(Contains(r.out, "\"cost\"")) << r.out;
}

TEST_F(GraphVerbsTest, TimelineOrdersEvidenceByDate) {
  std::string json = Write(
      "t.json",
      R"({"directed": true, "nodes": [{"id": "QAT"}, {"id": "HAMAS"}, {"id": "ISR"}],
          "links": [{"source": "QAT", "target": "HAMAS", "kind": "mediate",
                     "evidence": [{"doc": "b", "sentence": 2, "text": "Later talks.", "date": "2024-05-09"}]},
                    {"source": "QAT", "target": "ISR", "kind": "mediate",
                     "evidence": [{"doc": "a", "sentence": 1, "text": "Early talks.", "date": "2024-05-01"}]}]})");
  RunResult r = RunActorgraph("timeline " + json);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t early = r.out.find("Early talks."), later = r.out.find("Later talks.");
  ASSERT_NE(early, std::string::npos) << r.out;
  ASSERT_NE(later, std::string::npos) << r.out;
  EXPECT_LT(early, later);
  RunResult only = RunActorgraph("timeline " + json + " --actor Hamas -f csv");
  ASSERT_EQ(only.exit_code, 0) << only.err;
  EXPECT_EQ(only.out, "date,source,kind,target,doc,sentence,evidence\n2024-05-09,QAT,mediate,HAMAS,b,2,Later talks.\n");
}

TEST_F(GraphVerbsTest, BadGraphFilesNameFileAndLine) {
  std::string bad = Write("bad.csv", "source,target\nA,B\nC\n");
  RunResult r = RunActorgraph("centrality " + bad);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(Contains(r.err, "bad.csv:3: expected source,target[,kind][,weight], found 1 field")) << r.err;
  RunResult missing = RunActorgraph("centrality '" + Path("nope.graphml") + "'");
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_TRUE(Contains(missing.err, "nope.graphml")) << missing.err;
}

TEST_F(GraphVerbsTest, MixingGraphFilesAndArticlesIsAUsageError) {
  std::string article = Write("a.txt", "Qatar mediated between Israel and Hamas.\n");
  RunResult r = RunActorgraph("graph " + Chain() + " " + article);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "cannot mix a graph file")) << r.err;
}

TEST_F(GraphVerbsTest, FiltersApplyToGraphFiles) {
  RunResult r = RunActorgraph("graph " + Chain() + " --kinds meet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "graph: 6 actors, 3 edges")) << r.out;
  RunResult bad = RunActorgraph("graph " + Chain() + " --since 2024-13-01");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(Contains(bad.err, "date '2024-13-01' is not YYYY-MM-DD")) << bad.err;
}

TEST_F(GraphVerbsTest, SampleCorpusByDefault) {
  RunResult r = RunActorgraph("graph");
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 4) << r.err;
  EXPECT_TRUE(Contains(r.out, "graph: ")) << r.out;
  EXPECT_TRUE(Contains(r.out, "from 5 documents")) << r.out;
}

}  // namespace
}  // namespace actorgraph::testing
