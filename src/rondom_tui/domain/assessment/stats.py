"""Statistics of a seven-keys self-assessment: per key, overall, over time, and the evidence.

The meeting is about where people see things differently, so besides the mean every key gets
its lowest and highest score, the spread and a disagreement flag. All functions are pure: they
read `Assessment` and `Event` models and return frozen dataclasses; nothing here does I/O.

Counting rules, used everywhere in the assessment area:
- Only the assessment's current participants count; a stored score of someone no longer in
  the list is ignored.
- A participant's answer on a key is a score (1-5), "weet niet" (an explicit `None`), or
  missing (no entry yet). Both of the latter mean "no score" for the statistics, as the model
  says; they are counted apart so a draft can show who has not been asked yet.
- In anonymous mode the result holds the distribution of scores, never who gave which.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from rondom_tui.domain.assessment.scale import SCALE_MIN, SCALE_VALUES, is_score
from rondom_tui.domain.keys import SEVEN_KEYS
from rondom_tui.domain.models import (
    HINDERING,
    PROMOTING,
    Assessment,
    AssessmentStatus,
    Event,
    KeyScores,
)

DISAGREEMENT_RANGE = 2
"""Scores this far apart (e.g. 2 and 4) flag a key for discussion.

On a five-point scale a gap of two means one person sees "een beetje" where another sees
"grotendeels": a difference in experience the meeting should talk about.
"""

SAME_WITHIN = 0.05
"""A change smaller than this shows as "=": it would read as 0,0 at one decimal."""

_TIE = 1e-9


class Answer(StrEnum):
    """What a participant answered on a key."""

    SCORED = "scored"
    DONT_KNOW = "dont_know"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class ParticipantScore:
    """One participant's answer on one key (only outside anonymous mode)."""

    participant_id: str
    label: str = field(repr=False)
    role: str = field(repr=False)
    answer: Answer
    score: int | None
    """1..5 when `answer` is SCORED, else None."""


@dataclass(frozen=True, slots=True)
class KeyStats:
    """The numbers of one key."""

    key: int
    participants: int
    """How many participants the assessment has."""
    scored: int
    dont_know: int
    """Explicit "weet niet" answers."""
    missing: int
    """Participants with no answer yet."""
    mean: float | None
    minimum: int | None
    maximum: int | None
    spread: int | None
    """Highest minus lowest score."""
    stdev: float | None
    """Population standard deviation: it describes the people at the table, not a sample."""
    disagreement: bool
    """True when `spread` reaches `DISAGREEMENT_RANGE`."""
    distribution: tuple[int, ...]
    """How many gave 1, 2, 3, 4 and 5 (five counts)."""
    by_participant: tuple[ParticipantScore, ...] = field(repr=False)
    """Who gave what, in participant order; empty in anonymous mode."""
    note: str = field(repr=False)
    """The shared note of the key."""

    @property
    def without_score(self) -> int:
        """Participants without a score: "weet niet" plus missing."""
        return self.dont_know + self.missing


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """The whole picture of one assessment."""

    assessment_id: str
    held_on: date
    anonymous: bool
    participants: int
    keys: tuple[KeyStats, ...]
    """All seven keys, in key order, also those without scores."""
    overall_mean: float | None
    """The mean of the key means (each key weighs the same)."""
    strongest: tuple[int, ...]
    """Key numbers with the highest mean (ties together); empty when all means are equal."""
    weakest: tuple[int, ...]
    """Key numbers with the lowest mean; empty when all means are equal."""
    ranking: tuple[int, ...]
    """Key numbers from highest to lowest mean; keys without a mean last, in key order."""

    @property
    def disagreements(self) -> tuple[int, ...]:
        """Key numbers flagged for discussion."""
        return tuple(s.key for s in self.keys if s.disagreement)

    def for_key(self, key: int) -> KeyStats:
        return self.keys[key - 1]


def _scores_of(assessment: Assessment, key: int) -> KeyScores | None:
    return next((ks for ks in assessment.keys if ks.key == key), None)


def key_stats(assessment: Assessment, key: int) -> KeyStats:
    """The numbers of one key of `assessment`."""
    entry = _scores_of(assessment, key)
    stored = entry.scores if entry is not None else {}
    answers: list[ParticipantScore] = []
    for person in assessment.participants:
        if person.id not in stored:
            answer, score = Answer.MISSING, None
        elif is_score(stored[person.id]):
            answer, score = Answer.SCORED, stored[person.id]
        else:
            answer, score = Answer.DONT_KNOW, None
        answers.append(ParticipantScore(person.id, person.label, person.role, answer, score))
    values = [a.score for a in answers if a.score is not None]
    mean = sum(values) / len(values) if values else None
    low = min(values) if values else None
    high = max(values) if values else None
    spread = high - low if high is not None and low is not None else None
    stdev = (
        math.sqrt(sum((v - mean) ** 2 for v in values) / len(values)) if mean is not None else None
    )
    distribution = [0] * len(SCALE_VALUES)
    for v in values:
        distribution[v - SCALE_MIN] += 1
    return KeyStats(
        key=key,
        participants=len(answers),
        scored=len(values),
        dont_know=sum(a.answer is Answer.DONT_KNOW for a in answers),
        missing=sum(a.answer is Answer.MISSING for a in answers),
        mean=mean,
        minimum=low,
        maximum=high,
        spread=spread,
        stdev=stdev,
        disagreement=spread is not None and spread >= DISAGREEMENT_RANGE,
        distribution=tuple(distribution),
        by_participant=() if assessment.anonymous else tuple(answers),
        note=entry.note if entry is not None else "",
    )


