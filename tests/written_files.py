"""Which files a piece of code opens for writing: a Python audit hook, idle until asked.

Audit hooks cannot be removed, so there is one for the whole test process; `recording()`
collects the paths opened for writing (by `open`, `os.open`, ...) while its block runs.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_recording: list[list[str]] = []


def _hook(event: str, args: tuple[object, ...]) -> None:
    if not _recording or event != "open":
        return
    path, mode, flags = [*args, None, None][:3]
    writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
        isinstance(flags, int) and flags & _WRITE_FLAGS
    )
    if writing and isinstance(path, str | bytes | os.PathLike):
        _recording[-1].append(os.fsdecode(path))


sys.addaudithook(_hook)


@contextmanager
def recording() -> Iterator[list[str]]:
    """The paths opened for writing while the block runs (filled in as it runs)."""
    paths: list[str] = []
    _recording.append(paths)
    try:
        yield paths
    finally:
        _recording.remove(paths)


def files_under(*folders: Path) -> dict[Path, bytes]:
    """Every file below the folders, with its bytes."""
    found = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                found[path] = path.read_bytes()
    return found


def isolated_folders(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A fresh working folder and temp folder under `root` (where a library would spill
    files), made current for the test: `(work, temp)`."""
    work, temp = root / "cwd", root / "tmp"
    work.mkdir()
    temp.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return work, temp
