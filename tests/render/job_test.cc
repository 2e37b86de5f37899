// The `run` outputs end to end in memory, from a hand-made extraction, and
// report.html opened in headless Chromium (tests/render/check_report.py).
#include "render/job.h"

#include <filesystem>
#include <fstream>
#include <map>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "graph/graphml.h"
#include "render/inspect_util.h"

namespace actorgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Hostile text as a scraped article could carry it.
const char kEvilName[] = "<img src=x onerror=\"window.__pwned=1\">Evil & Co";
const char kEvilSentence[] =
    "Evil & Co said </script><script>window.__pwned=1</script> and =cmd|'/C calc'!A0 while mediating.";

ActorRef Ref(std::string id, std::string name, ActorKind kind, std::string party) {
  ActorRef r;
  r.id = std::move(id);
  r.name = std::move(name);
  r.kind = kind;
  r.party = std::move(party);
  return r;
}

Relation Rel(std::string doc, int sentence, RelationKind kind, ActorRef s, ActorRef t, std::string evidence,
             Modality modality = Modality::kAsserted) {
  Relation r;
  r.doc = std::move(doc);
  r.sentence = sentence;
  r.kind = kind;
  r.source = std::move(s);
  r.target = std::move(t);
  r.modality = modality;
  r.evidence = std::move(evidence);
  r.date = "2024-05-0" + std::to_string(sentence);
  r.rule = "test";
  return r;
}

struct Fixture {
  Corpus corpus;
  Extraction extraction;
};

Fixture MakeFixture() {
  Fixture f;
  Document d1;
  d1.id = "a1";
  d1.title = "Talks resume in Cairo";
  d1.date = "2024-05-01";
  Document d2 = d1;
  d2.id = "a2";
  d2.title = "<b>Bold</b> headline";
  f.corpus.documents = {d1, d2};
  f.corpus.skipped.push_back({"notes.bin", "binary file"});
  ActorRef usa = Ref("USA", "United States", ActorKind::kCountry, "USA");
  ActorRef qat = Ref("QAT", "Qatar", ActorKind::kCountry, "QAT");
  ActorRef isr = Ref("ISR", "Israel", ActorKind::kCountry, "ISR");
  ActorRef hamas = Ref("HAMAS", "Hamas", ActorKind::kGroup, "HAMAS");
  ActorRef burns = Ref("william-burns", "William Burns", ActorKind::kPerson, "USA");
  ActorRef evil = Ref("evil-co", kEvilName, ActorKind::kOrganization, "EVIL");
  f.extraction.relations = {
      Rel("a1", 1, RelationKind::kMediate, qat, hamas, "Qatar mediated between Hamas and Israel."),
      Rel("a1", 1, RelationKind::kMediate, qat, isr, "Qatar mediated between Hamas and Israel."),
      Rel("a1", 2, RelationKind::kMeet, burns, qat, "Burns met Qatar's prime minister."),
      Rel("a1", 3, RelationKind::kPropose, usa, hamas, "The US put a proposal to Hamas."),
      Rel("a2", 4, RelationKind::kVisit, burns, isr, "Burns will travel to Israel.", Modality::kPlanned),
      Rel("a2", 5, RelationKind::kMediate, evil, hamas, kEvilSentence),
  };
  return f;
}

RunJobOptions Options() {
  RunJobOptions o;
  o.style = *BuiltinStyle();
  return o;
}

TEST(JobTest, WritesEveryOutputDeterministically) {
  Fixture f = MakeFixture();
  Result<RunJobResult> a = ProduceRunOutputs(f.corpus, f.extraction, Options());
  ASSERT_TRUE(a.ok()) << a.status().message();
  Result<RunJobResult> b = ProduceRunOutputs(f.corpus, f.extraction, Options());
  ASSERT_TRUE(b.ok());
  std::vector<std::string> names;
  for (const OutputFile& file : a->files) names.push_back(file.name);
  EXPECT_THAT(names, ::testing::ElementsAre("parties.svg", "parties.png", "actors.svg", "actors.png", "mediation.svg",
                                            "mediation.png", "centrality.csv", "brokerage.csv", "graph.graphml",
                                            "graph.gexf", "graph.json", "relations.jsonl", "relations.csv",
                                            "report.html"));
  ASSERT_EQ(a->files.size(), b->files.size());
  for (std::size_t i = 0; i < a->files.size(); ++i) {
    EXPECT_TRUE(a->files[i].bytes == b->files[i].bytes) << a->files[i].name << " differs between runs";
  }
  EXPECT_EQ(a->actors, 6);
  EXPECT_EQ(a->relations, 6);
  EXPECT_EQ(a->parties, 5);
}

