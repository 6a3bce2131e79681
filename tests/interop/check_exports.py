"""Reads PartnerMap's GraphML and GEXF exports with real readers and checks them.

    /usr/bin/python3 tests/interop/check_exports.py DIR NAME [NAME ...]

For each NAME, DIR holds NAME.graphml, NAME.gexf (GEXF 1.2draft), NAME.1.3.gexf and
NAME.expected.json (written by tests/interop/exports.test.ts straight from the map, not from
the writers). The GraphML is read with networkx (read_graphml) and igraph (Graph.Read_GraphML),
the GEXF with networkx (read_gexf; GEXF 1.3 only when this networkx knows it). Checked: actor
and tie counts, and per actor its label, kind and type, per tie its ends, motives, frequency
and direction. Then networkx and igraph write the graphs again (NAME.nx.graphml,
NAME.nx.gexf, NAME.ig.graphml) for PartnerMap to read back.

Prints one JSON line {"checked": [...], "skipped": [...]}; mismatches go to stderr, exit 1.
"""
import json
import os
import sys

import igraph as ig
import networkx as nx
from networkx.readwrite.gexf import GEXF

problems = []


def blank(value):
    """Missing values: networkx leaves the attribute out, igraph gives '' or None."""
    return None if value in (None, "") else value


def check(where, field, actual, expected):
    if blank(actual) != blank(expected):
        problems.append(f"{where}: {field} is {actual!r}, expected {expected!r}")


def split(value):
    return [] if blank(value) is None else value.split(";")


def check_actor(where, attrs, actor):
    check(where, "label", attrs.get("label"), actor["label"])
    check(where, "kind", attrs.get("kind"), actor["kind"])
    check(where, "type", attrs.get("type"), actor["type"])


def check_tie(where, attrs, tie):
    check(where, "motives", split(attrs.get("motives")), tie["motives"])
    check(where, "frequency", attrs.get("frequency"), tie["frequency"])
    check(where, "directed", attrs.get("directed"), tie["directed"])


def check_networkx(label, graph, expected):
    actors = {a["id"]: a for a in expected["actors"]}
    check(label, "actor count", graph.number_of_nodes(), len(actors))
    check(label, "tie count", graph.number_of_edges(), len(expected["ties"]))
    for node, attrs in graph.nodes(data=True):
        check_actor(f"{label} node {node}", attrs, actors[node])
    for tie in expected["ties"]:
        source, target = tie["source"], tie["target"]
        if not graph.has_edge(source, target):
            problems.append(f"{label}: no edge {source} - {target}")
            continue
        attrs = graph.edges[source, target]
        check(f"{label} edge {tie['id']}", "id", attrs.get("id"), tie["id"])
        check_tie(f"{label} edge {tie['id']}", attrs, tie)


def check_igraph(label, graph, expected):
    actors = {a["id"]: a for a in expected["actors"]}
    check(label, "actor count", graph.vcount(), len(actors))
    check(label, "tie count", graph.ecount(), len(expected["ties"]))
    ids = graph.vs["id"]
    for vertex in graph.vs:
        check_actor(f"{label} vertex {vertex['id']}", vertex.attributes(), actors[vertex["id"]])
    edges = {e["id"]: e for e in graph.es}
    for tie in expected["ties"]:
        edge = edges.get(tie["id"])
        if edge is None:
            problems.append(f"{label}: no edge {tie['id']}")
            continue
        ends = {ids[edge.source], ids[edge.target]}
        check(f"{label} edge {tie['id']}", "ends", ends, {tie["source"], tie["target"]})
        check_tie(f"{label} edge {tie['id']}", edge.attributes(), tie)


def main(folder, names):
    checked, skipped = [], []
    reads_gexf_13 = "1.3" in GEXF.versions
    for name in names:
        path = lambda suffix: os.path.join(folder, name + suffix)  # noqa: E731
        with open(path(".expected.json"), encoding="utf-8") as f:
            expected = json.load(f)

        graph = nx.read_graphml(path(".graphml"))
        check_networkx(f"{name} networkx GraphML", graph, expected)
        checked.append(f"{name}: networkx {nx.__version__} read_graphml")

        igraph_graph = ig.Graph.Read_GraphML(path(".graphml"))
        check_igraph(f"{name} igraph GraphML", igraph_graph, expected)
        checked.append(f"{name}: igraph {ig.__version__} Read_GraphML")

        gexf_graph = nx.read_gexf(path(".gexf"))
        check_networkx(f"{name} networkx GEXF 1.2draft", gexf_graph, expected)
        checked.append(f"{name}: networkx {nx.__version__} read_gexf (1.2draft)")
        if reads_gexf_13:
            check_networkx(f"{name} networkx GEXF 1.3", nx.read_gexf(path(".1.3.gexf")), expected)
            checked.append(f"{name}: networkx {nx.__version__} read_gexf (1.3)")
        else:
            skipped.append(f"{name}: GEXF 1.3 (networkx {nx.__version__} reads only 1.1 and 1.2)")

        nx.write_graphml(graph, path(".nx.graphml"))
        nx.write_gexf(gexf_graph, path(".nx.gexf"))
        igraph_graph.write_graphml(path(".ig.graphml"))

    for problem in problems:
        print(problem, file=sys.stderr)
    print(json.dumps({"checked": checked, "skipped": skipped}))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
