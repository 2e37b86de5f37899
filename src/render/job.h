// The outputs of `actorgraph run`, produced in memory from a corpus and its
// extraction: diagrams (party level, actor level, mediation) as SVG and PNG,
// centrality and brokerage tables, the graph as GraphML, GEXF and JSON, the
// relations as JSONL and CSV, and report.html. The CLI writes them.
#ifndef ACTORGRAPH_RENDER_JOB_H_
#define ACTORGRAPH_RENDER_JOB_H_

#include <functional>
#include <string>
#include <vector>

#include "core/status.h"
#include "documents/document.h"
#include "relations/relation.h"
#include "render/style.h"

namespace actorgraph {

struct RunJobOptions {
  std::string title;            // Default: empty = "Actor relations" with the corpus' date range
  Style style;                  // diagram style (BuiltinStyle() or a user's overlay)
  double layout_timeout = 60;   // seconds per diagram
  /// Called before each step with (step, total steps, what); may be empty.
  std::function<void(int, int, const std::string&)> progress;
};

/// One output file: its name relative to the output directory and its bytes.
struct OutputFile {
  std::string name;
  std::string bytes;
  std::string description;  // for the report's file list and the summary
};

struct RunJobResult {
  std::vector<OutputFile> files;  // in a fixed order, report.html last
  int actors = 0, relations = 0, edges = 0, parties = 0;
  std::vector<std::string> notes;  // "no mediation relations: mediation diagram skipped"
};

/// Everything `run` writes. Deterministic: the same corpus and extraction give
/// byte-identical files. Timeout when a layout exceeds the limit (naming the
/// diagram); Internal when Graphviz fails.
Result<RunJobResult> ProduceRunOutputs(const Corpus& corpus, const Extraction& extraction,
                                       const RunJobOptions& options);

}  // namespace actorgraph

#endif  // ACTORGRAPH_RENDER_JOB_H_
