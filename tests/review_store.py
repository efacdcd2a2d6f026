"""A store holding the standard demo on a fixed day (60 fictional cases over six schools), for
the casusreview's unit, UI and snapshot tests."""

from __future__ import annotations

from datetime import date

from rondom_tui.domain.demo import standard_demo
from rondom_tui.store.repository import Store

REVIEW_DAY = date(2026, 3, 2)


def store_with_caseload(store: Store, today: date = REVIEW_DAY) -> Store:
    cases, events, assessments = standard_demo(today)
    with store.batch():
        store.cases.add_many(cases, audit=False)
        store.events.add_many(events, audit=False)
        for item in assessments:
            store.assessments.save(item)
    return store