TEST(JobTest, OutputsParseAndEscapeArticleText) {
  Fixture f = MakeFixture();
  Result<RunJobResult> r = ProduceRunOutputs(f.corpus, f.extraction, Options());
  ASSERT_TRUE(r.ok()) << r.status().message();
  std::map<std::string, std::string> files;
  for (const OutputFile& file : r->files) files[file.name] = file.bytes;
  // GraphML re-reads into the same graph.
  Result<ImportedGraph> back = ReadGraphml(files["graph.graphml"], "graph.graphml");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(boost::num_vertices(back->graph.g), 6u);
  EXPECT_EQ(boost::num_edges(back->graph.g), 6u);
  EXPECT_EQ(back->graph.g[back->graph.index.at("evil-co")].name, kEvilName);
  // Every XML output is well-formed; the SVGs name every actor.
  for (const char* name : {"parties.svg", "actors.svg", "mediation.svg", "graph.gexf", "graph.graphml"}) {
    nlohmann::json s = testing::Inspect("xml", files[name], "xml");
    ASSERT_FALSE(s.is_null()) << name << " is not well-formed XML";
    EXPECT_EQ(s["counts"].value("script", 0), 0) << name;
    if (std::string(name) == "actors.svg") {
      std::string text = s["text"];
      for (const char* actor : {"United States", "Qatar", "Israel", "Hamas", "William Burns", "Evil & Co"}) {
        EXPECT_THAT(text, HasSubstr(actor)) << actor;
      }
    }
  }
  // CSV: the formula in the evidence is neutralised; HTML: nothing raw.
  EXPECT_THAT(files["relations.csv"], Not(HasSubstr(",=cmd")));
  EXPECT_THAT(files["report.html"], Not(HasSubstr("<script>window.__pwned")));
  EXPECT_THAT(files["report.html"], Not(HasSubstr("<img src=x")));
  EXPECT_THAT(files["report.html"], HasSubstr("&lt;b&gt;Bold&lt;/b&gt; headline"));
  EXPECT_EQ(files["parties.png"].substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST(JobTest, ReportWorksInHeadlessChromium) {
  if (!std::filesystem::exists("/usr/bin/chromium")) {
    GTEST_SKIP() << "chromium is not installed (scripts/install-deps.sh --test installs it)";
  }
  Fixture f = MakeFixture();
  Result<RunJobResult> r = ProduceRunOutputs(f.corpus, f.extraction, Options());
  ASSERT_TRUE(r.ok()) << r.status().message();
  auto dir = testing::FreshDir("chromium");
  for (const OutputFile& file : r->files) std::ofstream(dir / file.name, std::ios::binary) << file.bytes;
  std::string cmd = std::string("/usr/bin/python3 ") + AG_SOURCE_DIR + "/tests/render/check_report.py " +
                    (dir / "report.html").string() + " 2>&1";
  std::string output;
  FILE* p = ::popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) output.append(buf, n);
  int rc = ::pclose(p);
  std::filesystem::remove_all(dir);
  EXPECT_EQ(rc, 0) << output;
  nlohmann::json result = nlohmann::json::parse(output, nullptr, false);
  ASSERT_FALSE(result.is_discarded()) << output;
  EXPECT_TRUE(result["failed"].empty()) << output;
  EXPECT_EQ(result["figures"], 3);
  EXPECT_FALSE(result["injected"].get<bool>());
}

}  // namespace
}  // namespace actorgraph
