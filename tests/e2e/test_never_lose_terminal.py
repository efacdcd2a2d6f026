"""A half-typed case in a real terminal (tmux): `ctrl+q` asks before it is thrown away, and a
dropped connection (SIGHUP to the running `rondom`) ends the app without writing the typed
text anywhere, while the store stays intact and its lock is released properly."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import files_containing
from tests.e2e.test_terminal_smoke import PASSPHRASE
from tests.e2e.tmux import RONDOM, Terminal

pytestmark = pytest.mark.e2e

HALF_TYPED = "Halfgetiktekind"
"""Typed into the case form, never saved."""


@pytest.fixture
def session(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    if shutil.which("tmux") is None:
        pytest.fail("tmux is missing: `make test` installs it (scripts/system-tools.sh)")
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    store = tmp_path / "winkel" / "store.rondom"
    made = subprocess.run(
        [
            *(str(RONDOM), "init", "--store", str(store), "--passphrase-file", str(passfile)),
            *("--recovery-key-file", str(tmp_path / "herstelsleutel.txt")),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    term = Terminal(f"rondom-never-{uuid.uuid4().hex[:8]}", tmp_path)
    term.start()
    yield term, store
    term.stop()


def _half_typed_case(term: Terminal, store: Path) -> None:
    term.type(f"clear; rondom --store {store}; echo exit=$?")
    term.send("Enter")
    term.wait_for("Opslag ontgrendelen")
    term.type(PASSPHRASE)
    term.send("Enter")
    term.wait_for("0 van 0 dossiers")
    term.send("n")
    term.wait_for("Nieuw dossier")
    term.type(HALF_TYPED)
    term.wait_for(HALF_TYPED)


def _rondom(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RONDOM), *args, "--store", str(store), "--passphrase-file", "-"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_ctrl_q_with_a_half_typed_case_asks_first(
    session: tuple[Terminal, Path], tmp_path: Path
) -> None:
    term, store = session
    _half_typed_case(term, store)
    term.send("C-q")
    term.wait_for("Afsluiten zonder op te slaan?")
    term.send("n")
    term.wait_for("Nieuw dossier")
    assert HALF_TYPED in term.screen()
    term.send("C-q")
    term.wait_for("Afsluiten zonder op te slaan?")
    term.send("j")
    term.wait_for("exit=0", timeout=20)
    assert files_containing(tmp_path, HALF_TYPED) == []


def test_a_hang_up_writes_nothing_half_typed_and_leaves_the_store_intact(
    session: tuple[Terminal, Path], tmp_path: Path
) -> None:
    term, store = session
    _half_typed_case(term, store)
    lock = store.parent / (store.name + ".lock")
    holder = json.loads(lock.read_text())
    os.kill(int(holder["pid"]), signal.SIGHUP)  # what a dropped SSH connection sends
    term.wait_for("exit=129", timeout=20)
    assert lock.read_text() == ""  # released by the app itself: it ended, it was not killed
    assert files_containing(tmp_path, HALF_TYPED) == []
    verified = _rondom(store, "verify")
    assert verified.returncode == 0, verified.stderr
    listed = _rondom(store, "list", "--json")
    assert json.loads(listed.stdout) == []
