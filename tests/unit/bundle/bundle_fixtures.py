"""Shared fixtures of the bundle tests: fast stores and fictional cases.

Every person, school and note here is made up. The family name `Fictiefsma` is a marker: the
no-plaintext-on-disk tests search written files for it.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from rondom_tui.domain.dates import PartialDate, Qualifier
from rondom_tui.domain.models import (
    Action,
    Assessment,
    Case,
    Category,
    Consent,
    ConsentScope,
    Event,
    Goal,
    KeyScores,
    Lane,
    Participant,
    Party,
)
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store

STORE_PASSPHRASE = "correct horse battery staple"
BUNDLE_PASSPHRASE = "paarse-olifant-fietst-naar-zee"
MARKER = "Fictiefsma"
"""A made-up family name that must never appear in a file on disk in clear."""

MakeStore = Callable[..., Store]


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[MakeStore]:
    """Create fast (cheap KDF) stores in the test's folder; all are closed afterwards."""
    stores: list[Store] = []

    def make(name: str = "store.rondom") -> Store:
        store = Store.create(tmp_path / name, STORE_PASSPHRASE, kdf=FAST_KDF)
        stores.append(store)
        return store

    yield make
    for store in stores:
        with contextlib.suppress(Exception):
            store.close()


def fictional_case(
    *,
    given: str = "Sanne",
    family: str = MARKER,
    code: str = "",
    consent: bool = True,
) -> Case:
    """A made-up case with parties, a consent (or none), goals and tags."""
    consents = (
        [
            Consent(
                given_by=f"Moeder {family}",
                given_on=date(2024, 1, 10),
                scope=ConsentScope.TRANSFER,
                note="Mondeling gegeven, bevestigd per brief.",
            )
        ]
        if consent
        else []
    )
    return Case(
        code=code,
        given_name=given,
        family_name=family,
        date_of_birth=PartialDate(2015, 6, 14),
        school="Basisschool De Verzonnen Linde",
        group="groep 5b",
        opened_on=date(2024, 1, 8),
        question=f"Hoe helpen we {given} om weer graag naar school te gaan?",
        parties=[
            Party(role="moeder", name=f"Els {family}", contact="06-00000000"),
            Party(role="leerkracht", name="Bram Bedacht", organisation="De Verzonnen Linde"),
        ],
        consents=consents,
        goals=[Goal(text=f"{given} gaat elke ochtend naar school.", keys=[1, 4])],
        tags=["verzuim"],
    )


def fictional_events(case: Case, count: int = 3) -> list[Event]:
    """Made-up timeline events: points, periods and an ongoing one."""
    events = []
    for index in range(count):
        year = 2016 + index % 8
        events.append(
            Event(
                case_id=case.id,
                lane=list(Lane)[index % len(Lane)],
                category=list(Category)[index % len(Category)],
                title=f"Gebeurtenis {index} rond {case.given_name}",
                note=f"{case.given_name} {case.family_name} vertelde over thuis (nr {index}).",
                start=PartialDate(year, 1 + index % 12, qualifier=Qualifier.APPROXIMATE),
                end=PartialDate(year + 1) if index % 3 == 1 else None,
                ongoing=index % 3 == 2,
                valence=(index % 3) - 1,
                keys=[1 + index % 7],
                source="Verslag IB'er",
                disputed=index % 5 == 0,
            )
        )
    return events


def fictional_assessment(case: Case) -> Assessment:
    """A made-up seven-keys self-assessment of the case."""
    mother = Participant(label=f"Els {case.family_name}", role="ouder")
    teacher = Participant(label="Bram Bedacht", role="leerkracht")
    return Assessment(
        case_id=case.id,
        held_on=date(2024, 5, 2),
        facilitator="Anouk Uitgedacht",
        participants=[mother, teacher],
        keys=[
            KeyScores(key=1, scores={mother.id: 4, teacher.id: 3}, note="Goed gesprek."),
            KeyScores(key=2, scores={mother.id: None, teacher.id: 2}),
        ],
        actions=[Action(key=2, text="Wekelijks kort contact.", owner="Bram Bedacht")],
    )


def add_case(
    store: Store,
    *,
    given: str = "Sanne",
    family: str = MARKER,
    code: str = "",
    events: int = 3,
    assessments: int = 1,
    consent: bool = True,
) -> Case:
    """Store a fictional case with its events and assessments; returns the stored case."""
    case = store.cases.add(fictional_case(given=given, family=family, code=code, consent=consent))
    if events:
        store.events.add_many(fictional_events(case, events))
    for _ in range(assessments):
        store.assessments.save(fictional_assessment(case))
    return store.cases.get(case.id)


# -- the standard age CLI (installed by scripts/system-tools.sh) ----------------------------

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")


@pytest.fixture
def age_cli() -> None:
    """The standard age CLI must be there: a missing one fails the test, as a missing tmux
    does, instead of quietly testing less."""
    if not (AGE and AGE_KEYGEN):
        pytest.fail("the age CLI is missing: `make test` installs it (scripts/system-tools.sh)")


needs_age = pytest.mark.usefixtures("age_cli")
"""Marks a test (or, as `pytestmark`, a module) that runs the age CLI."""


def age_keygen(folder: Path) -> tuple[Path, str]:
    """A new age identity file from `age-keygen` in `folder`, and its public recipient."""
    assert AGE_KEYGEN is not None
    key = folder / "key.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(key)], check=True, capture_output=True)
    public = next(
        line.split(": ", 1)[1]
        for line in key.read_text().splitlines()
        if line.startswith("# public key: ")
    )
    return key, public
