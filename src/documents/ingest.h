// Stage 1: reading inputs (plain text, HTML, JSON Lines) into clean documents.
#ifndef ACTORGRAPH_DOCUMENTS_INGEST_H_
#define ACTORGRAPH_DOCUMENTS_INGEST_H_

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "documents/document.h"

namespace actorgraph {

/// The folder of the sample corpus inside the embedded data.
inline constexpr std::string_view kSampleCorpus = "graphs/corpora/gaza-ceasefire-2024";

struct CleaningRules;

struct IngestOptions {
  std::istream* stdin_stream = nullptr;  // read for the input "-"; Default: none (then "-" is an error)
  const CleaningRules* rules = nullptr;  // cleaning rules; Default: the embedded cleaning.toml
};

/// Reads every input: files, directories (walked recursively, sorted) or "-".
/// With no inputs, the embedded sample corpus. Every input document ends up in
/// Corpus::documents or Corpus::skipped. Returns NotFound / IoError when a named
/// path is missing or unreadable, naming it.
Result<Corpus> Ingest(const std::vector<std::string>& inputs, const IngestOptions& options);

/// Ingests one input held in memory; `name` decides the format by extension
/// (".html", ".jsonl", else text) and gives the document id. Appends to `corpus`.
void IngestBytes(std::string_view name, std::string_view bytes, Corpus* corpus);

/// The same with explicit cleaning rules (documents/cleaning_rules.h).
void IngestBytes(std::string_view name, std::string_view bytes, const CleaningRules& rules,
                 Corpus* corpus);

}  // namespace actorgraph

#endif  // ACTORGRAPH_DOCUMENTS_INGEST_H_
