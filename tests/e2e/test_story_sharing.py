"""Story 3 in a real terminal (tmux), at 80x24 and at 120x36: sharing a case. In the app, a
case (with its timeline and a self-assessment) is exported as an encrypted bundle to a
colleague's key (the `rondom id` of a second store); the colleague opens that store in the app,
imports the bundle (its preview first, then the import) and finds the case. The imported case,
its events and its assessment are read back and match the original field by field; the bundle
is an age file, and nothing either app wrote holds a name.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import (
    Assessment,
    Case,
    Consent,
    ConsentScope,
    Event,
    Lane,
    Participant,
    Party,
)
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.recovery import RecoveryKey
from rondom_tui.store.repository import Store
from tests.e2e.tmux import SIZES, Terminal, nothing_plain_on_disk, pane_at, rondom

pytestmark = pytest.mark.e2e
__all__ = ["pane_at"]  # the fixture

MINE, THEIRS = "een lange geheime zin van de afzender", "een lange geheime zin van de collega"
CHILD, FAMILY, SCHOOL, FATHER = "Maartje", "Zwanenburg", "De Vlindertuin", "Koos Zwanenburg"
TITLES = ("Gescheiden ouders", "Verwezen naar jeugdhulp")


def a_store_with_a_case(path: Path) -> tuple[Case, list[Event], Assessment]:
    with Store.create(path, MINE, kdf=FAST_KDF, recovery_key=RecoveryKey.generate()) as store:
        case = store.cases.add(
            Case(
                given_name=CHILD,
                family_name=FAMILY,
                date_of_birth=PartialDate(2015, 6),
                school=SCHOOL,
                group="6",
                opened_on=date(2025, 9, 1),
                question="Hoe krijgt Maartje weer rust in de klas?",
                parties=[Party(role="vader", name=FATHER, contact="06-97531864")],
                consents=[
                    Consent(
                        given_by="vader", given_on=date(2025, 9, 1), scope=ConsentScope.EXCHANGE
                    )
                ],
            )
        )
        events = [
            store.events.add(
                Event(case_id=case.id, lane=Lane.GEZIN, title=TITLES[0], start=PartialDate(2021))
            ),
            store.events.add(
                Event(
                    case_id=case.id,
                    lane=Lane.JEUGDHULP,
                    title=TITLES[1],
                    start=PartialDate(2025, 10, 6),
                    disputed=True,
                )
            ),
        ]
        people = [Participant(role=role) for role in ("vader", "leerkracht")]
        assessment = store.assessments.save(
            Assessment(case_id=case.id, held_on=date(2025, 11, 3), participants=people)
        )
    return case, events, assessment


def export_to(pane: Terminal, recipient: str, folder: Path) -> Path:
    """`x` on the case list: the highlighted case is ticked; the colleague's key; `ctrl+s`."""
    pane.send("x")
    pane.wait_for("Gaat mee: 1 dossier")
    pane.steps("Tab", "Tab", recipient)  # past "with a passphrase", into the keys
    pane.send("C-s")
    pane.wait_until(lambda: any(folder.glob("rondom-K-*.age")), "the bundle to be written")
    pane.wait_for("1 van 1 dossier")
    [bundle] = folder.glob("rondom-K-*.age")
    return bundle


def import_from(pane: Terminal, bundle: Path) -> None:
    """`i` on the case list: the bundle's path, `enter` shows what it holds, `ctrl+s`."""
    pane.send("i")
    pane.wait_for("Een bundel importeren")
    pane.steps(f"~/{bundle.name}")  # the pane's HOME is the test's folder
    pane.send("Enter")
    shown = pane.wait_for("er is niets veranderd")  # the preview: nothing done yet
    assert "+ nieuw" in shown
    pane.send("C-s")
    pane.wait_for("1 van 1 dossier")


@pytest.mark.parametrize("size", SIZES)
def test_a_case_shared_as_a_bundle_with_a_colleagues_store(
    pane_at: Callable[..., Terminal],
    tmp_path: Path,
    size: tuple[int, int],
) -> None:
    mine, theirs = tmp_path / "afzender.rondom", tmp_path / "collega.rondom"
    case, events, assessment = a_store_with_a_case(mine)
    Store.create(theirs, THEIRS, kdf=FAST_KDF, recovery_key=RecoveryKey.generate()).close()
    recipient = rondom("id", "--store", str(theirs), passphrase=THEIRS).strip()
    assert recipient.startswith("age1")

    pane = pane_at(size, watch=(CHILD, FAMILY, SCHOOL, FATHER, *TITLES))
    pane.open_app(mine, MINE, shows="1 van 1 dossier")
    bundle = export_to(pane, recipient, tmp_path)
    pane.send("q")
    pane.wait_for("exit=0")
    assert bundle.read_bytes().startswith(b"age-encryption.org/v1\n")

    pane.open_app(theirs, THEIRS, shows="0 van 0 dossiers")
    import_from(pane, bundle)
    assert CHILD in pane.screen()  # the colleague sees the case in the list
    pane.quit_app()

    with Store.open(theirs, THEIRS) as store:
        [imported] = store.cases.list()
        imported_events = sorted(store.events.for_case(imported.id), key=lambda e: e.title)
        [imported_assessment] = store.assessments.for_case(imported.id)
    assert imported.id == case.id and imported.code == case.code
    for field in ("given_name", "family_name", "date_of_birth", "school", "group", "opened_on"):
        assert getattr(imported, field) == getattr(case, field), field
    assert (imported.question, imported.parties, imported.consents) == (
        case.question, case.parties, case.consents,
    )  # fmt: skip
    shown = [(e.id, e.title, e.lane, e.start, e.disputed) for e in imported_events]
    assert shown == [(e.id, e.title, e.lane, e.start, e.disputed) for e in events]
    assert (imported_assessment.id, imported_assessment.held_on) == (
        assessment.id, assessment.held_on,
    )  # fmt: skip
    assert [p.role for p in imported_assessment.participants] == ["vader", "leerkracht"]
    nothing_plain_on_disk(tmp_path, CHILD, FAMILY, SCHOOL, FATHER, *TITLES)
