// Text helpers for matching names: folding and edit distance.
#ifndef ACTORGRAPH_ACTORS_TEXT_H_
#define ACTORGRAPH_ACTORS_TEXT_H_

#include <string>
#include <string_view>

namespace actorgraph {

/// The matching key of a name: Unicode NFKC, case-folded, accents stripped,
/// typographic apostrophes and dashes made ASCII, runs of space collapsed
/// ("Élysée  Palace" -> "elysee palace", "Sa’ar" -> "sa'ar").
std::string FoldName(std::string_view text);

/// Levenshtein distance between two strings, counted in Unicode code points.
int NameDistance(std::string_view a, std::string_view b);

/// True for "YYYY-MM-DD" with a real month and day.
bool IsIsoDate(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTORS_TEXT_H_
