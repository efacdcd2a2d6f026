"""Exports as files: the bytes of a report, plain or age-encrypted, written where the user said.

Written with mode 0600, never over an existing file unless the user confirmed it, and a failed
write leaves nothing behind (`store.export_file`). No Textual here: the screen runs
`export_timeline` on the save thread and tells the user the outcome.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rondom_tui.bundle.crypto import encrypt
from rondom_tui.bundle.keys import RecipientKey
from rondom_tui.domain.errors import RondomError
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Case, Event
from rondom_tui.report.timeline_files import ExportFormat, export_text
from rondom_tui.report.timeline_svg import Paper
from rondom_tui.store.export_file import ExportExists, ExportFailed, remove_export, write_export
from rondom_tui.store.repository import Store


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the user asked for in the export dialog."""

    format: ExportFormat
    path: Path
    """Where to write, as the user typed it (`~` expanded)."""
    private: bool = True
    """The child by code, names replaced in free text, no sources."""
    recipients: tuple[RecipientKey, ...] = ()
    passphrase: str | None = field(default=None, repr=False)
    overwrite: bool = False
    """The user confirmed replacing an existing file."""
    paper: Paper = Paper.A4
    """The drawing's page, landscape (SVG and HTML), as `rondom timeline --paper`."""

    @property
    def encrypted(self) -> bool:
        return bool(self.recipients) or self.passphrase is not None


def export_bytes(
    request: ExportRequest,
    events: Sequence[Event],
    case: Case,
    *,
    today: date,
    filter_text: str | None = None,
    lang: str,
    links: Sequence[Link] = (),
) -> bytes:
    """The file's bytes: the export itself (in `lang`, with the "may explain" `links`), or an
    age file holding it."""
    data = export_text(
        events,
        case,
        request.format,
        today=today,
        private=request.private,
        filter_text=filter_text,
        lang=lang,
        paper=request.paper,
        links=links,
    ).encode("utf-8")
    if not request.encrypted:
        return data
    return encrypt(data, recipients=request.recipients, passphrase=request.passphrase)


def write_export_file(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write `data` to `path` (mode 0600) with the app's one export writer: an existing file
    stays unless `overwrite`; a failed write leaves nothing behind."""
    try:
        write_export(path, data, overwrite=overwrite)
    except ExportExists:
        raise RondomError("timeline.export_form.exists", path=str(path)) from None
    except ExportFailed:
        raise RondomError("timeline.export_form.write_failed", path=str(path)) from None


def export_timeline(
    store: Store,
    request: ExportRequest,
    events: Sequence[Event],
    case: Case,
    *,
    today: date,
    filter_text: str | None = None,
    lang: str,
) -> Path:
    """Make the export in `lang` and write it, recorded in the store's audit log before and
    after (`AuditLog.export`: a file whose export cannot be recorded is removed again);
    returns the path written. The case's "may explain" links come along."""
    links = store.links.for_case(case.id)
    data = export_bytes(
        request, events, case, today=today, filter_text=filter_text, lang=lang, links=links
    )
    detail = f"timeline:{request.format.value}" + (":age" if request.encrypted else "")
    store.audit.export(
        [(case.id, detail)],
        write=lambda: write_export_file(request.path, data, overwrite=request.overwrite),
        withdraw=lambda: remove_export(request.path),
    )
    return request.path
