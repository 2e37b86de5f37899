// The cleaning and sentence-splitting rules, read from
// graphs/dictionaries/cleaning.toml (embedded in the binary). The code holds
// mechanisms; which phrases are page chrome, which words are abbreviations and
// how months are spelled is data a user can extend.
#ifndef ACTORGRAPH_DOCUMENTS_CLEANING_RULES_H_
#define ACTORGRAPH_DOCUMENTS_CLEANING_RULES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/status.h"

namespace actorgraph {

/// The embedded rules file.
inline constexpr std::string_view kCleaningRulesPath = "graphs/dictionaries/cleaning.toml";

/// Every list of cleaning.toml. Phrase lists are stored lower-cased (matching
/// is case-insensitive); sentence abbreviations keep their case.
struct CleaningRules {
  // [normalize]
  std::vector<std::pair<std::string, std::string>> replace;  // from -> to, applied after NFC

  // [lines]
  std::vector<std::string> bullets;        // leading list markers ("-", "•")
  std::vector<std::string> chrome;         // lower-case phrases; a line made only of them goes
  std::vector<std::string> drop_prefixes;  // lower-case; a line starting with one goes
  std::vector<std::string> drop_suffixes;  // lower-case; a line ending with one goes
  std::vector<std::string> cut_from;       // lower-case; text from the marker to end of line goes
  std::unordered_set<std::string> section_end;  // lower-case whole lines that end the article

  // [metadata]
  std::vector<std::string> date_labels;   // lower-case, without the colon
  std::vector<std::string> other_labels;  // lower-case, without the colon
  int max_tag_words = 3;
  int max_dateline_words = 9;

  // [bylines]
  std::vector<std::string> byline_prefixes;     // lower-case ("by")
  std::vector<std::string> byline_connectors;   // lower-case ("for")
  int max_byline_words = 8;
  std::unordered_set<std::string> byline_lowercase_words;

  // [outlets]
  std::unordered_map<std::string, std::string> outlets;   // lower-case name -> display name
  std::unordered_map<std::string, std::string> signoffs;  // lower-case code -> outlet
  std::vector<std::string> title_separators;

  // [dates]
  std::unordered_map<std::string, int> months;  // lower-case name -> 1..12
  std::unordered_set<std::string> date_filler;  // weekdays, "am", "gmt", ...

  // [html]
  std::unordered_set<std::string> html_skip_tags;   // lower-case tag names
  std::vector<std::string> html_skip_classes;       // lower-case id/class fragments

  // [sentences]
  std::unordered_set<std::string> abbreviations;      // case-sensitive, no final "."
  std::unordered_set<std::string> before_numbers;     // abbreviations only before a number
  std::unordered_set<std::string> may_end;            // subset that may end a sentence
  std::unordered_set<std::string> sentence_starters;  // words that open a sentence after may_end
};

/// Parses a rules file. `origin` names it in messages ("cleaning.toml: ...").
/// ParseError for malformed TOML or a value of the wrong type.
Result<CleaningRules> ParseCleaningRules(std::string_view toml, std::string_view origin);

/// Adds the lists of another rules file to `rules` (a user's own chrome
/// phrases, outlets or abbreviations); numbers in it replace the old ones.
/// ParseError as for ParseCleaningRules; `rules` is unchanged on error.
Status ExtendCleaningRules(std::string_view toml, std::string_view origin, CleaningRules* rules);

/// The embedded rules, parsed once. Internal error if the embedded file is
/// missing or malformed (a build problem; the documents tests catch it).
const Result<CleaningRules>& DefaultCleaningRules();

/// ASCII lower-casing (non-ASCII bytes are left alone).
std::string AsciiLower(std::string_view s);

}  // namespace actorgraph

#endif  // ACTORGRAPH_DOCUMENTS_CLEANING_RULES_H_
