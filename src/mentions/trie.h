// A trie over word ids: the longest dictionary phrase starting at a token is
// found in time linear in its length (no regex, no per-alias scan).
#ifndef ACTORGRAPH_MENTIONS_TRIE_H_
#define ACTORGRAPH_MENTIONS_TRIE_H_

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "mentions/tokenizer.h"

namespace actorgraph {

class TokenTrie {
 public:
  TokenTrie() : payload_(1) {}
  /// Adds a phrase (word ids, none kUnknownWord) with one payload value.
  void Insert(const std::vector<WordId>& phrase, std::uint32_t value) {
    std::uint32_t node = 0;
    for (WordId w : phrase) {
      std::uint64_t k = (static_cast<std::uint64_t>(node) << 32) | w;
      auto it = edges_.find(k);
      if (it == edges_.end()) {
        std::uint32_t next = static_cast<std::uint32_t>(payload_.size());
        payload_.emplace_back();
        edges_.emplace(k, next);
        node = next;
      } else {
        node = it->second;
      }
    }
    payload_[node].push_back(value);
  }
  /// The child of `node` by `word`, or 0 (the root is never a child).
  std::uint32_t Child(std::uint32_t node, WordId word) const {
    if (word == kUnknownWord) return 0;
    auto it = edges_.find((static_cast<std::uint64_t>(node) << 32) | word);
    return it == edges_.end() ? 0 : it->second;
  }
  const std::vector<std::uint32_t>& Values(std::uint32_t node) const { return payload_[node]; }

  /// Longest phrase at tokens[i...]: its length in tokens (0 if none) and node.
  template <typename Accept>
  int Longest(const std::vector<Token>& tokens, int i, std::uint32_t* node_out, Accept&& accept) const {
    std::uint32_t node = 0;
    int best = 0;
    for (int j = i; j < static_cast<int>(tokens.size()); ++j) {
      node = Child(node, tokens[j].word);
      if (node == 0) break;
      if (!payload_[node].empty() && accept(node, j + 1 - i)) {
        best = j + 1 - i;
        *node_out = node;
      }
    }
    return best;
  }
  int Longest(const std::vector<Token>& tokens, int i, std::uint32_t* node_out) const {
    return Longest(tokens, i, node_out, [](std::uint32_t, int) { return true; });
  }

 private:
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;
  std::vector<std::vector<std::uint32_t>> payload_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_MENTIONS_TRIE_H_
