"""Issue 8, finding 1 in a real terminal (tmux): a store holding escape sequences in every text
field, opened by the installed `rondom`, never retitles the terminal and never sends it an
OSC sequence of its own (title, clipboard, link), a cleared screen or a bell.

The pane's title is set to PROBE first by a plain `printf`, which shows that tmux follows a
title sequence and so that this test would see one; everything the pane's programs write is
recorded raw with `tmux pipe-pane`: the app through the case list, the case, the Tijdlijn and
meeting mode, then `rondom list` and `rondom audit` of the same store.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.tmux import RONDOM, Terminal, terminal
from tests.hostile_data import hostile_store

pytestmark = pytest.mark.e2e

__all__ = ["terminal"]  # the fixture, shared with the smoke test

PASSPHRASE = "een lange geheime zin voor tmux"
TEXTUAL_POINTER = re.compile(rb"\x1b\]22;[a-z-]*\x07")
"""The one OSC sequence Textual itself sends (the mouse pointer's shape): not from data."""
FORBIDDEN = re.compile(
    rb"\x1b\]|\x1b\[2J|\x1bP|\x1b_|\x1b\^|\x07|\x7f|\xc2[\x80-\x9f]"
    rb"|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c"
)
"""OSC, DCS, APC, PM, a cleared screen, BEL, DEL, C1 controls and bidi controls, as UTF-8."""


@pytest.fixture
def recorded(terminal: Terminal, tmp_path: Path) -> Iterator[Path]:
    raw = tmp_path / "raw.log"
    terminal.type("printf '\\033]2;PROBE\\033\\\\'")
    terminal.send("Enter")
    _wait_for_title(terminal, "PROBE")
    terminal.tmux("pipe-pane", "-t", "smoke", "-o", f"cat >> {raw}")
    yield raw
    terminal.tmux("pipe-pane", "-t", "smoke")


def _title(terminal: Terminal) -> str:
    return terminal.tmux("display", "-p", "-t", "smoke", "#{pane_title}").strip()


def _wait_for_title(terminal: Terminal, title: str) -> None:
    deadline = time.monotonic() + 10
    while _title(terminal) != title and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _title(terminal) == title


def _press(terminal: Terminal, key: str, then: str) -> None:
    """One key, then wait for what it shows (an escape followed too soon by a letter would
    reach the app as alt+letter)."""
    terminal.send(key)
    terminal.wait_for(then)
    time.sleep(0.3)


def test_a_hostile_store_never_retitles_the_terminal_or_sends_it_sequences(
    terminal: Terminal, recorded: Path, tmp_path: Path
) -> None:
    store = tmp_path / "vreemd.rondom"
    hostile_store(store, PASSPHRASE)
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")

    terminal.type(f"rondom --store {store}; echo exit=$?")
    terminal.send("Enter")
    terminal.wait_for("Opslag ontgrendelen")
    terminal.type(PASSPHRASE)
    _press(terminal, "Enter", "1 van 1 dossier")
    assert "PWNED" in terminal.screen()  # the case list shows the words
    _press(terminal, "Enter", "Gebeurtenissen op de tijdlijn")  # the case
    _press(terminal, "t", "Alle gebeurtenissen")  # the Tijdlijn
    _press(terminal, "Escape", "Gebeurtenissen op de tijdlijn")
    _press(terminal, "s", "Zelfevaluaties zeven sleutels")
    _press(terminal, "Enter", "Investeren in relaties")  # meeting mode, key 1
    assert _title(terminal) == "PROBE"
    terminal.send("C-q")
    terminal.wait_for("exit=0", timeout=20)

    for command in ("list", "audit"):
        terminal.type(f"{RONDOM} {command} --store {store} --passphrase-file {passfile}")
        terminal.send("Enter")
    terminal.wait_for("open", timeout=20)
    time.sleep(1.0)

    assert _title(terminal) == "PROBE"
    output = TEXTUAL_POINTER.sub(b"", recorded.read_bytes())
    assert b"PWNED" in output  # the recording holds the data, as plain words
    found = FORBIDDEN.search(output)
    assert found is None, output[max(0, found.start() - 80) : found.end() + 80]
