"""Story 1 in a real terminal (tmux), at 80x24 and at 120x36: a professional over SSH makes a
new store in the app (passphrase twice, the recovery key written down), enters a case with
the case form (a party and a consent included), then a timeline of several events (four lanes,
a period, a month-only and an approximate date, a disputed one), steps through them on the
Tijdlijn and quits. The store is then read back field by field, and no file the app wrote holds
any of what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from rondom_tui.domain.models import HINDERING, NEUTRAL, PROMOTING, Category, ConsentScope, Lane
from rondom_tui.store.repository import Store
from tests.e2e.tmux import SIZES, Terminal, nothing_plain_on_disk, pane_at

pytestmark = pytest.mark.e2e
__all__ = ["pane_at"]  # the fixture

PASSPHRASE = "een lange geheime zin voor het dossier"
PAPER_KEY = re.compile(r"RK2(?:-[0-9A-Z]{4}){8}-[0-9A-Z]{2}")
CHILD, FAMILY, SCHOOL = "Fleurtje", "Wiebenga", "Het Klaverblad"
MOTHER, PHONE = "Anouk Wiebenga", "06-13572468"
QUESTION = "Waarom wil Fleurtje niet meer naar school?"
NOTE = "Ouders zien het anders dan de school"
TITLES = [
    "Verhuisd naar Zoetermeer",
    "Begonnen met voetbal",
    "Wachtlijst jeugdhulp",
    "Ruzie op het plein",
]
"""In the order of their dates."""
WATCHED = (CHILD, FAMILY, SCHOOL, MOTHER, PHONE, QUESTION, NOTE, *TITLES)


def tick_keys(*numbers: int) -> list[str | list[str]]:
    """Steps that tick these of the seven keys in the event form's list (entered with Tab)."""
    steps: list[str | list[str]] = []
    at = 1
    for number in numbers:
        steps += [["Down"] * (number - at), "Space"] if number > at else ["Space"]
        at = number
    return steps


def make_store(pane: Terminal, store: Path) -> str:
    """The app's own new-store screen; returns the recovery key it showed."""
    pane.type(f"clear; rondom --store {store}; echo exit=$?")
    pane.send("Enter")
    pane.wait_for("Nieuwe opslag maken")
    pane.type(PASSPHRASE)
    pane.wait_for("•" * len(PASSPHRASE))
    pane.steps("Tab")
    pane.type(PASSPHRASE)
    pane.send("C-s")
    shown = pane.wait_for("opgeschreven")
    [recovery_key] = PAPER_KEY.findall(shown)
    pane.steps("Space")
    pane.send("C-s")
    pane.wait_for("0 van 0 dossiers")
    return recovery_key


def enter_case(pane: Terminal) -> None:
    pane.send("n")
    pane.wait_for("Nieuw dossier")
    for text in (CHILD, FAMILY, "05-2016", SCHOOL, "5b", "02-09-2024"):
        pane.field(text)
    pane.steps("Tab", QUESTION, "Tab")  # keep until: empty; then the parties' list
    pane.send("a")
    pane.wait_for("Betrokkene toevoegen")
    pane.field("moeder")
    pane.field(MOTHER)
    pane.field("")  # organisation
    pane.steps(PHONE)
    pane.send("C-s")
    pane.wait_for(f"moeder · {MOTHER} · {PHONE}")
    pane.steps("Tab", ["a"])
    pane.wait_for("Toestemming vastleggen")
    pane.field("vader")
    pane.steps("02-09-2024")  # the scope stays: exchanging information
    pane.send("C-s")
    pane.wait_for("02-09-2024 ·")
    pane.send("C-s")
    pane.wait_for("1 van 1 dossier ")


def add_event(pane: Terminal, count: int, *steps: str | list[str] | int) -> None:
    pane.send("a")
    pane.wait_for("Nieuwe gebeurtenis")
    pane.steps(*steps)
    pane.send("C-s")
    pane.wait_for(f"Alle gebeurtenissen ({count})")


