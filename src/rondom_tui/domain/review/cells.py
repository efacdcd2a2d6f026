"""The figures of a review as cells: counts, waiting times and scores, each with the cases it
rests on, under a stable id. Cells add up, so reviews merge.

Every cell can be added to another of its kind: the counts, the cases and the histogram of
waiting weeks add, and a score keeps the sum of the cases' means (in hundredths, so adding is
exact) beside the number of cases. Merging the reviews of two caseloads without a case in
common therefore gives the review of both together; the median and the 90th percentile of the
waiting times are worked out from the merged histogram, never from two medians.

A cell read from an extract where it was withheld (it rested on 1 to 4 cases) is a `hidden`
part: it adds no numbers, only the knowledge that there were some.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

from rondom_tui.domain.keys import KEY_NUMBERS
from rondom_tui.domain.models import HINDERING, PROMOTING, Category, Lane
from rondom_tui.domain.review.months import QUARTER_TEXT

# -- ids ----------------------------------------------------------------------------------

CASES = "cases"
"""The number of cases in the review (count and cases are the same)."""
WAIT_ALL = "wait.all"
ACTIONS_OPEN = "actions.open"
ACTIONS_OVERDUE = "actions.overdue"
VALENCES = (HINDERING, PROMOTING)
"""The valences a review counts; neutral events are counted nowhere."""
_VALENCE_WORD = {HINDERING: "hindering", PROMOTING: "promoting"}


@cache
def key_id(key: int, valence: int) -> str:
    """``key.4.hindering``: events of that valence linked to key 4, and their cases."""
    return f"key.{key}.{_VALENCE_WORD[valence]}"


@cache
def lane_id(lane: Lane, valence: int) -> str:
    return f"lane.{lane.value}.{_VALENCE_WORD[valence]}"


@cache
def category_id(category: Category) -> str:
    """``category.incident``: hindering events of that category."""
    return f"category.{category.value}"


@cache
def wait_lane_id(lane: Lane) -> str:
    """Waits by the lane of the referral."""
    return f"wait.lane.{lane.value}"


@cache
def wait_help_id(help_lane: Lane | None) -> str:
    """Waits by the kind of help that answered them (its lane), or ``none`` yet."""
    return f"wait.help.{help_lane.value if help_lane else 'none'}"


@cache
def score_id(key: int) -> str:
    return f"score.{key}"


@cache
def trend_id(quarter: str, key: int) -> str:
    """``trend.2024-Q1.4``: key 4's scores of the self-assessments held in that quarter."""
    return f"trend.{quarter}.{key}"


@cache
def action_key_id(key: int, *, overdue: bool) -> str:
    return f"actions.{'overdue' if overdue else 'open'}.key.{key}"


COUNT_IDS: frozenset[str] = frozenset(
    [CASES, ACTIONS_OPEN, ACTIONS_OVERDUE]
    + [key_id(k, v) for k in KEY_NUMBERS for v in VALENCES]
    + [lane_id(lane, v) for lane in Lane for v in VALENCES]
    + [category_id(c) for c in Category]
    + [action_key_id(k, overdue=o) for k in KEY_NUMBERS for o in (False, True)]
)
WAIT_IDS: frozenset[str] = frozenset(
    [WAIT_ALL, wait_help_id(None)]
    + [wait_lane_id(lane) for lane in Lane]
    + [wait_help_id(lane) for lane in Lane]
)
_SCORE_IDS = frozenset(score_id(k) for k in KEY_NUMBERS)


def is_score_id(ident: str) -> bool:
    """A key's score (``score.4``) or a quarter of its trend (``trend.2024-Q1.4``)."""
    if ident in _SCORE_IDS:
        return True
    parts = ident.split(".")
    return (
        len(parts) == 3
        and parts[0] == "trend"
        and bool(QUARTER_TEXT.match(parts[1]))
        and parts[2] in {str(k) for k in KEY_NUMBERS}
    )


