"""What a review reads of a caseload: lean facts, never a name, a code or a note.

A review over 10,000 cases must open in well under a second, and decoding every event as a
full `Event` (title, note, source, a `PartialDate` per date) takes most of that. The store
decodes its documents straight into these small structs instead (unknown fields ignored), and
partial dates are read once per distinct text (`partial_date`): a caseload has far fewer
distinct dates than events. What a review never reads, it cannot leak.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

import msgspec

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import (
    Assessment,
    Case,
    CaseStatus,
    Category,
    Event,
    Lane,
)
from rondom_tui.domain.review.months import Month

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
"""The timestamps of the events rebuilt for measuring waits: never shown, never stored."""

WAIT_CATEGORIES = frozenset({Category.REFERRAL, Category.HELP_STARTED})
"""The events a waiting time is measured between."""


class CaseFact(msgspec.Struct, kw_only=True, frozen=True):
    """A case as a review selects it: its school, status and tags."""

    id: str
    school: str = ""
    status: CaseStatus = CaseStatus.OPEN
    tags: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"CaseFact(id={self.id!r})"

    @property
    def school_label(self) -> str:
        """The school as the review groups by it: white space made single."""
        return " ".join(self.school.split())


class EventFact(msgspec.Struct, kw_only=True, frozen=True):
    """An event as a review counts it: lane, category, valence, keys and when it started."""

    id: str
    case_id: str
    lane: Lane = Lane.OVERIG
    category: Category = Category.OTHER
    valence: int = 0
    keys: tuple[int, ...] = ()
    start: str
    """The storage form of its `PartialDate` (``~2019-03``)."""

    def __repr__(self) -> str:
        return f"EventFact(id={self.id!r})"

    @property
    def month(self) -> Month:
        """The month the event counts in: that of its anchor day (the middle of what its date
        may mean), so every event counts in exactly one month."""
        return anchor_month(self.start)

    def as_event(self) -> Event:
        """The event rebuilt for `domain.timeline.analysis` (waiting times): no text at all."""
        return Event(
            id=self.id,
            case_id=self.case_id,
            lane=self.lane,
            category=self.category,
            start=partial_date(self.start),
            valence=self.valence,
            keys=list(self.keys),
            created_at=_EPOCH,
            updated_at=_EPOCH,
        )


@lru_cache(maxsize=65_536)
def partial_date(iso: str) -> PartialDate:
    """A stored partial date, read once per distinct text (`PartialDate` is immutable)."""
    return PartialDate.from_iso(iso)


@lru_cache(maxsize=65_536)
def anchor_month(iso: str) -> Month:
    return Month.of(partial_date(iso).anchor())


@dataclass(frozen=True, slots=True)
class Caseload:
    """Everything a review is computed from."""

    cases: Sequence[CaseFact]
    events: Sequence[EventFact]
    assessments: Sequence[Assessment]
    """The seven-keys self-assessments of cases (a team's or a school's are not a case's)."""

    def __repr__(self) -> str:
        return f"Caseload(cases={len(self.cases)}, events={len(self.events)})"


def case_fact(case: Case) -> CaseFact:
    return CaseFact(id=case.id, school=case.school, status=case.status, tags=tuple(case.tags))


def event_fact(event: Event) -> EventFact:
    return EventFact(
        id=event.id,
        case_id=event.case_id,
        lane=event.lane,
        category=event.category,
        valence=event.valence,
        keys=tuple(event.keys),
        start=event.start.iso(),
    )


def caseload_of(
    cases: Iterable[Case], events: Iterable[Event], assessments: Iterable[Assessment] = ()
) -> Caseload:
    """A caseload from full models (the demo, tests); the store reads facts directly."""
    return Caseload(
        cases=[case_fact(c) for c in cases],
        events=[event_fact(e) for e in events],
        assessments=[a for a in assessments if a.case_id],
    )
