// Generalisation check on paragraphs written in news style about other
// mediated conflicts (tests/testdata/relations/), with the built-in
// dictionaries. Expectations are hand-annotated readings of those texts.
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "relations/extractor.h"

namespace actorgraph {
namespace {

class OtherConflictsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto kb = KnowledgeBase::LoadBuiltin();
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = new KnowledgeBase(std::move(kb).value());
    auto ex = Extractor::Create(*kb_);
    ASSERT_TRUE(ex.ok()) << ex.status().ToString();
    ex_ = new Extractor(std::move(ex).value());
  }
  static void TearDownTestSuite() {
    delete ex_;
    delete kb_;
  }
  // "SOURCE_PARTY kind TARGET_PARTY modality" of every relation in a file.
  std::set<std::string> PartyRelations(const std::string& file) {
    std::ifstream in(std::string(AG_SOURCE_DIR) + "/tests/testdata/relations/" + file);
    std::ostringstream text;
    text << in.rdbuf();
    Document d;
    d.id = file;
    d.date = "2025-04-14";
    d.text = text.str();
    std::set<std::string> out;
    for (const Relation& r : ex_->Extract(d).relations)
      out.insert(r.source.party + " " + RelationKindName(r.kind) + " " + r.target.party + " " + ModalityName(r.modality));
    return out;
  }
  static KnowledgeBase* kb_;
  static Extractor* ex_;
};
KnowledgeBase* OtherConflictsTest::kb_ = nullptr;
Extractor* OtherConflictsTest::ex_ = nullptr;

TEST_F(OtherConflictsTest, SudanTalksInJeddah) {
  std::set<std::string> r = PartyRelations("sudan-jeddah.txt");
  for (const char* want : {"SAU mediate SDN asserted", "SAU mediate RSF asserted", "USA mediate SDN asserted",
                           "USA mediate RSF asserted", "USA urge SDN asserted", "SDN criticize RSF asserted"})
    EXPECT_TRUE(r.count(want)) << want;
  EXPECT_FALSE(r.count("SAU mediate USA asserted"));
}

TEST_F(OtherConflictsTest, IranUsTalksViaOman) {
  std::set<std::string> r = PartyRelations("iran-oman.txt");
  for (const char* want : {"OMN mediate IRN asserted", "OMN mediate USA asserted", "IRN meet USA asserted",
                           "USA visit OMN planned"})
    EXPECT_TRUE(r.count(want)) << want;
}

TEST_F(OtherConflictsTest, RussiaUkraineViaTurkeyAndSaudiArabia) {
  std::set<std::string> r = PartyRelations("russia-ukraine.txt");
  for (const char* want : {"TUR meet RUS asserted", "TUR meet UKR asserted", "RUS respond UKR asserted",
                           "RUS criticize UKR asserted", "UKR visit TUR planned"})
    EXPECT_TRUE(r.count(want)) << want;
}

TEST_F(OtherConflictsTest, ArmeniaAzerbaijanViaTheEu) {
  std::set<std::string> r = PartyRelations("armenia-azerbaijan.txt");
  for (const char* want : {"ARM meet AZE asserted", "EU mediate ARM asserted", "EU mediate AZE asserted",
                           "AZE urge ARM asserted", "ARM visit USA asserted"})
    EXPECT_TRUE(r.count(want)) << want;
}

}  // namespace
}  // namespace actorgraph
