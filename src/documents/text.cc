#include "documents/text.h"

#include <array>
#include <cstdlib>

#include <utf8proc.h>

namespace actorgraph {

std::optional<std::string> BinaryReason(std::string_view bytes) {
  struct Magic {
    std::string_view prefix;
    const char* what;
  };
  static constexpr std::array<Magic, 9> kMagic = {{
      {"%PDF", "binary file (PDF document)"},
      {"\x89PNG", "binary file (PNG image)"},
      {"GIF8", "binary file (GIF image)"},
      {"\xFF\xD8\xFF", "binary file (JPEG image)"},
      {"PK\x03\x04", "binary file (ZIP archive or office document)"},
      {"\x1F\x8B", "binary file (gzip archive)"},
      {"\x7F" "ELF", "binary file (executable)"},
      {"\xFF\xFE", "UTF-16 text is not supported: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"},
      {"\xFE\xFF", "UTF-16 text is not supported: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"},
  }};
  for (const Magic& m : kMagic) {
    if (bytes.starts_with(m.prefix)) return std::string(m.what);
  }
  std::string_view head = bytes.substr(0, 8192);
  std::size_t control = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return std::string("binary file (contains NUL bytes)");
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') ++control;
  }
  if (!head.empty() && control * 10 > head.size()) {
    return std::string("binary file (mostly control characters)");
  }
  return std::nullopt;
}

std::string RepairUtf8(std::string_view bytes, Utf8Repair* repair) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(bytes.size());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  auto bad = [&](std::size_t at) {
    if (repair->invalid_count == 0) repair->first_offset = at;
    ++repair->invalid_count;
    out.append(kReplacement);
  };
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      // ASCII run: copy in one go.
      std::size_t j = i + 1;
      while (j < n && static_cast<unsigned char>(bytes[j]) < 0x80) ++j;
      out.append(bytes.substr(i, j - i));
      i = j;
      continue;
    }
    int len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // no overlongs
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;  // <= U+10FFFF
    }
    bool ok = len > 0 && i + len <= n;
    for (int k = 1; ok && k < len; ++k) {
      unsigned char b = static_cast<unsigned char>(bytes[i + k]);
      if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) ok = false;
    }
    if (ok) {
      out.append(bytes.substr(i, len));
      i += len;
    } else {
      bad(i);
      ++i;
    }
  }
  return out;
}

std::string NormalizeLineEnds(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string Nfc(std::string text) {
  bool ascii = true;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t len =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (len < 0 || mapped == nullptr) return text;  // cannot happen on repaired UTF-8
  std::string out(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(len));
  std::free(mapped);
  return out;
}

std::string ApplyReplacements(std::string_view text,
                              const std::vector<std::pair<std::string, std::string>>& replace) {
  // Index the patterns by their first byte so the scan stays linear.
  std::array<std::vector<const std::pair<std::string, std::string>*>, 256> by_first;
  bool any = false;
  for (const auto& r : replace) {
    if (r.first.empty()) continue;
    by_first[static_cast<unsigned char>(r.first[0])].push_back(&r);
    any = true;
  }
  if (!any) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto& candidates = by_first[static_cast<unsigned char>(text[i])];
    bool replaced = false;
    for (const auto* r : candidates) {
      if (text.substr(i).starts_with(r->first)) {
        out.append(r->second);
        i += r->first.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out.push_back(text[i++]);
  }
  return out;
}

std::string PrepareText(std::string_view bytes,
                        const std::vector<std::pair<std::string, std::string>>& replace,
                        Utf8Repair* repair) {
  std::string text = RepairUtf8(bytes, repair);
  text = NormalizeLineEnds(text);
  text = Nfc(std::move(text));
  return ApplyReplacements(text, replace);
}

}  // namespace actorgraph
