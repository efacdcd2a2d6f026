"""Fictional "may explain" links for the demo cases: what a team might write after looking at
the Tijdlijn of a story case together. Found by the stories' titles (`stories.py`), so a case
whose story lacks an event gets fewer links; every link keeps the rules of `domain.links`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rondom_tui.domain.links import Link, ViewHolder, check_link
from rondom_tui.domain.models import Case, Event

LINKED_CASES = 4
"""The first story cases get links: enough to show them, few enough to stay a sample."""

DEMO_LINKS: tuple[tuple[tuple[str, ...], str, str, ViewHolder, bool], ...] = (
    (
        ("Scheiding van de ouders", "Verhuizing naar een kleinere woning"),
        "Onrust in de klas, moeite met concentratie",
        "de scheiding en de kleinere woning geven onrust, ook in de klas",
        ViewHolder.TOGETHER,
        False,
    ),
    (
        ("Onrust in de klas, moeite met concentratie",),
        "Ruzie op het schoolplein",
        "de onrust loopt op tot ruzie; ouders zien vooral pesten",
        ViewHolder.SCHOOL,
        True,
    ),
    (
        ("Schulden: betalingsachterstand huur",),
        "Ruzie op het schoolplein",
        "geldzorgen thuis maken het kind gespannen",
        ViewHolder.PARENTS,
        False,
    ),
)
"""(causes, effect, wording, whose view, disputed), by event title."""


def demo_links(cases: Sequence[Case], events: Iterable[Event]) -> list[Link]:
    """The links of the first `LINKED_CASES` cases, between their events by title."""
    by_case: dict[str, dict[str, str]] = {}
    for event in events:
        by_case.setdefault(event.case_id, {}).setdefault(event.title, event.id)
    links: list[Link] = []
    for case in cases[:LINKED_CASES]:
        titles = by_case.get(case.id, {})
        made: list[Link] = []
        for causes, effect, wording, holder, disputed in DEMO_LINKS:
            if effect not in titles or any(cause not in titles for cause in causes):
                continue
            link = Link(
                case_id=case.id,
                causes=[titles[cause] for cause in causes],
                effect=titles[effect],
                wording=wording,
                holder=holder,
                disputed=disputed,
            )
            check_link(link, made, titles.values())
            made.append(link)
        links += made
    return links
