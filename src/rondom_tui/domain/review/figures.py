"""The figures of a review, worked out from a caseload and a selection. Pure: no I/O.

What is counted (per school; all schools together is the sum, `cells.merge`):
- the cases in the review (`selection` says which);
- per key and per lane, the hindering and the promoting events and the cases they occur in
  (an event linked to two keys counts under both; an event without keys under none; neutral
  events nowhere); per category, the hindering events;
- waiting times from a referral to the start of help, paired as the Tijdlijn pairs them
  (`domain.timeline.analysis.waiting_times`), in completed weeks: all, per lane of the
  referral, and per kind of help (the lane in which help started, or none yet);
- the seven-keys scores: per case its latest final self-assessment in the period, the mean of
  each key, averaged over the cases; the trend the same per quarter;
- the action points of the cases' self-assessments held in the period: open, and overdue
  (a due day before the day of the review).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial

from rondom_tui.domain.keys import KEY_NUMBERS
from rondom_tui.domain.models import HINDERING, AssessmentStatus, Category, Lane
from rondom_tui.domain.review.cells import (
    ACTIONS_OPEN,
    ACTIONS_OVERDUE,
    CASES,
    VALENCES,
    WAIT_ALL,
    Count,
    Figures,
    Score,
    Waits,
    action_key_id,
    category_id,
    key_id,
    lane_id,
    merge,
    score_id,
    trend_id,
    wait_help_id,
    wait_lane_id,
)
from rondom_tui.domain.review.facts import (
    WAIT_CATEGORIES,
    AssessmentFact,
    CaseFact,
    Caseload,
    EventFact,
    anchor_day,
)
from rondom_tui.domain.review.months import Month
from rondom_tui.domain.review.selection import Selection
from rondom_tui.domain.timeline.analysis import waiting_times
from rondom_tui.i18n.texts import translate_count

_KEY_IDS = {(k, v): key_id(k, v) for k in KEY_NUMBERS for v in VALENCES}
_LANE_IDS = {(lane, v): lane_id(lane, v) for lane in Lane for v in VALENCES}
_CATEGORY_IDS = {c: category_id(c) for c in Category}


class _Tallies:
    """Counts being made: per cell id, how many and which cases."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = defaultdict(int)
        self.cases: dict[str, set[str]] = defaultdict(set)

    def add(self, ident: str, case_id: str) -> None:
        self.counts[ident] += 1
        self.cases[ident].add(case_id)

    def add_event(self, event: EventFact) -> None:
        """Under each of its keys, its lane, and (hindering) its category: the hot loop of a
        review of 10,000 cases, so the ids are looked up, not made."""
        valence, case_id = event.valence, event.case_id
        idents = [_KEY_IDS[key, valence] for key in set(event.keys)]
        idents.append(_LANE_IDS[event.lane, valence])
        if valence == HINDERING:
            idents.append(_CATEGORY_IDS[event.category])
        counts, cases = self.counts, self.cases
        for ident in idents:
            counts[ident] += 1
            cases[ident].add(case_id)

    def cells(self) -> dict[str, Count]:
        return {
            ident: Count(number, len(self.cases[ident]), 0, frozenset(self.cases[ident]))
            for ident, number in self.counts.items()
        }


class _WaitTallies:
    def __init__(self) -> None:
        self.weeks: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        self.cases: dict[str, set[str]] = defaultdict(set)

    def add(self, ident: str, weeks: int, case_id: str) -> None:
        self.weeks[ident][weeks] += 1
        self.cases[ident].add(case_id)

    def cells(self) -> dict[str, Waits]:
        return {
            ident: Waits(
                tuple(sorted(histogram.items())),
                len(self.cases[ident]),
                0,
                frozenset(self.cases[ident]),
            )
            for ident, histogram in self.weeks.items()
        }


