"""The audit trail as people read it (NEN 7513 style): who did what, when, from which computer,
to which case, shown by the case's code (and its name only where the reader may see names).

Pure functions over `AuditEntry` records: the store reads the entries and the cases' codes,
this module turns them into rows, filters them and finds the case a user names (by id or by
code, also of a case that was erased since: its ERASE entry keeps the code).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from rondom_tui.domain.dates import format_day
from rondom_tui.domain.models import AuditAction, AuditEntry
from rondom_tui.domain.text import clean_line
from rondom_tui.i18n.texts import translate

ERASED_CODE_PREFIX = "code="
"""An ERASE entry's detail: ``code=K-7F3A``. The code is the only trace of an erased case."""


def erase_detail(code: str) -> str:
    """The detail of the audit entry that records erasing the case with `code`."""
    return ERASED_CODE_PREFIX + code


def erased_code(entry: AuditEntry) -> str | None:
    """The code an ERASE entry keeps, or None for any other entry."""
    if entry.action is AuditAction.ERASE and entry.detail.startswith(ERASED_CODE_PREFIX):
        return entry.detail.removeprefix(ERASED_CODE_PREFIX)
    return None


@dataclass(frozen=True, slots=True)
class CaseLabel:
    """How the audit names a case: its code, and its name while the case exists."""

    code: str
    full_name: str = ""
    erased: bool = False
    """The case is no longer in the store; only its code is known."""

    def __repr__(self) -> str:  # never the child's name
        return f"CaseLabel(code={self.code!r})"


def case_labels(
    stored: Mapping[str, CaseLabel], entries: Iterable[AuditEntry]
) -> dict[str, CaseLabel]:
    """The cases in the store, plus the erased cases the entries name (by their kept code)."""
    labels = dict(stored)
    for entry in entries:
        code = erased_code(entry)
        if code is not None and entry.case_id and entry.case_id not in labels:
            labels[entry.case_id] = CaseLabel(code=code, erased=True)
    return labels


def find_case(reference: str, labels: Mapping[str, CaseLabel]) -> str | None:
    """The id of the case `reference` names: an id as it is, or a code in any case."""
    wanted = reference.strip()
    if wanted in labels:
        return wanted
    upper = wanted.upper()
    for case_id, label in labels.items():
        if label.code.upper() == upper:
            return case_id
    return None


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One audit entry as shown: the case by code (and name), times in UTC."""

    at: datetime
    user: str
    host: str
    action: AuditAction
    case_id: str | None
    case_code: str
    """The case's code; empty for entries about the store as a whole."""
    case_name: str
    detail: str

    def __repr__(self) -> str:  # never the child's name
        return f"AuditRow(action={self.action.value!r}, case={self.case_code!r})"

    def case_text(self, *, names: bool) -> str:
        """The case column: the code, with the name when names may be shown."""
        if names and self.case_name:
            return f"{self.case_code} ({self.case_name})"
        return self.case_code or (self.case_id or "")


def audit_rows(entries: Iterable[AuditEntry], labels: Mapping[str, CaseLabel]) -> list[AuditRow]:
    """The entries as rows, oldest first; the stored words cleaned like all text from
    elsewhere (`domain.text`), for they are printed to terminals and files."""
    rows = []
    for entry in entries:
        label = labels.get(entry.case_id or "")
        rows.append(
            AuditRow(
                at=entry.at,
                user=clean_line(entry.user),
                host=clean_line(entry.host),
                action=entry.action,
                case_id=clean_line(entry.case_id) if entry.case_id else None,
                case_code=clean_line(label.code) if label else "",
                case_name=clean_line(label.full_name) if label else "",
                detail=clean_line(entry.detail),
            )
        )
    rows.sort(key=lambda row: row.at)
    return rows


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which rows to show: one action, a user (part of the name), a period (days, inclusive,
    in local time)."""

    action: AuditAction | None = None
    user: str = ""
    since: date | None = None
    until: date | None = None

    @property
    def is_empty(self) -> bool:
        return self.action is None and not self.user.strip() and not self.since and not self.until

    def matches(self, row: AuditRow) -> bool:
        if self.action is not None and row.action is not self.action:
            return False
        if self.user.strip() and self.user.strip().casefold() not in row.user.casefold():
            return False
        day = row.at.astimezone().date()
        if self.since is not None and day < self.since:
            return False
        return self.until is None or day <= self.until

    def describe(self, *, lang: str) -> str:
        """The filter in words (empty when nothing is filtered), for headings and exports."""
        parts = []
        if self.action is not None:
            parts.append(
                translate(
                    lang, "audit.filter.action_is", action=action_name(self.action, lang=lang)
                )
            )
        if self.user.strip():
            parts.append(translate(lang, "audit.filter.user_is", user=self.user.strip()))
        if self.since or self.until:
            parts.append(
                translate(
                    lang,
                    "audit.filter.period_is",
                    since=format_day(self.since) or "…",
                    until=format_day(self.until) or "…",
                )
            )
        return " · ".join(parts)


def select_rows(rows: Sequence[AuditRow], wanted: AuditFilter) -> list[AuditRow]:
    """The rows the filter lets through, in their order."""
    if wanted.is_empty:
        return list(rows)
    return [row for row in rows if wanted.matches(row)]


def action_name(action: AuditAction, *, lang: str) -> str:
    """The action in words (``bekeken``, ``viewed``)."""
    return translate(lang, f"audit.action.{action.value}")


def local_time(moment: datetime) -> str:
    """A moment as people read it here: ``14-03-2026 09:30:05``, local time."""
    return moment.astimezone().strftime("%d-%m-%Y %H:%M:%S")
