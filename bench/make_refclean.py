#!/usr/bin/env python3
"""Clean pairs the checks were not tuned on: the human references of dev's corrupted records.

Records whose injected error also changed the German (spurious_year, quote_split) are left
out, so every output pair is German with its professional English translation: any
error/warning flag on them is a false alarm (or a flaw of the reference itself).

    python3 bench/make_refclean.py ../shared/bench/dev.jsonl --out /tmp/refclean.jsonl
"""
import argparse
import json

SOURCE_CHANGED = {"spurious_year", "quote_split"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bench")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    n = 0
    with open(args.bench, encoding="utf-8") as f, open(args.out, "w", encoding="utf-8") as out:
        for line in f:
            r = json.loads(line)
            if r["errors"] and r["errors"][0]["type"] not in SOURCE_CHANGED:
                out.write(json.dumps({"id": r["id"], "doc_id": r["doc_id"], "source": r["source"],
                                      "translation": r["reference"], "reference": r["reference"],
                                      "errors": []}, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} clean pairs written to {args.out}")


if __name__ == "__main__":
    main()
