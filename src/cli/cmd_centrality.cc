// `actorgraph centrality`: who is central, who brokers. Degree, betweenness,
// closeness, harmonic, eigenvector, PageRank, Burt's constraint and effective
// size, and the Gould-Fernandez brokerage roles, as a table, CSV or JSON,
// stating the direction and normalisation of each measure.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "cli/graph_input.h"
#include "measures/centrality.h"

namespace actorgraph::cli {
namespace {

struct CentralityVerbOptions {
  GraphInputOptions input;
  std::vector<std::string> measures;
  std::string sort = "betweenness";
  int top = 20;
  std::string format = "table";
  std::string output;
  int threads = 0;
  double damping = 0.85;
  bool timings = false;
};

// One output column: its key, header, the measure it needs, and its value.
struct Column {
  const char* key;
  const char* header;
  const char* measure;
  double (*value)(const CentralityRow&);
  bool integer;
};

const std::vector<Column>& Columns() {
  static const std::vector<Column> kColumns = {
      {"in", "in", "degree", [](const CentralityRow& r) { return double(r.in_degree); }, true},
      {"out", "out", "degree", [](const CentralityRow& r) { return double(r.out_degree); }, true},
      {"degree", "deg", "degree", [](const CentralityRow& r) { return double(r.degree); }, true},
      {"strength", "str", "degree", [](const CentralityRow& r) { return r.strength; }, false},
      {"betweenness", "btw", "betweenness", [](const CentralityRow& r) { return r.betweenness; }, false},
      {"betweenness-undirected", "btw_u", "betweenness-undirected",
       [](const CentralityRow& r) { return r.betweenness_undirected; }, false},
      {"closeness", "close", "closeness", [](const CentralityRow& r) { return r.closeness; }, false},
      {"harmonic", "harm", "harmonic", [](const CentralityRow& r) { return r.harmonic; }, false},
      {"eigenvector", "eig", "eigenvector", [](const CentralityRow& r) { return r.eigenvector; }, false},
      {"pagerank", "pr", "pagerank", [](const CentralityRow& r) { return r.pagerank; }, false},
      {"constraint", "constr", "constraint", [](const CentralityRow& r) { return r.constraint; }, false},
      {"effective-size", "effsize", "constraint", [](const CentralityRow& r) { return r.effective_size; }, false},
      {"coordinator", "coord", "brokerage", [](const CentralityRow& r) { return double(r.brokerage.coordinator); }, true},
      {"itinerant", "itin", "brokerage", [](const CentralityRow& r) { return double(r.brokerage.itinerant); }, true},
      {"gatekeeper", "gate", "brokerage", [](const CentralityRow& r) { return double(r.brokerage.gatekeeper); }, true},
      {"representative", "repr", "brokerage",
       [](const CentralityRow& r) { return double(r.brokerage.representative); }, true},
      {"liaison", "liais", "brokerage", [](const CentralityRow& r) { return double(r.brokerage.liaison); }, true},
      {"brokerage", "brk", "brokerage", [](const CentralityRow& r) { return double(r.brokerage.total()); }, true},
  };
  return kColumns;
}

std::vector<std::string> Conventions(const CentralityReport& report) {
  std::vector<std::string> c = {
      std::string("graph: ") + std::to_string(report.vertices) + " actors, " + std::to_string(report.edges) +
          " edges, " + (report.directed ? "directed" : "undirected") +
          "; parallel edges of different kinds count as one tie; meet ties run both ways",
      "degree: in/out = distinct neighbours on the directed view, deg = on the undirected view; "
      "str = sum of edge weights (relation counts)",
      "betweenness: Brandes, unweighted; btw on the directed view normalised 1/((n-1)(n-2)), btw_u on the "
      "undirected view normalised 2/((n-1)(n-2)) (both as NetworkX)",
      "closeness: incoming distances, Wasserman-Faust scaling for disconnected graphs (as NetworkX); "
      "harmonic: sum of 1/d over incoming distances, not normalised",
      "eigenvector: undirected view, unweighted, Euclidean norm 1; pagerank: directed view, weighted by "
      "relation counts, dangling rank spread uniformly, sums to 1",
      "constraint/effsize: Burt, on in- and out-ties (mutual ties weigh 2), NaN when isolated; "
      "brokerage: Gould-Fernandez open two-paths a->v->c on the directed view with mediate ties both ways, "
      "groups = party "
      "(coordinator, itinerant, gatekeeper, representative, liaison)"};
  return c;
}

std::string Fixed(double v, bool integer) {
  if (std::isnan(v)) return "nan";
  char buf[64];
  std::snprintf(buf, sizeof buf, integer ? "%.0f" : "%.4f", v);
  return buf;
}

std::string Precise(double v) {
  if (std::isnan(v)) return "nan";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

int RunCentrality(const CliState& state, const CentralityVerbOptions& o) {
  const Column* sort_col = nullptr;
  for (const Column& c : Columns()) {
    if (o.sort == c.key) sort_col = &c;
  }
  if (o.sort != "id" && !sort_col) {
    std::string keys = "id";
    for (const Column& c : Columns()) keys += std::string(", ") + c.key;
    PrintError("--sort: unknown column '" + o.sort + "' (use " + keys + ")");
    return kExitUsage;
  }
  CentralityOptions co;
  co.measures = o.measures;
  co.threads = o.threads;
  co.damping = o.damping;
  if (sort_col && !co.measures.empty() &&
      std::find(co.measures.begin(), co.measures.end(), sort_col->measure) == co.measures.end()) {
    co.measures.push_back(sort_col->measure);  // sorting by it needs it
  }
  {
    Result<CentralityReport> check = ComputeCentrality(ActorGraph{}, co);  // validates names cheaply
    if (!check.ok()) {
      PrintError("--measures: " + check.status().ToString());
      return kExitUsage;
    }
  }
  int code = kExitOk;
  std::optional<GraphInput> in = LoadGraphInput(state, o.input, &code);
  if (!in) return code;
  auto start = std::chrono::steady_clock::now();
  Result<CentralityReport> report = ComputeCentrality(in->graph, co);
  double compute = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!report.ok()) {
    PrintError(report.status().ToString());
    return ExitCodeFor(report.status());
  }
  for (const std::string& note : report->notes) PrintWarning(state, note);

  std::vector<const Column*> cols;
  for (const Column& c : Columns()) {
    if (std::find(report->measures.begin(), report->measures.end(), c.measure) != report->measures.end()) {
      cols.push_back(&c);
    }
  }
  std::vector<const CentralityRow*> rows;
  for (const CentralityRow& r : report->rows) rows.push_back(&r);
  std::stable_sort(rows.begin(), rows.end(), [&](const CentralityRow* a, const CentralityRow* b) {
    if (!sort_col) return a->id < b->id;
    double x = sort_col->value(*a), y = sort_col->value(*b);
    if (std::isnan(x) != std::isnan(y)) return std::isnan(y);  // NaN last
    bool ascending = std::string(sort_col->key) == "constraint";  // low constraint = broker
    if (x != y && !std::isnan(x)) return ascending ? x < y : x > y;
    return a->id < b->id;
  });
  if (o.top > 0 && static_cast<int>(rows.size()) > o.top && o.format == "table") rows.resize(static_cast<std::size_t>(o.top));

  std::ostringstream out;
  if (o.format == "json") {
    nlohmann::json doc;
    doc["vertices"] = report->vertices;
    doc["edges"] = report->edges;
    doc["directed"] = report->directed;
    doc["level"] = in->graph.level;
    doc["measures"] = report->measures;
    doc["conventions"] = Conventions(*report);
    doc["sorted_by"] = o.sort;
    nlohmann::json actors = nlohmann::json::array();
    for (const CentralityRow* r : rows) {
      nlohmann::json a = {{"id", r->id}, {"name", r->name}, {"party", r->party}};
      for (const Column* c : cols) {
        double v = c->value(*r);
        if (std::isnan(v)) {
          a[c->key] = nullptr;
        } else if (c->integer) {
          a[c->key] = static_cast<long>(v);
        } else {
          a[c->key] = v;
        }
      }
      actors.push_back(std::move(a));
    }
    doc["actors"] = std::move(actors);
    out << doc.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else if (o.format == "csv") {
    out << "id,name,party";
    for (const Column* c : cols) out << "," << c->key;
    out << "\n";
    for (const CentralityRow* r : rows) {
      out << CsvField(r->id) << "," << CsvField(r->name) << "," << CsvField(r->party);
      for (const Column* c : cols) out << "," << (c->integer ? Fixed(c->value(*r), true) : Precise(c->value(*r)));
      out << "\n";
    }
  } else {
    for (const std::string& line : Conventions(*report)) out << "# " << line << "\n";
    out << "# sorted by " << o.sort << (o.sort == "constraint" ? " (ascending)" : o.sort == "id" ? "" : " (descending)")
        << ", ties by id";
    if (o.top > 0 && report->vertices > o.top) out << "; top " << o.top << " of " << report->vertices << " (--top 0: all)";
    out << "\n";
    std::size_t idw = 2;
    for (const CentralityRow* r : rows) idw = std::max(idw, r->id.size());
    idw = std::min<std::size_t>(idw, 28);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%-*s %-6s", static_cast<int>(idw), "id", "party");
    out << buf;
    for (const Column* c : cols) {
      std::snprintf(buf, sizeof buf, " %*s", c->integer ? 5 : 7, c->header);
      out << buf;
    }
    out << "\n";
    for (const CentralityRow* r : rows) {
      std::snprintf(buf, sizeof buf, "%-*s %-6s", static_cast<int>(idw), r->id.substr(0, idw).c_str(),
                    r->party.substr(0, 6).c_str());
      out << buf;
      for (const Column* c : cols) {
        std::snprintf(buf, sizeof buf, " %*s", c->integer ? 5 : 7, Fixed(c->value(*r), c->integer).c_str());
        out << buf;
      }
      out << "\n";
    }
  }
  int rc = WriteOutput(o.output, out.str(), "centrality table");
  if (rc != kExitOk) return rc;
  if (o.timings) {
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    char buf[200];
    std::snprintf(buf, sizeof buf, "timings: load %.3f s, compute %.3f s, peak memory %.1f MB (%d actors, %d edges)",
                  in->load_seconds, compute, usage.ru_maxrss / 1024.0, report->vertices, report->edges);
    std::cerr << buf << "\n";
  }
  return in->exit_code;
}

}  // namespace

void SetupCentrality(CLI::App& app, CliState& state) {
  auto options = std::make_shared<CentralityVerbOptions>();
  CLI::App* sub = app.add_subcommand(
      "centrality",
      "Who is central to the talks and who brokers between whom: degree, betweenness, closeness,\n"
      "harmonic, eigenvector, PageRank, Burt's constraint and effective size, and the five\n"
      "Gould-Fernandez brokerage roles (party = group). The header states direction and normalisation.");
  AddGraphInputOptions(sub, &options->input);
  std::string names;
  for (const std::string& m : CentralityMeasureNames()) names += (names.empty() ? "" : ", ") + m;
  sub->add_option("--measures", options->measures, "Comma-separated subset of: " + names + "; default: all")
      ->delimiter(',');
  sub->add_option("--sort", options->sort,
                  "Column to sort by (descending; constraint ascending), ties by id; or id")
      ->capture_default_str();
  sub->add_option("--top", options->top, "Rows in the table (0 = all; CSV and JSON always list all)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  sub->add_option("-f,--format", options->format, "table, csv or json")
      ->transform(CLI::IsMember({"table", "csv", "json"}, CLI::ignore_case))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output, "Write here instead of stdout");
  sub->add_option("--threads", options->threads, "Threads for betweenness, closeness and PageRank (0 = all cores)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  sub->add_option("--damping", options->damping, "PageRank damping factor")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  sub->add_flag("--timings", options->timings,
                "Print load and compute seconds and peak memory to stderr (the graph's loading is timed apart)");
  sub->footer("Examples:\n  actorgraph centrality                              the sample corpus, top 20 by betweenness\n"
              "  actorgraph centrality talks.graphml --sort pagerank --top 10\n"
              "  actorgraph centrality --level party --measures brokerage --sort brokerage\n"
              "  actorgraph centrality big.csv --measures betweenness --timings -f csv -o scores.csv");
  state.commands.push_back({sub, [&state, options] { return RunCentrality(state, *options); }});
}

}  // namespace actorgraph::cli
