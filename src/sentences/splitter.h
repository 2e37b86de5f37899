// Stage 2: splitting a cleaned document into sentences.
#ifndef ACTORGRAPH_SENTENCES_SPLITTER_H_
#define ACTORGRAPH_SENTENCES_SPLITTER_H_

#include <string_view>

#include "sentences/sentence.h"

namespace actorgraph {

/// Splits `text` into sentences with byte offsets; survives abbreviations
/// (U.S., Oct., Mr.), initials, decimals, closing quotes, headlines without a
/// full stop and bullet lines. Linear in the size of `text`.
Sentences SplitSentences(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_SENTENCES_SPLITTER_H_
