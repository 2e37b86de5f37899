// Scoring extracted relations against a gold file, by the rules of
// docs/relations.md (the same figures as tools/score_relations.py).
#ifndef ACTORGRAPH_RELATIONS_EVALUATE_H_
#define ACTORGRAPH_RELATIONS_EVALUATE_H_

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "relations/relation.h"

namespace actorgraph {

/// Precision, recall and F1 from counts (0 when undefined, as the scorer does).
struct Prf {
  int tp = 0, fp = 0, fn = 0;
  double precision = 0, recall = 0, f1 = 0;
};
Prf MakePrf(int tp, int fp, int fn);

struct Evaluation {
  Prf party;                          // (doc, source party, kind, target party); the headline
  Prf actor;                          // actor identities, maximum matching
  std::map<std::string, Prf> per_kind;  // party level, by kind
  std::optional<double> stance_accuracy;    // on matched respond relations
  std::optional<double> modality_accuracy;  // on matched relations
  int stance_ok = 0, stance_n = 0, modality_ok = 0, modality_n = 0;
  int predictions_outside_gold_docs = 0;
  std::vector<std::string> missed;  // party-level false negatives, "doc SRC kind TGT | evidence"
  std::vector<std::string> wrong;   // party-level false positives
};

/// JSON Lines text to objects; ParseError names "origin:line".
Result<std::vector<nlohmann::json>> ParseJsonLines(std::string_view text, std::string_view origin);

/// The JSON object of one relation, as `extract --format jsonl` writes it.
nlohmann::ordered_json RelationToJson(const Relation& relation);

/// Scores predictions (objects as extract writes them) against gold rows and
/// gold actors (relations.md). InvalidArgument when a gold row lacks a field.
Result<Evaluation> Evaluate(const std::vector<nlohmann::json>& gold, const std::vector<nlohmann::json>& actors,
                            const std::vector<nlohmann::json>& predictions);

/// The report: a table like the scorer's, or one JSON object (same keys as --json).
void WriteEvaluation(const Evaluation& e, bool show_errors, std::ostream& out);
void WriteEvaluationJson(const Evaluation& e, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_RELATIONS_EVALUATE_H_
