// Publication dates in the forms news pages use, normalised to ISO 8601.
#ifndef ACTORGRAPH_DOCUMENTS_DATES_H_
#define ACTORGRAPH_DOCUMENTS_DATES_H_

#include <string>
#include <string_view>

#include "documents/cleaning_rules.h"

namespace actorgraph {

/// "YYYY-MM-DD" for the date stated in `text` ("2024-08-20", "2024-08-20T07:13Z",
/// "20 August 2024", "20 Aug. 2024", "August 20, 2024", "07:13 | 20 August
/// 2024", "Tuesday, Aug 20 2024 10:32 GMT"), or "" when there is none or it is
/// not a real calendar date. With `whole_line`, every word of `text` must be part
/// of the date or a filler word (weekday, time, zone: [dates] filler), and the
/// line must not be longer than [metadata] max_dateline_words: that is how a
/// dateline is told from a sentence that mentions a date.
std::string ParseDate(std::string_view text, const CleaningRules& rules, bool whole_line);

}  // namespace actorgraph

#endif  // ACTORGRAPH_DOCUMENTS_DATES_H_
