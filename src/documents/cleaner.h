// Turns the prepared text of one article (any format, one paragraph or
// block a line) into a Document: headline, date, outlet and the cleaned body.
// Which lines are page chrome is decided by the rules (cleaning.toml).
#ifndef ACTORGRAPH_DOCUMENTS_CLEANER_H_
#define ACTORGRAPH_DOCUMENTS_CLEANER_H_

#include <string>
#include <string_view>

#include "documents/cleaning_rules.h"
#include "documents/document.h"

namespace actorgraph {

/// What the format already told us (HTML meta tags, JSON Lines fields). Empty
/// fields are looked for in the text.
struct KnownMetadata {
  std::string title;
  std::string date;    // ISO already, or empty
  std::string outlet;
  std::string url;
  bool title_in_text = true;  // the first line may be the headline (plain text)
};

/// Cleans `text` (normalised, LF line ends: see documents/text.h) into
/// doc->title, date, outlet, url and text (the body, one paragraph a line).
/// Headline: the first line when it reads as one (no final full stop, at
/// most 30 words, more text follows), minus a " - Outlet" suffix. Dropped:
/// chrome lines, "Label: value" metadata, datelines, section tags, bylines and
/// agency sign-offs at the top or bottom, everything after a section-end
/// marker, and exact repeats of a sentence already seen. Lines broken inside
/// a paragraph (next line starts in lower case) are joined.
void CleanArticle(std::string_view text, const KnownMetadata& known, const CleaningRules& rules,
                  Document* doc);

}  // namespace actorgraph

#endif  // ACTORGRAPH_DOCUMENTS_CLEANER_H_
