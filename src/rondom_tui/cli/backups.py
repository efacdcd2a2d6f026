"""The store's backups on the command line: `rondom backups` lists them, `rondom restore
BACKUP` puts one back.

Listing needs the passphrase: a backup's date and reason are in its name, but how many cases
it holds is inside, encrypted. A restore checks the backup through, says what it holds and
what happens, and asks (or needs `--yes`; without a terminal and without `--yes` it refuses,
exit 5, and nothing changes); the store as it was is kept as a backup first.
"""

from __future__ import annotations

import argparse
import sys

from rondom_tui.cli.arguments import AddCommand
from rondom_tui.cli.exit_codes import EXIT_INPUT, EXIT_OK, CliError
from rondom_tui.cli.unlock import unlock_store
from rondom_tui.i18n import current_language, t, t_count
from rondom_tui.store.backup_files import local_time, reason_text, size_text
from rondom_tui.store.backups import BackupContents, BackupSummary

YES_ANSWERS = {"j", "ja", "y", "yes"}


def add_commands(add: AddCommand) -> None:
    """Register `backups` and `restore` with the main parser."""
    add("backups", cmd_backups)
    restore = add("restore", cmd_restore)
    restore.add_argument("backup", metavar="BACKUP", help=t("cli.help.restore_backup"))
    restore.add_argument("-y", "--yes", action="store_true", help=t("cli.help.restore_yes"))


def cmd_backups(args: argparse.Namespace) -> int:
    with unlock_store(args, read_only_fallback=True) as store:
        folder, policy = store.backups.folder, store.backups.policy
        summaries = store.backups.summaries()
    print(t("cli.backups.where", folder=str(folder)))
    print(t("cli.backups.policy", daily=policy.daily, weekly=policy.weekly, events=policy.events))
    if not summaries:
        print(t("cli.backups.none"))
        return EXIT_OK
    header = (
        t("backups.col.date"),
        t("backups.col.reason"),
        t("backups.col.cases"),
        t("backups.col.size"),
        t("backups.col.file"),
    )
    rows = [header] + [_row(summary) for summary in reversed(summaries)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        cells = [
            cell.rjust(width) if i in (2, 3) and row is not header else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
    return EXIT_OK


def _row(summary: BackupSummary) -> tuple[str, str, str, str, str]:
    file = summary.file
    cases = str(summary.cases) if summary.problem is None else t(summary.problem_id)
    lang = current_language()
    return (
        local_time(file.at),
        reason_text(file.reason, lang=lang),
        cases,
        size_text(file.size, lang=lang),
        file.name,
    )


def cmd_restore(args: argparse.Namespace) -> int:
    with unlock_store(args) as store:
        path = store.backups.find(args.backup)
        backup = store.backups.read(path)  # checked through before anything is asked
        now = store.cases.count()
        print(_what_happens(backup, now), file=sys.stderr)
        _confirm(assume_yes=args.yes)
        result = store.backups.restore(backup)
    print(t("cli.restore.done", cases=t_count("cli.count.cases", result.cases, n=result.cases)))
    if result.erased_again:
        print(t_count("backups.erased_again", result.erased_again, n=result.erased_again))
    if result.kept is not None:
        print(t("cli.restore.kept", name=result.kept.name))
    return EXIT_OK


def _what_happens(backup: BackupContents, cases_now: int) -> str:
    held = backup.held(lang=current_language())
    made = t(
        "cli.restore.backup",
        name=backup.path.name,
        held=held,
        reason=reason_text(backup.reason, lang=current_language()),
        when=local_time(backup.at),
    )
    return f"{made}\n{t_count('cli.restore.replaces', cases_now, n=cases_now)}"


def _confirm(*, assume_yes: bool) -> None:
    """Go on only with `--yes` or a yes typed at a terminal; refuse otherwise (exit 5)."""
    if assume_yes:
        return
    if not sys.stdin.isatty():
        raise CliError("cli.restore.needs_yes", code=EXIT_INPUT)
    print(t("cli.restore.question"), end="", file=sys.stderr, flush=True)
    if sys.stdin.readline().strip().lower() not in YES_ANSWERS:
        raise CliError("cli.restore.cancelled", code=EXIT_INPUT)