@dataclass(frozen=True, slots=True)
class CaseWait:
    """One measured wait as a review counts it."""

    referred_on: date
    """The referral's anchor day (only its month is ever shown)."""
    weeks: int
    lane: Lane
    """The referral's lane."""
    help_lane: Lane | None
    """The lane in which the help that answered it started; None while still waiting."""


def case_waits(events: Sequence[EventFact], today: date) -> list[CaseWait]:
    """A case's waits, paired as the Tijdlijn pairs them (`timeline.analysis.waiting_times`).

    Most cases have one referral and at most one start of help; for them the rule comes down
    to: the help answers the referral when it starts on or after it. That shortcut saves much
    of the count of 10,000 cases, and a property test holds it to `waiting_times`. Anything
    else goes through `waiting_times` itself."""
    referrals = [e for e in events if e.category is Category.REFERRAL]
    if not referrals:
        return []
    helps = [e for e in events if e.category is Category.HELP_STARTED]
    if len(referrals) == 1 and len(helps) <= 1:
        referral = referrals[0]
        referred_on = anchor_day(referral.start)
        if helps and anchor_day(helps[0].start) >= referred_on:
            days = (anchor_day(helps[0].start) - referred_on).days
            return [CaseWait(referred_on, days // 7, referral.lane, helps[0].lane)]
        if referred_on > today:
            return []
        return [CaseWait(referred_on, (today - referred_on).days // 7, referral.lane, None)]
    lanes = {e.id: e.lane for e in events}
    return [
        CaseWait(w.referred_on, w.weeks, w.lane, lanes[w.help_id] if w.help_id else None)
        for w in waiting_times([e.as_event() for e in events], today)
    ]


def _latest(assessments: Iterable[AssessmentFact]) -> AssessmentFact:
    return max(assessments, key=lambda a: (a.held_on, a.created_at, a.id))


def _score_cells(finals: Mapping[str, list[AssessmentFact]]) -> dict[str, Score]:
    """Per key, the latest final assessment of each case; per quarter and key, the latest of
    each case in that quarter."""
    sums: dict[str, int] = defaultdict(int)
    cases: dict[str, set[str]] = defaultdict(set)
    worked_out: dict[int, dict[int, int]] = {}
    """The latest of a case is often the latest of its quarter too: one sum each."""

    def add(assessment: AssessmentFact, ident_of: Callable[[int], str], case_id: str) -> None:
        if id(assessment) not in worked_out:
            worked_out[id(assessment)] = assessment.key_hundredths()
        for key, hundredths in worked_out[id(assessment)].items():
            ident = ident_of(key)
            sums[ident] += hundredths
            cases[ident].add(case_id)

    for case_id, found in finals.items():
        add(_latest(found), score_id, case_id)
        by_quarter: dict[str, list[AssessmentFact]] = defaultdict(list)
        for assessment in found:
            by_quarter[Month.of(assessment.held_on).quarter].append(assessment)
        for quarter, held in by_quarter.items():
            add(_latest(held), partial(trend_id, quarter), case_id)
    return {
        ident: Score(total, len(cases[ident]), 0, frozenset(cases[ident]))
        for ident, total in sums.items()
    }


def review_figures(caseload: Caseload, selection: Selection, today: date) -> Figures:
    """The figures of the cases `selection` takes from `caseload`, on the day `today`."""
    chosen: dict[str, CaseFact] = {c.id: c for c in caseload.cases if selection.takes_case(c)}
    period = selection.has_period
    seen: set[str] = set()
    """Cases with something in the period."""
    tallies = _Tallies()
    for_waits: dict[str, list[EventFact]] = defaultdict(list)
    for event in caseload.events:
        case_id = event.case_id
        if case_id not in chosen:
            continue
        if event.category in WAIT_CATEGORIES:
            for_waits[case_id].append(event)
        if period and not selection.in_period(event.month):
            continue
        seen.add(case_id)
        if event.valence:
            tallies.add_event(event)

    waits = _WaitTallies()
    for case_id, events in for_waits.items():
        for wait in case_waits(events, today):
            if period and not selection.in_period(Month.of(wait.referred_on)):
                continue
            seen.add(case_id)
            waits.add(WAIT_ALL, wait.weeks, case_id)
            waits.add(wait_lane_id(wait.lane), wait.weeks, case_id)
            waits.add(wait_help_id(wait.help_lane), wait.weeks, case_id)

    finals: dict[str, list[AssessmentFact]] = defaultdict(list)
    for assessment in caseload.assessments:
        case_id = assessment.case_id or ""
        if case_id not in chosen:
            continue
        if period and not selection.in_period(Month.of(assessment.held_on)):
            continue
        seen.add(case_id)
        if assessment.status is AssessmentStatus.FINAL:
            finals[case_id].append(assessment)
        for action in assessment.actions:
            if action.done:
                continue
            tallies.add(ACTIONS_OPEN, case_id)
            tallies.add(action_key_id(action.key, overdue=False), case_id)
            if action.due is not None and action.due < today:
                tallies.add(ACTIONS_OVERDUE, case_id)
                tallies.add(action_key_id(action.key, overdue=True), case_id)

    counted = seen if period else set(chosen)
    counts = tallies.cells()
    if counted:
        counts[CASES] = Count(len(counted), len(counted), 0, frozenset(counted))
    return Figures(counts=counts, waits=waits.cells(), scores=_score_cells(finals))


NO_SCHOOL = ""
"""The unit of cases without a school."""


@dataclass(frozen=True, slots=True)
class Source:
    """One part of a review merged from extracts: this store's own cases, or an extract."""

    own: bool
    """True for the store's own cases (treated as its own extract would be)."""
    made_in: Month
    schools: int
    selection: Selection

    def describe(self, *, lang: str) -> str:
        """``extract van mrt 2026: 3 scholen, vanaf jan 2025``."""
        return translate_count(
            lang,
            "review.source.own" if self.own else "review.source.extract",
            self.schools,
            made=self.made_in.display(lang),
            schools=self.schools,
            period=self.selection.period_text(lang=lang),
        )


@dataclass(frozen=True, slots=True)
class Overview:
    """A review: the figures per school and of all schools together."""

    selection: Selection
    made_on: Month
    """The month of the review (a review names no day)."""
    schools: Mapping[str, Figures]
    """School label -> its figures, every school with a case in the review."""
    together: Figures
    from_extracts: tuple[Source, ...] = field(default=())
    """Empty for a review of the store's own cases; else where each part came from."""

    @property
    def with_cases(self) -> bool:
        """True when the figures know the cases behind them (the store's own review)."""
        return not self.from_extracts


def overview(caseload: Caseload, selection: Selection, today: date | datetime) -> Overview:
    """The review of a caseload: each school's figures, and together their sum."""
    day = today.date() if isinstance(today, datetime) else today
    by_school: dict[str, list[CaseFact]] = defaultdict(list)
    for case in caseload.cases:
        if selection.takes_case(case):
            by_school[case.school_label].append(case)
    school_of = {c.id: school for school, cases in by_school.items() for c in cases}
    events: dict[str, list[EventFact]] = defaultdict(list)
    for event in caseload.events:
        school = school_of.get(event.case_id)
        if school is not None:
            events[school].append(event)
    assessments: dict[str, list[AssessmentFact]] = defaultdict(list)
    for assessment in caseload.assessments:
        school = school_of.get(assessment.case_id or "")
        if school is not None:
            assessments[school].append(assessment)
    schools = {
        school: review_figures(Caseload(cases, events[school], assessments[school]), selection, day)
        for school, cases in sorted(by_school.items())
    }
    schools = {school: figures for school, figures in schools.items() if figures.cases.count}
    return Overview(selection, Month.of(day), schools, merge(schools.values()))
