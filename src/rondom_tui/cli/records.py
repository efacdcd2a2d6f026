"""The law's questions on the command line: who accessed which file (`rondom audit [CASE]`),
and erasing files whose keep-until day has come (`rondom erase CASE... --yes`).

Cases are named by id or by code (in any case). `audit` also finds a case that was erased
(its ERASE entry keeps the code); an unknown case is an error (exit 1), never an empty list
that reads as "nobody looked". `erase` names what goes and asks, or needs `--yes`; without a
terminal and without `--yes` it refuses (exit 5) and nothing is erased.
"""

from __future__ import annotations

import argparse
import sys

from rondom_tui.cli.arguments import AddCommand
from rondom_tui.cli.exit_codes import EXIT_INPUT, EXIT_OK, CliError
from rondom_tui.cli.unlock import unlock_store
from rondom_tui.domain.audit import audit_rows, case_labels, find_case, local_time
from rondom_tui.domain.models import AuditAction
from rondom_tui.domain.text import clean_line
from rondom_tui.i18n import current_language, t, t_count
from rondom_tui.store.cases import ErasurePlan

AUDIT_VIEW_DETAIL = "audit"
"""Looking at the audit trail is recorded as VIEW with this detail (as in the app)."""
YES_ANSWERS = {"j", "ja", "y", "yes"}
REFERENCE_SHOWN = 40
"""An unknown case reference is echoed up to this many characters."""


def add_commands(add: AddCommand) -> None:
    """Register `audit` and `erase` with the main parser."""
    audit = add("audit", cmd_audit)
    audit.add_argument(
        "case", nargs="?", default=None, metavar="CASE", help=t("cli.help.audit_case")
    )
    erase = add("erase", cmd_erase)
    erase.add_argument("cases", nargs="+", metavar="CASE", help=t("cli.help.erase_cases"))
    erase.add_argument("-y", "--yes", action="store_true", help=t("cli.help.erase_yes"))


def _shown(reference: str) -> str:
    """A reference the user typed, safe to print in one line."""
    return clean_line(reference.strip())[:REFERENCE_SHOWN]


def cmd_audit(args: argparse.Namespace) -> int:
    # On a read-only medium the trail is still shown; this look then goes unrecorded (one line
    # on stderr says so).
    with unlock_store(args, read_only_fallback=True) as store:
        labels = case_labels(store.cases.labels(), store.audit.entries())
        case_id = None
        if args.case is not None:
            case_id = find_case(args.case, labels)
            if case_id is None:
                raise CliError("cli.audit.unknown_case", case=_shown(args.case))
        store.audit.record(AuditAction.VIEW, case_id, detail=AUDIT_VIEW_DETAIL)
        rows = audit_rows(store.audit.entries(case_id), labels)
    for row in rows:
        case = row.case_code or row.case_id or "-"
        print(
            f"{local_time(row.at)}  {row.user:<12} {row.host:<16} {row.action.value:<8} "
            f"{case:<10} {row.detail}".rstrip()
        )
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    with unlock_store(args) as store:
        labels = store.cases.labels()
        case_ids = []
        for reference in args.cases:
            case_id = find_case(reference, labels)
            if case_id is None:  # every case is checked before anything is erased
                raise CliError("cli.erase.unknown_case", code=EXIT_INPUT, case=_shown(reference))
            if case_id not in case_ids:
                case_ids.append(case_id)
        plans = [store.cases.erasure_plan(case_id) for case_id in case_ids]
        for plan in plans:
            print(_what_goes(plan), file=sys.stderr)
        _confirm(len(plans), assume_yes=args.yes)
        with store.batch():  # every case or none, in one save
            for plan in plans:
                store.cases.erase(plan.case_id)
    for plan in plans:
        print(t("erase.done", code=plan.code))
    return EXIT_OK


def _what_goes(plan: ErasurePlan) -> str:
    return f"{t('erase.question', code=plan.code)} {plan.what_goes(lang=current_language())}"


def _confirm(count: int, *, assume_yes: bool) -> None:
    """Go on only with `--yes` or a yes typed at a terminal; refuse otherwise (exit 5)."""
    if assume_yes:
        return
    if not sys.stdin.isatty():
        raise CliError("cli.erase.needs_yes", code=EXIT_INPUT)
    print(t_count("cli.erase.question", count, n=count), end="", file=sys.stderr, flush=True)
    if sys.stdin.readline().strip().lower() not in YES_ANSWERS:
        raise CliError("cli.erase.cancelled", code=EXIT_INPUT)
