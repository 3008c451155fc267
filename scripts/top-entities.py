#!/usr/bin/env python3
"""Lists the most-mentioned entities of a graph.json with their type and aliases, for checking by eye that
each is one real actor with a clean name (issue 11: no headline phrase or junk among the 200 most mentioned,
no alias that names another person).

usage: scripts/top-entities.py GRAPH.json [N=200]
"""
import json
import sys


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__.strip())
    graph = json.load(open(sys.argv[1], encoding="utf-8"))
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    ranked = sorted(graph["entities"], key=lambda e: (-len(e["mentions"]), e["id"]))[:n]
    for i, e in enumerate(ranked, 1):
        print(f"{i:4} {len(e['mentions']):6} {e['type']:12} {e['name']}")
        print(f"{'':24}aliases: {' | '.join(e['aliases'])}")


if __name__ == "__main__":
    main()
