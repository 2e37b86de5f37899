#include "documents/cleaner.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <unordered_set>
#include <vector>

#include "documents/dates.h"
#include "documents/sentence_boundaries.h"

namespace actorgraph {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Removes a leading bullet marker ("- ", "• ").
std::string_view StripBullet(std::string_view line, const CleaningRules& rules, bool* bullet) {
  *bullet = false;
  for (const std::string& b : rules.bullets) {
    if (!b.empty() && line.size() > b.size() && line.starts_with(b) && IsSpace(line[b.size()])) {
      *bullet = true;
      return Trim(line.substr(b.size()));
    }
  }
  return line;
}

// Words of `s`, at most `limit` + 1 of them (enough to say "too many").
std::vector<std::string_view> Words(std::string_view s, std::size_t limit) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size() && words.size() <= limit) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    std::size_t start = i;
    while (i < s.size() && !IsSpace(s[i])) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

// The last character that is not a closing quote or bracket.
char LastMeaningful(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']'))
    s.remove_suffix(1);
  return s.empty() ? '\0' : s.back();
}

bool EndsSentence(std::string_view s) {
  char c = LastMeaningful(s);
  return c == '.' || c == '!' || c == '?';
}

bool HasSentencePunctuation(std::string_view s) {
  char c = LastMeaningful(s);
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',';
}

// `lower` starts with `phrase` followed by a word boundary.
bool StartsWithPhrase(std::string_view lower, std::string_view phrase) {
  if (phrase.empty() || !lower.starts_with(phrase)) return false;
  if (lower.size() == phrase.size()) return true;
  char after = lower[phrase.size()];
  char last = phrase.back();
  bool word_end = !((last >= 'a' && last <= 'z') || (last >= '0' && last <= '9'));
  return word_end || !((after >= 'a' && after <= 'z') || (after >= '0' && after <= '9'));
}

// A line made only of chrome phrases ("Oops! Something went wrong.").
bool IsChrome(std::string_view lower, const CleaningRules& rules) {
  std::string_view rest = Trim(lower);
  bool matched_any = false;
  while (!rest.empty()) {
    std::size_t best = 0;
    for (const std::string& phrase : rules.chrome) {
      if (phrase.size() > best && StartsWithPhrase(rest, phrase)) best = phrase.size();
    }
    if (best == 0) return false;
    matched_any = true;
    rest = Trim(rest.substr(best));
  }
  return matched_any;
}

// "Label: value" with a short label: (lower-case label, value).
std::optional<std::pair<std::string, std::string_view>> SplitLabel(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return std::nullopt;
  std::string_view label = Trim(line.substr(0, colon));
  if (Words(label, 4).size() > 4) return std::nullopt;
  return std::make_pair(AsciiLower(label), Trim(line.substr(colon + 1)));
}

bool Contains(const std::vector<std::string>& list, std::string_view s) {
  for (const std::string& x : list) {
    if (x == s) return true;
  }
  return false;
}

bool Capitalised(std::string_view word) {
  return !word.empty() && (IsUpper(word[0]) || static_cast<unsigned char>(word[0]) >= 0xC0);
}

// A byline ("By Jane Doe", "Rohan Mehta for TROIB News"): true, and the outlet
// it names (or "").
bool IsByline(std::string_view line, const CleaningRules& rules, std::string* outlet) {
  if (line.empty() || HasSentencePunctuation(line)) return false;
  std::vector<std::string_view> words = Words(line, rules.max_byline_words);
  if (words.size() < 2 || words.size() > static_cast<std::size_t>(rules.max_byline_words)) {
    return false;
  }
  auto name_like = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      std::string_view w = words[i];
      while (!w.empty() && w.back() == ',') w.remove_suffix(1);
      if (!Capitalised(w) && !rules.byline_lowercase_words.contains(AsciiLower(w))) return false;
    }
    return to > from;
  };
  if (Capitalised(words[0]) && Contains(rules.byline_prefixes, AsciiLower(words[0])) &&
      Capitalised(words[1])) {
    if (!name_like(1, words.size())) return false;
    std::size_t comma = line.rfind(',');
    if (comma != std::string_view::npos) {
      std::string tail = AsciiLower(Trim(line.substr(comma + 1)));
      if (auto it = rules.outlets.find(tail); it != rules.outlets.end()) *outlet = it->second;
    }
    return true;
  }
  for (std::size_t p = 2; p + 1 < words.size() && p <= 4; ++p) {
    if (!Contains(rules.byline_connectors, words[p])) continue;  // connector is lower-case
    if (!name_like(0, p) || !name_like(p + 1, words.size())) return false;
    for (std::size_t i = 0; i < p; ++i) {
      if (!Capitalised(words[i])) return false;
    }
    std::string_view rest = Trim(line.substr(words[p + 1].data() - line.data()));
    *outlet = std::string(rest);
    return true;
  }
  return false;
}

