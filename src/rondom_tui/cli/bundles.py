"""`rondom export` and `rondom import`: arguments, prompts and what is printed.

The work is done by `rondom_tui.bundle`. Here: which cases and which keys, the question asked
when a case has no recorded consent for sharing, the preview printed before an import, and the
exit code of every bundle error (5). Bundle passphrases come from a prompt or from
`--bundle-passphrase-file` (`--passphrase-file` is the store's), never from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from rondom_tui.bundle import (
    Bundle,
    BundleError,
    BundlePreview,
    ConflictPolicy,
    ConsentGap,
    ExportRefused,
    ImportResult,
    RecipientKey,
    cases_without_consent,
    export_bundle,
    import_bundle,
    open_bundle,
    open_bundle_for_store,
    preview_bundle,
    read_bundle_file,
    read_bundle_stream,
    read_identity_file,
    read_recipients_file,
    recipients_from_arguments,
    resolve_cases,
)
from rondom_tui.bundle.age_format import parse_header, to_binary
from rondom_tui.bundle.summary import (
    case_fate,
    counts_line,
    origin_line,
    preview_case_counts,
    preview_totals,
    pseudonymised_note,
    result_line,
)
from rondom_tui.cli.exit_codes import EXIT_OK, EXIT_USAGE, CliError
from rondom_tui.cli.passphrase import ask_new_passphrase, passphrase_source, read_passphrase_file
from rondom_tui.cli.unlock import unlock_store
from rondom_tui.domain.models import AuditAction
from rondom_tui.i18n import current_language, plural_id, t, t_count
from rondom_tui.store.export_file import is_store_file
from rondom_tui.store.repository import Store

MAX_CODES_NAMED = 30
"""A consent warning names at most this many codes, then says how many more."""
_YES = {"j", "ja", "y", "yes"}


# -- export -------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    refs = _case_refs(args)
    use_passphrase = args.passphrase or bool(args.bundle_passphrase_file)
    recipients = recipient_keys(args, use_passphrase)
    if args.output == "-":  # a bundle goes to a file the user named, not to a pipe or screen
        raise CliError("cli.export.output_file", code=EXIT_USAGE)
    output = Path(args.output).expanduser()
    check_output(output, overwrite=args.force, store_path=args.store)
    with unlock_store(args, read_only_fallback=True) as store:
        resolve_cases(store, refs)  # an unknown case is named before any question
        gaps = cases_without_consent(store, refs)
        if gaps:
            _confirm_without_consent(gaps, assume_yes=args.yes)
        passphrase = _new_bundle_passphrase(args) if use_passphrase else None
        result = export_bundle(
            store,
            refs,
            recipients=recipients,
            passphrase=passphrase,
            armor=args.armor,
            pseudonymise=args.pseudonymise,
            output=output,
            overwrite=args.force,
        )
    print(t("cli.export.done", path=str(output)))
    lang = current_language()
    print("  " + counts_line(len(result.case_ids), result.events, result.assessments, lang=lang))
    key = "cli.export.for_passphrase" if use_passphrase else "cli.export.for_recipients"
    print("  " + t_count(key, len(recipients), n=len(recipients)))
    if result.pseudonymised:
        print("  " + t_count("cli.export.review", result.to_review, n=result.to_review))
    return EXIT_OK


def _case_refs(args: argparse.Namespace) -> list[str] | None:
    """The case ids or codes asked for, or None for `--all`."""
    if args.all and args.case_ids:
        raise CliError("cli.export.cases_and_all", code=EXIT_USAGE)
    if not args.all and not args.case_ids:
        raise CliError("cli.export.no_cases", code=EXIT_USAGE)
    return None if args.all else list(args.case_ids)


def recipient_keys(args: argparse.Namespace, use_passphrase: bool) -> list[RecipientKey]:
    """The keys to encrypt to, read before anything else so a bad key stops the export."""
    if use_passphrase and (args.recipient or args.recipients_file):
        raise CliError("cli.export.keys_and_passphrase", code=EXIT_USAGE)
    if use_passphrase:
        return []
    if not (args.recipient or args.recipients_file):
        raise CliError("cli.export.no_keys", code=EXIT_USAGE)
    keys = recipients_from_arguments(args.recipient)
    for path in args.recipients_file:
        keys.extend(read_recipients_file(Path(path).expanduser()))
    return list(dict.fromkeys(keys))


def _new_bundle_passphrase(args: argparse.Namespace) -> str:
    try:
        return ask_new_passphrase(
            args, file_attr="bundle_passphrase_file", prompt_id="cli.prompt_bundle_new"
        )
    except CliError as exc:
        if exc.message_id == "cli.no_passphrase":  # that one names the store's option
            raise CliError("cli.export.no_bundle_passphrase", code=EXIT_USAGE) from None
        raise


def check_output(output: Path, *, overwrite: bool, store_path: Path) -> None:
    """Refuse an output that cannot be written before the store is opened: the export is
    audited, so it should not be made for a file that is never written. Never the store, its
    lock or a backup (or a link to one), with `--force` or without."""
    if is_store_file(output, store_path):
        raise BundleError("bundle.file.is_store", path=str(output))
    if output.is_dir() or not output.parent.is_dir():
        raise BundleError("bundle.file.write_failed", path=str(output))
    if output.exists() and not overwrite:
        raise BundleError("bundle.file.exists", path=str(output))


def _confirm_without_consent(gaps: list[ConsentGap], *, assume_yes: bool) -> None:
    """Name the cases without a consent for sharing; go on only when the user says so.

    A refusal is a `BundleError` (exit 5, like every export that is not made), in one line."""
    codes = ", ".join(gap.code for gap in gaps[:MAX_CODES_NAMED])
    if len(gaps) > MAX_CODES_NAMED:
        codes += " " + t("cli.export.more", n=len(gaps) - MAX_CODES_NAMED)
    if not assume_yes and not sys.stdin.isatty():
        refused = plural_id("cli.export.consent_needs_yes", len(gaps))
        raise ExportRefused(refused, n=len(gaps), codes=codes)
    print(
        "⚠ " + t_count("cli.export.no_consent", len(gaps), n=len(gaps), codes=codes),
        file=sys.stderr,
    )
    if assume_yes:
        return
    print(t("cli.export.consent_question"), end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().lower()
    if answer not in _YES:
        raise ExportRefused("cli.export.cancelled")


# -- import -------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    if args.file == "-" and passphrase_source(args) == "-":
        raise CliError("cli.import.stdin_twice", code=EXIT_USAGE)
    data = (
        read_bundle_stream(sys.stdin.buffer)
        if args.file == "-"
        else read_bundle_file(Path(args.file))
    )
    identities = [key for path in args.identity for key in read_identity_file(Path(path))]
    bundle: Bundle | None = None
    if parse_header(to_binary(data)).is_passphrase:
        # Opened before the store: a wrong passphrase or a bad bundle needs no store at all.
        bundle = open_bundle(data, passphrase=_bundle_passphrase(args))
    # The store is written only by a real import (with the OPEN entry in the same save), so
    # a dry run or an invalid bundle leaves the file byte for byte as it was.
    with unlock_store(args, record_open=False, read_only_fallback=args.dry_run) as store:
        if bundle is None:
            bundle = open_bundle_for_store(store, data, identities=identities)
        del data
        preview = preview_bundle(store, bundle)
        result = _merge(store, bundle, ConflictPolicy(args.on_conflict), dry_run=args.dry_run)
    _print_preview(preview, result)
    print(result_line(result, lang=current_language()))
    return EXIT_OK


def _bundle_passphrase(args: argparse.Namespace) -> str:
    if args.bundle_passphrase_file:
        return read_passphrase_file(args.bundle_passphrase_file)
    try:
        return getpass.getpass(t("cli.prompt_bundle_passphrase"))
    except EOFError:
        raise CliError("cli.import.no_bundle_passphrase", code=EXIT_USAGE) from None


def _merge(store: Store, bundle: Bundle, policy: ConflictPolicy, *, dry_run: bool) -> ImportResult:
    if dry_run:
        return import_bundle(store, bundle, policy=policy, dry_run=True)
    with store.batch():  # the opening and the import: one save
        store.audit.record(AuditAction.OPEN)
        return import_bundle(store, bundle, policy=policy)


def _print_preview(preview: BundlePreview, result: ImportResult) -> None:
    lang = current_language()
    print(origin_line(preview, lang=lang))
    if note := pseudonymised_note(preview, lang=lang):
        print(note)
    print(preview_totals(preview, lang=lang))
    outcomes = {case.source_id: case for case in result.cases}
    width = max(len(case.code) for case in preview.cases)
    for case in preview.cases:
        outcome = outcomes.get(case.id)
        fate = case_fate(case, outcome.outcome if outcome else None, lang=lang)
        counts = preview_case_counts(case, lang=lang)
        line = f"  {case.code:<{width}}  {counts}  {fate}"
        # A dry run's new codes are examples; only a real import's are worth printing.
        if outcome and outcome.stored_id and outcome.code != case.code and not result.dry_run:
            line += " " + t("cli.import.new_code", code=outcome.code)
        print(line)
