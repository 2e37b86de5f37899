// Naming an actor on the command line: by id, name or alias, forgiving case,
// with suggestions on a miss.
#ifndef ACTORGRAPH_GRAPH_FIND_ACTOR_H_
#define ACTORGRAPH_GRAPH_FIND_ACTOR_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "graph/actor_graph.h"

namespace actorgraph {

/// (alias, actor id) pairs from the knowledge base: "Blinken" -> antony-blinken.
using AliasList = std::vector<std::pair<std::string, std::string>>;

/// The vertex `query` names, trying in turn (case-insensitive): the id, the
/// name, an alias of an actor in the graph, then a unique word start or substring
/// of an id, name or alias. InvalidArgument when nothing matches ("no actor
/// 'Isreal' in the graph; did you mean ISR (Israel)?") or when several do
/// ("'Abu' is ambiguous: ..."), listing the candidates by id.
Result<Vertex> ResolveActor(const ActorGraph& graph, std::string_view query, const AliasList& aliases = {});

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_FIND_ACTOR_H_
