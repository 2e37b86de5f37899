// The word trie against a second implementation: every phrase of a random
// dictionary (large enough to make the edge table grow many times) is found
// with its payload, and every prefix that is no phrase has none.
#include <cstdint>
#include <map>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "mentions/trie.h"

namespace actorgraph {
namespace {

std::vector<Token> Tokens(const std::vector<WordId>& words) {
  std::vector<Token> t(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) t[i].word = words[i];
  return t;
}

TEST(TokenTrieTest, AgreesWithAMapOfPhrasesOnARandomDictionary) {
  std::mt19937 rng(42);
  std::uniform_int_distribution<WordId> word(1, 300);  // few words: phrases share prefixes
  std::uniform_int_distribution<int> length(1, 5);
  std::map<std::vector<WordId>, std::vector<std::uint32_t>> expected;
  TokenTrie trie;
  for (std::uint32_t v = 0; v < 20000; ++v) {
    std::vector<WordId> phrase(length(rng));
    for (WordId& w : phrase) w = word(rng);
    trie.Insert(phrase, v);
    expected[phrase].push_back(v);
  }
  for (const auto& [phrase, values] : expected) {
    std::uint32_t node = 0;
    for (WordId w : phrase) {
      node = trie.Child(node, w);
      ASSERT_NE(node, 0u);
    }
    EXPECT_EQ(trie.Values(node), values);
    std::uint32_t found = 0;
    EXPECT_EQ(trie.Longest(Tokens(phrase), 0, &found), static_cast<int>(phrase.size()));
    EXPECT_EQ(found, node);
  }
  // a word the trie never saw, and a phrase no entry starts
  EXPECT_EQ(trie.Child(0, 5000), 0u);
  EXPECT_EQ(trie.Child(0, kUnknownWord), 0u);
  std::uint32_t unused = 0;
  EXPECT_EQ(trie.Longest(Tokens({5000, 1, 2}), 0, &unused), 0);
  // a prefix that is no phrase carries no values
  for (const auto& [phrase, values] : expected) {
    if (phrase.size() < 2) continue;
    std::vector<WordId> prefix(phrase.begin(), phrase.end() - 1);
    if (expected.count(prefix)) continue;
    std::uint32_t node = 0;
    for (WordId w : prefix) node = trie.Child(node, w);
    EXPECT_TRUE(trie.Values(node).empty());
  }
}

}  // namespace
}  // namespace actorgraph
