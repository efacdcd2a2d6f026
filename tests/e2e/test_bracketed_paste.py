"""A paste in a real terminal is text, never keys: tmux pastes a buffer holding an escape
sequence (the down arrow), a Tab and a carriage return (Enter) into a one-line field with
bracketed paste (`paste-buffer -p`, as a terminal does when the app asked for it). The saved
field holds the text without them, and the keys typed after the paste land where the focus
was: the paste moved nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rondom_tui.domain.models import Case
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from tests.e2e.test_type_ahead_bursts import PASSPHRASE, small  # noqa: F401 (its fixture)
from tests.e2e.tmux import Terminal, terminal  # noqa: F401 (the fixture `small` uses)

pytestmark = pytest.mark.e2e

PASTED = "je\x1b[B\tvan\rDijk"
"""What the clipboard holds: text, a down arrow's escape sequence, a Tab and an Enter."""


def paste(pane: Terminal, text: str) -> None:
    """Paste `text` as a terminal does: wrapped in the bracketed-paste markers the app asked
    for (tmux leaves them off for an app that did not)."""
    pane.tmux("set-buffer", "-b", "rondom-paste", "--", text)
    pane.tmux("paste-buffer", "-p", "-b", "rondom-paste", "-t", "smoke")


def test_a_paste_into_a_one_line_field_is_text_and_keeps_the_focus(
    small: Terminal,  # noqa: F811 (the bursts' fixture)
    tmp_path: Path,
) -> None:
    pane = small
    path = tmp_path / "store.rondom"
    with Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        store.cases.add(Case(given_name="Bestaand", opened_on=date(2020, 1, 6)))
    pane.open_app(path, PASSPHRASE)
    pane.send("n")
    pane.wait_for("Nieuw dossier")
    pane.type("Pluis")
    pane.wait_for("Pluis")
    paste(pane, PASTED)
    pane.wait_for("Pluisje van Dijk")  # one field, the Tab and Enter as spaces
    pane.type("!")  # still in the first field: the paste moved no focus
    pane.wait_for("Pluisje van Dijk!")
    pane.send("Tab")
    pane.type("Zonder")
    pane.wait_for("Zonder")
    pane.send("C-s")
    pane.wait_for("2 van 2 dossiers")
    pane.quit_app()
    with Store.open(path, PASSPHRASE) as store:
        [case] = [c for c in store.cases.list() if c.given_name != "Bestaand"]
    assert case.given_name == "Pluisje van Dijk!"
    assert case.family_name == "Zonder"
    assert not any(ch in case.given_name for ch in "\x1b\t\r\n")
