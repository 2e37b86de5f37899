// Stage 3a: words with byte offsets, and a vocabulary that turns lower-cased
// words into small integers so dictionary lookups compare integers.
#ifndef ACTORGRAPH_MENTIONS_TOKENIZER_H_
#define ACTORGRAPH_MENTIONS_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/string_map.h"

namespace actorgraph {

/// Word ids: 0 is "a word no dictionary mentions".
using WordId = std::uint32_t;
inline constexpr WordId kUnknownWord = 0;

/// One token of the cleaned text.
struct Token {
  std::uint32_t begin = 0;  // byte offset into Document::text
  std::uint32_t end = 0;
  WordId word = kUnknownWord;  // vocabulary id of the normalised lower-cased key
  std::uint8_t flags = 0;      // Token::k* bits
  static constexpr std::uint8_t kUpper = 1;        // starts with an upper-case letter
  static constexpr std::uint8_t kAllCaps = 2;      // two or more letters, all upper case ("US", "UAE")
  static constexpr std::uint8_t kPunct = 4;        // punctuation
  static constexpr std::uint8_t kSpaceBefore = 8;  // white space precedes it
  static constexpr std::uint8_t kNumber = 16;      // starts with a digit
  static constexpr std::uint8_t kQuote = 32;       // a quotation mark (any style)
  bool Is(std::uint8_t f) const { return (flags & f) != 0; }
};

/// Maps normalised keys to ids. Built once, read-only afterwards.
class Vocabulary {
 public:
  Vocabulary();
  /// The id of `key` (already normalised), adding it when new.
  WordId Add(std::string_view key);
  /// The id of `key`, or kUnknownWord.
  WordId Find(std::string_view key) const;
  /// The key of an id ("" for kUnknownWord).
  const std::string& Key(WordId id) const { return keys_[id]; }
  std::size_t size() const { return keys_.size(); }

 private:
  StringMap<WordId> ids_;
  std::vector<std::string> keys_;
};

/// Splits text[begin, end) into tokens. Keys are lower-cased ASCII with
/// typographic quotes, apostrophes and dashes made plain; "'s" and "n't" are
/// tokens of their own; hyphens between letters are "-" tokens without space
/// ("al-Sissi" -> al - sissi); "U.S." is one token. Appends to `out`.
/// `scratch` is reused between calls so tokenising does not allocate per word.
void Tokenize(std::string_view text, std::size_t begin, std::size_t end, const Vocabulary& vocab,
              std::vector<Token>* out, std::string* scratch);

/// Tokenises a dictionary phrase into normalised keys (the same rules).
std::vector<std::string> TokenKeys(std::string_view phrase);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MENTIONS_TOKENIZER_H_
