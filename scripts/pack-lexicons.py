#!/usr/bin/env python3
"""Appends the lexicon folder to a newsgraph binary as a pack it reads at run time (LexiconLocator),
so the binary works when copied anywhere.  Usage: scripts/pack-lexicons.py LEXICON_DIR BINARY"""
import os, struct, sys

lexdir, binary = sys.argv[1], sys.argv[2]
payload = b""
for name in sorted(os.listdir(lexdir)):
    if name.endswith((".tsv", ".txt")):
        with open(os.path.join(lexdir, name), "rb") as f:
            data = f.read()
        n = name.encode()
        payload += struct.pack("<I", len(n)) + n + struct.pack("<Q", len(data)) + data
with open(binary, "ab") as f:
    f.write(payload + struct.pack("<Q", len(payload)) + b"NGLEXPK1")
