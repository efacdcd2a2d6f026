"""Merging review extracts: the review over several schools' stores, by school and together.

An extract holds, per school, the figures of one store's review as they may leave it
(`suppression.shareable`: withheld cells only say ``<5``). Merging adds the cells of every
school of every extract (and, in the app, of the store's own cases, shared the same way), so
the merged review of extracts without a withheld cell equals the review of all their cases;
a withheld cell stays a hidden part and the merged figure reads ``≥N``.

Two parts that may hold the same cases are refused: an extract given twice, or two extracts of
one store that share a school (each store tags its extracts with the same `source`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rondom_tui.domain.errors import RondomError
from rondom_tui.domain.review.cells import Figures, merge
from rondom_tui.domain.review.figures import Overview, Source
from rondom_tui.domain.review.months import Month
from rondom_tui.domain.review.selection import Selection
from rondom_tui.domain.review.suppression import shareable


class ExtractOverlap(RondomError):
    """Two parts of a merged review may hold the same cases."""

    message_id = "review.extract.overlap"


@dataclass(frozen=True, slots=True)
class Extract:
    """What an extract holds, decoded and checked (`bundle.review_extract`)."""

    made_in: Month
    source: str
    """A tag of the store it came from (not the store's id), the same for all its extracts."""
    selection: Selection
    units: Mapping[str, Figures]
    """School label -> its shareable figures."""

    def __repr__(self) -> str:
        return f"Extract(units={len(self.units)})"


def as_extract(overview: Overview, source: str) -> Extract:
    """A review of the store's own cases as its extract holds it."""
    return Extract(
        made_in=overview.made_on,
        source=source,
        selection=overview.selection,
        units={school: shareable(figures) for school, figures in overview.schools.items()},
    )


def merged_overview(
    extracts: Sequence[Extract], selection: Selection, made_on: Month, *, own: int | None = None
) -> Overview:
    """The review over `extracts`: per school (those `selection` takes) and together.

    `own` is the index of the part that holds the store's own cases, if one does. Raises
    `ExtractOverlap` when two parts may hold the same cases."""
    seen: dict[str, set[str]] = defaultdict(set)
    for extract in extracts:
        labels = {s.casefold() for s in extract.units}
        if seen[extract.source] & labels:
            raise ExtractOverlap()
        seen[extract.source] |= labels
    by_school: dict[str, list[Figures]] = defaultdict(list)
    sources = []
    for index, extract in enumerate(extracts):
        taken = {s: f for s, f in extract.units.items() if selection.takes_school(s)}
        for school, figures in taken.items():
            by_school[school].append(figures)
        sources.append(Source(index == own, extract.made_in, len(taken), extract.selection))
    schools = {school: merge(parts) for school, parts in sorted(by_school.items())}
    return Overview(
        selection=selection,
        made_on=made_on,
        schools=schools,
        together=merge(schools.values()),
        from_extracts=tuple(sources),
    )
