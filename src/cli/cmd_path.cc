// `actorgraph path FROM TO [INPUT...]`: the shortest chain of mediation
// between two actors, each hop with its relations and one evidence sentence;
// --k N alternatives (Yen). Exit code 5 when they are not connected.
#include <cctype>
#include <memory>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "cli/graph_input.h"
#include "measures/paths.h"

namespace actorgraph::cli {
namespace {

struct PathVerbOptions {
  GraphInputOptions input;
  std::string from, to;
  bool directed = false;
  int k = 1;
  bool via_mediator = false;
  std::string format = "text";
  std::string output;
};

// Kinds a default path follows: ours minus the hostile and one-sided ones,
// plus whatever free-text kinds an imported graph has ("tie").
std::vector<std::string> DefaultKinds(const ActorGraph& g) {
  std::set<std::string> kinds(DefaultPathKinds().begin(), DefaultPathKinds().end());
  for (auto [ei, ee] = boost::edges(g.g); ei != ee; ++ei) {
    RelationKind parsed;
    if (!ParseRelationKind(g.g[*ei].kind, &parsed)) kinds.insert(g.g[*ei].kind);
  }
  return {kinds.begin(), kinds.end()};
}

bool FiltersChanged(const GraphOptions& o) {
  GraphOptions d;
  return o.level != d.level || !o.kinds.empty() || o.modalities != d.modalities || !o.since.empty() ||
         !o.until.empty() || o.min_count > 1;
}

std::string Label(const ActorGraph& g, Vertex v) {
  const ActorVertex& a = g.g[v];
  return a.name.empty() || a.name == a.id ? a.id : a.name + " (" + a.id + ")";
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

void WriteText(const ActorGraph& g, const std::vector<FoundPath>& paths, std::ostream& out) {
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const FoundPath& p = paths[i];
    out << (paths.size() > 1 ? "path " + std::to_string(i + 1) + " of " + std::to_string(paths.size()) + ": " : "")
        << Label(g, p.vertices.front());
    for (std::size_t j = 1; j < p.vertices.size(); ++j) out << " -> " << Label(g, p.vertices[j]);
    char cost[32];
    std::snprintf(cost, sizeof cost, "%.3f", p.cost);
    out << "  (" << p.hops.size() << " hop" << (p.hops.size() == 1 ? "" : "s") << ", cost " << cost << ")\n";
    for (const PathHop& hop : p.hops) {
      out << "  " << g.g[hop.from].id << " -- " << g.g[hop.to].id << ": ";
      std::vector<std::string> parts;
      for (Edge e : hop.edges) {
        const RelationEdge& re = g.g[e];
        std::string part = re.kind + " " + g.g[boost::source(e, g.g)].id +
                           (IsSymmetricKind(re.kind) || !g.directed ? "<->" : "->") + g.g[boost::target(e, g.g)].id +
                           " x" + std::to_string(re.count);
        if (!re.stance.empty()) part += " (" + re.stance + ")";
        bool planned_only = !re.modalities.empty();
        for (const std::string& m : re.modalities) planned_only &= m == "planned";
        if (planned_only) part += " (planned)";
        parts.push_back(part);
      }
      out << Join(parts) << "\n";
      // The evidence shown is the best-supported edge's first sentence.
      Edge best_edge = hop.edges.front();
      for (Edge e : hop.edges) {
        if (g.g[e].count > g.g[best_edge].count) best_edge = e;
      }
      const RelationEdge& best = g.g[best_edge];
      if (!best.evidence.empty()) {
        const EvidenceRef& ev = best.evidence.front();
        out << "      \"" << ev.text << "\"\n      -- " << ev.doc << ", sentence " << ev.sentence
            << (ev.date.empty() ? "" : ", " + ev.date) << "\n";
      } else {
        out << "      (no evidence sentence stored in this graph)\n";
      }
    }
    if (i + 1 < paths.size()) out << "\n";
  }
}

void WriteJson(const ActorGraph& g, const std::vector<FoundPath>& paths, std::ostream& out) {
  nlohmann::json doc = nlohmann::json::array();
  for (const FoundPath& p : paths) {
    nlohmann::json jp;
    jp["cost"] = p.cost;
    jp["actors"] = nlohmann::json::array();
    for (Vertex v : p.vertices) jp["actors"].push_back({{"id", g.g[v].id}, {"name", g.g[v].name}});
    jp["hops"] = nlohmann::json::array();
    for (const PathHop& hop : p.hops) {
      nlohmann::json jh = {{"from", g.g[hop.from].id}, {"to", g.g[hop.to].id}, {"count", hop.count}, {"cost", hop.cost}};
      jh["edges"] = nlohmann::json::array();
      for (Edge e : hop.edges) {
        const RelationEdge& re = g.g[e];
        nlohmann::json je = {{"source", g.g[boost::source(e, g.g)].id},
                             {"target", g.g[boost::target(e, g.g)].id},
                             {"kind", re.kind},
                             {"count", re.count},
                             {"modalities", re.modalities}};
        if (!re.stance.empty()) je["stance"] = re.stance;
        je["evidence"] = nlohmann::json::array();
        for (const EvidenceRef& ev : re.evidence) {
          je["evidence"].push_back({{"doc", ev.doc}, {"sentence", ev.sentence}, {"text", ev.text}, {"date", ev.date}});
        }
        jh["edges"].push_back(std::move(je));
      }
      jp["hops"].push_back(std::move(jh));
    }
    doc.push_back(std::move(jp));
  }
  out << doc.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

// The knowledge-base actor `query` names exactly (id, name or alias), if any.
std::string KnownActor(const AliasList& aliases, const std::string& query) {
  auto fold = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::string q = fold(query);
  for (const auto& [alias, id] : aliases) {
    if (fold(alias) == q || fold(id) == q) return id;
  }
  return "";
}

int RunPath(const CliState& state, const PathVerbOptions& o) {
  int code = kExitOk;
  std::optional<GraphInput> in = LoadGraphInput(state, o.input, &code);
  if (!in) return code;
  const ActorGraph& g = in->graph;
  // An actor we know but the (filtered) graph has no tie of is not a typo:
  // there is simply no path.
  for (const std::string* name : {&o.from, &o.to}) {
    Result<Vertex> v = ResolveActor(g, *name, in->aliases);
    std::string known = v.ok() ? "" : KnownActor(in->aliases, *name);
    if (!known.empty()) {
      PrintError("no path: " + known + " ('" + *name + "') has no ties in this graph" +
                 (FiltersChanged(o.input.graph) ? " under the filters given" : "") +
                 " (widen --kinds or the dates, or add articles)");
      return kExitNoPath;
    }
  }
  Result<Vertex> from = ResolveActor(g, o.from, in->aliases);
  if (!from.ok()) {
    PrintError("FROM: " + from.status().ToString());
    return kExitUsage;
  }
  Result<Vertex> to = ResolveActor(g, o.to, in->aliases);
  if (!to.ok()) {
    PrintError("TO: " + to.status().ToString());
    return kExitUsage;
  }
  if (*from == *to) {
    PrintError("FROM and TO are the same actor (" + Label(g, *from) + ")");
    return kExitUsage;
  }
  PathOptions po;
  po.kinds = o.input.graph.kinds.empty() ? DefaultKinds(g) : o.input.graph.kinds;
  po.directed = o.directed;
  po.k = o.k;
  po.via_mediator = o.via_mediator;
  Result<std::vector<FoundPath>> paths = ShortestPaths(g, *from, *to, po);
  if (!paths.ok()) {
    PrintError(paths.status().ToString());
    return ExitCodeFor(paths.status());
  }
  if (paths->empty()) {
    PrintError("no path from " + Label(g, *from) + " to " + Label(g, *to) + " over " + Join(po.kinds) + " ties" +
               (o.directed ? " followed in their direction" : "") +
               " (widen --kinds" + (o.directed ? ", drop --directed" : "") + " or add articles)");
    return kExitNoPath;
  }
  std::ostringstream out;
  if (o.format == "json") {
    WriteJson(g, *paths, out);
  } else {
    WriteText(g, *paths, out);
  }
  if (static_cast<int>(paths->size()) < o.k) {
    PrintInfo(state, 1, "only " + std::to_string(paths->size()) + " loopless path" + (paths->size() == 1 ? "" : "s") +
                            " exist" + (paths->size() == 1 ? "s" : "") + " (asked for " + std::to_string(o.k) + ")");
  }
  int rc = WriteOutput(o.output, out.str(), "paths");
  return rc != kExitOk ? rc : in->exit_code;
}

}  // namespace

void SetupPath(CLI::App& app, CliState& state) {
  auto options = std::make_shared<PathVerbOptions>();
  CLI::App* sub = app.add_subcommand(
      "path",
      "The shortest chain of mediation between two actors, each hop with its relations and one\n"
      "evidence sentence. Actors by id, name or alias. By default over meet, mediate, propose,\n"
      "respond and visit ties in either direction; better-evidenced ties make cheaper hops.\n"
      "Exit code 5 when the two are not connected.");
  AddGraphInputOptions(sub, &options->input, false);
  sub->add_option("FROM", options->from, "Actor to start from (id, name or alias)")->required();
  sub->add_option("TO", options->to, "Actor to reach")->required();
  sub->add_option("INPUT", options->input.inputs,
                  "Articles (files, directories, - for stdin) or one graph file; default: the sample corpus");
  sub->add_flag("--directed", options->directed, "Follow ties only in their direction (meet runs both ways)");
  sub->add_option("-k,--k", options->k, "Show the k shortest loopless paths (Yen)")
      ->check(CLI::Range(1, 50))
      ->capture_default_str();
  sub->add_flag("--via-mediator", options->via_mediator,
                "Prefer chains of mediate ties (A -mediate- M -mediate- B): other hops cost three times more");
  sub->add_option("-f,--format", options->format, "text or json")
      ->transform(CLI::IsMember({"text", "json"}, CLI::ignore_case))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output, "Write here instead of stdout");
  sub->footer("--kinds (Graph filters) also sets the kinds a path may follow.\n"
              "Examples:\n  actorgraph path Israel Hamas                        over the sample corpus\n"
              "  actorgraph path USA HAMAS talks.graphml --k 3\n"
              "  actorgraph path Blinken Haniyeh articles/ --via-mediator");
  state.commands.push_back({sub, [&state, options] { return RunPath(state, *options); }});
}

}  // namespace actorgraph::cli
