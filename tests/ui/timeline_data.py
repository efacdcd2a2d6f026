"""A fixed fictional case with a realistic timeline, and a fixed today, for the timeline
screen's Pilot and snapshot tests (no real person; nothing depends on the real date)."""

from __future__ import annotations

from datetime import date

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.demo import demo_cases
from rondom_tui.domain.models import HINDERING, PROMOTING, Case, Category, Event, GoalStatus, Lane
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.domain.timeline.navigation import order_key
from rondom_tui.store.repository import Store
from tests.conftest import SECRET_NAME, secret_case

TODAY = date(2026, 3, 2)
CODE = "K-7F3A"
NAMED_EVENT = "event-named"
"""An event whose title, note and source name the child and a parent."""


def timeline_case() -> tuple[Case, list[Event]]:
    """The secret case with the demo story (divorce, move, school change, referral and waiting
    time, help started and ended, debts, a new job) and one event that names the child."""
    demo_case_list, demo_events, _ = demo_cases(1, today=TODAY, seed=7)
    demo = demo_case_list[0]
    case = secret_case(code=CODE, date_of_birth=demo.date_of_birth)
    # The demo's ids are random; number the events by date, then title, so that every run
    # (and every snapshot) sees the same ids in the same order.
    story = sorted(
        (e for e in demo_events if e.case_id == demo.id), key=lambda e: (order_key(e)[:-1], e.title)
    )
    for number, event in enumerate(story):
        event.id = f"event-{number:02d}"
        event.case_id = case.id
    story.append(
        Event(
            id=NAMED_EVENT,
            case_id=case.id,
            lane=Lane.KIND,
            category=Category.OBSERVATION,
            title=f"{SECRET_NAME} vertelt trots over de voetbalclub",
            note=f"Moeder Quaakernaat ziet {SECRET_NAME} opbloeien.",
            start=PartialDate(2025, 11, 3),
            valence=PROMOTING,
            keys=[2],
            source="Moeder Quaakernaat",
        )
    )
    return case, story


def store_with_timeline(store: Store) -> Case:
    """Put the case and its events in `store`; returns the stored case."""
    case, events = timeline_case()
    store.cases.add(case)
    store.events.add_many(events)
    return case


def store_with_plan(store: Store) -> Case:
    """The timeline case with a plan: an item answering the referral's waiting (a period from
    April to July 2026, evaluated mid-June) and one evaluated in September without a period;
    an achieved item, which is not drawn. All after `TODAY`."""
    case = store_with_timeline(store)
    answered = next(e for e in store.events.for_case(case.id) if e.valence == HINDERING)
    store.plans.save(
        PlanItem(
            id="plan-1",
            case_id=case.id,
            goal="Rust in de klas",
            by_whom="mentor",
            start=PartialDate(2026, 4),
            until=PartialDate(2026, 7),
            evaluate_on=PartialDate(2026, 6, 15),
            events=(answered.id,),
            status=GoalStatus.ACTIVE,
        )
    )
    store.plans.save(
        PlanItem(
            id="plan-2",
            case_id=case.id,
            goal="Samen met ouders de thuissituatie bespreken",
            evaluate_on=PartialDate(2026, 9),
        )
    )
    store.plans.save(
        PlanItem(
            id="plan-3",
            case_id=case.id,
            goal="Al bereikt",
            start=PartialDate(2026, 10),
            status=GoalStatus.ACHIEVED,
        )
    )
    return case
