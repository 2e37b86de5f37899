// Layout and rendering through the Graphviz libraries (gvc/cgraph), isolated
// in a forked child process: Graphviz is not thread-safe, can hang on some
// inputs (dot and circo on hub-heavy graphs) and has crashed on others, so
// the child does the work, writes the rendered bytes back over a pipe, and is
// killed when the time limit passes. One mutex serialises all of it.
#ifndef ACTORGRAPH_RENDER_GRAPHVIZ_H_
#define ACTORGRAPH_RENDER_GRAPHVIZ_H_

#include <map>
#include <string>
#include <vector>

#include "core/status.h"

namespace actorgraph {

/// The layout engines `--layout` accepts.
const std::vector<std::string>& LayoutEngines();  // dot, neato, fdp, sfdp, circo, twopi
/// The output formats rendering accepts.
const std::vector<std::string>& RenderFormats();  // svg, png, pdf, dot (laid-out DOT, with positions)

struct RenderRequest {
  std::string dot;                   // the graph, as DOT text (BuildDot)
  std::string layout = "sfdp";       // one of LayoutEngines()
  std::vector<std::string> formats;  // any of RenderFormats()
  double timeout_seconds = 60;       // for layout and rendering together; <= 0 = no limit
  int png_dpi = 150;                 // PNG resolution (SVG and PDF are not scaled)
};

/// Lays the graph out once and renders it in every requested format; returns
/// format -> bytes. Errors: InvalidArgument for an unknown engine or format,
/// Timeout (naming the engine, the limit and what to try instead) when the
/// child did not finish in time, Internal when Graphviz reported an error or
/// the child died (with Graphviz's own message). Output bytes are a pure
/// function of the request: PDF creation dates are fixed.
Result<std::map<std::string, std::string>> RenderGraph(const RenderRequest& request);

}  // namespace actorgraph

#endif  // ACTORGRAPH_RENDER_GRAPHVIZ_H_
