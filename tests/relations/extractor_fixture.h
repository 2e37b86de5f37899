// A fixture with an Extractor over the small test dictionary (test_kb.h),
// shared by the extractor's test files.
#ifndef ACTORGRAPH_TESTS_RELATIONS_EXTRACTOR_FIXTURE_H_
#define ACTORGRAPH_TESTS_RELATIONS_EXTRACTOR_FIXTURE_H_

#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "relations/extractor.h"
#include "relations/test_kb.h"

namespace actorgraph::testing {

class ExtractorFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    kb_ = new KnowledgeBase();
    Status st = kb_->Overlay(kTestDictionary, "test.toml");
    ASSERT_TRUE(st.ok()) << st.ToString();
    auto ex = Extractor::Create(*kb_);
    ASSERT_TRUE(ex.ok()) << ex.status().ToString();
    extractor_ = new Extractor(std::move(ex).value());
  }
  static void TearDownTestSuite() {
    delete extractor_;
    delete kb_;
    extractor_ = nullptr;
    kb_ = nullptr;
  }

  /// Extracts `text` as one document dated 2024-05-02.
  Extraction Run(const std::string& text) {
    Document d;
    d.id = "t";
    d.date = "2024-05-02";
    d.text = text;
    return extractor_->Extract(d);
  }
  /// "source kind target modality" for every relation, for compact assertions.
  // Every relation found, placed on the party graph or not (the small test dictionary leaves many
  // persons without a party; which relations are set aside is tested on its own).
  std::vector<std::string> Triples(const std::string& text) {
    std::vector<std::string> out;
    Extraction x = Run(text);
    for (const std::vector<Relation>* part : {&x.relations, &x.unplaced})
      for (const Relation& r : *part)
        out.push_back(r.source.id + " " + RelationKindName(r.kind) + " " + r.target.id + " " + ModalityName(r.modality));
    return out;
  }

  inline static KnowledgeBase* kb_ = nullptr;
  inline static Extractor* extractor_ = nullptr;
};

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_RELATIONS_EXTRACTOR_FIXTURE_H_
