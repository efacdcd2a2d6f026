"""Help with explaining a case: waiting times, what promoted and what hindered, where hindering
events pile up, and filters that say what they leave out.

Every rule here is simple enough to say in a meeting, because professionals and parents must be
able to check the figure against what they remember. Pure functions over events.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from rondom_tui.domain.dates import format_day
from rondom_tui.domain.keys import KEY_NUMBERS
from rondom_tui.domain.models import HINDERING, PROMOTING, Category, Event, Lane
from rondom_tui.domain.timeline.labels import category_name, lane_name, valence_name
from rondom_tui.domain.timeline.navigation import order_key
from rondom_tui.domain.timeline.stacking import WaitSpan, event_days
from rondom_tui.i18n.texts import translate, translate_count

CLUSTER_DAYS = 91
"""Hindering events cluster when `CLUSTER_SIZE` of them start within this many days."""
CLUSTER_SIZE = 3


# -- waiting times ----------------------------------------------------------------------


def weeks_text(weeks: int, *, lang: str) -> str:
    """``1 week`` or ``14 weken``."""
    if weeks == 1:
        return translate(lang, "timeline.weeks.one")
    return translate(lang, "timeline.weeks.many", weeks=weeks)


@dataclass(frozen=True, slots=True)
class WaitingTime:
    """From a referral (aanmelding) to the start of help, or to today while none started."""

    referral_id: str
    help_id: str | None
    """None: no help has started yet; the wait is measured up to today."""
    lane: Lane
    """The referral's lane."""
    referred_on: date
    until: date
    uncertain: bool
    """A date at either end is not an exact day, so the figure is approximate."""

    @property
    def ongoing(self) -> bool:
        return self.help_id is None

    @property
    def days(self) -> int:
        return (self.until - self.referred_on).days

    @property
    def weeks(self) -> int:
        """Completed weeks."""
        return self.days // 7

    @property
    def span(self) -> WaitSpan:
        """The wait as it is drawn on the timeline, in the referral's lane."""
        return WaitSpan(self.referral_id, self.lane, self.referred_on, self.until, self.ongoing)

    def text(self, *, lang: str) -> str:
        """``wachttijd 14 weken``, ``wachttijd ca. 14 weken`` or the still-waiting form."""
        duration = weeks_text(self.weeks, lang=lang)
        if self.ongoing:
            return translate(lang, "timeline.wait.ongoing", duration=duration)
        if self.uncertain:
            return translate(lang, "timeline.wait.measured_approx", duration=duration)
        return translate(lang, "timeline.wait.measured", duration=duration)


def waiting_times(events: Iterable[Event], today: date) -> tuple[WaitingTime, ...]:
    """Pair every referral with the start of help that answers it, in time order.

    The rule, in the order it is applied:
    1. In each lane, help that starts goes to the earliest referral of that lane still waiting
       (first come, first served; on one day the referral counts first).
    2. A referral still waiting then takes the first start of help in any lane, on or after its
       date, that no referral took yet (the referral may be written under School and the help
       under Jeugdhulp).
    3. A referral left over is a wait that goes on: measured to today.
    A referral dated after today is a plan, not a wait: it takes part in none of this (nor
    takes help that a referral of today or before may be waiting for).
    """
    ordered = sorted(
        (
            e
            for e in events
            if e.category is Category.HELP_STARTED
            or (e.category is Category.REFERRAL and e.start.anchor() <= today)
        ),
        key=lambda e: (e.start.anchor(), e.category is Category.HELP_STARTED, order_key(e)),
    )
    paired: dict[str, Event] = {}
    taken: set[str] = set()
    for lane in Lane:
        waiting: list[Event] = []
        for event in (e for e in ordered if e.lane is lane):
            if event.category is Category.REFERRAL:
                waiting.append(event)
            elif waiting:
                paired[waiting.pop(0).id] = event
                taken.add(event.id)
    helps = [e for e in ordered if e.category is Category.HELP_STARTED]
    result: list[WaitingTime] = []
    for referral in (e for e in ordered if e.category is Category.REFERRAL):
        referred_on = referral.start.anchor()
        help_event = paired.get(referral.id)
        if help_event is None:
            help_event = next(
                (h for h in helps if h.id not in taken and h.start.anchor() >= referred_on), None
            )
            if help_event is not None:
                taken.add(help_event.id)
        if help_event is None:
            result.append(
                WaitingTime(
                    referral.id,
                    None,
                    referral.lane,
                    referred_on,
                    today,
                    referral.start.is_uncertain,
                )
            )
            continue
        result.append(
            WaitingTime(
                referral.id,
                help_event.id,
                referral.lane,
                referred_on,
                max(referred_on, help_event.start.anchor()),
                referral.start.is_uncertain or help_event.start.is_uncertain,
            )
        )
    return tuple(result)


