// Stage 6 entry point: from extracted relations to the actor graph.
// One edge per (source, target, kind) aggregating every relation that passes
// the filters; "meet" is symmetric and stored once, source id < target id.
#ifndef ACTORGRAPH_GRAPH_BUILD_H_
#define ACTORGRAPH_GRAPH_BUILD_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "graph/actor_graph.h"
#include "relations/relation.h"

namespace actorgraph {

/// What becomes an edge. Negated and hypothetical relations never do, whatever
/// `modalities` says: they did not happen.
struct GraphOptions {
  std::string level = "actor";          // "actor", or "party": persons, institutions
                                        // and groups folded into the party they act for
  std::vector<std::string> kinds;       // relation kinds to keep; Default: empty = all
  std::vector<std::string> modalities = {"asserted", "planned"};
  std::string since;                    // ISO date, inclusive; Default: empty = no bound
  std::string until;                    // ISO date, inclusive; with a bound, undated relations are dropped
  int min_count = 1;                    // drop edges with fewer supporting relations
  std::string title;                    // copied into ActorGraph::title
};

/// Checks an options struct: level, kinds, modalities and dates well formed.
/// InvalidArgument says which value is wrong and what is allowed.
Status ValidateGraphOptions(const GraphOptions& options);

/// How many relations went where: every input relation is counted once.
struct BuildStats {
  int relations = 0;       // input relations
  int used = 0;            // became (part of) an edge
  int not_event = 0;       // negated or hypothetical
  int other_modality = 0;  // a modality not asked for (e.g. planned, with --modality asserted)
  int other_kind = 0;      // a kind not asked for
  int out_of_range = 0;    // outside --since/--until, or undated while a bound is set
  int self_loops = 0;      // source and target the same actor (or party, at party level)
  int below_min_count = 0; // on edges dropped by min_count
};

/// The graph of `extraction` under `options` (validate them first). Vertices
/// are the actors (or parties) of kept edges, in id order; edges are added in
/// (source id, target id, kind) order, so the result is deterministic.
ActorGraph BuildGraph(const Extraction& extraction, const GraphOptions& options);
ActorGraph BuildGraph(const Extraction& extraction, const GraphOptions& options, BuildStats* stats);

/// The same filters on a graph that is already built (a saved or imported
/// one): edges of other kinds, with none of the asked modalities (edges with
/// no modality recorded pass), outside [since, until] (by first/last date;
/// undated edges dropped when a bound is set) or below min_count are
/// removed, vertices left without edges too; level "party" folds vertices
/// into their party (their own id when they have none) and merges edges.
/// Kinds are not checked against our list: imported kinds are free text.
/// Counts in `stats` are edges, not relations.
ActorGraph ReshapeGraph(const ActorGraph& graph, const GraphOptions& options, BuildStats* stats);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_BUILD_H_
