// Escaping untrusted text (actor names and evidence come from scraped
// articles) for every output format, so no article can inject markup,
// script, DOT syntax or spreadsheet formulas.
#ifndef ACTORGRAPH_CORE_ESCAPE_H_
#define ACTORGRAPH_CORE_ESCAPE_H_

#include <string>
#include <string_view>

namespace actorgraph {

/// Valid UTF-8 with no control characters: invalid bytes become U+FFFD, tab,
/// newline and the other C0/C1 controls become a space (XML 1.0 forbids most of
/// them, and a stray newline breaks CSV rows and DOT labels).
std::string CleanText(std::string_view text);

/// Text for XML and HTML content and attribute values: & < > " ' escaped.
/// Runs CleanText first.
std::string EscapeXml(std::string_view text);

/// The inside of a DOT double-quoted string that Graphviz later treats as an
/// escString (label, tooltip, xlabel): backslashes doubled so "\N" or "\G" in
/// a name stay literal, quotes escaped, '&' written as "&amp;" so Graphviz
/// does not decode entities the article wrote. Runs CleanText first.
std::string EscapeDotString(std::string_view text);

/// A DOT identifier, always quoted: "\"...\"" with quotes and backslashes escaped.
std::string QuoteDotId(std::string_view id);

/// One CSV cell (RFC 4180): quoted when it holds a comma, quote or newline; a
/// cell that starts with = + - @ (or tab / CR) gets a leading apostrophe so a
/// spreadsheet shows it as text instead of running it as a formula.
std::string CsvCell(std::string_view text);

/// A Pajek label: double-quoted, with inner quotes replaced by apostrophes
/// (Pajek has no escape sequence).
std::string PajekLabel(std::string_view text);

/// JSON to embed in an HTML <script> element: '<', '>', '&', U+2028 and
/// U+2029 written as \u escapes, so "</script>" or "<!--" in the data cannot
/// end or confuse the element. `json` must already be valid JSON.
std::string JsonForScript(std::string_view json);

/// A token safe for XML ids and CSS classes: [A-Za-z0-9_-] kept, every other
/// byte replaced by '_'; never empty.
std::string Slug(std::string_view text);

/// Breaks `text` into lines of about `width` characters at spaces (counting
/// UTF-8 code points), joined with `separator`. Words longer than `width` stay whole.
std::string WrapWords(std::string_view text, int width, std::string_view separator);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CORE_ESCAPE_H_