def waits_to_draw(
    waits: Iterable[WaitingTime], events: Iterable[Event], today: date
) -> list[WaitingTime]:
    """The measured waiting times the picture draws: not one that the case already shows as an
    event of the kind waiting (a "Wachtlijst" entry over the same weeks), so a wait is never
    drawn twice. The measured figure still goes with the referral in the details."""
    written = [
        (days[0], days[3])
        for days in (event_days(e, today) for e in events if e.category is Category.WAITING)
    ]
    return [
        wait
        for wait in waits
        if not any(first <= wait.until and last >= wait.referred_on for first, last in written)
    ]


def longest_waits(waits: Iterable[WaitingTime], count: int = 3) -> tuple[WaitingTime, ...]:
    """The `count` longest waits, longest first (earlier referral first on a tie)."""
    return tuple(sorted(waits, key=lambda w: (-w.days, w.referred_on, w.referral_id))[:count])


# -- summary ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ValenceCount:
    promoting: int = 0
    hindering: int = 0
    neutral: int = 0

    @property
    def total(self) -> int:
        return self.promoting + self.hindering + self.neutral

    def plus(self, valence: int) -> ValenceCount:
        if valence == PROMOTING:
            return ValenceCount(self.promoting + 1, self.hindering, self.neutral)
        if valence == HINDERING:
            return ValenceCount(self.promoting, self.hindering + 1, self.neutral)
        return ValenceCount(self.promoting, self.hindering, self.neutral + 1)


@dataclass(frozen=True, slots=True)
class Cluster:
    """A period in which hindering events pile up."""

    first: date
    last: date
    event_ids: tuple[str, ...]

    def text(self, *, lang: str) -> str:
        return translate(
            lang,
            "timeline.cluster",
            count=len(self.event_ids),
            first=format_day(self.first, lang),
            last=format_day(self.last, lang),
        )


@dataclass(frozen=True, slots=True)
class Summary:
    per_lane: Mapping[Lane, ValenceCount]
    """Every lane, in display order, zeros included."""
    per_key: Mapping[int, ValenceCount]
    """Keys 1..7; an event linked to two keys counts under both."""
    clusters: tuple[Cluster, ...]
    longest_waits: tuple[WaitingTime, ...]


def hindering_clusters(
    events: Iterable[Event], *, within_days: int = CLUSTER_DAYS, at_least: int = CLUSTER_SIZE
) -> tuple[Cluster, ...]:
    """Periods where at least `at_least` hindering events start within `within_days` days.

    Every run of that many starts inside the span marks its events; runs that share an event
    are joined, so one busy stretch is one cluster from its first start to its last.
    """
    hindering = sorted((e for e in events if e.valence == HINDERING), key=order_key)
    anchors = [e.start.anchor() for e in hindering]
    ranges: list[list[int]] = []
    end = 0
    for start in range(len(anchors)):
        end = max(end, start)
        while end + 1 < len(anchors) and (anchors[end + 1] - anchors[start]).days <= within_days:
            end += 1
        if end - start + 1 < at_least:
            continue
        if ranges and start <= ranges[-1][1]:
            ranges[-1][1] = end
        else:
            ranges.append([start, end])
    return tuple(
        Cluster(anchors[a], anchors[b], tuple(e.id for e in hindering[a : b + 1]))
        for a, b in ranges
    )


