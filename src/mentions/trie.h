// A trie over word ids: the longest dictionary phrase starting at a token is
// found in time linear in its length (no regex, no per-alias scan).
#ifndef ACTORGRAPH_MENTIONS_TRIE_H_
#define ACTORGRAPH_MENTIONS_TRIE_H_

#include <cstdint>
#include <cstddef>
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
        edges_.Put((static_cast<std::uint64_t>(node) << 32) | w, next);
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
    return edges_.Get((static_cast<std::uint64_t>(node) << 32) | word);
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
    edges_.ForEach([&](std::uint64_t key, std::uint32_t) {
      if (static_cast<WordId>(key & 0xffffffffu) == hyphen) hyphen_child_[key >> 32] = 1;
    });
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

  // Edges (parent << 32 | word) -> child: open addressing with linear probing, which the lookup per token
  // of every sentence needs to be (std::unordered_map's buckets cost 15% of extraction; Boost 1.74 has no
  // flat map). Child ids are never 0, so 0 marks an empty slot.
  class EdgeTable {
   public:
    std::uint32_t Get(std::uint64_t key) const {
      if (vals_.empty()) return 0;
      for (std::size_t i = Slot(key);; i = (i + 1) & mask_) {
        if (vals_[i] == 0) return 0;
        if (keys_[i] == key) return vals_[i];
      }
    }
    void Put(std::uint64_t key, std::uint32_t value) {
      if (2 * (count_ + 1) > vals_.size()) Grow();
      std::size_t i = Slot(key);
      while (vals_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
      if (vals_[i] == 0) ++count_;
      keys_[i] = key;
      vals_[i] = value;
    }
    template <typename F>
    void ForEach(F&& f) const {
      for (std::size_t i = 0; i < vals_.size(); ++i)
        if (vals_[i] != 0) f(keys_[i], vals_[i]);
    }

   private:
    std::size_t Slot(std::uint64_t key) const {
      return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask_;
    }
    void Grow() {
      std::vector<std::uint64_t> keys = std::move(keys_);
      std::vector<std::uint32_t> vals = std::move(vals_);
      std::size_t size = vals.empty() ? 1024 : 2 * vals.size();
      keys_.assign(size, 0);
      vals_.assign(size, 0);
      mask_ = size - 1;
      count_ = 0;
      for (std::size_t i = 0; i < vals.size(); ++i)
        if (vals[i] != 0) Put(keys[i], vals[i]);
    }
    std::vector<std::uint64_t> keys_;
    std::vector<std::uint32_t> vals_;
    std::size_t mask_ = 0, count_ = 0;
  };

  EdgeTable edges_;
  std::vector<std::uint32_t> root_;  // by word: the root's child, 0 if none
  std::vector<std::uint8_t> hyphen_child_;  // by node: 1 if it has a child by the hyphen word
  std::vector<std::vector<std::uint32_t>> payload_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_MENTIONS_TRIE_H_
