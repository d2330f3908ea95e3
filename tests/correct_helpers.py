"""Shared by the correction-family tests: the real checks and the real corrections on one pair."""
from pipeline.checks.config import load_config
from pipeline.checks.runner import run_checks
from pipeline.correct import correct_document
from pipeline.records import Unit

CONFIG = load_config()


def corrected(de: str, en: str):
    units = [Unit(id="u", source=de, translation=en)]
    flags = run_checks(units, CONFIG)
    return correct_document(units, flags, None, CONFIG)[0]
