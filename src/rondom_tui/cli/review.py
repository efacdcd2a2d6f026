"""`rondom review`: the board report of a casusreview, and review extracts across schools.

    rondom review [--school S] [--since YYYY-MM] [--until YYYY-MM] [--status open|closed]
                  [--tag T] [--from EXTRACT ...] [--format md|html|csv] [-o FILE] [--force]
    rondom review --extract -o FILE.age -r KEY [-R FILE] [--armor] [--force]

The arguments are registered by `cli/review_arguments.py` (without loading this module, the
bundle layer or the reports). The work is done below: the figures in `domain.review`, the
report in `report.review`, the extract in `bundle.review_extract`. Here: which selection, which
files, what is printed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from rondom_tui.bundle import Identity, read_bundle_file, read_identity_file, write_bundle_file
from rondom_tui.bundle.review_extract import open_extract, store_source, write_extract
from rondom_tui.cli.bundles import check_output, recipient_keys
from rondom_tui.cli.csv_option import csv_dialect_of
from rondom_tui.cli.exit_codes import EXIT_INPUT, EXIT_OK, EXIT_USAGE, CliError
from rondom_tui.cli.unlock import unlock_store
from rondom_tui.domain.errors import ValidationError
from rondom_tui.domain.models import AuditAction, CaseStatus
from rondom_tui.domain.review.extracts import Extract, as_extract, merged_overview
from rondom_tui.domain.review.figures import Overview, overview
from rondom_tui.domain.review.selection import Selection
from rondom_tui.i18n import current_language, t, t_count
from rondom_tui.report.review import review_csv, review_html, review_markdown
from rondom_tui.store.export_file import ExportExists, write_export
from rondom_tui.store.repository import Store

SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".csv": "csv"}


def _selection(args: argparse.Namespace) -> Selection:
    try:
        return Selection(
            schools=frozenset(args.school),
            since=args.since,
            until=args.until,
            status=CaseStatus(args.status) if args.status else None,
            tags=frozenset(args.tag),
        )
    except ValidationError as exc:
        raise CliError(exc.message_id, code=EXIT_USAGE) from None


def cmd_review(args: argparse.Namespace) -> int:
    selection = _selection(args)
    if args.extract:
        return _write_extract(args, selection)
    if args.recipient or args.recipients_file or args.armor:
        raise CliError("cli.review.keys_without_extract", code=EXIT_USAGE)
    fmt = _format(args)
    output = Path(args.output).expanduser() if args.output and args.output != "-" else None
    if output is not None:
        check_output(output, overwrite=args.force, store_path=args.store)
    files = [read_bundle_file(Path(path)) for path in args.extracts]
    identities = [key for path in args.identity for key in read_identity_file(Path(path))]
    lang = current_language()
    with unlock_store(args) as store:
        made = _overview(store, selection, files, identities)
        latest = store.reviews.latest()
        if fmt == "csv":
            text: str | bytes = review_csv(made, latest, lang=lang, dialect=csv_dialect_of(args))
        else:
            text = (review_html if fmt == "html" else review_markdown)(made, latest, lang=lang)
        if output is not None:
            try:
                write_export(output, text, overwrite=args.force)
            except ExportExists:
                raise CliError("cli.review.exists", code=EXIT_INPUT, path=str(output)) from None
        store.audit.record(AuditAction.EXPORT, detail=f"review-{fmt}")
    if output is None:
        if isinstance(text, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(text)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(text)
    else:
        print(t("cli.review.written", path=str(output)), file=sys.stderr)
    return EXIT_OK


def _format(args: argparse.Namespace) -> str:
    """The format asked for, or said by the output's name; they must agree."""
    said = SUFFIXES.get(Path(args.output).suffix.lower()) if args.output else None
    if args.format and said and args.format != said:
        raise CliError("cli.review.format_mismatch", code=EXIT_USAGE)
    return str(args.format or said or "md")


def _overview(
    store: Store, selection: Selection, files: list[bytes], identities: list[Identity]
) -> Overview:
    """The store's own review; with extracts, the merged review of them and the store's own
    cases (shared as its own extract would be, when the selection holds any)."""
    today = date.today()
    own = overview(store.reviews.caseload(), selection, today)
    if not files:
        return own
    parts: list[Extract] = []
    if own.schools:
        parts.append(as_extract(own, store_source(store)))
    parts += [open_extract(store, data, identities=identities) for data in files]
    return merged_overview(parts, selection, own.made_on, own=0 if own.schools else None)


def _write_extract(args: argparse.Namespace, selection: Selection) -> int:
    if args.extracts or args.format:
        raise CliError("cli.review.extract_alone", code=EXIT_USAGE)
    if not args.output or args.output == "-":
        raise CliError("cli.review.extract_output", code=EXIT_USAGE)
    recipients = recipient_keys(args, use_passphrase=False)
    output = Path(args.output).expanduser()
    check_output(output, overwrite=args.force, store_path=args.store)
    with unlock_store(args) as store:
        data, made = write_extract(
            store, selection, recipients=recipients, today=date.today(), armor=args.armor
        )
        write_bundle_file(output, data, overwrite=args.force)
    cases, schools = made.together.cases.count, len(made.schools)
    print(
        t(
            "cli.review.extract_written",
            path=str(output),
            schools=t_count("review.status.schools", schools, schools=schools),
            cases=t_count("review.status.cases", cases, cases=cases),
        )
    )
    return EXIT_OK
