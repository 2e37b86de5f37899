#include "mentions/tokenizer.h"

#include <cstring>

namespace actorgraph {
namespace {

// Decodes one UTF-8 code point at s[i]; sets *len. Invalid bytes count as one
// unknown code point (the documents stage already repaired the text).
char32_t Decode(std::string_view s, std::size_t i, std::size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int n = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC0) ? 2 : 1;
  if (i + n > s.size()) n = 1;
  char32_t cp = n == 1 ? c : (n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07));
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n;
  return cp;
}

enum class Cls { kSpace, kWord, kApostrophe, kHyphen, kDash, kQuote, kPeriod, kOther };

Cls Classify(char32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
      cp == 0x2009 || cp == 0x202F || cp == 0x200B || (cp >= 0x2000 && cp <= 0x200A))
    return Cls::kSpace;
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) return Cls::kWord;
  if (cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) return Cls::kApostrophe;
  if (cp == '-' || cp == 0x2010 || cp == 0x2011) return Cls::kHyphen;
  if (cp == 0x2013 || cp == 0x2014 || cp == 0x2015) return Cls::kDash;
  if (cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB) return Cls::kQuote;
  if (cp == '.') return Cls::kPeriod;
  if (cp < 0x80) return Cls::kOther;
  if (cp == 0x2026 || cp == 0x2022 || cp == 0x00B7 || (cp >= 0x2020 && cp <= 0x206F)) return Cls::kOther;
  return Cls::kWord;  // letters of other scripts, accented letters
}

