"""Atomic writes leave complete files with the mode the user's umask gives, as open() would."""
import os
import stat

import pytest

from pipeline import atomic


@pytest.fixture
def umask():
    """Set the process umask for one test, and forget the one atomic.py read."""
    old = os.umask(0o022)
    os.umask(old)

    def set_mask(mask: int) -> None:
        os.umask(mask)
        atomic._umask.cache_clear()

    yield set_mask
    os.umask(old)
    atomic._umask.cache_clear()


MODES = [("usual", 0o022, 0o644), ("group-private", 0o027, 0o640), ("private", 0o077, 0o600),
         ("group-writable", 0o002, 0o664)]


@pytest.mark.parametrize("mask,mode", [c[1:] for c in MODES], ids=[c[0] for c in MODES])
def test_written_files_get_the_umask_mode(tmp_path, umask, mask, mode):
    umask(mask)
    for write, name, data in ((atomic.write_text, "a.txt", "x"), (atomic.write_json, "a.json", {"a": 1}),
                              (atomic.write_jsonl, "a.jsonl", [{"a": 1}])):
        write(tmp_path / name, data)
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode, name
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_rewrite_replaces_the_content_completely(tmp_path):
    path = tmp_path / "a.txt"
    atomic.write_text(path, "long old content\n")
    atomic.write_text(path, "new\n")
    assert path.read_text(encoding="utf-8") == "new\n"


def test_a_streamed_file_appears_only_when_complete(tmp_path):
    path = tmp_path / "report.md"
    atomic.write_text(path, "old\n")
    with atomic.atomic_writer(path) as f:
        f.write("new ")
        assert path.read_text(encoding="utf-8") == "old\n"  # readers see the old file while it is written
        f.write("and complete\n")
    assert path.read_text(encoding="utf-8") == "new and complete\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_a_stream_that_fails_leaves_the_old_file(tmp_path):
    path = tmp_path / "report.md"
    atomic.write_text(path, "old\n")
    with pytest.raises(RuntimeError):
        with atomic.atomic_writer(path) as f:
            f.write("half of a new ")
            raise RuntimeError("a record could not be read")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
