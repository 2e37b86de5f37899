#!/usr/bin/env python3
"""Independent readers for the render tests: parses an output file with
Python's own XML parser (or NetworkX for GEXF/Pajek) and prints a JSON summary
the C++ tests assert on.

  read_outputs.py xml FILE    -> {"root": tag, "counts": {local tag: n}, "text": all text, "ids": [...]}
  read_outputs.py gexf FILE   -> {"nodes": n, "edges": m, "node_attrs": {...}, "edge_kinds": [...]}
  read_outputs.py pajek FILE  -> {"nodes": n, "edges": m, "labels": [...]}
"""
import json
import sys
import xml.etree.ElementTree as ET


def local(tag):
    return tag.split('}', 1)[-1]


def xml_summary(path):
    root = ET.parse(path).getroot()  # raises on malformed XML -> non-zero exit
    counts, ids, texts = {}, [], []
    for el in root.iter():
        name = local(el.tag)
        counts[name] = counts.get(name, 0) + 1
        if 'id' in el.attrib:
            ids.append(el.attrib['id'])
        for key, value in el.attrib.items():
            if local(key) == 'title':
                texts.append(value)
        if el.text:
            texts.append(el.text)
    return {"root": local(root.tag), "counts": counts, "ids": ids, "text": "\n".join(texts)}


def gexf_summary(path):
    import networkx as nx
    g = nx.read_gexf(path)
    node_attrs = {n: {k: v for k, v in d.items()} for n, d in g.nodes(data=True)}
    kinds = sorted(d.get("relation", "") for _, _, d in g.edges(data=True))
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "node_attrs": node_attrs,
            "edge_kinds": kinds}


def pajek_summary(path):
    import networkx as nx
    g = nx.read_pajek(path)
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "labels": sorted(g.nodes())}


def main():
    mode, path = sys.argv[1], sys.argv[2]
    fn = {"xml": xml_summary, "gexf": gexf_summary, "pajek": pajek_summary}[mode]
    json.dump(fn(path), sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
