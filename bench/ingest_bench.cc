// Ingest + sentence split throughput. The headline case is the 50 MB
// single-line document (linear time: no backtracking on the hot path); the
// sample corpus shows the per-article cost.
//   build-docs/ingest_bench --benchmark_filter=SingleLine
#include <benchmark/benchmark.h>

#include <string>

#include "documents/ingest.h"
#include "sentences/splitter.h"

namespace actorgraph {
namespace {

// `size` bytes of news-like prose on one line, with abbreviations, numbers,
// quotes and no two sentences alike (so the repeat filter keeps them all).
std::string SingleLineDocument(std::size_t size) {
  std::string text;
  text.reserve(size + 256);
  for (std::size_t i = 0; text.size() < size; ++i) {
    text += "Talks number " + std::to_string(i) +
            " in Cairo on Oct. 7 drew U.S. envoy Dr. Haddad, who said \"progress is real.\" "
            "Some 1,200 people and 3.5 percent more aid arrived! Was it enough? ";
  }
  return text;
}

void BM_IngestAndSplitSingleLine(benchmark::State& state) {
  const std::string text = SingleLineDocument(static_cast<std::size_t>(state.range(0)) << 20);
  std::size_t sentences = 0;
  for (auto _ : state) {
    Corpus corpus;
    IngestBytes("big.txt", text, &corpus);
    sentences = SplitSentences(corpus.documents.at(0).text).size();
    benchmark::DoNotOptimize(sentences);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["sentences"] = static_cast<double>(sentences);
}
BENCHMARK(BM_IngestAndSplitSingleLine)->Arg(1)->Arg(10)->Arg(50)
    ->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SplitOnlySingleLine(benchmark::State& state) {
  const std::string text = SingleLineDocument(static_cast<std::size_t>(state.range(0)) << 20);
  for (auto _ : state) benchmark::DoNotOptimize(SplitSentences(text).size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_SplitOnlySingleLine)->Arg(50)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_IngestSampleCorpus(benchmark::State& state) {
  std::size_t sentences = 0;
  for (auto _ : state) {
    Result<Corpus> corpus = Ingest({}, IngestOptions{});
    sentences = 0;
    for (const Document& d : corpus->documents) sentences += SplitSentences(d.text).size();
    benchmark::DoNotOptimize(sentences);
  }
  state.counters["sentences"] = static_cast<double>(sentences);
}
BENCHMARK(BM_IngestSampleCorpus)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace actorgraph

BENCHMARK_MAIN();
