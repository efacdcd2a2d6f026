"""Keys sent as one burst in a real terminal (tmux send-keys, no waits between keys) land in
the fields they were typed for: the whole case form, an event form with dropdowns and a list of
keys, and a meeting page's scores. The saved data is read back from the store field by field.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rondom_tui.domain.models import Assessment, Case, Lane, Participant
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from tests.e2e.tmux import Terminal, terminal  # noqa: F401 (its fixture)

pytestmark = pytest.mark.e2e

PASSPHRASE = "een lange geheime zin voor de burst"


@pytest.fixture
def small(terminal: Terminal) -> Terminal:  # noqa: F811 (the smoke test's fixture)
    """The smoke test's tmux pane, at 80x24."""
    terminal.tmux("resize-window", "-t", "smoke", "-x", "80", "-y", "24")
    return terminal


def test_a_burst_fills_the_whole_case_form(small: Terminal, tmp_path: Path) -> None:
    pane = small
    path = tmp_path / "store.rondom"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    pane.open_app(path, PASSPHRASE)
    pane.burst(
        "n",
        "Pluisje",
        "Tab",
        "de Vries",
        "Tab",
        "14-03-2016",
        "Tab",
        "De Regenboog",
        "Tab",
        "7b",
        "Tab",
        "Tab",
        "Tab",
        "Hulpvraag in een keer",
        "C-s",
    )
    pane.wait_for("1 van 1 dossier")
    pane.quit_app()
    with Store.open(path, PASSPHRASE) as store:
        [case] = store.cases.list()
    assert (case.given_name, case.family_name) == ("Pluisje", "de Vries")
    assert case.date_of_birth is not None and case.date_of_birth.input_text() == "14-03-2016"
    assert (case.school, case.group) == ("De Regenboog", "7b")
    assert case.question == "Hulpvraag in een keer"


def test_a_burst_through_an_event_form_with_dropdowns(small: Terminal, tmp_path: Path) -> None:
    pane = small
    path = tmp_path / "store.rondom"
    with Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        store.cases.add(Case(given_name="Pluisje", opened_on=date(2020, 1, 6)))
    pane.open_app(path, PASSPHRASE)
    pane.send("t")
    pane.wait_for("Alle gebeurtenissen (0)")  # the timeline (the list's Footer says "Tijdlijn")
    pane.burst(
        "a",
        "Verhuisd naar Delft",
        "Tab",  # lane: open the dropdown, two down, choose
        "Enter",
        "Down",
        "Down",
        "Enter",
        "Tab",  # category: as it is
        "Tab",
        "03-2019",
        "Tab",  # end
        "Tab",  # ongoing
        "Tab",  # valence
        "Tab",  # keys: the sixth
        "Down",
        "Down",
        "Down",
        "Down",
        "Down",
        "Space",
        "Tab",
        "Moeder",
        "Tab",  # disputed
        "Space",
        "Tab",
        "Ging goed",
        "C-s",
    )
    pane.wait_until(  # saved: on the line, the form closed (its title field says it too)
        lambda: "Verhuisd" in (shown := pane.screen()) and "tab/shift+tab" not in shown,
        "the event saved and its form closed",
    )
    pane.quit_app()
    with Store.open(path, PASSPHRASE) as store:
        [case] = store.cases.list()
        [event] = store.events.for_case(case.id)
    assert event.title == "Verhuisd naar Delft"
    assert event.lane is Lane.SCHOOL
    assert event.start.input_text() == "03-2019"
    assert event.keys == [6]
    assert (event.source, event.disputed, event.note) == ("Moeder", True, "Ging goed")


def test_a_burst_of_scores_on_a_meeting_page(small: Terminal, tmp_path: Path) -> None:
    pane = small
    path = tmp_path / "store.rondom"
    people = [Participant(role=role) for role in ("ouder", "leerkracht", "ib'er", "jeugdhulp")]
    with Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        case = store.cases.add(Case(given_name="Pluisje", opened_on=date(2020, 1, 6)))
        store.assessments.save(
            Assessment(case_id=case.id, held_on=date(2026, 11, 30), participants=people)
        )
    pane.open_app(path, PASSPHRASE)
    pane.send("s")
    pane.wait_for("30-11-2026")
    pane.burst("Enter", "3", "4", "2", "5", "n", "1", "0", "5", "4", "n", "2")
    pane.wait_for("sleutel 3 van 7")
    pane.send("Escape")
    pane.quit_app()
    with Store.open(path, PASSPHRASE) as store:
        [assessment] = store.assessments.for_case(case.id)
    scores = {entry.key: entry.scores for entry in assessment.keys}
    ids = [person.id for person in people]
    assert [scores[1][i] for i in ids] == [3, 4, 2, 5]
    assert [scores[2][i] for i in ids] == [1, None, 5, 4]
    assert [scores[3].get(i, "none") for i in ids] == [2, "none", "none", "none"]
