// Writers for extracted relations, mediation records and mentions. They take
// std::ostream& (the CLI decides between stdout and an atomic file).
#ifndef ACTORGRAPH_RELATIONS_OUTPUT_H_
#define ACTORGRAPH_RELATIONS_OUTPUT_H_

#include <ostream>
#include <vector>

#include "relations/extractor.h"
#include "relations/relation.h"

namespace actorgraph {

/// One JSON object a line, the contract of docs/relations.md: doc, sentence,
/// kind, modality, stance, source/target {id, name, kind, party, begin, end},
/// trigger {text, begin, end}, evidence, rule, cameo, confidence, date,
/// attributed_to, mediation.
void WriteRelationsJsonl(const std::vector<Relation>& relations, std::ostream& out);
/// Comma-separated with a header line (RFC 4180 quoting).
void WriteRelationsCsv(const std::vector<Relation>& relations, std::ostream& out);
/// A human-readable aligned table, one relation a line.
void WriteRelationsTable(const std::vector<Relation>& relations, std::ostream& out);
/// Mediation records: {"record": "mediation", "id", "doc", "sentence",
/// "mediators": [...], "parties": [...], "venue", "date", "modality", "evidence"}.
void WriteMediationsJsonl(const std::vector<Mediation>& mediations, std::ostream& out);
/// Mentions: {"record": "mention", "doc", "sentence", "begin", "end", "text",
/// "type", "place", "actor": {...}}.
void WriteMentionsJsonl(const std::vector<MentionRecord>& mentions, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_RELATIONS_OUTPUT_H_
