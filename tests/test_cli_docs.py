"""Every command teaches: it has help text, and `--help` works."""
import pytest
import typer
from typer.testing import CliRunner

from pipeline.cli import app

COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands]
GROUPS = [g.name for g in app.registered_groups]


@pytest.mark.parametrize("name", COMMANDS + GROUPS)
def test_command_has_help(name):
    res = CliRunner().invoke(app, [name, "--help"])
    assert res.exit_code == 0, res.output
    assert "Usage" in res.output


def test_main_commands_are_registered():
    assert {"translate", "check", "segment", "report", "apply-review", "evaluate", "checks"} <= set(COMMANDS)


@pytest.mark.parametrize("cmd", [c for c in app.registered_commands])
def test_docstrings(cmd):
    assert (cmd.callback.__doc__ or "").strip(), cmd.name
