"""Checks on German–English pairs. Each module registers one family of checks on import."""
import importlib

# One module per family of checks; importing a module registers its checks.
FAMILIES = ("numbers", "dates", "years", "quotes", "omission", "repetition", "untranslated", "names",
            "confidence", "truncation", "dropped", "negation", "outlets", "fragments")


def load_all() -> None:
    for name in FAMILIES:
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{name}":
                raise
