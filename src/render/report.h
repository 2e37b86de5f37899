// report.html: one self-contained page (no network access: inline CSS, JS,
// SVG and data) with the diagrams, sortable tables of measures and
// relations, and for every edge its evidence sentences with their documents;
// clicking an actor or a line in a diagram shows its evidence. The page
// template, style and script are data: graphs/report/report.{html,css,js}.
#ifndef ACTORGRAPH_RENDER_REPORT_H_
#define ACTORGRAPH_RENDER_REPORT_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "documents/document.h"
#include "graph/actor_graph.h"
#include "measures/centrality.h"

namespace actorgraph {

/// One diagram on the page: its SVG and the graph it was drawn from.
struct ReportDiagram {
  std::string id_prefix;  // the DiagramOptions::id_prefix the SVG was drawn with
  std::string title;      // section heading
  std::string caption;    // one line under it
  std::string svg;        // Graphviz SVG output
  const ActorGraph* graph = nullptr;
  std::vector<std::string> files;  // sibling files to link ("party.svg", "party.png")
};

/// A file the run wrote, listed at the end of the page.
struct ReportFile {
  std::string name;         // relative to the report
  std::string description;
};

struct ReportInput {
  std::string title = "Actor relations";
  std::string summary;                    // one line under the title
  const Corpus* corpus = nullptr;         // documents used and skipped; may be null
  std::vector<ReportDiagram> diagrams;
  const ActorGraph* graph = nullptr;      // relations table (actor level); may be null
  const CentralityReport* centrality = nullptr;  // measures tables; may be null
  std::vector<ReportFile> files;
};

/// The page. Every text from an article is HTML-escaped, and the data island
/// is JSON that cannot close its <script> element. Internal error when the
/// embedded template is missing.
Result<std::string> BuildReportHtml(const ReportInput& input);

}  // namespace actorgraph

#endif  // ACTORGRAPH_RENDER_REPORT_H_
