#!/usr/bin/env python3
"""List the public holidays of the German-speaking countries with their German and English names.

    pip install holidays && python3 bench/holiday_names.py > tests/holiday_names_data.py

The names come from the `holidays` package (every subdivision of Germany, Austria, Switzerland and
Liechtenstein, over several years, so moving and one-off holidays are seen): German ("de") and US
English ("en_US"). The output is the table tests/test_checks_dates.py reads to check that
pipeline/lang/de.py and en.py know every one of them under one key. The package is needed only to
rebuild the table, not to run deen.
"""
from __future__ import annotations

import holidays

COUNTRIES = ("DE", "AT", "CH", "LI")
YEARS = (2019, 2020, 2023, 2025)
# Names left out of the table, with the reason.
SKIPPED = {
    "Staatsfeiertag": "Austria's 1 May and Liechtenstein's 15 August: two holidays, and any 'state holiday'",
    "Bruder Klaus": "a saint's name (Niklaus von Flüe), not a holiday's",
}


def names() -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for cc in COUNTRIES:
        subdivisions = (None, *holidays.country_holidays(cc).subdivisions)
        for sub in subdivisions:
            for year in YEARS:
                de = holidays.country_holidays(cc, subdiv=sub, years=year, language="de")
                en = holidays.country_holidays(cc, subdiv=sub, years=year, language="en_US")
                for day, name in de.items():
                    for d, e in zip(name.split("; "), en[day].split("; ")):
                        if d not in SKIPPED:
                            out.setdefault((d, e), set()).add(cc)
    return out


def main() -> None:
    print(f'"""Holiday names of {", ".join(COUNTRIES)} from the `holidays` package {holidays.__version__} '
          f'(bench/holiday_names.py)."""')
    print("HOLIDAY_NAMES = (  # German, English (en_US), countries")
    for (d, e), ccs in sorted(names().items()):
        print(f"    ({d!r}, {e!r}, {'/'.join(sorted(ccs))!r}),")
    print(")")


if __name__ == "__main__":
    main()
