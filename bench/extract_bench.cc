// Extraction speed: start-up (dictionary + lexicon load), then single-threaded
// extraction over the sample corpus repeated to >= 50 MB with distinct
// document ids. Prints sentences/s and MB/s; run under /usr/bin/time -v for
// peak RSS (bench/extract-speed.sh does). A benchmark, not a test.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <benchmark/benchmark.h>

#include "actors/knowledge_base.h"
#include "documents/ingest.h"
#include "relations/extractor.h"
#include "sentences/splitter.h"

namespace {

using Clock = std::chrono::steady_clock;
using actorgraph::Corpus;
using actorgraph::Document;
using actorgraph::Extractor;
using actorgraph::KnowledgeBase;

double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

// CPU time of this process: the machine may be shared, wall time then lies.
double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

void BM_ExtractSampleDocument(benchmark::State& state) {
  static auto kb = KnowledgeBase::LoadBuiltin();
  static auto ex = Extractor::Create(*kb);
  static auto corpus = actorgraph::Ingest({}, {});
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const Document& d = corpus->documents[i++ % corpus->documents.size()];
    benchmark::DoNotOptimize(ex->Extract(d));
    bytes += d.text.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_ExtractSampleDocument);

}  // namespace

int main(int argc, char** argv) {
  double target_mb = argc > 1 && std::string(argv[1]).find("--") != 0 ? std::atof(argv[1]) : 50.0;
  auto t0 = Clock::now();
  double c0 = CpuSeconds();
  auto kb = KnowledgeBase::LoadBuiltin();
  if (!kb.ok()) {
    std::fprintf(stderr, "%s\n", kb.status().ToString().c_str());
    return 1;
  }
  auto ex = Extractor::Create(*kb);
  if (!ex.ok()) {
    std::fprintf(stderr, "%s\n", ex.status().ToString().c_str());
    return 1;
  }
  auto t1 = Clock::now();
  double c1 = CpuSeconds();
  std::printf("start-up (dictionaries + lexicons): %.1f ms wall, %.1f ms CPU\n", Seconds(t0, t1) * 1000,
              (c1 - c0) * 1000);

  auto sample = actorgraph::Ingest({}, {});
  if (!sample.ok() || sample->documents.empty()) return 1;
  Corpus big;
  std::size_t bytes = 0, rep = 0;
  while (bytes < target_mb * 1e6) {
    for (const Document& d : sample->documents) {
      Document c = d;
      c.id = d.id + "#" + std::to_string(rep);
      bytes += c.text.size();
      big.documents.push_back(std::move(c));
    }
    ++rep;
  }
  std::size_t sentences = 0;
  for (const Document& d : big.documents) sentences += actorgraph::SplitSentences(d.text).size();
  auto t2 = Clock::now();
  double c2 = CpuSeconds();
  std::size_t relations = 0;
  for (const Document& d : big.documents) relations += ex->Extract(d).relations.size();
  auto t3 = Clock::now();
  double c3 = CpuSeconds();
  double s = Seconds(t2, t3);
  double cpu = c3 - c2;
  std::printf("corpus: %zu documents, %.1f MB, %zu sentences\n", big.documents.size(), bytes / 1e6, sentences);
  std::printf("extraction (single thread, incl. sentence splitting): %.2f s, %.0f sentences/s, %.1f MB/s, %zu relations\n",
              s, sentences / s, bytes / 1e6 / s, relations);
  std::printf("  by CPU time: %.2f s, %.0f sentences/s, %.1f MB/s\n", cpu, sentences / cpu, bytes / 1e6 / cpu);
  if (argc > 1 && std::string(argv[argc - 1]) == "--micro") {
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
  }
  return 0;
}
