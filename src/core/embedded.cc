#include "core/embedded.h"

#include <algorithm>
#include <string>

namespace actorgraph {

std::optional<std::string_view> FindEmbedded(std::string_view path) {
  for (const EmbeddedFile* f = kEmbeddedFiles; f->path != nullptr; ++f) {
    if (path == f->path) return std::string_view(f->data, f->size);
  }
  return std::nullopt;
}

std::vector<EmbeddedFile> ListEmbedded(std::string_view prefix) {
  std::vector<EmbeddedFile> out;
  for (const EmbeddedFile* f = kEmbeddedFiles; f->path != nullptr; ++f) {
    if (std::string_view(f->path).starts_with(prefix)) out.push_back(*f);
  }
  std::sort(out.begin(), out.end(), [](const EmbeddedFile& a, const EmbeddedFile& b) {
    return std::string_view(a.path) < std::string_view(b.path);
  });
  return out;
}

}  // namespace actorgraph
