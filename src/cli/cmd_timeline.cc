// `actorgraph timeline`: every edge's evidence in date order, optionally
// around one actor, as a table, CSV or JSON.
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "cli/graph_input.h"
#include "measures/structure.h"

namespace actorgraph::cli {
namespace {

struct TimelineVerbOptions {
  GraphInputOptions input;
  std::string actor;
  std::string format = "table";
  std::string output;
};

std::string Csv(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return s;
}

int RunTimeline(const CliState& state, const TimelineVerbOptions& o) {
  int code = kExitOk;
  std::optional<GraphInput> in = LoadGraphInput(state, o.input, &code);
  if (!in) return code;
  std::string only;
  if (!o.actor.empty()) {
    Result<Vertex> v = ResolveActor(in->graph, o.actor, in->aliases);
    if (!v.ok()) {
      PrintError("--actor: " + v.status().ToString());
      return kExitUsage;
    }
    only = in->graph.g[*v].id;
  }
  std::vector<TimelineEntry> entries;
  for (TimelineEntry& t : Timeline(in->graph)) {
    if (only.empty() || t.source == only || t.target == only) entries.push_back(std::move(t));
  }
  std::ostringstream out;
  if (o.format == "json") {
    nlohmann::json doc = nlohmann::json::array();
    for (const TimelineEntry& t : entries) {
      doc.push_back({{"date", t.date},
                     {"source", t.source},
                     {"kind", t.kind},
                     {"target", t.target},
                     {"doc", t.evidence.doc},
                     {"sentence", t.evidence.sentence},
                     {"evidence", t.evidence.text}});
    }
    out << doc.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else if (o.format == "csv") {
    out << "date,source,kind,target,doc,sentence,evidence\n";
    for (const TimelineEntry& t : entries) {
      out << t.date << "," << Csv(t.source) << "," << Csv(t.kind) << "," << Csv(t.target) << "," << Csv(t.evidence.doc)
          << "," << t.evidence.sentence << "," << Csv(t.evidence.text) << "\n";
    }
  } else {
    out << "# " << entries.size() << " dated relations" << (only.empty() ? "" : " of " + only)
        << ", oldest first; undated at the end\n";
    for (const TimelineEntry& t : entries) {
      out << (t.date.empty() ? "(undated)" : t.date) << "  " << t.source << " -" << t.kind << "-> " << t.target;
      if (!t.evidence.doc.empty()) out << "  [" << t.evidence.doc << ":" << t.evidence.sentence << "]";
      out << "\n";
      if (!t.evidence.text.empty()) out << "    " << OneLine(t.evidence.text) << "\n";
    }
  }
  int rc = WriteOutput(o.output, out.str(), "timeline");
  return rc != kExitOk ? rc : in->exit_code;
}

}  // namespace

void SetupTimeline(CLI::App& app, CliState& state) {
  auto options = std::make_shared<TimelineVerbOptions>();
  CLI::App* sub = app.add_subcommand(
      "timeline", "The graph's relations in date order, each with its evidence sentence and document.");
  AddGraphInputOptions(sub, &options->input);
  sub->add_option("--actor", options->actor, "Only relations of this actor (id, name or alias)");
  sub->add_option("-f,--format", options->format, "table, csv or json")
      ->transform(CLI::IsMember({"table", "csv", "json"}, CLI::ignore_case))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output, "Write here instead of stdout");
  sub->footer("Examples:\n  actorgraph timeline --actor Qatar\n  actorgraph timeline articles/ --since 2024-05-01 -f csv -o timeline.csv");
  state.commands.push_back({sub, [&state, options] { return RunTimeline(state, *options); }});
}

}  // namespace actorgraph::cli
