// A hash map keyed by strings and looked up by std::string_view without a
// copy: Abseil's flat_hash_map (open addressing, one probe per miss in the
// common case), for the per-token lookups on the hot path.
#ifndef ACTORGRAPH_CORE_STRING_MAP_H_
#define ACTORGRAPH_CORE_STRING_MAP_H_

#include <string>
#include <string_view>

#include <absl/container/flat_hash_map.h>

namespace actorgraph {

template <typename V>
using StringMap = absl::flat_hash_map<std::string, V>;

/// `s` as a lookup key of a StringMap (Debian builds Abseil with its own
/// string_view type, so std::string_view does not convert by itself).
inline absl::string_view MapKey(std::string_view s) { return absl::string_view(s.data(), s.size()); }

}  // namespace actorgraph

#endif  // ACTORGRAPH_CORE_STRING_MAP_H_
