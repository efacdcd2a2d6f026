"""The plan in a real terminal (tmux): from a hindering event on the demo's Tijdlijn to a plan
item drafted with `p`, agreed in the plan meeting (`v`, `a`), saved as a version (`s`) and
exported (`x`) as an HTML page that holds the item, its agreement and the timeline picture,
by the case's code and without the child's name."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import pytest

from tests.e2e.tmux import Terminal, open_demo, terminal

pytestmark = pytest.mark.e2e
__all__ = ["terminal"]

CHILD = "Noor Verhoef"
"""The first demo case (fictional)."""
GOAL = "Samen rust brengen na wat er gebeurde"


def step_until(terminal: Terminal, key: str, wanted: str, *, most: int = 60) -> str:
    """Press `key` until `wanted` is on screen (each press waits for the screen to settle)."""
    for _ in range(most):
        shown = terminal.screen()
        if wanted in shown:
            return shown
        before = shown
        terminal.send(key)
        for _ in range(25):  # the next frame, not a timing: the screen changes or we go on
            time.sleep(0.1)
            if terminal.screen() != before:
                break
    return terminal.wait_for(wanted, timeout=5)


def test_from_a_hindering_event_to_an_agreed_plan_item_and_its_export(
    terminal: Terminal, tmp_path: Path
) -> None:
    open_demo(terminal, tmp_path)
    exported = tmp_path / "plan.html"

    terminal.send("/")
    terminal.type(CHILD)
    terminal.wait_for("1 van 60 dossiers")
    terminal.send("Enter")
    terminal.send("t")
    terminal.wait_for(f"{CHILD} (")  # the timeline's heading names the child
    terminal.wait_for("p plan (3)")  # the demo's plan: three items
    terminal.send("Home")
    step_until(terminal, "Right", "- belemmerend")

    terminal.send("p")
    terminal.wait_for("Nieuw plandoel bij:")
    terminal.type(GOAL)
    terminal.send("Tab", "Tab")
    terminal.type("mentor")
    terminal.send("Tab")
    terminal.type("01-2027")
    terminal.send("Tab")
    terminal.type("06-2027")
    terminal.send("Tab")
    terminal.type("03-2027")
    terminal.send("C-s")
    terminal.wait_for("Plandoel bewaard")
    terminal.wait_for("p plan (4)")

    terminal.send("v")
    terminal.wait_for("doel 1 van 4")
    step_until(terminal, "Right", f". {GOAL}")
    terminal.wait_for("Sinds versie 1: 2 nieuw")
    terminal.send("a")
    terminal.wait_for("✓ akkoord")
    terminal.send("s")
    terminal.wait_for("Plan bewaard als versie 2")
    terminal.send("x")
    terminal.wait_for("Plan exporteren")
    terminal.type(str(exported))
    terminal.send("C-s")
    terminal.wait_for("Geschreven (niet versleuteld)")
    terminal.send("Escape")  # back to the timeline
    terminal.wait_for("p plan (4)")
    terminal.send("Escape")
    terminal.wait_for("dossiers")
    terminal.type("q")
    terminal.wait_for("exit=0", timeout=20)

    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    text = exported.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<svg" in text
    assert GOAL in text and "✓ akkoord" in text and "mentor" in text
    assert "Laatst bewaard: versie 2" in text
    assert "Noor" not in text and "Verhoef" not in text  # privacy on unless switched off