// Known outlet or agency code for `s` (case-insensitive), or "".
std::string KnownOutletOrAgency(std::string_view s, const CleaningRules& rules);

// "GAZA CITY" -> "Gaza City", "AL-ULA" -> "Al-Ula": a dateline place as a name is written.
std::string TitleCasePlace(std::string_view caps) {
  std::string out(caps);
  bool start = true;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z' && !start) c = static_cast<char>(c - 'A' + 'a');
    start = c == ' ' || c == '-' || c == '/' || c == '.';
  }
  return out;
}

// A wire-copy dateline opening the first paragraph: "CAIRO (Reuters) - ",
// "GAZA CITY, Aug 20 (AP) - ", "WASHINGTON - "; with a known agency in brackets
// the place may be written as a name and the dash left out: "Phnom Penh (AFP) - ",
// "Havana, Jan 23 (Prensa Latina) ". Returns the line without it (the agency in
// *outlet, the place in *place), or the line unchanged.
std::string_view StripWireDateline(std::string_view line, const CleaningRules& rules,
                                   std::string* outlet, std::string* place_out) {
  outlet->clear();
  place_out->clear();
  // The dash: " - ", " -- " (Bernama, Yonhap), an em or en dash.
  std::size_t dash = std::string_view::npos, dash_len = 0;
  for (std::string_view d : {std::string_view(" - "), std::string_view(" -- "), std::string_view(" \xE2\x80\x94 "),
                             std::string_view(" \xE2\x80\x93 ")}) {
    std::size_t at = line.substr(0, 80).find(d);
    if (at != std::string_view::npos && at < dash) dash = at, dash_len = d.size();
  }
  // The agency in brackets before the dash, or ending the dateline without one.
  std::string agency;
  std::size_t open = line.substr(0, std::min(dash, std::size_t{80})).find('(');
  std::size_t close = open == std::string_view::npos ? open : line.find(')', open);
  if (close != std::string_view::npos && close < dash)
    agency = KnownOutletOrAgency(line.substr(open + 1, close - open - 1), rules);
  if ((dash == std::string_view::npos || dash > close) && !agency.empty() &&
      close + 2 < line.size() && line[close + 1] == ' ' && IsUpper(line[close + 2]))
    dash = close + 1, dash_len = 1;
  if (dash == std::string_view::npos || dash == 0) return line;
  std::string_view prefix = line.substr(0, dash);
  std::vector<std::string_view> words = Words(prefix, 8);
  if (words.empty() || words.size() > 8) return line;
  // The place comes first, in capitals ("CAIRO", "GAZA CITY,"), or as a name before a known agency.
  std::size_t stop = prefix.find_first_of(",(/");
  std::string_view name = Trim(prefix.substr(0, stop));
  bool caps = name.size() >= 3, named = !agency.empty() && name.size() >= 3;
  for (char c : name) caps = caps && (IsUpper(c) || c == ' ' || c == '-' || c == '.' || c == '\'');
  for (std::string_view w : Words(name, 4)) named = named && w.size() >= 2 && IsUpper(w[0]);
  if (!caps && !named) {
    // ("GAZA/JERUSALEM")
    std::string_view place = words[0];
    while (!place.empty() && place.back() == ',') place.remove_suffix(1);
    if (place.size() < 3) return line;
    for (char c : place)
      if (!IsUpper(c) && c != '-' && c != '.' && c != '\'' && c != '/') return line;
  }
  if (open != std::string_view::npos && open < dash) {
    if (close == std::string_view::npos || close > dash) return line;
    *outlet = agency;
  }
  std::string_view rest = Trim(line.substr(dash + dash_len));
  if (rest.empty()) return line;
  // the place: the name before a comma, a bracket or the first of several places ("GAZA/JERUSALEM")
  if (caps || named) *place_out = TitleCasePlace(name);
  return rest;
}

// A head line of metadata parts joined by " | " or " · ": "By Jane Doe |
// August 20, 2024 | Gulf Ledger". Every part must be a byline, a date or a
// known outlet. Fills *date (when empty) and *outlet.
bool IsMetadataRow(std::string_view line, const CleaningRules& rules, std::string* date,
                   std::string* outlet);

// Known outlet for `s` (case-insensitive), or "".
std::string KnownOutlet(std::string_view s, const CleaningRules& rules) {
  auto it = rules.outlets.find(AsciiLower(Trim(s)));
  return it == rules.outlets.end() ? "" : it->second;
}

std::string KnownOutletOrAgency(std::string_view s, const CleaningRules& rules) {
  std::string lower = AsciiLower(Trim(s));
  if (auto it = rules.signoffs.find(lower); it != rules.signoffs.end()) return it->second;
  return KnownOutlet(s, rules);
}

