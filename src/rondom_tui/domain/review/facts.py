"""What a review reads of a caseload: lean facts, never a name, a code or a note.

A review over 10,000 cases must open in well under a second, and decoding every event as a
full `Event` (title, note, source, a `PartialDate` per date) takes most of that. The store
decodes its documents straight into these small structs instead (unknown fields ignored), and
partial dates are read once per distinct text (`partial_date`): a caseload has far fewer
distinct dates than events. The structs are not tracked by the garbage collector (`gc=False`:
they hold no cycles); tracked, 90,000 new objects set off collections that cost more than the
decoding. What a review never reads, it cannot leak.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache

import msgspec

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import (
    Assessment,
    AssessmentStatus,
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


class CaseFact(msgspec.Struct, kw_only=True, frozen=True, gc=False):
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


class EventFact(msgspec.Struct, kw_only=True, frozen=True, gc=False):
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


class ParticipantFact(msgspec.Struct, kw_only=True, frozen=True, gc=False):
    id: str


class KeyScoresFact(msgspec.Struct, kw_only=True, frozen=True, gc=False):
    key: int
    scores: dict[str, int | None] = {}


class ActionFact(msgspec.Struct, kw_only=True, frozen=True, gc=False):
    key: int
    due: date | None = None
    done: bool = False


class AssessmentFact(msgspec.Struct, kw_only=True, frozen=True, gc=False):
    """A case's self-assessment as a review counts it: when, final or not, the scores and the
    action points' keys, due days and whether they are done (no names, notes or texts)."""

    id: str
    case_id: str | None = None
    held_on: date
    status: AssessmentStatus = AssessmentStatus.DRAFT
    created_at: datetime = _EPOCH
    participants: tuple[ParticipantFact, ...] = ()
    keys: tuple[KeyScoresFact, ...] = ()
    actions: tuple[ActionFact, ...] = ()

    def __repr__(self) -> str:
        return f"AssessmentFact(id={self.id!r})"

    def key_totals(self) -> dict[int, tuple[int, int]]:
        """Per key (sum of the scores, number of scores), by the counting rules of
        `domain.assessment.stats`: only the current participants count, and "weet niet"
        (None) is no score; keys without a score are left out. (`stats.summarise` works the
        means out with much more besides: per case and quarter of 10,000 cases that is most
        of a second; a test keeps the two equal.)"""
        people = {p.id for p in self.participants}
        totals = {}
        for entry in self.keys:
            values = [v for person, v in entry.scores.items() if v is not None and person in people]
            if values:
                totals[entry.key] = (sum(values), len(values))
        return totals

    def key_means(self) -> dict[int, float]:
        """Each key's mean score (see `key_totals`)."""
        return {key: total / count for key, (total, count) in self.key_totals().items()}

    def key_hundredths(self) -> dict[int, int]:
        """Each key's mean in hundredths: what a review adds up, exactly."""
        return {
            key: round(total * 100 / count) for key, (total, count) in self.key_totals().items()
        }


@lru_cache(maxsize=65_536)
def partial_date(iso: str) -> PartialDate:
    """A stored partial date, read once per distinct text (`PartialDate` is immutable)."""
    return PartialDate.from_iso(iso)


@lru_cache(maxsize=65_536)
def anchor_day(iso: str) -> date:
    """The anchor day of a stored partial date (see `PartialDate.anchor`)."""
    return partial_date(iso).anchor()


@lru_cache(maxsize=65_536)
def anchor_month(iso: str) -> Month:
    return Month.of(anchor_day(iso))


@dataclass(frozen=True, slots=True)
class Caseload:
    """Everything a review is computed from."""

    cases: Sequence[CaseFact]
    events: Sequence[EventFact]
    assessments: Sequence[AssessmentFact]
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
        assessments=[assessment_fact(a) for a in assessments if a.case_id],
    )


def assessment_fact(assessment: Assessment) -> AssessmentFact:
    return msgspec.convert(msgspec.to_builtins(assessment), AssessmentFact)
