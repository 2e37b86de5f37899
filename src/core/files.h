// Narrow file-system helpers. Writers elsewhere take std::ostream&; only the
// CLI and these helpers touch the disk, so tests run in memory.
#ifndef ACTORGRAPH_CORE_FILES_H_
#define ACTORGRAPH_CORE_FILES_H_

#include <string>
#include <string_view>

#include "core/status.h"

namespace actorgraph {

/// The whole file as bytes. NotFound / IoError name the path and the reason.
Result<std::string> ReadFile(const std::string& path);

/// Writes `contents` to `path` atomically: a temporary file beside it, then
/// rename, so no reader ever sees a half-written output. Creates parent
/// directories as needed.
Status WriteFileAtomic(const std::string& path, std::string_view contents);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CORE_FILES_H_
