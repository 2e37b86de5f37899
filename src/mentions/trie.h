// A trie over word ids: the longest dictionary phrase starting at a token is
// found in time linear in its length (no regex, no per-alias scan).
#ifndef ACTORGRAPH_MENTIONS_TRIE_H_
#define ACTORGRAPH_MENTIONS_TRIE_H_

#include <absl/container/flat_hash_map.h>

#include <cstddef>
#include <cstdint>
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
      std::uint32_t next = Child(node, w);
      if (next == 0) {
        next = static_cast<std::uint32_t>(payload_.size());
        payload_.emplace_back();
        if (node == 0) {
          if (w >= root_.size()) root_.resize(w + 1, 0);
          root_[w] = next;
        }
        edges_.emplace((static_cast<std::uint64_t>(node) << 32) | w, next);
      }
      node = next;
    }
    payload_[node].push_back(value);
    hyphen_child_.clear();  // (IndexHyphen again after the last insertion)
  }
  /// The child of `node` by `word`, or 0 (the root is never a child).
  std::uint32_t Child(std::uint32_t node, WordId word) const {
    if (word == kUnknownWord) return 0;
    if (node == 0) return word < root_.size() ? root_[word] : 0;  // (most lookups: a phrase's first word)
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
  /// As Longest, but a hyphen inside a word counts as a space and a space as a hyphen
  /// ("Abdel-Fattah al-Sisi" finds "Abdel Fattah al-Sisi" and the reverse).
  template <typename Accept>
  int LongestHyphenFree(const std::vector<Token>& tokens, int i, WordId hyphen, std::uint32_t* node_out,
                        Accept&& accept) const {
    int best = 0;
    Walk(tokens, i, i, 0, hyphen, &best, node_out, accept, 0);
    return best;
  }
  /// Marks the nodes with a child by `hyphen`, for LongestHyphenFree (call after the last Insert).
  void IndexHyphen(WordId hyphen) {
    hyphen_child_.assign(payload_.size(), 0);
    for (const auto& [key, child] : edges_)
      if (static_cast<WordId>(key & 0xffffffffu) == hyphen) hyphen_child_[key >> 32] = 1;
  }
  int Longest(const std::vector<Token>& tokens, int i, std::uint32_t* node_out) const {
    return Longest(tokens, i, node_out, [](std::uint32_t, int) { return true; });
  }

 private:
  // Depth-first walk for LongestHyphenFree from token j at `node` (at most one alternative per hyphen).
  template <typename Accept>
  void Walk(const std::vector<Token>& tokens, int i, int j, std::uint32_t node, WordId hyphen, int* best,
            std::uint32_t* node_out, Accept& accept, int depth) const {
    int n = static_cast<int>(tokens.size());
    if (j >= n || depth > 24) return;
    auto visit = [&](std::uint32_t next, int last) {  // `last`: the last token consumed
      if (next == 0) return;
      if (!payload_[next].empty() && last + 1 - i > *best && accept(next, last + 1 - i)) {
        *best = last + 1 - i;
        *node_out = next;
      }
      Walk(tokens, i, last + 1, next, hyphen, best, node_out, accept, depth + 1);
    };
    visit(Child(node, tokens[j].word), j);
    if (j > i && tokens[j].word == hyphen && j + 1 < n) visit(Child(node, tokens[j + 1].word), j + 1);
    if (j > i && tokens[j].word != hyphen && node < hyphen_child_.size() && hyphen_child_[node]) {
      std::uint32_t h = Child(node, hyphen);
      if (h) visit(Child(h, tokens[j].word), j);
    }
  }

  // Edges (parent << 32 | word) -> child, looked up once per token of every sentence.
  absl::flat_hash_map<std::uint64_t, std::uint32_t> edges_;
  std::vector<std::uint32_t> root_;  // by word: the root's child, 0 if none
  std::vector<std::uint8_t> hyphen_child_;  // by node: 1 if it has a child by the hyphen word
  std::vector<std::vector<std::uint32_t>> payload_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_MENTIONS_TRIE_H_
