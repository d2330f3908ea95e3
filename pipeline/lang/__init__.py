"""Language facts as data: one module per language, tables only (no checking logic).

``de`` and ``en`` share table names, so code that reads numbers, dates or years
takes the language module as a parameter instead of branching on the language.
"""
from . import de, en

LANGS = {"de": de, "en": en}
