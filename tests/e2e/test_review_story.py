"""The casusreview in a real terminal (tmux): from the case list of the demo store to a board
report written as HTML, which holds the review and none of the children's names or codes."""

from __future__ import annotations

import json
import re
import stat
import subprocess
from pathlib import Path

import pytest

from tests.e2e.tmux import RONDOM, Terminal, open_demo, terminal

pytestmark = pytest.mark.e2e
__all__ = ["terminal"]


def test_from_the_case_list_to_a_board_report(terminal: Terminal, tmp_path: Path) -> None:
    open_demo(terminal, tmp_path)
    report = tmp_path / "bestuur.html"

    terminal.send("R")
    terminal.wait_for("Belemmerend en bevorderend per sleutel")
    terminal.wait_for("60 dossiers · 6 scholen")
    terminal.send("x")
    terminal.wait_for("Verslag voor het bestuur")
    terminal.type(str(report))
    terminal.wait_for("bestuur.html")
    terminal.send("C-s")
    terminal.wait_for("Verslag geschreven")
    terminal.send("Escape")
    terminal.wait_for("60 van 60 dossiers")
    terminal.type("q")
    terminal.wait_for("exit=0", timeout=20)

    text = report.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<svg" in text and "Casusreview" in text
    assert "Aantal dossiers" in text and "&lt;5" in text
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    listed = subprocess.run(
        [str(RONDOM), "list", "--json", "--store", "demo.rondom", "--passphrase-file", "-"],
        cwd=tmp_path, input="demo\n", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    rows = json.loads(listed.stdout)
    for row in rows:
        for secret in (row["code"], row["given_name"], row["family_name"]):
            assert not re.search(rf"(?<!\w){re.escape(secret)}(?!\w)", text), secret