// Sets *key to `lit` (push_back, not operator=: GCC 12 warns falsely on that).
void SetKey(std::string* key, const char* lit) {
  key->clear();
  for (const char* p = lit; *p; ++p) key->push_back(*p);
}

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Calls emit(begin, end, key, flags) for every token of s[begin, end).
template <typename Emit>
void Scan(std::string_view s, std::size_t begin, std::size_t end, std::string* key, Emit&& emit) {
  std::size_t i = begin;
  bool space_before = true;
  while (i < end) {
    std::size_t len = 1;
    char32_t cp = Decode(s, i, &len);
    Cls cls = Classify(cp);
    if (cls == Cls::kSpace) {
      space_before = true;
      i += len;
      continue;
    }
    std::uint8_t flags = space_before ? Token::kSpaceBefore : 0;
    space_before = false;
    key->clear();
    if (cls == Cls::kWord) {
      std::size_t start = i;
      int letters = 0, uppers = 0;
      bool digit_first = (cp >= '0' && cp <= '9');
      // Acronyms with dots: U.S., U.N., U.K.
      if (IsAlpha(s[i]) && i + 3 < end + 1 && i + 1 < end && s[i + 1] == '.' && i + 2 < end && IsAlpha(s[i + 2]) &&
          i + 3 < end && s[i + 3] == '.') {
        std::size_t j = i;
        while (j + 1 < end && IsAlpha(s[j]) && s[j + 1] == '.') {
          key->push_back(static_cast<char>(s[j] | 0x20));
          key->push_back('.');
          j += 2;
        }
        flags |= Token::kUpper | Token::kAllCaps;
        emit(start, j, *key, flags);
        i = j;
        continue;
      }
      while (i < end) {
        cp = Decode(s, i, &len);
        cls = Classify(cp);
        if (cls == Cls::kWord) {
          if (cp < 0x80) {
            char c = static_cast<char>(cp);
            if (c >= 'A' && c <= 'Z') {
              ++uppers;
              ++letters;
              key->push_back(static_cast<char>(c | 0x20));
            } else {
              if (c >= 'a' && c <= 'z') ++letters;
              key->push_back(c);
            }
          } else {
            ++letters;
            key->append(s.data() + i, len);
          }
          i += len;
          continue;
        }
        // Digits keep their inner separators: 40,000 and 1.5
        if (digit_first && (cp == ',' || cp == '.') && i + 1 < end && s[i + 1] >= '0' && s[i + 1] <= '9') {
          key->push_back(static_cast<char>(cp));
          i += 1;
          continue;
        }
        break;
      }
      if (key->empty()) {
        i += len;
        continue;
      }
      char first = s[start];
      if (first >= 'A' && first <= 'Z') flags |= Token::kUpper;
      if (letters >= 2 && uppers == letters) flags |= Token::kAllCaps;
      if (digit_first) flags |= Token::kNumber;
      // "didn't" -> "did" + "n't"; a lone "n't" (a dictionary entry) is that token
      if (!key->empty() && key->back() == 'n' && i < end) {
        std::size_t l2 = 1;
        if (Classify(Decode(s, i, &l2)) == Cls::kApostrophe && i + l2 < end && (s[i + l2] == 't' || s[i + l2] == 'T') &&
            (i + l2 + 1 >= end || !IsAlpha(s[i + l2 + 1]))) {
          key->pop_back();
          if (!key->empty()) emit(start, i - 1, *key, flags);
          SetKey(key, "n't");
          emit(i - 1, i + l2 + 1, *key, 0);
          i = i + l2 + 1;
          continue;
        }
      }
      emit(start, i, *key, flags);
      continue;
    }
    if (cls == Cls::kApostrophe) {
      // 's, 're, 've, 'll, 'd, 'm as their own tokens; else a quote mark.
      std::size_t j = i + len;
      std::size_t k = j;
      while (k < end && IsAlpha(s[k])) ++k;
      std::size_t n = k - j;
      if (n >= 1 && n <= 2 && (k >= end || !IsAlpha(s[k]))) {
        std::string_view w = s.substr(j, n);
        bool ok = false;
        for (const char* c : {"s", "S", "re", "ve", "ll", "d", "m", "RE", "VE", "LL", "D", "M"}) ok = ok || w == c;
        if (ok && !(flags & Token::kSpaceBefore)) {
          key->push_back('\'');
          for (char c : w) key->push_back(static_cast<char>(c | 0x20));
          emit(i, k, *key, flags);
          i = k;
          continue;
        }
      }
      SetKey(key, "'");
      emit(i, i + len, *key, flags | Token::kPunct | Token::kQuote);
      i += len;
      continue;
    }
    if (cls == Cls::kQuote) {
      SetKey(key, "\"");
      emit(i, i + len, *key, flags | Token::kPunct | Token::kQuote);
      i += len;
      continue;
    }
    if (cls == Cls::kHyphen) {
      SetKey(key, "-");
    } else if (cls == Cls::kDash) {
      SetKey(key, "--");
    } else if (cp < 0x80) {
      key->push_back(static_cast<char>(cp));
    } else {
      key->append(s.data() + i, len);
    }
    emit(i, i + len, *key, flags | Token::kPunct);
    i += len;
  }
}

}  // namespace

Vocabulary::Vocabulary() { keys_.emplace_back(); }

WordId Vocabulary::Add(std::string_view key) {
  auto it = ids_.find(MapKey(key));
  if (it != ids_.end()) return it->second;
  WordId id = static_cast<WordId>(keys_.size());
  keys_.emplace_back(key);
  ids_.emplace(std::string(key), id);
  return id;
}

WordId Vocabulary::Find(std::string_view key) const {
  auto it = ids_.find(MapKey(key));
  return it == ids_.end() ? kUnknownWord : it->second;
}

void Tokenize(std::string_view text, std::size_t begin, std::size_t end, const Vocabulary& vocab,
              std::vector<Token>* out, std::string* scratch) {
  Scan(text, begin, end, scratch, [&](std::size_t b, std::size_t e, const std::string& key, std::uint8_t flags) {
    Token t;
    t.begin = static_cast<std::uint32_t>(b);
    t.end = static_cast<std::uint32_t>(e);
    t.word = vocab.Find(key);
    t.flags = flags;
    out->push_back(t);
  });
}

std::vector<std::string> TokenKeys(std::string_view phrase) {
  std::vector<std::string> keys;
  std::string scratch;
  Scan(phrase, 0, phrase.size(), &scratch,
       [&](std::size_t, std::size_t, const std::string& key, std::uint8_t) { keys.push_back(key); });
  return keys;
}

}  // namespace actorgraph
