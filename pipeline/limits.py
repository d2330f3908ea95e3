"""Input limits as data (``limits.toml``): what keeps every stage linear or bounded in its input."""
from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Limits:
    article_bytes: int
    paragraph_chars: int
    pairs_file_bytes: int
    name_key_chars: int
    beam_size: int
    nbest: int
    batch_size: int
    max_length: int

    def to_json(self) -> dict:
        return asdict(self)


def _table() -> dict:
    text = resources.files("pipeline").joinpath("limits.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["limits"]


@lru_cache(maxsize=1)
def limits() -> Limits:
    return Limits(**_table())


def over_limit_message(chars: int, limit: int) -> str:
    """The one wording for a unit kept but not checked, used by readers and the check runner."""
    return f"{chars:,} characters, over the limit of {limit:,}: kept and translated, not checked"
