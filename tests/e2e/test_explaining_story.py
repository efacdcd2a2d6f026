"""The explanatory analysis in a real terminal (tmux), on the demo store: on a case's Tijdlijn
`k` links an event to one that may explain it (ticked with `space`, saved with `ctrl+s`), the
analysis (`s`) lists it, and `b` shows what came before the last event."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.tmux import Terminal, open_demo, terminal

pytestmark = pytest.mark.e2e
__all__ = ["terminal"]


def test_link_an_explanation_and_look_at_what_came_before(
    terminal: Terminal, tmp_path: Path
) -> None:
    open_demo(terminal, tmp_path)

    terminal.send("t")
    terminal.wait_for("Alle gebeurtenissen")
    terminal.send("End")
    terminal.send("k")
    terminal.wait_for("Mogelijke verklaring bij")
    terminal.send("Tab")
    terminal.wait_for("spatie vinkt aan")
    terminal.send("Space")
    terminal.send("C-s")
    terminal.wait_for("Verklaring bewaard")
    terminal.send("s")
    terminal.wait_for("Mogelijke verklaringen")
    terminal.send("s")
    terminal.send("b")
    terminal.wait_for("Wat ging eraan vooraf")
    terminal.send("w")
    terminal.wait_for("12 maanden")
    terminal.send("Escape")
    terminal.wait_for("Alle gebeurtenissen")
    terminal.send("Escape")
    terminal.wait_for("60 van 60 dossiers")
    terminal.type("q")
    terminal.wait_for("exit=0", timeout=20)
