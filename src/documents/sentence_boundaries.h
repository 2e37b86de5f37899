// The sentence-boundary scanner. It lives in the documents stage because
// cleaning needs it too (exact duplicate sentences are kept once); the
// sentences stage (sentences/splitter.h) wraps it as SplitSentences().
#ifndef ACTORGRAPH_DOCUMENTS_SENTENCE_BOUNDARIES_H_
#define ACTORGRAPH_DOCUMENTS_SENTENCE_BOUNDARIES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "documents/cleaning_rules.h"

namespace actorgraph {

/// A byte range [begin, end) of a text.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// The sentences of `text` as trimmed byte ranges, in order. A newline always
/// ends a sentence (paragraphs, bullet lines and headlines without a full
/// stop); inside a line a sentence ends at ".", "!", "?" or "..." (with any
/// closing quotes and brackets after them) followed by a space and a word
/// that can open a sentence. A full stop after an abbreviation or an initial
/// ([sentences] in cleaning.toml) or inside a number does not end one. A
/// leading bullet marker is not part of the sentence; ranges without a letter
/// or digit (a stray quote) are left out. One pass, no backtracking: linear.
std::vector<TextSpan> FindSentences(std::string_view text, const CleaningRules& rules);

}  // namespace actorgraph

#endif  // ACTORGRAPH_DOCUMENTS_SENTENCE_BOUNDARIES_H_
