// Speed benchmark of the measure kernels (not a test): loads a graph file
// with the library's reader, builds the CSR view, then times one kernel.
// Prints one JSON line: load, CSR and compute seconds apart, peak memory,
// and the scores' checksum and top vertex so run_bench.py can compare them
// with igraph and NetworkX on the same file.
//
//   graph_bench FILE.csv betweenness|pagerank|sssp [--threads N] [--source ID]
//               [--repeat R] [--scores OUT.csv]
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/files.h"
#include "graph/import.h"
#include "measures/betweenness.h"
#include "measures/csr.h"
#include "measures/distances.h"
#include "measures/spectral.h"

namespace {

// CPU seconds of the whole process (all threads) so far.
double CpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9;
}

double Seconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int Usage() {
  std::cerr << "usage: graph_bench FILE betweenness|pagerank|sssp [--threads N] [--source ID] [--repeat R] "
               "[--scores OUT.csv]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace actorgraph;
  if (argc < 3) return Usage();
  std::string file = argv[1], measure = argv[2], source_id = "0", scores_out;
  int threads = 0, repeat = 1;
  for (int i = 3; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--threads") threads = std::atoi(argv[i + 1]);
    else if (flag == "--source") source_id = argv[i + 1];
    else if (flag == "--repeat") repeat = std::max(1, std::atoi(argv[i + 1]));
    else if (flag == "--scores") scores_out = argv[i + 1];
    else return Usage();
  }
  auto t0 = std::chrono::steady_clock::now();
  Result<std::string> bytes = ReadFile(file);
  if (!bytes.ok()) {
    std::cerr << bytes.status().message() << "\n";
    return 3;
  }
  Result<ImportedGraph> g = ReadGraphBytes(file, *bytes);
  if (!g.ok()) {
    std::cerr << g.status().message() << "\n";
    return 3;
  }
  double load = Seconds(t0);
  t0 = std::chrono::steady_clock::now();
  Csr csr = MakeCsr(g->graph, TieView::kDirected);
  double build = Seconds(t0);

  std::vector<double> scores;
  double best = 1e300, best_cpu = 1e300;
  int iterations = 0;
  for (int r = 0; r < repeat; ++r) {
    t0 = std::chrono::steady_clock::now();
    double cpu0 = CpuSeconds();
    if (measure == "betweenness") {
      BetweennessOptions o;
      o.normalized = false;
      o.threads = threads;
      scores = Betweenness(csr, o);
    } else if (measure == "pagerank") {
      PowerOptions o;
      o.tolerance = 1e-10;
      o.threads = threads;
      PowerResult p = PageRank(csr, o);
      scores = std::move(p.scores);
      iterations = p.iterations;
    } else if (measure == "sssp") {
      Vertex s;
      if (!FindActor(g->graph, source_id, &s)) {
        std::cerr << "no vertex '" << source_id << "'\n";
        return 2;
      }
      std::vector<int> d = BfsDistances(csr, static_cast<int>(s));
      scores.assign(d.begin(), d.end());
    } else {
      return Usage();
    }
    best = std::min(best, Seconds(t0));
    best_cpu = std::min(best_cpu, CpuSeconds() - cpu0);
  }
  double sum = 0, top = -1e300;
  std::string top_id;
  for (std::size_t v = 0; v < scores.size(); ++v) {
    if (scores[v] > 0) sum += scores[v];
    if (scores[v] > top) top = scores[v], top_id = g->graph.g[v].id;
  }
  if (!scores_out.empty()) {
    std::ofstream out(scores_out);
    out.precision(17);
    for (std::size_t v = 0; v < scores.size(); ++v) out << g->graph.g[v].id << "," << scores[v] << "\n";
  }
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf(
      "{\"tool\": \"actorgraph\", \"measure\": \"%s\", \"n\": %d, \"arcs\": %lld, \"load_s\": %.4f, "
      "\"csr_s\": %.4f, \"compute_s\": %.4f, \"cpu_s\": %.4f, \"repeat\": %d, \"iterations\": %d, \"peak_mb\": %.1f, "
      "\"checksum\": %.10g, \"top\": \"%s\"}\n",
      measure.c_str(), csr.n, static_cast<long long>(csr.arcs()), load, build, best, best_cpu, repeat, iterations,
      usage.ru_maxrss / 1024.0, sum, top_id.c_str());
  return 0;
}
