// Views of an actor graph for diagrams: an ego network, a subset of relation
// kinds, the party-level overview, and the path to highlight. Each view is a
// new ActorGraph (built through GraphAssembler, so it stays canonical).
#ifndef ACTORGRAPH_RENDER_VIEWS_H_
#define ACTORGRAPH_RENDER_VIEWS_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "graph/actor_graph.h"

namespace actorgraph {

/// The actor a user named: exact id, else id or name ignoring case, else the
/// one actor whose id or name contains the query. InvalidArgument lists the
/// candidates when several match, and near names when none does.
Result<Vertex> ResolveActor(const ActorGraph& graph, const std::string& query);

/// Actors within `radius` ties (either direction) of `centre`, and the edges among them.
ActorGraph EgoView(const ActorGraph& graph, Vertex centre, int radius);

/// Only edges of the given kinds, and the actors they touch. InvalidArgument
/// when a kind is not in the graph (listing those that are).
Result<ActorGraph> KindsView(const ActorGraph& graph, const std::vector<std::string>& kinds);

/// Actors folded into the parties they act for: one vertex per party (named
/// after the actor whose id is the party, when there is one), edges merged per
/// (party, party, kind), ties inside a party dropped. A party-level graph is
/// returned as is.
ActorGraph PartyView(const ActorGraph& graph);

/// A shortest path between two actors, ties taken either way, as actor ids
/// from `from` to `to`; deterministic (breadth-first, neighbours in id order).
/// NotFound when they are not connected.
Result<std::vector<std::string>> ShortestTiePath(const ActorGraph& graph, Vertex from, Vertex to);

/// The earliest and latest dates on the graph's edges ("" when undated).
std::pair<std::string, std::string> DateRange(const ActorGraph& graph);

}  // namespace actorgraph

#endif  // ACTORGRAPH_RENDER_VIEWS_H_
