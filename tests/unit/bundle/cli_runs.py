"""Helpers for the tests of `rondom export` and `rondom import`: running the command on a
fictional store, a passphrase file, a fake terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from bundle_fixtures import STORE_PASSPHRASE

from rondom_tui.cli.program import main
from rondom_tui.store.repository import Store


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RONDOM_STORE", raising=False)
    monkeypatch.delenv("RONDOM_PASSPHRASE_FILE", raising=False)


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "store-pass.txt"
    path.write_text(STORE_PASSPHRASE + "\n")
    return path


def rondom(store: Store | Path, passfile: Path, *args: str) -> int:
    """Run `rondom` on a store that is closed first (the command takes its lock)."""
    path = store if isinstance(store, Path) else store.path
    if isinstance(store, Store):
        store.close()
    return main([*args, "--store", str(path), "--passphrase-file", str(passfile)])


class FakeTerminal(io.StringIO):
    """Standard input that says it is a terminal; what it holds is the user's answer."""

    def isatty(self) -> bool:
        return True


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]
