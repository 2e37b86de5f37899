// The trigger lexicon's loader: forms with alternatives expand into every
// phrase they stand for, and each phrase fires its rule.
#include "relations/trigger_lexicon.h"

#include <cstdint>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace actorgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

TEST(ExpandFormTest, APlainFormIsItself) {
  EXPECT_THAT(ExpandForm("broke off relations with"), ElementsAre("broke off relations with"));
}

TEST(ExpandFormTest, EveryAlternativeOfEveryWordIsAPhrase) {
  EXPECT_THAT(ExpandForm("recalled|withdrew its|his ambassador from"),
              UnorderedElementsAre("recalled its ambassador from", "recalled his ambassador from",
                                   "withdrew its ambassador from", "withdrew his ambassador from"));
}

TEST(ExpandFormTest, EmptyAlternativesAndSpacesAreDropped) {
  EXPECT_THAT(ExpandForm("  met|  with "), ElementsAre("met with"));
  EXPECT_THAT(ExpandForm(""), ElementsAre());
}

TEST(TriggerLexiconTest, EachExpandedPhraseFiresTheRule) {
  Vocabulary vocab;
  Result<TriggerLexicon> lex = TriggerLexicon::Create(R"(
[[trigger]]
id = "criticize.sever"
kind = "criticize"
forms = ["recalled|withdrew its ambassador from"]
targets = [""]
)",
                                                      "test.toml", &vocab);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  for (const char* phrase : {"recalled its ambassador from", "withdrew its ambassador from"}) {
    std::uint32_t node = 0;
    for (const std::string& k : TokenKeys(phrase)) node = lex->phrases().Child(node, vocab.Add(k));
    ASSERT_NE(node, 0u) << phrase;
    EXPECT_THAT(lex->phrases().Values(node), ElementsAre(kTriggerBase + 0u)) << phrase;
  }
}

}  // namespace
}  // namespace actorgraph
