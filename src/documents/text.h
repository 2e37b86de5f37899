// Byte-level text preparation shared by every input format: binary detection,
// UTF-8 repair, line endings, NFC and typographic normalisation. All linear.
#ifndef ACTORGRAPH_DOCUMENTS_TEXT_H_
#define ACTORGRAPH_DOCUMENTS_TEXT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actorgraph {

/// Why `bytes` cannot be read as text ("binary file (PDF document)", "binary
/// file (contains NUL bytes)", "UTF-16 text ..."), or nullopt when it can.
/// Looks at magic numbers and the first 8 KiB.
std::optional<std::string> BinaryReason(std::string_view bytes);

/// What RepairUtf8 changed.
struct Utf8Repair {
  std::size_t invalid_count = 0;  // bytes replaced by U+FFFD
  std::size_t first_offset = 0;   // byte offset of the first one in the input
};

/// Valid UTF-8 copy of `bytes`: every byte of an invalid sequence (bad lead
/// or continuation byte, overlong form, surrogate, > U+10FFFF, truncated
/// sequence) becomes U+FFFD.
std::string RepairUtf8(std::string_view bytes, Utf8Repair* repair);

/// Drops a leading BOM and turns CRLF and lone CR into LF.
std::string NormalizeLineEnds(std::string_view text);

/// NFC normalisation (utf8proc). REQUIRES: valid UTF-8. ASCII input is
/// returned unchanged without a copy through utf8proc.
std::string Nfc(std::string text);

/// Replaces every occurrence of each `from` with its `to` in one left-to-right
/// pass (the first listed match wins at a position).
std::string ApplyReplacements(std::string_view text,
                              const std::vector<std::pair<std::string, std::string>>& replace);

/// The whole preparation: line ends, UTF-8 repair, NFC, replacements.
std::string PrepareText(std::string_view bytes,
                        const std::vector<std::pair<std::string, std::string>>& replace,
                        Utf8Repair* repair);

}  // namespace actorgraph

#endif  // ACTORGRAPH_DOCUMENTS_TEXT_H_
