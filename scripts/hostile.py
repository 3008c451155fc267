#!/usr/bin/env python3
"""Writes the hostile benchmark inputs (one document each) into OUT_DIR at a given scale (1.0 = full size).

Usage: scripts/hostile.py CORPUS_DIR OUT_DIR [SCALE]
  joined-1mb/, joined-2mb/, joined-10mb/  corpus articles joined into one document of that size
  names/        4,000 lines of 'Senator Aaaaaaa Bbbbbbb met Ccccccc on Monday.' with varied names
  quotes/       2,000 quotations in one 66 KB sentence
  nested/       100 KB of nested "He said '…" reported speech
  oneline/      one line of 20,000 sentences
Deterministic: the same arguments give the same bytes."""
import os, sys

def words(n, seed):
    """n distinct capitalised pseudo-names (letters only), deterministic."""
    out, x = [], seed
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(n):
        s = ""
        v = i * 7919 + seed
        for _ in range(7):
            s += letters[v % 26]
            v = v // 26 + 17 * (i + 3)
        out.append(s.capitalize())
    return out

def write(out, name, text):
    d = os.path.join(out, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)

def main():
    corpus, out = sys.argv[1], sys.argv[2]
    scale = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    arts = []
    if os.path.isdir(corpus):
        for n in sorted(os.listdir(corpus)):
            if n.endswith(".txt"):
                with open(os.path.join(corpus, n), encoding="utf-8", errors="replace") as f:
                    arts.append(f.read())
    def joined(size):
        parts, total, i = [], 0, 0
        while arts and total < size:
            a = arts[i % len(arts)]
            parts.append(a); total += len(a.encode()) + 2; i += 1
        return "\n\n".join(parts)
    for label, mb in (("joined-1mb", 1), ("joined-2mb", 2), ("joined-10mb", 10)):
        if arts:
            write(out, label, joined(int(mb * 1_000_000 * scale)))
    n = int(4000 * scale)
    a, b, c = words(n, 1), words(n, 2), words(n, 3)
    write(out, "names", "".join(f"Senator {a[i]} {b[i]} met {c[i]} on Monday.\n" for i in range(n)))
    q = int(2000 * scale)
    write(out, "quotes", " ".join(f"Smith said \u201cwe win {i}\u201d and" for i in range(q)) + " left.\n")
    depth = int(100_000 * scale) // 19
    write(out, "nested", "".join("He said \"she said '" if i % 2 == 0 else "She said 'he said \"" for i in range(depth)) + "yes.\n")
    s = int(20000 * scale)
    write(out, "oneline", " ".join(f"Minister {a[i % len(a)]} visited Paris on day {i}." for i in range(s)) + "\n")

main()
