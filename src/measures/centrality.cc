#include "measures/centrality.h"

#include <algorithm>
#include <set>

#include "measures/betweenness.h"
#include "measures/csr.h"
#include "measures/distances.h"
#include "measures/spectral.h"
#include "measures/structural_holes.h"

namespace actorgraph {

const std::vector<std::string>& CentralityMeasureNames() {
  static const std::vector<std::string> kNames = {
      "degree",      "betweenness", "betweenness-undirected", "closeness", "harmonic",
      "eigenvector", "pagerank",    "constraint",             "brokerage"};
  return kNames;
}

Result<CentralityReport> ComputeCentrality(const ActorGraph& graph, const CentralityOptions& options) {
  std::set<std::string> want(options.measures.begin(), options.measures.end());
  for (const std::string& m : want) {
    const auto& names = CentralityMeasureNames();
    if (std::find(names.begin(), names.end(), m) == names.end()) {
      std::string all;
      for (const std::string& n : names) all += (all.empty() ? "" : ", ") + n;
      return Status::InvalidArgument("unknown measure '" + m + "' (use " + all + ")");
    }
  }
  if (want.empty()) want.insert(CentralityMeasureNames().begin(), CentralityMeasureNames().end());
  auto on = [&want](const char* m) { return want.count(m) > 0; };

  const ActorGraphBase& g = graph.g;
  CentralityReport report;
  for (const std::string& m : CentralityMeasureNames()) {
    if (on(m.c_str())) report.measures.push_back(m);
  }
  report.vertices = static_cast<int>(boost::num_vertices(g));
  report.edges = static_cast<int>(boost::num_edges(g));
  report.directed = graph.directed;
  const auto n = static_cast<std::size_t>(report.vertices);
  report.rows.resize(n);
  for (std::size_t v = 0; v < n; ++v) {
    report.rows[v].id = g[v].id;
    report.rows[v].name = g[v].name;
    report.rows[v].party = g[v].party;
  }
  Csr directed = MakeCsr(graph, TieView::kDirected);
  Csr undirected = MakeCsr(graph, TieView::kUndirected);

  if (on("degree")) {
    for (std::size_t v = 0; v < n; ++v) {
      CentralityRow& r = report.rows[v];
      int iv = static_cast<int>(v);
      r.in_degree = directed.InDegree(iv);
      r.out_degree = directed.OutDegree(iv);
      r.degree = undirected.OutDegree(iv);
    }
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
      report.rows[boost::source(*ei, g)].strength += g[*ei].weight;
      report.rows[boost::target(*ei, g)].strength += g[*ei].weight;
    }
  }
  if (on("betweenness")) {
    BetweennessOptions bo;
    bo.threads = options.threads;
    bo.symmetric = !graph.directed;  // an undirected graph's "directed view" is symmetric
    std::vector<double> bd = Betweenness(directed, bo);
    for (std::size_t v = 0; v < n; ++v) report.rows[v].betweenness = bd[v];
  }
  if (on("betweenness-undirected")) {
    BetweennessOptions bo;
    bo.threads = options.threads;
    bo.symmetric = true;
    std::vector<double> bu = Betweenness(undirected, bo);
    for (std::size_t v = 0; v < n; ++v) report.rows[v].betweenness_undirected = bu[v];
  }
  if (on("closeness") || on("harmonic")) {
    ClosenessScores cs = Closeness(directed, options.threads);
    for (std::size_t v = 0; v < n; ++v) {
      report.rows[v].closeness = cs.closeness[v];
      report.rows[v].harmonic = cs.harmonic[v];
    }
  }
  PowerOptions po;
  po.damping = options.damping;
  po.tolerance = options.tolerance;
  po.threads = options.threads;
  if (on("eigenvector")) {
    PowerOptions eo = po;
    eo.weighted = false;
    PowerResult e = Eigenvector(undirected, eo);
    if (!e.converged) {
      report.notes.push_back("eigenvector centrality did not converge in " + std::to_string(e.iterations) +
                             " iterations; values are the last iterate");
    }
    for (std::size_t v = 0; v < n; ++v) report.rows[v].eigenvector = e.scores[v];
  }
  if (on("pagerank")) {
    PowerResult p = PageRank(directed, po);
    if (!p.converged) {
      report.notes.push_back("PageRank did not converge in " + std::to_string(p.iterations) +
                             " iterations; values are the last iterate");
    }
    for (std::size_t v = 0; v < n; ++v) report.rows[v].pagerank = p.scores[v];
  }
  if (on("constraint")) {
    StructuralHoles h = BurtMeasures(directed);
    for (std::size_t v = 0; v < n; ++v) {
      report.rows[v].constraint = h.constraint[v];
      report.rows[v].effective_size = h.effective_size[v];
    }
  }
  if (on("brokerage")) {
    std::vector<std::string> groups(n);
    for (std::size_t v = 0; v < n; ++v) groups[v] = g[v].party.empty() ? g[v].id : g[v].party;
    std::vector<BrokerageRoles> roles = Brokerage(MakeCsr(graph, TieView::kExchange), groups);
    for (std::size_t v = 0; v < n; ++v) report.rows[v].brokerage = roles[v];
  }
  return report;
}

}  // namespace actorgraph
