#!/usr/bin/python3
"""Speed benchmark of actorgraph's graph engine against python-igraph and
NetworkX (Debian python3-igraph 0.10, python3-networkx 2.8), on the same
reproducible scale-free graphs, in one run. Not a test: it prints figures.

  /usr/bin/python3 bench/graph/run_bench.py [--build build] [--out /tmp/actorgraph-bench]
                                            [--repeat 5] [--nx-sources 100] [--skip-networkx]

Tasks (the issue's):
  betweenness  exact, directed, unweighted, on 10,000 vertices (average total degree 8)
  pagerank     converged (ours: L1 change < n * 1e-10), d = 0.85, on 100,000 vertices
  sssp         unweighted single-source distances from vertex 0, on 100,000 vertices

Each tool runs in its own process; loading the file (parse + build the graph
structure) is timed apart from the algorithm, peak memory (max RSS) is the
process's. PageRank and SSSP take the best of --repeat runs, betweenness one
run. NetworkX's exact betweenness would take tens of minutes here: it runs on
--nx-sources sampled sources and the time is scaled by n / sources ("est.").
Scores are compared with igraph's: the script fails if they disagree. The
machine's load average is printed with the figures: run when it is low.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Runs inside a fresh /usr/bin/python3: prints one JSON line.
PY_RUNNER = r'''
import json, resource, sys, time
tool, measure, path, repeat, nx_sources, scores_out = sys.argv[1:7]
repeat, nx_sources = int(repeat), int(nx_sources)
t0 = time.perf_counter()
edges = []
with open(path) as f:
    next(f)
    for line in f:
        u, v = line.split(",")
        edges.append((int(u), int(v)))
n = 1 + max(max(e) for e in edges)
if tool == "igraph":
    import igraph
    g = igraph.Graph(n=n, edges=edges, directed=True)
else:
    import networkx as nx
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
load = time.perf_counter() - t0
best, best_cpu, note, scores = 1e300, 1e300, "", None
for _ in range(repeat):
    t0, c0 = time.perf_counter(), time.process_time()
    if tool == "igraph":
        if measure == "betweenness":
            scores = g.betweenness(directed=True)
        elif measure == "pagerank":
            scores = g.pagerank(directed=True, damping=0.85)
        else:
            d = g.distances(source=0, mode="out")[0]
            scores = [x if x != float("inf") else -1 for x in d]
    else:
        if measure == "betweenness":
            k = min(nx_sources, n)
            nx.betweenness_centrality(g, k=k, normalized=False, seed=1)
            note = "est. from %d of %d sources" % (k, n)
        elif measure == "pagerank":
            from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
            _pagerank_python(g, alpha=0.85, tol=1e-10, max_iter=1000)
            note = "pure Python (no scipy here)"
        else:
            nx.single_source_shortest_path_length(g, 0)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    if tool == "networkx" and measure == "betweenness":
        elapsed *= n / k
        cpu *= n / k
    best, best_cpu = min(best, elapsed), min(best_cpu, cpu)
if scores_out != "-" and scores is not None:
    with open(scores_out, "w") as f:
        for i, s in enumerate(scores):
            f.write("%d,%r\n" % (i, s))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
print(json.dumps({"tool": tool, "measure": measure, "load_s": load, "compute_s": best, "cpu_s": best_cpu, "peak_mb": peak, "note": note}))
'''

TASKS = [  # measure, graph
    ("betweenness", "sf10k"),
    ("pagerank", "sf100k"),
    ("sssp", "sf100k"),
]
GRAPHS = {"sf10k": (10000, 4, 1), "sf100k": (100000, 4, 2)}


def run_json(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()
    return json.loads(out[-1])


def read_scores(path):
    scores = {}
    with open(path) as f:
        for line in f:
            k, v = line.strip().split(",")
            scores[int(k)] = float(v)
    return scores


def compare(measure, ours_path, theirs_path):
    ours, theirs = read_scores(ours_path), read_scores(theirs_path)
    if set(ours) != set(theirs):
        return False, "different vertex sets"
    worst = 0.0
    for k, a in ours.items():
        b = theirs[k]
        worst = max(worst, abs(a - b) / max(1.0, abs(b)) if measure == "betweenness" else abs(a - b))
    limit = {"betweenness": 1e-9, "pagerank": 1e-8, "sssp": 0.0}[measure]
    return worst <= limit, "max %s difference %.2e" % ("relative" if measure == "betweenness" else "absolute", worst)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"), help="build directory holding graph_bench")
    ap.add_argument("--out", default="/tmp/actorgraph-bench", help="where the graphs and scores go")
    ap.add_argument("--repeat", type=int, default=5, help="runs of PageRank and SSSP (best kept)")
    ap.add_argument("--nx-sources", type=int, default=100, help="sampled sources for NetworkX betweenness")
    ap.add_argument("--skip-networkx", action="store_true")
    args = ap.parse_args()

    bench = os.path.join(args.build, "graph_bench")
    if not os.path.exists(bench):
        sys.exit("no %s: build it first (cmake --build %s --target graph_bench)" % (bench, args.build))
    os.makedirs(args.out, exist_ok=True)
    for name, (n, m, seed) in GRAPHS.items():
        path = os.path.join(args.out, name + ".csv")
        if not os.path.exists(path):
            subprocess.run(["/usr/bin/python3", os.path.join(HERE, "generate.py"), str(n), str(m), str(seed), path],
                           check=True)
    print("machine: %d cores; load average before: %s" % (os.cpu_count(), open("/proc/loadavg").read().split()[:3]))
    rows, ok = [], True
    for measure, graph in TASKS:
        path = os.path.join(args.out, graph + ".csv")
        repeat = 1 if measure == "betweenness" else args.repeat
        results = []
        ours_scores = os.path.join(args.out, "actorgraph-%s.csv" % measure)
        for threads in ([1, 2] if measure == "betweenness" else [2]):
            r = run_json([bench, path, measure, "--threads", str(threads), "--repeat", str(repeat),
                          "--scores", ours_scores])
            r["tool"] = "actorgraph (%d thread%s)" % (threads, "" if threads == 1 else "s")
            r["load_s"] += r.pop("csr_s")
            results.append(r)
        igraph_scores = os.path.join(args.out, "igraph-%s.csv" % measure)
        results.append(run_json(["/usr/bin/python3", "-c", PY_RUNNER, "igraph", measure, path, str(repeat),
                                 str(args.nx_sources), igraph_scores]))
        if not args.skip_networkx:
            results.append(run_json(["/usr/bin/python3", "-c", PY_RUNNER, "networkx", measure, path,
                                     str(1 if measure != "sssp" else repeat), str(args.nx_sources), "-"]))
        same, detail = compare(measure, ours_scores, igraph_scores)
        ok &= same
        others = [r["compute_s"] for r in results if not r["tool"].startswith("actorgraph")]
        fastest_other = min(others)
        ours = min(r["compute_s"] for r in results if r["tool"].startswith("actorgraph"))
        rows.append((measure, graph, results, fastest_other / ours, same, detail))

    print("\n(compute s: wall clock of the algorithm alone; cpu s: CPU time it used, all threads; on a loaded")
    print(" machine wall clock also counts waiting for a core)")
    print("%-12s %-7s %-24s %9s %10s %9s %8s  %s" % ("task", "graph", "tool", "load s", "compute s", "cpu s",
                                                       "peak MB", "note"))
    for measure, graph, results, speedup, same, detail in rows:
        for r in results:
            print("%-12s %-7s %-24s %9.3f %10.4f %9.4f %8.1f  %s" % (
                measure, graph, r["tool"], r["load_s"], r["compute_s"], r["cpu_s"], r["peak_mb"], r.get("note", "")))
        print("%-12s -> actorgraph %.2fx faster than the fastest other; scores vs igraph: %s (%s)\n" % (
            measure, speedup, "agree" if same else "DISAGREE", detail))
    print("load average after: %s" % open("/proc/loadavg").read().split()[:3])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
