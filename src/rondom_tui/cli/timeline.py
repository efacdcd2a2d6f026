"""`rondom timeline CASE --format svg|html|md -o FILE [--privacy]`: the Tijdlijn export of the
app, for scripts and printing.

The same file as `x` on the timeline writes (the whole timeline, no filter): made by
`report.timeline_files`, written by `store.export_file` with mode 0600 and never over an
existing file without `--force`. The file is not encrypted; the command says so on stderr.
`--privacy` shows the child by the case code, replaces known names in free text and leaves
the sources out; without it names are shown, as the user asked for a file with names.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from rondom_tui.cli.exit_codes import EXIT_INPUT, EXIT_OK, EXIT_USAGE, CliError
from rondom_tui.cli.unlock import unlock_store
from rondom_tui.domain.models import Case
from rondom_tui.i18n import current_language, t
from rondom_tui.report.timeline_files import AGE_SUFFIX, ExportFormat, export_text, named_format
from rondom_tui.report.timeline_svg import Paper
from rondom_tui.store.errors import NotFound
from rondom_tui.store.export_file import (
    ExportExists,
    ExportFailed,
    is_store_file,
    remove_export,
    write_export,
)
from rondom_tui.store.repository import Store


def chosen_format(path: Path, given: str | None) -> ExportFormat:
    """`--format`, else what the file name says; a name that says another format than
    `--format`, or an age file (this command does not encrypt), is a usage error."""
    if path.suffix.lower() == AGE_SUFFIX:
        raise CliError("cli.timeline.no_age", code=EXIT_USAGE)
    named = named_format(path)
    fmt = ExportFormat(given) if given else named
    if fmt is None:
        raise CliError("cli.timeline.no_format", code=EXIT_USAGE)
    if named is not None and named is not fmt:
        raise CliError(
            "cli.timeline.format_contradicts", code=EXIT_USAGE, file=path.name, format=fmt.value
        )
    return fmt


def report_output(args: argparse.Namespace) -> tuple[Path, ExportFormat]:
    """The file a report command writes (`-o`) and its format; never the store, its lock or a
    backup (usage and input errors before the store is unlocked)."""
    path = Path(args.output).expanduser()
    fmt = chosen_format(path, args.format)
    if is_store_file(path, args.store):
        raise CliError("bundle.file.is_store", code=EXIT_INPUT, path=str(path))
    return path, fmt


def find_case(store: Store, ref: str) -> Case:
    """A case by id or by code."""
    try:
        return store.cases.get(ref.strip())
    except NotFound:
        case = store.cases.find_by_code(ref.strip()) if ref.strip() else None
    if case is None:
        raise CliError("cli.timeline.case_not_found", code=EXIT_INPUT, case=ref[:80])
    return case


def cmd_timeline(args: argparse.Namespace) -> int:
    path, fmt = report_output(args)
    with unlock_store(args) as store:
        case = find_case(store, args.case)
        events = store.events.for_case(case.id)
        text = export_text(
            events,
            case,
            fmt,
            today=date.today(),
            private=args.privacy,
            lang=current_language(),
            paper=Paper(args.paper),
            links=store.links.for_case(case.id),
        )

        write_report(
            store, path, text, force=args.force, note=(case.id, f"timeline:{fmt.value}:cli")
        )
    print(t("cli.timeline.written", path=str(path)), file=sys.stderr)
    return EXIT_OK


def write_report(
    store: Store, path: Path, text: str, *, force: bool, note: tuple[str, str]
) -> None:
    """Write a report's `text` at `path` (0600, never over a file without `force`), recorded
    in the audit trail before and after (`note`: case id, detail); a file the log cannot
    record is removed again."""

    def write() -> None:
        try:
            write_export(path, text.encode("utf-8"), overwrite=force)
        except ExportExists:
            raise CliError("cli.timeline.exists", code=EXIT_INPUT, path=str(path)) from None
        except ExportFailed:
            raise CliError("timeline.export_form.write_failed", path=str(path)) from None

    store.audit.export([note], write=write, withdraw=lambda: remove_export(path))
