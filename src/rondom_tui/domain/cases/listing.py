"""The case list as data: one summary row per case, searched, filtered and sorted.

Pure functions over `CaseSummary` rows so that 10,000 cases can be searched on every key
press without touching the store.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from rondom_tui.domain.models import CaseStatus
from rondom_tui.domain.names import full_name


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the case list."""

    id: str
    code: str
    given_name: str
    family_name: str
    school: str
    group: str
    status: CaseStatus
    events: int
    updated_at: datetime

    def __repr__(self) -> str:
        return f"CaseSummary(id={self.id!r})"

    @property
    def full_name(self) -> str:
        return full_name(self.given_name, self.family_name)


class StatusFilter(StrEnum):
    ALL = "all"
    OPEN = "open"
    CLOSED = "closed"

    def next(self) -> StatusFilter:
        order = list(StatusFilter)
        return order[(order.index(self) + 1) % len(order)]


class SortKey(StrEnum):
    UPDATED = "updated"
    CODE = "code"
    NAME = "name"
    SCHOOL = "school"
    EVENTS = "events"

    def next(self) -> SortKey:
        order = list(SortKey)
        return order[(order.index(self) + 1) % len(order)]


def fold(text: str) -> str:
    """Lower case without accents, so ``zoe`` finds ``Zoë``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_text(row: CaseSummary, *, names: bool = True) -> str:
    """What a search matches against (names left out in privacy mode)."""
    parts = [row.code, row.school, row.group]
    if names:
        parts += [row.given_name, row.family_name]
    return fold(" ".join(parts))


def select_cases(
    rows: Sequence[CaseSummary],
    *,
    query: str = "",
    status: StatusFilter = StatusFilter.ALL,
    sort: SortKey = SortKey.UPDATED,
    descending: bool | None = None,
    names: bool = True,
) -> list[CaseSummary]:
    """The rows to show: every word of `query` must match; then sorted.

    `descending` defaults to newest first for `updated` and to ascending otherwise.
    """
    words = fold(query).split()
    chosen = [
        row
        for row in rows
        if (status is StatusFilter.ALL or row.status.value == status.value)
        and (not words or all(w in search_text(row, names=names) for w in words))
    ]
    if descending is None:
        descending = sort in (SortKey.UPDATED, SortKey.EVENTS)
    key_functions = {
        SortKey.UPDATED: lambda r: (r.updated_at, r.code),
        SortKey.CODE: lambda r: (r.code,),
        SortKey.NAME: lambda r: (fold(r.family_name), fold(r.given_name), r.code),
        SortKey.SCHOOL: lambda r: (fold(r.school), fold(r.group), r.code),
        SortKey.EVENTS: lambda r: (r.events, r.code),
    }
    if sort is SortKey.NAME and not names:
        sort = SortKey.CODE
    chosen.sort(key=key_functions[sort], reverse=descending)
    return chosen
