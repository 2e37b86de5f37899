#!/usr/bin/python3
"""Reproducible scale-free graphs for the speed benchmark, as CSV edge lists.

Barabasi-Albert preferential attachment (each new vertex links to m distinct
earlier ones, chosen with probability proportional to degree), every edge then
oriented at random: average total degree 2m, heavy-tailed, directed, mostly
one weakly connected component. Fixed seed: the same file on every machine.

  /usr/bin/python3 bench/graph/generate.py N M SEED OUT.csv
"""
import random
import sys


def scale_free(n, m, seed):
    rng = random.Random(seed)
    targets = list(range(m))  # the first vertex links to the m seed vertices
    repeated = []             # each vertex once per unit of degree
    edges = []
    for v in range(m, n):
        chosen = set()
        while len(chosen) < len(targets):
            chosen.update(targets)
        for t in sorted(chosen):
            edges.append((v, t) if rng.random() < 0.5 else (t, v))
        repeated.extend(sorted(chosen))
        repeated.extend([v] * m)
        targets = set()
        while len(targets) < m:
            targets.add(rng.choice(repeated))
        targets = sorted(targets)
    return edges


def main():
    n, m, seed, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    edges = scale_free(n, m, seed)
    with open(out, "w") as f:
        f.write("source,target\n")
        for u, v in edges:
            f.write(f"{u},{v}\n")
    print(f"{out}: {n} vertices, {len(edges)} edges, average total degree {2 * len(edges) / n:.2f}")


if __name__ == "__main__":
    main()
