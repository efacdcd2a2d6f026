"""Fictional demo cases whose timelines look like real ones.

Every name, school and event here is invented. The first cases follow full stories (a divorce,
a move, a school change, a referral with a waiting time, help started and ended, debts, a new
job); further cases, for large demo stores and benchmarks, get shorter variations.
"""

from datetime import date

from rondom_tui.domain.demo.caseload import caseload
from rondom_tui.domain.demo.cases import demo_cases
from rondom_tui.domain.models import Assessment, Case, Event

__all__ = ["caseload", "demo_cases", "standard_demo"]

STORY_CASES = 12
"""The demo cases that follow the full stories."""


def standard_demo(
    today: date | None = None,
) -> tuple[list[Case], list[Event], list[Assessment]]:
    """What `rondom demo` stores: the twelve story cases and a caseload of 48 more over the same
    six schools, so that a casusreview has something to teach."""
    cases, events, assessments = demo_cases(STORY_CASES, today=today)
    more_cases, more_events, more_assessments = caseload(48, today=today, first=STORY_CASES)
    return cases + more_cases, events + more_events, assessments + more_assessments