def summarise(
    events: Iterable[Event],
    today: date,
    *,
    within_days: int = CLUSTER_DAYS,
    at_least: int = CLUSTER_SIZE,
    longest: int = 3,
) -> Summary:
    """Counts per lane and per key, hindering clusters and the longest waits."""
    events = list(events)
    per_lane = dict.fromkeys(Lane, ValenceCount())
    per_key = dict.fromkeys(sorted(KEY_NUMBERS), ValenceCount())
    for event in events:
        per_lane[event.lane] = per_lane[event.lane].plus(event.valence)
        for key in set(event.keys):
            per_key[key] = per_key[key].plus(event.valence)
    return Summary(
        per_lane,
        per_key,
        hindering_clusters(events, within_days=within_days, at_least=at_least),
        longest_waits(waiting_times(events, today), longest),
    )


def events_bearing_on(events: Iterable[Event], key: int) -> list[Event]:
    """The events linked to one of the seven keys, in time order (for the self-assessment)."""
    return sorted((e for e in events if key in e.keys), key=order_key)


# -- filters ----------------------------------------------------------------------------


class Disputed(StrEnum):
    """Which events the filter lets through by whether someone disputes them."""

    ALL = "all"
    ONLY = "only"
    HIDE = "hide"


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """What the timeline shows; an empty set means no limit on that dimension.

    An event passes when it matches every dimension that is limited; for keys it is enough to
    bear on one of the chosen keys.
    """

    lanes: frozenset[Lane] = field(default_factory=frozenset)
    valences: frozenset[int] = field(default_factory=frozenset)
    keys: frozenset[int] = field(default_factory=frozenset)
    categories: frozenset[Category] = field(default_factory=frozenset)
    disputed: Disputed = Disputed.ALL
    """Only the disputed events, none of them, or all."""

    @property
    def active(self) -> bool:
        limited = self.lanes or self.valences or self.keys or self.categories
        return bool(limited) or self.disputed is not Disputed.ALL

    def matches(self, event: Event) -> bool:
        return (
            (not self.lanes or event.lane in self.lanes)
            and (not self.valences or event.valence in self.valences)
            and (not self.keys or not self.keys.isdisjoint(event.keys))
            and (not self.categories or event.category in self.categories)
            and (
                self.disputed is Disputed.ALL or event.disputed == (self.disputed is Disputed.ONLY)
            )
        )

    def apply(self, events: Iterable[Event]) -> list[Event]:
        return [e for e in events if self.matches(e)]

    def describe(self, shown: int, total: int, *, lang: str) -> str:
        """The header line, in `lang`: all events, or which filter is on and how many it
        hides."""
        if not self.active:
            return translate(lang, "timeline.filter.none", total=total)
        parts: list[str] = []
        if self.lanes:
            names = [lane_name(lane, lang=lang) for lane in Lane if lane in self.lanes]
            parts.append(translate(lang, "timeline.filter.lanes", values=", ".join(names)))
        if self.valences:
            names = [valence_name(v, lang=lang) for v in (1, -1, 0) if v in self.valences]
            parts.append(translate(lang, "timeline.filter.valences", values=", ".join(names)))
        if self.keys:
            keys = ", ".join(str(k) for k in sorted(self.keys))
            parts.append(translate(lang, "timeline.filter.keys", values=keys))
        if self.categories:
            names = [category_name(c, lang=lang) for c in Category if c in self.categories]
            parts.append(translate(lang, "timeline.filter.categories", values=", ".join(names)))
        if self.disputed is not Disputed.ALL:
            parts.append(translate(lang, f"timeline.filter.disputed.{self.disputed.value}"))
        return translate_count(
            lang,
            "timeline.filter.active",
            total,
            parts="; ".join(parts),
            shown=shown,
            total=total,
        )
