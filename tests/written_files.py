"""Which files a piece of code writes, and whether any of them holds a child's name: a Python
audit hook, idle until asked.

Audit hooks cannot be removed, so there is one for the whole test process. `recording()`
collects the paths opened for writing (by `open`, `os.open`, ...) and the targets of renames
while its block runs. `watching(needles)` does the same and also reads every recorded file
just before it is removed (a temp file that leaked and was tidied away still leaked) and, at
the end, every recorded file still there: it yields the list of files that held one of the
needles. The autouse fixture in tests/conftest.py watches every test for the fictional case's
names.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the app loads this module in e2e panes (tests/e2e/site), without pytest
    import pytest

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_recording: list[list[str]] = []
_watching: list[tuple[tuple[bytes, ...], list[str]]] = []
_busy = False


def _hook(event: str, args: tuple[object, ...]) -> None:
    global _busy
    if _busy or not (_recording or _watching):
        return
    if event == "open":
        path, mode, flags = [*args, None, None][:3]
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if writing and isinstance(path, str | bytes | os.PathLike):
            _note(os.fsdecode(path))
    elif event in ("os.rename", "os.replace") and isinstance(args[1], str | bytes | os.PathLike):
        _note(os.fsdecode(args[1]))
    elif event == "os.remove" and _watching and isinstance(args[0], str | bytes | os.PathLike):
        path = os.path.abspath(os.fsdecode(args[0]))
        _busy = True
        try:
            for needles, leaks in _watching:
                if _holds(path, needles):
                    leaks.append(path)
        finally:
            _busy = False


def _note(path: str) -> None:
    path = os.path.abspath(path)
    for paths in _recording:
        paths.append(path)


def _holds(path: str, needles: tuple[bytes, ...]) -> bool:
    try:
        if not os.path.isfile(path):
            return False
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return False
    return any(needle in data for needle in needles)


sys.addaudithook(_hook)


@contextmanager
def recording() -> Iterator[list[str]]:
    """The paths opened for writing (or renamed to) while the block runs (filled in as it
    runs)."""
    paths: list[str] = []
    _recording.append(paths)
    try:
        yield paths
    finally:  # by identity: two lists of the same paths are equal, not the same
        del _recording[next(i for i, each in enumerate(_recording) if each is paths)]


def encoded(*needles: str) -> tuple[bytes, ...]:
    """The needles as they would stand in a file: UTF-8 and UTF-16."""
    return tuple(n.encode(enc) for n in needles for enc in ("utf-8", "utf-16-le"))


@contextmanager
def watching(*needles: str) -> Iterator[list[str]]:
    """The files written while the block runs that held one of `needles`: read when they
    are removed, and at the end of the block (filled in at the end)."""
    wanted = encoded(*needles)
    leaks: list[str] = []
    entry = (wanted, leaks)
    _watching.append(entry)
    try:
        with recording() as paths:
            yield leaks
    finally:
        del _watching[next(i for i, each in enumerate(_watching) if each is entry)]
    leaks.extend(path for path in dict.fromkeys(paths) if _holds(path, wanted))


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