# -- cells --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Count:
    """How many (events, waits, action points) and in how many cases."""

    count: int = 0
    cases: int = 0
    hidden: int = 0
    """Parts withheld as ``<5`` in an extract, each resting on 1 to 4 cases."""
    case_ids: frozenset[str] = field(default=frozenset(), repr=False)
    """The cases behind the figure; only in a review of the store's own cases."""

    def __add__(self, other: Count) -> Count:
        return Count(
            self.count + other.count,
            self.cases + other.cases,
            self.hidden + other.hidden,
            self.case_ids | other.case_ids,
        )


@dataclass(frozen=True, slots=True)
class Waits:
    """Waiting times in completed weeks, as a histogram, with the cases they occur in."""

    weeks: tuple[tuple[int, int], ...] = ()
    """(weeks, number of waits that long), shortest first."""
    cases: int = 0
    hidden: int = 0
    case_ids: frozenset[str] = field(default=frozenset(), repr=False)

    def __add__(self, other: Waits) -> Waits:
        merged: dict[int, int] = dict(self.weeks)
        for weeks, number in other.weeks:
            merged[weeks] = merged.get(weeks, 0) + number
        return Waits(
            tuple(sorted(merged.items())),
            self.cases + other.cases,
            self.hidden + other.hidden,
            self.case_ids | other.case_ids,
        )

    @property
    def count(self) -> int:
        return sum(number for _, number in self.weeks)

    def percentile(self, share: float) -> int | None:
        """The nearest-rank percentile: the shortest wait that at least `share` of the waits do
        not exceed (`share` 0.5 is the median, 0.9 the 90th percentile)."""
        total = self.count
        if total == 0:
            return None
        rank = max(1, math.ceil(share * total))
        seen = 0
        for weeks, number in self.weeks:
            seen += number
            if seen >= rank:
                return weeks
        return self.weeks[-1][0]  # pragma: no cover - seen reaches total

    @property
    def median(self) -> int | None:
        return self.percentile(0.5)

    @property
    def p90(self) -> int | None:
        return self.percentile(0.9)

    @property
    def longest(self) -> int | None:
        return self.weeks[-1][0] if self.weeks else None


@dataclass(frozen=True, slots=True)
class Score:
    """A key's seven-keys score averaged over cases, each case weighing the same."""

    hundredths: int = 0
    """The sum over the cases of each case's mean score, in hundredths (exact to add)."""
    cases: int = 0
    hidden: int = 0
    case_ids: frozenset[str] = field(default=frozenset(), repr=False)

    def __add__(self, other: Score) -> Score:
        return Score(
            self.hundredths + other.hundredths,
            self.cases + other.cases,
            self.hidden + other.hidden,
            self.case_ids | other.case_ids,
        )

    @property
    def mean(self) -> float | None:
        return self.hundredths / 100 / self.cases if self.cases else None


C = TypeVar("C", Count, Waits, Score)


def _add_all(parts: Iterable[Mapping[str, C]]) -> dict[str, C]:
    merged: dict[str, C] = {}
    for part in parts:
        for ident, cell in part.items():
            merged[ident] = merged[ident] + cell if ident in merged else cell
    return merged


@dataclass(frozen=True, slots=True)
class Figures:
    """A review's cells by id; a cell that is not there is zero."""

    counts: Mapping[str, Count] = field(default_factory=dict)
    waits: Mapping[str, Waits] = field(default_factory=dict)
    scores: Mapping[str, Score] = field(default_factory=dict)

    def count(self, ident: str) -> Count:
        return self.counts.get(ident, Count())

    def wait(self, ident: str) -> Waits:
        return self.waits.get(ident, Waits())

    def score(self, ident: str) -> Score:
        return self.scores.get(ident, Score())

    @property
    def cases(self) -> Count:
        return self.count(CASES)

    def quarters(self) -> list[str]:
        """The quarters that have a trend cell, oldest first."""
        return sorted({ident.split(".")[1] for ident in self.scores if ident.startswith("trend.")})


def merge(parts: Iterable[Figures]) -> Figures:
    """The figures of several caseloads without a case in common, together."""
    parts = list(parts)
    return Figures(
        counts=_add_all(p.counts for p in parts),
        waits=_add_all(p.waits for p in parts),
        scores=_add_all(p.scores for p in parts),
    )
