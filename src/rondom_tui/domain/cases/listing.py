"""The case list as data: one summary row per case, searched, filtered and sorted.

Pure functions over `CaseSummary` rows, and `CaseIndex`, which keeps what a search matches and
each sort order, so that 10,000 cases can be searched on every key press without touching the
store.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import StrEnum

import msgspec

from rondom_tui.domain.models import CaseStatus
from rondom_tui.domain.names import full_name


class CaseSummary(msgspec.Struct, kw_only=True, frozen=True, gc=False):
    """One row of the case list. A `msgspec.Struct`: made 50,000 times when a large store
    opens, where a frozen dataclass took three times as long."""

    id: str
    code: str
    given_name: str
    family_name: str
    school: str
    group: str
    status: CaseStatus
    events: int
    updated_at: datetime
    pseudonymised: bool = False
    """A copy from a pseudonymised bundle (for a case review), not the child's own file."""
    retention_until: date | None = None
    """Keep the file until this day (Bewaren tot); after it the case is due for erasure."""

    def __repr__(self) -> str:
        return f"CaseSummary(id={self.id!r})"

    @property
    def full_name(self) -> str:
        return full_name(self.given_name, self.family_name)

    def retention_passed(self, today: date) -> bool:
        """The keep-until day lies before `today`: the file should be erased."""
        return self.retention_until is not None and self.retention_until < today


def count_retention_passed(rows: Sequence[CaseSummary], today: date) -> int:
    """How many cases are kept past their keep-until day."""
    return sum(1 for row in rows if row.retention_passed(today))


class StatusFilter(StrEnum):
    ALL = "all"
    OPEN = "open"
    CLOSED = "closed"
    RETENTION_PASSED = "retention_passed"
    """Kept past the keep-until day: due for erasure."""

    def admits(self, row: CaseSummary, today: date) -> bool:
        if self is StatusFilter.ALL:
            return True
        if self is StatusFilter.RETENTION_PASSED:
            return row.retention_passed(today)
        return row.status.value == self.value

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
    if text.isascii():  # most names and schools: no accents to take off, and 20 times faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_text(row: CaseSummary, *, names: bool = True) -> str:
    """What a search matches against (names left out in privacy mode)."""
    parts = [row.code, row.school, row.group]
    if names:
        parts += [row.given_name, row.family_name]
    return fold(" ".join(parts))


_SORT_KEYS: dict[SortKey, Callable[[CaseSummary], tuple[object, ...]]] = {
    SortKey.UPDATED: lambda r: (r.updated_at, r.code),
    SortKey.CODE: lambda r: (r.code,),
    SortKey.NAME: lambda r: (fold(r.family_name), fold(r.given_name), r.code),
    SortKey.SCHOOL: lambda r: (fold(r.school), fold(r.group), r.code),
    SortKey.EVENTS: lambda r: (r.events, r.code),
}


class CaseIndex:
    """The case list's rows, ready to be searched on every key press at 10,000 cases and more.

    What a search matches is folded once per row, when first needed, not once per row per key
    press; each sort order is worked out once and kept, so a key press filters a list that is
    already in order and sorts nothing. A query that only grows (a character typed at its end)
    filters what the query before it found, not every row: each of its words holds a word of
    the one before. A new index is made when the rows change.
    """

    def __init__(self, rows: Sequence[CaseSummary]) -> None:
        self.rows: tuple[CaseSummary, ...] = tuple(rows)
        """Every case, in the store's order."""
        self._haystacks: dict[bool, list[str]] = {}
        """With names or without -> per row, what a search matches against."""
        self._orders: dict[tuple[SortKey, bool], list[int]] = {}
        """(sort key, descending) -> the rows' positions in that order."""
        self._last: tuple[tuple[object, ...], str, list[int]] | None = None
        """The last search: its settings, its folded query and the positions it found."""
        self._passed: tuple[date, int] | None = None

    def retention_passed(self, today: date) -> int:
        """How many cases are kept past their keep-until day (counted once per day, not on
        every key press)."""
        if self._passed is None or self._passed[0] != today:
            self._passed = (today, count_retention_passed(self.rows, today))
        return self._passed[1]

    def __len__(self) -> int:
        return len(self.rows)

    def select(
        self,
        *,
        query: str = "",
        status: StatusFilter = StatusFilter.ALL,
        sort: SortKey = SortKey.UPDATED,
        descending: bool | None = None,
        names: bool = True,
        today: date | None = None,
    ) -> list[CaseSummary]:
        """The rows to show: every word of `query` must match; then sorted.

        `descending` defaults to newest first for `updated` and to ascending otherwise. Without
        names (privacy mode) a search does not look at them and sorting by name sorts by code.
        `today` decides whose keep-until day has passed (the real today when not given).
        """
        if descending is None:
            descending = sort in (SortKey.UPDATED, SortKey.EVENTS)
        if sort is SortKey.NAME and not names:
            sort = SortKey.CODE
        rows = self.rows
        folded = fold(query)
        words = folded.split()
        day = today or date.today()
        settings = (sort, descending, names, status, day)
        last = self._last
        if last is not None and last[0] == settings and folded.startswith(last[1]):
            candidates = last[2]  # the query grew: what it finds is among what it found
        else:
            every = status is StatusFilter.ALL
            order = self._order(sort, descending)
            candidates = order if every else [i for i in order if status.admits(rows[i], day)]
        if not words:
            found = candidates
        elif len(words) == 1:
            word, haystacks = words[0], self._haystacks_for(names)
            found = [i for i in candidates if word in haystacks[i]]
        else:
            haystacks = self._haystacks_for(names)
            found = [i for i in candidates if all(w in haystacks[i] for w in words)]
        self._last = (settings, folded, found)
        return [rows[i] for i in found]

    def _haystacks_for(self, names: bool) -> list[str]:
        if names not in self._haystacks:
            self._haystacks[names] = [search_text(row, names=names) for row in self.rows]
        return self._haystacks[names]

    def _order(self, sort: SortKey, descending: bool) -> list[int]:
        if (sort, descending) not in self._orders:
            keys = [_SORT_KEYS[sort](row) for row in self.rows]
            self._orders[sort, descending] = sorted(
                range(len(keys)), key=keys.__getitem__, reverse=descending
            )
        return self._orders[sort, descending]


def select_cases(
    rows: Sequence[CaseSummary],
    *,
    query: str = "",
    status: StatusFilter = StatusFilter.ALL,
    sort: SortKey = SortKey.UPDATED,
    descending: bool | None = None,
    names: bool = True,
    today: date | None = None,
) -> list[CaseSummary]:
    """The rows to show, once (a list searched on every key press keeps a `CaseIndex`)."""
    return CaseIndex(rows).select(
        query=query, status=status, sort=sort, descending=descending, names=names, today=today
    )
