"""The case list's rows, kept compact: what the list shows, filters, sorts and searches on.

The case list needs a dozen fields of every case, and the audit trail, an import's plan and
the export screen need the codes and names; none needs a case's parties, consents, goals or
question. Building full `Case` models for 50,000 cases takes seconds, so the catalogue decodes
each stored case straight into a `CatalogueRow` (the model's checks on those fields only) the
first time the list is asked for, and afterwards only the rows of the cases that changed: the
cases table (`documents.Documents`) says which ids were put, removed or changed in place, and
the per-case tables which cases gained or lost a record (the event counts).
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Collection
from datetime import date, datetime
from typing import Annotated, Any

import msgspec

from rondom_tui.domain.cases.listing import CaseIndex, CaseSummary
from rondom_tui.domain.models import CODE_MAX, CODE_PATTERN, LINE_MAX, CaseStatus
from rondom_tui.domain.text import is_clean_line
from rondom_tui.store.documents import Documents, Encoded
from rondom_tui.store.errors import StoreCorrupt

PSEUDONYMISED_TAG = "gepseudonimiseerd"
"""The tag of a case that came in from a pseudonymised bundle: a copy for a case review, with
names and contacts removed, never the child's own file (the case list marks it)."""


_Line = Annotated[str, msgspec.Meta(max_length=LINE_MAX)]


class CatalogueRow(msgspec.Struct, gc=False):
    """The fields of a stored case the list and the quick reads use, with the model's checks:
    the lengths and kinds as decoded, the patterns of its texts (`Ident`, `ShortText`,
    `CaseCode`) by `_fit`, over all the rows at once (a pattern per text cost 22 of the 55 ms
    these rows took at 10,000 cases). A text with a control character fails them: the case is
    then read, and so cleaned, as a whole."""

    id: _Line
    updated_at: datetime
    code: Annotated[str, msgspec.Meta(max_length=CODE_MAX)] = ""
    given_name: _Line = ""
    family_name: _Line = ""
    school: _Line = ""
    group: _Line = ""
    status: CaseStatus = CaseStatus.OPEN
    tags: builtins.list[_Line] = msgspec.field(default_factory=builtins.list)
    retention_until: date | None = None
    revision: int = 0


_ROWS = msgspec.json.Decoder(CatalogueRow)
_ALL_ROWS = msgspec.json.Decoder(list[CatalogueRow])
_CODE = re.compile(CODE_PATTERN)
"""`CaseCode`'s pattern (over all codes joined: no code holds `^` or `$`)."""


def _fit(rows: Collection[CatalogueRow]) -> bool:
    """Every text of `rows` passes its model's pattern: one line without a control character
    (`Ident`, `ShortText`), a code of letters, digits and dashes (`CaseCode`)."""
    texts = [
        text
        for row in rows
        for text in (row.id, row.given_name, row.family_name, row.school, row.group, *row.tags)
    ]
    codes = "".join([row.code for row in rows])
    return is_clean_line(" ".join(texts)) and _CODE.fullmatch(codes) is not None


class Catalogue:
    """The rows of the cases in `cases`, with their counts of records in `events`."""

    def __init__(self, cases: Documents, events: Documents) -> None:
        self._cases = cases
        self._events = events
        self._rows: dict[str, CatalogueRow] | None = None
        self._summaries: dict[str, CaseSummary] = {}
        self._made: builtins.list[CaseSummary] | None = None
        """The summaries in stored order as last made: kept while no case or count changed."""
        self._index: CaseIndex | None = None
        """The search index over `_made`, with the sort orders it has worked out."""

    def holds(self, cases: Any, events: Any) -> bool:
        """This catalogue is of these tables (after a reload it is not)."""
        return cases is self._cases and events is self._events

    def rows(self) -> dict[str, CatalogueRow]:
        """Case id -> its row, every case, brought up to date."""
        rows = self._rows
        if rows is None:
            self._cases.take_changed()
            self._events.take_changed()
            rows = self._rows = self._all_rows()
            return rows
        changed, _ = self._cases.take_changed()
        if changed:
            self._made = None
        for ident in changed:
            self._summaries.pop(ident, None)
            if ident in self._cases:
                rows[ident] = self._row(ident)
            else:
                rows.pop(ident, None)
        return rows

    def summaries(self) -> builtins.list[CaseSummary]:
        """The case list's rows, in stored order; only changed ones are made again."""
        return builtins.list(self._current())

    def index(self) -> CaseIndex:
        """The case list's search index over the summaries: the same one, with the sort orders
        it worked out, while no case or count changed (a save that touched no case, the list
        shown again). The unlock screen's thread makes it, and the list's first order."""
        made = self._current()
        if self._index is None:
            self._index = CaseIndex(made)
        return self._index

    def _current(self) -> builtins.list[CaseSummary]:
        rows = self.rows()
        _, recounted = self._events.take_changed()
        summaries = self._summaries
        for case_id in recounted:
            summaries.pop(case_id, None)
        if recounted:
            self._made = None
        if self._made is not None:
            return self._made
        counts: dict[str, int] | None = None  # counted only when a row is made
        made = []
        for ident, row in rows.items():
            summary = summaries.get(ident)
            if summary is None:
                if counts is None:
                    counts = self._events.counts_by_case()
                summary = summaries[ident] = _summary(row, counts.get(ident, 0))
            made.append(summary)
        self._made, self._index = made, None
        return made

    def _all_rows(self) -> dict[str, CatalogueRow]:
        """Every case's row: those the opening's pass read (`Documents.rows_at_opening`) for
        the cases still as stored (not read, so neither changed nor cleaned since), the
        others (from the journal, or read) made here; without that pass, decoded from the
        stored bytes in one pass (one call per case cost more than the decoding), case by case
        when one does not fit."""
        cases = self._cases
        opened, cases.rows_at_opening = cases.rows_at_opening, None
        if opened is not None and _fit(opened.values()):
            stored, row = cases.raw_value, self._row
            return {
                ident: opened[ident]
                if ident in opened and type(stored(ident)) is Encoded
                else row(ident)
                for ident in cases
            }
        try:
            decoded = _ALL_ROWS.decode(cases.encoded())
        except (msgspec.ValidationError, msgspec.DecodeError):
            decoded = []
        if len(decoded) != len(cases) or not _fit(decoded):
            return {ident: self._row(ident) for ident in cases}
        return dict(zip(cases, decoded, strict=True))

    def _row(self, ident: str) -> CatalogueRow:
        value = self._cases.raw_value(ident)
        row = _checked(value)
        if row is None:  # read as a whole: cleaned by the rule, then checked again
            row = _checked(self._cases[ident])
        if row is None:
            raise StoreCorrupt("store.document_invalid", table=self._cases.name)
        return row


def _checked(value: Any) -> CatalogueRow | None:
    """One case's row from its stored bytes or its document, or None when it fails a check."""
    try:
        row = (
            _ROWS.decode(value) if type(value) is Encoded else msgspec.convert(value, CatalogueRow)
        )
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    return row if _fit([row]) else None


def _summary(row: CatalogueRow, events: int) -> CaseSummary:
    return CaseSummary(
        id=row.id,
        code=row.code,
        given_name=row.given_name,
        family_name=row.family_name,
        school=row.school,
        group=row.group,
        status=row.status,
        events=events,
        updated_at=row.updated_at,
        pseudonymised=PSEUDONYMISED_TAG in row.tags,
        retention_until=row.retention_until,
    )
