// Stage 2: splitting a cleaned document into sentences.
#ifndef ACTORGRAPH_SENTENCES_SPLITTER_H_
#define ACTORGRAPH_SENTENCES_SPLITTER_H_

#include <string_view>

#include "documents/cleaning_rules.h"
#include "sentences/sentence.h"

namespace actorgraph {

/// Splits `text` into sentences with byte offsets; survives abbreviations
/// (U.S., Oct., Mr.), initials, decimals, closing quotes, headlines without a
/// full stop and bullet lines. Linear in the size of `text`.
/// Uses the embedded rules (graphs/dictionaries/cleaning.toml, [sentences]).
Sentences SplitSentences(std::string_view text);

/// The same with explicit rules (tests, user-extended rule files).
Sentences SplitSentences(std::string_view text, const CleaningRules& rules);

}  // namespace actorgraph

#endif  // ACTORGRAPH_SENTENCES_SPLITTER_H_