bool IsMetadataRow(std::string_view line, const CleaningRules& rules, std::string* date,
                   std::string* outlet) {
  if (line.size() > 200) return false;
  std::vector<std::string_view> parts;
  std::size_t begin = 0;
  while (begin <= line.size()) {
    std::size_t bar = line.find(" | ", begin);
    std::size_t dot = line.find(" \xC2\xB7 ", begin);
    std::size_t at = std::min(bar, dot);
    if (at == std::string_view::npos) {
      parts.push_back(Trim(line.substr(begin)));
      break;
    }
    parts.push_back(Trim(line.substr(begin, at - begin)));
    begin = at + (at == bar ? 3 : 4);
  }
  if (parts.size() < 2) return false;
  std::string found_date, found_outlet;
  for (std::string_view part : parts) {
    std::string o;
    if (std::string d = ParseDate(part, rules, true); !d.empty()) {
      found_date = d;
    } else if (std::string k = KnownOutletOrAgency(part, rules); !k.empty()) {
      found_outlet = k;
    } else if (IsByline(part, rules, &o)) {
      if (!o.empty()) found_outlet = o;
    } else {
      return false;
    }
  }
  if (date->empty()) *date = found_date;
  *outlet = found_outlet;
  return true;
}

// "Headline - Reuters" -> "Headline", outlet "Reuters" (known outlets only).
// `site` (the page's own name, og:site_name) counts as known.
std::string SplitTitleOutlet(std::string_view title, std::string_view site,
                             const CleaningRules& rules, std::string* outlet) {
  for (const std::string& sep : rules.title_separators) {
    std::size_t at = title.rfind(sep);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view suffix = Trim(title.substr(at + sep.size()));
    std::string name = KnownOutlet(suffix, rules);
    if (name.empty() && !site.empty() && AsciiLower(suffix) == AsciiLower(site)) {
      name = std::string(site);
    }
    if (!name.empty()) {
      *outlet = name;
      return std::string(Trim(title.substr(0, at)));
    }
  }
  return std::string(title);
}

// Raw lines, with lines broken inside a paragraph joined back. A line that
// starts in lower case continues the line just above it (no blank line
// between) when that one does not end a sentence. In a text whose paragraphs
// are separated by blank lines, a hard-wrapped paragraph is joined too: a
// long line (a wrapped one, not a headline) that does not end a sentence
// continues on the next, unless that is a bullet.
std::vector<std::string> JoinedLines(std::string_view text, const CleaningRules& rules) {
  constexpr std::size_t kWrappedLine = 50;
  bool blank_paragraphs = false;
  {
    bool seen_text = false;
    std::size_t begin = 0;
    while (begin < text.size() && !blank_paragraphs) {
      std::size_t nl = text.find('\n', begin);
      std::size_t end = nl == std::string_view::npos ? text.size() : nl;
      bool empty = Trim(text.substr(begin, end - begin)).empty();
      if (empty && seen_text) blank_paragraphs = true;
      seen_text |= !empty;
      if (nl == std::string_view::npos) break;
      begin = nl + 1;
    }
  }
  std::vector<std::string> lines;
  bool previous_blank = true;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t nl = text.find('\n', begin);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = Trim(text.substr(begin, end - begin));
    if (line.empty()) {
      previous_blank = true;
    } else {
      bool join = false;
      if (!previous_blank && !lines.empty() && !EndsSentence(lines.back())) {
        bool bullet = false;
        StripBullet(line, rules, &bullet);
        join = IsLower(line[0]) || (blank_paragraphs && !bullet && lines.size() >= 2 &&
                                    lines.back().size() >= kWrappedLine);
      }
      if (join) {
        lines.back().push_back(' ');
        lines.back().append(line);
      } else {
        lines.emplace_back(line);
      }
      previous_blank = false;
    }
    if (nl == std::string_view::npos) break;
    begin = nl + 1;
  }
  return lines;
}

// Removes sentences already seen earlier in the document (exact repeats).
std::vector<std::string> DropRepeatedSentences(const std::vector<std::string>& lines,
                                               const CleaningRules& rules) {
  std::vector<std::string> out;
  std::unordered_set<std::string_view> seen;
  for (const std::string& line : lines) {
    std::vector<TextSpan> spans = FindSentences(line, rules);
    std::vector<std::string_view> kept;
    for (const TextSpan& s : spans) {
      std::string_view sentence = std::string_view(line).substr(s.begin, s.end - s.begin);
      if (seen.insert(sentence).second) kept.push_back(sentence);
    }
    if (kept.size() == spans.size()) {
      if (!spans.empty()) out.push_back(line);
      continue;
    }
    std::string joined;
    for (std::string_view s : kept) {
      if (!joined.empty()) joined.push_back(' ');
      joined.append(s);
    }
    if (!joined.empty()) out.push_back(std::move(joined));
  }
  return out;
}

}  // namespace

