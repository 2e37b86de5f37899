#include "sentences/splitter.h"

#include "documents/sentence_boundaries.h"

namespace actorgraph {

Sentences SplitSentences(std::string_view text, const CleaningRules& rules) {
  Sentences out;
  int index = 0;
  for (const TextSpan& span : FindSentences(text, rules)) {
    out.push_back(Sentence{++index, span.begin, span.end});
  }
  return out;
}

Sentences SplitSentences(std::string_view text) {
  static const CleaningRules kEmpty;
  const Result<CleaningRules>& rules = DefaultCleaningRules();
  return SplitSentences(text, rules.ok() ? *rules : kEmpty);
}

}  // namespace actorgraph