def _extremes(stats: tuple[KeyStats, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    means = [(s.key, s.mean) for s in stats if s.mean is not None]
    if not means:
        return (), ()
    top = max(m for _, m in means)
    bottom = min(m for _, m in means)
    if top - bottom < _TIE:
        return (), ()
    strongest = tuple(k for k, m in means if top - m < _TIE)
    weakest = tuple(k for k, m in means if m - bottom < _TIE)
    return strongest, weakest


def summarise(assessment: Assessment) -> AssessmentSummary:
    """Statistics of every key plus the overall picture."""
    stats = tuple(key_stats(assessment, k.number) for k in SEVEN_KEYS)
    means = [s.mean for s in stats if s.mean is not None]
    strongest, weakest = _extremes(stats)
    ranking = tuple(
        s.key
        for s in sorted(
            stats, key=lambda s: (s.mean is None, -(s.mean if s.mean is not None else 0), s.key)
        )
    )
    return AssessmentSummary(
        assessment_id=assessment.id,
        held_on=assessment.held_on,
        anonymous=assessment.anonymous,
        participants=len(assessment.participants),
        keys=stats,
        overall_mean=sum(means) / len(means) if means else None,
        strongest=strongest,
        weakest=weakest,
        ranking=ranking,
    )


# -- comparing with an earlier assessment -----------------------------------------------


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    SAME = "same"
    UNKNOWN = "unknown"
    """One of the two assessments has no score on this key."""


_GLYPHS = {
    Direction.UP: ("▲", "^"),
    Direction.DOWN: ("▼", "v"),
    Direction.SAME: ("=", "="),
    Direction.UNKNOWN: ("·", "."),
}


def direction_glyph(direction: Direction, *, ascii: bool = False) -> str:
    """▲ ▼ = · (or ``^ v = .`` for terminals without those glyphs)."""
    return _GLYPHS[direction][1 if ascii else 0]


@dataclass(frozen=True, slots=True)
class KeyChange:
    """How one key's mean moved since the previous assessment."""

    key: int
    previous: float | None
    current: float | None
    delta: float | None
    direction: Direction


def compare(current: AssessmentSummary, previous: AssessmentSummary) -> tuple[KeyChange, ...]:
    """The change of every key's mean from `previous` to `current`, in key order."""
    changes = []
    for now, before in zip(current.keys, previous.keys, strict=True):
        if now.mean is None or before.mean is None:
            changes.append(KeyChange(now.key, before.mean, now.mean, None, Direction.UNKNOWN))
            continue
        delta = now.mean - before.mean
        if abs(delta) < SAME_WITHIN:
            direction = Direction.SAME
        else:
            direction = Direction.UP if delta > 0 else Direction.DOWN
        changes.append(KeyChange(now.key, before.mean, now.mean, delta, direction))
    return tuple(changes)


def same_subject(a: Assessment, b: Assessment) -> bool:
    """True when both assess the same case, or the same team or school (no case)."""
    if a.case_id is not None or b.case_id is not None:
        return a.case_id == b.case_id
    return a.label.strip().casefold() == b.label.strip().casefold()


def _order(a: Assessment) -> tuple[date, datetime]:
    return (a.held_on, a.created_at)


def previous_of(
    current: Assessment, others: Iterable[Assessment], *, final_only: bool = True
) -> Assessment | None:
    """The latest assessment of the same subject held before `current`, if any.

    By default only finished assessments count: comparing with an abandoned draft would
    suggest a change nobody agreed on.
    """
    earlier = [
        a
        for a in others
        if a.id != current.id
        and same_subject(a, current)
        and _order(a) < _order(current)
        and (not final_only or a.status is AssessmentStatus.FINAL)
    ]
    return max(earlier, key=_order) if earlier else None


@dataclass(frozen=True, slots=True)
class HistoryPoint:
    """One assessment in a series: the mean of every key."""

    assessment_id: str
    held_on: date
    status: AssessmentStatus
    means: tuple[float | None, ...]
    """Seven means, index 0 is key 1."""
    overall_mean: float | None


def history(assessments: Iterable[Assessment]) -> tuple[HistoryPoint, ...]:
    """Every assessment as a point in time, oldest first.

    The caller chooses the series (`store.assessments.for_case` or `for_label`).
    """
    points = []
    for a in sorted(assessments, key=_order):
        summary = summarise(a)
        means = tuple(s.mean for s in summary.keys)
        points.append(HistoryPoint(a.id, a.held_on, a.status, means, summary.overall_mean))
    return tuple(points)


def key_series(points: Iterable[HistoryPoint], key: int) -> tuple[float | None, ...]:
    """The means of one key over the history, oldest first."""
    return tuple(p.means[key - 1] for p in points)


# -- evidence from the timeline ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyEvidence:
    """Timeline events tagged with one key, by valence, each oldest first."""

    key: int
    promoting: tuple[Event, ...]
    hindering: tuple[Event, ...]
    neutral: tuple[Event, ...]

    @property
    def total(self) -> int:
        return len(self.promoting) + len(self.hindering) + len(self.neutral)


def evidence_by_key(events: Iterable[Event]) -> tuple[KeyEvidence, ...]:
    """For each of the seven keys, the events tagged with it, split by valence.

    An event tagged with several keys is evidence for each of them.
    """
    ordered = sorted(events, key=lambda e: (e.start, e.id))
    result = []
    for k in SEVEN_KEYS:
        tagged = [e for e in ordered if k.number in e.keys]
        result.append(
            KeyEvidence(
                key=k.number,
                promoting=tuple(e for e in tagged if e.valence == PROMOTING),
                hindering=tuple(e for e in tagged if e.valence == HINDERING),
                neutral=tuple(e for e in tagged if e.valence not in (PROMOTING, HINDERING)),
            )
        )
    return tuple(result)
