// The actor dictionaries pre-parsed at build time: tools/snapshot_dictionaries.cc
// writes generated/builtin_snapshot.cc, which the actorgraph binary, its tests
// and benchmarks link. KnowledgeBase::LoadBuiltin() reads it instead of parsing
// the TOML (most of the start-up time) when its digest matches the embedded files.
#ifndef ACTORGRAPH_ACTORS_BUILTIN_SNAPSHOT_H_
#define ACTORGRAPH_ACTORS_BUILTIN_SNAPSHOT_H_

#include <string_view>

namespace actorgraph {

/// KnowledgeBase::Snapshot() bytes of the built-in dictionaries; empty where no
/// snapshot is linked (in the snapshot tool itself).
std::string_view BuiltinSnapshot();

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTORS_BUILTIN_SNAPSHOT_H_