def enter_timeline(pane: Terminal) -> None:
    pane.send("t")
    pane.wait_for("Alle gebeurtenissen (0)")
    lanes, kinds = list(Lane), list(Category)
    # title, lane, category, start, end, ongoing, valence (+ - o), keys, source, disputed, note
    add_event(
        pane, 1,
        TITLES[0], "Tab", lanes.index(Lane.GEZIN), "Tab", kinds.index(Category.LIFE_EVENT),
        "Tab", "03-2019", "Tab", "Tab", "Tab", 1, "Tab", *tick_keys(7), "Tab", "Moeder",
    )  # fmt: skip
    add_event(
        pane, 2,
        TITLES[1], "Tab", lanes.index(Lane.KIND), "Tab", kinds.index(Category.LIFE_EVENT),
        "Tab", "2022", "Tab", "Tab", "Tab", 0, "Tab", *tick_keys(1, 2),
    )  # fmt: skip
    add_event(
        pane, 3,
        TITLES[2], "Tab", lanes.index(Lane.JEUGDHULP), "Tab", kinds.index(Category.WAITING),
        "Tab", "01-09-2023", "Tab", "15-02-2024", "Tab", "Tab", 1, "Tab", *tick_keys(5, 6),
    )  # fmt: skip
    add_event(
        pane, 4,
        TITLES[3], "Tab", lanes.index(Lane.SCHOOL), "Tab", kinds.index(Category.INCIDENT),
        "Tab", "~2024", "Tab", "Tab", "Tab", "Tab", "Tab", "Leerkracht", "Tab", "Space",
        "Tab", NOTE,
    )  # fmt: skip


def step_through_timeline(pane: Terminal) -> None:
    """`home` and `→` show every event in turn, by date, with its details."""
    pane.send("Home")
    pane.wait_for(f"\n {TITLES[0]}")
    pane.wait_for("mrt 2019 · Levensgebeurtenis · Gezin")
    for title in TITLES[1:]:
        pane.send("Right")
        pane.wait_for(f"\n {title}")
    shown = pane.screen()
    assert "!" in shown  # the disputed event is marked on the line
    assert "ca. 2024" in shown


@pytest.mark.parametrize("size", SIZES)
def test_a_new_store_a_case_and_its_timeline_by_keyboard(
    pane_at: Callable[..., Terminal],
    tmp_path: Path,
    size: tuple[int, int],
) -> None:
    pane = pane_at(size, watch=WATCHED)
    store = tmp_path / "dossiers.rondom"
    recovery_key = make_store(pane, store)
    enter_case(pane)
    enter_timeline(pane)
    step_through_timeline(pane)
    pane.send("Escape")
    pane.wait_for("1 van 1 dossier ")
    pane.send("q")
    pane.wait_for("exit=0", timeout=30)

    with Store.open(store, PASSPHRASE) as opened:
        [case] = opened.cases.list()
        events = sorted(opened.events.for_case(case.id), key=lambda e: TITLES.index(e.title))
    assert (case.given_name, case.family_name, case.school, case.group) == (
        CHILD, FAMILY, SCHOOL, "5b",
    )  # fmt: skip
    assert case.date_of_birth is not None and case.date_of_birth.input_text() == "05-2016"
    assert case.opened_on == date(2024, 9, 2)
    assert (case.retention_until, case.question) == (None, QUESTION)
    [party] = case.parties
    assert (party.role, party.name, party.organisation, party.contact) == (
        "moeder", MOTHER, "", PHONE,
    )  # fmt: skip
    [consent] = case.consents
    assert (consent.given_by, consent.given_on, consent.scope) == (
        "vader", date(2024, 9, 2), ConsentScope.EXCHANGE,
    )  # fmt: skip

    shown = [
        (e.title, e.lane, e.category, e.start.input_text(), e.end and e.end.input_text())
        for e in events
    ]
    assert shown == [
        (TITLES[0], Lane.GEZIN, Category.LIFE_EVENT, "03-2019", None),
        (TITLES[1], Lane.KIND, Category.LIFE_EVENT, "2022", None),
        (TITLES[2], Lane.JEUGDHULP, Category.WAITING, "01-09-2023", "15-02-2024"),
        (TITLES[3], Lane.SCHOOL, Category.INCIDENT, "~2024", None),
    ]
    weighed = [(e.valence, e.keys, e.source, e.disputed, e.note, e.ongoing) for e in events]
    assert weighed == [
        (HINDERING, [7], "Moeder", False, "", False),
        (PROMOTING, [1, 2], "", False, "", False),
        (HINDERING, [5, 6], "", False, "", False),
        (NEUTRAL, [], "Leerkracht", True, NOTE, False),
    ]
    nothing_plain_on_disk(tmp_path, *WATCHED, recovery_key)
