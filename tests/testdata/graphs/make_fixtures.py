#!/usr/bin/python3
"""Writes the graph fixtures of tests/graph and tests/measures with NetworkX
(Debian python3-networkx 2.8), the second implementation our measures are
checked against. Run once: /usr/bin/python3 make_fixtures.py (from this folder).
Files:
  nx_small.graphml / nx_small.gexf / nx_small_undirected.graphml / nx_small.json
      a small attributed graph written by NetworkX's own writers (import tests)
  florentine.csv, karate.csv, random_*.csv
      edge lists of the classic networks and seeded random graphs
  *.expected.json
      NetworkX's values for every measure on those graphs
"""
import json
import random

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python


def small():
    g = nx.DiGraph()
    g.add_node("USA", label="United States", kind="country", party="USA", region="Americas")
    g.add_node("QAT", label="Qatar", kind="country", party="QAT")
    g.add_node("HAMAS", label="Hamas", kind="organization", party="HAMAS")
    g.add_node("ISR", label="Israel", kind="country", party="ISR")
    g.add_edge("USA", "QAT", kind="meet", weight=3.0, note="Doha & talks")
    g.add_edge("QAT", "HAMAS", kind="mediate", weight=2.0)
    g.add_edge("QAT", "ISR", kind="mediate", weight=1.5)
    g.add_edge("HAMAS", "ISR", kind="attack", weight=1.0)
    return g


def write_imports():
    g = small()
    nx.write_graphml(g, "nx_small.graphml")
    nx.write_gexf(g, "nx_small.gexf")
    nx.write_graphml(g.to_undirected(), "nx_small_undirected.graphml")
    with open("nx_small.json", "w") as f:
        json.dump(nx.node_link_data(g), f, indent=1, sort_keys=True)


def write_csv(g, path):
    """source,target[,weight]: NetworkX's karate graph carries weights, which
    its pagerank uses (our PageRank is weighted by default too)."""
    weighted = any("weight" in d for _, _, d in g.edges(data=True))
    with open(path, "w") as f:
        f.write("source,target,weight\n" if weighted else "source,target\n")
        for u, v, d in sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
            f.write(f"{u},{v},{d['weight']}\n" if weighted else f"{u},{v}\n")


def measures(g):
    """Every measure we compare, on g as a DiGraph (or Graph) of NetworkX."""
    ug = g.to_undirected()
    out = {
        "directed": g.is_directed(),
        "n": g.number_of_nodes(),
        "betweenness": nx.betweenness_centrality(g, normalized=True),
        "betweenness_raw": nx.betweenness_centrality(g, normalized=False),
        "betweenness_undirected": nx.betweenness_centrality(ug, normalized=True),
        "closeness": nx.closeness_centrality(g),  # incoming distance, WF improved
        "harmonic": nx.harmonic_centrality(g),
        "pagerank": _pagerank_python(g, alpha=0.85, tol=1e-10, max_iter=1000),
        "eigenvector_undirected": nx.eigenvector_centrality(ug, max_iter=10000, tol=1e-12),
        "constraint": nx.constraint(g),
        "effective_size": nx.effective_size(g),
        "core_number": nx.core_number(ug),
        "components": sorted(sorted(str(x) for x in c) for c in nx.connected_components(ug)),
    }
    for k, v in list(out.items()):
        if isinstance(v, dict):
            out[k] = {str(n): (None if x != x else x) for n, x in v.items()}  # NaN -> null
    return out


def scale_free_directed(n, m, seed):
    ug = nx.barabasi_albert_graph(n, m, seed=seed)
    rng = random.Random(seed)
    g = nx.DiGraph()
    g.add_nodes_from(ug.nodes())
    for u, v in ug.edges():
        if rng.random() < 0.5:
            g.add_edge(u, v)
        else:
            g.add_edge(v, u)
        if rng.random() < 0.1:  # some mutual ties
            g.add_edge(u, v)
            g.add_edge(v, u)
    return g


def main():
    write_imports()
    flor = nx.florentine_families_graph()
    karate = nx.karate_club_graph()
    cases = {"florentine": flor, "karate": karate}
    # Directed, disconnected, with dangling vertices: where Boost's defaults go wrong.
    rnd = scale_free_directed(40, 2, seed=7)
    rnd.add_edge("iso_a", "iso_b")  # a second component
    cases["random_directed"] = rnd
    for name, g in cases.items():
        write_csv(g, f"{name}.csv")
        with open(f"{name}.expected.json", "w") as f:
            json.dump(measures(g), f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
