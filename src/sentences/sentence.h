// Stage 2 data: sentences as byte ranges of a document's cleaned text.
#ifndef ACTORGRAPH_SENTENCES_SENTENCE_H_
#define ACTORGRAPH_SENTENCES_SENTENCE_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace actorgraph {

/// A sentence is [begin, end) in Document::text (trimmed of surrounding space).
struct Sentence {
  int index = 0;          // 1-based position in the document
  std::size_t begin = 0;  // byte offset into the cleaned text
  std::size_t end = 0;    // one past the last byte
  std::string_view View(std::string_view text) const { return text.substr(begin, end - begin); }
};

using Sentences = std::vector<Sentence>;

}  // namespace actorgraph

#endif  // ACTORGRAPH_SENTENCES_SENTENCE_H_