void CleanArticle(std::string_view text, const KnownMetadata& known, const CleaningRules& rules,
                  Document* doc) {
  std::vector<std::string> lines = JoinedLines(text, rules);
  std::string title = known.title;
  std::string date = known.date;
  std::string title_outlet, meta_outlet, byline_outlet, signoff_outlet;

  std::size_t first = 0;
  if (known.title_in_text && title.empty() && lines.size() >= 2) {
    bool bullet = false;
    std::string_view candidate = StripBullet(lines[0], rules, &bullet);
    std::size_t words = Words(candidate, 30).size();
    std::string lower = AsciiLower(candidate);
    if (!bullet && words >= 2 && words <= 30 && !EndsSentence(candidate) &&
        !IsChrome(lower, rules) && !SplitLabel(candidate) &&
        ParseDate(candidate, rules, true).empty()) {
      title = std::string(candidate);
      first = 1;
    }
  }
  if (!title.empty()) title = SplitTitleOutlet(title, known.outlet, rules, &title_outlet);

  std::vector<std::string> body;
  std::string dateline;
  for (std::size_t n = first; n < lines.size(); ++n) {
    bool bullet = false;
    std::string_view line = StripBullet(lines[n], rules, &bullet);
    std::string lower = AsciiLower(line);
    std::string_view lower_key = lower;
    while (!lower_key.empty() && lower_key.back() == ':') lower_key.remove_suffix(1);

    if (rules.section_end.contains(std::string(lower_key))) {
      if (!body.empty()) break;
      continue;
    }
    if (auto it = rules.signoffs.find(lower); it != rules.signoffs.end()) {
      signoff_outlet = it->second;
      if (!body.empty()) break;
      continue;
    }
    if (auto label = SplitLabel(line)) {
      if (Contains(rules.date_labels, label->first)) {
        if (date.empty()) date = ParseDate(label->second, rules, false);
        continue;
      }
      if (Contains(rules.other_labels, label->first)) {
        if (std::string o = KnownOutlet(label->second, rules); !o.empty()) meta_outlet = o;
        continue;
      }
    }
    bool dropped_prefix = false;
    for (const std::string& p : rules.drop_prefixes) {
      if (StartsWithPhrase(lower, p)) {
        dropped_prefix = true;
        break;
      }
    }
    for (const std::string& p : rules.drop_suffixes) {
      if (!p.empty() && lower.ends_with(p)) dropped_prefix = true;
    }
    if (dropped_prefix || IsChrome(lower, rules)) continue;
    std::size_t cut = lower.size();
    for (const std::string& marker : rules.cut_from) {
      std::size_t at = lower.find(marker);
      if (at != std::string::npos && at < cut) cut = at;
    }
    if (cut < lower.size()) {
      line = Trim(line.substr(0, cut));
      if (line.empty()) continue;
    }
    if (std::string d = ParseDate(line, rules, true); !d.empty()) {
      if (date.empty()) date = d;
      continue;
    }
    if (line.size() <= 60) {
      if (std::string o = KnownOutlet(line, rules); !o.empty()) {
        meta_outlet = o;
        continue;
      }
    }
    if (bullet && !HasSentencePunctuation(line) &&
        Words(line, rules.max_tag_words).size() <= static_cast<std::size_t>(rules.max_tag_words)) {
      continue;  // a section tag ("- Diplomacy")
    }
    if (body.empty()) {
      std::string outlet;
      if (IsByline(line, rules, &outlet)) {
        if (!outlet.empty()) byline_outlet = outlet;
        continue;
      }
      if (IsMetadataRow(line, rules, &date, &outlet)) {
        if (!outlet.empty()) byline_outlet = outlet;
        continue;
      }
      line = StripWireDateline(line, rules, &outlet, &dateline);
      if (!outlet.empty()) byline_outlet = outlet;
    }
    body.emplace_back(line);
  }
  // Bylines and sign-offs also close an article.
  for (int k = 0; k < 2 && !body.empty(); ++k) {
    std::string outlet;
    if (!IsByline(body.back(), rules, &outlet)) break;
    if (!outlet.empty()) byline_outlet = outlet;
    body.pop_back();
  }
  body = DropRepeatedSentences(body, rules);

  doc->title = title;
  doc->date = date;
  doc->dateline = dateline;
  doc->url = known.url;
  for (const std::string* o : std::initializer_list<const std::string*>{
           &known.outlet, &meta_outlet, &byline_outlet, &title_outlet, &signoff_outlet}) {
    if (!o->empty()) {
      doc->outlet = *o;
      break;
    }
  }
  doc->text.clear();
  for (const std::string& line : body) {
    if (!doc->text.empty()) doc->text.push_back('\n');
    doc->text.append(line);
  }
}

}  // namespace actorgraph
