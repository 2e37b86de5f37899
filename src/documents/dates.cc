#include "documents/dates.h"

#include <cstdio>
#include <vector>

namespace actorgraph {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool ValidDate(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = kDays[m - 1] - (m == 2 && !leap ? 1 : 0);
  return d <= max;
}

std::string Iso(int y, int m, int d) {
  char buf[48];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  return buf;
}

// "2024-08-20" or "2024/08/20" at the start of `t` (followed by nothing, or "T...").
bool ParseIso(std::string_view t, int* y, int* m, int* d) {
  if (t.size() < 10 || !AllDigits(t.substr(0, 4)) || (t[4] != '-' && t[4] != '/') ||
      !AllDigits(t.substr(5, 2)) || t[7] != t[4] || !AllDigits(t.substr(8, 2))) {
    return false;
  }
  if (t.size() > 10 && t[10] != 'T' && t[10] != ' ') return false;
  *y = ToInt(t.substr(0, 4));
  *m = ToInt(t.substr(5, 2));
  *d = ToInt(t.substr(8, 2));
  return true;
}

bool IsTime(std::string_view t) {
  // 07:13, 7:13:00, 10.32 is not accepted (ambiguous with decimals).
  std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (char c : t) {
    if (!IsDigit(c) && c != ':') return false;
  }
  return true;
}

}  // namespace

std::string ParseDate(std::string_view text, const CleaningRules& rules, bool whole_line) {
  // Tokens split on spaces and the punctuation datelines use.
  std::vector<std::string_view> tokens;
  std::size_t i = 0;
  auto is_sep = [](char c) {
    return c == ' ' || c == '\t' || c == ',' || c == '|' || c == ';' || c == '(' || c == ')' ||
           c == '\n';
  };
  while (i < text.size()) {
    while (i < text.size() && is_sep(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && !is_sep(text[i])) ++i;
    if (i > start) tokens.push_back(text.substr(start, i - start));
    // A dateline is short: give up early on long lines (keeps this O(limit)).
    if (whole_line && static_cast<int>(tokens.size()) > rules.max_dateline_words) return "";
  }
  if (tokens.empty()) return "";
  if (whole_line && static_cast<int>(tokens.size()) > rules.max_dateline_words) return "";

  int year = 0, month = 0, day = 0;
  int month_at = -1;
  std::vector<std::pair<int, int>> numbers;  // (token index, value) of 1-2 digit numbers
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    std::string_view t = tokens[k];
    int y, m, d;
    if (ParseIso(t, &y, &m, &d)) {
      if (year == 0 && ValidDate(y, m, d)) {
        year = y;
        month = m;
        day = d;
        month_at = -2;  // complete
      }
      continue;
    }
    while (!t.empty() && t.back() == '.') t.remove_suffix(1);
    std::string lower = AsciiLower(t);
    if (AllDigits(t) && t.size() == 4) {
      if (year == 0) year = ToInt(t);
      continue;
    }
    // Day numbers, also ordinals ("20th").
    std::string_view digits = t;
    std::size_t nd = 0;
    while (nd < digits.size() && IsDigit(digits[nd])) ++nd;
    if (nd >= 1 && nd <= 2) {
      std::string suffix = AsciiLower(digits.substr(nd));
      if (suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        numbers.emplace_back(static_cast<int>(k), ToInt(digits.substr(0, nd)));
        continue;
      }
    }
    if (auto it = rules.months.find(lower); it != rules.months.end()) {
      if (month_at == -1) {
        month = it->second;
        month_at = static_cast<int>(k);
      }
      continue;
    }
    if (IsTime(t) || t == "-" || t == ":" || t == "/" || rules.date_filler.contains(lower)) {
      continue;
    }
    // A zone with an offset: "GMT+3", "UTC-05:00".
    std::size_t sign = lower.find_first_of("+-");
    if (sign != std::string::npos && sign > 0 && sign + 1 < lower.size() &&
        rules.date_filler.contains(lower.substr(0, sign)) &&
        lower.find_first_not_of("0123456789:", sign + 1) == std::string::npos) {
      continue;
    }
    if (whole_line) return "";
  }
  if (month_at >= 0) {
    // The day is the number next to the month name, after it first ("August 20, 2024").
    day = 0;
    for (const auto& [at, value] : numbers) {
      if (at == month_at + 1) day = value;
    }
    if (day == 0) {
      for (const auto& [at, value] : numbers) {
        if (at == month_at - 1) day = value;
      }
    }
  }
  if (year == 0 || month == 0 || day == 0 || !ValidDate(year, month, day)) return "";
  return Iso(year, month, day);
}

}  // namespace actorgraph
