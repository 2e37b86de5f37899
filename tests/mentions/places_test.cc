// The gazetteer graphs/dictionaries/places.toml: its cities and regions are
// places of their state, found with the built-in actor dictionaries.
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actors/knowledge_base.h"
#include "core/embedded.h"
#include "mentions/mention.h"
#include "mentions/tokenizer.h"

namespace actorgraph {
namespace {

class PlacesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto kb = KnowledgeBase::LoadBuiltin();
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = std::make_unique<KnowledgeBase>(std::move(kb).value());
    auto lex = FindEmbedded("graphs/dictionaries/mentions.toml");
    ASSERT_TRUE(lex.has_value());
    auto f = MentionFinder::Create(*kb_, *lex, "mentions.toml", &vocab_);
    ASSERT_TRUE(f.ok()) << f.status().ToString();
    finder_ = std::make_unique<MentionFinder>(std::move(f).value());
  }
  // The mention spanning exactly `span` in `text`, or nullptr.
  const Mention* FindSpan(const std::string& text, const std::string& span) {
    text_ = text;
    tokens_.clear();
    Tokenize(text_, 0, text_.size(), vocab_, &tokens_, &scratch_);
    mentions_.clear();
    finder_->Find(text_, tokens_, "2024-05-01", &doc_, &mentions_);
    for (const Mention& m : mentions_) {
      std::size_t b = tokens_[m.first].begin, e = tokens_[m.last - 1].end;
      if (text_.substr(b, e - b) == span) return &m;
    }
    return nullptr;
  }

  std::unique_ptr<KnowledgeBase> kb_;
  Vocabulary vocab_;
  std::unique_ptr<MentionFinder> finder_;
  DocumentActors doc_;
  std::string text_, scratch_;
  std::vector<Token> tokens_;
  std::vector<Mention> mentions_;
};

TEST_F(PlacesTest, CityIsAPlaceOfItsState) {
  const Mention* m = FindSpan("Drones hit Kharkiv overnight.", "Kharkiv");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::kName);
  ASSERT_NE(m->actor, nullptr);
  EXPECT_EQ(m->actor->id, "UKR");
  EXPECT_EQ(m->party, "UKR");
  // Not after a locative preposition, and still only a place, never an actor.
  EXPECT_TRUE(m->place);
}

TEST_F(PlacesTest, RegionIsAPlaceOfItsState) {
  const Mention* m = FindSpan("Fighting spread across Darfur.", "Darfur");
  ASSERT_NE(m, nullptr);
  ASSERT_NE(m->actor, nullptr);
  EXPECT_EQ(m->actor->id, "SDN");
  EXPECT_EQ(m->party, "SDN");
  EXPECT_TRUE(m->place);
}

TEST_F(PlacesTest, ACapitalAsSubjectStaysAnActor) {
  // The contrast: a capital of actors/states.toml is a metonym for its state.
  const Mention* m = FindSpan("Kyiv rejected the offer.", "Kyiv");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->party, "UKR");
  EXPECT_FALSE(m->place);
}

}  // namespace
}  // namespace actorgraph
