"""Story 2 in a real terminal (tmux), at 80x24 and at 120x36: a full meeting. A seven-keys
self-assessment of a case is set up with four participants, every key is scored in meeting mode
(the child's name kept off the screen), an action point is added, the summary is read and
exported twice: the scores as CSV (for a Dutch Excel) and the summary with its actions as
Markdown. The files hold four participants by role, every score and the action, and no name;
nothing the app wrote holds a name either.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from rondom_tui.domain.models import Case, Party
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from tests.e2e.tmux import SIZES, Terminal, nothing_plain_on_disk, pane_at

pytestmark = pytest.mark.e2e
__all__ = ["pane_at"]  # the fixture

PASSPHRASE = "een lange geheime zin voor het overleg"
CHILD, FAMILY, MOTHER = "Jorrit", "Brouwershaven", "Greetje Brouwershaven"
TEACHER, YOUTH_WORKER = "Juf Mirjam", "Sanne Olifiers"
ROLES = ["moeder", "leerkracht", "intern begeleider", "jeugdhulpverlener"]
"""In the order they score; the mother comes from the case's parties."""
SCORES = [
    ["3", "4", "2", "5"],
    ["2", "2", "3", "0"],  # 0: weet niet
    ["4", "4", "4", "4"],
    ["1", "2", "1", "2"],
    ["5", "4", "5", "3"],
    ["3", "3", "3", "3"],
    ["2", "1", "2", "1"],
]
ACTION, OWNER, DUE = "Gesprek over geldzorgen plannen", "intern begeleider", "15-01-2099"


def set_up(pane: Terminal) -> None:
    """Date (today), facilitator, anonymous or not, then three participants added to the
    mother, who comes from the case."""
    pane.send("s")
    pane.wait_for("Zelfevaluaties zeven sleutels")
    pane.send("n")
    pane.wait_for("Nieuwe zelfevaluatie")
    pane.steps("Tab", "Ilse Bakker", "Tab", "Tab")  # facilitator; past "anonymous"
    for role, name in zip(ROLES[1:], [TEACHER, "", YOUTH_WORKER], strict=True):
        pane.send("a")
        pane.wait_for("Nieuwe deelnemer")
        pane.field(role)
        if name:
            pane.steps(name)
        pane.send("C-s")
        pane.wait_for(f"▊ {role} · {name}" if name else f"▊ {role} ")
    pane.send("C-s")
    pane.wait_for("sleutel 1 van 7")


def score_every_key(pane: Terminal) -> None:
    for key, scores in enumerate(SCORES, start=1):
        shown = pane.wait_for(f"sleutel {key} van 7")
        assert CHILD not in shown and FAMILY not in shown  # meeting mode: names masked
        pane.burst(*scores)
        pane.wait_for("4 van 4 ingevuld")
        if key < 7:
            pane.send("n")


def add_action(pane: Terminal) -> None:
    pane.send("a")
    pane.wait_for("Nieuw actiepunt")
    pane.field(ACTION)
    pane.field(OWNER)
    pane.steps(DUE)
    pane.send("C-s")
    pane.wait_for("Actiepunt toegevoegd")


def export(pane: Terminal, path: Path) -> None:
    pane.send("x")
    pane.wait_for("Zelfevaluatie exporteren")
    pane.steps(f"~/{path.name}")  # the pane's HOME is the test's folder
    pane.send("C-s")
    pane.wait_until(path.exists, f"{path.name} to be written")
    pane.wait_for("niet versleuteld")


@pytest.mark.parametrize("size", SIZES)
def test_a_meeting_of_four_scored_summed_up_and_exported(
    pane_at: Callable[..., Terminal],
    tmp_path: Path,
    size: tuple[int, int],
) -> None:
    store = tmp_path / "overleg.rondom"
    mother = Party(role="moeder", name=MOTHER, contact="06-24681357")
    with Store.create(store, PASSPHRASE, kdf=FAST_KDF) as made:
        case = made.cases.add(
            Case(given_name=CHILD, family_name=FAMILY, opened_on=date(2025, 9, 1), parties=[mother])
        )
    pane = pane_at(size, watch=(CHILD, FAMILY, MOTHER, TEACHER, YOUTH_WORKER))
    pane.open_app(store, PASSPHRASE, shows="1 van 1 dossier")
    set_up(pane)
    score_every_key(pane)
    add_action(pane)
    pane.send("s")
    shown = pane.wait_for("28/28 ingevuld")
    assert case.code in shown and CHILD not in shown
    scores_csv, summary_md = tmp_path / "scores.csv", tmp_path / "overzicht.md"
    export(pane, scores_csv)
    export(pane, summary_md)
    pane.quit_app()

    raw = scores_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # for a Dutch Excel: a BOM, semicolons
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    role, score, answer, key = (header.index(c) for c in ("rol", "score", "antwoord", "sleutel"))
    assert [r[role] for r in body[:4]] == ROLES
    assert [(r[key], r[score] or r[answer]) for r in body] == [
        (str(k), "weet niet" if s == "0" else s)
        for k, scores in enumerate(SCORES, start=1)
        for s in scores
    ]
    text = summary_md.read_text(encoding="utf-8")
    assert f"**Deelnemers:** 4: {', '.join(ROLES)}" in text and case.code in text
    assert f"| 7. Aandacht voor bestaanszekerheid | {ACTION} | {OWNER} | {DUE} |  |" in text
    nothing_plain_on_disk(tmp_path, CHILD, FAMILY, MOTHER, TEACHER, YOUTH_WORKER)
