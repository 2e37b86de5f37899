#include "core/escape.h"

#include <cstdint>

namespace actorgraph {
namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 when it is invalid
// (overlong forms, surrogates and code points past U+10FFFF included).
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i, std::uint32_t* cp) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  std::size_t n = 0;
  std::uint32_t value = 0;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0) {
    n = 2;
    value = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    value = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    value = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < kMin[n] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  *cp = value;
  return n;
}

}  // namespace

std::string CleanText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = 0;
    std::size_t n = Utf8SequenceLength(text, i, &cp);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
      out += ' ';
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string EscapeXml(std::string_view text) {
  std::string clean = CleanText(text);
  std::string out;
  out.reserve(clean.size() + 16);
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string EscapeDotString(std::string_view text) {
  std::string clean = CleanText(text);
  std::string out;
  out.reserve(clean.size() + 8);
  for (char c : clean) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '&': out += "&amp;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string QuoteDotId(std::string_view id) {
  std::string clean = CleanText(id);
  std::string out = "\"";
  for (char c : clean) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  // A trailing backslash would escape the closing quote; the loop doubled it.
  out += '"';
  return out;
}

std::string CsvCell(std::string_view text) {
  std::string clean = CleanText(text);
  bool formula = !clean.empty() && (clean[0] == '=' || clean[0] == '+' || clean[0] == '-' ||
                                    clean[0] == '@');
  // CleanText already turned tab / CR / LF into spaces; the check above covers
  // the remaining formula triggers.
  if (formula) clean.insert(clean.begin(), '\'');
  bool quote = clean.find_first_of(",\"") != std::string::npos || formula;
  if (!quote) return clean;
  std::string out = "\"";
  for (char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string PajekLabel(std::string_view text) {
  std::string clean = CleanText(text);
  for (char& c : clean) {
    if (c == '"') c = '\'';
  }
  return "\"" + clean + "\"";
}

std::string JsonForScript(std::string_view json) {
  std::string out;
  out.reserve(json.size() + 32);
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string Slug(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '_' || c == '-';
    out += keep ? c : '_';
  }
  if (out.empty()) out.push_back('_');
  return out;
}

std::string WrapWords(std::string_view text, int width, std::string_view separator) {
  auto length = [](std::string_view s) {
    int n = 0;
    for (char c : s) {
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    }
    return n;
  };
  std::string out;
  int line = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view word = text.substr(i, j - i);
    if (!word.empty()) {
      int w = length(word);
      if (line > 0 && line + 1 + w > width) {
        out += separator;
        line = 0;
      } else if (line > 0) {
        out += ' ';
        ++line;
      }
      out += word;
      line += w;
    }
    i = j + 1;
  }
  return out;
}

}  // namespace actorgraph
