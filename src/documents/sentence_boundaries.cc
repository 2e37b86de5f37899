#include "documents/sentence_boundaries.h"

#include <string>

namespace actorgraph {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return IsUpper(c) || IsLower(c) || IsDigit(c); }
// Lead byte of a non-ASCII character: counted as a letter (names in other
// scripts, accented capitals).
bool IsNonAsciiLead(char c) { return static_cast<unsigned char>(c) >= 0xC0; }

// Closing quotes and brackets that may follow a terminator: ASCII and the
// UTF-8 curly forms (” ’ »), in case the rules do not normalise them.
std::size_t CloserLength(std::string_view text, std::size_t i) {
  char c = text[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  std::string_view rest = text.substr(i);
  if (rest.starts_with("\xE2\x80\x9D") || rest.starts_with("\xE2\x80\x99")) return 3;
  if (rest.starts_with("\xC2\xBB")) return 2;
  return 0;
}

// Opening quotes and brackets that may start a sentence.
bool IsOpener(std::string_view text, std::size_t i) {
  char c = text[i];
  if (c == '"' || c == '\'' || c == '(' || c == '[') return true;
  std::string_view rest = text.substr(i);
  return rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\xE2\x80\x98") ||
         rest.starts_with("\xC2\xAB");
}

// Length of a bullet marker (and the space after it) at `i`, or 0.
std::size_t BulletLength(std::string_view text, std::size_t i, std::size_t end,
                         const CleaningRules& rules) {
  for (const std::string& b : rules.bullets) {
    if (b.empty() || i + b.size() >= end) continue;
    if (text.substr(i, b.size()) == b && IsSpace(text[i + b.size()])) return b.size() + 1;
  }
  return 0;
}

bool HasWordChar(std::string_view s) {
  for (char c : s) {
    if (IsAsciiAlnum(c) || IsNonAsciiLead(c)) return true;
  }
  return false;
}

class Scanner {
 public:
  Scanner(std::string_view text, const CleaningRules& rules, std::vector<TextSpan>* out)
      : text_(text), rules_(rules), out_(out) {}

  void Line(std::size_t begin, std::size_t end) {
    std::size_t start = begin;
    while (start < end && IsSpace(text_[start])) ++start;
    if (std::size_t b = BulletLength(text_, start, end, rules_); b > 0) start += b;
    std::size_t i = start;
    while (i < end) {
      char c = text_[i];
      if (c != '.' && c != '!' && c != '?') {
        ++i;
        continue;
      }
      std::size_t j = i;
      bool strong = false;  // "!" or "?" in the run
      while (j < end && (text_[j] == '.' || text_[j] == '!' || text_[j] == '?')) {
        strong |= text_[j] != '.';
        ++j;
      }
      std::size_t k = j;
      while (k < end) {
        std::size_t len = CloserLength(text_, k);
        if (len == 0) break;
        k += len;
      }
      if (k >= end) break;                  // the line end closes the sentence
      if (!IsSpace(text_[k])) {             // "3.5", "U.S.-led", "p.m.,"
        i = j;
        continue;
      }
      std::size_t m = k;
      while (m < end && IsSpace(text_[m])) ++m;
      if (m >= end) break;
      if (EndsHere(i, j, strong, m, end)) {
        Emit(start, k);
        start = m;
      }
      i = m;
    }
    Emit(start, end);
  }

 private:
  // Whether the terminator run text_[i, j) ends a sentence whose next
  // sentence would start at m.
  bool EndsHere(std::size_t i, std::size_t j, bool strong, std::size_t m, std::size_t end) const {
    char next = text_[m];
    bool opener = IsOpener(text_, m);
    bool upper = IsUpper(next) || IsNonAsciiLead(next);
    if (strong) return !IsLower(next);
    if (j - i >= 2) return upper || opener;  // ellipsis: only before a new capitalised start
    std::string_view word = WordBefore(i);
    std::string_view next_word = WordAt(m, end);
    if (IsDigit(next) && rules_.before_numbers.contains(std::string(word))) return false;
    if (rules_.abbreviations.contains(std::string(word))) {
      return rules_.may_end.contains(std::string(word)) &&
             rules_.sentence_starters.contains(std::string(next_word));
    }
    if (word.size() == 1 && IsUpper(word[0])) return false;  // an initial: "John F. Kennedy"
    if (word.find('.') != std::string_view::npos) {          // an unknown dotted abbreviation
      return rules_.sentence_starters.contains(std::string(next_word));
    }
    if (upper || opener || IsDigit(next)) return true;
    if (IsLower(next)) {
      // A lower-case word after the full stop of a plain lower-case word is a
      // new (badly capitalised) sentence; after anything else it is not.
      if (word.size() < 4) return false;
      for (char c : word) {
        if (!IsLower(c)) return false;
      }
      return true;
    }
    return false;
  }

  // The word ending just before text_[i] (without opening punctuation).
  std::string_view WordBefore(std::size_t i) const {
    std::size_t b = i;
    while (b > 0 && !IsSpace(text_[b - 1]) && text_[b - 1] != '\n' && i - b < 64) --b;
    std::string_view w = text_.substr(b, i - b);
    while (!w.empty() && (w.front() == '(' || w.front() == '"' || w.front() == '\'' ||
                          w.front() == '[')) {
      w.remove_prefix(1);
    }
    return w;
  }

  // The word starting at text_[m] (letters only, for sentence_starters).
  std::string_view WordAt(std::size_t m, std::size_t end) const {
    std::size_t e = m;
    while (e < end && (IsAsciiAlnum(text_[e]) || text_[e] == '\'') && e - m < 64) ++e;
    return text_.substr(m, e - m);
  }

  void Emit(std::size_t begin, std::size_t end) {
    while (begin < end && IsSpace(text_[begin])) ++begin;
    while (end > begin && IsSpace(text_[end - 1])) --end;
    if (begin < end && HasWordChar(text_.substr(begin, end - begin))) out_->push_back({begin, end});
  }

  std::string_view text_;
  const CleaningRules& rules_;
  std::vector<TextSpan>* out_;
};

}  // namespace

std::vector<TextSpan> FindSentences(std::string_view text, const CleaningRules& rules) {
  std::vector<TextSpan> out;
  Scanner scanner(text, rules, &out);
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t nl = text.find('\n', begin);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    scanner.Line(begin, end);
    if (nl == std::string_view::npos) break;
    begin = nl + 1;
  }
  return out;
}

}  // namespace actorgraph
