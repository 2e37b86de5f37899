// Static, deterministic parallel loops: item i always goes to worker
// i % workers, so per-worker partial sums (added up in worker order) give the
// same result on every run with the same number of workers.
#ifndef ACTORGRAPH_MEASURES_PARALLEL_H_
#define ACTORGRAPH_MEASURES_PARALLEL_H_

#include <algorithm>
#include <thread>
#include <vector>

namespace actorgraph {

/// Number of workers to use: `requested` if positive, else the hardware
/// concurrency (at least 1), never more than `items`.
inline int WorkerCount(int requested, long items) {
  int hw = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  int w = requested > 0 ? requested : hw;
  return static_cast<int>(std::max(1L, std::min<long>(w, items)));
}

/// Calls body(worker, i) for i in [0, items), item i on worker i % workers.
template <typename Body>
void ParallelFor(long items, int workers, Body body) {
  if (workers <= 1) {
    for (long i = 0; i < items; ++i) body(0, i);
    return;
  }
  std::vector<std::thread> threads;
  for (int w = 0; w < workers; ++w) {
    threads.emplace_back([w, workers, items, &body] {
      for (long i = w; i < items; i += workers) body(w, i);
    });
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_MEASURES_PARALLEL_H_
