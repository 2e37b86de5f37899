// The data files under graphs/ (dictionaries, styles, sample corpus),
// compiled into the binary by cmake/embed.cmake so actorgraph runs from any
// directory. Paths are relative to the repo root: "graphs/dictionaries/...".
#ifndef ACTORGRAPH_CORE_EMBEDDED_H_
#define ACTORGRAPH_CORE_EMBEDDED_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace actorgraph {

struct EmbeddedFile {
  const char* path;  // "graphs/dictionaries/triggers.toml"
  const char* data;  // bytes, NUL-terminated for convenience
  std::size_t size;
};

/// The generated table, terminated by an entry with path == nullptr.
extern const EmbeddedFile kEmbeddedFiles[];

/// The contents of one embedded file, or nullopt.
std::optional<std::string_view> FindEmbedded(std::string_view path);

/// Every embedded file whose path starts with `prefix`, sorted by path.
std::vector<EmbeddedFile> ListEmbedded(std::string_view prefix);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CORE_EMBEDDED_H_
