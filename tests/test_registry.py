"""The check registry and its config: every check documented, thresholds validated up front."""
import pytest

from pipeline.checks import FAMILIES, load_all
from pipeline.checks.config import load_config
from pipeline.checks.registry import REGISTRY
from pipeline.errors import ConfigError
from pipeline.records import Category, Severity

load_all()


def test_every_family_registers_checks():
    families = {spec.func.__module__.rsplit(".", 1)[1] for spec in REGISTRY.values()}
    assert families == set(FAMILIES)


@pytest.mark.parametrize("check_id", sorted(REGISTRY))
def test_every_check_is_documented_and_typed(check_id):
    spec = REGISTRY[check_id]
    assert spec.title and not spec.title.endswith(" ")
    assert isinstance(spec.category, Category) and isinstance(spec.severity, Severity)


def test_categories_cover_the_benchmark():
    cats = {s.category.value for s in REGISTRY.values()}
    assert cats >= {"number", "date", "quote", "omission", "repetition", "untranslated", "name"}


BAD_CONFIGS = [
    ("unknown-check", "[no_such_check]\nenabled = false\n", "unknown check [no_such_check]"),
    ("unknown-key", "[{cid}]\nno_such_key = 1\n", "unknown key 'no_such_key'"),
    ("bad-severity", "[{cid}]\nseverity = \"fatal\"\n", "severity 'fatal'"),
    ("bad-toml", "[[[", "invalid TOML"),
]


@pytest.mark.parametrize("text,needle", [c[1:] for c in BAD_CONFIGS], ids=[c[0] for c in BAD_CONFIGS])
def test_bad_config_is_rejected_with_the_key_named(tmp_path, text, needle):
    cid = sorted(REGISTRY)[0]
    f = tmp_path / "c.toml"
    f.write_text(text.replace("{cid}", cid), encoding="utf-8")
    with pytest.raises(ConfigError, match=needle.replace("[", r"\[").replace("]", r"\]")):
        load_config(f)


def test_all_problems_are_reported_together(tmp_path):
    f = tmp_path / "c.toml"
    f.write_text("[nope1]\nx = 1\n[nope2]\ny = 2\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(f)
    assert "nope1" in str(e.value) and "nope2" in str(e.value)


def test_config_can_disable_and_retune(tmp_path):
    cid = sorted(REGISTRY)[0]
    f = tmp_path / "c.toml"
    f.write_text(f"[{cid}]\nenabled = false\nseverity = \"info\"\n", encoding="utf-8")
    cfg = load_config(f)
    assert not cfg.enabled(cid)
    assert cfg.params(cid)["severity"] == "info"
    assert cfg.signature() != load_config().signature()


def test_only_runs_the_named_checks_even_when_disabled(tmp_path):
    from pipeline.checks.runner import run_checks
    from pipeline.records import Unit

    f = tmp_path / "c.toml"
    f.write_text("[number_mismatch]\nenabled = false\n", encoding="utf-8")
    unit = Unit(id="u", source="Mehr als 10.000 Soldaten kamen am 6. August.",
                translation="More than 1,000 soldiers came on August 7.")
    assert not [x for x in run_checks([unit], load_config(f))[0] if x.check == "number_mismatch"]
    flags = run_checks([unit], load_config(f), only={"number_mismatch"})[0]
    assert flags and {x.check for x in flags} == {"number_mismatch"}
    with pytest.raises(ConfigError, match="no_such"):
        run_checks([unit], only={"no_such"})
