// What isolating Graphviz in a forked child costs: the same small diagram
// laid out and rendered to SVG in-process (shared context, no isolation) and
// through RenderGraph (fork, pipe, time limit). Run: build/render_bench
#include <string>

#include <benchmark/benchmark.h>
#include <gvc.h>

#include "render/graphviz.h"

namespace {

// A 12-actor, 24-relation diagram, about the size of one article's graph.
std::string SmallDot() {
  std::string dot = "digraph G { node [shape=box, style=\"rounded,filled\"];\n";
  for (int i = 0; i < 12; ++i) {
    dot += "  a" + std::to_string(i) + " -> a" + std::to_string((i + 1) % 12) + " [tooltip=\"evidence\"];\n";
    dot += "  a" + std::to_string(i) + " -> a" + std::to_string((i * 5 + 3) % 12) + ";\n";
  }
  return dot + "}\n";
}

void BM_InProcess(benchmark::State& state) {
  const std::string dot = SmallDot();
  GVC_t* gvc = gvContext();
  for (auto _ : state) {
    Agraph_t* g = agmemread(const_cast<char*>(dot.c_str()));
    gvLayout(gvc, g, const_cast<char*>("dot"));
    char* buf = nullptr;
    unsigned int len = 0;
    gvRenderData(gvc, g, const_cast<char*>("svg"), &buf, &len);
    benchmark::DoNotOptimize(len);
    gvFreeRenderData(buf);
    gvFreeLayout(gvc, g);
    agclose(g);
  }
  gvFreeContext(gvc);
}
BENCHMARK(BM_InProcess)->Unit(benchmark::kMillisecond);

void BM_ForkedChild(benchmark::State& state) {
  actorgraph::RenderRequest request;
  request.dot = SmallDot();
  request.layout = "dot";
  request.formats = {"svg"};
  for (auto _ : state) {
    auto out = actorgraph::RenderGraph(request);
    if (!out.ok()) state.SkipWithError(out.status().message().c_str());
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_ForkedChild)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
